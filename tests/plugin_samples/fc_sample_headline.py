"""A small third-party-style plugin: warns when an article has no headline."""

from __future__ import annotations

import factcheck


@factcheck.checker("headline-present")
def headline_present(report: factcheck.Report) -> list[factcheck.Verdict]:
    """Warn when no headline was found."""
    if report.document.title:
        return [factcheck.Verdict(status="pass", summary=f"headline: {report.document.title[:40]}")]
    return [factcheck.Verdict(status="warn", summary="no headline found")]


@factcheck.hookimpl
def factcheck_checkers() -> list[factcheck.Checker]:
    return [headline_present]
