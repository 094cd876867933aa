"""A plugin whose checker raises, next to one that works."""

from __future__ import annotations

import factcheck


@factcheck.checker("explodes")
def explodes(report: factcheck.Report) -> list[factcheck.Verdict]:
    """Always raises."""
    raise ZeroDivisionError("division by zero in a sample checker")


@factcheck.checker("counts-quotes")
def counts_quotes(report: factcheck.Report) -> list[factcheck.Verdict]:
    """Report how many quotes were found."""
    return [factcheck.Verdict(status="info", summary=f"{len(report.quotes)} quotes")]


@factcheck.hookimpl
def factcheck_checkers() -> list[factcheck.Checker]:
    return [explodes, counts_quotes]
