"""The word "half" inside a hyphened word is no fraction: "out-half", "scrum-half", "first-half
profit", "in the second-half of the year", "a half-ruined farmhouse", "a half-empty stadium".

"half-brother" after no article is no figure already (:mod:`factcheck.extraction.figure_filter`).
Here "half" glued by a hyphen to the word before it ("first-half", "out-half"; not "two-and-a-half",
"one-half") and "a half" glued to the adjective after it ("a half-ruined") are parts of a word.
"a half-hour", "a half-mile" (a measure) and "a half-million" (a scale) stay numbers.
"""

from __future__ import annotations

from factcheck.extraction.cardinals import is_cardinal_word
from factcheck.extraction.figure_words import TIME_UNITS, is_measure_unit
from factcheck.extraction.number_words import SCALES
from factcheck.extraction.tokens import TokenView

__all__ = ["half_in_word"]

_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
#: Words after "a half-" that make a quantity: time units beyond :data:`TIME_UNITS`' plurals.
_MEASURES = frozenset({"hour", "minute", "second", "century", "dozen", "hundred", "mile", "metre", "meter"})


def half_in_word(view: TokenView, first: int, last: int) -> bool:
    """True when the fraction "half" or "a half" at ``first``..``last`` is part of a hyphened word
    (see the module's docstring)."""
    if view.word(last) != "half" or (first != last and (last != first + 1 or view.word(first) != "a")):
        return False
    before = first - 1
    if (
        first == last
        and view.raw(before) in _HYPHENS
        and view.glued(before, first)
        and view.glued(before - 1, before)
        and view.toks[before - 1].kind == "word"
        and view.word(before - 1) not in ("a", "and")
        and not is_cardinal_word(view.toks, before - 1)
    ):
        return True  # "out-half", "first-half"
    after = last + 1
    if (
        first != last
        and view.raw(after) in _HYPHENS
        and view.glued(last, after)
        and view.glued(after, after + 1)
    ):
        word = view.word(after + 1)
        quantity = word in SCALES or word in TIME_UNITS or word in _MEASURES or is_measure_unit(word)
        return bool(word) and not quantity  # "a half-ruined", not "a half-hour", "a half-million"
    return False
