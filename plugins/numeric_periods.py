"""A figure told for an earlier period than another is another quantity (round alarm20, class B).

"The price was about 31.8 euro cents per litre" and "A year earlier, when the euro cost around
4.23 złoty, the price was about 36.2 cents" count one noun for one subject, but a year apart; so
do "In 2005, …, earnings were worth roughly $648 million" and "the 2006 earnings are equivalent to
about $781 million".  A careful reader takes the period a sentence sets in front of its clause
("A year earlier,", "In 2005,", "Last year,") or a figure carries right after it ("2.85 złoty a
year earlier", "29 per cent last year") or right before it ("last year's 11,870") as the figure's
own, and does not read two figures as one quantity when the other carries no period at all, or
another relative one ("two years ago").  Two figures whose clauses both name years, none in
common, are also two periods' figures ("in 2006" / "in 2005": the sentence rule reads years only
to their decade); a year told as a limit ("until 2015", "by 2020") dates no figure.  A relative
period against a year ("A year earlier" / "in 2012") may be the same year and is left to the
other rules.

Months are not read: "in March" beside a figure often dates the news, not a period apart.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_memo import per_figure
from .numeric_text import TextIndex

__all__ = ["period_of", "periods_apart"]

_UNIT = r"(?:year|month|quarter|week|decade|day)"  # seasons: numeric_holders.when
_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNTS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10}
_RELATIVE = (
    rf"(?:(?P<n>{_COUNT})\s+(?P<u1>{_UNIT})s?\s+(?:earlier|ago|before|previously)|"
    rf"(?:last|previous|prior|preceding)\s+(?P<u2>{_UNIT})|"
    rf"the\s+(?P<u3>{_UNIT})\s+(?:before|earlier))"
)
_UNNAMED = re.sub(r"\?P<\w+>", "", _RELATIVE)  # the same words, for a second use in one pattern
_YEAR = r"(?:19|20)\d\d"
#: A period set in front of the sentence: "A year earlier,", "In 2005,", "Last year the …".
_FRONTED = re.compile(
    rf"[\s\"“‘']*(?:(?:in|during|for)\s+(?P<year>{_YEAR})\b(?!\s*[-–/])|{_RELATIVE}\b(?![’']s))", re.I
)
#: A period carried right after the figure and its noun, before any other figure or clause break;
#: not the base of a comparison ("5.4 million from last year's 4.8 million", "more than last year").
_AFTER = re.compile(
    rf"^(?![^\d,;:.!?()]{{0,40}}?\b(?:than|from|since|over|on|with|against)\s+{_UNNAMED})"
    rf"[^\d,;:.!?()]{{0,40}}?\b{_RELATIVE}\b(?![’']s)",
    re.I,
)
#: "last year's 11,870 finishers", "the previous year's $2.1 million".
_BEFORE = re.compile(rf"\b{_RELATIVE}['’]s\s+(?:[\w-]+\s+)?$", re.I)
_YEAR_RE = re.compile(rf"\b{_YEAR}\b")
_LIMIT = re.compile(r"\b(?:until|till|since|before|after|by)\s+$", re.I)


def _relative(match: re.Match[str]) -> str:
    """One name for a relative period: "a year earlier", "last year", "the year before" are "year-1"."""
    unit = (match.group("u1") or match.group("u2") or match.group("u3")).lower()
    count = (match.group("n") or "a").lower()
    return f"{unit}-{_COUNTS.get(count, count)}"


@per_figure
def period_of(index: TextIndex, figure: Figure) -> frozenset[str]:
    """The periods set for ``figure``: by its sentence's opening (when its clause starts the
    sentence), right after it, or by a possessive right before it."""
    text = index.text
    number = index.sentence_of(figure.span)
    if number < 0:
        return frozenset()
    sentence = index.sentences[number]
    clause = index.clause(figure)
    found: set[str] = set()
    if not text[sentence.start : clause.start].strip(" \"“‘'\n"):
        fronted = _FRONTED.match(text, sentence.start, figure.span.start)
        if fronted:
            found.add(fronted.group("year") or _relative(fronted))
    after = _AFTER.match(text[figure.span.end : clause.end])
    if after:
        found.add(_relative(after))
    before = _BEFORE.search(text, max(clause.start, figure.span.start - 40), figure.span.start)
    if before:
        found.add(_relative(before))
    return frozenset(found)


@per_figure
def _years(index: TextIndex, figure: Figure) -> frozenset[str]:
    """The years the figure's clause dates things in; not a year told as a limit ("until 2015",
    "by 2020", "since 2009"), which dates no figure of the clause."""
    clause = index.clause(figure)
    return frozenset(
        m.group(0)
        for m in _YEAR_RE.finditer(index.text, clause.start, clause.end)
        if not _LIMIT.search(index.text, max(clause.start, m.start() - 8), m.start())
    )


def periods_apart(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when one figure carries a period of its own and the other none (no period of its own,
    no year in its clause: a year in a clause alone is no period set apart, "in 2015 finds that 20
    states …" against "the 20 states …"), or both carry relative periods and differ ("a year
    earlier" / "two years ago"), or both clauses name years and share none.  A relative period
    against a year ("A year earlier" / "in 2012") may be one period: which year the article is told
    in is not read, so it is left."""
    pa, pb = period_of(index, a), period_of(index, b)
    ya, yb = _years(index, a), _years(index, b)
    if (pa and not pb and not yb) or (pb and not pa and not ya):
        return True
    relative_a, relative_b = {p for p in pa if "-" in p}, {p for p in pb if "-" in p}
    if relative_a and relative_b and relative_a.isdisjoint(relative_b):
        return True
    return bool(ya and yb and ya.isdisjoint(yb))
