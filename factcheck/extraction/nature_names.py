"""A storm or a river named like a person is no person: "Storm Ciara", "Hurricane Katrina",
"Cyclone Idai", "Typhoon Haiyan", "Tropical Storm Harvey", "the River Calder", "the River Avon".

Two capitalised words read as a person's name, and a storm that "pushed the River Calder over its
banks" brought two "people" into view: the next "he says" of a flood feature went to the river,
the next "she says" elsewhere. The words stay a mention, with no one named. A river needs "the"
before it ("River Phoenix" may be a person).  "Storm" alone of the storm's words is also a given
name: "Storm" and a name after a post ("Olympic rower Storm Uru") is a person, and so is the
same name again once the article has named that person (:mod:`~factcheck.extraction.speakers`).
"""

from __future__ import annotations

import re

from factcheck.extraction.phrase_base import Phrase

__all__ = ["nature_no_person", "river_at"]

#: The word a weather service names a storm with, then the storm's name.
_STORM = re.compile(
    r"(?:(?:Tropical|Winter|Subtropical)\s+)?(?:Storm|Hurricane|Cyclone|Typhoon|Superstorm|"
    r"Tropical\s+Depression)\s+[A-Z][a-z’'-]+"
)
#: "the River Calder", "the River Thames": a river by its name after "the".
_RIVER = re.compile(r"[Tt]he\s+River\s+[A-Z][a-z’'-]+")


def nature_no_person(phrase: Phrase, words: str) -> Phrase:
    """An unnamed mention for a person's phrase (``words`` as written) that is a named storm or
    river; any other phrase as it was."""
    if phrase.kind != "person" or not phrase.name:
        return phrase
    if _STORM.fullmatch(phrase.name) and not (phrase.role and phrase.name.startswith("Storm ")):
        # "Olympic rower Storm Uru": "Storm" is also a given name, and a post before it a person's
        return Phrase(phrase.span, "anonymous", name=phrase.name, head="storm")
    if _RIVER.fullmatch(words.strip()):
        return Phrase(phrase.span, "anonymous", name=phrase.name, head="river")
    return phrase


def river_at(text: str, start: int) -> bool:
    """True when the capitalised run at ``start`` is a river after "the" ("pushed the River Calder
    over its banks"): no person, though "River" is a given name."""
    return text.startswith("River ", start) and text[max(0, start - 4) : start].lower() == "the "
