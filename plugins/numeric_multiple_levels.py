"""A multiple told before its two levels, which the next sentence gives as a comparison: "Weekday
ridership has tripled since the line opened in 2004. … The line carried 21,400 riders each weekday
this year, compared with 9,200 in its first full year"; "Renting a flat in Dublin costs more than
three times as much as in Lisbon. … The average rent in Dublin was €1,820, compared with €760 in
Lisbon".

Ledes state the multiple in words and the next sentence gives the figures it rests on.  The
multiple readers of :mod:`.numeric_stated` need both figures in the multiple's own sentence, and
:mod:`.numeric_multiple_apart` the levels before it; this module pairs the multiple with the pair
the sentence after it compares.  Read only when (docs/checkers/numeric.md, "A multiple told before
its levels"):

* the multiple's sentence (not the headline) says "has doubled/tripled/trebled/quadrupled/halved"
  or "(more than / nearly / almost / about) twice / N times as much/many/high … as in X", and holds
  no figure of the levels' kind (a count against counts, one currency, shares);
* the very next sentence holds "A, compared with B" / "A, against B" / "A, up from B" / "A, down
  from B" (what A counts and when may stand before the comma), A and B of one kind, no figure and
  no other clause between them;
* for a verb of change, B is dated as the earlier level (a year, "first", "earlier", "ago", "then",
  "when", "last"), at the multiple's time: not another year than the one it names, not "a year
  earlier" / "last year" against a multiple over a longer span ("since 2010"); for "as much as
  in X", B is followed by "in X" or "for X" with X the place or thing the multiple compares with;
* the two sentences share a content word besides the comparand.

Which figures the multiple rests on is read, not stated, so a multiple they do not give is ``warn``
(``extra["apart"]``), never ``fail``.
"""

from __future__ import annotations

import itertools
import re

from factcheck.model import Figure, Span
from factcheck.word_index import WordGate

from .numeric_forms import VERB_FACTORS
from .numeric_text import _STOP, _WORD, Relation, TextIndex, _stem

__all__ = ["multiples_before_levels"]

_TIMES = {"twice": 2.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "ten": 10.0}
_HEDGE = r"(?P<hedge>more\s+than\s+|nearly\s+|almost\s+|about\s+|roughly\s+|over\s+)?"
_VERB_MULTIPLE = re.compile(
    r"\b(?:has|have|had)\s+" + _HEDGE + r"(?P<verb>doubled|tripled|trebled|quadrupled|halved)\b", re.I
)
_AS_MUCH = re.compile(
    r"\b" + _HEDGE + r"(?P<times>twice|(?:two|three|four|five|six|ten)\s+times)\s+(?:as\s+(?:much|many|high|"
    r"large|expensive|big|long)\s+)?as\s+(?:in|for|at)?\s*(?P<other>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})",
)
_VERB_GATE, _AS_MUCH_GATE = WordGate(_VERB_MULTIPLE), WordGate(_AS_MUCH)  # their words, looked up first
#: Between A and B: "A, compared with B", "A riders each weekday this year, compared with B", "A, up from B".
_PAIR = re.compile(
    r"(?:[^\d;:,.]{0,80},\s*|\s*,?\s+)(?:compared\s+(?:with|to)|up\s+from|down\s+from)\s+|\s*,\s*against\s+",
    re.I,
)
_EARLIER = re.compile(r"\b(?:(?:19|20)\d\d|first|earlier|ago|then|when|last|previous|before)\b", re.I)


def _content(text: str) -> set[str]:
    return {_stem(w.lower()) for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 3}


def _times_figure(index: TextIndex, figure: Figure) -> bool:
    """The multiple's own number ("three times"), which is no level."""
    return bool(re.match(r"\s*times\b", index.text[figure.span.end :], re.I))


