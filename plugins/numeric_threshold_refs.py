"""A threshold named again by its figure alone: "the 1,237 threshold" (the numeric checker's
restatements, docs/checkers/numeric.md "the same counted noun"; round faults16).

Once a text has said what must be reached ("the 1,237 delegates needed to win outright", "a
petition signed by at least 5,000 people must be debated"), it names that threshold again by its
figure and the word "threshold": "no candidate has crossed the 1,237 threshold", "the petition
crossed the 5,000 threshold on Saturday".  The figure counts nothing of its own there ("threshold"
is its role, not what it counts), so it was read as a count of thresholds, compared with nothing,
and a slip in it ("crossed the 742 threshold") went unseen.

Such a figure counts what the text's earlier threshold of that size counts: the noun of every
earlier figure read as a threshold (:func:`.numeric_roles.role`) that could be the same quantity
at all (within the ratio any restatement needs), when they all name one noun.  It is then a
threshold of that noun, compared as two thresholds are.  A threshold of another size ("needs to
win eight states") is not what it names; two nouns ("delegates", "states") leave it unread, and so
does a text with no threshold before it ("deaths passed the 1,000 threshold", a milestone); and
a phrase after "threshold" that says which one it is ("needs 60 votes to overcome a filibuster" …
"the 50 threshold for a simple majority") counts another thing on both sides, which the contrast
reading of the restatement verdict already keeps apart (docs/checkers/numeric.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.model import Figure

from .numeric_text import TextIndex

__all__ = ["is_threshold_mention", "threshold_noun"]

#: The word "threshold" right after a figure ("the 1,237 threshold"), the figure after "the".
_NAMED = re.compile(r"\s+thresholds?\b", re.I)
_THE = re.compile(r"\bthe\s+$", re.I)


def is_threshold_mention(index: TextIndex, figure: Figure) -> bool:
    """True for "the N threshold": a threshold named by its figure alone."""
    text = index.text
    return bool(_NAMED.match(text, figure.span.end)) and bool(
        _THE.search(text, max(0, figure.span.start - 8), figure.span.start)
    )


def threshold_noun(
    index: TextIndex,
    figure: Figure,
    role_of: Callable[[Figure], str],
    noun_of: Callable[[Figure], str],
    same_quantity: Callable[[float, float], bool],
) -> str:
    """What "the N threshold" counts: the noun (as :func:`noun_of` gives it) of every earlier
    threshold of the text that could be N told again (``same_quantity`` of their values), when they
    name one; "" otherwise, and for any other figure."""
    if not is_threshold_mention(index, figure):
        return ""
    nouns = {
        noun_of(other).lower()
        for other in index.figures
        if other.span.end <= figure.span.start
        and not other.is_percent
        and other.currency == figure.currency
        and not is_threshold_mention(index, other)
        and same_quantity(other.value, figure.value)
        and role_of(other) == "threshold"
    }
    nouns.discard("")
    return nouns.pop() if len(nouns) == 1 else ""
