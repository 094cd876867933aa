"""A fraction of a whole told as a multiple (round alarm16).

"330,000 hectares, less than a quarter of the 1.5 million hectares planted in the early 1990s"
states the whole as more than four times the part, as "less than half" states "more than double"
(:meth:`_ArithmeticJudge.multiple` reads the larger over the smaller): the hedge of any fraction
word is read the other way round, "nearly a quarter" as a ratio at or a little above four
(:func:`inverse_hedge`).

"rises to 21, from 17, or nearly a quarter of the chamber" names its whole in words ("the
chamber"), and neither figure of the sentence is that whole: the two figures are a change, and the
fraction compares the later one with a count the sentence does not give. A fraction followed by a
noun, not a figure, compares its two figures only when the larger one is told with that noun near
it ("$30,000, which equals a quarter of the total cost" beside "costs $120,000 in all"):
:func:`whole_named_near`.
"""

from __future__ import annotations

import re

from factcheck.model import Figure, Span

__all__ = ["NEARLY_ABOVE", "inverse_hedge", "whole_named_near"]

NEARLY_ABOVE = "nearly (of a fraction)"
"""The hedge "nearly a quarter" read as a multiple of the larger over the smaller: at or a little
above the factor."""

_FRACTION = re.compile(r"\b(?:half|third|quarter|fourth|fifth|tenth)s?\b", re.I)
_INVERSE = {"more than": "less than", "less than": "more than", "over": "less than", "at least": "less than"}
_WORD = re.compile(r"[A-Za-z]{3,}")
_FUNCTION = frozenset("the its their his her that what this these those and or was were is are".split())


def inverse_hedge(link: str, hedge: str) -> str:
    """The hedge of a fraction's multiple read as larger over smaller: "less than a quarter" is more
    than four times, "more than half" less than double, "nearly a quarter" a little above four
    (:data:`NEARLY_ABOVE`); a link with no fraction word keeps its hedge."""
    if not _FRACTION.search(link):
        return hedge
    if hedge in ("nearly", "almost"):
        return NEARLY_ABOVE
    return _INVERSE.get(hedge, hedge)


def whole_named_near(text: str, words: Span, larger: Figure, sentence: Span, reach: int = 50) -> bool:
    """True when the words after a fraction's "of the" (``words`` is the fraction's span, "nearly a
    quarter of the") open with a figure, or name a word (stem of four letters) told within
    ``reach`` characters of the larger figure in its sentence, outside the fraction's own words:
    the whole the fraction is of is then that figure."""
    after = words.end
    rest = text[after : min(sentence.end, after + 40)]
    if re.match(r"\s*[$£€¥]?\d", rest):
        return True
    named = [w.lower() for w in _WORD.findall(rest)[:3] if w.lower() not in _FUNCTION]
    if not named:
        return False
    start, end = max(sentence.start, larger.span.start - reach), min(sentence.end, larger.span.end + reach)
    # the fraction's own words ("of the chamber") are no telling of the whole beside the figure
    near = (text[start : min(end, words.start)] + " " + text[max(start, after + len(rest)) : end]).lower()
    near_words = {w[:4] for w in _WORD.findall(near)}
    return any(w[:4] in near_words for w in named)
