"""The claim table and every listing factcheck prints: rows built first, formatted last.

Rows are dicts; :func:`format_table` formats them in any tabulate format (or JSON lines), and
:func:`fit_widths` chooses column widths so that a table fits a terminal of a given width.
Numbers print as the article wrote them (``4,000``), never in exponent form (``1e+07``).
"""

from __future__ import annotations

import math
import shutil
import textwrap
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import tabulate as _tabulate

from factcheck.model import Figure, Report, Speaker, Status, Verdict
from factcheck.safe import MARKDOWN_FORMATS, escape_cell, escape_line, strict_dumps, wrap_cell

__all__ = [
    "CLAIM_COLUMNS",
    "CLAIM_WIDTH",
    "NEEDS_A_LOOK",
    "STATUS_ORDER",
    "claim_rows",
    "counted",
    "document_heading",
    "document_summary",
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

CLAIM_WIDTH = 48
STATUS_ORDER = (Status.FAIL, Status.ERROR, Status.WARN, Status.UNKNOWN, Status.PASS, Status.INFO)
#: Verdicts a reader must look at; the rest are summed up in one line per document.
NEEDS_A_LOOK = (Status.FAIL, Status.ERROR, Status.WARN)
#: The claim table's columns, in order, each with the share of the free width it takes and its least width.
CLAIM_COLUMNS: dict[str, tuple[float, int]] = {
    "#": (0.0, 3),
    "speaker": (0.16, 16),
    "claim": (0.34, 14),
    "figures": (0.18, 8),
    "verdicts": (0.32, 16),
}


def table_formats() -> list[str]:
    """Every table format name tabulate knows."""
    return sorted(_tabulate.tabulate_formats)


def terminal_width(default: int = 80) -> int:
    """The terminal's width in columns (``$COLUMNS``, else the terminal, else ``default``)."""
    return shutil.get_terminal_size((default, 24)).columns


def plain_number(x: float) -> str:
    """A number as a newspaper writes it: ``4,000``, ``3.5``, ``12,500,000``, never ``1.25e+07``."""
    if not math.isfinite(x):
        return "∞" if x > 0 else "-∞" if x < 0 else "?"
    if x == int(x):
        whole = int(x)
        return f"{whole:,}" if abs(whole) >= 1000 else str(whole)
    text = f"{x:,.6f}" if abs(x) >= 1000 else f"{x:.6f}"
    return text.rstrip("0").rstrip(".")


def is_multiline(fmt: str) -> bool:
    """True when a cell can be drawn over several lines in ``fmt`` (never in Markdown: a row is a line)."""
    return fmt in _tabulate.multiline_formats and fmt not in MARKDOWN_FORMATS


def format_table(
    rows: Sequence[Mapping[str, Any]],
    fmt: str = "simple",
    headers: Sequence[str] | None = None,
    widths: Mapping[str, int] | None = None,
) -> str:
    """Format ``rows`` (dicts with the same keys) as a table in ``fmt``, or as JSON lines for ``json``.

    ``headers`` picks and orders the columns; by default the first row's keys.  ``widths`` limits
    the named columns to that many characters: wrapped in the formats that draw a cell on several
    lines, shortened with an ellipsis in the others.  Numbers print as written, never ``1e+07``.
    """
    columns = list(headers) if headers is not None else (list(rows[0]) if rows else [])
    if fmt == "json":
        return "\n".join(strict_dumps({c: row.get(c) for c in columns}) for row in rows)
    if fmt not in _tabulate.tabulate_formats:
        raise ValueError(f"unknown format {fmt!r}; use json or one of {', '.join(table_formats())}")
    # Cells are made inert for the format (control characters stripped, HTML or Markdown escaped)
    # and wrapped here, never by tabulate: its wrapper parses cells as numbers ("4,000" raised)
    # and is quadratic on long unbroken words.  Number parsing is always off.
    multiline = is_multiline(fmt)
    limits = [widths.get(c) for c in columns] if widths else [None] * len(columns)
    body = [
        [_cell(row.get(c), fmt, limit, multiline) for c, limit in zip(columns, limits, strict=True)]
        for row in rows
    ]
    heads = [escape_cell(c, fmt) for c in columns]
    tablefmt = "unsafehtml" if fmt in ("html", "unsafehtml") else fmt  # escaped above, never twice
    return _tabulate.tabulate(body, headers=heads, tablefmt=tablefmt, disable_numparse=True)


def _cell(value: Any, fmt: str, width: int | None, multiline: bool) -> Any:
    if isinstance(value, float) and not isinstance(value, bool):
        value = plain_number(value)
    if width is not None and isinstance(value, str) and not multiline:
        value = shorten(value, width)  # before escaping: an escape is never cut in two
    cell = escape_cell(value, fmt)
    if width is not None and multiline and isinstance(cell, str) and _longest_line(cell) > width:
        return wrap_cell(cell, width)
    return cell


def _longest_line(text: str) -> int:
    return max((len(line) for line in text.splitlines()), default=0)


def fit_widths(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[str],
    fmt: str,
    width: int,
    shares: Mapping[str, tuple[float, int]] | None = None,
) -> dict[str, int]:
    """Column widths that make ``rows`` fit ``width`` characters in ``fmt``.

    A column no wider than its fair share keeps its width; the free width is shared among the
    others by ``shares`` (a share and a least width per column; equal shares by default).  A
    one-row stand-in of the table is then drawn and the column most over its share narrowed until
    it fits or every column is at its least width (so the cost does not grow with the rows).
    """
    shares = shares or {}
    natural = {c: max([len(str(c)), *(_longest_line(_text(r.get(c))) for r in rows)]) for c in columns}
    least = {c: min(natural[c], shares.get(c, (0.0, 8))[1]) for c in columns}
    limits = dict(natural)
    for _ in range(200):
        # a one-row table whose cells are exactly as wide as the limits is as wide as the real one
        # (whose wrapped cells are at most that wide): cheap to draw however many rows there are
        sample = [{c: "x" * limits[c] for c in columns}]
        drawn = format_table(sample, fmt, columns)
        over = max((len(line) for line in drawn.splitlines()), default=0) - width
        if over <= 0:
            break
        candidates = [c for c in columns if limits[c] > least[c]]
        if not candidates:
            break
        weight = {c: max(shares.get(c, (1.0, 8))[0], 0.05) for c in candidates}
        # narrow the column most over its share of the width
        widest = max(candidates, key=lambda c: limits[c] / weight[c])
        step = max(1, min(over, limits[widest] - least[widest], max(limits[widest] // 4, 1)))
        limits[widest] -= step
    return {c: limits[c] for c in columns if limits[c] < natural[c]}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return plain_number(value)
    return str(value)


def figure_label(figure: Figure, text: str) -> str:
    """A figure's words with its interval, e.g. ``over 4,000 (>4,000)`` or ``around 3,700 (3,515–3,885)``."""
    words = figure.span.of(text)
    lo, hi = figure.lower, figure.upper
    num = plain_number
    if lo is None and hi is None:
        bound = ""
    elif lo is not None and hi is None:
        bound = f"{'≥' if figure.lower_closed else '>'}{num(lo)}"
    elif lo is None and hi is not None:
        bound = f"{'≤' if figure.upper_closed else '<'}{num(hi)}"
    elif lo == hi:
        bound = ""
    else:
        assert lo is not None and hi is not None
        # an open end is marked: "almost 3,000" is 2,850 up to but not including 3,000
        bound = f"{'' if figure.lower_closed else '>'}{num(lo)}–{'' if figure.upper_closed else '<'}{num(hi)}"
    unit = f" {figure.unit}" if figure.unit else ""
    between = text[figure.span.end : figure.unit_span.start] if figure.unit_span is not None else ""
    if figure.unit_span is not None and len(between) <= 4 and between.strip().isalpha():
        # a word between, as written: "millions of children", "tens of thousands of people"
        unit = " " + " ".join(text[figure.span.end : figure.unit_span.end].split())
    return f"{words}{unit} ({bound})" if bound else f"{words}{unit}"


def shorten(text: str, width: int = CLAIM_WIDTH) -> str:
    """Collapse white space and cut ``text`` at a word boundary to ``width`` characters, with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    cut = flat[: max(width - 1, 1)].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def claim_rows(
    report: Report, width: int = CLAIM_WIDTH, wrapped: bool = False, every: bool = True
) -> list[dict[str, str]]:
    """One row per claim (speaker, claim, figures, verdicts), then one for document-wide verdicts.

    Unwrapped, each cell is one line: the claim is shortened to ``width`` characters and each
    verdict's summary to 60.  ``wrapped`` (for a format that wraps cells) keeps three lines'
    worth of the claim and every verdict whole, one a line.  ``every=False`` keeps only the
    verdicts that need a look (:data:`NEEDS_A_LOOK`) and the rows that hold one.
    """
    text = report.document.text
    by_claim: dict[str | None, list[Verdict]] = {}
    for verdict in report.verdicts:
        if every or verdict.status in NEEDS_A_LOOK:
            by_claim.setdefault(verdict.claim, []).append(verdict)
    rows = []
    for claim in report.claims:
        if not every and claim.id not in by_claim:
            continue
        speaker = report.speaker(claim.speaker)
        figures = [report.figure(fid) for fid in claim.figures]
        quote = report.quote(claim.quote)
        unsure = " (speaker unsure)" if quote is not None and quote.doubt and speaker else ""
        rows.append(
            {
                "#": claim.id,
                "speaker": speaker_label(speaker) + unsure if speaker else "(writer)",
                "claim": shorten(claim.span.of(text), width * 3 if wrapped else width),
                "figures": "; ".join(figure_label(f, text) for f in figures),
                "verdicts": _verdict_cell(by_claim.get(claim.id, []), wrapped),
            }
        )
    if by_claim.get(None):
        rows.append(
            {
                "#": "doc",
                "speaker": "",
                "claim": "(whole document)",
                "figures": "",
                "verdicts": _verdict_cell(by_claim[None], wrapped),
            }
        )
    return rows


def speaker_label(speaker: Speaker) -> str:
    """A speaker's name with its role: ``Oleg Syromolotov (Deputy Foreign Minister)``."""
    label: str = speaker.name
    if speaker.role:
        label += f" ({speaker.role})"
    return label


def ordered_verdicts(verdicts: Sequence[Verdict]) -> list[Verdict]:
    """Verdicts worst first (:data:`STATUS_ORDER`), in their given order within a status."""
    return sorted(verdicts, key=lambda v: STATUS_ORDER.index(v.status))


def _verdict_cell(verdicts: Sequence[Verdict], wrapped: bool) -> str:
    ordered = ordered_verdicts(verdicts)
    if not wrapped:
        return "; ".join(f"{v.status.value}: {v.checker}: {shorten(v.summary, 60)}" for v in ordered)
    return "\n".join(f"{v.status.value.upper()} {v.checker}: {' '.join(v.summary.split())}" for v in ordered)


def document_heading(report: Report) -> str:
    """One line naming a document: path or title, publisher and date."""
    doc = report.document
    parts = [doc.path or doc.url or f"<text {doc.id}>"]
    if doc.title:
        parts.append(f"“{shorten(doc.title, 80)}”")
    if doc.publisher:
        parts.append(doc.publisher)
    if doc.published:
        parts.append(doc.published.isoformat())
    return " — ".join(parts)


def counted(n: int, noun: str) -> str:
    """``n`` and the noun, plural unless ``n`` is one: ``1 document``, ``1,200 claims``."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def summary_line(reports: Sequence[Report]) -> str:
    """Counts over all reports: documents, claims, quotes, figures and verdicts by status."""
    counts = Counter(v.status.value for r in reports for v in r.verdicts)
    verdicts = ", ".join(f"{counts[s.value]} {s.value}" for s in STATUS_ORDER if counts[s.value])
    return (
        f"{counted(len(reports), 'document')}, {counted(sum(len(r.claims) for r in reports), 'claim')}, "
        f"{counted(sum(len(r.quotes) for r in reports), 'quote')}, "
        f"{counted(sum(len(r.figures) for r in reports), 'figure')}; "
        f"verdicts: {verdicts or 'none'}"
    )


def document_summary(report: Report) -> str:
    """One line for a document: what each checker checked and found fine, and what needs a look."""
    counts: dict[str, Counter[Status]] = {}
    for verdict in report.verdicts:
        counts.setdefault(verdict.checker or "?", Counter())[verdict.status] += 1
    fine = [
        f"{checker}: "
        + ", ".join(f"{c[s]} {s.value}" for s in (Status.PASS, Status.INFO, Status.UNKNOWN) if c[s])
        for checker, c in sorted(counts.items())
        if any(c[s] for s in (Status.PASS, Status.INFO, Status.UNKNOWN))
    ]
    look = Counter(v.status for v in report.verdicts if v.status in NEEDS_A_LOOK)
    checked = f"checked and fine — {'; '.join(fine)}" if fine else "no verdicts"
    needs = ", ".join(f"{look[s]} {s.value}" for s in NEEDS_A_LOOK if look[s])
    return f"{checked}. Needs a look: {needs}." if needs else f"{checked}. Nothing needs a look."


def _wrap_line(line: str, width: int) -> str:
    """``line`` wrapped to ``width`` between words (a path or URL longer than the width stays whole)."""
    return "\n".join(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)) or line


def render_table(
    reports: Sequence[Report],
    fmt: str,
    width: int | None = None,
    every: bool = False,
    columns: Sequence[str] | None = None,
) -> str:
    """The tabular claim report: per document a heading, a one-line summary of what was checked
    and found fine, and a claims table of what needs a look (``every``: of every verdict).

    The table fits ``width`` characters (default: the terminal's width): in formats that draw
    cells over several lines the long columns are wrapped and nothing is cut; in the others each
    cell is one line, shortened to fit.  ``columns`` picks and orders the columns
    (:data:`CLAIM_COLUMNS`).
    """
    multiline = is_multiline(fmt)
    # a terminal table fits the terminal; a document format (Markdown, HTML, LaTeX...) fits only
    # a width given, since whatever shows it wraps its lines itself
    total = width if width is not None else (terminal_width() if multiline else None)
    chosen = list(columns) if columns else list(CLAIM_COLUMNS)
    blocks = []
    for report in reports:
        # wrapped, a claim keeps three lines of 80; one a line, it is cut to its column's width
        rows = claim_rows(report, 80 if multiline else 10_000, wrapped=multiline, every=every)
        empty = "(no claims)" if every else ""
        if rows:
            limits = fit_widths(rows, chosen, fmt, total, CLAIM_COLUMNS) if total else {}
            table = format_table(rows, fmt, chosen, limits)
        else:
            table = empty
        # the heading and summary are lines of text: on a terminal they are wrapped to its width
        # between words (a terminal would cut a word in two); a document format wraps them itself
        heading = escape_line(document_heading(report), fmt)
        summary = escape_line(document_summary(report), fmt)
        if multiline and total:
            heading, summary = (_wrap_line(line, total) for line in (heading, summary))
        blocks.append("\n".join(part for part in (heading, summary, table) if part))
    return "\n\n".join(blocks)
