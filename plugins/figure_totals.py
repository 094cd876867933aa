"""Figures of the body that a headline's figure may total ("Bombs kill at least 23" over "killing at
least 14 people" and "killed nine people"): a headline often counts together what the body tells
apart, so neither the attribution checker's headline figures nor the numeric checker's
restatements warn on it."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from factcheck.model import Figure

from .attribution_figures import figure_interval, same_unit

__all__ = ["parts_totalling"]

#: How many body figures, at most, are read for a total, and how many are added at most.
_TOTAL_CANDIDATES, _TOTAL_PARTS = 12, 3


def _one_count(figure: Figure, parts: tuple[Figure, ...]) -> bool:
    """True when the parts name what they count and it is one thing, the headline figure's when
    that names one: bare numbers add up by chance too often ("89", "63" and "59" to "210")."""
    first = parts[0]
    return all(same_unit(first, p) for p in parts[1:]) and (not figure.unit or same_unit(figure, first))


def parts_totalling(figure: Figure, body: Sequence[Figure]) -> tuple[Figure, ...]:
    """Two or three body figures of the headline figure's kind (percent-ness, currency) counting
    one thing, whose values add up to the headline's (within 2%) and whose sum the headline's
    hedge allows ("at least 14" and "nine" for "at least 23").  Empty when none adds up."""
    head = figure_interval(figure)
    kin = [f for f in body if f.is_percent == figure.is_percent and f.currency == figure.currency]
    pool = [f for f in kin[:_TOTAL_CANDIDATES] if f.value > 0 and not f.is_percent]
    for size in range(2, _TOTAL_PARTS + 1):
        for parts in combinations(pool, size):
            if not _one_count(figure, parts):
                continue
            low = sum(max(0.0, figure_interval(p).lo) for p in parts)
            high = sum(figure_interval(p).hi for p in parts)
            close = abs(sum(p.value for p in parts) - figure.value) <= 0.02 * figure.value
            if close and low <= head.hi and high >= head.lo:
                return parts
    return ()
