"""A hedged whole from another sentence that rounds the part is the part told again (round prec22).

Lede: "the colleges failed to fill more than 8,000 first-year places"; body: "8,412 of the places
on offer went unfilled".  The part-whole rule read "of the places" back to the lede's count of
places and warned that the part fits the whole only under some readings of "more than".  A
careful reader reads the lede's hedged round figure as the body's exact count rounded (the lede
tells the news, the body its precise figure): the same count, not the set the part is taken
from, whose own size ("the places on offer") the text does not give.

The whole is read as the part told again when it stands in another sentence than the part, is
hedged ("more than", "about", "nearly"), the part is an exact count (no hedge: "almost 5,000 of
these people" against "over 4,000" still warns, tests/test_numeric.py), exceeds the whole's
figure by less than the place of its last non-zero digit ("more than 8,000" rounds 8,412, not
9,100), and the two agree at the precision of the less precise (``agree_at_precision``).  A whole
the part exceeds under every reading ("fewer than 8,000"; "about 7,000") is still judged.
"""

from __future__ import annotations

from factcheck.model import Figure

from .numeric_text import TextIndex, agree_at_precision

__all__ = ["whole_restates_part"]


def _last_place(value: float) -> int:
    """The place of the last non-zero digit of a whole number ("16,000" 1,000; "12,500" 100)."""
    number = round(value)
    if number <= 0 or abs(number - value) > 1e-9:
        return 0
    place = 1
    while number % (place * 10) == 0:
        place *= 10
    return place


def whole_restates_part(index: TextIndex, part: Figure, whole: Figure) -> bool:
    """True when ``whole`` is a hedged rounding, in another sentence, of ``part`` itself."""
    if whole.hedge is None or part.hedge is not None or part.value <= whole.value:
        return False  # a part within its whole's stated value fits; a hedged part is no exact count
    if index.sentence_of(part.span) == index.sentence_of(whole.span):
        return False  # "8,412 of the more than 8,000 places": the sentence states the relation
    if part.value - whole.value >= _last_place(whole.value):
        return False  # "more than 8,000" rounds 8,412, not 9,100
    return agree_at_precision(part, whole, index.text)
