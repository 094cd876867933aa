"""Parts listed after "N of the M": "the coalition holds 18 of the 36 seats, Labor 12 and the Greens
six, with minor parties taking the remaining two".

Results copy gives one party's share of a whole, then the others' in a list whose verb is left out
(each item a name and its count), often closed by "the remaining K" or "the other K".  Those counts
are parts of the same whole, so they add up to it: exactly when "the remaining/other K" closes the
list (every part is then told), at most to it otherwise (parties left out of the list may hold the
rest).  The checker's ``total`` relation judges the sum (``extra["bound"]`` "at most" for an open
list).

Read only when, in one sentence and with nothing else between:

* "N of the M <noun>" (also "of its", "of their", "out of") with N and M bare counts;
* right after M's noun (at most four words), a comma and one or more items, each a capitalised name
  (optionally after "the") followed at once by a bare count, joined by commas or "and";
* optionally ", with … the remaining K" / "the other K" (at most six words before "the").

A share, an amount of money or a count naming a noun of its own stops the list; so does any other
word between items ("Labor 12 seats in the lower house" is no item).
"""

from __future__ import annotations

import re

from factcheck.model import Figure, Span

from .numeric_text import Relation, TextIndex

__all__ = ["listed_parts"]

_OF_THE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?", re.I)
#: What M counts, then the comma that opens the list: " seats, ", " seats in the chamber, ".
_NOUN_THEN_COMMA = re.compile(r"\s+[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,3}\s*,\s+", re.I)
#: One item's name: "Labor ", "the Greens ", "New Zealand First ".
_NAME = re.compile(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+")
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
#: What closes the list, after its last join: "with minor parties taking the remaining ".
_REST = re.compile(r"(?:[\w'’-]+\s+){0,6}?the\s+(?:remaining|other)\s+", re.I)


def _bare(index: TextIndex, figure: Figure) -> bool:
    """True for a plain count: no share, no currency, no range."""
    return not index.share(figure) and figure.currency is None and figure.range_with is None


def listed_parts(index: TextIndex) -> list[Relation]:
    """A ``total`` relation for every "N of the M <noun>, Name K, Name K [, … the remaining K]"."""
    text = index.text
    figures = index.figures
    found: list[Relation] = []
    for i in range(len(figures) - 2):
        part, whole = figures[i], figures[i + 1]
        if not (_bare(index, part) and _bare(index, whole)):
            continue
        if _OF_THE.fullmatch(text, part.span.end, whole.span.start) is None:
            continue
        sentence = index.sentence_of(whole.span)
        opened = _NOUN_THEN_COMMA.match(text, whole.span.end)
        if opened is None:
            continue
        position, parts, closed = opened.end(), [part], False
        for item in figures[i + 2 :]:
            if index.sentence_of(item.span) != sentence or not _bare(index, item):
                break
            gap = text[position : item.span.start]
            if _REST.fullmatch(gap) and len(parts) > 1:
                parts.append(item)
                closed = True
                break
            if not _NAME.fullmatch(gap):
                break
            parts.append(item)
            after = _JOIN.match(text, item.span.end)
            if after is None:
                break
            position = after.end()
        if len(parts) < 3:
            continue
        span = Span(part.span.start, parts[-1].span.end)
        found.append(
            Relation(
                "total",
                (("addend", tuple(p.id for p in parts)), ("total", (whole.id,))),
                span.of(text),
                span,
                (("bound", "" if closed else "at most"), ("listed", True)),
            )
        )
    return found
