"""A compound measure is one quantity: "13 minutes 2 seconds" is 13.03 minutes (round alarm20, class C).

The lesser part of a compound measure ("2 seconds" in "13 minutes 2 seconds", "11in" in "5ft 11in")
is no quantity of its own (``numeric_forms.names_an_age_or_unit_part``), but the greater part was
still read as the whole ("13" minutes), and the lesser part's unit ("seconds") as a word of its
context.  A careful reader reads the compound as one duration or length:

* its value is the greater part plus the lesser in the greater unit (13 + 2/60 minutes), told to
  the lesser unit's precision, so "13 minutes 2 seconds" agrees with "about 13 minutes" and with
  "13 minutes" but not with "13 minutes 40 seconds";
* the lesser unit's word ("seconds") is the measure's own, not a word of its context: two
  durations told to the second do not share "seconds" as two sentences share a subject.
"""

from __future__ import annotations

import re

from factcheck.model import Figure, Interval

from .numeric_text import TextIndex, _stem, reading

__all__ = ["compound_agree", "compound_reading", "compound_words"]

#: The greater unit, the lesser unit's stem, and how many lesser units make one greater.
_PARTS = {
    "hour": ("minute", 60.0),
    "hr": ("min", 60.0),
    "minute": ("second", 60.0),
    "min": ("sec", 60.0),
    "year": ("month", 12.0),
    "day": ("hour", 24.0),
    "week": ("day", 7.0),
    "ft": ("in", 12.0),
    "feet": ("inch", 12.0),
    "foot": ("inch", 12.0),
    "stone": ("pound", 14.0),
    "st": ("lb", 14.0),
    "lb": ("oz", 16.0),
    "pound": ("ounce", 16.0),
}
#: "13 minutes 2 seconds", "5ft 11in", "2 years and 3 months": a unit, then a number and its unit.
_COMPOUND = re.compile(r"[ \u00a0]?([A-Za-z]+)\s+(?:and\s+)?(\d+(?:\.\d+)?)[ \u00a0]?([A-Za-z]+)\b")


def _singular(word: str) -> str:
    word = word.lower()
    return word.rstrip("s") if len(word) > 3 else word


def _compound(text: str, figure: Figure) -> tuple[float, float, int] | None:
    """The lesser part's value, how many make one greater unit, and where the compound ends."""
    match = _COMPOUND.match(text, figure.span.end)
    if match is None:
        return None
    part = _PARTS.get(_singular(match.group(1)))
    if part is None or not _singular(match.group(3)).startswith(part[0]):
        return None
    lesser = float(match.group(2))
    return (lesser, part[1], match.end()) if lesser < part[1] else None


def compound_reading(text: str, figure: Figure) -> Interval | None:
    """The values a compound measure's greater part allows, read with its lesser part ("13 minutes
    2 seconds": 13.025 to 13.042 minutes), or None when the figure opens no compound (or is hedged,
    and so read as its hedge gives)."""
    found = _compound(text, figure)
    if found is None or figure.hedge is not None or figure.lower != figure.upper:
        return None
    lesser, size, _ = found
    value = figure.value + lesser / size
    return Interval(value - 0.5 / size, value + 0.5 / size)


def compound_agree(a: Figure, b: Figure, text: str) -> bool | None:
    """Whether two figures agree when either opens a compound measure, read as one quantity (None
    when neither does: the usual reading applies)."""
    x, y = compound_reading(text, a), compound_reading(text, b)
    if x is None and y is None:
        return None
    return (x or reading(a, text)).intersects(y or reading(b, text))


def compound_words(index: TextIndex, figure: Figure) -> frozenset[str]:
    """The stems of the lesser units of the compound measures in the figure's clause ("seconds" in
    "13 minutes 2 seconds"): the measure's own words, not its context."""
    clause = index.clause(figure)
    words: set[str] = set()
    for position in index.figures_from(clause.start, clause.end):
        found = _compound(index.text, index.figures[position])
        if found is not None:
            unit = _COMPOUND.match(index.text, index.figures[position].span.end)
            if unit is not None:
                words.add(_stem(unit.group(3)))
    return frozenset(words)
