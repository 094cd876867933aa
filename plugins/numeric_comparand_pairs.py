"""Two figures a stated multiple does not set against each other (fault20).

The stated-multiples rule (:mod:`.numeric_stated`) takes the only two figures of one kind in a
sentence as the two sides of its "double", "twice as many", "N times".  A careful reader does not
when the sentence says otherwise:

* **two comparands of one subject**: "The area burned was more than double the 2016 figure of
  255,000 hectares, and about 2.5 times the average of 290,000 hectares": each figure stands after
  a multiple of its own, both measured against the area burned, which the sentence does not give;
  the two are never compared with each other.  Read when both figures stand after the multiple and
  another multiple ("2.5 times", "twice", "triple", "half") stands between them.
* **one quantity's two levels against something else**: "the number of Japanese traveling abroad
  slipped 3.4 percent to 15.45 million from 15.99 million, meaning Japan sent more than twice as
  many travelers abroad as it received": the two figures are one change's new and old level ("to A
  from B", "from A to B"), one quantity at two times; the "as" clause after the multiple names the
  other side ("as it received"), which is not the earlier time.  Read when both figures stand before
  the multiple, they are joined as one change's levels, and the "as" after it is followed by words
  that name no time ("as a year earlier", "as in 2008", "as last year" still compare the two levels).

Near misses still judged: "The area burned was 400,000 hectares, more than double the 2016 figure of
255,000 hectares" (one figure on each side), and "rose to 15.45 million from 9.9 million, more than
twice as many as a year earlier" (the comparand is the earlier level).
"""

from __future__ import annotations

import re

from factcheck.model import Figure, Span

from .numeric_text import TextIndex

__all__ = ["comparands_of_one_subject", "levels_against_another"]

#: A multiple of its own between two comparands: "and about 2.5 times the", "twice the", "half the".
_OTHER_MULTIPLE = re.compile(
    r"\b(?:\d+(?:\.\d+)?|two|three|four|five|six|ten)\s+times\b|\b(?:double|twice|triple|treble|half)\b", re.I
)
#: The gap between one change's two levels: "to A from B", "from A to B".
_LEVELS_GAP = re.compile(r"\s+(?:from|to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?", re.I)
_LEVEL_OPENS = re.compile(r"\b(?:from|to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
#: "as" after an "as many/much" comparison, and what follows it up to the clause's end.
_AS_CLAUSE = re.compile(r"\bas\s+(?P<rest>[^,;.:—–]*)", re.I)
#: A time the "as" clause may name: the comparison is then with the earlier level.
_TIME = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:year|years|month|months|decade|season|quarter|week|ago|before|earlier|previously|"
    r"last|then|previous|prior)\b",
    re.I,
)


def comparands_of_one_subject(text: str, multiple: Span, a: Figure, b: Figure) -> bool:
    """True when both figures follow the multiple and another multiple stands between them: each is
    a comparand of the same unstated subject ("more than double the … 255,000, and about 2.5 times
    the … 290,000")."""
    first, second = sorted((a, b), key=lambda f: f.span.start)
    if first.span.start < multiple.end:
        return False
    return _OTHER_MULTIPLE.search(text, first.span.end, second.span.start) is not None


def levels_against_another(index: TextIndex, multiple: Span, sentence: Span, a: Figure, b: Figure) -> bool:
    """True when the two figures are one change's two levels told before the multiple, and the
    multiple's "as" clause names another side than the earlier time ("… to 15.45 million from
    15.99 million, meaning … twice as many travelers abroad as it received")."""
    text = index.text
    first, second = sorted((a, b), key=lambda f: f.span.start)
    if second.span.end > multiple.start:
        return False
    if not _LEVELS_GAP.fullmatch(text, first.span.end, second.span.start):
        return False
    if not _LEVEL_OPENS.search(text, max(sentence.start, first.span.start - 20), first.span.start):
        return False
    clause = _AS_CLAUSE.search(text, multiple.end, sentence.end)
    if clause is None:
        return False  # "twice as many": the comparand left unsaid may be the earlier level
    return _TIME.search(clause.group("rest")) is None
