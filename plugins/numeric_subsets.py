"""A sentence that opens on some members of a set tells their figures, not the whole's (round alarm19).

Headline "Finns still borrow 18 items a year each"; body "In several rural municipalities with
fewer than 5,000 inhabitants, residents borrowed more than 30 items each": the same noun, "each",
but the body's sentence opens by narrowing itself to a few places of the country, so its figure is
theirs, not the country's.  No name parts them (the subset is told in common nouns), and the
subject rules read the subject ("residents"), not the fronted phrase.

A figure is **in a subset** when its sentence opens on a preposition and a quantifier of a plural
("In several rural municipalities", "Among some older voters", "At a few hospitals", "In two of the
regions", "In 14 districts") and the figure stands after that phrase's comma.  Such a figure and a
figure outside any subset are two quantities.  A fronted year or place ("In 2012, residents
borrowed …", "In Helsinki, …") is no subset, nor is a stretch of time ("For 14 straight years,"),
and two figures in subsets are still compared.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_memo import per_figure
from .numeric_text import TextIndex

__all__ = ["in_subset", "subsets_apart"]

_SUBSET = re.compile(
    r"\s*(?:In|Among|At|Across)\s+(?:several|some|many|a\s+few|a\s+handful\s+of|a\s+number\s+of|"
    r"certain|most|a\s+minority\s+of|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b(?!\s*(?:%|per\s*cent|percent)))"
    r"(?:\s+of\s+the)?\s+[^,.;]{3,80}?,",
    re.I,
)


@per_figure
def in_subset(index: TextIndex, figure: Figure) -> bool:
    """True when ``figure``'s sentence opens on some members of a set ("In several rural
    municipalities …,") and the figure stands after that phrase."""
    number = index.sentence_of(figure.span)
    if number < 0:
        return False
    sentence = index.sentences[number]
    match = _SUBSET.match(index.text, sentence.start, sentence.end)
    return match is not None and match.end() <= figure.span.start


def subsets_apart(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when exactly one of the two figures is told for a subset of the places or people."""
    return in_subset(index, a) != in_subset(index, b)
