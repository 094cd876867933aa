"""What a figure is before it is numbered, and the interval its hedge allows.

:class:`Found` is a figure as the scanner of :mod:`factcheck.extraction.figures` records it (token
range, value, bounds, hedge, what it counts); :func:`hedge_bounds` reads a hedge as an interval around a
value (:data:`TOLERANCE` wide for the vague ones); :func:`numbered` turns the records into
:class:`~factcheck.model.Figure` values with ids and range partners.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import attrs

from factcheck.extraction.figure_context import NAMED_CURRENCIES
from factcheck.extraction.figure_units import unit_after
from factcheck.extraction.figure_words import CURRENCY_WORDS
from factcheck.extraction.tokens import Tok, TokenView
from factcheck.model import Figure, Span

__all__ = ["TOLERANCE", "Bounds", "Found", "found_figure", "hedge_bounds", "numbered"]

Bounds = tuple[float | None, float | None, bool, bool]
"""An interval: lower, upper (None: open), lower_closed, upper_closed."""

#: Relative half-width of the band a vague hedge allows: "about 100" is
#: [95, 105] and "almost 100" is [95, 100) with the default 0.05 (±5%); "almost -10" is
#: (-10, -9.5] and "almost zero" the point [0, 0] (see :func:`hedge_bounds`).
TOLERANCE = 0.05


@attrs.frozen
class Found:
    """A figure before its id is given: token range, value, hedge and what it counts."""

    start: int
    end: int
    value: float
    lower: float | None
    upper: float | None
    lower_closed: bool
    upper_closed: bool
    hedge: str | None
    hedge_text: str | None
    unit: str | None
    unit_span: tuple[int, int] | None
    is_percent: bool
    currency: str | None
    range_group: int | None = None


def hedge_bounds(value: float, hedge: str | None, tol: float) -> Bounds:
    """The interval (lower, upper, lower_closed, upper_closed) a hedge allows around ``value``.

    The bounding hedges (over, more than, at least, under, less than, up to) are read on the
    signed value, as English reads "above -5 degrees", "below -20C" and "at most -30" (their
    classes hold "<", "<=" and "at most" too).  The hedges that approach a number (almost,
    nearly) are read on its size and mirrored for a negative one: "almost -10 degrees" is
    (-10, -9.5], close to -10 but short of it in size.  "Almost zero" has no size to fall short
    of: it is the point [0, 0] with its hedge kept, never an empty interval.  "About" and its
    kin are a band either side of the value.
    """
    band = abs(value) * tol
    if hedge in ("over", "more than"):
        return value, None, False, True
    if hedge == "at least":
        return value, None, True, True
    if hedge in ("almost", "nearly"):
        if value > 0:
            return value - band, value, True, False
        if value < 0:
            return value, value + band, False, True
        return value, value, True, True
    if hedge in ("under", "less than"):
        return None, value, True, False
    if hedge == "up to":
        return None, value, True, True
    if hedge in ("around", "about", "approximately"):
        return value - band, value + band, True, True
    return value, value, True, True


def found_figure(
    view: TokenView,
    tol: float,
    start: int,
    end: int,
    value: float,
    hedge: str | None,
    hedge_text: str | None,
    is_pct: bool,
    currency: str | None,
    bounds: Bounds | None,
    group: int | None,
) -> Found | None:
    """The record of one figure over tokens ``[start, end]`` of ``view``: its bounds (``bounds``, else
    what ``hedge`` allows), what it counts and its currency; None for an infinite or undefined value."""
    if not math.isfinite(value):
        return None
    lower, upper, lc, uc = bounds if bounds is not None else hedge_bounds(value, hedge, tol)
    if lower is not None and lower > value:
        lower = value
    if upper is not None and upper < value:
        upper = value
    unit, unit_span = (None, None) if (is_pct or currency) else unit_after(view, end)
    if currency is None and unit is not None:
        words = unit.lower().split()
        currency = NAMED_CURRENCIES.get(" ".join(words[-2:])) or CURRENCY_WORDS.get(words[-1])
        currency = currency or NAMED_CURRENCIES.get(words[-1])
    return Found(
        start,
        end,
        value,
        lower,
        upper,
        lc,
        uc,
        hedge,
        hedge_text,
        unit,
        unit_span,
        is_pct,
        currency,
        group,
    )


def numbered(found: list[Found], toks: Sequence[Tok]) -> list[Figure]:
    """The figures ``found`` over ``toks`` (sorted by their first token), with ids f1, f2, ... and
    the two ends of each range naming each other (``range_with``)."""
    figures: list[Figure] = []
    group_ids: dict[int, list[int]] = {}
    for f in found:
        if f.range_group is not None:
            group_ids.setdefault(f.range_group, []).append(len(figures))
        start = toks[f.start].start
        end = toks[f.end].end
        figures.append(
            Figure(
                id=f"f{len(figures) + 1}",
                span=Span(start, end),
                value=f.value,
                lower=f.lower,
                upper=f.upper,
                lower_closed=f.lower_closed,
                upper_closed=f.upper_closed,
                hedge=f.hedge,
                hedge_text=f.hedge_text,
                unit=f.unit,
                unit_span=Span(*f.unit_span) if f.unit_span else None,
                is_percent=f.is_percent,
                currency=f.currency,
            )
        )
    for members in group_ids.values():
        if len(members) == 2:
            a, b = members
            figures[a] = attrs.evolve(figures[a], range_with=figures[b].id)
            figures[b] = attrs.evolve(figures[b], range_with=figures[a].id)
    return figures
