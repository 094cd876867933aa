"""A whole of one, named in the singular (round alarm16).

"34 packages of one kilogramme each" counts packages against a kilogramme: the part names its
own plural noun before "of" and the whole another, so it is no share of that whole (the rule of
``_WholesJudge._own_nouns_differ``, "13 members of two families"). That rule asked both nouns to be
plural, to tell a noun from a participle ("1,500 votes out of nearly 620,000 cast"); a whole of
one names its noun in the singular, "one kilogramme", "one family", "a single tonne".
"""

from __future__ import annotations

import re

from factcheck.model import Figure

__all__ = ["singular_of_one"]

_WORD = re.compile(r"[A-Za-z]{3,}")
#: Words after a figure that are no noun it counts.
_NOT_NOUNS = frozenset("each apiece per every and or more less than who which that".split())


def singular_of_one(whole: Figure, counted: str) -> bool:
    """True when ``whole`` is one (the value 1) and what it counts opens with a singular noun
    ("kilogramme", "family"), not a function word ("each") or a plural."""
    if whole.value != 1:
        return False
    first = counted.split()[0].lower() if counted.split() else ""
    return bool(_WORD.fullmatch(first)) and first not in _NOT_NOUNS and not first.endswith("s")
