"""Figure rules of the ``attribution`` checker: how two figures of one claim are matched and compared.

:func:`figure_interval`, :func:`pair_figures`, :func:`compare_figures` as intervals;
:func:`precision_step`, :func:`agree_rounded` and :func:`restates` read a figure at the
precision its words give ("$1.4 billion" restates "$1.41 billion").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from factcheck.model import Figure, Interval

from .attribution_rules import content_words, words_match

__all__ = [
    "FigureComparison",
    "agree_rounded",
    "compare_figures",
    "figure_interval",
    "one_sided",
    "pair_figures",
    "precision_step",
    "restates",
    "same_unit",
    "values_close",
    "within_factor",
]


def figure_interval(figure: Figure) -> Interval:
    """The interval a figure's words allow; an unhedged figure with no bounds is its value."""
    if figure.hedge is None and figure.lower is None and figure.upper is None:
        return Interval.point(figure.value)
    return figure.interval


#: A time the extraction left at the end of a counted noun ("homicides last year", cut short as
#: "road deaths last"): no word of what is counted (round fault22r).
TIME_AFTER_UNIT = re.compile(
    r"\s+(?:(?:last|this|next)(?:\s+(?:year|month|week|season|quarter))?|(?:a|one|two|three)\s+years?\s+ago)$",
    re.I,
)


def _unit_key(unit: str | None) -> str | None:
    """The word a figure's unit counts by (its last content word, a time after it left out)."""
    if not unit:
        return None
    words = content_words(TIME_AFTER_UNIT.sub("", unit))
    return words[-1] if words else None


def values_close(first: Figure, second: Figure) -> bool:
    """True when two figures' values lie within 25% of the larger one."""
    a, b = first.value, second.value
    return abs(a - b) <= 0.25 * max(abs(a), abs(b))


def same_unit(first: Figure, second: Figure) -> bool:
    """True when both figures name what they count and it is one thing ("Russian citizens" / "citizens")."""
    mine, theirs = _unit_key(first.unit), _unit_key(second.unit)
    return bool(mine and theirs and words_match(mine, theirs))


def within_factor(first: Figure, second: Figure, factor: float = 2.0) -> bool:
    """True when two positive values lie within ``factor`` of each other (a changed figure of one claim)."""
    a, b = abs(first.value), abs(second.value)
    return a > 0 and b > 0 and max(a, b) / min(a, b) <= factor


def pair_figures(
    first: Sequence[Figure], second: Sequence[Figure], loose: bool = False
) -> list[tuple[Figure, Figure]]:
    """Figures of two statements that may count the same thing, each paired with its closest match.

    Same percent-ness and currency; the same counted noun when both give one; and,
    when either gives none, values within 25% of each other (``loose``: within a factor 2, for
    statements the caller already knows to be one claim).  Whether a pair really is one claim
    is for the caller to judge from the words around them.
    """
    pairs = []
    taken: set[str] = set()
    for mine in first:
        best: Figure | None = None
        for theirs in second:
            if theirs.id in taken or theirs.is_percent != mine.is_percent or theirs.currency != mine.currency:
                continue
            if mine.unit and theirs.unit:
                if not same_unit(mine, theirs):
                    continue
            elif not (within_factor(mine, theirs) if loose else values_close(mine, theirs)):
                continue
            if best is None or abs(theirs.value - mine.value) < abs(best.value - mine.value):
                best = theirs
        if best is not None:
            taken.add(best.id)
            pairs.append((mine, best))
    return pairs


NUMERAL = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def precision_step(figure: Figure, words: str) -> float:
    """The unit of the last digit a figure's words give, fully scaled: "1.4 billion" -> 1e8,
    "4,000" -> 100 (trailing zeros may be rounding, to two significant digits), "12.5%" -> 0.1;
    0 when no numeral is written."""
    match = NUMERAL.search(words)
    if match is None:
        return 0.0
    digits = match.group().replace(",", "")
    try:
        number = float(digits)
    except ValueError:
        return 0.0
    scale = abs(figure.value / number) if number else 1.0
    if match.group(1):
        step = 10.0 ** -len(match.group(1))
    else:
        whole = digits.split(".")[0]
        zeros = len(whole) - len(whole.rstrip("0"))
        # trailing zeros may be rounding, but a round number keeps two significant digits:
        # "4,000" may stand for 3,950-4,049, "100" for 95-104
        step = 10.0 ** min(zeros, max(0, len(whole) - 2)) if zeros < len(whole) else 1.0
    return step * scale


