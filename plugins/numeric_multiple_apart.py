"""A multiple told after its two levels, in a sentence of its own: "Ten years ago we had about 40
buyers. Today we have 60. The number has doubled."

Speech and feature copy give a level then, a level now, and then the multiple with a subject that
only points back ("The number has doubled", "It has tripled", "That figure has halved").  The
change rule of :mod:`.numeric_relations` reads a multiple only with "from A to B" in its own
sentence; this module pairs such a multiple with the two levels before it.

Read only when all of these hold:

* the multiple's sentence holds no figure, and opens with a subject that points back ("The number",
  "That number", "The figure", "The total", "It", "That", "This"), then "has", "have" or "had" (or
  nothing) and "doubled", "tripled", "trebled", "quadrupled", "halved", optionally after "more
  than", "nearly", "almost";
* the one or two sentences right before it, in its paragraph, hold exactly two figures, of one kind
  (no share against a count, one currency, no range), a span of time ("Ten years ago") not counted;
* the two stand in two sentences, the earlier naming an earlier time ("ago", "in 2009", "last
  year", "then", "when", "at the time", "earlier") and the later the present ("today", "now",
  "this year", "currently").

Which two figures the subject points back to is read, not stated, so a multiple the figures do not
give is ``warn`` (``extra["apart"]``), never ``fail``.
"""

from __future__ import annotations

import re

from factcheck.model import Figure, Span

from .numeric_forms import VERB_FACTORS, measure_of
from .numeric_text import Relation, TextIndex

__all__ = ["multiples_apart"]

_MULTIPLE = re.compile(
    r"\W*(?:(?:the|that|this)\s+(?:number|figure|total|count|tally)|it|that|this)\s+"
    r"(?:(?:has|have|had)\s+)?(?P<hedge>more\s+than\s+|nearly\s+|almost\s+)?"
    r"(?P<verb>doubled|tripled|trebled|quadrupled|halved)\b",
    re.I,
)
_THEN = re.compile(
    r"\b(?:ago|then|earlier|at\s+the\s+time|last\s+year|when|(?:in|by)\s+(?:19|20)\d\d)\b", re.I
)
_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "decade"})
_NOW = re.compile(r"\b(?:today|now|this\s+year|currently|these\s+days|at\s+present)\b", re.I)


def _kind(index: TextIndex, figure: Figure) -> tuple[bool, str]:
    return index.share(figure), figure.currency or ""


def multiples_apart(index: TextIndex) -> list[Relation]:
    """A ``multiple`` relation for every "… A … . … B … . The number has doubled." (module docstring)."""
    text = index.text
    found: list[Relation] = []
    for number, sentence in enumerate(index.sentences):
        match = _MULTIPLE.match(text, sentence.start, sentence.end)
        if match is None or index.figures_of_sentence(number) or number < 1:
            continue
        paragraph_start = text.rfind("\n\n", 0, sentence.start)
        before = [
            n for n in (number - 2, number - 1) if n >= 0 and index.sentences[n].start > paragraph_start
        ]
        # a span of time ("Ten years ago") dates a level, it is none
        figures = [
            f for n in before for f in index.figures_of_sentence(n) if measure_of(index, f) not in _TIME_UNITS
        ]
        if len(figures) != 2:
            continue
        a, b = sorted(figures, key=lambda f: f.span.start)
        if _kind(index, a) != _kind(index, b) or a.range_with is not None or b.range_with is not None:
            continue
        first = index.sentences[index.sentence_of(a.span)].of(text)
        second = index.sentences[index.sentence_of(b.span)].of(text)
        if first == second or not (_THEN.search(first) and _NOW.search(second)):
            continue
        verb = match.group("verb").lower()
        found.append(
            Relation(
                "multiple",
                (("from", (a.id,)), ("to", (b.id,))),
                " ".join(match.group(0).split()).lstrip(" \"“'‘"),
                Span(match.start("verb"), match.end("verb")),
                (
                    ("factor", VERB_FACTORS[verb]),
                    ("hedge", " ".join((match.group("hedge") or "").lower().split())),
                    ("apart", True),
                ),
            )
        )
    return found
