"""Two people of one post spoken of together: "Energy Minister Tom Vecchio and Finance Minister
Raj Dhillon … The two ministers said …".

A legislature's question period or a joint news conference often gives two ministers, two
senators or two chiefs one cue.  The words name no one, but the article has named both: the
quote goes to the later-named of them, as "Vecchio and Dhillon said" does, not to an unnamed
source.
"""

from __future__ import annotations

import re

from factcheck.vocabulary import PERSON_NOUNS

#: "the two ministers", "both senators", "the two cabinet ministers", "both the chiefs".
_PAIR = re.compile(
    r"(?:[Tt]he\s+)?(?:two|[Bb]oth(?:\s+the)?)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{3,}?)(?:es|s)", re.I
)


def pair_post(words: str) -> str | None:
    """The post a phrase for two people names ("the two ministers" -> "minister"), else None."""
    match = _PAIR.fullmatch(words.strip())
    if match is None:
        return None
    noun = match.group("noun").lower()
    for singular in (noun, noun + "e"):  # "ministers" -> "minister", "judges" -> "judge"
        if singular in PERSON_NOUNS:
            return singular
    return None
