"""A definite mention that sums counts told before it is their total, no restatement of one of
them (review20): "The fire destroyed 1,500 hectares of pine forest and 500 hectares of farmland"
… "Farmers said the 2,000 hectares lost to the fire would take a decade to recover".

The restatement rule pairs "the 2,000 hectares" with the earlier count of its noun it may point
back at; with two counts there, the larger was read as the total of a breakdown
(:mod:`.numeric_breakdown`), and 1,500 against 2,000 warned.  A careful reader adds the counts of
the noun one sentence gave and finds the mention's number: the definite mention names them all
together.  When two or more counts of the mention's head noun in one earlier sentence add up to
its value, none of them is compared with it.

Near miss still judged: "the 2,500 hectares lost" after 1,500 and 500 adds up to nothing told,
and warns as before.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["summed_parts"]


def summed_parts(counts: Sequence[tuple[int, float, int]], value: float) -> frozenset[int]:
    """The positions of the counts (position, value, sentence) of one sentence, two or more, whose
    values add up to ``value`` (within half a unit of its last digit); empty when no sentence's do."""
    by_sentence: dict[int, list[tuple[int, float]]] = {}
    for position, number, sentence in counts:
        by_sentence.setdefault(sentence, []).append((position, number))
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        total = sum(number for _, number in group)
        if abs(total - value) <= max(0.5, abs(value) * 0.0005):
            return frozenset(position for position, _ in group)
    return frozenset()
