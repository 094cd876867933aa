"""Anaphora: a later mention of a count that points back at an earlier one.

News writing introduces a set with a bare count ("28 pages related to the inquiry") and then
refers back to it with a definite one ("the 28 pages", "those 34,000 emails") or restates it with
a copula ("… cranes at 40 terminals. That's 40 terminals with deep-water berths").  Such a mention says, in
its own words, that it is the earlier quantity, which two counts that merely share a one-word
noun ("18 delegates" … "another 24 delegates") never do.  So it is evidence of one quantity told
twice strong enough to warn on when the figures differ, where shared context words are lacking.

Preconditions of a back-reference (each general; docs/checkers/numeric.md):

* the later figure opens a definite noun phrase ("the", "these", "those", "of the") that is not
  a comparison ("from the", "than the", "versus the"), or follows "That's", "That is", "This is"
  at the very start of its sentence;
* the earlier figure is the nearest earlier count of the same head noun, in one of the
  :data:`ANAPHOR_REACH` sentences before (a copula: the sentence right before), and every count
  of that noun in those sentences has its value: after "1,944 delegates" and "1,428 delegates",
  which one "the 1,600 delegates" points back at is not known; a plain count with no count of its
  noun in those sentences points back further (:data:`COUNT_REACH`, round 9), when every earlier
  count of that noun has one value;
* the later noun phrase adds no word to the earlier one ("the 7,500 elite troops" is a narrower
  set than "5,500 troops", not a reference back), is not narrowed by a phrase right after it
  ("the 4,000 people at its Ohio plant") and is no comparison ("That's 21 states more than …");
* both are counts of the same role (a threshold "needed to win" is not a tally "has won").
"""

from __future__ import annotations

import re

__all__ = [
    "ANAPHOR_REACH",
    "COUNT_REACH",
    "anaphor_kind",
    "narrowed",
    "reach",
    "refers_back",
    "relative_clause",
    "restates_clause",
]

#: A definite mention refers back at most this many sentences (the next sentence or the one after).
ANAPHOR_REACH = 2
#: A definite mention of a plain count (no money, no share: "the 45 posts to be cut", "these 1,342
#: cases") refers back this many sentences (round 9): a set once counted is named again by "the N
#: <noun>" paragraphs later, as long as no other count of that noun stands between (the one-value
#: test of the antecedent).  Money and shares keep :data:`ANAPHOR_REACH`: "the $15 minimum wage" is
#: a level of its own, told after "a $12 minimum wage" six sentences before.
COUNT_REACH = 1000


def reach(kind: tuple[bool, str]) -> int:
    """How many sentences back a definite mention of this kind (share, currency) may point."""
    share, currency = kind
    return ANAPHOR_REACH if share or currency else COUNT_REACH


_DEFINITE = re.compile(r"(?:^|\W)(?:the|these|those)\s+$", re.I)
_COMPARED = re.compile(
    r"\b(?:from|than|versus|vs\.?|against|compared\s+(?:with|to))\s+(?:the|these|those)\s+$", re.I
)
_COPULA = re.compile(r"^\W*(?:that|this)(?:['’]s|\s+is|\s+was|\s+means)\s+$", re.I)


def anaphor_kind(before_in_sentence: str, whole: bool = True) -> str:
    """How a figure points back, read from its sentence's words before it (``whole``: all of them,
    else only the last ones): "copula", "definite" or ""."""
    if whole and _COPULA.match(before_in_sentence):
        return "copula"
    tail = before_in_sentence[-40:]
    if _DEFINITE.search(tail) and not _COMPARED.search(tail):
        return "definite"
    return ""


_COMPARISON = re.compile(
    r"^\s*(?:more|fewer|less|short|shy|higher|lower|above|below|ahead|behind|than|up|down)\b", re.I
)
_NARROWING = re.compile(
    r"^\s+(?:at|in|on|from|across|outside|inside|near|under|for|with|without|based|living|working|"
    r"employed|elsewhere|abroad|overseas|who|whom|whose|that|which|combined|together|altogether|overall|"
    r"(?:it|they|he|she|we|you|i)\s+[a-z])",  # a clause with no "that": "the 22 pages it withheld"
    re.I,
)


def narrowed(kind: str, after_noun: str) -> bool:
    """True when the words right after a mention's counted noun compare it ("That's 21 states more
    than …") or, after a definite article, narrow it to a part or widen it to a whole ("the 4,000
    people at its Ohio plant", "the 900 homes that lost power", "the 50 states combined"): no
    reference back.  A copula may describe what it restates ("That's 40 terminals
    with deep-water berths")."""
    if _COMPARISON.match(after_noun):
        return True
    return kind == "definite" and bool(_NARROWING.match(after_noun))


_RELATIVE = re.compile(
    r"^\s+(?:who|whom|whose|that|which|(?=(?:it|they|he|she|we|you|i)\s+[a-z]))\b"
    r"(?P<clause>[^,;:.!?()\u2014\u2013]*)",
    re.I,
)
_CLAUSE_WORD = re.compile(r"[a-z][a-z'’\-]*", re.I)
_CLAUSE_STOP = frozenset(
    """a an the of to in on at by for from with and or but not is are was were be been being will would
    shall should can could may might must has have had do does did it its their his her them they he she
    who whom whose that which this these those there here also now still""".split()
)


def relative_clause(kind: str, after_noun: str) -> frozenset[str]:
    """The content words (lower case) of a relative clause right after a definite mention's noun
    ("the 10 judges who will hear the case" -> {"hear", "case"}), or an empty set."""
    match = _RELATIVE.match(after_noun) if kind == "definite" else None
    if match is None:
        return frozenset()
    words = (w.lower().replace("\u2019", "'") for w in _CLAUSE_WORD.findall(match.group("clause")))
    return frozenset(w for w in words if w not in _CLAUSE_STOP and len(w) >= 3)


def _same_word(a: str, b: str) -> bool:
    """One word in two forms: equal, or one a prefix of the other of four letters or more ("hear",
    "heard"; "case", "cases")."""
    short, long_ = sorted((a, b), key=len)
    return short == long_ or (len(short) >= 4 and long_.startswith(short))


def restates_clause(clause: frozenset[str], earlier_sentence: str) -> bool:
    """True when every content word of a relative clause is said in the earlier mention's sentence:
    the clause then names what that sentence says of the set ("10 judges will hear the case" …
    "the 10 judges who will hear the case"), it does not carve a part out of it ("1,200 homes were
    damaged" … "the 900 homes that lost power")."""
    said = [w.lower().replace("\u2019", "'") for w in _CLAUSE_WORD.findall(earlier_sentence)]
    return bool(clause) and all(any(_same_word(word, other) for other in said) for word in clause)


def refers_back(
    kind: str,
    distance: int,
    later_units: frozenset[str],
    earlier_units: frozenset[str],
    same_role: bool,
    far: int = ANAPHOR_REACH,
) -> bool:
    """Whether a mention of anaphor ``kind`` refers back to the nearest earlier count of its noun,
    ``distance`` sentences before it, at most ``far`` (preconditions in the module docstring)."""
    if not kind or not later_units or not later_units <= earlier_units:
        return False
    if kind == "copula":
        return distance == 1
    return 1 <= distance <= far and same_role
