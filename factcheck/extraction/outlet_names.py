"""A news outlet named "The" and one capitalised word: "The Guardian reported", "according to The
Independent", "The Economist said".

Most such names are common nouns ("guardian", "independent", "economist", "observer") or
adjectives, so the phrase reader took "The Guardian" for no one, and "The Economist" for an
unnamed economist. Written with a capital after "The", and known to the bundled source registry
as an outlet, the two words name the outlet. A capitalised body noun that is no outlet ("The
Ministry said", "The Company said", written so in some house styles) stays a descriptor.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.speaker_words import DEMONYM_PERSONS
from factcheck.model import Span
from factcheck.registry import bundled_registry

__all__ = ["outlet_phrase", "registered_outlet"]

#: "The" (or "the") and one word written with a capital and lower-case letters after it.
_THE_WORD = re.compile(r"\s*(?P<words>[Tt]he\s+(?P<word>[A-Z][a-z]+))\s*")


@lru_cache(maxsize=1024)
def registered_outlet(name: str) -> bool:
    """True when the bundled source registry has an outlet named, or also called, exactly ``name``
    (its look-up by name also matches a word of an alias: "The German" finds a German edition)."""
    wanted = name.lower()
    return any(
        wanted in (entry.name.lower(), *(alias.lower() for alias in entry.aliases))
        for entry in bundled_registry().lookup(name=name).entries
    )


def outlet_phrase(words: str, start: int) -> Phrase | None:
    """The organisation "The Guardian" names when ``words`` (standing at ``start``) are "The" and
    one capitalised word that the registry knows as an outlet; None for other words."""
    found = _THE_WORD.fullmatch(words)
    if found is None or not registered_outlet("The " + found["word"]):
        return None
    if found["word"].lower() in DEMONYM_PERSONS:
        # "The Australian said afterwards …" after a named player: a person as often as the
        # newspaper, at a sentence's start too (review18)
        return None
    span = Span(start + found.start("words"), start + found.end("words"))
    return Phrase(span, "organisation", name=found["word"], head=found["word"].lower())
