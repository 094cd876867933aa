"""A count that qualifies another noun is not what "among them" points back at (round alarm20, class D).

"Runners from 108 countries finished the marathon, among them about 2,100 from the United States":
"them" are the runners, whom the sentence does not count; 108 counts the countries they came
from.  A careful reader takes the parts of an anaphoric whole ("including", "among them", "of
them") to count the whole's own noun: when the nearest count before the parts stands in a phrase
after another plural noun ("Runners from 108 countries", "delegates of 12 parties", "schools in
40 districts") and the part names none of the words it counts, the parts are of the noun the
phrase qualifies, not of that count, and no part and whole are established.

The count of the noun the phrase qualifies, when one stands right before it, is the whole "among
them" points back at: "About 25,000 foreign pilgrims from 60 countries gathered …, among them
about 31,000 from Iran" counts 31,000 of the 25,000 pilgrims, not of the 60 countries (review20);
"injured 40 people in 3 villages, among them 12 children" counts 12 of the 40 people.

Near miss still judged: a part that names the whole's noun ("Teams from 12 countries took part,
among them 14 countries from Europe") or a whole that heads its phrase ("108 runners finished,
among them about 2,100 from the United States").
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_text import TextIndex

__all__ = ["count_of_qualified", "qualifies_another_noun"]

#: A plural noun, then a preposition, right before the count ("Runners from ", "schools in ",
#: "people in ").
_QUALIFIED = re.compile(
    r"\b(?:(?!(?:this|his|its|has|was|is|as|us|yes|thus|plus|less|unless|across|perhaps|always)\b)"
    r"[A-Za-z]{3,}s|people|children|men|women)\s+(?:from|in|of|across|at)\s+(?:the\s+|some\s+|all\s+)?$"
)


def qualifies_another_noun(index: TextIndex, whole: Figure, part: Figure) -> bool:
    """True when ``whole`` stands in a phrase qualifying a plural noun before it ("Runners from 108
    countries") and ``part`` names none of the words ``whole`` counts: the part counts that noun."""
    if not _QUALIFIED.search(index.before(whole, 40)):
        return False
    return index.counted_stems(part).isdisjoint(index.counted_stems(whole))


def count_of_qualified(index: TextIndex, whole: Figure) -> Figure | None:
    """The count of the noun ``whole``'s phrase qualifies, when a figure counts it right before
    ("About 25,000 foreign pilgrims from 60 countries": 25,000; "injured 40 people in 3 villages":
    40): "among them" after the phrase points back at those, the noun the phrase qualifies (see
    :func:`qualifies_another_noun`).  None when no figure stands right before the noun."""
    match = _QUALIFIED.search(index.before(whole, 40))
    if match is None:
        return None
    start = whole.span.start - len(index.before(whole, 40)) + match.start()
    positions = index.figures_from(0, start)
    if not positions:
        return None
    counting = index.figures[positions[-1]]
    between = index.text[counting.span.end : start]
    if index.sentence_of(counting.span) != index.sentence_of(whole.span) or len(between) > 30:
        return None
    noun = match.group(0).split()[0].lower()
    return counting if noun in index.counted(counting).lower().split() else None
