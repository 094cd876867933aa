"""Core plugin: render reports for people (tables, Markdown, an HTML page) and for machines
(JSON lines, ClaimReview, CSV, TSV).

One module per kind of output: :mod:`factcheck.render.tables` (the claim table and every listing,
fitted to the terminal), :mod:`factcheck.render.claimreview`, :mod:`factcheck.render.page` (the
HTML page), :mod:`factcheck.render.markdown`, :mod:`factcheck.render.delimited` (csv, tsv) and
:mod:`factcheck.render.chart` (a speaker's figures over time, for ``track speaker``).  This
module holds the two hooks the plugin manager calls (``factcheck_render`` and
``factcheck_formats``) and re-exports what the rest of factcheck uses.

The JSON form is schema ``factcheck/1`` (docs/json-schema.md), written by :mod:`factcheck.serialize`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import tabulate as _tabulate

from factcheck.hookspecs import hookimpl
from factcheck.model import Report
from factcheck.render.claimreview import CLAIMREVIEW_RATINGS, claimreview
from factcheck.render.delimited import render_delimited
from factcheck.render.markdown import render_markdown
from factcheck.render.page import render_page
from factcheck.render.tables import (
    CLAIM_COLUMNS,
    CLAIM_WIDTH,
    NEEDS_A_LOOK,
    STATUS_ORDER,
    claim_rows,
    counted,
    document_heading,
    document_summary,
    figure_label,
    fit_widths,
    format_table,
    is_multiline,
    plain_number,
    render_table,
    shorten,
    summary_line,
    table_formats,
    terminal_width,
)
from factcheck.safe import jsonld_dumps, strict_dumps
from factcheck.serialize import report_to_json

__all__ = [
    "CLAIMREVIEW_RATINGS",
    "CLAIM_COLUMNS",
    "CLAIM_WIDTH",
    "JSON_FORMATS",
    "MACHINE_FORMATS",
    "NEEDS_A_LOOK",
    "STATUS_ORDER",
    "WHOLE_FORMATS",
    "claim_rows",
    "claimreview",
    "counted",
    "document_heading",
    "document_summary",
    "factcheck_formats",
    "factcheck_render",
    "figure_label",
    "fit_widths",
    "format_table",
    "is_multiline",
    "plain_number",
    "render_table",
    "shorten",
    "summary_line",
    "table_formats",
    "terminal_width",
]

JSON_FORMATS = ("json",)
MACHINE_FORMATS = ("json", "claimreview", "csv", "tsv")
"""Formats read by programs: the command writes headings, progress and summaries to stderr for them."""
WHOLE_FORMATS = ("claimreview", "html")
"""Formats written as one whole (a JSON-LD array, one page): all documents are rendered together,
and nothing else goes to standard output (the summary line goes to stderr).  The others can be
written document by document; ``csv`` and ``tsv`` then take ``header=False`` for every document
after the first."""


@hookimpl(trylast=True)
def factcheck_render(reports: Sequence[Report], fmt: str, options: dict[str, Any]) -> str | None:
    """Render ``json`` (JSON lines), ``claimreview`` (a JSON-LD array), ``csv``, ``tsv``, ``markdown``,
    ``html`` (one page) or any other tabulate format (the claim table).

    ``options``: ``width`` (of the table; default the terminal's), ``columns`` (of the table),
    ``all`` (every verdict, not only what needs a look), ``include_text`` (the article in the
    JSON), ``rows`` and ``header`` (csv, tsv), ``reviewer``, ``reviewer_url`` and ``review_date``
    (ClaimReview).
    """
    if fmt == "json":
        include = bool(options.get("include_text"))
        return "\n".join(strict_dumps(report_to_json(r, include_text=include)) for r in reports)
    if fmt == "claimreview":
        reviews = [review for r in reports for review in claimreview(r, options)]
        return jsonld_dumps(reviews, indent=2)
    if fmt in ("csv", "tsv"):
        return render_delimited(reports, fmt, options)
    if fmt == "markdown":
        return render_markdown(reports, options)
    if fmt == "html":
        return render_page(reports, options)
    if fmt in _tabulate.tabulate_formats:
        width = options.get("width")
        columns = options.get("columns")
        return render_table(
            reports,
            fmt,
            int(width) if width is not None else None,
            bool(options.get("all")),
            list(columns) if columns else None,
        )
    return None


@hookimpl
def factcheck_formats() -> Mapping[str, str]:
    """The formats the core renderer handles, each with a one-line description."""
    described = {
        "json": "one factcheck/1 JSON object per document per line (docs/json-schema.md)",
        "claimreview": "schema.org ClaimReview JSON-LD, one review per judged claim (docs/claimreview.md)",
        "csv": "one row per claim (or per verdict with --rows verdicts), for spreadsheets",
        "tsv": "the csv rows separated by tabs, one line a row, nothing else on stdout",
        "markdown": "a report to read: summary, claims that need a look and each verdict's reasons",
        "html": "one self-contained page: the article with quotes, speakers, figures and verdicts marked",
    }
    tables = {
        name: f"the claim table in tabulate's {name!r} style"
        for name in table_formats()
        if name not in described
    }
    return {**described, **tables}
