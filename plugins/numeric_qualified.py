"""A count that qualifies another noun is not what "among them" points back at (round alarm20, class D).

"Runners from 108 countries finished the marathon, among them about 2,100 from the United States":
"them" are the runners, whom the sentence does not count; 108 counts the countries they came
from.  A careful reader takes the parts of an anaphoric whole ("including", "among them", "of
them") to count the whole's own noun: when the nearest count before the parts stands in a phrase
after another plural noun ("Runners from 108 countries", "delegates of 12 parties", "schools in
40 districts") and the part names none of the words it counts, the parts are of the noun the
phrase qualifies, not of that count, and no part and whole are established.

Near miss still judged: a part that names the whole's noun ("Teams from 12 countries took part,
among them 14 countries from Europe") or a whole that heads its phrase ("108 runners finished,
among them about 2,100 from the United States").
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_text import TextIndex

__all__ = ["qualifies_another_noun"]

#: A plural noun, then a preposition, right before the count ("Runners from ", "schools in ").
_QUALIFIED = re.compile(
    r"\b(?!(?:this|his|its|has|was|is|as|us|yes|thus|plus|less|unless|across|perhaps|always)\b)"
    r"[A-Za-z]{3,}s\s+(?:from|in|of|across|at)\s+(?:the\s+|some\s+|all\s+)?$"
)


def qualifies_another_noun(index: TextIndex, whole: Figure, part: Figure) -> bool:
    """True when ``whole`` stands in a phrase qualifying a plural noun before it ("Runners from 108
    countries") and ``part`` names none of the words ``whole`` counts: the part counts that noun."""
    if not _QUALIFIED.search(index.before(whole, 40)):
        return False
    return index.counted_stems(part).isdisjoint(index.counted_stems(whole))
