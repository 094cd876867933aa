"""``--format html``: one self-contained page a person reads, on a desk or a phone.

The page holds the article's text with every quote, speaker mention and figure highlighted, and
each verdict placed right after the words of the claim it is about, coloured by status (a verdict
on the whole document stands under the heading); then the speakers and the figures.  It needs no
network: the style sheet is inline, and there are no fonts, images or scripts to fetch.  Every
piece of article text is escaped, so hostile text stays text.  The markup is stable for tools and
tests: highlighted words are ``<mark>`` elements with ``data-quote``, ``data-speaker``,
``data-figure`` and ``data-claim`` attributes; each verdict is an element of class ``verdict``
with ``data-status``, ``data-checker`` and ``data-claim``.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from factcheck.model import Report, Span, Status, Verdict
from factcheck.render.tables import (
    STATUS_ORDER,
    document_summary,
    figure_label,
    ordered_verdicts,
    speaker_label,
)
from factcheck.safe import strip_controls

__all__ = ["PAGE_STYLE", "page_document", "render_page"]

#: Status colours (text, background), chosen for contrast on white.
STATUS_COLOURS = {
    Status.FAIL: ("#9b0014", "#fde7ea"),
    Status.ERROR: ("#5e2390", "#f1e8fb"),
    Status.WARN: ("#7a4d00", "#fff1cc"),
    Status.UNKNOWN: ("#444444", "#eeeeee"),
    Status.PASS: ("#17602a", "#e3f3e7"),
    Status.INFO: ("#1f4f8f", "#e6eefa"),
}

PAGE_STYLE = (
    """
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1.05rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;
color:#1b1b1b;background:#fafafa}
main{max-width:48rem;margin:0 auto;padding:1rem}
article.report{background:#fff;border:1px solid #ddd;border-radius:.5rem;padding:1rem 1.25rem;
margin:0 0 1.5rem}
h1{font-size:1.4rem;line-height:1.3;margin:.2rem 0 .5rem}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
.meta,.summary{color:#555;font-size:.9rem;margin:.25rem 0;overflow-wrap:anywhere}
.text p{margin:0 0 .9rem;overflow-wrap:break-word}
mark{background:none;color:inherit;padding:0 .05em}
mark[data-quote]{background:#f1f1f1}
mark[data-speaker]{border-bottom:2px dotted #1f4f8f;font-weight:600}
mark[data-figure]{background:#fff3a8;font-weight:600}
mark[data-claim]{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:.2em}
.verdicts{display:inline}
.verdict{display:inline-block;border-radius:.35rem;border:1px solid currentColor;padding:0 .4em;
margin:.1em .2em;font-size:.82rem;line-height:1.45;max-width:100%;vertical-align:baseline;white-space:normal}
.verdict strong{font-weight:700;letter-spacing:.02em}
.doc-verdicts{list-style:none;padding:0;margin:.5rem 0}
.doc-verdicts li{margin:.25rem 0}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;vertical-align:top;border-bottom:1px solid #e5e5e5;padding:.3rem .4rem;
overflow-wrap:anywhere}
.scroll{overflow-x:auto}
.legend{font-size:.85rem;color:#555}
.legend mark,.legend .verdict{margin-right:.4rem}
@media (max-width:30rem){main{padding:.5rem}article.report{padding:.75rem}body{font-size:1rem}}
"""
    + "".join(
        f".status-{status.value}{{color:{fg};background:{bg}}}\n"
        f"mark[data-claim].claim-{status.value}{{text-decoration-color:{fg}}}\n"
        for status, (fg, bg) in STATUS_COLOURS.items()
    )
).strip()

_LINE = re.compile(r"[^\n]+")


def _e(text: str) -> str:
    """Text made inert for HTML: control characters dropped, markup escaped."""
    return html.escape(strip_controls(text), quote=True)


def _verdict(verdict: Verdict, where: str | None) -> str:
    status = verdict.status.value
    claim = f' data-claim="{_e(where)}"' if where else ""
    # phrasing content only (it sits inside a paragraph): the details are the element's title
    title = f' title="{_e(" ".join(verdict.details.split()))}"' if verdict.details else ""
    return (
        f'<span class="verdict status-{status}" data-status="{status}" '
        f'data-checker="{_e(verdict.checker)}"{claim}{title}><strong>{status.upper()}</strong> '
        f"{_e(verdict.checker)}: {_e(verdict.summary)}</span>"
    )


def _anchor(verdict: Verdict, report: Report) -> int | None:
    """Where a verdict goes: after its claim's words; None (the page's heading) for the whole document."""
    claim = report.claim(verdict.claim)
    return claim.span.end if claim is not None else None


def _marks(report: Report) -> list[tuple[Span, str, str]]:
    """Every highlighted range: (span, attribute, value), e.g. (figure span, "data-figure", "f1")."""
    marks: list[tuple[Span, str, str]] = []
    for quote in report.quotes:
        marks += [(piece, "data-quote", quote.id) for piece in quote.pieces]
    for speaker in report.speakers:
        marks += [(span, "data-speaker", speaker.id) for span in speaker.mentions]
    for figure in report.figures:
        marks.append((figure.span, "data-figure", figure.id))
    judged = {v.claim for v in report.verdicts if v.claim}
    for claim in report.claims:
        if claim.id in judged:
            marks.append((claim.span, "data-claim", claim.id))
    return [m for m in marks if len(m[0]) > 0]


def _paragraph(
    report: Report,
    start: int,
    end: int,
    marks: Sequence[tuple[Span, str, str]],
    anchored: Mapping[int, list[Verdict]],
    worst: Mapping[str, Status],
    last: bool,
) -> str:
    """One line of the article, cut at every mark's edge; verdicts inserted where their words end."""
    text = report.document.text
    inside = [m for m in marks if m[0].start < end and m[0].end > start]
    points = {start, end}
    for span, _, _ in inside:
        points.update(p for p in (span.start, span.end) if start < p < end)
    # a verdict anchored at the very end of a line belongs to that line (or to the last line)
    stops = [p for p in anchored if start < p <= end or (last and p > end)]
    points.update(p for p in stops if p < end)
    cuts = sorted(points)
    out = []
    for a, b in itertools.pairwise(cuts):
        words = _e(text[a:b])
        attrs: dict[str, str] = {}
        ends: dict[str, int] = {}
        for span, name, value in inside:
            # of several claims over these words, the one that ends first: its verdicts come next
            if span.start <= a and b <= span.end and (name not in attrs or span.end < ends[name]):
                attrs[name], ends[name] = value, span.end
        if attrs:
            extra = ""
            if "data-claim" in attrs and attrs["data-claim"] in worst:
                extra = f' class="claim-{worst[attrs["data-claim"]].value}"'
            attributes = "".join(f' {k}="{_e(v)}"' for k, v in sorted(attrs.items()))
            words = f"<mark{attributes}{extra}>{words}</mark>"
        out.append(words)
        for point in sorted(p for p in stops if p == b or (b == end and p > end)):
            verdicts = anchored[point]
            claims = sorted({v.claim for v in verdicts if v.claim})
            where = f' data-claim="{_e(claims[0])}"' if len(claims) == 1 else ""
            out.append(
                f' <span class="verdicts"{where}>'
                + "".join(_verdict(v, v.claim) for v in ordered_verdicts(verdicts))
                + "</span>"
            )
    return "".join(out)


def page_document(report: Report, every: bool = True) -> str:
    """One ``<article>``: the heading, the annotated text, the speakers and the figures of a report.

    ``every=False`` shows only the verdicts that need a look (fail, error, warn) beside the text.
    """
    doc = report.document
    text = doc.text
    shown = [v for v in report.verdicts if every or v.status in (Status.FAIL, Status.ERROR, Status.WARN)]
    anchored: dict[int, list[Verdict]] = {}
    whole: list[Verdict] = []
    for verdict in shown:
        point = _anchor(verdict, report)
        if point is None:
            whole.append(verdict)
        else:
            anchored.setdefault(point, []).append(verdict)
    worst: dict[str, Status] = {}
    for verdict in shown:
        if verdict.claim:
            now = worst.get(verdict.claim)
            if now is None or STATUS_ORDER.index(verdict.status) < STATUS_ORDER.index(now):
                worst[verdict.claim] = verdict.status
    marks = _marks(report)
    lines = list(_LINE.finditer(text))
    lines = [m for m in lines if m.group().strip()]
    paragraphs = []
    for number, line in enumerate(lines):
        body = _paragraph(
            report, line.start(), line.end(), marks, anchored, worst, last=number == len(lines) - 1
        )
        headline = doc.title_span is not None and line.start() <= doc.title_span.start < line.end()
        paragraphs.append(f'<p class="headline">{body}</p>' if headline else f"<p>{body}</p>")
    title = doc.title or doc.path or doc.url or f"text {doc.id}"
    meta = [m for m in (doc.publisher, doc.published.isoformat() if doc.published else None) if m]
    where = doc.url or doc.path
    meta_html = " · ".join(_e(m) for m in meta)
    if where:
        meta_html += (" · " if meta_html else "") + f'<span class="where">{_e(where)}</span>'
    parts = [
        f'<article class="report" id="doc-{_e(doc.id)}" data-document="{_e(doc.id)}">',
        f"<header><h1>{_e(title)}</h1>",
        f'<p class="meta">{meta_html}</p>' if meta_html else "",
        f'<p class="summary">{_e(document_summary(report))}</p>',
    ]
    if whole:
        parts.append(
            '<ul class="doc-verdicts">'
            + "".join(f"<li>{_verdict(v, None)}</li>" for v in ordered_verdicts(whole))
            + "</ul>"
        )
    parts.append("</header>")
    parts.append(
        '<section class="text" aria-label="The article, annotated">' + "".join(paragraphs) + "</section>"
    )
    parts.append(_speakers(report))
    parts.append(_figures(report, text))
    parts.append("</article>")
    return "".join(p for p in parts if p)


def _speakers(report: Report) -> str:
    if not report.speakers:
        return ""
    quotes: dict[str | None, int] = {}
    for quote in report.quotes:
        quotes[quote.speaker] = quotes.get(quote.speaker, 0) + 1
    rows = "".join(
        f'<tr data-speaker="{_e(s.id)}">'
        f'<td><mark data-speaker="{_e(s.id)}">{_e(speaker_label(s))}</mark></td>'
        f"<td>{_e(s.kind.value)}</td><td>{len(s.mentions)}</td><td>{quotes.get(s.id, 0)}</td></tr>"
        for s in report.speakers
    )
    return (
        '<section class="speakers"><h2>Speakers</h2><div class="scroll"><table>'
        "<thead><tr><th>speaker</th><th>kind</th><th>mentions</th><th>quotes</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></div></section>"
    )


def _figures(report: Report, text: str) -> str:
    if not report.figures:
        return ""
    rows = "".join(
        f'<tr data-figure="{_e(f.id)}">'
        f'<td><mark data-figure="{_e(f.id)}">{_e(figure_label(f, text))}</mark></td>'
        f"<td>{_e(f.hedge or '')}</td><td>{_e(f.unit or '')}</td></tr>"
        for f in report.figures
    )
    return (
        '<section class="figures"><h2>Figures</h2><div class="scroll"><table>'
        "<thead><tr><th>figure as written (interval)</th><th>hedge</th><th>counted</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></div></section>"
    )


def _legend() -> str:
    chips = "".join(
        f'<span class="verdict status-{s.value}" data-legend="{s.value}">'
        f"<strong>{s.value.upper()}</strong></span>"
        for s in STATUS_ORDER
    )
    return (
        '<footer class="legend"><p><mark data-quote="">quoted words</mark>'
        '<mark data-speaker="">speaker</mark><mark data-figure="">figure</mark></p>'
        f"<p>{chips}</p><p>Made by factcheck: each verdict follows the words it is about.</p></footer>"
    )


def render_page(reports: Iterable[Report], options: Mapping[str, Any] | None = None) -> str:
    """One self-contained HTML page for ``reports`` (inline style, nothing fetched, text escaped).

    Every verdict shows (a reader sees what was checked and found fine, too); ``options`` is
    accepted for the renderers' common signature.
    """
    every = True
    reports = list(reports)
    title = (
        reports[0].document.title or reports[0].document.path or "factcheck report"
        if len(reports) == 1
        else f"factcheck report: {len(reports)} documents"
    )
    body = "".join(page_document(r, every) for r in reports) or "<p>No documents.</p>"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{PAGE_STYLE}</style></head>"
        f"<body><main>{body}{_legend()}</main></body></html>"
    )
