"""Whom a wire report quotes: "The Iraqi News Agency quoted him as saying …".

News agencies cite each other's interviews in the object case ("quoted him as saying", "quoted
her as saying: “…”"): the person quoted speaks, and the pronoun is read like the subject
pronoun it stands for, as "according to him" is.
"""

from __future__ import annotations

from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.phrases import parse_phrase
from factcheck.extraction.speaker_words import OBJECT_PRONOUNS
from factcheck.model import Span


def quoted_speaker(text: str, start: int, end: int) -> Phrase | None:
    """The speaker phrase between "quoted" and "as saying": a name or description, or an object
    pronoun ("him", "her", "them") read as "he", "she", "they"."""
    word = text[start:end].strip()
    if word.lower() in OBJECT_PRONOUNS:
        at = text.index(word, start, end)
        return Phrase(Span(at, at + len(word)), "pronoun", pronoun=OBJECT_PRONOUNS[word.lower()])
    return parse_phrase(text, start, end)