def agree_rounded(first: Figure, second: Figure, first_words: str, second_words: str) -> bool:
    """True when two figures can be one quantity: their intervals meet, or they meet once each is
    widened by half the last digit of the less precise ("$1.4 billion" and "$1.41 billion")."""
    a, b = figure_interval(first), figure_interval(second)
    if a.intersects(b):
        return True
    if one_sided(first) or one_sided(second):
        # a bound is a stated limit ("more than 2 million"): 1.8 million is under it at any
        # precision, so only a figure stated as a number is read at the precision of its digits
        return _meets_rounded(first, a, b, first_words) or _meets_rounded(second, b, a, second_words)
    half = max(precision_step(first, first_words), precision_step(second, second_words)) / 2
    if half <= 0:
        return False
    wide = Interval(
        a.lo - half if a.lower is not None else None, a.hi + half if a.upper is not None else None
    )
    return wide.intersects(b) or abs(first.value - second.value) <= half * 1.000001


def one_sided(figure: Figure) -> bool:
    """True for a bound, a figure whose words give one end only ("more than 2 million", "up to 40")."""
    interval = figure_interval(figure)
    return (interval.lower is None) != (interval.upper is None)


def _meets_rounded(figure: Figure, mine: Interval, other: Interval, words: str) -> bool:
    """True when a figure that is no bound, widened by half its own last digit, meets ``other``."""
    if one_sided(figure):
        return False
    half = precision_step(figure, words) / 2
    if half <= 0:
        return False
    return Interval(mine.lo - half, mine.hi + half).intersects(other)


def restates(first: Figure, second: Figure, first_words: str, second_words: str) -> bool:
    """True when one figure restates the other's number: the values agree at the precision of the
    less precise, or one is a closed range or an approximation that holds the other's value.
    Open-ended hedges are not stretched: "at least 80" does not restate "at least 120"."""
    half = max(precision_step(first, first_words), precision_step(second, second_words)) / 2
    if abs(first.value - second.value) <= half * 1.000001:
        return True
    for one, other in ((first, second), (second, first)):
        interval = figure_interval(one)
        if interval.lower is not None and interval.upper is not None and other.value in interval:
            return True
    return False


@attrs.frozen
class FigureComparison:
    """How a paraphrase's figure compares with the quote's: "same", "hedge", "narrower" or "disjoint"."""

    outcome: str
    explanation: str


def _hedge_words(figure: Figure) -> str:
    return figure.hedge_text or figure.hedge or "no hedge"


def _holds(outer: Interval, inner: Interval) -> bool:
    """True when every value of ``inner`` lies in ``outer`` (a paraphrase no more precise than the quote)."""
    low_ok = outer.lo < inner.lo or (outer.lo == inner.lo and (outer.lower_closed or not inner.lower_closed))
    high_ok = outer.hi > inner.hi or (outer.hi == inner.hi and (outer.upper_closed or not inner.upper_closed))
    return low_ok and high_ok


def compare_figures(
    paraphrase: Figure, quote: Figure, paraphrase_words: str, quote_words: str
) -> FigureComparison:
    """Compare a paraphrase's figure with the quote's, as intervals.

    "same": the paraphrase's interval holds the quote's (equal, or hedged where the
    quote is exact: "about 35 percent" for "35 percent"); "hedge": the same number with a different
    hedge (one dropped or changed); "narrower": another number inside the quote's
    interval (more precise than the speaker said); "disjoint": no value satisfies both.
    """
    mine, theirs = figure_interval(paraphrase), figure_interval(quote)
    if mine == theirs or _holds(mine, theirs):
        return FigureComparison("same", f"'{paraphrase_words}' agrees with '{quote_words}'")
    if paraphrase.value == quote.value:
        return FigureComparison(
            "hedge",
            f"'{paraphrase_words}' ({_hedge_words(paraphrase)}) hedges the number differently from the "
            f"quote's '{quote_words}' ({_hedge_words(quote)})",
        )
    if not mine.intersects(theirs) and agree_rounded(paraphrase, quote, paraphrase_words, quote_words):
        return FigureComparison(
            "same", f"'{paraphrase_words}' restates '{quote_words}' at the precision of the less precise"
        )
    if not mine.intersects(theirs):
        return FigureComparison(
            "disjoint", f"'{paraphrase_words}' and the quote's '{quote_words}' cannot both be true"
        )
    return FigureComparison(
        "narrower", f"'{paraphrase_words}' is not what the quote says ('{quote_words}'), though both may hold"
    )
