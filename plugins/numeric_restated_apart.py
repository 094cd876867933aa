"""Two counts of one noun that a careful reader does not take for one quantity told twice (fault20).

Each rule is a precondition of the restatement check (:mod:`.numeric_restated`):

* **a capacity and a load**: "it can now carry 30 rail wagons" and "the first sailing left with 26
  rail wagons"; "the six dams can together store about 10,530 million cubic metres" and "they hold
  roughly 6,760 million cubic metres".  What something *can* carry, hold or store is the most it
  takes, not what it takes on a given day: a smaller count of the same noun, told without that
  modal, is a load within the capacity.  Two capacities ("can carry 30 wagons" / "can carry 26
  wagons") and a load past the capacity ("carried 35 wagons") are still compared.
* **a negated and a plain state**: "ended the year with 51,200 unresolved cases" and "received
  92,400 new cases and resolved 85,800": the one count is of what is *un*resolved, the other of what
  was resolved; complementary sets, not one.  Read when one clause holds a word "un" + W and the
  other clause holds W (or W with an inflection) and not the "un" word.
* **a sum over groups and one of them**: "Of the 1.73 crore children in government schools" and
  "Taken together, government and private schools enrol 2.94 crore children": a count told for
  "A and B" together (with "together", "combined", "between them", "in all") is their sum; the
  other count, told for A alone (its sentence names A and not B), is one of its parts.
* **a narrowed antecedent and a sentence on another topic**: "Of the 290,407 candidates who wrote
  mathematics, …" and "In physical science, 36.8 per cent of the 220,882 candidates passed": a
  definite "the 220,882 candidates" does not point back at a count narrowed by a relative clause
  ("who wrote mathematics") when its own sentence opens on a topic of its own ("In physical
  science,") and does not repeat the clause; "the 290,000 candidates who wrote mathematics" still does.
* **a wider noun and its narrower part**: "The fires burned about 25,000 hectares of forest and
  other land" and "About 17,600 hectares of productive forest were destroyed": "forest and other
  land" holds more than the forest; a smaller count of that forest is a part of it.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_anaphora import restates_clause
from .numeric_memo import per_figure
from .numeric_text import TextIndex

__all__ = [
    "apart_for_fault20",
    "capacity_and_load",
    "combined_and_part",
    "narrowed_elsewhere",
    "negated_states",
    "wider_and_narrower",
]

#: A modal of capacity right before the figure in its clause: "can (now) carry", "could hold", "able
#: to seat", "can together store", "has room for", "a capacity of".
_CAPACITY = re.compile(
    r"\b(?:(?:can|could|will\s+be\s+able\s+to|is\s+able\s+to|are\s+able\s+to)\s+(?:\w+\s+){0,2}?"
    r"(?:carry|hold|store|seat|take|accommodate|house|handle|fit)|room\s+for|capacity\s+(?:of|for|to\s+\w+))\s+"
    r"(?:up\s+to\s+|about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$",
    re.I,
)
_WORD = re.compile(r"[A-Za-z]+")
#: Words of "un" + W that are no negation of W ("under", "until", "united", "unit", "union").
_NOT_NEGATION = frozenset(
    "under until unit units united union unions universal university unique unless".split()
)
#: "A and B" told as one sum: "Taken together, government and private schools …", "Together, the A
#: and B …", "A and B together …", "A and B combined …".
_COMBINED = re.compile(
    r"\b(?:(?:taken\s+)?together|combined|altogether),?\s+(?:the\s+)?(?P<a>[a-z]{4,})\s+and\s+(?:the\s+)?(?P<b>[a-z]{4,})\b"
    r"|\b(?P<c>[a-z]{4,})\s+and\s+(?:the\s+)?(?P<d>[a-z]{4,})\s+(?:[a-z]+\s+)?(?:together|combined)\b",
    re.I,
)
_WIDER = re.compile(r"\s+[\w\s-]{0,20}?\bof\s+(?P<noun>[a-z]{3,})\s+and\s+other\s+[a-z]+", re.I)


def _clause(index: TextIndex, figure: Figure) -> str:
    return index.clause(figure).of(index.text)


def _sentence(index: TextIndex, figure: Figure) -> str:
    return index.sentences[index.sentence_of(figure.span)].of(index.text)


@per_figure
def _capacity(index: TextIndex, figure: Figure) -> bool:
    return _CAPACITY.search(index.before(figure, 60)) is not None


def capacity_and_load(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when one figure is told as a capacity ("can carry 30") and the other, smaller and told
    without one, as a load within it ("left with 26")."""
    for cap, load in ((a, b), (b, a)):
        if not _capacity(index, cap) or _capacity(index, load):
            continue
        if load.value <= cap.value:
            return True
    return False


