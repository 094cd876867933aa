"""Wire services credited without "By": "Dec 29 (Reuters) -", "MIAMI (AP) ―", a line "AP"; and the
outlet an article's URL belongs to.

Part of the ``sources`` plugin: when the extractor finds no publisher, the outlet whose site the
article's URL is on is the publisher, else a known wire credited in the first lines.  When the
article has a publisher (the host that republished a wire copy), a wire credited in a dateline is
kept apart from it as a source of role ``wire`` (docs/sources.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from factcheck import Report, Source, SourceRole, Span
from factcheck.registry import Registry, normalise_domain
from factcheck.vocabulary import NEWS_AGENCIES, agency_name

__all__ = ["WIRES", "find_wire_credit", "wires_beside", "with_url_publisher", "with_wire_credit"]

#: Wire services credited without "By": their names and the short forms a credit line uses.
WIRES = NEWS_AGENCIES
_WIRE_NAMES_SET = frozenset(WIRES.values())
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


def with_url_publisher(report: Report, registry: Registry) -> Report:
    """The report with the outlet its URL belongs to as publisher, when nothing else names one or
    when the text names only a wire (the host republished the wire's copy: the wire is kept, with
    its own role).

    The outlet is the registry entry whose domain the URL is on ("https://www.rt.com/news/…" is RT);
    a site no list knows is named by its host ("example-news.com"), as a URL line in the text is.
    """
    doc = report.document
    current = report.publisher
    if not doc.url or (current is None and doc.publisher):
        return report
    if current is not None and (current.span is None or agency_name(current.name) not in _WIRE_NAMES_SET):
        return report  # a publisher given as metadata, or credited by the text itself, stays
    host = normalise_domain(doc.url).partition("/")[0]
    if not host:
        return report
    match = registry.lookup(url=doc.url)
    # lists name one site differently ("RT International", "RT"): the shortest name is the outlet's
    name = min((entry.name for entry in match.entries), key=len) if match.found else host
    if current is not None and agency_name(current.name).casefold() == agency_name(name).casefold():
        return report  # the wire's own site
    source = Source("s1", name, SourceRole.PUBLISHER, tags=match.tags if name != host else ())
    taken = {s.id for s in report.sources}
    fresh = next(f"s{n}" for n in range(2, len(taken) + 3) if f"s{n}" not in taken)
    others = tuple(
        attrs.evolve(s, id=fresh, role=SourceRole.WIRE, tags=()) if s is current else s
        for s in report.sources
    )
    if any(s.id == source.id for s in others):
        return report
    document = attrs.evolve(doc, publisher=name, publisher_span=None)
    return attrs.evolve(report, document=document, sources=(source, *others))


def wires_beside(report: Report, outlets: list[Source], ids: Iterator[str]) -> list[Source]:
    """The wire credited in the text's first lines ("Dec 29 (Reuters) -", a line "AP") when it is not
    among ``outlets`` (the publisher and the wires the extractor found in a dateline, "ROTTERDAM
    (Reuters) -", "MOSCOW, May 14. /TASS/."): sources of role ``wire``."""
    names = {agency_name(p.name).casefold() for p in outlets}
    out: list[Source] = []
    found: list[tuple[str, Span]] = []
    credit = find_wire_credit(report.document.text)
    if credit is not None and credit.span is not None:
        found.append((credit.name, credit.span))
    for raw, span in found:
        name = agency_name(raw)
        if name.casefold() in names:
            continue
        out.append(Source(next(ids), name, SourceRole.WIRE, span=span))
        names.add(name.casefold())
    return out
