"""Whose verb a figure's word of change or multiple is (round alarm16).

A sentence may tell two changes, each in a clause of its own with its own verb: "From 61 to 82
across the state is a big step, and on the coast we have doubled" (the doubling is the coast's,
told by other figures), "Ridership fell by about 6% … after the fare rose from 3 pesos to 5
pesos" (the 6% is the ridership's change, the fare's is told by "from 3 to 5"). The change and
multiple rules of :mod:`.numeric_relations` read a stated change or multiple against "from A to B"
only when both are in one clause:

* a multiple ("doubled", "halved") separated from "from A to B" by a clause boundary (", and",
  ", but", a semicolon, "while", "whereas") is another clause's (:func:`multiple_elsewhere`),
  unless the clause of "from A to B" opens on "it" or "they" ("tripled last year; they climbed
  from 2,000 to 5,000": the same subject told again; not "they had …", an earlier change);
* a multiple followed at once by the pair it takes ("roughly doubled, from about 3,440 to about
  6,730"; "doubled to 6,730 from 3,440") is that pair's: the other figures of the sentence ("about
  41 per cent …, up from 29 per cent") are not what it compares (:func:`names_its_pair`, round
  alarm20);
* a change C told before "from A to B", with a finite verb of change of its own between C and
  "from A" ("fell by about 6% … after the fare rose from 3 to 5"), is another subject's change:
  "from A to B" then has its own verb (:func:`own_verb_between`). A participle ("rose 15%, rising
  from 40 to 46") or no verb at all ("rose 15%, from 40 to 46") keeps the two one change.

A **duration** ("over six years", "for 10 years") measures the event its clause's verb tells;
two durations of two events are two quantities, whatever other words their sentences share
("stole the money over six years" / "must pay €250 a month for 10 years"):
:func:`duration_event` reads the verb a duration measures, and :func:`durations_apart` says when
two durations measure different events.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

__all__ = ["duration_event", "durations_apart", "multiple_elsewhere", "names_its_pair", "own_verb_between"]

#: Clause boundaries between a multiple and "from A to B"; a concessive clause ("Earnings roughly
#: doubled as well, although the average price slipped from US$2.98 to US$2.88") tells another
#: subject's figures (round alarm22r).
_BOUNDARY = re.compile(r",\s*(?:and|but)\b|;|\bwhile\b|\bwhereas\b|\bbut\b|\b(?:al)?though\b", re.I)

#: Finite verbs of change (past and present forms; no participle, which leans on the verb before).
_FINITE_CHANGE = re.compile(
    r"\b(?:rose|fell|grew|dropped|increased|decreased|declined|climbed|jumped|soared|slumped|plunged|"
    r"surged|went|doubled|tripled|halved|"
    r"(?:rise|fall|grow|drop|increase|decrease|decline|climb|jump|soar|slump|plunge|surge|go)e?s|"
    r"(?:has|have|had)\s+(?:risen|fallen|grown|dropped|increased|decreased|declined|climbed|jumped|gone))\b",
    re.I,
)


#: A clause opening on a pronoun for the subject told before: "; they climbed from …", ", and it rose".
_BACK = re.compile(r"\s*(?:(?:and|but)\s+)?(?:it|they)\s+(?!had\b)", re.I)


def multiple_elsewhere(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]``, the words between a multiple ("doubled") and "from A to B",
    hold a clause boundary (", and", ", but", a semicolon, "while", "whereas", "but",
    "although"): the multiple is then another clause's, told of other figures ("From 61 to 82 …
    is a big step, and on the coast we have doubled")."""
    between = text[start:end]
    bounds = list(_BOUNDARY.finditer(between))
    if not bounds:
        return False
    # "tripled last year; they climbed from 2,000 to 5,000": the next clause's subject is the
    # multiple's own again, told by a pronoun, and the clause still tells its figures
    return not _BACK.match(between, bounds[-1].end())


#: Right after a multiple word: "from A to B" or "to B from A", perhaps after a comma.
_OWN_PAIR = re.compile(r",?\s+(?:from|to)\s+[^.;,\d]{0,30}\d[^.;]{0,40}?\s(?:to|from)\s+[^.;,\d]{0,30}\d")


def names_its_pair(text: str, end: int) -> bool:
    """True when the multiple word ending at ``end`` is followed at once by the two figures it
    compares ("doubled, from about 3,440 to about 6,730")."""
    return _OWN_PAIR.match(text, end) is not None


