"""Times of day the clock words alone do not mark: "by three o'clock" (a number word), "out at 2 in
the morning", "around 4 in the afternoon", "until 11 at night".

Digits before "am", "pm" or "o'clock" are no figures already
(:mod:`factcheck.extraction.figure_filter`); here a whole number from 1 to 12, in digits or
words, before "o'clock", and one after a word of time ("at", "by", "until", "around", ...) before
"in the morning/afternoon/evening" or "at night", is an hour, not a count ("sold 3 in the
morning" stays a count).
"""

from __future__ import annotations

from factcheck.extraction.tokens import TokenView

__all__ = ["hour_of_day"]

#: Words before an hour: prepositions of time and the hedges that come before a time.
_BEFORE_HOUR = frozenset(
    {"at", "by", "until", "till", "til", "from", "after", "before", "since", "around", "about", "past"}
)
#: The parts of the day after "in the".
_PARTS = frozenset({"morning", "afternoon", "evening"})


def hour_of_day(view: TokenView, start: int, last: int, value: float) -> bool:
    """True when the number from token ``start`` to ``last`` is an hour of the day (see the module's
    docstring)."""
    if value != int(value) or not 1 <= value <= 12:
        return False
    k = last + 1
    if k < view.n and view.lows[k] in ("o'clock", "o\u2019clock"):
        return True
    part = view.seq_at(k, ("in", "the")) and view.word(k + 2) in _PARTS
    night = view.seq_at(k, ("at", "night"))
    if not (part or night):
        return False
    return view.word(start - 1) in _BEFORE_HOUR
