"""The base of a comparison counts what the count it is compared with counts (round alarm18).

News gives a total and, in the same breath, the total it is compared with: "Builders completed
93,419 homes last year, up 15.4% on the 80,957 completed in 2005", "landed 32,260 tonnes, down
from 40,300", "2,713,000 units, compared with 2,586,000 in 2010".  The later count (the base) is
the same quantity at another time, often told with its noun left out or with a participle
("the 80,957 completed"), so its words may match a noun ("of the completions") that the first
count names with another word ("homes").  A whole named by its noun ("21,800 of the completions,
or about 23%") is "the" whole only when one count of that noun is named before it
(docs/checkers/numeric.md, ``part-whole``); a base of comparison stands for a second count of
that noun, so the whole is not established and the share is not judged against either.

:func:`compared_with` finds the count a base is compared with: an earlier count of its kind (no
share, the same currency) in its sentence, with a word of change or comparison between the two
("up 15.4% on the", "down from", "compared with", "than", "against") and nothing that ends the
clause (a semicolon, ", and", ", but", "while").
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_text import TextIndex

__all__ = ["compared_with"]

#: Right before the base: a preposition of comparison ("on the", "from", "than", "compared with").
_BASE_LEAD = re.compile(
    r"\b(?:on|from|over|than|against|versus|vs\.?|compared\s+(?:with|to)|as\s+against)"
    r"\s+(?:the\s+|a\s+|its\s+|their\s+|some\s+)?$",
    re.I,
)
#: Between the count and its base: a word of change or comparison, stated before the lead.
_CHANGE = re.compile(
    r"\b(?:up|down|rise|rising|rose|risen|fell|fall|falling|fallen|increase[sd]?|decrease[sd]?|"
    r"higher|lower|more|fewer|less|gain(?:ed|s)?|drop(?:ped|s)?|compared|against|versus|than)\b",
    re.I,
)
#: What ends a clause between the two: another subject's count is no comparison's current value.
_CLAUSE_END = re.compile(r";|,\s*(?:and|but|while|whereas)\b|\bwhile\b|\bwhereas\b", re.I)


def compared_with(index: TextIndex, base: Figure) -> Figure | None:
    """The earlier count of ``base``'s sentence that ``base`` is the base of a comparison with
    ("93,419 homes …, up 15.4% on the 80,957 completed": 93,419), or ``None``."""
    text = index.text
    if index.share(base) or _BASE_LEAD.search(text[max(0, base.span.start - 40) : base.span.start]) is None:
        return None
    sentence = index.sentence_of(base.span)
    earlier = [
        f
        for f in index.figures_of_sentence(sentence)
        if f.span.end <= base.span.start
        and not index.share(f)
        and not index.in_title(f)
        and f.currency == base.currency
        and f.range_with is None
    ]
    for current in reversed(earlier):
        between = text[current.span.end : base.span.start]
        if _CLAUSE_END.search(between):
            return None
        if _CHANGE.search(between):
            return current
    return None
