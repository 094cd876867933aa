"""A definite phrase with a figure refers back to the one earlier figure of its noun: "about 360,000
workers will get a raise … For the 460,000 workers who will see bigger paychecks, …"; "Province's
$48.5-million plan …" (standfirst) … "the $54.5-million plan would do little".

The unit of pairing is the noun phrase a figure quantifies (:mod:`.numeric_phrases`), not the
figure and its context words.  A phrase with a definite determiner and a figure ("the 4,200
jobs", "that £4.8m scheme", "its $54 million refit") presupposes that the quantity was told before;
its antecedent is an earlier figure (headline, standfirst or body) whose phrase has the same head
noun (lemma; an amount told after its noun, "a program worth ₱5.3 billion", is named by that noun
too), of the same kind (a share, a count, an amount of one currency), within the restatement ratio,
in another sentence, and compatible with it:

* **time**: when both phrases (or, for a phrase that names none, its sentence) name a time, the
  times meet ("the 4,500 jobs created this year" is not last year's 4,200 jobs);
* **place**: every place the later phrase names ("the €1.6bn Cork programme", "the 300 homes in
  Lagos") is said in the antecedent's sentence;
* **modifiers**: every word before the head ("the $12.43 monthly increase") is said, by its stem,
  in the antecedent's sentence or phrase.

When the compatible earlier figures have one value, that figure is the antecedent; when they
have two or more values, the one whose sentence says the words after the later phrase's head ("the
1.2 million flats covered by the freeze": "freezing rents for about 1.5 million flats") is, if
exactly one value remains; else the rule abstains ("two antecedents").  Two or more counts of one
earlier sentence that add up to the later value are its parts, and the later phrase their total
(abstains: "a total of earlier parts").  A part ("the 300 of them who …") is no definite phrase.

The pair is a ``restatement`` relation pointing back (``extra["unit_ref"]``): ``pass`` when the
figures agree at the precision of the less precise one ("the 2 million" after 1.97 million),
``warn`` when no reading of the hedges and roundings makes them equal; never ``fail``.
:func:`unit_restatements` also says, for every definite phrase it could not resolve, why.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_compound import compound_agree
from .numeric_mentions import _ratio_ok
from .numeric_phrases import PAST_TIME, YEAR, Phrase, lemma, read_phrase, sentence_times
from .numeric_summed import summed_parts
from .numeric_text import Relation, TextIndex, agree_at_precision

__all__ = ["UNDERTAKINGS", "unit_restatements", "units_apart"]

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: Words after a head that say nothing of which quantity it is.
_PLAIN = frozenset(
    """who whom whose which that will would could should may might can is are was were be been has
    have had the a an of in on at to for from by with and or but their its his her they it this these
    those than as next last this year years said says new more""".split()
)
#: A definite figure as the whole of a part: "46 per cent of the 220,882", "Of the 2,000 …".
_WHOLE_OF = re.compile(
    r"(?:(?:\d|\bper\s+cent|%|\bpercent|\bhalf|\bthird|\bquarter|\bmost|\ball|\bsome)\s+of|(?:^|[.!?]\s+|\n)Of)\s+the\s+$"
)
#: A definite phrase told as the base of a change or comparison: "an increase of 11.5 per cent on
#: the 346.9 billion birr budget", "up from the 2,100 jobs", "more than the 4,000 homes".
_BASE_BEFORE = re.compile(
    r"\b(?:on|from|than|over|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:the|that|those|its|their)\s+"
    r"(?:[$€£₦¥]|[A-Z]{1,3}\$)?$",
    re.I,
)
_OF_AFTER = re.compile(r"\s+of\s+(?:the|its|their|a|an|[A-Z])", re.I)
#: A definite count below this ("the three men") names a small group that stories regroup freely.
SMALL_COUNT = 10
_SCALE = frozenset({"million", "billion", "trillion", "crore", "lakh", "bn", "m", "k", "mn"})


def _kind(index: TextIndex, figure: Figure) -> tuple[bool, str]:
    return index.share(figure), figure.currency or ""


def _stems(words: str) -> set[str]:
    return {w.lower()[:5] for w in _WORD.findall(words)}


def _said(index: TextIndex, a: Phrase, words: tuple[str, ...]) -> bool:
    """True when every word is said, by its stem, in the sentence of ``a`` (or is a scale word)."""
    sentence = index.sentence_of(a.figure.span)
    said = _stems(index.sentences[sentence].of(index.text)) if sentence >= 0 else set()
    said |= {lemma(w)[:5] for w in a.modifiers}
    return all(w.lower() in _SCALE or w.lower()[:5] in said or lemma(w)[:5] in said for w in words)


#: A sentence framed by a place: "In Bramley, the 31 posts …".
_FRAME = re.compile(r"\s*In\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*),")
_NOT_PLACE = frozenset(
    "January February March April May June July August September October November December".split()
)


def _framed_place(index: TextIndex, b: Phrase) -> frozenset[str]:
    """The place a sentence opens with ("In Bramley, …"), which every figure of it is about."""
    frame = _FRAME.match(_sentence(index, b))
    if frame is None or frame.group("place").split()[0] in _NOT_PLACE:
        return frozenset()
    return frozenset({frame.group("place")})


def _times_meet(index: TextIndex, a: Phrase, b: Phrase) -> bool:
    """False when the two phrases (or, for one naming none, their sentences) name different times,
    or the later phrase names a past time ("its 40 seats in the last Assembly") and the earlier
    figure none: a figure told without a time is the text's present."""
    ta = a.times or sentence_times(index, a.figure)
    tb = b.times or sentence_times(index, b.figure)
    if not ta and index.in_title(a.figure):
        # a headline tells no period: its figure's time is the one the body tells it with
        # ("subsidy bill hits N3.9 trillion" / "spent N3.9 trillion … in 2021"), else any
        ta = frozenset(
            t
            for f in index.figures
            if f.value == a.figure.value
            and not index.in_title(f)
            and _kind(index, f) == _kind(index, a.figure)
            for t in (read_phrase(index, f).times or sentence_times(index, f))
        )
        if not ta:
            return True
    if not ta:
        # "the 2015 level of 1,750 zloty", "its 40 seats in the last Assembly": a year or a past
        # time in the phrase is not the present of a figure told without one
        return not any(PAST_TIME.match(t) or YEAR.fullmatch(t) for t in b.times)
    return not tb or bool(ta & tb)


