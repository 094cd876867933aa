"""Forms of figures that state no sum, no change and no pair of shares, though their words look like
one (docs/checkers/numeric.md; found on blind articles of other styles, issue 13, round alarm10):

* **the base of a rate** ("31 per 100,000", "per 1,000 births"): the figure after "per" is the unit
  the rate is counted in, not a quantity of the article (:func:`is_rate_base`);
* **a change of another kind** ("from 10 per cent to 15 per cent, meaning a buyer … must now put down at
  least $60,000"): a stated change is of its figures' kind, a percentage or the same currency, so money
  is no change of two shares and a count no change of two amounts (:func:`change_of_kind`);
* **the addends of a stated total** ("A and B, a total of C"): they are the figures of C's kind
  (money in C's currency, or counts when C is a count) listed after the last break of the sentence
  before C (a dash, colon or semicolon, or an earlier total), the second figure of a score ("176 for
  5") is no addend, and "each" / "apiece" makes C a product of a count and an amount, not a sum
  (:func:`total_addends`);
* **a sibling part is no whole** ("1,090 among the untreated" … "95 among the untreated"):
  a count told as "N among/of the X" is itself a part of X, so it is never the whole a later part
  of X is taken from (:func:`is_part_phrase`);
* **a count told by ellipsis** ("the province needs around 10,000 new care beds a year and it is opening
  about 7,000"): a count that ends its clause naming nothing, coordinated after a count of a noun in its
  sentence, counts that noun (:func:`coordinated_noun`);
* **a headline share told in the body** ("pass rate climbs to 88.4%" / "88.4% of the 410,000
  pupils … passed"): a headline share that names no whole, and a body share of the same value
  that names one, are one share; the headline's figure is then the body's own and is compared with
  no other body share ("Girls had a pass rate of 90.1%, against 86.9% for boys")
  (:func:`headline_share_told`);
* **a change told "to B from A"** ("fell 7.5 per cent to $41,200 from $48,100", "rose to 27 on
  Friday from 22"): the order of much business and wire copy, read as "from A to B"
  (:func:`to_from_pairs`);
* **a unit of measure parts the kinds a multiple compares** ("390mm of rain in the 36 hours …, more
  than three times the August average of about 120mm"): millimetres are compared with
  millimetres, never with hours (:func:`measure_of`);
* **a unit of measure glued to its number** ("390mm", "5km", "50kg") is a quantity, not a code
  such as "50px" (:func:`glued_measure`);
* **a multiple told in apposition to a change** ("fell to $6.2 million from $12.6 million, almost
  exactly half"): the word after the comma states the end as that multiple of the start, as
  "halved" does (:func:`appositive_multiple`);
* **an age told by a superlative and the lesser unit of a compound measure** ("the oldest was 96",
  "6 hours 47 minutes", "5ft 11in"): labels of a person or parts of one measure, never counts
  (:func:`names_an_age_or_unit_part`);
* **"N of them" after two counts** ("worked in 14 of the country's 20 regions, and at least 300 of
  them went on to teach"): which count "them" is is not stated when the part's sentence
  holds another count of its kind before it (:func:`sole_count_before`);
* **a count said of the subject** ("Of the 48 passengers, 30 were over 70"): a figure right after
  a copula is what the subject is (an age, a size), not another part of the whole
  (:func:`is_predicate`);
* **a range of one share** ("a 95% confidence interval of 52% to 61%", "a range of 20% to 35%"):
  two percentages after a noun of range are the ends of one estimate, not two shares of a whole
  (:func:`range_of_one_share`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from factcheck.model import Figure, Span

from .numeric_currency_units import told_in_subunit
from .numeric_text import Relation, TextIndex, unit_stems

__all__ = [
    "VERB_FACTORS",
    "appositive_multiple",
    "change_of_kind",
    "coordinated_noun",
    "glued_measure",
    "headline_share_told",
    "is_part_phrase",
    "is_predicate",
    "is_rate_base",
    "measure_of",
    "names_an_age_or_unit_part",
    "range_of_one_share",
    "sole_count_before",
    "to_from_pairs",
    "total_addends",
]

_PER_BEFORE = re.compile(r"\bper\s+$", re.I)


def is_rate_base(text: str, figure: Figure) -> bool:
    """True for the figure right after "per" ("31 per 100,000 people"): the base a rate is
    counted over, which names the unit of the figure before it and counts nothing of its own."""
    return bool(_PER_BEFORE.search(text, max(0, figure.span.start - 12), figure.span.start))


def change_of_kind(start: Figure, end: Figure, change: Figure, *, shares: bool, points: bool) -> bool:
    """True when ``change`` may state the change from ``start`` to ``end``: a percentage (a relative
    change) or ``points`` (it is followed by "percentage points"), or a figure of their kind, the same
    currency when they are money (or its subunit: "a fall of 6 grosze") and no money when they are
    counts.  ``shares``: the two ends are shares, whose change is told only in percent or points
    ("from 10 per cent to 15 per cent" is no change of "$60,000")."""
    if change.is_percent or points:
        return True
    if shares:
        return False
    # "2.85 złoty … 2.79 złoty, a fall of 6 grosze", "$2.85 … $2.79, down 6 cents": the subunit
    return change.currency == start.currency == end.currency or told_in_subunit(start, end, change)


_BREAK = re.compile(r"\s[—–]\s|[;:]|\s-\s")
_SCORE = re.compile(r"\s+for\s+$", re.I)
_EACH = re.compile(r"\b(?:each|apiece)\b", re.I)


def total_addends(
    text: str, total: Figure, lead_start: int, candidates: Sequence[Figure], totals_before: Sequence[Figure]
) -> list[Figure]:
    """The figures a stated total ``total`` adds up, from ``candidates`` (the figures of its sentence
    before it, in text order); ``lead_start`` is where its lead words (", a total of") begin and
    ``totals_before`` the figures of its sentence that are themselves stated totals.

    An empty list when "each" or "apiece" stands between the first candidate and the total: "120
    schools will each receive $25,000, a total of $3 million" is a product, not a sum."""
    start = max((f.span.end for f in totals_before if f.span.end <= lead_start), default=0)
    for found in _BREAK.finditer(text, start, lead_start):
        start = max(start, found.end())
    kept: list[Figure] = []
    previous: Figure | None = None
    for figure in candidates:
        score = previous is not None and _SCORE.fullmatch(text, previous.span.end, figure.span.start)
        previous = figure
        if figure.span.start < start or score:
            continue  # before the break; the wickets of "176 for 5"
        if figure.currency != total.currency:
            continue  # "120" schools are no amount of "$3 million"
        kept.append(figure)
    if kept and _EACH.search(text, kept[0].span.end, lead_start):
        return []
    return kept


