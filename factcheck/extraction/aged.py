"""People described by more than their name: "said the 24-year-old Ghanaian", "Co-author Marcel
de Boer of the Netherlands Institute of Ecology", "the father of three told AFP"."""

from __future__ import annotations

import re


def aged_one_word(before: list[str], aged: re.Match[str] | None) -> bool:
    """True for one capitalised word right after "the 24-year-old" ("the 24-year-old Ghanaian",
    "the 31-year-old Londoner", "the 35-year-old Republican"): a description of the person in
    view, as "the 24-year-old" alone is, never a person named "Ghanaian". ``before`` holds the
    words read before it ("the", "year-old": a token starts at a letter), ``aged`` the age's match
    right before the word."""
    return aged is not None and [w.lower() for w in before] == ["the", "year-old"]


def works_at(words: list[str], link: int) -> bool:
    """True when the words after "of", "at" or "from" (at ``link``) name a body: a capitalised
    word, or "the" and a capitalised word ("of Some Bank", "of the Netherlands Institute of
    Ecology"), where the person before the link works."""
    after = words[link + 1 :]
    return bool(after) and (
        after[0][:1].isupper() or (after[0].lower() == "the" and len(after) > 1 and after[1][:1].isupper())
    )


#: Counts a parent is described by ("the mother of two").
_COUNTS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
_PARENTS = frozenset("father mother grandfather grandmother".split())


def parent_of_count(lowered: list[str], link: int) -> bool:
    """True for "the father of three", "a mother of two young children": a parent described by
    the number of their children is the person in view, not a relative of someone named (as "his
    father" is). ``link`` is where "of" stands in the lower-cased words."""
    return (
        0 < link < len(lowered) - 1
        and lowered[link] == "of"
        and lowered[link - 1] in _PARENTS
        and lowered[link + 1] in _COUNTS
    )
