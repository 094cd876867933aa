"""A change told in the sentence after its new level: "The number of foreign visitors reached a
record 8.35 million last year. Arrivals rose 24% from 7.33 million in 2006."

Wire and business copy give the new level, then a sentence of its own with the change and the old
level, the new one left out ("Sales reached $5.2 billion. That was up 12% from $4.6 billion").
The change rule of :mod:`.numeric_relations` reads "from A to B" and "B, up C from A" in one
sentence; this module pairs "rose C from A" with the level B of the sentence right before.

Read only when all of these hold (docs/checkers/numeric.md, "a change told after its level"):

* the change's sentence opens its figures with C then A, with a verb of change right before C
  ("rose", "grew", "increased", "climbed", "jumped", "fell", "dropped", "declined", "decreased",
  "was up", "was down") and "from" right after C (its percent sign included) and right before A;
* the sentence right before (the lede, when the change opens the second paragraph) holds exactly
  one figure of A's kind (share or not, one currency), B, within a factor of five of A.

Which level the change starts from is stated; which it ends at is read, so a change the figures do
not give is ``warn`` (``extra["apart"]``), never ``fail``.
"""

from __future__ import annotations

import re

from .numeric_text import Relation, TextIndex

__all__ = ["changes_apart_from_level"]

_VERB_BEFORE = re.compile(
    r"\b(?P<verb>rose|grew|increased|climbed|jumped|fell|dropped|declined|decreased|was\s+up|was\s+down)"
    r"\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+)?$",
    re.I,
)
_FROM_BETWEEN = re.compile(r"\s*(?:%|per\s*cent|percent)?\s+from\s+(?:about\s+|around\s+|some\s+)?", re.I)
_DOWN = frozenset({"fell", "dropped", "declined", "decreased", "was down"})


def changes_apart_from_level(index: TextIndex) -> list[Relation]:
    """A ``change`` relation for every "B. … rose C from A." (module docstring)."""
    text = index.text
    found: list[Relation] = []
    for number in range(1, len(index.sentences)):
        figures = index.figures_of_sentence(number)
        if len(figures) < 2:
            continue
        c, a = figures[0], figures[1]
        verb = _VERB_BEFORE.search(text, max(0, c.span.start - 40), c.span.start)
        if verb is None or not _FROM_BETWEEN.fullmatch(text, c.span.end, a.span.start):
            continue
        kin = [
            f
            for f in index.figures_of_sentence(number - 1)
            if index.share(f) == index.share(a) and (f.currency or "") == (a.currency or "")
        ]
        if len(kin) != 1:
            continue
        b = kin[0]
        if not (a.value > 0 and b.value > 0 and 0.2 <= b.value / a.value <= 5):
            continue
        direction = "down" if re.sub(r"\s+", " ", verb["verb"].lower()) in _DOWN else "up"
        found.append(
            Relation(
                "change",
                (("from", (a.id,)), ("to", (b.id,)), ("change", (c.id,))),
                text[c.span.start : a.span.end],
                c.span.cover(a.span),
                (("direction", direction), ("points", False), ("relative", c.is_percent), ("apart", True)),
            )
        )
    return found
