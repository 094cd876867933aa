"""The person a sentence is about when its subject carries a tail: "Kaya, 70, who commanded the
army until 2010, has been held since January", "Nurse Ann Lyle, 41, from Leeds, knows the
problem", "Researcher Koen Bakker of the Danish Institute for Housing Research (DIHR) estimated
…", "Doyle himself was happy", or stands after a fronted question or participle ("Asked whether
the club could still go up, Nolan was blunt.", "At the collapsed school, volunteer Rosa Diaz, a
22-year-old student, had been passing buckets").

Such a person is the one a following "he" or "she" means ("“Why not?” he said."), as for a
subject read the ordinary way (:mod:`factcheck.extraction.late_subjects`, whose reading and
checks this pattern goes through): the subject of the sentence before outranks the last person
quoted.  The readers before this one see a name and its verb side by side, or one appositive
between them; news copy of every desk stacks an age, a hometown and a relative clause, or a
body the person works for, between the two.
"""

from __future__ import annotations

import re

from factcheck.extraction.late_subjects import FRONTED_COMPANY, IRREGULAR_PASTS
from factcheck.extraction.text import UPPER

__all__ = ["TAILED_SUBJECT"]

#: A fronted phrase closed by a comma: of place or time, a question put to the subject ("Asked
#: whether …,"), a participle of speaking ("Speaking at a briefing,") or of company ("Flanked by …,").
_FRONTED = (
    r"(?:(?:In|At|On|From|Outside|Inside|Near|Back\s+in|Back\s+at|Earlier|Later|Meanwhile|Elsewhere|"
    r"Separately|After|Before|During|Asked|Pressed|Questioned|Speaking|Responding|Addressing|"
    r"Interviewed|" + FRONTED_COMPANY + r")\b[^,;:“”\"‘’\n]{0,100},\s+)"
)
#: One link of a subject's tail: an age, a hometown, an appositive or a relative clause, each
#: between commas; or the body the person works for ("of the Danish Institute for Housing Research (DIHR)").
_LINK = (
    r"(?:,[ \t]*\d{1,3}(?=,)"
    r"|,\s+from\s+[" + UPPER + r"][^,;:“”\"\n]{0,40}(?=,)"
    r"|,\s+(?:who|whose|the|a|an|no|one|[" + UPPER + r"][\w’'.-]*[’']s)\s[^;:“”\"\n]{1,160}?(?=,)"
    r"|\s+(?:of|at|from)\s+(?:the\s+)?[" + UPPER + r"][\w’'.&-]*(?:\s+(?:of|for|and|on|the|"
    r"[" + UPPER + r"][\w’'.&-]*)){0,8}(?:\s+\([A-Z]{2,8}\))?(?=\s+[a-z])"
    r")"
)
#: A named person opening the sentence (after a fronted phrase and a post in lower case, or none),
#: a tail of one to three links, the tail's closing comma, then the verb.
TAILED_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet|Still|Now),?\s+)?" + _FRONTED + r"?"
    r"(?!(?:The|A|An)\s)(?P<name>(?:[A-Za-z][\w’'.-]*[ \t]+){0,4}?[" + UPPER + r"][\w’'.-]+"
    r"(?:[ \t]+(?:(?:van|von|de|der|den|ten|ter|da|do|dos|das|del|della|di|du|la|le)[ \t]+){0,2}"
    r"[" + UPPER + r"][\w’'.-]*){0,3})"
    r"(?P<between>" + _LINK + r"{0,3},?)"
    r"\s+(?:also\s+|later\s+|then\s+|again\s+|still\s+|himself\s+|herself\s+)?"
    r"(?:[a-z]+ed|[a-z]+s|had|" + IRREGULAR_PASTS + r")\b"
)
