"""Figures that name rather than count: years, dates, times, ranges, ages, durations used as
adjectives, windows of time looked back over, identifiers, changes.  The restatement, part-whole and
stated-arithmetic checks compare no such figure (docs/checkers/numeric.md, "a quantity, not a
label")."""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_forms import glued_measure, is_rate_base, names_an_age_or_unit_part
from .numeric_text import TextIndex

__all__ = ["NOT_DIGIT", "is_change", "is_label"]

_MONTH_BEFORE = re.compile(
    # a month's name or abbreviation as a whole word ("decided 28 cases" names no December)
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$|"
    r"\b(?:section|article|chapter|title|page|no\.|number|amendment|rule|item|paragraph|district|"
    r"route|highway|flight|room|grade|act|bill|proposition|prop\.|age|aged|ages)\s*$",
    re.I,
)
_LABEL_AFTER = re.compile(
    r"^-[a-z]|^(?:st|nd|rd|th)\b|^[-–/:]\d|"
    r"^\.\d|^,\s*(?:is|was|who|and)\b|^\s*(?:years?|months?)\s+old\b|^\)|"
    r"^\s+(?:hours?|days?|weeks?|months?|years?|decades?)\s+(?:earlier|later|ago|before|after|from\s+now)\b",
    re.I,
)
_WINDOW_BEFORE = re.compile(r"\b(?:past|last|next|previous|coming|first|final)\s+$", re.I)
_WINDOW_AFTER = re.compile(r"\s+(?:years?|months?|weeks?|days?|decades?|hours?|centur(?:y|ies))\b", re.I)
_VAGUE = re.compile(
    r"\b(?:figures|hundreds|thousands|dozens|millions|billions|scores|tens|several|many|few)\b", re.I
)
_CHANGE_BEFORE = re.compile(
    r"\b(?:(?:up|down)\s+by|rose|rise|fell|fall|climbed|gained|lost|dropped|jumped|increased|decreased|declined|grew|"
    r"shed|added|slipped|edged|surged|plunged)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?\$?$",
    re.I,
)
# is_label's patterns, compiled once (it is asked about every figure several times)
_LABEL_BEFORE = re.compile(r"[\d/:–\-]$|<[^>]*$")
_THOUSANDS = re.compile(r",\d{3}")
NOT_DIGIT = re.compile(r"\D")
_FIGURES_AFTER = re.compile(r"\s+figures\b")
_LETTER = re.compile(r"[A-Za-z]")


def is_change(index: TextIndex, figure: Figure) -> bool:
    """True for a figure right after a verb of change ("rose 46 cents", "added 142,000"): a change
    over a stretch of time, not a level."""
    return bool(_CHANGE_BEFORE.search(index.text[max(0, figure.span.start - 25) : figure.span.start]))


def is_label(index: TextIndex, figure: Figure, *, changes: bool = True) -> bool:
    """A figure that names rather than counts: a year, date, time, range, age, duration adjective or id.

    ``changes``: a figure after a verb of change ("rose 46 cents") is a change, not a level; with
    ``changes=False`` it is judged as a count (a part, "lost 10 of the 18 by-elections")."""
    text = index.text
    token = figure.span.of(text)
    before = text[max(0, figure.span.start - 25) : figure.span.start]
    after = text[figure.span.end : figure.span.end + 20]
    if figure.range_with is not None or _LABEL_BEFORE.search(before):
        return True
    year = figure.value == int(figure.value) and 1900 <= figure.value <= 2100
    if year and not figure.currency and not figure.is_percent and not _THOUSANDS.search(token):
        return True
    digits = NOT_DIGIT.sub("", token)
    if len(digits) >= 10:
        return True  # identifiers and timestamps
    if not digits and _VAGUE.search(token):
        return True  # "hundreds", "dozens": no figure to compare
    if _FIGURES_AFTER.match(after) or is_rate_base(text, figure) or names_an_age_or_unit_part(text, figure):
        return True  # "six figures" is a size, not a count; "per 100,000" is a rate's base
    if (changes and is_change(index, figure)) or (_LETTER.match(after) and not glued_measure(text, figure)):
        return True  # a change ("rose 46 cents") is not a level; "50px" is a code, "390mm" a quantity
    if _WINDOW_BEFORE.search(before) and _WINDOW_AFTER.match(after):
        return True  # "in the past 28 years": a stretch of time the sentence looks back over
    return bool(_MONTH_BEFORE.search(before) or _LABEL_AFTER.search(after))
