"""Counts whose clauses carry the two sides of an opposite pair are two quantities (round alarm19).

"The concessionaire serving the eastern half of Metro Manila billed 493 million cubic meters" and
"The concessionaire serving the western half … to 641 million cubic meters": the same noun, the
same year, the same kind of subject, told for two halves of one city.  No capitalised name parts
them, so the names rule does not; the opposite words do.

When one figure's clause has a word of a pair in :data:`OPPOSITES` ("eastern", "northern",
"urban", "domestic", "male" …) and not its opposite, and the other figure's clause has the
opposite and not the word, the two count for two different sides and are not one quantity told
twice.  Two clauses with the same side ("the northern half" twice) are still compared.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_memo import per_figure
from .numeric_text import TextIndex

__all__ = ["OPPOSITES", "opposite_sides"]

#: Words naming one side of a whole, each with the words naming the other side.
OPPOSITES: dict[str, frozenset[str]] = {
    "eastern": frozenset({"western"}),
    "western": frozenset({"eastern"}),
    "northern": frozenset({"southern"}),
    "southern": frozenset({"northern"}),
    "upper": frozenset({"lower"}),
    "lower": frozenset({"upper"}),
    "urban": frozenset({"rural"}),
    "rural": frozenset({"urban"}),
    "domestic": frozenset({"foreign", "international", "overseas"}),
    "foreign": frozenset({"domestic"}),
    "international": frozenset({"domestic"}),
    "overseas": frozenset({"domestic"}),
    "inbound": frozenset({"outbound"}),
    "outbound": frozenset({"inbound"}),
    "male": frozenset({"female"}),
    "female": frozenset({"male"}),
}
_WORDS = re.compile(r"[A-Za-z]+")


@per_figure
def _sides(index: TextIndex, figure: Figure) -> frozenset[str]:
    clause = index.clause(figure).of(index.text)
    return frozenset(w for w in (m.group().lower() for m in _WORDS.finditer(clause)) if w in OPPOSITES)


def opposite_sides(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when one figure's clause names one side of a pair and the other's the opposite side,
    neither clause naming both: "the eastern half" against "the western half"."""
    sa, sb = _sides(index, a), _sides(index, b)
    for word in sa - sb:
        opposite = OPPOSITES[word]
        if opposite & sb and not opposite & sa and word not in sb:
            return True
    return False
