"""A fraction told with a one-sided hedge is a bound, and a change inside the bound agrees (round alarm18).

"Hard coal fell by more than a quarter, to 35.5 TWh from 48.7 TWh": the fall is 27.1% (26.9% to
27.3% with rounding), and "more than a quarter" states only that it exceeds 25%.  The change rule
(docs/checkers/numeric.md, ``change``) passed a fraction only when the computed change held the
fraction's own value (a fall of exactly a quarter), so every fall of "more than a quarter" that was
not a quarter warned that it "agrees only under some readings".  As for any hedge that gives only
a bound, the stated change agrees when every reading of the computed change lies inside the bound;
a change outside it ("more than a quarter" for a fall of 20%) still fails or warns as before.
"""

from __future__ import annotations

from factcheck.model import Interval

__all__ = ["within_bound"]


def within_bound(computed: Interval, stated: Interval) -> bool:
    """True when ``stated`` is a bound open on one side ("more than a quarter": (0.25, ∞)) and every
    value of ``computed`` lies inside it."""
    if (stated.lower is None) == (stated.upper is None):
        return False  # a two-sided reading or no bound at all: not a one-sided hedge
    low_ok = computed.lo in stated if stated.lower is not None else True
    high_ok = computed.hi in stated if stated.upper is not None else True
    return low_ok and high_ok and computed.lo <= computed.hi
