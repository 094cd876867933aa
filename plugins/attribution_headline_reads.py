"""Readings of a headline figure the body bears out without giving it (round alarm16).

A headline condenses; three of its usual ways with a body figure are no disagreement:

* an **open bound** the body's figure meets: "youth jobless rate remains above 60%" over "the
  jobless rate was 61.4%" (:func:`bound_met`): the body's bare figure lies past the bound, and
  within :data:`BOUND_REACH` of it (a headline's bound is close to what it bounds; "above 30%" for
  61.4% would be a strange headline and is still compared);
* a **truncated** figure: "jailed for stealing €412,000" over "The total taken was €412,680"
  (:func:`truncates`): the headline keeps the body's leading digits, dropping the rest, as
  "more than €400,000" does with a hedge;
* a **margin** of two shares: "Obama carries Pennsylvania by 10 points" over "54.7% … to John
  McCain's … 44.3%" (:func:`margin_told`): a figure of points is the difference of two shares
  told in one body sentence, and never a count of seats or votes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.model import Figure

from .attribution_figures import precision_step

__all__ = ["BOUND_REACH", "bound_met", "is_margin", "margin_told", "truncates"]

BOUND_REACH = 0.1
"""How far past a headline's open bound a body figure may lie and still be what it bounds (10%)."""


def bound_met(figure: Figure, other: Figure) -> bool:
    """True when ``figure`` (the headline's) is an open bound ("above 60%", "under 2,000"), ``other``
    is bare and lies past the bound, within :data:`BOUND_REACH` of it."""
    if figure.hedge is None or other.hedge is not None or other.range_with is not None:
        return False
    if figure.lower is not None and figure.upper is None:
        return figure.lower <= other.value <= figure.lower * (1 + BOUND_REACH)
    if figure.upper is not None and figure.lower is None:
        return figure.upper * (1 - BOUND_REACH) <= other.value <= figure.upper
    return False


def truncates(figure: Figure, other: Figure, words: str) -> bool:
    """True when the bare headline figure keeps the leading digits of the bare body figure and drops
    the rest: "€412,000" for "€412,680" (the body's value lies in [412,000, 413,000))."""
    if figure.hedge is not None or other.hedge is not None or figure.range_with or other.range_with:
        return False
    step = precision_step(figure, words)
    return step > 0 and figure.value < other.value < figure.value + step


_POINTS = re.compile(r"^(?:percentage\s+)?points?$", re.I)


def is_margin(figure: Figure) -> bool:
    """True for a figure of points ("by 10 points", "a 6-point lead"): a difference of two shares."""
    return bool(figure.unit and _POINTS.match(figure.unit.strip()))


def margin_told(figure: Figure, figures_by_sentence: Sequence[Sequence[Figure]], words: str) -> bool:
    """True when two shares of one body sentence differ by the headline's margin, at its precision
    (half its last digit's step, and at least half a point): 54.7% and 44.3% give "10 points"."""
    half = max(precision_step(figure, words), 1.0) / 2
    for sentence in figures_by_sentence:
        shares = [f for f in sentence if f.is_percent and f.range_with is None]
        for i, a in enumerate(shares):
            for b in shares[i + 1 :]:
                if abs(abs(a.value - b.value) - figure.value) <= half * 1.000001:
                    return True
    return False


#: A span of years right after a headline figure: "end 19-year wait", "first title in 19 years".
_YEARS_AFTER = re.compile(r"\s*-?\s*years?\b", re.I)
#: The body telling a span from a year: "since 1994", "the last time … was in 1994".
_SINCE_YEAR = re.compile(r"\b(?:since|last\s+time\b[^.]{0,60}?\bin)\s+(?:19|20)\d\d\b", re.I)


def years_told_by_a_year(text: str, figure_end: int, body_start: int) -> bool:
    """True when a headline figure counts years ("19-year wait") and the body tells the span by a
    year instead ("their first championship since 1994"): without the article's date the two
    cannot be compared, so no verdict (round lead, seventeenth session)."""
    return bool(_YEARS_AFTER.match(text, figure_end)) and _SINCE_YEAR.search(text, body_start) is not None