_PART_PHRASE = re.compile(r"\s+(?:(?:out\s+)?of|among)\s+(?:the|these|those|its|their|all)\b", re.I)


def is_part_phrase(text: str, figure: Figure) -> bool:
    """True for a count followed by "of the", "among the", "out of the" ("1,090 among the
    untreated", "five of the candidates"): a part of a group, which is no whole of another part."""
    return bool(_PART_PHRASE.match(text, figure.span.end))


_RANGE_NOUN = re.compile(
    r"\b(?:interval|range|band|bracket|spread|estimates?|projections?)\s+"
    r"(?:of|from|between|at|was|is|put\s+at)\s+(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)


def range_of_one_share(text: str, first: Figure) -> bool:
    """True when a pair of percentages "X% to Y%" follows a noun of range ("a 95% confidence interval
    of 52% to 61%", "a range of 20% to 35%"): the two ends of one estimate, not two shares of a whole
    set face to face ("leads 48 percent to 41 percent")."""
    return bool(_RANGE_NOUN.search(text, max(0, first.span.start - 40), first.span.start))


_CLAUSE_END = re.compile(r"\s*(?:[.,;!?\"”’)]|$)")
_COORDINATOR = re.compile(r"\b(?:and|but|while|whereas)\b", re.I)


def coordinated_noun(index: TextIndex, figure: Figure) -> str:
    """What a count told by ellipsis counts: "the province needs around 10,000 new care beds a year
    and it is opening about 7,000" counts new care beds.  The count names nothing and ends its
    clause, the figure before it in its sentence (within 80 characters, a conjunction between them)
    is of its kind and names what it counts; "" otherwise."""
    text = index.text
    if index.counted(figure) or index.share(figure) or not _CLAUSE_END.match(text, figure.span.end):
        return ""
    sentence = index.sentence_of(figure.span)
    before = [f for f in index.figures_of_sentence(sentence) if f.span.end <= figure.span.start]
    if not before:
        return ""
    previous = before[-1]
    between = text[previous.span.end : figure.span.start]
    if (
        previous.currency != figure.currency
        or index.share(previous)
        or len(between) > 80
        or not _COORDINATOR.search(between)
    ):
        return ""
    return index.counted(previous)


_SHARE_WHOLE = re.compile(r"\s*(?:percent|per\s+cent|pc)?\s+(?:of|among)\b", re.I)


def headline_share_told(index: TextIndex, figure: Figure) -> bool:
    """True when the headline share ``figure`` (naming no whole) is told in the body: a body share
    of the same value written with the same digits names its whole ("88.4% of the 410,000
    pupils … passed").  The headline's figure is then the body's own, compared with no other body
    share."""
    token = re.sub(r"\D", "", figure.span.of(index.text))
    for other in index.figures:
        if index.in_title(other) or other.value != figure.value or not index.share(other):
            continue
        same_digits = re.sub(r"\D", "", other.span.of(index.text)) == token
        if same_digits and _SHARE_WHOLE.match(index.text, other.span.end):
            return True
    return False


_TO_BEFORE = re.compile(r"\bto\s+(?:about\s+|around\s+|some\s+)?$", re.I)
_TO_FROM_GAP = re.compile(r"\s+(?:[\w ]{1,30}?\s+)?from\s+(?:about\s+|around\s+|some\s+)?", re.I)


def to_from_pairs(index: TextIndex) -> list[tuple[Figure, Figure]]:
    """The (from, to) figures of every change told "to B from A" in one sentence ("rose 12% to
    $5.6 billion from $5.0 billion"): B right after "to", A right after "from" and at most a few
    words (no comma, no figure) between them.  A figure after "from" that counts a noun of its own
    which B does not count is where the things came from, no earlier value ("rose 10 per cent to
    22,000 from 140 schools", "to 1,400 a week from 60 airports")."""
    found = []
    figures = index.figures
    for b, a in itertools.pairwise(figures):
        if not _TO_BEFORE.search(index.text, max(0, b.span.start - 20), b.span.start):
            continue
        if _TO_FROM_GAP.fullmatch(index.text, b.span.end, a.span.start) is None:
            continue
        counted = unit_stems(a.unit or "")
        if counted and not counted & unit_stems(b.unit or ""):
            continue
        if index.sentence_of(a.span) == index.sentence_of(b.span):
            found.append((a, b))
    return found


#: Units of measure read from what a figure counts: a multiple compares two figures of one unit.
MEASURE_UNITS = frozenset(
    """mm cm m km kg g mg ml l litres liters metres meters miles mile feet foot inches inch tonnes tons
    acres hectares hours hour minutes minute seconds days day weeks week months month years year
    degrees mph kmh kwh mw gw gwh twh""".split()
)


_UNIT_AFTER = re.compile(r"[ \u00a0]?([A-Za-z]+)\b")


def measure_of(index: TextIndex, figure: Figure) -> str:
    """The unit of measure written right after a figure ("390mm" -> "mm", "36 hours" -> "hour"), or
    "" (what a figure counts further on, "12 of them this year", is not its unit)."""
    match = _UNIT_AFTER.match(index.text, figure.span.end)
    if match is None or match.group(1).lower() not in MEASURE_UNITS:
        return ""
    word = match.group(1).lower()
    return word.rstrip("s") if len(word) > 3 else word


_GLUED = re.compile(r"(?:mm|cm|km|kg|mg|ml|mph|kmh|kwh|mw|gw|gwh|twh|ha)\b", re.I)


def glued_measure(text: str, figure: Figure) -> bool:
    """True when a unit of measure is written right after the number ("390mm", "50kg", "5km"): a
    quantity in that unit, not a code ("50px", "4G")."""
    return bool(_GLUED.match(text, figure.span.end))


_APPOSITIVE = re.compile(
    r",\s*(?P<hedge>(?:almost\s+|nearly\s+)?exactly\s+|nearly\s+|almost\s+|about\s+|roughly\s+|more\s+than\s+|"
    r"over\s+|less\s+than\s+)?(?P<word>half|double|twice|triple|three\s+times)"
    r"(?:\s+(?:its|their|the)\s+(?:previous\s+|earlier\s+)?(?:level|figure|total|amount|size|number))?"
    r"(?=\s*(?:[.;,)]|$))",
    re.I,
)
#: The factor a verb of multiplying states ("doubled from 40 to 80", "The number has halved").
VERB_FACTORS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_APPOSITIVE_FACTORS = {"half": 0.5, "double": 2.0, "twice": 2.0, "triple": 3.0, "three": 3.0}
_APPOSITIVE_HEDGES = {"nearly": "nearly", "almost": "nearly", "more than": "more than", "over": "more than"}


def appositive_multiple(text: str, start: Figure, end: Figure, after: int) -> Relation | None:
    """The ``multiple`` relation of a multiple set in apposition right after a change from ``start``
    to ``end`` that ends at ``after`` ("…, almost exactly half.", "…, more than double its previous
    level."): the end is that multiple of the start.  "Exactly", "about" and "roughly" state the
    plain multiple; "nearly", "almost", "more than", "over" and "less than" are its hedges.  The word
    must close its clause: "…, half the national rate" compares the end with something else."""
    match = _APPOSITIVE.match(text, after)
    if match is None:
        return None
    word = match.group("word").lower().split()[0]
    hedge = " ".join((match.group("hedge") or "").lower().split())
    if "exactly" in hedge or hedge in ("about", "roughly"):
        hedge = ""
    hedge = _APPOSITIVE_HEDGES.get(hedge, hedge)
    words = Span(match.start("hedge") if match.group("hedge") else match.start("word"), match.end())
    return Relation(
        "multiple",
        (("from", (start.id,)), ("to", (end.id,))),
        words.of(text),
        words,
        (("factor", _APPOSITIVE_FACTORS[word]), ("hedge", hedge)),
    )


_AGE_SUPERLATIVE = re.compile(
    r"\b(?:oldest|youngest)(?:\s+[a-z]+){0,2}?\s*(?:,\s*)?(?:was|is|were|are|aged|at)?\s*$", re.I
)
_COMPOUND_UNITS = {
    "hour": "minute",
    "minute": "second",
    "year": "month",
    "month": "day",
    "week": "day",
    "day": "hour",
    "ft": "in",
    "feet": "inch",
    "foot": "inch",
    "stone": "pound",
    "st": "lb",
    "lb": "oz",
    "pound": "ounce",
}
_UNIT_BEFORE = re.compile(r"\b\d[\d.,]*\s?([A-Za-z]+)\s+(?:and\s+)?$")


def names_an_age_or_unit_part(text: str, figure: Figure) -> bool:
    """True for an age told by a superlative ("the oldest was 96", "the youngest victim, 15") and for
    the lesser unit of a compound measure ("6 hours 47 minutes", "5ft 11in", "2 years and 3
    months"): the one names a person's age, the other is part of one quantity with the figure
    before it; neither counts anything to compare."""
    before = text[max(0, figure.span.start - 40) : figure.span.start]
    if _AGE_SUPERLATIVE.search(before):
        return True
    unit = _UNIT_BEFORE.search(before)
    after = _UNIT_AFTER.match(text, figure.span.end)
    if unit is None or after is None:
        return False
    larger, smaller = unit.group(1).lower(), after.group(1).lower()
    lesser = _COMPOUND_UNITS.get(larger.rstrip("s") if len(larger) > 3 else larger)
    return lesser is not None and (smaller.rstrip("s") if len(smaller) > 3 else smaller).startswith(lesser)


_YEARS = re.compile(r"(?:19|20)\d\d")


def sole_count_before(index: TextIndex, part: Figure) -> bool:
    """True when the part's sentence holds at most one count of the part's kind (no share, the
    same currency, no year) before it: only then does "N of them" state which count it is a part
    of ("$4.1 billion … 310 subsidiaries, 120 of which": the amounts are of another kind)."""
    counts = [
        f
        for f in index.figures_of_sentence(index.sentence_of(part.span))
        if f.span.end <= part.span.start
        and not index.share(f)
        and f.currency == part.currency
        and not _YEARS.fullmatch(f.span.of(index.text))
    ]
    return len(counts) <= 1


_COPULA = re.compile(r"\b(?:is|are|was|were|been|being)\s+$", re.I)


def is_predicate(text: str, figure: Figure) -> bool:
    """True for a figure right after a copula ("30 were over 70", "the oldest was 96"): it says what
    the subject is, so it counts nothing of the whole the sentence opens with."""
    return bool(_COPULA.search(text, max(0, figure.span.start - 10), figure.span.start))
