"""Whose figure it is: the holder the extractor gives a figure (:attr:`factcheck.model.Figure.holder`),
as the restatement check reads it.

Two figures with two different holders ("Clinton now has at least 1,410", "Sanders has at least
653") are never one quantity.  Two with one holder, counting the same noun, at a value that is no
small count ("He has 41 goals and 59 assists" … "McDavid has 41 goals"), name one quantity as
plainly as shared context words do, so a difference between them is worth a warning
(docs/checkers/numeric.md, "Restatements").
"""

from __future__ import annotations

from factcheck.model import Figure

__all__ = ["HELD_MIN", "held_count", "same_holder"]

#: A count below this is too common to name one quantity by its holder and noun alone ("two goals").
HELD_MIN = 10


def same_holder(a: Figure, b: Figure) -> bool:
    """True when both figures have a holder and it is the same entity."""
    return a.holder is not None and a.holder == b.holder


def held_count(a: Figure, b: Figure, head: str, counted: frozenset[str]) -> bool:
    """True when one holder's count of one noun is told twice: the same holder, the head noun
    ``head`` among what both count (``counted``), and a value of at least :data:`HELD_MIN`."""
    return same_holder(a, b) and bool(head) and head in counted and min(a.value, b.value) >= HELD_MIN
