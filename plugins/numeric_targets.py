"""A target is not the actual it aims at, and two targets of different years are two targets
(round alarm20, class A).

"The government has set a target of reducing the coffee area to 500,000 hectares by 2020" does not
restate "the coffee area is estimated at about 623,000 hectares": one is an aim, the other the
present state.  "A target of 8.5 million visitors for the year" and "a target of 9.75 million
visitors in 2020" are two years' targets.  A careful reader reads a figure told under a word of
aim (target, goal, aim, planned, forecast, projection, budgeted, quota, "supposed to") as that aim,
never as a restatement of a figure told without one; and two aims as one only when their clauses
name the same years, limits included ("by 2020"), or neither names one: an aim is always for
some period, so one naming a year and one naming none ("for the year") are two aims.

A figure is *under an aim* when such a word stands before it in its clause, at most
:data:`AIM_REACH` characters back, or right after its counted noun ("a 9 million visitors
target").  A reference back in the figure's own words ("the
500,000 hectares") still links two mentions: the rule is read only between two plain mentions.
"""

from __future__ import annotations

import re

from factcheck.model import Figure
from factcheck.word_index import WordGate

from .numeric_memo import per_figure
from .numeric_text import TextIndex

__all__ = ["AIM_REACH", "targets_apart", "under_aim"]

#: How far before a figure a word of aim governs it: "set a target of reducing the national coffee
#: area to 500,000" (47 characters), not "his current plan is to compete long enough and well enough to
#: keep Trump from getting the 1,237 delegates" (a plan of action, 90 characters back).
AIM_REACH = 60
_AIM = re.compile(
    r"\b(?:targets?|targeted|targeting|goals?|aims?|aimed|aiming|planned|forecasts?|"
    r"forecasted|forecasting|projected|projections?|budgeted|quotas?|objectives?|supposed\s+to)\b",
    re.I,
)
#: An aim named as one already told: "the target of", "the government's goal of", "that target".
_DEFINITE_AIM = re.compile(
    r"\b(?:the|its|their|this|that|his|her)\s+(?:[\w’'-]+\s+){0,2}?(?:target|goal|aim|objective|quota)\s+of\b[^.;]*$",
    re.I,
)
#: "… 9 million visitors target", "a 500,000-tonne goal": the aim named right after the noun.
_AIM_AFTER = re.compile(r"^(?:\s*[\w’'-]+){0,3}?\s+(?:target|goal|quota|objective)s?\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_AIM_GATE = WordGate(_AIM)  # tried only where a word of aim is


@per_figure
def under_aim(index: TextIndex, figure: Figure) -> bool:
    """True when ``figure`` is told as an aim: a word of aim before it in its clause, or a target
    named right after its counted noun."""
    clause = index.clause(figure)
    if _AIM_GATE.search(index.text, max(clause.start, figure.span.start - AIM_REACH), figure.span.start):
        return True
    return bool(_AIM_AFTER.match(index.text[figure.span.end : min(clause.end, figure.span.end + 40)]))


@per_figure
def _years(index: TextIndex, figure: Figure) -> frozenset[str]:
    clause = index.clause(figure)
    return frozenset(_YEAR.findall(index.text, clause.start, clause.end))


def targets_apart(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when the two figures are an aim and a figure told without one, or two aims whose
    clauses name different years ("in 2020" against none or "2025")."""
    aim_a, aim_b = under_aim(index, a), under_aim(index, b)
    if aim_a != aim_b:
        return True
    if not aim_a:
        return False
    years_a, years_b = _years(index, a), _years(index, b)
    if years_a and years_b:
        return years_a != years_b
    if years_a == years_b:
        return False
    # one names its years, the other none: "the target of 250,000" refers back to the one target
    # named before (review20); "a target of 8.5 million … for the year" is another aim
    later = b if b.span.start > a.span.start else a
    told_again = not _years(index, later) and _DEFINITE_AIM.search(
        index.text, max(0, later.span.start - AIM_REACH), later.span.start
    )
    return not told_again
