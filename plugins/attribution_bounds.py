"""A reported figure whose hedge bounds the quote's number from the other side (round recall22).

"“Almost 3,000 shelters have been opened,” the minister said" … "The minister said the government
had opened more than 3,000 shelters": one number, two hedges, and no count both allow — "almost"
keeps it under 3,000, "more than" over it.  The paraphrase check (:mod:`.attribution_paraphrase`)
reads a changed hedge on one number as compatible (the writer may round or loosen what was said);
:func:`bounds_reversed` picks out the one change no reading reconciles: the two intervals meet at
no value, one lying wholly below the shared number and the other wholly above it ("almost",
"under", "fewer than", "up to" against "more than", "over", "at least").  "About 3,000" against
"more than 3,000" still meet (an approximate figure may lie above the number), and so do "nearly"
against "up to".  Such a pair is ``warn`` (a hedge is soft evidence), never ``fail``.
"""

from __future__ import annotations

from factcheck.model import Figure

from .attribution_figures import figure_interval

__all__ = ["bounds_reversed"]


def bounds_reversed(mine: Figure, theirs: Figure) -> bool:
    """True when the two figures give one number hedged from opposite sides, so that no value
    satisfies both ("more than 3,000" / "almost 3,000")."""
    if mine.value != theirs.value or mine.hedge is None or theirs.hedge is None:
        return False
    first, second = figure_interval(mine), figure_interval(theirs)
    return not first.intersects(second)
