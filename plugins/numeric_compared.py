"""A figure compared with another time is no restatement of that time's figure (round alarm16).

"His best season was 2008-09, when he scored 28 league goals" and "This season he scored 21
league goals, seven fewer than in 2008-09": the second sentence sets its figure against the
2008-09 one and says how far apart they are, so the two are two quantities, whatever words they
share. :func:`compared_with_time` tells the restatement rules (:mod:`.numeric_restated`) to compare
no such pair: one figure's clause says "more / fewer / less / higher / lower / up / down … than
(in) <when>", and the other's sentence names that <when> (a year, a season, "last year").
Unless the figure's own sentence names a year of its own before the comparison that the other's
sentence names too ("The 421 deaths in 2023 were 41 fewer than
in 2022" and "412 drug deaths in 2023, against 462 in 2022"): then the two may be one count of
that year told twice.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_memo import per_figure
from .numeric_text import TextIndex

__all__ = ["compared_with_time"]

_THAN = re.compile(
    r"\b(?:more|fewer|less|higher|lower|better|worse|bigger|smaller|greater|larger)\s+than\s+"
    r"(?:in|at|during|for|on|over)\s+(?:the\s+)?(?P<when>[^,.;:!?]{2,30})",
    re.I,
)
_TOKEN = re.compile(r"\d{4}(?:[-–/]\d{2,4})?|[A-Za-z]{3,}")
_FUNCTION = frozenset("the his her its their season year".split())


@per_figure
def _when_compared(index: TextIndex, figure: Figure) -> frozenset[str]:
    """The words of the time a figure's clause compares it with ("seven fewer than in 2008-09" →
    2008-09), lower case; empty when it compares with none."""
    number = index.sentence_of(figure.span)
    if number < 0:
        return frozenset()
    end = index.sentences[number].end
    stop = re.search(r"[;.!?]", index.text[figure.span.end : end])
    told = index.text[figure.span.end : figure.span.end + stop.start() if stop else end]
    match = _THAN.search(told[:80])
    if match is None:
        return frozenset()
    return frozenset(t.lower() for t in _TOKEN.findall(match.group("when")) if t.lower() not in _FUNCTION)


def compared_with_time(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when one figure's clause compares it with a time ("seven fewer than in 2008-09") that
    the other's sentence names: the other is the figure it is compared with, not it told again."""
    for figure, other in ((a, b), (b, a)):
        when = _when_compared(index, figure)
        number = index.sentence_of(other.span)
        if not when or number < 0:
            continue
        said = {t.lower() for t in _TOKEN.findall(index.sentences[number].of(index.text))}
        own = _own_years(index, figure) - when
        if own and own <= said:
            continue  # "The 421 deaths in 2023 were 41 fewer than in 2022" and "412 … in 2023, against
            # 462 in 2022": the other sentence names the figure's own year too, and may tell it again
        if when <= said:
            return True
    return False


_YEAR = re.compile(r"\b(?:19|20)\d{2}(?:[-–/]\d{2,4})?\b")


@per_figure
def _own_years(index: TextIndex, figure: Figure) -> frozenset[str]:
    """The years a figure's sentence names before its comparison ("The 421 deaths in 2023 were 41
    fewer than in 2022" → 2023), lower case; empty when it compares with none."""
    number = index.sentence_of(figure.span)
    if number < 0:
        return frozenset()
    sentence = index.sentences[number]
    text = index.text[sentence.start : sentence.end]
    match = _THAN.search(text)
    if match is None:
        return frozenset()
    return frozenset(y.lower() for y in _YEAR.findall(text[: match.start()]))
