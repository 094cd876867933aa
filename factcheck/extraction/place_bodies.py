"""Public bodies named by a place and a field: "Alberta Health Services", "Nova Scotia Health",
"Ontario Power Generation", "Milwaukee Public Schools", "Houston Public Works", "Manitoba Hydro".

State, provincial and city papers quote these bodies as often as ministries; their names hold no
word of a body ("ministry", "agency"), and a province's name may also be a given name ("Alberta",
"Nova"), so they were read as people ("Services", with the role "Alberta Health").  A run that
opens on a place (a US state, a Canadian province or territory, a country) or on a word that is
no given name, and ends on a field a public body serves, is a body; but a state or country that
is also a given name before the surname "Parks" is a person ("Virginia Parks", "Jordan Parks"),
while a province keeps its body ("Alberta Parks").
"""

from __future__ import annotations

from factcheck.extraction.speaker_words import PLACE_WORDS, first_names

#: Canadian provinces and territories, and the words of their names (lower case).
PROVINCE_WORDS = frozenset(
    """ontario quebec québec alberta manitoba saskatchewan nova scotia brunswick newfoundland labrador
    yukon nunavut columbia bc""".split()
)
#: Fields a public body of a place is named by, as the last word of its name.
BODY_FIELDS = frozenset(
    """health services hydro generation transit schools works housing lottery lotteries
    utilities libraries parks""".split()
)


#: Fields that are also surnames: after a place that is also a given name, two words are a person.
SURNAME_FIELDS = frozenset({"parks"})


def place_body(words: list[str]) -> bool:
    """True when capitalised ``words`` read as a public body of a place ("Nova Scotia Health",
    "Toronto Public Health", "Alberta Health Services"); a person's name does not ("Jane Parks")."""
    if len(words) < 2:
        return False
    lowered = [w.lower().strip(".,’'") for w in words]
    if lowered[-1] not in BODY_FIELDS:
        return False
    opening = lowered[0]
    if (
        len(words) == 2
        and lowered[-1] in SURNAME_FIELDS
        and opening in first_names()
        and opening not in PROVINCE_WORDS
    ):
        return False  # "Virginia Parks", "Jordan Parks": a given name and a surname, no body
    if opening in PROVINCE_WORDS or opening in PLACE_WORDS:
        return True
    # a city that is no given name, with "Public" before the field: "Toronto Public Health"
    return len(words) > 2 and lowered[-2] == "public" and opening not in first_names()
