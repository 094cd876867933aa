"""Two figures told for two scopes are two quantities (round prec22, issue 13).

Three forms a careful reader reads as parting two figures of one counted noun, which the
restatement rule (plugins/numeric_restated.py) compared as one quantity told twice:

* **the nation and a part of it** ("Average yields in the state fell to 137 bushels" / "U.S. corn
  yields averaged 123.4 bushels"): a clause that tells its figure for the whole country
  ("national", "nationwide", "the country's", "U.S.") and one that tells it for a state,
  province, region or city ("in the state", "statewide", "provincial") count for two places
  (:func:`scope_levels_apart`).  Read in each figure's own clause; two clauses of one level, or
  a clause naming both, are still compared.
* **some members of a set** ("with some counties reporting yields below 100 bushels"): a plural
  noun (no span of time: "several years") after "some", "several", "a few", "certain" or "a
  handful of", standing before the figure in its clause as the subject of its verb, tells the
  figure of those members, not of the whole
  (:func:`some_members_apart`; the sentence-opening form "In several municipalities, …" is
  :mod:`.numeric_subsets`).
* **a past year the article's opening never names** ("The previous record, about 7.6 million
  hectares, was set in 1995" / "Quebec …, with about 5.2 million hectares burned"): a year told
  right after the figure in its clause ("…, was set in 1995", "… in 1995", at most 40 characters
  on), before the latest year of the headline and first paragraph and not named there, dates the
  figure to another time; a sentence that names no year reads at the article's own time unless
  it says another ("a year earlier", "last year", "then") (:func:`past_year_apart`).  A year
  elsewhere in the sentence ("at the state level in 2015 finds that 20 states …", "a report …
  estimated that from September to December 2014, …") dates nothing: a first version that read
  the whole sentence lost four planted restatements of polnear/train.  A year after "since",
  "until", "before" or "after" dates nothing ("the lowest since 1995"), and a sentence naming a
  year on the other side leaves the pair to the period rules.

Each rule parts only two figures that differ: two mentions that agree at the precision of the less
precise stay one quantity, so an agreeing earlier mention still answers for a later one.
"""

from __future__ import annotations

import re

from factcheck.model import Figure
from factcheck.word_index import WordGate

from .numeric_memo import per_index
from .numeric_text import TextIndex, agree_at_precision
from .that_time import lede_end

__all__ = ["past_year_apart", "scope_levels_apart", "some_members_apart", "when_year", "when_year_apart"]

_NATIONAL = re.compile(
    r"\b(?:national(?:ly)?|nationwide|country-?wide|the\s+(?:country|nation)(?:'s|’s)?)\b|"
    r"(?<![\w.])U\.S\.(?=\s+[a-z])",
    re.I,
)
_LOCAL = re.compile(
    r"\b(?:the\s+(?:state|province|region|city|county)(?:'s|’s)?|state-?wide|province-?wide|provincial|"
    r"region-?wide|city-?wide|county-?wide)\b",
    re.I,
)


_NATIONAL_GATE, _LOCAL_GATE = WordGate(_NATIONAL), WordGate(_LOCAL)  # their words, looked up first


def _levels(index: TextIndex, figure: Figure) -> frozenset[str]:
    span = index.clause(figure)
    clause = span.of(index.text)
    found = set()
    if _NATIONAL_GATE.may_match(index.text, span.start, span.end) and _NATIONAL.search(clause):
        found.add("national")
    if _LOCAL_GATE.may_match(index.text, span.start, span.end) and _LOCAL.search(clause):
        found.add("local")
    return frozenset(found)


def scope_levels_apart(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when one figure's clause tells it for the nation and the other's for a state, province,
    region or city only: two places."""
    if agree_at_precision(a, b, index.text):
        return False  # only a difference is explained away: two agreeing mentions stay one quantity
    la, lb = _levels(index, a), _levels(index, b)
    return len(la) == len(lb) == 1 and la != lb


_SOME_MEMBERS = re.compile(
    r"\b(?:some|several|a\s+few|certain|a\s+handful\s+of)\s+(?:of\s+the\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?!(?:years|months|weeks|days|decades|times|hours|minutes)\b)[a-z]+s\s+"
    r"(?:[a-z-]+\s+){1,4}$",
    re.I,
)


def _of_some(index: TextIndex, figure: Figure) -> bool:
    clause = index.clause(figure)
    return _SOME_MEMBERS.search(index.text, clause.start, figure.span.start) is not None


def some_members_apart(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when exactly one of the figures is told of some members of a set ("some counties
    reporting yields below 100 bushels")."""
    if agree_at_precision(a, b, index.text):
        return False
    return _of_some(index, a) != _of_some(index, b)


_YEAR = re.compile(r"(?<![\d.,$€£])\b(19\d\d|20\d\d)\b(?![\d,.]\d)")
_NOT_A_DATE = re.compile(r"\b(?:since|until|till|before|after|by|from|through)\s+(?:the\s+)?$", re.I)


def _years(text: str, start: int, end: int) -> set[int]:
    """The years named between ``start`` and ``end`` that date something (not "since 1995")."""
    return {
        int(m.group(1))
        for m in _YEAR.finditer(text, start, end)
        if not _NOT_A_DATE.search(text, max(start, m.start() - 12), m.start())
    }


#: Words that date a sentence naming no year to another time than the article's own.
_RELATIVE_PAST = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|ten)\s+(?:years?|decades?)\s+(?:earlier|before|ago)|last\s+year|"
    r"(?:the\s+)?(?:previous|prior|preceding)\s+(?:year|season|decade)|earlier|ago|then|at\s+the\s+time)\b",
    re.I,
)


