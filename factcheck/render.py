"""Core plugin: render reports as tables (any tabulate format), JSON lines, or ClaimReview.

Rows are built first and formatted last (:func:`format_table`), so every listing
factcheck prints, claims or store queries, goes through the same formatter.

The JSON form is schema ``factcheck/1`` (see docs/json-schema.md): one object
per document, with character offsets into the text as read.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import tabulate as _tabulate

from factcheck.hookspecs import hookimpl
from factcheck.model import Figure, Report, Status, Verdict
from factcheck.safe import (
    HTML_FORMATS,
    escape_cell,
    escape_line,
    jsonld_dumps,
    strict_dumps,
    wrap_cell,
)
from factcheck.serialize import report_to_json

JSON_FORMATS = ("json",)
CLAIM_WIDTH = 48

#: How a verdict status reads as a schema.org ClaimReview rating (1 worst .. 5 best).
#: ``None`` means the status is not a judgement and no ClaimReview is written for it.
CLAIMREVIEW_RATINGS: dict[Status, tuple[int, str] | None] = {
    Status.PASS: (5, "Consistent"),
    Status.WARN: (3, "Needs context"),
    Status.FAIL: (1, "Inconsistent"),
    Status.UNKNOWN: None,
    Status.INFO: None,
    Status.ERROR: None,
}
STATUS_ORDER = (Status.FAIL, Status.ERROR, Status.WARN, Status.UNKNOWN, Status.PASS, Status.INFO)


def table_formats() -> list[str]:
    """Every table format name tabulate knows."""
    return sorted(_tabulate.tabulate_formats)


def format_table(
    rows: Sequence[Mapping[str, Any]],
    fmt: str = "simple",
    headers: Sequence[str] | None = None,
    widths: Mapping[str, int] | None = None,
) -> str:
    """Format ``rows`` (dicts with the same keys) as a table in ``fmt``, or as JSON lines for ``json``.

    ``headers`` picks and orders the columns; by default the first row's keys.  ``widths`` wraps
    the named columns at that many characters, in the formats that can draw a cell on several lines.
    """
    columns = list(headers) if headers is not None else (list(rows[0]) if rows else [])
    if fmt == "json":
        return "\n".join(strict_dumps({c: row.get(c) for c in columns}) for row in rows)
    if fmt not in _tabulate.tabulate_formats:
        raise ValueError(f"unknown format {fmt!r}; use json or one of {', '.join(table_formats())}")
    # Cells are made inert for the format (control characters stripped, HTML or Markdown escaped)
    # and wrapped here, never by tabulate: its wrapper parses cells as numbers ("4,000" raised)
    # and is quadratic on long unbroken words.  Number parsing is always off.
    limits = [widths.get(c) for c in columns] if widths and is_multiline(fmt) else [None] * len(columns)
    body = [[_cell(row.get(c), fmt, limit) for c, limit in zip(columns, limits, strict=True)] for row in rows]
    heads = [escape_cell(c, fmt) for c in columns]
    tablefmt = "unsafehtml" if fmt in HTML_FORMATS else fmt  # escaped above, never twice
    return _tabulate.tabulate(body, headers=heads, tablefmt=tablefmt, disable_numparse=True)


def _cell(value: Any, fmt: str, width: int | None) -> Any:
    cell = escape_cell(value, fmt)
    if width is not None and isinstance(cell, str) and len(cell) > width:
        return wrap_cell(cell, width)
    return cell


def is_multiline(fmt: str) -> bool:
    """True when tabulate can draw a cell over several lines in ``fmt``."""
    return fmt in _tabulate.multiline_formats


def figure_label(figure: Figure, text: str) -> str:
    """A figure's words with its interval, e.g. ``over 4,000 (>4000)`` or ``around 3,700 (3515–3885)``."""
    words = figure.span.of(text)
    lo, hi = figure.lower, figure.upper

    def num(x: float) -> str:
        if not math.isfinite(x):
            return "∞" if x > 0 else "-∞" if x < 0 else "?"
        return f"{x:,.0f}" if x == int(x) and abs(x) >= 1000 else f"{x:g}"

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
    cut = flat[: width - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


#: Verdicts a reader must look at; the rest are summed up in one line per document.
NEEDS_A_LOOK = (Status.FAIL, Status.ERROR, Status.WARN)


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
        rows.append(
            {
                "#": claim.id,
                "speaker": _speaker_label(speaker) if speaker else "(writer)",
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


def _speaker_label(speaker: Any) -> str:
    label: str = speaker.name
    if speaker.role:
        label += f" ({speaker.role})"
    return label


def _verdict_cell(verdicts: Sequence[Verdict], wrapped: bool) -> str:
    ordered = sorted(verdicts, key=lambda v: STATUS_ORDER.index(v.status))
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


def summary_line(reports: Sequence[Report]) -> str:
    """Counts over all reports: documents, claims, quotes, figures and verdicts by status."""
    counts = Counter(v.status.value for r in reports for v in r.verdicts)
    verdicts = ", ".join(f"{counts[s.value]} {s.value}" for s in STATUS_ORDER if counts[s.value])
    return (
        f"{len(reports)} document(s), {sum(len(r.claims) for r in reports)} claims, "
        f"{sum(len(r.quotes) for r in reports)} quotes, {sum(len(r.figures) for r in reports)} figures; "
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


def render_table(reports: Sequence[Report], fmt: str, width: int = CLAIM_WIDTH, every: bool = False) -> str:
    """The tabular claim report: per document a heading, a one-line summary of what was checked
    and found fine, and a claims table of what needs a look (``every``: of every verdict).

    In formats that draw cells over several lines, the claim column is wrapped at ``width``
    characters and nothing is cut; in the others each cell is one line, shortened to fit.
    """
    blocks = []
    multiline = is_multiline(fmt)
    widths = {"speaker": 22, "claim": width, "figures": 26, "verdicts": 60}
    for report in reports:
        rows = claim_rows(report, width, wrapped=multiline, every=every)
        empty = "(no claims)" if every else ""
        table = (
            format_table(rows, fmt, ["#", "speaker", "claim", "figures", "verdicts"], widths)
            if rows
            else empty
        )
        heading = escape_line(document_heading(report), fmt)
        summary = escape_line(document_summary(report), fmt)
        blocks.append("\n".join(part for part in (heading, summary, table) if part))
    return "\n\n".join(blocks)


def claimreview(report: Report) -> list[dict[str, Any]]:
    """schema.org ClaimReview objects for every claim with a judging verdict.

    A claim's rating is that of its worst verdict, by the :data:`CLAIMREVIEW_RATINGS` table.
    """
    doc = report.document
    text = doc.text
    out = []
    judging: dict[str | None, list[Verdict]] = {}  # by claim: one pass, not one per claim
    for verdict in report.verdicts:
        if CLAIMREVIEW_RATINGS.get(verdict.status):
            judging.setdefault(verdict.claim, []).append(verdict)
    for claim in report.claims:
        verdicts = judging.get(claim.id, [])
        if not verdicts:
            continue
        worst = min(verdicts, key=lambda v: CLAIMREVIEW_RATINGS[v.status][0])  # type: ignore[index]
        value, name = CLAIMREVIEW_RATINGS[worst.status]  # type: ignore[misc]
        speaker = report.speaker(claim.speaker)
        appearance: dict[str, Any] = {"@type": "CreativeWork"}
        if doc.url:
            appearance["url"] = doc.url
        if doc.title:
            appearance["headline"] = doc.title
        if doc.publisher:
            appearance["publisher"] = {"@type": "Organization", "name": doc.publisher}
        if doc.published:
            appearance["datePublished"] = doc.published.isoformat()
        item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
        if speaker is not None:
            item["author"] = {
                "@type": "Person" if speaker.kind.value == "person" else "Organization",
                "name": speaker.name,
                **({"jobTitle": speaker.role} if speaker.role and speaker.kind.value == "person" else {}),
            }
        if doc.published:
            item["datePublished"] = doc.published.isoformat()
        out.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "claimReviewed": " ".join(claim.span.of(text).split()),
                "itemReviewed": item,
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": value,
                    "bestRating": 5,
                    "worstRating": 1,
                    "alternateName": name,
                },
                "reviewBody": "; ".join(f"{v.checker}: {v.summary}" for v in verdicts),
                "author": {"@type": "Organization", "name": "factcheck"},
                "datePublished": dt.date.today().isoformat(),
            }
        )
    return out


@hookimpl(trylast=True)
def factcheck_render(reports: Sequence[Report], fmt: str, options: dict[str, Any]) -> str | None:
    """Render ``json`` (JSON lines), ``claimreview`` (a JSON-LD array) or any tabulate format."""
    if fmt == "json":
        return "\n".join(strict_dumps(report_to_json(r)) for r in reports)
    if fmt == "claimreview":
        reviews = [review for r in reports for review in claimreview(r)]
        return jsonld_dumps(reviews, indent=2)
    if fmt in _tabulate.tabulate_formats:
        return render_table(reports, fmt, int(options.get("width", CLAIM_WIDTH)), bool(options.get("all")))
    return None


@hookimpl
def factcheck_formats() -> Mapping[str, str]:
    """The formats the core renderer handles, each with a one-line description."""
    described = {
        "json": "one factcheck/1 JSON object per document per line (docs/json-schema.md)",
        "claimreview": "schema.org ClaimReview JSON-LD, one review per judged claim",
    }
    return {
        **described,
        **{name: f"the claim table in tabulate's {name!r} style" for name in table_formats()},
    }
