"""Paragraphs and sentences: the one set of sentence rules factcheck has.

A paragraph is a non-empty trimmed line, a line beginning in lowercase continuing the one before
(hard-wrapped text). A sentence ends at ``.``, ``!``, ``?`` or ``…`` before a capital, a digit or
an opening mark, never after an abbreviation or an initial. The extractor reads a quotation of
several sentences as one (``whole_quotes``); the claim store reads each of its sentences apart.
This module sits below both, so the store and the checkers import no extractor.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from factcheck.spans import Span
from factcheck.vocabulary import ABBREVIATIONS

__all__ = [
    "OPEN_DOUBLE",
    "QUOTE_MARKS",
    "SENTENCE_END",
    "abbreviation_before",
    "paragraphs",
    "sentence_around",
    "sentences",
    "split_sentences",
]

OPEN_DOUBLE = "“«„"
SENTENCE_END = re.compile(r"[.!?…]+[\"”’'»)\]]*")


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Split ``text[start:end]`` into paragraphs: non-empty lines, trimmed.

    A line that begins with a lowercase letter continues the line before it
    (hard-wrapped text), so a sentence is never cut by a line break.
    """
    end = len(text) if end is None else end
    spans: list[Span] = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        span = Span(start + match.start() + lead, start + match.start() + lead + len(stripped))
        if spans and stripped[0].islower() and text[spans[-1].end - 1] not in '.!?"”':
            spans[-1] = spans[-1].cover(span)
        else:
            spans.append(span)
    return spans


def abbreviation_before(text: str, dot: int, start: int = 0) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation or an initial ("U.S.", "Dr.",
    "Jose A."), not a sentence; ``start`` bounds how far back the word is read."""
    # the word is the run of ASCII letters and dots that ends at the stop (or before a line break
    # right before it, where "$" also matches), from its first letter, within 40 characters:
    # what ``([A-Za-z][A-Za-z.]*)$`` finds in ``text[max(start, dot - 40):dot]``, read backwards
    low = max(start, dot - 40)
    end = dot - 1 if dot > low and text[dot - 1] == "\n" else dot
    first = end
    while first > low and text[first - 1] in _WORD_CHARS:
        first -= 1
    while first < end and text[first] == ".":
        first += 1
    if first == end:
        return False
    token = text[first:end].lower().rstrip(".")
    if len(token) == 1 and first > 0 and text[first - 1].isdigit():
        return False  # "the 1990s.", "in her 40s.": a plural of a number, not an initial
    if token == "no" and not _NUMBER_AFTER.match(text, dot + 1):
        return False  # "the only one to vote no. He said …": "No." abbreviates only before a number
    return token in ABBREVIATIONS or len(token) == 1 or bool(_INITIALS.fullmatch(token))


_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
#: The number after "No." ("No. 10 Downing Street", "No. 3 seed").
_NUMBER_AFTER = re.compile(r"[ \t]*\d")


QUOTE_MARKS = re.compile(r"[“«„”»\"]|''")
SPACES = re.compile(r"\s*")


def sentences(text: str, paragraph: Span, *, whole_quotes: bool = True) -> list[Span]:
    """Split one paragraph into sentence spans.

    A sentence ends at ., ! , ? or … (with any closing marks) followed by space and
    a capital, a digit or an opening mark; not after an abbreviation or an initial,
    and, with ``whole_quotes``, not while a double quotation is open (a quoted passage
    of several sentences stays one sentence with its attribution, as a claim needs).
    Without ``whole_quotes`` each sentence of a quotation is a sentence of its own.
    The text is read once, whatever its length.  The split of a paragraph is remembered (the
    extractor, the report's sentences and the sources plugin split many of the same paragraphs).
    """
    return list(_sentences(text, paragraph.start, paragraph.end, whole_quotes))


@lru_cache(maxsize=1024)
def _sentences(text: str, start: int, end: int, whole_quotes: bool) -> tuple[Span, ...]:
    """:func:`sentences` of ``text[start:end]``, as a tuple (shared by every caller)."""
    paragraph = Span(start, end)
    out: list[Span] = []
    begin = paragraph.start
    open_quote = False
    scanned = paragraph.start
    for end_mark in SENTENCE_END.finditer(text, paragraph.start, paragraph.end):
        boundary = end_mark.end()
        if whole_quotes:
            for mark in QUOTE_MARKS.finditer(text, scanned, boundary):
                char = mark.group()
                # a straight mark, or two apostrophes standing for one (''…''), opens or closes
                open_quote = (not open_quote) if char in ('"', "''") else char in OPEN_DOUBLE
            scanned = boundary
        if open_quote or boundary >= paragraph.end or not text[boundary].isspace():
            continue
        following = SPACES.match(text, boundary, paragraph.end)
        after = following.end() if following else boundary
        if after >= paragraph.end:
            continue
        first = text[after]
        if not (first.isupper() or first.isdigit() or first in "\"“‘'«("):
            continue
        dot = boundary
        while dot > begin and text[dot - 1] in "\"”’'»)]":
            dot -= 1
        if text[dot - 1] == "." and abbreviation_before(text, dot - 1, begin):
            continue
        out.append(Span(begin, boundary))
        begin = after
    if begin < paragraph.end:
        out.append(Span(begin, paragraph.end))
    return tuple(out)


def split_sentences(text: str, *, whole_quotes: bool = True) -> list[Span]:
    """Every sentence of ``text``, headline and page furniture included, in text order.

    The text is cut into :func:`paragraphs` (every line; a line starting in lowercase
    continues the one before) and each is split by :func:`sentences` (``whole_quotes``
    as there), so the spans are sorted, disjoint, trimmed and never empty.
    """
    return [
        sentence
        for paragraph in paragraphs(text)
        for sentence in sentences(text, paragraph, whole_quotes=whole_quotes)
    ]


def sentence_around(
    text: str, span: Span, split: Sequence[Span] | None = None, *, whole_quotes: bool = True
) -> Span:
    """The sentence of ``text`` holding ``span``: from the start of the sentence where it starts
    to the end of the one where it ends (a span straddling two sentences gets both).

    ``split`` is :func:`split_sentences` of ``text`` (with ``whole_quotes``), to be passed when
    many spans of one text are looked up; it is computed here otherwise.  A span outside
    every sentence (in the blank between two) is returned as it is.
    """
    spans = split_sentences(text, whole_quotes=whole_quotes) if split is None else split
    first = bisect.bisect_right(spans, span.start, key=lambda s: s.start) - 1
    last = bisect.bisect_left(spans, span.end, key=lambda s: s.end)
    start = spans[first].start if first >= 0 and spans[first].end > span.start else span.start
    end = spans[last].end if last < len(spans) and spans[last].start < span.end else span.end
    return Span(min(start, span.start), max(end, span.end))
