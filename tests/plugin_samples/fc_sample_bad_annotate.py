"""A plugin whose annotate hook raises: the report must survive with an error verdict."""

from __future__ import annotations

import factcheck


@factcheck.hookimpl
def factcheck_annotate(report: factcheck.Report) -> factcheck.Report:
    raise KeyError("registry row missing")
