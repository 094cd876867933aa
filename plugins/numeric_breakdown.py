"""A total and its breakdown: which earlier count a definite mention points back at when the
counts of its noun before it differ (the numeric checker's restatements, docs/checkers/numeric.md
"A mention that refers back"; round faults16).

News gives a total first and then its parts, place by place: "Health officials in Nairobi have
recorded 1,284 cases of cholera … Embakasi sub-county alone has reported 486 cases", "A record 931
patients were waiting on trolleys … University Hospital Limerick was the worst affected, with 118
patients on trolleys".  A later "these 1,284 cases" or "the 931 patients on trolleys" names the
total again, not a part: the parts are smaller than the total and follow it.  The one-value test of
:func:`.numeric_restated._antecedent` leaves such a mention without an antecedent (two values of
the noun before it), or takes the nearest part for it, and a slip in the total ("these 1,027 cases")
went unseen.

The rule reads the total only where nothing else could be meant: among the earlier counts of the
noun that the mention may reach back to, exactly one value could be a restatement of the mention
at all (within the ratio any restatement needs), and every count after it is smaller than it (a
part).  Two tallies that both could be meant ("Clinton has won 1,944 delegates. Sanders has won
1,428 delegates. The 1,600 delegates …") and a larger count after the first ("28 pages … 40 pages of
emails … the 22 pages") still leave the mention without an antecedent.

A definite mention narrowed by a phrase right after its noun ("the 4,000 people at its Ohio
plant") is a part, not a reference back, unless every content word of the phrase is said in the
earlier mention's sentence, as a relative clause already may (:func:`.numeric_anaphora.restates_clause`):
"A record 931 patients were waiting on trolleys …" then "the 931 patients on trolleys" names the
same patients; :func:`narrowing_phrase` gives those words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .numeric_anaphora import relative_clause

__all__ = ["narrowing_phrase", "total_before_breakdown"]


def total_before_breakdown(
    counts: Sequence[tuple[int, float, int]],
    value: float,
    sentence: int,
    far: int,
    same_quantity: Callable[[float, float], bool],
) -> int | None:
    """The position of the total a definite mention (of ``value``, in sentence ``sentence``) points
    back at, when the earlier counts of its noun are a total and its breakdown; else None.

    ``counts``: (position, value, sentence) of every earlier count of the mention's noun, in text
    order; ``far``: how many sentences back the mention may point; ``same_quantity``: whether two
    values may be one quantity at all (the restatement ratio)."""
    reachable = [c for c in counts if 1 <= sentence - c[2] <= far]
    close = {v for _, v, _ in reachable if same_quantity(v, value)}
    if len(close) != 1:
        return None  # none, or two tallies that either could be meant
    total = close.pop()
    first = next(i for i, c in enumerate(reachable) if c[1] == total)
    if any(v >= total for _, v, _ in reachable[first + 1 :] if v != total):
        return None  # a larger count after it: no breakdown of it ("28 pages … 40 pages of emails")
    return max(p for p, v, _ in reachable if v == total)  # its nearest mention


#: A preposition opening a phrase right after a definite mention's noun ("the 931 patients on
#: trolleys", "the 4,000 people at its Ohio plant").
_PHRASE = re.compile(
    r"^\s+(?:at|in|on|from|across|outside|inside|near|under|for|with|without)\b"
    r"(?P<clause>[^,;:.!?()\"“”\u2014\u2013]*?)"
    r"(?=[,;:.!?()\"“”\u2014\u2013]|\s+(?:is|are|was|were|will|would|has|have|had|can|could|may|might|"
    r"must|should|remain|remained|say|said)\b|$)",
    re.I,
)


def narrowing_phrase(kind: str, after_noun: str) -> frozenset[str]:
    """The content words (lower case) of a prepositional phrase right after a definite mention's
    noun, up to its verb or a stop ("the 931 patients on trolleys were …" -> {"trolleys"}), or an
    empty set: read as :func:`.numeric_anaphora.relative_clause` reads a relative clause."""
    match = _PHRASE.match(after_noun) if kind == "definite" else None
    if match is None:
        return frozenset()
    # the phrase is read as a relative clause's words are ("who will hear the appeal")
    return relative_clause(kind, " that" + match.group("clause"))
