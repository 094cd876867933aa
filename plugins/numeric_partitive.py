"""A part told by a leading "Of the …," is no restatement of its whole (round alarm16).

"The Department of Education will receive P528.8 billion next year, the largest allocation …
in the proposed national budget" and "Of the education department's budget, P349.6 billion, or
about two-thirds, goes to salaries": the second amount is a part of the first, told out of it by
the leading "Of the …," that names no figure. Two distinctive amounts told without a counted noun
are otherwise read as one quantity when their sentences share enough words; a part and its whole
share them by design. :func:`part_of_the_other` tells the restatement rules
(:mod:`.numeric_restated`) to compare no such pair.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_memo import per_figure
from .numeric_text import TextIndex

__all__ = ["part_of_the_other"]

_LEAD = re.compile(
    r"\s*[\"“]?(?:Of|Out\s+of)\s+(?:the|its|their|this|that|his|her)\s+([^,\d.;:]{3,80}),\s*$", re.I
)
_WORD = re.compile(r"[A-Za-z]{3,}")


@per_figure
def _led_by_of(index: TextIndex, figure: Figure) -> str:
    """The noun phrase of a leading "Of the …," right before the figure in its sentence ("Of the
    education department's budget, P349.6 billion"), or ""."""
    number = index.sentence_of(figure.span)
    if number < 0:
        return ""
    sentence = index.sentences[number]
    match = _LEAD.fullmatch(index.text, sentence.start, figure.span.start)
    return match.group(1) if match else ""


_FUNCTION = frozenset(
    "the and for with from that this its their his her are was were has have had goes".split()
)


def part_of_the_other(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when one figure is told out of a whole by a leading "Of the <words>," and the other is
    that whole or another part: the other's sentence names the whole's head noun (its last word,
    compared on four letters), or none of the words the part's sentence says of it after the
    figure ("… goes to the salaries and benefits of teachers"). A later "salaries take P394.6
    billion" names the part again and is still compared."""
    for part, other in ((a, b), (b, a)):
        words = _WORD.findall(_led_by_of(index, part))
        if not words:
            continue
        number, own = index.sentence_of(other.span), index.sentence_of(part.span)
        if number < 0:
            continue
        said = {w.lower()[:4] for w in _WORD.findall(index.sentences[number].of(index.text))}
        if words[-1].lower()[:4] in said:
            return True
        told = index.text[part.span.end : index.sentences[own].end]
        predicate = {w.lower()[:4] for w in _WORD.findall(told) if w.lower() not in _FUNCTION}
        if said.isdisjoint(predicate):
            return True
    return False
