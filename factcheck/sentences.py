"""The sentence rules the claim store needs, without the extractor: split a text into sentences and
find the sentence around a span.

These are the rules of :mod:`factcheck.extraction.text` (paragraphs of lines, a lowercase line
continuing the one before; a sentence ends at ``.``, ``!``, ``?`` or ``…`` before a capital, a
digit or an opening mark, never after an abbreviation or an initial), kept here so the store
imports no extractor.  Each sentence of a quotation is a sentence of its own, as the store keeps
a figure's sentence.  tests/test_store_keys.py checks they cut every public article exactly as
the extractor's rules do.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from factcheck.model import Span
from factcheck.vocabulary import ABBREVIATIONS

__all__ = ["sentence_around", "split_sentences"]

_SENTENCE_END = re.compile(r"[.!?…]+[\"”’'»)\]]*")
_SPACES = re.compile(r"\s*")
_LINE = re.compile(r"[^\n]+")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


def _paragraphs(text: str) -> list[Span]:
    """Non-empty trimmed lines; a line that begins in lowercase continues the one before."""
    spans: list[Span] = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        span = Span(match.start() + lead, match.start() + lead + len(stripped))
        if spans and stripped[0].islower() and text[spans[-1].end - 1] not in '.!?"”':
            spans[-1] = spans[-1].cover(span)
        else:
            spans.append(span)
    return spans


def _abbreviation_before(text: str, dot: int, start: int) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation or an initial, not a sentence."""
    word = _WORD_BEFORE.search(text[max(start, dot - 40) : dot])
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    return token in ABBREVIATIONS or len(token) == 1 or bool(_INITIALS.fullmatch(token))


def _sentences(text: str, paragraph: Span) -> list[Span]:
    """Split one paragraph into sentences (a quotation's sentences apart)."""
    out: list[Span] = []
    begin = paragraph.start
    for end_mark in _SENTENCE_END.finditer(text, paragraph.start, paragraph.end):
        boundary = end_mark.end()
        if boundary >= paragraph.end or not text[boundary].isspace():
            continue
        following = _SPACES.match(text, boundary, paragraph.end)
        after = following.end() if following else boundary
        if after >= paragraph.end:
            continue
        first = text[after]
        if not (first.isupper() or first.isdigit() or first in "\"“‘'«("):
            continue
        dot = boundary
        while dot > begin and text[dot - 1] in "\"”’'»)]":
            dot -= 1
        if text[dot - 1] == "." and _abbreviation_before(text, dot - 1, begin):
            continue
        out.append(Span(begin, boundary))
        begin = after
    if begin < paragraph.end:
        out.append(Span(begin, paragraph.end))
    return out


def split_sentences(text: str) -> list[Span]:
    """Every sentence of ``text`` (headline and page furniture included), sorted, disjoint, trimmed."""
    return [sentence for paragraph in _paragraphs(text) for sentence in _sentences(text, paragraph)]


def sentence_around(text: str, span: Span, split: Sequence[Span] | None = None) -> Span:
    """The sentence of ``text`` holding ``span`` (both when it straddles two); ``split`` is
    :func:`split_sentences` of ``text`` when many spans of one text are looked up.  A span
    between two sentences is returned as it is."""
    spans = split_sentences(text) if split is None else split
    first = bisect.bisect_right(spans, span.start, key=lambda s: s.start) - 1
    last = bisect.bisect_left(spans, span.end, key=lambda s: s.end)
    start = spans[first].start if first >= 0 and spans[first].end > span.start else span.start
    end = spans[last].end if last < len(spans) and spans[last].start < span.end else span.end
    return Span(min(start, span.start), max(end, span.end))
