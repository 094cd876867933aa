"""A person introduced as "a retired nurse named Carol Jennings", "a student called Ruan Steyn":
the person the article turns to, in view for the next "she told me".

A person named outside a speaker phrase and outside subject position ("he spoke to reporter Joe
Ames") is a weak antecedent, behind the people already in view. Features and columns introduce a
new voice with "named" or "called" after a description; the next pronoun then went to the
minister quoted paragraphs before.
"""

from __future__ import annotations

import re

from factcheck.word_index import WordGate

__all__ = ["introduced_by_name"]

#: A description, then "named"/"called", right before the name.
_NAMED_BEFORE = re.compile(
    r"\b(?:a|an|one|another)\s+(?:[\w’'-]+\s+){0,4}?(?:named|called)\s+$",
    re.I,
)
_NAMED_BEFORE_GATE = WordGate(_NAMED_BEFORE)  # tried only where "named" or "called" is


def introduced_by_name(text: str, start: int) -> bool:
    """True when the name at ``start`` follows "a retired nurse named", "one man called"."""
    return _NAMED_BEFORE_GATE.search(text, max(0, start - 80), start) is not None
