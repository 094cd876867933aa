"""A count told for a rival or neighbour of the subject is another party's (round alarm19).

"The ferry company carried 1.2 million passengers on its Irish Sea routes last year" and "Its main
rival carried 1.5 million passengers on its Irish Sea routes last year": the same noun, routes and
year, one subject's count set beside its competitor's.  The rival is named by a common noun, so
neither the names rule nor the opening-name rule (docs/checkers/numeric.md) parts them.

When the words of a figure's clause before it say that its subject is a rival, competitor,
neighbour or counterpart of another ("Its main rival carried", "The neighbouring council will
cut", "counterparts in Germany paid") and the other figure's clause says none of those words, the
two are two parties' counts, not one quantity told twice.  A word of the kind after the figure
("carried 1.5 million passengers, more than its rival") says nothing of the figure's own subject,
and two clauses that both name a rival are still compared.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_memo import per_figure
from .numeric_text import TextIndex

__all__ = ["rival_of", "rivals_apart"]

_RIVAL = re.compile(
    r"\b(?:rivals?|competitors?|neighbouring|neighboring|counterparts?)\b",
    re.I,
)


@per_figure
def rival_of(index: TextIndex, figure: Figure) -> bool:
    """True when ``figure``'s clause, before it, tells its subject as a rival or neighbour."""
    clause = index.clause(figure)
    return _RIVAL.search(index.text, clause.start, figure.span.start) is not None


def rivals_apart(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when exactly one of the two figures is told for a rival, competitor or neighbour."""
    return rival_of(index, a) != rival_of(index, b)
