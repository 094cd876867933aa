"""``factcheck track speaker NAME --format html``: one page with a speaker's figures drawn over time.

One small chart (inline SVG, no script) per thing counted ("Russian citizens", "militants"): each
figure is a dot at its article's date and its value, with a bar over the interval its hedge allows
("over 4,000" runs to the top of the chart, marked open); its words as written are its label and
its tooltip.  Under the charts, the speaker's stored claims.  Like the report page, the page is
self-contained and every stored word is escaped.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Mapping, Sequence
from typing import Any

from factcheck.render.page import PAGE_STYLE
from factcheck.render.tables import format_table, plain_number
from factcheck.safe import strip_controls

__all__ = ["figure_chart", "speaker_page"]

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 78, 16, 16, 34
CHART_STYLE = """
svg.chart{width:100%;height:auto;max-width:40rem;display:block;background:#fff;border:1px solid #e5e5e5;
border-radius:.4rem;margin:.5rem 0 1rem}
svg.chart text{font:11px system-ui,sans-serif;fill:#444}
svg.chart .axis{stroke:#999;stroke-width:1}
svg.chart .grid{stroke:#eee;stroke-width:1}
svg.chart .range{stroke:#1f4f8f;stroke-width:5;stroke-linecap:round;opacity:.35}
svg.chart .open{stroke-dasharray:4 3}
svg.chart .dot{fill:#1f4f8f}
"""


def _e(text: Any) -> str:
    return html.escape(strip_controls(str(text)), quote=True)


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def figure_chart(subject: str, figures: Sequence[Mapping[str, Any]]) -> str:
    """An inline SVG of dated figures counting one ``subject``: dots at values, bars over intervals.

    Each figure is a mapping with ``date`` (ISO), ``value``, ``lower``, ``upper`` (None: open),
    ``text`` (the words as written) and ``document``.
    """
    dated = [(d, f) for f in figures if (d := _date(f.get("date"))) is not None]
    if not dated:
        return ""
    bounds = [float(f["value"]) for _, f in dated]
    bounds += [float(f[k]) for _, f in dated for k in ("lower", "upper") if f.get(k) is not None]
    low = min(0.0, *bounds)
    step = _nice_step((max(bounds) * 1.1 - low) / 4 or 1.0)
    high = low + 4 * step
    first = min(d for d, _ in dated)
    last = max(d for d, _ in dated)
    span_days = max((last - first).days, 1)
    inner_w, inner_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: dt.date) -> float:
        if first == last:
            return LEFT + inner_w / 2
        return LEFT + inner_w * (day - first).days / span_days

    def y(value: float) -> float:
        return TOP + inner_h * (1 - (value - low) / (high - low))

    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{_e(subject)} over time" data-subject="{_e(subject)}">',
        f"<title>{_e(subject)} over time</title>",
    ]
    for tick in range(5):
        value = low + step * tick
        parts.append(
            f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(value):.1f}" y2="{y(value):.1f}"/>'
            f'<text x="{LEFT - 6}" y="{y(value) + 4:.1f}" text-anchor="end">{_e(_tick(value))}</text>'
        )
    parts.append(f'<line class="axis" x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{HEIGHT - BOTTOM}"/>')
    parts.append(
        f'<line class="axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{HEIGHT - BOTTOM}" y2="{HEIGHT - BOTTOM}"/>'
    )
    for day in sorted({first, last}):
        anchor = "middle" if first == last else ("start" if day == first else "end")
        parts.append(
            f'<text x="{x(day):.1f}" y="{HEIGHT - BOTTOM + 18}" text-anchor="{anchor}">'
            f"{day.isoformat()}</text>"
        )
    for day, figure in sorted(dated, key=lambda pair: pair[0]):
        cx, value = x(day), float(figure["value"])
        left = cx < WIDTH * 0.7  # a label to the right of its dot, except near the right edge
        lower, upper = figure.get("lower"), figure.get("upper")
        top = y(float(upper)) if upper is not None else TOP
        bottom = y(float(lower)) if lower is not None else HEIGHT - BOTTOM
        opened = " open" if upper is None or lower is None else ""
        label = f"{figure.get('text') or plain_number(value)} ({day.isoformat()})"
        parts.append(
            f'<g class="figure" data-date="{day.isoformat()}" data-value="{_e(plain_number(value))}">'
            f"<title>{_e(label)} — {_e(figure.get('document') or '')}</title>"
            f'<line class="range{opened}" x1="{cx:.1f}" x2="{cx:.1f}" y1="{top:.1f}" y2="{bottom:.1f}"/>'
            f'<circle class="dot" cx="{cx:.1f}" cy="{y(value):.1f}" r="4.5"/>'
            f'<text x="{cx + (7 if left else -7):.1f}" y="{y(value) - 6:.1f}" '
            f'text-anchor="{"start" if left else "end"}">{_e(figure.get("text") or "")}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _nice_step(raw: float) -> float:
    """The smallest 1, 2 or 5 times a power of ten that is at least ``raw``."""
    power = 10.0 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def _tick(value: float) -> str:
    return plain_number(round(value, 6)) if math.isfinite(value) else ""


def speaker_page(
    heading: str,
    figures: Sequence[Mapping[str, Any]],
    claims: Sequence[Mapping[str, Any]],
) -> str:
    """The self-contained page of one speaker: ``heading``, a chart per counted subject, the claims."""
    by_subject: dict[str, list[Mapping[str, Any]]] = {}
    for figure in figures:
        by_subject.setdefault(str(figure.get("unit") or "(nothing named)"), []).append(figure)
    charts = []
    for subject, group in sorted(by_subject.items(), key=lambda item: -len(item[1])):
        chart = figure_chart(subject, group)
        undated = sum(1 for f in group if _date(f.get("date")) is None)
        note = f'<p class="meta">{undated} undated figure(s) not drawn</p>' if undated else ""
        if chart or note:
            charts.append(f"<section><h2>{_e(subject)}</h2>{chart}{note}</section>")
    body = "".join(charts) or "<p>No stored figures of this speaker.</p>"
    table = (
        '<section><h2>Claims</h2><div class="scroll">' + format_table(claims, "html") + "</div></section>"
        if claims
        else ""
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(heading)}</title><style>{PAGE_STYLE}{CHART_STYLE}</style></head>"
        f'<body><main><article class="report speaker"><header><h1>{_e(heading)}</h1></header>'
        f"{body}{table}</article></main></body></html>"
    )