#: A clause's words, its words of "un" + W, and its words not starting with "un".
_Words = tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]


@per_figure
def _clause_words(index: TextIndex, figure: Figure) -> _Words:
    """The lower-case words of the figure's clause; those of them that may negate a word ("un" + W:
    "unresolved"); and those not starting with "un"."""
    words = frozenset(w.lower() for w in _WORD.findall(_clause(index, figure)))
    negations = tuple(w for w in words if w.startswith("un") and len(w) >= 7 and w not in _NOT_NEGATION)
    return words, negations, tuple(w for w in words if not w.startswith("un"))


def negated_states(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when one figure's clause names "un" + W ("unresolved") and the other's names W
    ("resolved") and not the "un" word: a count of what is not W and one of what is."""
    wa, wb = _clause_words(index, a), _clause_words(index, b)
    for (_, negations, _), (other, _, not_un) in ((wa, wb), (wb, wa)):
        for word in negations:
            plain = word[2:]
            if word not in other and (
                plain in other or any(w.startswith(plain[:-1]) and len(w) >= len(plain) - 1 for w in not_un)
            ):
                return True
    return False


@per_figure
def _combined(index: TextIndex, figure: Figure) -> tuple[tuple[str, str], ...]:
    """The pairs "A and B" told as one sum in the figure's clause before it, lower case."""
    clause = index.clause(figure)
    return tuple(
        (
            (match.group("a") or match.group("c")).lower(),
            (match.group("b") or match.group("d")).lower(),
        )
        for match in _COMBINED.finditer(index.text, clause.start, figure.span.start)
    )


def combined_and_part(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when one figure's sentence tells a sum over "A and B" ("Taken together, government and
    private schools enrol …") and the other's sentence names A and not B."""
    for total, part in ((a, b), (b, a)):
        sums = _combined(index, total)
        if not sums:
            continue
        other = _sentence(index, part).lower()
        for one, two in sums:
            named = [re.search(rf"\b{w}\b", other) is not None for w in (one, two)]
            if named.count(True) == 1:
                return True
    return False


@per_figure
def _wider_noun(index: TextIndex, figure: Figure) -> str:
    """X of "N of X and other Y" right after the figure, lower case, or ""."""
    match = _WIDER.match(index.text, figure.span.end)
    return "" if match is None else match.group("noun").lower()


def wider_and_narrower(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when one figure counts "N of X and other Y" ("hectares of forest and other land") and
    the other, smaller, counts that X alone ("hectares of productive forest")."""
    for wide, narrow in ((a, b), (b, a)):
        noun = _wider_noun(index, wide)
        if not noun or narrow.value >= wide.value:
            continue
        after = index.text[narrow.span.end : narrow.span.end + 60].lower()
        if re.search(rf"\b{noun}\b", after) and " and other " not in after:
            return True
    return False


def apart_for_fault20(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when any rule of this module parts the two figures."""
    return (
        capacity_and_load(index, a, b)
        or negated_states(index, a, b)
        or combined_and_part(index, a, b)
        or wider_and_narrower(index, a, b)
    )


#: A sentence opening on a topic of its own: "In physical science, …", "For girls, …".
_TOPIC = re.compile(r"\s*[\"“]?(?:In|For|Among|At)\s+[^,.;]{3,40},")


def narrowed_elsewhere(relative: frozenset[str], later_sentence: str) -> bool:
    """True when an antecedent narrowed by a relative clause (``relative``: its words) is not what a
    later definite mention points back at: the later sentence opens on a topic of its own ("In
    physical science,") and does not repeat the clause."""
    return (
        bool(relative)
        and _TOPIC.match(later_sentence) is not None
        and not restates_clause(relative, later_sentence)
    )
