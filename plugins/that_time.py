"""A figure told "that season" or "that year" is of the time the sentence before it names (round alarm22r).

In "The 2015-16 season was delayed by more than a month. Only 16.1 million pounds were landed
that season." a careful reader dates the 16.1 million to 2015-16: "that season" points back at the
season the sentence before names, not at the article's own.  Set against "landed 20.4 million
pounds in the 2016-17 season" (or a speaker's "We caught more than 20 million pounds" this
season) it is another season's count, not the same count told twice.

:func:`that_time_apart` parts two figures when one clause says "that season / year / month /
quarter / week", the sentence before names one or more years, and the other figure's sentence
names none of them while the article's opening (the headline, the lines under it and the first
paragraph) names none of them either: the opening's time is the article's own.  A figure whose
own sentence or the opening names the year pointed at is still compared ("The 2016-17 season …
Only 16.1 million pounds were landed that season" against "20.4 million pounds in the 2016-17
season" still differs).  Used by the numeric restatement rule and the attribution paraphrase rule.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from factcheck.model import Figure, Span
from factcheck.word_index import WordGate

__all__ = ["lede_end", "that_time_apart", "that_time_years"]

_YEAR = re.compile(r"(?<![\d.,$€£])\b(19\d\d|20\d\d)\b(?![\d,.]\d)")
_THAT_TIME = re.compile(r"\b(?:that|the\s+same)\s+(?:season|year|month|quarter|week|campaign)\b", re.I)
_THAT_TIME_GATE = WordGate(_THAT_TIME)  # tried only in a sentence holding its words
#: A line of the opening shorter than this is a byline or dateline, not yet the first paragraph.
_LEDE_LENGTH = 80


def _years(text: str, start: int, end: int) -> frozenset[int]:
    return frozenset(int(m.group(1)) for m in _YEAR.finditer(text, start, end))


#: The sentences last read and their starts: the starts are read once per document, not once per
#: pair of figures (the restatement rule asks about every pair; a list per call made a 500 KB
#: article's check quadratic in its sentences).
_LAST: list[tuple[Sequence[Span], list[int]]] = []


def _starts(sentences: Sequence[Span]) -> list[int]:
    if not _LAST or _LAST[0][0] is not sentences:
        _LAST[:] = [(sentences, [s.start for s in sentences])]
    return _LAST[0][1]


def _sentence_index(sentences: Sequence[Span], at: int) -> int | None:
    k = bisect.bisect_right(_starts(sentences), at) - 1
    return k if k >= 0 and at < sentences[k].end else None


def lede_end(text: str, start: int = 0) -> int:
    """Where the article's opening ends: the end of the first line from ``start`` that is
    :data:`_LEDE_LENGTH` characters or more (the first paragraph, past the headline's short lines,
    byline and dateline), or the end of the text."""
    position = start
    while position < len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        if end - position >= _LEDE_LENGTH:
            return end
        position = end + 1
    return len(text)


def _opening_years(text: str) -> frozenset[int]:
    """The years named in the headline, the lines under it and the first paragraph."""
    return _years(text, 0, lede_end(text))


def that_time_years(text: str, figure: Figure, sentences: Sequence[Span]) -> frozenset[int]:
    """The years "that season" / "that year" in ``figure``'s sentence points back at (those the
    sentence before names), or nothing when its sentence says no such thing."""
    k = _sentence_index(sentences, figure.span.start)
    if k is None or k == 0:
        return frozenset()
    sentence = sentences[k]
    if _THAT_TIME_GATE.search(text, sentence.start, sentence.end) is None:
        return frozenset()
    if _years(text, sentence.start, sentence.end):
        return frozenset()  # the sentence dates itself
    before = sentences[k - 1]
    return _years(text, before.start, before.end)


def that_time_apart(text: str, a: Figure, b: Figure, sentences: Sequence[Span]) -> bool:
    """True when one figure is told "that season" of a past year the sentence before names, and
    neither the other figure's sentence nor the article's opening names that year."""
    opening: frozenset[int] | None = None
    for dated, other in ((a, b), (b, a)):
        years = that_time_years(text, dated, sentences)
        if not years:
            continue
        opening = _opening_years(text) if opening is None else opening
        if years & opening:
            continue  # the opening's own time
        k = _sentence_index(sentences, other.span.start)
        if k is not None and years & _years(text, sentences[k].start, sentences[k].end):
            continue  # the other names the year pointed at: one time, compared
        if k is not None and that_time_years(text, other, sentences) & years:
            continue
        return True
    return False
