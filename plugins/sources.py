"""Built-in checker plugin `sources` (placeholder until its issue lands: provides no checkers yet)."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck import Checker, hookimpl


@hookimpl
def factcheck_checkers() -> Sequence[Checker]:
    """Return this plugin's checkers (none yet)."""
    return []
