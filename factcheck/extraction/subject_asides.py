"""An aside between a subject and its cue: "Ruiz, after the audit came out in May, first said
…", "Sen. Ana Ruiz (D-Ore.), facing a challenge from Tom Becker, noted …", "The mayor herself, as
well as her staff, has always maintained …", "Becker — after a long pause — told me …".

The speaker phrase before a cue was read from the last comma or dash before it, so the aside's
own words were taken for the subject: a name inside it ("Tom Becker"), or words that name nobody
("the audit came out in May", "has always").  An aside that opens on a preposition, a subordinator
of time, a participle or "as well as", set off by commas right before the cue, is passed over to
the subject before it; so is an aside between two dashes that names nobody (a name between dashes
is the subject's name in apposition, read as before).
"""

from __future__ import annotations

import re

#: Words that open an aside of time, place, manner or company between a subject and its verb.
_OPENERS = (
    r"after|before|during|despite|amid|amidst|following|in|on|at|with|without|under|like|unlike|"
    r"throughout|since|when|while|as\s+well\s+as|along\s+with|together\s+with|in\s+addition\s+to|"
    r"in\s+the\s+wake\s+of|for\s+(?:his|her|their|its)\s+part"
)
#: ", ASIDE," closing the words before a cue, after a word, an abbreviation or a party tag.
COMMA_ASIDE = re.compile(
    r"(?<=[\w.)’'])\s*,\s*(?:(?:" + _OPENERS + r")\s|[a-z]{3,}(?:ing|ed)\s|clad\s)[^,;:“”\"()]{1,140},\s*$"
)
#: "— ASIDE —" closing the words before a cue.
#: A spaced hyphen or two stands for the dash: "Ortiz - who was not involved - cautioned".
DASH_ASIDE = re.compile(
    r"(?<=[\w.)’'])(?:\s*[—–]|\s--?(?=\s))\s*(?P<inside>[^—–,;:“”\"]{2,80}?)(?:\s*[—–]|\s--?(?=\s))\s*$"
)
#: The longest comma aside passed over, in words.
_MAX_ASIDE_WORDS = 24


def comma_aside(words: str) -> re.Match[str] | None:
    """The comma aside that closes ``words`` (the text before a cue), if any."""
    m = COMMA_ASIDE.search(words)
    if m is None or len(m.group().split()) > _MAX_ASIDE_WORDS:
        return None
    return m


def dash_aside(words: str) -> re.Match[str] | None:
    """The aside between two dashes that closes ``words`` (the text before a cue), if any."""
    return DASH_ASIDE.search(words)
