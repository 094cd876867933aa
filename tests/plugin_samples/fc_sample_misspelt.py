"""A plugin with a misspelt hook name: loading it must fail loudly."""

from __future__ import annotations

import factcheck


@factcheck.hookimpl
def factcheck_checker() -> list[factcheck.Checker]:
    return []
