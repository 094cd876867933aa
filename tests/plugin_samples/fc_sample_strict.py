"""A strict plugin: fails any article whose quotes are not all attributed to a named speaker."""

from __future__ import annotations

import factcheck


@factcheck.checker("all-quotes-named")
def all_quotes_named(report: factcheck.Report) -> list[factcheck.Verdict]:
    """Fail each quote with no resolved speaker."""
    return [
        factcheck.Verdict(status="fail", summary="quote with no speaker", evidence=[q.span])
        for q in report.quotes
        if q.speaker is None or report.speaker(q.speaker).kind is factcheck.SpeakerKind.ANONYMOUS  # type: ignore[union-attr]
    ]


@factcheck.hookimpl
def factcheck_checkers() -> list[factcheck.Checker]:
    return [all_quotes_named]