@per_index
def _opening_years(index: TextIndex) -> frozenset[int]:
    """The years named in the headline, the lines under it and the first paragraph (read once a
    document: the restatement rule asks for every pair of figures it weighs)."""
    return frozenset(_years(index.text, 0, lede_end(index.text, index.title_end)))


#: A year told right after the figure, in its clause, as the figure's own time: "about 7.6
#: million hectares, was set in 1995", "7.6 million hectares in 1995", "the 7.6 million of 1995".
_YEAR_AFTER = re.compile(
    r"^[^.;:!?\d]{0,40}?\b(?:(?:was|were)\s+(?:set|reached|recorded)\s+)?(?:in|during|of)\s+"
    r"(19\d\d|20\d\d)\b(?![\d,.]\d)",
    re.I,
)


#: A twelve-month period told right after the figure and ending in a named year: "13,038 square
#: kilometres in the 12 months to July 2021", "… in the year to March 2019" (round alarm22r).
_PERIOD_TO_YEAR = re.compile(
    r"^[^.;:!?\d]{0,40}?\b(?:in|during|over|for)\s+the\s+(?:12|twelve)?\s*(?:months?|year)\s+"
    r"(?:to|ending|ended|through)\s+(?:[A-Z][a-z]+\s+)?(19\d\d|20\d\d)\b(?![\d,.]\d)",
)


def _period_dated_after(after: str) -> int | None:
    """The year a twelve-month period told right after a figure ends in ("in the 12 months to July
    2021"), or None: a careful reader dates the figure to that period as to a year."""
    match = _PERIOD_TO_YEAR.match(after)
    return int(match.group(1)) if match else None


def _dated_after(index: TextIndex, figure: Figure) -> int | None:
    """The year told right after ``figure`` in its clause, as its time, or None."""
    clause = index.clause(figure)
    after = index.text[figure.span.end : clause.end]
    match = _YEAR_AFTER.match(after)
    return int(match.group(1)) if match else _period_dated_after(after)


def past_year_apart(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when one figure is dated right after it to a past year the opening never names and the
    other's sentence names no year nor another time: another time and the article's own."""
    if agree_at_precision(a, b, index.text):
        return False
    opening = _opening_years(index)
    if not opening:
        return False
    now = max(opening)
    for dated, plain in ((a, b), (b, a)):
        year = _dated_after(index, dated)
        if year is None or year >= now or year in opening:
            continue
        sentence = index.sentences[index.sentence_of(plain.span)]
        if _years(index.text, sentence.start, sentence.end):
            continue  # a year in the other sentence: the period rules compare the two
        if _RELATIVE_PAST.search(index.text, sentence.start, sentence.end) is None:
            return True  # "A year earlier, … 2.19 million": a plain sentence of another time
    return False


#: A figure told in a clause hung on a year by "when": "on 2021, when 8,187 people died", "the 2002
#: census, when 24,227,297 people were counted" (a few words may stand between "when" and it).
_WHEN_YEAR = re.compile(r"\b(19\d\d|20\d\d)\s*,\s+when\s+(?:[\w'’-]+\s+){0,4}$")


def when_year(text: str, figure: Figure) -> int | None:
    """The year a figure is told of in a "YEAR, when …" clause right before it, or None."""
    match = _WHEN_YEAR.search(text, max(0, figure.span.start - 60), figure.span.start)
    return int(match.group(1)) if match else None


def when_year_apart(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when one figure is told in a "YEAR, when …" clause and the other is of another time:
    its sentence names years, that one not among them, or names none while the article's opening
    does and not that one ("a jump of 304 on 2021, when 8,187 people died" against "8,268 people
    died … in 2023").  Two figures that agree stay one quantity."""
    if agree_at_precision(a, b, index.text):
        return False
    for dated, other in ((a, b), (b, a)):
        year = when_year(index.text, dated)
        if year is None:
            continue
        sentence = index.sentences[index.sentence_of(other.span)]
        years = _years(index.text, sentence.start, sentence.end) or _opening_years(index)
        if years and year not in years:
            return True
    return False
