"""The level a place count locates: "1,485 students across the country's eleven faculties, up from
1,260" (round prec22, issue 13).

The level-first change rule (plugins/numeric_level_changes.py) takes the figure right before ",
up from A" for the new level.  When that figure counts the places the level was counted across
("across the 39 sheriff courts", "in the country's eleven medical faculties", "at its 14
plants"), a careful reader reads the change as the figure those places locate: the count of its
own noun that stands before the places in the same clause ("Medicine will take 1,485 students"),
not the count of places, and judges the change against it.  The places are read after "across",
"throughout", "among", "at" or "in" and a determiner, a possessive ("the country's", "its") or
"all (the)"; the located level is the figure right before the place count, in the same sentence,
with no clause break between them, and the level before the change must be nearer its size than
the place count's ("1,485 cars across its 40 dealers, up from 30" is the dealers' change, and is
left unjudged as before).  "The firm sold 1,485 cars through 40 dealers, up from 30" names no
place so: the change is the dealers', as written.
"""

from __future__ import annotations

import math
import re

from factcheck.model import Figure

from .numeric_text import TextIndex

__all__ = ["counts_places", "located_level", "nearer_level"]

#: Before a figure that counts where the level was counted: a preposition of place and a
#: determiner, a possessive ("the country's", "the state’s", "its") or "all (the)".
_PLACES_BEFORE = re.compile(
    r"\b(?:across|throughout|among|at|in)\s+"
    r"(?:the|its|their|all|all\s+the|(?:the\s+)?[A-Za-z.-]+(?:'s|’s|s'))\s+$",
    re.I,
)
_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b|\s[—–]\s")


def counts_places(text: str, figure: Figure) -> bool:
    """True when ``figure`` follows a preposition of place and a determiner or possessive
    ("across the country's eleven …", "across the 39 …"): it counts where something was counted."""
    return _PLACES_BEFORE.search(text, max(0, figure.span.start - 40), figure.span.start) is not None


def located_level(index: TextIndex, position: int) -> Figure | None:
    """The figure the place count at ``position`` (in ``index.figures``) locates: the one right
    before it in its sentence, with no clause break between them; None when there is none."""
    if position == 0:
        return None
    place, level = index.figures[position], index.figures[position - 1]
    if index.sentence_of(level.span) != index.sentence_of(place.span):
        return None
    if _BREAK.search(index.text, level.span.end, place.span.start):
        return None
    return level


def nearer_level(start: Figure, level: Figure, place: Figure) -> bool:
    """True when the level before the change, ``start`` ("up from 1,260"), is nearer in size to the
    located ``level`` (1,485 students) than to the ``place`` count (eleven faculties): a careful
    reader pairs a change with the level of its size ("across its 40 dealers, up from 30" is the
    dealers' change)."""
    if min(start.value, level.value, place.value) <= 0:
        return False
    return abs(math.log(start.value / level.value)) < abs(math.log(start.value / place.value))
