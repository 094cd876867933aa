"""Results and tallies are no figures: either number of "a 1-1 draw", "their 2-0 defeat", "won
25-18", "the board voted 9-3", "the budget passed 36-14"; not "won 20-25 seats", a range of what is counted.

:meth:`~factcheck.extraction.figure_filter.FigureFilter.is_score` tells a result "X-Y" from a range
by the verb before it or the noun after it; a result is two scores or two vote counts, not two
quantities the article states, and neither end is kept as a figure.  A marked number ("5-2%",
"$5-7") is never a result.

:func:`result_beside` adds what the verb-or-noun test misses: a result after a verb of result and
its object, the side beaten ("beat Manitoba's Brent Kowalchuk 7-6", "beat the Canucks 4-2"), after
"series" or "aggregate" ("level the series 1-1", "evens series 2-2", "won 4-3 on aggregate" is the
verb's already) and before "record" ("a 10-1 record", "their 8-2 home record").
"""

from __future__ import annotations

import re
from typing import Protocol

from factcheck.extraction.tokens import TokenView

__all__ = ["in_result", "result_beside"]

#: The dashes that join the two sides of a result.
_DASHES = frozenset({"-", "–", "—", "‐"})
#: A score or a tally: a whole number of one to three digits.
_SCORE = re.compile(r"\d{1,3}")
#: Verbs of result that take the side beaten as object before the score.
_BEAT_VERBS = frozenset(
    {"beat", "beats", "beating", "defeated", "defeat", "defeats", "edged", "thrashed", "routed"}
)
#: Nouns before a result ("the series 1-1") and after it ("a 10-1 record").
_NOUNS_BEFORE = frozenset({"series", "aggregate"})
_NOUNS_AFTER = frozenset({"record", "records"})
#: Words that may stand inside the name of the side beaten: "the", a possessive mark.
_NAME_GLUE = frozenset({"the", "'s", "’s", "'", "’", "s"})
#: What after the second number makes the pair a range of a measure, not a result.
_MARKS = frozenset({"%", "percent", "per", "pc", "pct"})


class _Judge(Protocol):
    """What :func:`in_result` reads of the figure filter."""

    def is_score(self, start: int, end2: int) -> bool:
        """True when the "X-Y" from ``start`` to ``end2`` is a result."""


def in_result(view: TokenView, judge: _Judge, first: int, last: int) -> bool:
    """True when the number at ``first``..``last`` is one side of a result "X-Y": two whole numbers
    glued to a dash between them, which :meth:`is_score` reads as a result ("a 1-1 draw", "voted
    5-2", "passed 36-14"), and no percent or currency mark on either."""
    if first != last or view.toks[first].kind != "num" or not _SCORE.fullmatch(view.toks[first].text):
        return False
    # the first side: the dash and the second number after it
    if _pair_at(view, first):
        return _unmarked(view, first - 1, first + 2) and judge.is_score(first, first + 2)
    # the second side: the first number and the dash before it
    if first >= 2 and _pair_at(view, first - 2):
        return _unmarked(view, first - 3, first) and judge.is_score(first - 2, first)
    return False


def _pair_at(view: TokenView, i: int) -> bool:
    """True when tokens ``i``, ``i + 1``, ``i + 2`` are a whole number, a dash and a whole number, glued."""
    if i < 0 or i + 2 >= view.n:
        return False
    toks = view.toks
    return (
        toks[i].kind == "num"
        and _SCORE.fullmatch(toks[i].text) is not None
        and toks[i + 1].text in _DASHES
        and toks[i + 2].kind == "num"
        and _SCORE.fullmatch(toks[i + 2].text) is not None
        and view.glued(i, i + 1)
        and view.glued(i + 1, i + 2)
    )


def _unmarked(view: TokenView, before: int, end: int) -> bool:
    """True when no currency sign stands before the pair and no percent mark after it."""
    if 0 <= before < view.n and (view.toks[before].kind == "cur" or view.raw(before) in "$£€¥₹"):
        return False
    after = view.word(end + 1)
    # "won 20-25 seats", "approved 5-10 days later": a range of what is counted
    plural = len(after) > 3 and after.endswith("s") and not after.endswith(("ss", "us", "is"))
    return view.raw(end + 1).lower() not in _MARKS and not plural


def result_beside(view: TokenView, start: int, end2: int) -> bool:
    """True when the pair "X-Y" from ``start`` to ``end2`` is a result by the words beside it that
    the verb-or-noun test does not read (see the module's docstring)."""
    if view.word(start - 1) in _NOUNS_BEFORE or view.word(end2 + 1) in _NOUNS_AFTER:
        return True
    # "beat Manitoba's Brent Kowalchuk 7-6": a verb of result, then capitalised words of a name
    k, names = start - 1, 0
    while k >= 0 and names < 6:
        raw = view.raw(k)
        if raw[:1].isupper() and view.toks[k].kind == "word":
            names += 1
        elif raw.lower() not in _NAME_GLUE:
            break
        k -= 1
    return names > 0 and view.word(k) in _BEAT_VERBS
