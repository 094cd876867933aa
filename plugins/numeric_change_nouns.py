"""A difference told by a noun of change is no level (round alarm22r, issue 13).

In "…, down from 11,594 square kilometres in the previous 12 months. That is a reduction of 2,593
square kilometres." and "Mato Grosso followed with 2,086 square kilometres, or 23%" a careful
reader reads the 2,593 as the difference between two levels and the 2,086 as one state's level:
two quantities of one unit, never one told twice.  The restatement rule read the change only from
a verb ("fell by"), so a change named by a noun ("a reduction of", "an increase of", "a drop
of") was compared with every level of its unit.

:func:`change_noun_apart` parts two differing figures when exactly one is told right after a noun
of change and "of" (a hedge may stand between) and the other after no word of change at all
(:func:`.attribution_headline_changes.change_direction_before`).  Two changes told by nouns ("a
reduction of 2,593" / "the reduction of 2,950 square kilometres") are still compared, as are two
figures that agree at the precision of the less precise.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .attribution_headline_changes import change_direction_before
from .numeric_text import TextIndex, agree_at_precision

__all__ = ["change_noun_apart", "told_by_change_noun"]

_CHANGE_NOUN = re.compile(
    r"\b(?:reduction|increase|rise|drop|fall|decline|decrease|gain|loss|cut|jump|growth|"
    r"shortfall|improvement|deterioration)s?\s+of\s+"
    r"(?:(?:about|around|nearly|almost|some|roughly|more\s+than|less\s+than|over|under)\s+)?$",
    re.I,
)


def told_by_change_noun(index: TextIndex, figure: Figure) -> bool:
    """True when ``figure`` stands right after a noun of change and "of" ("a reduction of 2,593")."""
    before = index.text[max(0, figure.span.start - 50) : figure.span.start]
    return _CHANGE_NOUN.search(before) is not None


def change_noun_apart(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when the figures differ, one is a change told by a noun and the other is told after
    no word of change: a difference and a level."""
    if agree_at_precision(a, b, index.text):
        return False
    text = index.text
    for change, level in ((a, b), (b, a)):
        if told_by_change_noun(index, change) and not told_by_change_noun(index, level):
            start = index.sentences[index.sentence_of(level.span)].start
            if not change_direction_before(text, level, start):
                return True
    return False
