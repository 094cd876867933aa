"""Numbers that label a member of a series, not a count: "type 2 diabetes", "Game 3", "grade four",
"a size 12", "decile 10 schools", "Position 3", "League Two", "(UPDATE 2)"; and a number glued by a
hyphen to a lower-case word, a rank or a code: "a top-20 investor", "No. 3:19-cv-00841" (not a
link of a chain: "a 5-to-4 ruling", "5-foot-11", "an 8-by-11-inch sheet" keep their numbers).

The capitalised heads of names ("Article 5", "Flight 447") are :data:`~factcheck.extraction.
figure_words.NAME_HEADS`, read as written.  The nouns here label in either case ("type 2", "Type
2"), so they are only labels when nothing makes the number a quantity: no hedge, percent or
currency (the caller asks only about unmarked numbers) and no unit of time or measure after it
("the game 20 minutes later", "sea level 2 metres higher", "the league 15 points clear" stay
figures).
"""

from __future__ import annotations

from factcheck.extraction.figure_words import TIME_UNITS, is_measure_unit
from factcheck.extraction.tokens import TokenView

__all__ = ["label_number"]

#: Nouns whose number names a member of a series: a class, a rank on a scale, a game of a series.
LABEL_NOUNS = frozenset(
    {
        *("type", "grade", "decile", "size", "game", "position", "league", "update", "tier"),
        *("category", "stage", "phase", "level", "division"),
    }
)
#: Words before a label noun that already say which member it is ("this stage", "the first phase",
#: "the next game", "the new league"): a number after the noun then counts ("At this stage 40 people
#: …", "In the first phase 1,200 homes …"), it names no member.
_IDENTIFIED = frozenset(
    """this that these those first second third fourth fifth next last final opening current new each
    every same""".split()
)
#: What after the number makes it a quantity: "per", "percent", "times", "more".
_QUANTITY_WORDS = frozenset({"per", "percent", "pc", "pct", "times", "more", "fewer", "less", "points"})
_CLOCK_UNITS = frozenset({"minute", "minutes", "second", "seconds", "hour", "mins", "secs", "hrs"})
_HYPHENS = frozenset({"-", "‐", "‑"})


def label_number(view: TokenView, first: int, last: int) -> bool:
    """True when the unmarked number at ``first``..``last`` labels a member of a series (see the
    module's docstring)."""
    if _after_label_noun(view, first, last):
        return True
    return _glued_to_word(view, first, last)


def _after_label_noun(view: TokenView, first: int, last: int) -> bool:
    """True for "type 2", "Game 3", "grade four": a label noun right before the number."""
    head = view.word(first - 1)
    if head not in LABEL_NOUNS or view.glued(first - 1, first) or view.word(first - 2) in _IDENTIFIED:
        return False
    after = view.word(last + 1)
    unit_after = after in TIME_UNITS or after in _CLOCK_UNITS or is_measure_unit(after)
    if unit_after or after in _QUANTITY_WORDS or view.raw(last + 1) == "%":
        return False
    # "the level 20 hours later", "level 2 metres"
    return not (after.rstrip("s") in TIME_UNITS or (after.endswith("s") and is_measure_unit(after[:-1])))


def _glued_to_word(view: TokenView, first: int, last: int) -> bool:
    """True for "top-20", "cv-00841": a whole number glued by a hyphen to a lower-case word."""
    if first != last or view.toks[first].kind != "num" or first < 2:
        return False
    hyphen, word = first - 1, first - 2
    if not (
        view.raw(hyphen) in _HYPHENS
        and view.glued(hyphen, first)
        and view.glued(word, hyphen)
        and view.toks[word].kind in ("word", "code")
        and view.raw(word)[:1].islower()
        and view.raw(first).isdigit()
    ):
        return False
    # a code's number keeps its leading zeros ("cv-00841"); otherwise the word must stand alone, not
    # link a chain of numbers ("5-to-4", "8-by-11-inch", "5-foot-11", "can't-win-36-to-40-percent")
    chained = word >= 1 and view.raw(word - 1) in _HYPHENS and view.glued(word - 1, word)
    return view.raw(first).startswith("0") or not chained
