"""A voice introduced or brought back after a fronted phrase of place: "Across the mountain in
Constantia, retired accountant Pieter van der Merwe has installed a tank", "Back in Constantia,
Van der Merwe has printed the city's tips".

Long features move from place to place and open each move with where the reporter is. A subject
after such a phrase came into view only with an age in apposition ("In Ilagan, resident Jun
Mercado, 45, …"): the general form was dropped for its damage on the public sets (a known
politician after "At a rally in …" took pronouns meant for another). Two narrow forms are read
here: a post in lower case before a full name that opens on a given name (a new voice, with its
role: "the retired accountant says" later finds him), and a surname the article named in full.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.extraction.speaker_words import first_names
from factcheck.extraction.text import UPPER

__all__ = ["FRONTED_VOICE", "fronted_voice"]

#: A fronted phrase of place, its comma, then a lower-case post of one to three words (or none),
#: then a capitalised name whose words may hold surname particles ("van der").
FRONTED_VOICE = re.compile(
    r"(?:Across|Back\s+in|Back\s+at|Down\s+in|Up\s+in|Out\s+in|Over\s+in|Outside|Upstream|Downstream|"
    r"Further\s+(?:up|down)|Behind\s+(?:her|him|them)|On\s+the\s+other\s+side)\b[^,;:“”\"\n]{0,80},\s+"
    r"(?P<post>(?:[a-z][\w’'-]*[ \t]+){1,3})?"
    r"(?P<name>[" + UPPER + r"][\w’'.-]+(?:[ \t]+(?:(?:van|von|de|du|der|den|da|di|la|le)[ \t]+)*"
    r"[" + UPPER + r"][\w’'.-]*){0,3})"
    r"(?=[ \t]+(?:has|had|is|was|now|still|also|keeps|runs|lives|works|[a-z]{3,}(?:s|ed))\b)"
)


def fronted_voice(
    text: str, start: int, end: int, knows_surname: Callable[[str], bool]
) -> re.Match[str] | None:
    """The match (its ``name`` group) of a voice after a fronted phrase of place opening the
    sentence at ``start``: a post and a full name opening on a given name, or a surname the
    article named in full (``knows_surname``); None otherwise."""
    match = FRONTED_VOICE.match(text, start, end)
    if match is None:
        return None
    words = match["name"].split()
    if match["post"] and len(words) > 1 and words[0].lower() in first_names():
        return match
    if not match["post"] and knows_surname(words[-1]):
        return match
    return None