def own_verb_between(text: str, change: Figure, start: Figure, end: Figure | None = None) -> bool:
    """True when a change told before "from A to B" (``change`` before ``start``, the figure A) is
    separated from "from A" by a finite verb of change: "from A to B" then has a verb of its own and
    the change is another subject's ("Ridership fell by about 6% … after the fare rose from 3 pesos
    to 5 pesos"). "rose 15%, from 40 to 46" and "rose 15%, rising from 40 to 46" hold none. So is
    a change told after the pair (``end``, the later of its figures) with a finite verb of its own
    between them: "Operating margin widened to 14.2 per cent from 12.9 per cent, although staff
    costs rose 22 per cent" (the lead's sixteenth-session probe); "rose from 612 to 851, an
    increase of about 39%" holds none."""
    if change.span.end <= start.span.start:
        return bool(_FINITE_CHANGE.search(text[change.span.end : start.span.start]))
    if end is not None and change.span.start >= end.span.end:
        return bool(_FINITE_CHANGE.search(text[end.span.end : change.span.start]))
    return False


#: "over six years", "for 10 years", "during three months", "within 18 months", "spanning four decades"
_DURATION_LEAD = re.compile(
    r"\b(?:over|for|during|within|in|across|spanning|lasting)\s+(?:the\s+(?:past|last|next)\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|up\s+to\s+|some\s+)?$",
    re.I,
)
_DURATION_UNIT = re.compile(r"\s*(?:years?|months?|weeks?|days?|decades?|hours?)\b", re.I)
#: Words of a clause that are no event verb (articles, pronouns, prepositions, auxiliaries).
_NOT_VERBS = frozenset(
    "a an the his her its their our my your he she it they we i you who which that this these those "
    "to of in on at by for from with over during within after before and or but was were is are be been "
    "being has have had will would shall should can could may might must not also then still only "
    "money sum total amount".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CLAUSE_STOP = re.compile(
    r",(?!\d)|[;:!?\"“”(]|\.(?!\d)|\b(?:and|but|while|who|which|that|after|before|when)\b", re.I
)
#: Words after which a word is a noun of a phrase (an object, a place), not the event's verb.
_NOUN_LEAD = frozenset(
    "the a an his her its their our my your this these those from of at on in with".split()
)


def is_duration(text: str, figure: Figure) -> bool:
    """True when the figure is a stretch of time led by a preposition of extent: "over six years",
    "for 10 years", "within 18 months"."""
    return bool(
        _DURATION_UNIT.match(text[figure.span.end : figure.span.end + 12])
        and _DURATION_LEAD.search(text[max(0, figure.span.start - 40) : figure.span.start])
    )


def duration_event(text: str, figure: Figure) -> frozenset[str]:
    """The words of the clause a duration ends, before its preposition: the event it measures
    ("who stole more than €400,000 from its members over six years" → stole; "ordered her to pay
    €250 a month to the credit union for 10 years" → ordered, pay, union), lower case, without
    function words, figures and the nouns right after an article, a possessive or a preposition
    ("the charity", "a month", "its members": what the event is done to, not the event). Read
    back from the preposition to the clause's start (a comma, a stop, a quotation mark, a relative
    pronoun or a conjunction), at most 100 characters."""
    lead = _DURATION_LEAD.search(text[max(0, figure.span.start - 40) : figure.span.start])
    if lead is None:
        return frozenset()
    end = max(0, figure.span.start - 40) + lead.start()
    start = max(0, end - 100)
    window = text[start:end]
    stops = list(_CLAUSE_STOP.finditer(window))
    if stops:
        window = window[stops[-1].end() :]
    tokens = [re.sub(r"['’]s$", "", w.lower()) for w in re.findall(r"[A-Za-z][A-Za-z'’-]*|\S", window)]
    return frozenset(
        w
        for i, w in enumerate(tokens)
        # "from the charity", "a month", "its members": the noun of a phrase is no event
        if _WORD.fullmatch(w)
        and w not in _NOT_VERBS
        and len(w) > 2
        and (i == 0 or tokens[i - 1] not in _NOUN_LEAD)
    )


def durations_apart(text: str, a: Figure, b: Figure) -> bool:
    """True when ``a`` and ``b`` are both durations ("over six years", "for 10 years") whose clauses
    tell their events in words they do not share: two events, two stretches of time, however much
    else their sentences share ("stole … over six years" / "pay €250 a month … for 10 years").
    Either clause telling no event (a bare "for 10 years") keeps them comparable."""
    if not (is_duration(text, a) and is_duration(text, b)):
        return False
    ea, eb = duration_event(text, a), duration_event(text, b)
    return bool(ea and eb) and not _share_stem(ea, eb)


def _share_stem(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when a word of ``a`` and one of ``b`` share a stem of five letters or more (or are
    equal): "stole" / "stolen", "repay" / "repaid"."""
    for x in a:
        for y in b:
            if x == y or (len(x) >= 5 and len(y) >= 5 and x[:5] == y[:5]):
                return True
    return False
