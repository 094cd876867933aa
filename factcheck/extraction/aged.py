"""A person described by age and one more word: "said the 24-year-old Ghanaian"."""

from __future__ import annotations

import re


def aged_one_word(before: list[str], aged: re.Match[str] | None) -> bool:
    """True for one capitalised word right after "the 24-year-old" ("the 24-year-old Ghanaian",
    "the 31-year-old Londoner", "the 35-year-old Republican"): a description of the person in
    view, as "the 24-year-old" alone is, never a person named "Ghanaian". ``before`` holds the
    words read before it ("the", "year-old": a token starts at a letter), ``aged`` the age's match
    right before the word."""
    return aged is not None and [w.lower() for w in before] == ["the", "year-old"]
