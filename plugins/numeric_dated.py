"""Dates and elided nouns that tie two mentions of a figure together (factcheck issue 13, round 9).

Two readings of news text, each general:

* **a date label dates its paragraph.** A timeline, a diary or a chronology opens each entry with
  its date and a colon or dash ("May 3: The fire jumps the river … By night it covers about
  10,000 hectares."): every sentence of the entry is of that day, though none names it.  The
  label's month is then one of the sentence's time words (:func:`label_date`), and the label's
  day one of the calendar days the sentence names (:func:`calendar_days`).
* **the same calendar day named for both mentions** ("between May 3 and May 7 … from about
  10,000 hectares" against the entry "May 3: … about 10,000 hectares") is one more thing the two
  have in common, as a shared context word is (:func:`same_day`).  A month alone ("in May") is
  not: a month holds many days.
* **a figure after "to" in "from A <noun> to B" counts A's noun** ("went from about 10,000
  hectares to more than 156,000": 156,000 hectares), the noun left out the second time
  (:func:`elided_noun`).
"""

from __future__ import annotations

import re

from factcheck.model import Figure, Span
from factcheck.word_index import WordGate

__all__ = ["calendar_days", "elided_noun", "label_date", "same_day"]

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_MONTH_DAY = r"(?P<month>" + _MONTHS + r")\.?\s+(?P<day>\d{1,2})(?:\s*[-–]\s*\d{1,2})?"
_DAY_MONTH = r"(?P<day2>\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+(?P<month2>" + _MONTHS + r")\.?"
#: A paragraph opening with a date and a colon or dash: "May 3:", "June 16-18 —", "Sept. 4, 2023:",
#: "Monday, Oct. 2:", and the day first, as British and most other English news write it: "4 July:".
_LABEL = re.compile(
    r"[ \t]*" + _WEEKDAY + "(?:" + _MONTH_DAY + "|" + _DAY_MONTH + r")(?:,?\s+\d{4})?\s*(?::|\s[-–—])\s"
)
#: A month's name and a day number, either way round: "May 3", "Sept. 14", "July 10, 2016", "4 July".
_DAY = re.compile(
    r"\b(?:(?P<month>" + _MONTHS + r")\.?\s+(?P<day>\d{1,2})\b(?![\d,.]\d|\s*(?:%|percent))|"
    r"(?<![\d,.$£€])(?P<day2>\d{1,2})\s+(?P<month2>" + _MONTHS + r")\b)"
)
_DAY_GATE = WordGate(_DAY)  # tried only in a sentence naming a month
#: "from [hedge] A <noun> to [hedge]" right before a figure.
_FROM_TO = re.compile(
    r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|just\s+|over\s+|"
    r"under\s+|(?:more|less|fewer)\s+than\s+)?\$?\d[\d,.]*\s*(?:million|billion|thousand)?\s+"
    r"(?P<noun>[a-z][a-z\-]+)\s+to\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|"
    r"just\s+|over\s+|under\s+|(?:more|less|fewer)\s+than\s+)?$",
    re.I,
)
_NOT_NOUNS = frozenset(
    "percent per cent million billion thousand points point a.m p.m in on at and or of the".split()
)


def label_date(text: str, sentence: Span) -> tuple[str, str] | None:
    """The date label opening the paragraph that holds ``sentence`` ("May 3: …"), as (month, day):
    the month's first three letters, lower case, and the day number; None when there is none."""
    start = text.rfind("\n", 0, sentence.start) + 1
    found = _LABEL.match(text, start)
    if found is None:
        return None
    return _month_day(found)


def _month_day(found: re.Match[str]) -> tuple[str, str]:
    """The month (first three letters, lower case) and the day number of a date matched either way round."""
    month, day = found.group("month") or found.group("month2"), found.group("day") or found.group("day2")
    return month[:3].lower(), str(int(day))


def calendar_days(text: str, sentence: Span) -> frozenset[str]:
    """The calendar days a sentence names ("may 3", "jul 10"), with its paragraph's date label's."""
    days = {" ".join(_month_day(m)) for m in _DAY_GATE.finditer(text, sentence.start, sentence.end)}
    label = label_date(text, sentence)
    if label is not None:
        days.add(" ".join(label))
    return frozenset(days)


def same_day(days_a: frozenset[str], days_b: frozenset[str], context: frozenset[str]) -> bool:
    """True when the two mentions' sentences name one calendar day and the month is not already a
    context word the two share (``context``: their shared context stems), so that it counts once."""
    common = days_a & days_b
    return bool(common) and not any(day.split()[0] in {c[:3] for c in context} for day in common)


def elided_noun(text: str, figure: Figure) -> str:
    """The noun a figure after "from A <noun> to" counts, left out the second time ("from about
    10,000 hectares to more than 156,000": "hectares"), or ""."""
    found = _FROM_TO.search(text, max(0, figure.span.start - 90), figure.span.start)
    if found is None or found.end() != figure.span.start:
        return ""
    noun = found.group("noun")
    return "" if noun.lower() in _NOT_NOUNS else noun