def _pairs(index: TextIndex, sentence: int) -> list[tuple[Figure, Figure]]:
    """Every "A, compared with B" of the sentence: A and B of one kind, nothing between them."""
    figures = index.figures_of_sentence(sentence)
    found = []
    for a, b in itertools.pairwise(figures):
        if _PAIR.fullmatch(index.text, a.span.end, b.span.start) is None:
            continue
        if index.share(a) != index.share(b) or a.currency != b.currency:
            continue
        if a.range_with is not None or b.range_with is not None:
            continue
        found.append((a, b))
    return found


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ONE_YEAR_BACK = re.compile(
    r"\b(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+(?:previous|year\s+before|prior)\s+year|"
    r"a\s+month\s+(?:earlier|ago)|last\s+month)\b",
    re.I,
)
_ONE_YEAR = re.compile(r"\b(?:a|one|last|the\s+past)\s+(?:year|month)|year[\s-]on[\s-]year\b", re.I)


def _other_span_of_time(multiple: str, tail: str) -> bool:
    """True when the earlier level is dated to another time than the multiple's: another year
    ("since 2010" against "in 2015"), or a year or month back against a multiple over a longer span
    ("have doubled since 2010" against "£900 a year earlier")."""
    years, dated = set(_YEAR.findall(multiple)), set(_YEAR.findall(tail))
    if years and dated and not years & dated:
        return True
    return bool(_ONE_YEAR_BACK.search(tail)) and not _ONE_YEAR.search(multiple)


def multiples_before_levels(index: TextIndex) -> list[Relation]:
    """A ``multiple`` relation (``apart``) for every multiple whose levels the next sentence compares."""
    text = index.text
    found: list[Relation] = []
    for number, sentence in enumerate(index.sentences[:-1]):
        if sentence.end <= index.title_end:
            continue
        s, e = sentence.start, sentence.end
        if not (_VERB_GATE.may_match(text, s, e) or _AS_MUCH_GATE.may_match(text, s, e)):
            continue  # neither pattern's words in the sentence
        words = text[sentence.start : sentence.end]
        verb = _VERB_MULTIPLE.search(words)
        times = None if verb else _AS_MUCH.search(words)
        if verb is None and times is None:
            continue
        match = verb or times
        assert match is not None
        after = index.sentences[number + 1].of(text)
        own = index.figures_of_sentence(number)
        for a, b in _pairs(index, number + 1):
            if any(
                index.share(f) == index.share(a) and f.currency == a.currency and not _times_figure(index, f)
                for f in own
            ):
                continue  # the multiple's sentence gives a level of its own: not this rule's form
            tail = text[b.span.end : b.span.end + 60]
            nxt = [f for f in index.figures_of_sentence(number + 1) if f.span.start > b.span.end]
            if nxt:
                tail = text[b.span.end : nxt[0].span.start]
            if verb is not None:
                if not _EARLIER.search(tail) or _other_span_of_time(words, tail):
                    continue  # B is not told as the earlier level, or not of the multiple's span
                factor = VERB_FACTORS[verb.group("verb").lower()]
                other = ""
            else:
                other = times.group("other") if times else ""
                if not re.match(r"\s*(?:in|for|at)\s+" + re.escape(other) + r"\b", tail):
                    continue  # B is not the comparand's figure
                key = times.group("times").lower().split()[0] if times else ""
                factor = _TIMES.get(key, 0.0)
                if not factor:
                    continue
            shared = _content(words[: match.start()] + " " + words[match.end() :]) & _content(after)
            shared -= _content(other)
            if not shared:
                continue
            start = sentence.start + match.start("verb" if verb else "times")
            end = sentence.start + match.end("verb" if verb else "times")
            found.append(
                Relation(
                    "multiple",
                    (("from", (b.id,)), ("to", (a.id,))),
                    " ".join(match.group(0).split()),
                    Span(start, end),
                    (
                        ("factor", factor),
                        ("hedge", " ".join((match.group("hedge") or "").lower().split())),
                        ("apart", True),
                        ("levels_after", True),
                    ),
                )
            )
            break
    return found
