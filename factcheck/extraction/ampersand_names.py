"""A name joined by an ampersand is a firm's, never a person's.

"Fenwick & Daughters said …", "Marks & Spencer said …", "Procter & Gamble announced …": two
capitalised names joined by "&" name a business (a partnership, a family firm, a law firm), as
"Ltd" or "PLC" would. Read as a person, the firm's words went to no one, and "the company said"
later took up another body named after it.

Two given names either side of the "&" are two people ("John & Mary Hale said", "Harry & Meghan"),
unless the name is a firm's possessive ("Ben & Jerry's") or one name twice ("Johnson & Johnson").
"""

from __future__ import annotations

import re

import attrs

from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.speaker_words import first_names

__all__ = ["ampersand_body"]

#: Capitalised words joined by an ampersand, alone or inside a word ("AT&T", "Fenwick & Daughters").
_AMPERSAND = re.compile(r"[A-Z][\w’'.-]*\s*&\s*[A-Z]")
#: A couple, not a firm: "Mr & Mrs Hale said".
_COUPLE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s*&", re.I)
#: The words either side of the "&": "John & Mary Hale" gives "John" and "Mary".
_SIDES = re.compile(r"(?P<left>[A-Z][a-z]+)\s*&\s*(?P<right>[A-Z][a-z]+)\b(?![’']s)")


def _given_pair(name: str) -> bool:
    """True when two different given names stand either side of the "&" (a couple or a pair of
    people: "John & Mary Hale"), not a firm's possessive ("Ben & Jerry's")."""
    match = _SIDES.search(name)
    if match is None:
        return False
    left, right = match.group("left").lower(), match.group("right").lower()
    names = first_names()
    return left != right and left in names and right in names


def ampersand_body(phrase: Phrase) -> Phrase:
    """The phrase read as a body when its name joins capitalised words by "&" (a person or an
    unnamed source before); any other phrase as it was."""
    name = phrase.name
    if not name or phrase.kind not in ("person", "anonymous") or not _AMPERSAND.search(name):
        return phrase
    if _COUPLE.search(name) or _given_pair(name):
        return phrase
    return attrs.evolve(phrase, kind="organisation", head=None, role=None, pronoun=None)
