"""A quoted figure of another time is no paraphrase's figure (round alarm16).

"The number of employed people rose to 15.6 million" and the economist's "We had 16.4 million
people employed at the end of 2019. We are now about 800,000 short of that.": the quote dates its
figure to a year the writer's sentence does not name, so the two are the count at two times, not
one count told twice. :func:`times_apart` is a precondition of the paraphrase checks
(:mod:`.attribution_paraphrase`): a pair is compared only when neither figure's clause names a
year (or a "last year", "a year ago") that the other's sentence does not, unless both clauses
name one month ("had risen to 5.8% in March" and "was 5.2% in March 2025": the side that leaves
the year out means that March).
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import Any

from factcheck.model import Figure, Span

__all__ = ["period_one_sided", "times_apart"]

#: The sentences last looked in, their starts, and whether they are in order without overlaps (a
#: report's sentences are one tuple, read for every pair of figures of a long text).
_LAST: list[Any] = [None, [], False]


def _sentence_at(sentences: tuple[Span, ...], at: int) -> Span | None:
    """The first of ``sentences`` holding the character at ``at``, or None: found by bisection when
    the sentences are in order without overlaps (a report's are), else by reading them in turn."""
    if _LAST[0] is not sentences:
        ordered = all(s.start <= s.end for s in sentences) and all(
            a.end <= b.start for a, b in itertools.pairwise(sentences)
        )
        _LAST[:] = [sentences, [s.start for s in sentences], ordered]
    if not _LAST[2]:
        return next((s for s in sentences if s.start <= at < s.end), None)
    k = bisect.bisect_right(_LAST[1], at) - 1
    return sentences[k] if k >= 0 and at < sentences[k].end else None


_WHEN = re.compile(
    r"\b(?:(?:19|20)\d\d|(?:last|this)\s+(?:year|month|week|season|quarter)|(?:a|one|two|three)\s+years?\s+(?:ago|earlier))\b",
    re.I,
)
#: Where a figure's clause ends: a full stop, or a comma before a clause of another event ("had
#: recruited 4,000 teachers since 2019, after dismissing 21,000 in 2017": 2017 is the dismissals').
_STOP = re.compile(
    r"[.;!?]|,\s+(?:after|before|when|while|whereas|but|although|though)\s+(?:\w+ing|the|a|it|he|she|they)\b"
)
_BASE = re.compile(r"\b(?:from|than|since|with)\s+$", re.I)


#: "last year" and "this year" as a year of the article's date (round fault22r)
_RELATIVE = {"last year": -1, "this year": 0}


def _clause_times(
    text: str, figure: Figure, sentences: tuple[Span, ...], published: int | None = None
) -> tuple[frozenset[str], frozenset[str]]:
    """The times named in the figure's clause (from its sentence's start to the first stop after
    it) and in its whole sentence, lower case; "last year" and "this year" as years when the
    article's year (``published``) is known."""
    sentence = _sentence_at(sentences, figure.span.start)
    if sentence is None:
        return frozenset(), frozenset()
    stop = _STOP.search(text, figure.span.end, sentence.end)
    clause = text[sentence.start : stop.start() if stop else sentence.end]
    whole = text[sentence.start : sentence.end]

    def norm(words: str) -> frozenset[str]:
        # a time after "from", "than", "since", "with" is the base of a comparison ("down from a year
        # ago"), not the figure's own; "a year ago" and "a year earlier" are one time
        return frozenset(
            _as_year(re.sub(r"\b(?:ago|earlier)$", "ago", " ".join(m.group(0).lower().split())), published)
            for m in _WHEN.finditer(words)
            if not _BASE.search(words, max(0, m.start() - 12), m.start())
        )

    return norm(clause), norm(whole)


def _as_year(when: str, published: int | None) -> str:
    """A time's words, "last year" and "this year" told as the year they name in an article
    dated ``published`` ("68 homicides last year" in January 2011 and "82 homicides in 2010" are
    one year's counts); any other time, or with no date, as it is."""
    shift = _RELATIVE.get(when)
    return when if shift is None or published is None else str(published + shift)


_DEFINITE = re.compile(r"\b(?:the|these|those)\s+$", re.I)


def times_apart(
    text: str, a: Figure, b: Figure, sentences: tuple[Span, ...], published: int | None = None
) -> bool:
    """True when one figure's clause names a time ("at the end of 2019", "last year") that the
    other's sentence does not name: the two figures are counts at two times. A figure told as a
    definite reference back ("The 20 states that Gallup classifies …" after "in 2015 finds that 20
    states …") is the earlier count again, whatever time its own sentence leaves out.  With the
    article's year (``published``), "last year" and "this year" are the years they name."""
    if any(_DEFINITE.search(text, max(0, f.span.start - 12), f.span.start) for f in (a, b)):
        return False
    if _same_month(text, a, b, sentences):
        return False  # "had risen to 5.8% in March" and "was 5.2% in March 2025": one March
    ca, sa = _clause_times(text, a, sentences, published)
    cb, sb = _clause_times(text, b, sentences, published)
    return bool((ca and not ca & sb) or (cb and not cb & sa))


_MONTH = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def _same_month(text: str, a: Figure, b: Figure, sentences: tuple[Span, ...]) -> bool:
    """True when both figures' clauses name one month ("5.8% in March" and "5.2% in March 2025"):
    the side that leaves the year out means the same month, not another time."""

    def months(figure: Figure) -> set[str]:
        sentence = _sentence_at(sentences, figure.span.start)
        if sentence is None:
            return set()
        stop = _STOP.search(text, figure.span.end, sentence.end)
        return set(_MONTH.findall(text[sentence.start : stop.start() if stop else sentence.end]))

    return bool(months(a) & months(b))


#: A period a count is told over: "since 2021", "since January", "in the past three years", "over
#: two years", "this year", "so far", "in 2023".
_PERIOD = re.compile(
    r"\b(?:since\s+(?:(?:19|20)\d\d|[A-Z][a-z]+|(?:the\s+)?(?:start|beginning|end)\b)"
    r"|(?:in|over|during|within)\s+(?:the\s+)?(?:past|last|first|next)\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?)"
    r"|(?:in|over|within)\s+(?:\w+|\d+)\s+(?:years|months|weeks|days)"
    r"|(?:this|last)\s+(?:year|month|week|season|quarter)|so\s+far|(?:in|during)\s+(?:19|20)\d\d)\b"
)


def _periods(text: str, figure: Figure, sentences: tuple[Span, ...], whole: bool) -> bool:
    """True when the figure's clause (``whole``: its sentence) names a period (:data:`_PERIOD`)."""
    sentence = _sentence_at(sentences, figure.span.start)
    if sentence is None:
        return False
    stop = None if whole else _STOP.search(text, figure.span.end, sentence.end)
    return _PERIOD.search(text, sentence.start, stop.start() if stop else sentence.end) is not None


def period_one_sided(text: str, a: Figure, b: Figure, sentences: tuple[Span, ...]) -> bool:
    """True when one figure's clause names the period its count covers ("'We've hired 5,200 since
    2021,' she said") and the other's sentence names none ("The province has hired 3,900 nurses,
    the minister said"): the second may count over another span the words leave unsaid, so the
    two differ (``warn``) but do not contradict each other (no ``fail``)."""
    left, right = _periods(text, a, sentences, False), _periods(text, b, sentences, False)
    return (left and not _periods(text, b, sentences, True)) or (
        right and not _periods(text, a, sentences, True)
    )
