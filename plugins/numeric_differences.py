"""A difference stated against a figure: "38 of the 90 seats, eight fewer than the 46 needed",
"52 seats, 14 fewer than the Greens' 66" (round alarm10, docs/checkers/numeric.md `change`).

The words state A - B = C outright, so the relation is judged as the change from B to A: "more",
"higher", "greater" a rise of C, "fewer", "less", "lower" a fall.  Preconditions, each general:

* C stands right before "more/fewer/… than", and B right after "than" (and at most "the", "its",
  "their" or a possessive name): "five more than in 2019" names no B;
* A is the only count of the kind before C in its sentence, a whole taken "of the" ("of the 151
  seats") and labels (years, ages, dates) aside, and a comma or a copula ("are", "was") stands
  right before C: "passed 61 to 38, 23 more than the 50 needed" holds two counts and abstains;
* A, B and C are counts or amounts of one currency, no shares (a change in points has its own
  words) and no labels.
"""

from __future__ import annotations

import re

from factcheck.model import Figure, Span

from .numeric_labels import is_label
from .numeric_text import Relation, TextIndex

__all__ = ["stated_differences"]

_THAN = re.compile(
    r"\s+(?P<word>more|fewer|less|higher|lower|greater|larger|bigger|smaller)\s+than\s+"
    r"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s?\s+)?"
)
_BEFORE_C = re.compile(r"(?:,\s*|\b(?:is|are|was|were)\s+)$", re.I)
_WHOLE_BEFORE = re.compile(r"\b(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+|all\s+)?$", re.I)
_DOWN = frozenset({"fewer", "less", "lower", "smaller"})


def _plain(index: TextIndex, figure: Figure) -> bool:
    return not index.share(figure) and not is_label(index, figure) and figure.range_with is None


def stated_differences(index: TextIndex) -> list[Relation]:
    """Every "A, C more than B" a sentence states, as the ``change`` relation from B to A (its extra
    ``than`` tells the judge to name it as a difference)."""
    text = index.text
    found = []
    figures = index.figures
    for position, c in enumerate(figures[:-1]):
        b = figures[position + 1]
        than = _THAN.fullmatch(text, c.span.end, b.span.start)
        if than is None or not _plain(index, c) or not _plain(index, b):
            continue
        sentence = index.sentences[index.sentence_of(c.span)]
        if index.sentence_of(b.span) != index.sentence_of(c.span):
            continue
        if not _BEFORE_C.search(text, max(sentence.start, c.span.start - 12), c.span.start):
            continue
        before = [
            f
            for f in index.figures_of_sentence(index.sentence_of(c.span))
            if f.span.end <= c.span.start
            and not _WHOLE_BEFORE.search(text, max(sentence.start, f.span.start - 12), f.span.start)
            and not is_label(index, f)
        ]
        if len(before) != 1 or not _plain(index, before[0]):
            continue
        a = before[0]
        if not a.currency == b.currency == c.currency:
            continue
        direction = "down" if than.group("word").lower() in _DOWN else "up"
        span = Span(min(a.span.start, b.span.start), max(a.span.end, b.span.end))
        found.append(
            Relation(
                "change",
                (("from", (b.id,)), ("to", (a.id,)), ("change", (c.id,))),
                span.of(text),
                span,
                (("direction", direction), ("points", False), ("relative", False), ("than", True)),
            )
        )
    return found
