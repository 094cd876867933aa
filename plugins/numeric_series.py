"""A count of a list is no whole of "these" or "those" (round alarm16).

"Nigerians were the largest group, with 17,800 arrivals, followed by Guineans with 9,400,
Ivorians with 9,100 and Bangladeshis with 9,000. About 14,000 of those arriving were unaccompanied
minors": "those arriving" names no noun the counts before count, and the nearest count is the
last item of a list of several. Which count, if any, "those" points back to is not stated; the
part-whole rule (:func:`.numeric_relations._part_whole`) then names no whole. "Thirty of these
countries" back to "25 countries" names the whole by its noun and is still read.
"""

from __future__ import annotations

from factcheck.model import Figure

from .numeric_text import TextIndex

__all__ = ["one_of_a_list"]


def one_of_a_list(index: TextIndex, whole: Figure) -> bool:
    """True when the sentence of ``whole`` holds two or more other counts of its kind (no share, the
    same currency, no label read as a share): the whole is one item of a list."""
    others = [
        f
        for f in index.figures_of_sentence(index.sentence_of(whole.span))
        if f.span != whole.span and not index.share(f) and f.currency == whole.currency
    ]
    return len(others) >= 2
