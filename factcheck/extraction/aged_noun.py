"""A person in view named by age and a noun: "“I thought we would die,” the 46-year-old carpenter
said", "said the 19-year-old student".

Feature writing introduces a person by name, then names them again by age and trade, as it
does by age alone ("the 46-year-old", read already).  With "the", such a phrase points back to
someone the article named; "a 46-year-old carpenter" is someone new and stays an unnamed
source.  Read only as "the", the age, and one or two lower-case words, the last a noun that is
not a plural.
"""

from __future__ import annotations

import re

#: "the 46-year-old carpenter", "the 19-year-old nursing student"; not "the 46-year-old's".
_AGED_NOUN = re.compile(r"[Tt]he\s+(?P<age>\d{1,3}-year-old)\s+(?P<noun>(?:[a-z]+\s+)?[a-z]{3,}(?<!s))")


def aged_noun_role(words: str) -> str | None:
    """The role ("year-old carpenter") of "the 46-year-old carpenter", or None for other words."""
    found = _AGED_NOUN.fullmatch(words.strip())
    return f"year-old {found['noun']}" if found is not None else None
