"""Core plugin: render reports as tables (any tabulate format), JSON lines, or ClaimReview.

Rows are built first and formatted last (:func:`format_table`), so every listing
factcheck prints, claims or store queries, goes through the same formatter.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import tabulate as _tabulate

from factcheck.hookspecs import hookimpl

JSON_FORMATS = ("json",)


def table_formats() -> list[str]:
    """Every table format name tabulate knows."""
    return sorted(_tabulate.tabulate_formats)


def format_table(rows: Sequence[Mapping[str, Any]], fmt: str = "simple", headers: Sequence[str] | None = None) -> str:
    """Format ``rows`` (dicts with the same keys) as a table in ``fmt``, or as JSON lines for ``json``.

    ``headers`` picks and orders the columns; by default the first row's keys.
    """
    columns = list(headers) if headers is not None else (list(rows[0]) if rows else [])
    if fmt == "json":
        return "\n".join(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) for row in rows)
    if fmt not in _tabulate.tabulate_formats:
        raise ValueError(f"unknown format {fmt!r}; use json or one of {', '.join(table_formats())}")
    body = [[row.get(c) for c in columns] for row in rows]
    return _tabulate.tabulate(body, headers=columns, tablefmt=fmt, disable_numparse=True)


@hookimpl
def factcheck_formats() -> Sequence[str]:
    """The formats the core renderer handles."""
    return [*JSON_FORMATS, "claimreview", *table_formats()]
