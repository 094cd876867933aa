"""A headline change the body tells as a change of the same direction (round prec22, issue 13).

Headline "Lisbon office rents climb 4.8%"; body "The increase of 1.25 euros, or 4.8%, was the
steepest in five years".  The headline-figure check (plugins/attribution_headline_figures.py)
takes a body figure of the headline's value for the headline's own only when a content word of
the headline stands near it, and a body sentence that names the change by a noun ("the
increase", "the rise") shares none with the headline's verb ("climb"); it then warned against a
figure of another quantity sharing more words ("would have to climb another 1.7 euros, or about
6.2%, to reach that peak again").

A careful reader takes a headline figure told as a change ("climb 4.8%", "fall 12%") and a body
figure of the same value told as a change of the same direction ("an increase of …, or 4.8%",
"down 12%") as one figure: the body gives the headline's change.  A change in the other direction
("a fall of 4.8%") gives nothing, and a body change of another value still leaves the headline's
figure unsupported.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

__all__ = ["change_direction_before", "told_as_like_change"]

_UP = (
    r"climb|climbs|climbed|climbing|rise|rises|rose|risen|rising|jump|jumps|jumped|gain|gains|gained|"
    r"grow|grows|grew|grown|growth|increase|increases|increased|up|soar|soars|soared|surge|surges|"
    r"surged|advance|advances|advanced|higher"
)
_DOWN = (
    r"fall|falls|fell|fallen|falling|drop|drops|dropped|decline|declines|declined|decrease|decreases|"
    r"decreased|down|slip|slips|slipped|slide|slides|slid|sink|sinks|sank|plunge|plunges|plunged|"
    r"dip|dips|dipped|cut|cuts|lower|shrink|shrinks|shrank|slump|slumps|slumped|loss"
)
#: A change word, then at most one figure glossed after it ("an increase of 1.25 euros, or"), or
#: "by"/"of" and a hedge, right before the figure.
_CHANGE_BEFORE = re.compile(
    rf"\b(?P<word>{_UP}|{_DOWN})\b"
    r"(?:\s+(?:by|of))?"
    r"(?:\s+\S*\d[\d.,]*(?:\s+[a-z]+){0,2}\s*,\s*or)?"
    r"\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$",
    re.I,
)
_DOWN_WORDS = re.compile(rf"^(?:{_DOWN})$", re.I)


def change_direction_before(text: str, figure: Figure, start: int = 0) -> str:
    """ "up" or "down" when ``figure`` is told as a change right after a change word ("climb
    4.8%", "an increase of 1.25 euros, or 4.8%", "down by 12%"), else ""; ``start``: read no
    further back than this (the headline's or the sentence's start)."""
    before = text[max(start, figure.span.start - 60) : figure.span.start]
    match = _CHANGE_BEFORE.search(before)
    if match is None:
        return ""
    return "down" if _DOWN_WORDS.match(match.group("word")) else "up"


def told_as_like_change(text: str, headline: Figure, headline_start: int, body: Figure) -> bool:
    """True when the headline tells ``headline`` as a change and the body tells ``body`` as a
    change of the same direction: the body's figure, if of the same value, is the headline's."""
    direction = change_direction_before(text, headline, headline_start)
    if not direction:
        return False
    line_start = text.rfind("\n", 0, body.span.start) + 1
    return change_direction_before(text, body, line_start) == direction
