"""Years the plain year rule lets through: a year before "levels" ("cut emissions by 2030 from
2005 levels", "below 1990 levels") and a year after a hedge of time ("since about 2015", "in around
2010").

A bare four-digit year is no figure already (:mod:`factcheck.extraction.figure_filter`), unless a
counted noun follows it ("2000 people") or a hedge stands before it ("about 2000").  A year
before "level" or "levels" is the year of a baseline, and "about", "around", "approximately" or
"circa" after a preposition of time ("since", "in", "until", ...) date a year, unless a counted noun
follows ("since about 2015 people have left" stays open: it may count people).

A bare year after "since", "until", "till" or "during" is a year whatever follows ("the lowest
level since 2021 gives the bank room"): a count written without its thousands comma after these
words is not news style.  After "in", a word in "-s" after the year is a verb, not a counted noun,
when a word that cannot follow a noun of the clause comes next ("the law approved in 2023 allows
regional governments ..."); "in 2000 homes across the county" keeps its count.
"""

from __future__ import annotations

import re

from factcheck.extraction.figure_context import IRREGULAR_PLURALS
from factcheck.extraction.figure_words import TIME_UNITS, UNIT_STOP, YEAR_PREPS, is_measure_unit
from factcheck.extraction.tokens import TokenView

__all__ = ["dated_year"]

_YEAR = re.compile(r"19\d\d|20\d\d")
#: Hedges that can date a year.
_YEAR_HEDGES = frozenset({"about", "around", "approximately", "circa", "c."})
#: Prepositions before such a hedge that make the number a date ("in", "since"; not "the", "of",
#: "and", which come before counts as often).
_TIME_PREPS = frozenset(YEAR_PREPS - {"the", "of", "and", "year", "for", "to", "between"})


#: Prepositions after which a bare four-digit number is a year.
_SINCE = frozenset({"since", "until", "till", "during"})
#: Words that follow a counted noun ("2000 homes across", "2000 people who"), so the "-s" word
#: before them may be a noun.
_AFTER_NOUN = frozenset(
    {
        *("of", "in", "on", "at", "across", "from", "with", "for", "to", "by", "and", "or", "who", "that"),
        *("which", "were", "are", "have", "had", "will", "would", "could", "can", "may", "did", "do"),
        *("than", "each", "a", "per", "more", "less", "fewer", "into", "around", "near", "under"),
    }
)


def _verb_after(view: TokenView, k: int) -> bool:
    """True when the word at ``k`` ends in "-s" and reads as a verb: a lower-case word that does not
    follow a noun comes after it ("2023 allows regional governments")."""
    word = view.word(k)
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss") or view.raw(k)[:1].isupper():
        return False
    nxt = view.word(k + 1)
    return bool(nxt) and nxt not in _AFTER_NOUN and view.raw(k + 1)[:1].islower()


def dated_year(view: TokenView, first: int, last: int, hedge: str | None) -> bool:
    """True when the number at ``first``..``last``, with ``hedge`` before it or none, is a year (see
    the module's docstring)."""
    if first != last or view.toks[first].kind != "num" or not _YEAR.fullmatch(view.toks[first].text):
        return False
    after = view.word(last + 1)
    if after in ("level", "levels"):
        return True
    if hedge is None and view.word(first - 1) in _SINCE:
        # "during 2000 hours of flight tests": a unit of time or measure after it makes it a count
        return not (after in TIME_UNITS or is_measure_unit(after))
    if hedge is None and view.word(first - 1) == "in" and _verb_after(view, last + 1):
        return True
    if hedge is None or view.word(first - 1) not in _YEAR_HEDGES or view.word(first - 2) not in _TIME_PREPS:
        return False
    plural = after.endswith("s") and after not in UNIT_STOP and not view.raw(last + 1)[:1].isupper()
    counted = plural or after in IRREGULAR_PLURALS
    return not counted