def _sentence(index: TextIndex, a: Phrase) -> str:
    sentence = index.sentence_of(a.figure.span)
    return index.sentences[sentence].of(index.text) if sentence >= 0 else ""


def _post_said(words_of_a: str, b: Phrase) -> bool:
    """True when a content word after the later head ("covered by the freeze") is said in the
    antecedent's words ("freezing rents for …")."""
    words = [
        w for w in _WORD.findall(b.post) if w.lower() not in _PLAIN and len(w) > 3 and not w[:1].isdigit()
    ]
    said = _stems(words_of_a)
    return any(w.lower()[:5] in said for w in words)


#: Words news uses in turn for one funded undertaking ("a £102 million package" … "the £120m
#: programme"): for an amount, any of them names the others.
UNDERTAKINGS = frozenset({"plan", "programme", "program", "scheme", "package", "initiative"})


def _named_by(a: Phrase, b: Phrase) -> bool:
    """True when the earlier phrase ``a`` is named by the later head: the same noun, or, for an
    amount, another word of :data:`UNDERTAKINGS` for one of them."""
    if b.head in a.heads:
        return True
    return bool(b.figure.currency) and b.head in UNDERTAKINGS and bool(a.heads & UNDERTAKINGS)


def _antecedent(index: TextIndex, phrases: list[Phrase], j: int) -> tuple[Phrase | None, str]:
    """The one earlier phrase the definite phrase ``phrases[j]`` refers back to, or the reason
    there is none to judge against."""
    b = phrases[j]
    bs = index.sentence_of(b.figure.span)
    kind = _kind(index, b.figure)
    at = b.figure.span.start
    if _BASE_BEFORE.search(index.text, max(0, at - 40), at) and any(
        f.id != b.figure.id and _kind(index, f) == kind for f in index.figures_of_sentence(bs)
    ):
        # "approved 386.9 billion birr, an increase of 11.5 per cent on the 346.9 billion birr
        # budget": the phrase is the earlier level its own sentence compares with
        return None, "the base of a comparison its sentence makes"
    named = [
        a
        for a in phrases[:j]
        if _named_by(a, b)
        and not a.part
        and a.rate == b.rate
        and a.figure.range_with is None
        and _kind(index, a.figure) == kind
        and index.sentence_of(a.figure.span) != bs
    ]
    if not named:
        return None, "no earlier figure of its noun"
    apart = [a for a in named if not _times_meet(index, a, b)]
    named = [a for a in named if _times_meet(index, a, b)]
    if not named:
        return None, f"another time than {apart[-1].figure.id}"
    places = b.places | _framed_place(index, b)
    if places:
        narrowed = [a for a in named if _said(index, a, tuple(w for p in places for w in p.split()))]
        if not narrowed:
            return None, "another place"
        named = narrowed
    modifiers = tuple(w for w in b.modifiers if w[:1].islower() and not any(c.isdigit() for c in w))
    if modifiers:
        named = [a for a in named if _said(index, a, modifiers)]
        if not named:
            return None, "another group (a modifier the earlier figures lack)"
    counts = [(p, a.figure.value, index.sentence_of(a.figure.span)) for p, a in enumerate(named)]
    if summed_parts(counts, b.figure.value):
        return None, "a total of earlier parts"
    if b.narrowing:
        # "the 290,407 candidates who wrote mathematics" names a set of its own unless the
        # antecedent's words say what the clause says ("covered by the freeze" / "freezing rents")
        named = [a for a in named if _post_said(_sentence(index, a), b)]
        if not named:
            return None, "a relative clause the earlier figures do not say"
    if _OF_AFTER.match(b.post):
        # "The 31 posts of the parks department": the "of" phrase says whose set it is, so the
        # antecedent's sentence must say it too (not the council's 45 posts told pages before)
        named = [a for a in named if _post_said(_sentence(index, a), b)]
        if not named:
            return None, "an owner the earlier figures do not name"
    if len({a.figure.value for a in named}) > 1:
        # two or more counts of the noun (a total and its breakdown, two groups): the one whose own
        # words, else whose sentence, say the words after the later head, when only one value does
        for said in (
            [a for a in named if _post_said(a.post, b)],
            [a for a in named if _post_said(_sentence(index, a), b)],
        ):
            if len({a.figure.value for a in said}) == 1:
                named = said
                break
        else:
            return None, "two antecedents"
    if not _ratio_ok(named[-1].figure.value, b.figure.value):
        return None, "no earlier figure of its noun near its value"
    body = [a for a in named if not index.in_title(a.figure)]
    chosen = (body or named)[-1]
    for earlier in phrases[:j]:
        if (
            _kind(index, earlier.figure) == kind
            and index.sentence_of(earlier.figure.span) != bs
            and earlier.figure.value == b.figure.value
        ):
            # "a survey of 2,000 residents" … "Of the 2,000 respondents", "a wage of $15 an hour" …
            # "the $15 minimum wage": told before by another noun or as a rate
            return None, f"an earlier figure of its value ({earlier.figure.id})"
    return chosen, ""


