"""A body's spokesperson who speaks again: "A spokeswoman for UL Hospitals Group said …" then
"“…,” she said" or "The spokeswoman said …".

A spokesperson "for" a named body is that body's voice (:func:`~factcheck.extraction.phrases.
parse_phrase` reads the phrase as the body), so there is no unnamed person for a later "she" or
"the spokeswoman" to take up, and both went to the last person named before (a union official
quoted a paragraph earlier).  In news English they are the same spokesperson, so they are the
same body's words, while nobody else has been named in between, within a few paragraphs, and
when the pronoun agrees with "spokeswoman" or "spokesman".
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import Generic, TypeVar

import attrs

#: "a spokeswoman for", "A Ministry spokesman", "one spokesperson for": the noun and its gender.
_SPOKES = re.compile(r"(?:an?|one)\s+(?:[\w’'.-]+\s+){0,4}?spokes(?P<who>man|woman|person)\b", re.I)
#: The nouns of a descriptor that takes up the spokesperson ("the spokeswoman said").
SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
#: How far after the spokesperson a pronoun or descriptor may still mean them, in characters.
REACH = 600
#: A capitalised word, which may name a person between the spokesperson and the pronoun.
_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w-]*")

Body = TypeVar("Body")


@attrs.frozen
class Voice(Generic[Body]):
    """A body that spoke through an unnamed spokesperson: the body, the spokesperson's gender
    (None for "spokesperson"), and where the phrase ends."""

    body: Body
    gender: str | None
    end: int


def spokes_voice(words: str, body: Body, end: int) -> Voice[Body] | None:
    """The voice of ``body`` when ``words`` (a speaker phrase resolved to it) name an unnamed
    spokesperson for it ("A spokeswoman for UL Hospitals Group"); None for any other phrase."""
    match = _SPOKES.match(words)
    if match is None:
        return None
    who = match.group("who").lower()
    return Voice(body, {"man": "m", "woman": "f"}.get(who), end)


def speaks_again(
    voice: Voice[Body], gender: str | None, text: str, at: int, names: tuple[Container[str], ...]
) -> bool:
    """True when a "he"/"she" (``gender``) or "the spokeswoman" (None) at ``at`` takes up
    ``voice``: close enough, agreeing in gender, no question and no person between whose name
    is among ``names`` (the article's known surnames and first names)."""
    if at < voice.end or at - voice.end > REACH:
        return False
    if gender is not None and voice.gender not in (None, gender):
        return False
    between = text[voice.end : at]
    if between.lstrip().startswith("asked"):
        return False
    return not any(word in known for word in _CAPITALISED.findall(between) for known in names)
