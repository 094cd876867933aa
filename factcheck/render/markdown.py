"""``--format markdown``: a report a person reads, in Markdown (GitHub-flavoured tables).

Per document: its title, where it came from, what was checked and found fine, a table of the
claims that need a look (every claim with ``all``), and each verdict that needs a look with its
reasons.  Every piece of article text is escaped, so no link, image, code or HTML reaches the reader.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from factcheck.model import Report
from factcheck.render.tables import (
    NEEDS_A_LOOK,
    claim_rows,
    document_summary,
    format_table,
    ordered_verdicts,
    shorten,
)
from factcheck.safe import escape_markdown, strip_controls

__all__ = ["render_markdown"]


def _document(report: Report, every: bool) -> str:
    doc = report.document
    title = doc.title or doc.path or doc.url or f"text {doc.id}"
    lines = [f"## {escape_markdown(strip_controls(shorten(title, 200)))}", ""]
    about = [f"`{doc.id}`"]
    if doc.path and doc.title:
        about.append(escape_markdown(strip_controls(doc.path)))
    if doc.publisher:
        about.append(escape_markdown(strip_controls(doc.publisher)))
    if doc.published:
        about.append(doc.published.isoformat())
    if doc.url:
        about.append(f"<{escape_markdown(strip_controls(doc.url)).replace('>', '%3E')}>")
    lines += [" · ".join(about), "", escape_markdown(document_summary(report)), ""]
    rows = claim_rows(report, 200, wrapped=False, every=every)
    if rows:
        lines += [format_table(rows, "github", ["#", "speaker", "claim", "figures", "verdicts"]), ""]
    look = [v for v in ordered_verdicts(report.verdicts) if every or v.status in NEEDS_A_LOOK]
    if look:
        lines += ["### Verdicts", ""]
        for verdict in look:
            claim = report.claim(verdict.claim)
            where = f" on {verdict.claim}" if claim else " on the whole document"
            words = f" — “{escape_markdown(shorten(claim.span.of(doc.text), 160))}”" if claim else ""
            lines.append(
                f"- **{verdict.status.value.upper()}** {escape_markdown(verdict.checker)}{where}: "
                f"{escape_markdown(strip_controls(verdict.summary))}{words}"
            )
            if verdict.details:
                lines.append(f"  {escape_markdown(strip_controls(' '.join(verdict.details.split())))}")
        lines.append("")
    return "\n".join(lines).rstrip("\n")


def render_markdown(reports: Sequence[Report], options: Mapping[str, Any] | None = None) -> str:
    """The Markdown report of ``reports``; ``options['all']`` lists every claim and verdict."""
    every = bool((options or {}).get("all"))
    return "\n\n".join(_document(report, every) for report in reports)