def _apart(index: TextIndex, a: Phrase, b: Phrase) -> str:
    """Why the later phrase ``b`` names another unit than the earlier ``a`` of its noun, or "":
    another place named by a preposition ("homes in Kaduna" / "homes in Kano").  (Another time, a
    modifier or a narrowing clause the earlier sentence does not say only stop the definite-phrase
    rule: as vetoes over the old pairing they silenced restatements told in other words and
    pairings the old judge already leaves ``unknown``.)"""
    # a place named by a preposition ("homes in Kaduna"); a capitalised modifier ("Twitter
    # accounts") may be a brand or a party, and names no other unit by itself
    if b.place_after and not _said(index, a, tuple(b.place_after.split())):
        return "another place"
    return ""


def units_apart(index: TextIndex, phrases: list[Phrase] | None = None) -> set[frozenset[str]]:
    """Pairs of figures of one head noun that the unit reader says are two quantities
    (:func:`_apart`): the old pairing (:mod:`.numeric_restated`) must not call them one."""
    if phrases is None:
        phrases = [read_phrase(index, f) for f in index.figures]
    pairs: set[frozenset[str]] = set()
    for j, b in enumerate(phrases):
        if not b.head or index.in_title(b.figure) or b.part or not b.place_after:
            continue  # only a place named after the noun parts two units (:func:`_apart`)
        bs = index.sentence_of(b.figure.span)
        kind = _kind(index, b.figure)
        for a in phrases[:j]:
            if (
                b.head not in a.heads
                or _kind(index, a.figure) != kind
                or index.sentence_of(a.figure.span) == bs
            ):
                continue
            if _apart(index, a, b):
                pairs.add(frozenset((a.figure.id, b.figure.id)))
    return pairs


def unit_restatements(
    index: TextIndex, excluded: set[frozenset[str]]
) -> tuple[list[Relation], dict[str, str]]:
    """A ``restatement`` relation (``unit_ref``) for every definite phrase with one antecedent;
    and, by figure id, why each other definite phrase with a head was left unjudged."""
    phrases = [read_phrase(index, f) for f in index.figures]
    found: list[Relation] = []
    abstained: dict[str, str] = {}
    for j, b in enumerate(phrases):
        if not b.definite or not b.head or index.in_title(b.figure) or b.figure.range_with is not None:
            continue
        if not index.share(b.figure) and b.figure.currency is None and b.figure.value < SMALL_COUNT:
            continue  # "introduced the two men" … "The three men intended …": another group of a few
        if _WHOLE_OF.search(index.text, max(0, b.figure.span.start - 40), b.figure.span.start):
            continue  # "36.8 per cent of the 220,882 candidates", "Of the 2,000 respondents, …": a whole
        a, reason = _antecedent(index, phrases, j)
        if a is None:
            abstained[b.figure.id] = reason
            continue
        if frozenset((a.figure.id, b.figure.id)) in excluded:
            abstained[b.figure.id] = "a relation of another kind"
            continue
        agree = compound_agree(a.figure, b.figure, index.text)
        if agree is None:
            agree = agree_at_precision(a.figure, b.figure, index.text)
        found.append(
            Relation(
                "restatement",
                (("a", (a.figure.id,)), ("b", (b.figure.id,))),
                "a definite phrase refers back to the one earlier figure of its noun",
                None,
                (
                    ("unit_match", True),
                    ("agree", agree),
                    ("shared", 0),
                    ("counted", b.head_text),
                    ("anaphor", "" if agree else "definite"),
                    ("unit_ref", True),
                    # the clause narrowing the later phrase is said by the antecedent ("the 1.54
                    # million containers handled in 2019" / "handled 1.45 million … in 2019"):
                    # one set, whoever the two sentences name
                    ("unit_said", bool(b.narrowing) and _post_said(_sentence(index, a), b)),
                ),
            )
        )
    return found, abstained
