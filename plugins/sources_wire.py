"""Wire services credited without "By": "Dec 29 (Reuters) -", "MIAMI (AP) ―", a line "AP".

Part of the ``sources`` plugin: when the extractor finds no publisher, the first lines of
the article are read for a known wire's credit, which becomes the publisher (docs/sources.md).
"""

from __future__ import annotations

import re

import attrs

from factcheck import Report, Source, SourceRole, Span

__all__ = ["WIRES", "find_wire_credit", "with_wire_credit"]

#: Wire services credited without "By": their names and the short forms a credit line uses.
WIRES = {
    "ap": "The Associated Press",
    "associated press": "The Associated Press",
    "the associated press": "The Associated Press",
    "reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "upi": "UPI",
    "bloomberg": "Bloomberg",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "dpa": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "pa": "PA Media",
    "cp": "The Canadian Press",
    "the canadian press": "The Canadian Press",
}
#: Lines read for a wire credit: the first few of the article.
WIRE_LINES = 6
_WIRE_NAMES = "|".join(sorted((re.escape(k) for k in WIRES), key=len, reverse=True))
#: "Dec 29 (Reuters) - ...", "WASHINGTON (AP) ― ...", a line "(AP)", a line "AP" or "By The Associated Press".
_WIRE_CREDIT = re.compile(
    rf"^[ \t]*(?:[^\n()]{{0,60}}?\((?P<paren>{_WIRE_NAMES})\)[ \t]*(?:[-–—―:]|$)"
    rf"|(?:by[ \t]+)?(?P<line>{_WIRE_NAMES})[ \t]*\.?[ \t]*$)",
    re.I | re.M,
)


def find_wire_credit(text: str) -> Source | None:
    """A wire service credited in the first lines without "By": "(AP) —", "Dec 29 (Reuters) -",
    a line "AP"; as a publisher source (id ``s1``), or None."""
    lines = 0
    at = 0
    while at < len(text) and lines < WIRE_LINES:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if text[at:end].strip():
            lines += 1
            match = _WIRE_CREDIT.match(text, at, end)
            if match is not None:
                group = "paren" if match.group("paren") else "line"
                name = WIRES[match.group(group).lower()]
                return Source(
                    "s1", name, SourceRole.PUBLISHER, span=Span(match.start(group), match.end(group))
                )
        at = end + 1
    return None


def with_wire_credit(report: Report) -> Report:
    """The report with a wire credit as its publisher, when it has no publisher and the text credits one."""
    if report.publisher is not None or report.document.publisher:
        return report
    wire = find_wire_credit(report.document.text)
    if wire is None or any(s.id == wire.id for s in report.sources):
        return report
    document = attrs.evolve(report.document, publisher=wire.name, publisher_span=wire.span)
    return attrs.evolve(report, document=document, sources=(wire, *report.sources))
