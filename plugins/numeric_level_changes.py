"""Changes told level first: "B, down from A" and "B, a fall of C from A".

News gives a new level and then, in apposition, where it came from: "105,000 migrants landed,
down from 132,000 a year earlier, a fall of 27,000"; "the line carried 6 million, a fall of 50%
from 12 million"; "sales reached $4.2 billion, up 8% from $3.9 billion".  The change rule of
:mod:`.numeric_relations` reads "from A to B" and "to B from A"; this module gives it the pairs
of the level-first forms, and the stated change C is then found and judged as for those (a
change word before C, "a fall of", "up", "down by").

Read only when the apposition opens right after B (a comma, then "up"/"down" or "a rise/fall of
…"), holds no figure other than C, and "from" is followed by A at once: "160 staff, up from 90
last year".  "B, up from A" with no stated change gives a pair and no verdict (nothing is
stated to check).  A figure after "from" that counts a noun of its own which B does not count is
where things came from ("22,000 pupils, up 10% from 140 schools"), as in ``to_from_pairs``; a
whole ("21 of the 234 members, up from 17") is not the level that changed, nor a gloss of another
level in other units ("$4.00 a pound, or about $8,818 a tonne, up 17% from $3.42"); A and B are of
one currency ("$4.03 billion (Sh479.2 billion), up 8.3% from $3.72 billion" pairs nothing).  ",
compared with A" and ", against A" open the apposition as ", down from A" does ("€12.4bn in the
quarter, compared with €10.1bn a year earlier, an increase of 30%").

A stated change that names another measure after it, "in" and a noun the levels do not count ("an
increase of 20% in revenue", "a fall of 6 points in its share of the vote"), is that measure's
change, not the levels' (:func:`measure_of_another`, read for every change rule).
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_currency_units import SUBUNIT_WORD
from .numeric_place_levels import counts_places, located_level, nearer_level
from .numeric_text import TextIndex, unit_stems

__all__ = ["level_first_pairs", "measure_of_another"]

#: A change told in the currency's subunit: "up 3p from", "down 6 cents from" (numeric_currency_units).
_IN_SUBUNIT = rf"(?:\s*{SUBUNIT_WORD})?"
#: The words of a change's apposition right after its level, with C (if any) cut out as "#":
#: ", down from", ", up # from", ", a fall of # from", ", an increase of # on" is not read ("on"
#: names a period as often as a base: "up 24% on 2016").
_APPOSITION = re.compile(
    r"(?:,\s*(?:compared\s+(?:with|to)|against)\s+(?:about\s+|around\s+|some\s+)?|"
    rf",\s*(?:(?:up|down)(?:\s+by)?(?:\s+(?:about|around|some|nearly|almost)?\s*#{_IN_SUBUNIT})?|"
    r"an?\s+(?:fall|drop|decline|decrease|rise|increase|jump|gain|cut|reduction)\s+of\s+"
    rf"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?#{_IN_SUBUNIT})"
    r"\s+from\s+(?:about\s+|around\s+|some\s+)?)",
    re.I,
)

#: Before a figure that glosses the one before it in other units: ", or about", "(".
_GLOSS_BEFORE = re.compile(r"(?:,\s*or\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?|\(\s*)$", re.I)
#: Between a part and its whole: "21 of the 234", "12 out of 40" (not "earnings of $6.8 billion").
_WHOLE_BEFORE = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?", re.I)


#: What B counts, up to the comma of the apposition: words, and a year or season of its time ("in
#: 2014", "in the 2020/21 season", "in 2019-20"), at most 100 characters ("20,100 new-build homes
#: completed across all sectors in 2021, down from", fault20; "41 percent of the soft coral colonies
#: surveyed off the southern coast of the island this summer, up from": a noun phrase with no comma
#: and no figure is one level's words however long; round sum24).
_UNIT_TO_COMMA = re.compile(
    r"(?:[^,;.!?\d]|(?<!\d)(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?(?![\d/-])){0,100}(?=,)"
)


def level_first_pairs(index: TextIndex) -> list[tuple[Figure, Figure]]:
    """The (from, to) figures of every change told level first in one sentence: "B, down from A",
    "B, up C from A", "B, a fall of C from A" (A right after "from", at most one figure C between B
    and A, and it after the change word)."""
    text = index.text
    figures = index.figures
    found: list[tuple[Figure, Figure]] = []
    for i, b in enumerate(figures):
        if i and _WHOLE_BEFORE.fullmatch(text, figures[i - 1].span.end, b.span.start):
            continue  # "21 of the 234 members, up from 17": the change is the part's, not the whole's
        if re.match(r"-[A-Za-z]", text[b.span.end : b.span.end + 2]):
            continue  # "12.6 million 60-kilogram bags": a figure glued to its unit is a modifier, no level
        level = b
        if (
            i
            and index.sentence_of(figures[i - 1].span) == index.sentence_of(b.span)
            and counts_places(text, b)
        ):
            # "18,450 trials … across the 39 sheriff courts, up from 16,900": B counts the places;
            # the level that changed is the count they locate (round prec22)
            located = located_level(index, i)
            if located is None:
                continue
            level = located
        if _GLOSS_BEFORE.search(text, max(0, b.span.start - 20), b.span.start):
            continue  # "$4.00 a pound, or about $8,818 a tonne, up 17% from $3.42": B glosses another level
        for j in (i + 1, i + 2):
            if j >= len(figures):
                break
            a = figures[j]
            if index.sentence_of(a.span) != index.sentence_of(b.span):
                break
            gap = text[b.span.end : a.span.start]
            if j == i + 2:
                c = figures[i + 1]
                gap = text[b.span.end : c.span.start] + "#" + text[c.span.end : a.span.start]
            # what B counts is written between it and the comma ("6 million passengers, down from")
            # ("5,901 break-ins in 2014, down from": a year of the level's time may stand there too)
            unit = _UNIT_TO_COMMA.match(gap)
            if unit is None or "#" in unit.group(0) or _APPOSITION.fullmatch(gap, unit.end()) is None:
                continue
            if level is not b and not nearer_level(a, level, b):
                break  # "1,485 cars across its 40 dealers, up from 30": the places' own change
            counted = unit_stems(a.unit or "")
            if counted and not counted & unit_stems(level.unit or ""):
                continue
            if a.is_percent != level.is_percent or a.currency != level.currency:
                continue  # "$4.03 billion (Sh479.2 billion), up 8.3% from $3.72 billion": B is the conversion
            found.append((a, level))
            break
    return found


#: After a stated change: "in" and what else changed ("an increase of 20% in revenue", "a fall of 6
#: points in its share of the vote"), not a time ("in the quarter", "in 2016", "in March").
_IN_ANOTHER = re.compile(
    r"\s*(?:percentage\s+)?(?:points?\s+)?in\s+(?:its\s+|their\s+|the\s+|his\s+|her\s+|this\s+|that\s+)?"
    r"(?P<noun>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})",
)
_TIME_NOUNS = frozenset(
    """year years quarter quarters month months week weeks period season seasons half decade day days
    term session""".split()
)


def measure_of_another(text: str, change: Figure, counted: frozenset[str], stems: frozenset[str]) -> bool:
    """True when a stated change names another measure than the levels it would be judged
    against: "in" and a noun right after it that the levels do not count ("41 seats, down from 55, a
    fall of 6 points in its share of the vote"; "400 bikes, up from 350, an increase of 20% in
    revenue"), or "points" said of two counts (``counted``: the words, ``stems``: the stems of what
    the levels count)."""
    match = _IN_ANOTHER.match(text, change.span.end)
    if match is None:
        return False
    words = re.split(
        r"\s+(?:of|for|at|on|to|and|from|than|after|before|since)\b", match.group("noun").lower()
    )[0].split()
    if not words or _TIME_NOUNS & set(words) or set(words) & counted:
        return False  # "in the first quarter": a time; "in seats": what the levels count
    noun = words[-1]
    return not any(noun.startswith(stem) for stem in stems if len(stem) >= 4)
