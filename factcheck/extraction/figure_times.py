"""Times of day the clock words alone do not mark: "by three o'clock" (a number word), "out at 2 in
the morning", "around 4 in the afternoon", "until 11 at night".

Digits before "am", "pm" or "o'clock" are no figures already
(:mod:`factcheck.extraction.figure_filter`); here a whole number from 1 to 12, in digits or
words, before "o'clock", and one after a word of time ("at", "by", "until", "around", ...) before
"in the morning/afternoon/evening" or "at night", is an hour, not a count ("sold 3 in the
morning" stays a count).

A bare hour that ends its clause is an hour too when the sentence speaks of the time of day: 1 to
12 right after "at", "by", "until", "till", "after" or "before", then a full stop, comma,
semicolon or "and", in a sentence with a word of the day ("tonight", "morning", "dinner") or a
clock time ("5:30"), and no word of a level just before ("stood", "was", "the toll", "the
score"): "votes on the rule TONIGHT at 7.", "I leave at 5:30 to get to work by 7.", "tea with
the kids at six and then ...".  "By Tuesday night the toll stood at 9." stays a count.  The
British "half eleven" after such a word is an hour as well, both its words ("at half eleven the
windows were still rattling").
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


#: Words right before a bare hour that ends its clause.
_AT_HOUR = frozenset({"at", "by", "until", "till", "after", "before"})
#: What may end the clause after a bare hour.
_CLAUSE_ENDS = frozenset({".", ",", ";", "!", "?", "and"})
#: Words of the time of day that make a bare hour one.
_DAY_WORDS = frozenset(
    {
        *("tonight", "today", "tomorrow", "morning", "afternoon", "evening", "night", "midnight"),
        *("noon", "midday", "tea", "dinner", "lunch", "breakfast"),
    }
)
#: Hours in words, for "half eleven".
_HOUR_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
)
_STOPS = frozenset({".", "!", "?"})
#: Words before "at N" that make N a level or a count: "the toll stood at 9", "the score at 3".
_LEVEL_WORDS = frozenset(
    {
        *("stood", "stands", "stand", "was", "is", "were", "are", "remained", "remains", "held", "put"),
        *("estimated", "pegged", "capped", "set", "fixed", "rose", "fell", "closed", "opened", "ended"),
        *("finished", "peaked", "reached", "score", "scores", "turnout", "toll", "rate", "level", "total"),
        *("count", "number", "figure", "tally", "it", "they", "now", "still", "stayed", "stays"),
        *("stay", "remain", "settled", "steady", "hovered", "hovering", "kept", "keep", "holds"),
    }
)


def hour_of_day(view: TokenView, start: int, last: int, value: float) -> bool:
    """True when the number from token ``start`` to ``last`` is an hour of the day (see the module's
    docstring)."""
    if _half_hour(view, start, last):
        return True
    if value != int(value) or not 1 <= value <= 12:
        return False
    if _clause_hour(view, start, last):
        return True
    k = last + 1
    if k < view.n and view.lows[k] in ("o'clock", "o\u2019clock"):
        return True
    part = view.seq_at(k, ("in", "the")) and view.word(k + 2) in _PARTS
    night = view.seq_at(k, ("at", "night"))
    if not (part or night):
        return False
    return view.word(start - 1) in _BEFORE_HOUR


def _half_hour(view: TokenView, start: int, last: int) -> bool:
    """True for either word of "half eleven" after a word of time ("at half eleven")."""
    if start == last and view.word(start) == "half" and view.word(start + 1) in _HOUR_WORDS:
        return view.word(start - 1) in _AT_HOUR
    return (
        start == last
        and view.word(start) in _HOUR_WORDS
        and view.word(start - 1) == "half"
        and view.word(start - 2) in _AT_HOUR
    )


def _clause_hour(view: TokenView, start: int, last: int) -> bool:
    """True for a bare hour that ends its clause in a sentence about the time of day."""
    if view.word(start - 1) not in _AT_HOUR or view.raw(last + 1).lower() not in _CLAUSE_ENDS:
        return False
    if any(view.word(k) in _LEVEL_WORDS for k in range(start - 4, start - 1)):
        return False  # "the toll stood at 9.", "with the score at 3."
    lo = start - 1
    while lo > 0 and start - lo < 40 and view.raw(lo - 1) not in _STOPS:
        lo -= 1
    hi = last + 1
    while hi < view.n - 1 and hi - last < 40 and view.raw(hi) not in _STOPS:
        hi += 1
    for k in range(lo, hi + 1):
        if view.word(k) in _DAY_WORDS:
            return True
        clock = view.raw(k) == ":" and view.glued(k - 1, k) and view.glued(k, k + 1)
        if clock and k - 1 != last and view.toks[k - 1].kind == "num" and view.toks[k + 1].kind == "num":
            return True
    return False
