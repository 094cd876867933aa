"""A person a sentence opens on by a relation or a post and one name: "His wife, Dianne, is
blunter.", "His captain, Havili, was more measured.", "Pettigrew's son Luke, 39, works the farm".

Feature and sports writing introduces a relative or a team-mate this way, by a first name alone
or by the surname of someone named in full before, and the next "she" or "he" means that
person.  :data:`~factcheck.extraction.antecedents.APPOSED_SUBJECT` reads the same shape with a
full name; this module reads it with one name, which must be a known first name or the surname
of a person the article has named in full (a capitalised word alone is no person: "Its owner,
Acme, …").
"""

from __future__ import annotations

import re

from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.phrases import parse_phrase
from factcheck.extraction.speaker_words import first_names
from factcheck.extraction.speakers import SpeakerRegistry
from factcheck.extraction.text import UPPER
from factcheck.model import Span
from factcheck.vocabulary import PERSON_NOUNS

#: An owner ("His", "Her", "Pettigrew's") and a few words ending in a person noun, then one
#: capitalised name, closed by a comma or followed by a verb in lower case.
ONE_NAME_SUBJECT = re.compile(
    r"\s*(?:(?:But|And)\s+)?(?P<post>(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w’'-]*[’']s)"
    r"(?:\s+[a-z][\w’'-]*){1,4}?),?\s+"
    r"(?P<name>[" + UPPER + r"][a-z][\w’'-]*)(?=,\s|\s+[a-z]+\b)"
)


def note_one_name_subject(text: str, registry: SpeakerRegistry, sentence: Span) -> bool:
    """Note the person named by one name after a relation or post opening ``sentence``; True when
    one was noted."""
    match = ONE_NAME_SUBJECT.match(text, sentence.start, sentence.end)
    if match is None:
        return False
    post = match.group("post").split()
    if post[-1].lower() not in PERSON_NOUNS:
        return False
    name = match.group("name")
    known = registry.knows_surname(name)
    if not known and name.lower() not in first_names():
        return False
    span = Span(match.start("name"), match.end("name"))
    phrase = parse_phrase(text, span.start, span.end) if known else None
    if phrase is None or phrase.kind != "person":
        phrase = Phrase(span, "person", name=name)
    registry.note(phrase, text)
    return True
