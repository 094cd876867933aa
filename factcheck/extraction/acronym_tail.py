"""A run of capitalised words that ends in an acronym and opens on no given name is a body:
"Surf Life Saving NSW", "Cricket NSW", "Transport for NSW", "Save the Children UK", "Water
Research SA".

State and national bodies in Australia, the UK and South Africa carry their state's or country's
letters at the end of the name. Read as a person of no known gender, such a body took the next
"she said" of an unnamed mother. A name that opens on a given name ("John Hale MP") or ends in a
post-nominal ("QC", "OBE") stays a person.
"""

from __future__ import annotations

import attrs

from factcheck.extraction.phrase_base import Phrase, _is_acronym
from factcheck.extraction.speaker_words import POSTNOMINALS, first_names

__all__ = ["acronym_tail_body"]


def acronym_tail_body(phrase: Phrase) -> Phrase:
    """The phrase read as a body when a person's name of two words or more ends in an acronym and
    its first word is no given name; any other phrase as it was."""
    if phrase.kind != "person" or not phrase.name or phrase.role:
        return phrase
    words = phrase.name.split()
    last = words[-1].strip(".,")
    if len(words) < 2 or not _is_acronym(last) or not 2 <= len(last) <= 5:
        return phrase
    if last.lower() in POSTNOMINALS or words[0].lower() in first_names():
        return phrase
    return attrs.evolve(phrase, kind="organisation", head=None)
