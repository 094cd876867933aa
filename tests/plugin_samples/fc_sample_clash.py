"""A plugin that reuses the checker name of fc_sample_headline."""

from __future__ import annotations

import factcheck


@factcheck.checker("headline-present")
def other(report: factcheck.Report) -> list[factcheck.Verdict]:
    """A second checker with a taken name."""
    return []


@factcheck.hookimpl
def factcheck_checkers() -> list[factcheck.Checker]:
    return [other]
