"""A quantity pointed back at as the subject of a reported clause: "Inpe recorded 13,235 square
kilometres of forest cleared between August 2020 and July 2021" … "Environmentalists said the
13,325 square kilometres cleared over the year showed the pledge could not be taken at face value".

The restatement judge leaves two figures `unknown` when their sentences name different subjects
first ("Clinton … $12 minimum wage" / "Sanders … $15 minimum wage"). A definite mention that opens
the clause a verb of saying reports ("X said the N <noun> …") is that clause's own subject, and
points back at the quantity the text told before; the speaker who names it is not what it counts
for. Read only when "the" stands right before the figure and right after a verb of saying (with
"that" or not) in the figure's sentence; an indefinite mention ("said a $15 wage …") is not read.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_text import TextIndex

__all__ = ["reported_reference"]

_REPORTED_THE = re.compile(
    r"\b(?:said|says|say|argued|argue|argues|warned|warn|warns|noted|note|notes|added|claimed|"
    r"insisted|told\s+\w+)\s+(?:that\s+)?the\s+$",
    re.I,
)


def reported_reference(index: TextIndex, figure: Figure) -> bool:
    """True when the figure opens a reported clause as a definite mention: "… said the 13,325 …"."""
    return bool(_REPORTED_THE.search(index.before(figure, 40)))
