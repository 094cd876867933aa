"""Whose figure it is: the holder the extractor gives a figure (:attr:`factcheck.model.Figure.holder`),
as the restatement check reads it.

Two figures with two different holders ("Clinton now has at least 1,410", "Sanders has at least
653") are never one quantity.  Two with one holder, counting the same noun, at a value that is no
small count ("He has 41 goals and 59 assists" … "McDavid has 41 goals"), name one quantity as
plainly as shared context words do, so a difference between them is worth a warning, when the
two sentences name the same stretches of time ("McDavid has 41 goals this season" and "McDavid had
64 goals last season" are two quantities; docs/checkers/numeric.md, "Restatements").
"""

from __future__ import annotations

import re

from factcheck.model import Figure, Span

__all__ = ["HELD_MIN", "held_count", "qualifier", "same_holder", "when"]

#: A count below this is too common to name one quantity by its holder and noun alone ("two goals").
HELD_MIN = 10


def same_holder(a: Figure, b: Figure) -> bool:
    """True when both figures have a holder and it is the same entity."""
    return a.holder is not None and a.holder == b.holder


#: Words that set a count in a stretch of time other than the present ("last season", "previous
#: year", "a career high", "in 2019"): one holder's goals this season and last season are two
#: quantities, while "this season" is what a bare present count means anyway.
_WHEN = re.compile(
    r"\b(?:last|next|previous|past|(?:a|one|two|three)\s+\w+\s+ago)\s*(?:season|year|term|cycle|"
    r"campaign|election|quarter|month|week|decade)?s?\b|\bcareer\b|\ball[-\s]time\b|\b(?:19|20)\d\d\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;:.!?]")


def when(text: str, sentence: Span, figure: Figure) -> frozenset[str]:
    """The stretches of time other than the present that the figure's clause names ("last
    season", "career", "2019"), lower case: read from the start of its sentence (at most 80
    characters before the figure) to the first comma or stop after it."""
    end = _CLAUSE_END.search(text, figure.span.end, sentence.end)
    start = max(sentence.start, figure.span.start - 80)
    words = text[start : end.start() if end else sentence.end]
    return frozenset(" ".join(m.group(0).lower().split()) for m in _WHEN.finditer(words))


#: A prepositional phrase right after a counted noun: it narrows what is counted ("12,400 votes in
#: the district", "9,800 votes on election day").
_QUALIFIER = re.compile(
    r"\s*(?:in|on|at|for|from|during|by|among|across|outside|inside|within|since|before|after|"
    r"under|over|through)\s+([^,;:.!?“”\"]{1,60})",
    re.I,
)
_CONTENT = re.compile(r"[A-Za-z][\w'’-]{2,}")
_FUNCTION = frozenset("the this that these those its their his her our and with".split())


def qualifier(after_noun: str) -> frozenset[str]:
    """The content words (lower case) of a prepositional phrase right after a counted noun, to the
    end of its clause; empty when none stands there ("47 goals, two more …")."""
    found = _QUALIFIER.match(after_noun)
    if found is None:
        return frozenset()
    return frozenset(w.lower() for w in _CONTENT.findall(found.group(1)) if w.lower() not in _FUNCTION)


def held_count(
    a: Figure,
    b: Figure,
    head: str,
    counted: frozenset[str],
    times: tuple[frozenset[str], ...],
    qualifiers: tuple[frozenset[str], ...],
) -> bool:
    """True when one holder's count of one noun is told twice: the same holder, the head noun
    ``head`` among what both count (``counted``), a value of at least :data:`HELD_MIN`, the same
    stretches of time other than the present around both (``times``, from :func:`when`), and no
    two different phrases narrowing the noun (``qualifiers``, from :func:`qualifier`: "12,400 votes
    in the district" and "9,800 votes on election day" are a whole and a part)."""
    if not (same_holder(a, b) and head and head in counted and min(a.value, b.value) >= HELD_MIN):
        return False
    qa, qb = qualifiers
    return times[0] == times[1] and not (qa and qb and qa.isdisjoint(qb))
