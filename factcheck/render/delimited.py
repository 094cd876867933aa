"""Machine formats for spreadsheets and scripts: ``csv`` and ``tsv``, one row per claim or per verdict.

Every claim is a row (``rows="claims"``, the default), with its words whole, its speaker, its
figures as the article wrote them and its verdicts, and the verdicts on the whole document are a
last row with no claim; or every verdict is a row
(``rows="verdicts"``).  The first line names the columns (``header=False`` leaves it out, for a
caller writing documents one after another).  Nothing else is written: no title line, no summary.

Cells are inert: control characters are dropped, and a cell a spreadsheet would read as a formula
(``=``, ``+``, ``@``, or ``-`` before a letter) starts with an apostrophe.  In ``tsv`` a tab or a
line break inside a cell is a space, so every line is one row.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from typing import Any

from factcheck.model import Report, Verdict
from factcheck.render.tables import figure_label, ordered_verdicts
from factcheck.safe import strip_controls

__all__ = [
    "CLAIM_FIELDS",
    "ROW_KINDS",
    "VERDICT_FIELDS",
    "claim_records",
    "render_delimited",
    "verdict_records",
]

CLAIM_FIELDS = (
    "document",
    "path",
    "claim",
    "start",
    "end",
    "speaker",
    "role",
    "text",
    "figures",
    "status",
    "verdicts",
)
VERDICT_FIELDS = ("document", "path", "claim", "checker", "status", "summary", "details", "text")
ROW_KINDS = ("claims", "verdicts")
_FORMULA = re.compile(r"^(?:[=+@]|-(?![\d.]))")


def claim_records(report: Report) -> list[dict[str, Any]]:
    """One record per claim: ids, offsets, speaker, role, words, figures, worst status and verdicts."""
    doc = report.document
    text = doc.text
    by_claim: dict[str | None, list[Verdict]] = {}
    for verdict in report.verdicts:
        by_claim.setdefault(verdict.claim, []).append(verdict)
    records = []
    for claim in report.claims:
        speaker = report.speaker(claim.speaker)
        verdicts = ordered_verdicts(by_claim.get(claim.id, []))
        records.append(
            {
                "document": doc.id,
                "path": doc.path or doc.url or "",
                "claim": claim.id,
                "start": claim.span.start,
                "end": claim.span.end,
                "speaker": speaker.name if speaker else "",
                "role": (speaker.role or "") if speaker else "",
                "text": " ".join(claim.span.of(text).split()),
                "figures": "; ".join(figure_label(report.figure(f), text) for f in claim.figures),
                "status": verdicts[0].status.value if verdicts else "",
                "verdicts": _verdicts(verdicts),
            }
        )
    whole = ordered_verdicts(by_claim.get(None, []))
    if whole:  # the verdicts on the whole document: a row of their own, with no claim
        records.append(
            {
                **dict.fromkeys(CLAIM_FIELDS, ""),
                "document": doc.id,
                "path": doc.path or doc.url or "",
                "status": whole[0].status.value,
                "verdicts": _verdicts(whole),
            }
        )
    return records


def _verdicts(verdicts: Sequence[Verdict]) -> str:
    return "; ".join(f"{v.status.value}: {v.checker}: {v.summary}" for v in verdicts)


def verdict_records(report: Report) -> list[dict[str, Any]]:
    """One record per verdict: its claim (empty for the whole document), checker, status, summary, details."""
    doc = report.document
    records = []
    for verdict in report.verdicts:
        claim = report.claim(verdict.claim)
        records.append(
            {
                "document": doc.id,
                "path": doc.path or doc.url or "",
                "claim": verdict.claim or "",
                "checker": verdict.checker,
                "status": verdict.status.value,
                "summary": verdict.summary,
                "details": verdict.details,
                "text": " ".join(claim.span.of(doc.text).split()) if claim else "",
            }
        )
    return records


def _inert(value: Any, tabs: bool) -> Any:
    if not isinstance(value, str):
        return value
    cell = strip_controls(value)
    if tabs and any(c in cell for c in "\t\n\r"):
        cell = " ".join(cell.split())
    return "'" + cell if _FORMULA.match(cell) else cell


def render_delimited(reports: Sequence[Report], fmt: str, options: Mapping[str, Any] | None = None) -> str:
    """``csv`` (RFC 4180, quoted where needed) or ``tsv`` (one line a row) of every claim or verdict.

    ``options``: ``rows`` (``claims`` or ``verdicts``) and ``header`` (default True).
    """
    options = options or {}
    kind = str(options.get("rows") or "claims")
    if kind not in ROW_KINDS:
        raise ValueError(f"rows must be one of {', '.join(ROW_KINDS)}, not {kind!r}")
    fields = CLAIM_FIELDS if kind == "claims" else VERDICT_FIELDS
    build = claim_records if kind == "claims" else verdict_records
    tabs = fmt == "tsv"
    rows: list[list[Any]] = [list(fields)] if options.get("header", True) else []
    for report in reports:
        rows.extend([_inert(record[f], tabs) for f in fields] for record in build(report))
    if tabs:  # no quoting at all: a cell holds no tab and no line break
        return "\n".join("\t".join(str(cell) for cell in row) for row in rows)
    sink = io.StringIO()
    csv.writer(sink, lineterminator="\r\n").writerows(rows)
    return sink.getvalue().rstrip("\r\n")
