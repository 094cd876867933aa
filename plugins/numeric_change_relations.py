"""The ``change`` relations of "from A to B": a stated change C ("a rise of 12%"), a multiplier
("doubled"), or a cause that brings a toll from A to B; the pairs told level first ("B, down from
A") and "to B from A" are found by their own modules. Split from :mod:`.numeric_relations`.
"""

from __future__ import annotations

import re

from factcheck.model import Figure, Span

from .numeric_change_ranges import ends_of_a_range
from .numeric_clauses import multiple_elsewhere, names_its_pair, own_verb_between
from .numeric_currency_units import between_rates, rate_against_amount, told_in_subunit
from .numeric_differences import stated_differences
from .numeric_forms import (
    VERB_FACTORS,
    appositive_multiple,
    change_of_kind,
    to_from_pairs,
)
from .numeric_level_changes import level_first_pairs, measure_of_another
from .numeric_text import (
    Relation,
    TextIndex,
    is_share,
)

__all__ = ["change_pairs", "changes"]


_CHANGE_WORDS = (
    r"(?:an?\s+)?(?:increase|rise|jump|gain|growth|climb|drop|decrease|decline|fall|cut|reduction|loss|dip)"
)
_FROM_TO = re.compile(r"^\s+(?:in\s+[\w ]{1,30}?\s+)?to\s+(?:about\s+|around\s+)?$", re.IGNORECASE)


#: A currency mark the figures do not carry ("GH¢310 million … to GH¢480 million"): a prefix of
#: capitals ending in a currency sign, or the sign alone, glued to the number.
_MARK_BEFORE = re.compile(r"(?:\b[A-Z]{1,3})?[¢$€£¥₵₦₹]$")


def _unread_currency(text: str, a: Figure, gap: str) -> str:
    """The gap between "from A" and B without the currency mark glued to B when the same mark stands
    glued to A and the figures carry none ("from GH¢310 million in 2019 to GH¢480 million")."""
    mark = _MARK_BEFORE.search(gap)
    if mark is None or a.currency:
        return gap
    return gap[: mark.start()] if text[: a.span.start].endswith(mark.group(0)) else gap


def change_pairs(index: TextIndex) -> list[tuple[Figure, Figure]]:
    """The (from, to) figures of every change told in one sentence: "from A to B", "to B from A",
    "B, down from A" (whether or not a change, a multiple or anything else is stated with them)."""
    text = index.text
    figures = index.figures
    pairs: list[tuple[Figure, Figure]] = []
    for i, a in enumerate(figures):
        before = index.before(a, 24)
        if not a.currency:
            before = _MARK_BEFORE.sub("", before)  # "from GH¢310 million": a mark the figure does not carry
        if not re.search(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?$", before, re.IGNORECASE):
            continue
        if ends_of_a_range(text, a):
            continue  # "Forecasts range from 11.2 million to 12.0 million": a range, no change (prec22)
        if i + 1 >= len(figures):
            continue
        b = figures[i + 1]
        gap = _unread_currency(text, a, text[a.span.end : b.span.start])
        if not _FROM_TO.match(gap) and not re.fullmatch(r"\s+(?:[\w ]{1,30}?\s+)?to\s+", gap):
            continue
        pairs.append((a, b))
    pairs += to_from_pairs(index)  # "fell 7.5 per cent to $41,200 from $48,100"
    pairs += level_first_pairs(index)  # "105,417, down from 132,043, a fall of 26,626"
    return pairs


def changes(index: TextIndex) -> list[Relation]:
    """ "from A to B" with a stated change C, a multiplier, or a cause that brings the toll from A to B."""
    text = index.text
    found: list[Relation] = []
    for a, b in change_pairs(index):
        if a.is_percent != b.is_percent and not (is_share(a, text) and is_share(b, text)):
            continue
        if rate_against_amount(text, a, b):
            continue  # "… at around VND23,150 to the dollar, up 18.4% from VND26.16 trillion": a rate
        sentence = index.sentences[index.sentence_of(a.span)]
        clause_text = text[sentence.start : sentence.end]
        change = _stated_change(index, a, b, sentence)
        from_to = Span(min(a.span.start, b.span.start), max(a.span.end, b.span.end))
        if change is not None:
            c, direction, points = change
            found.append(
                Relation(
                    "change",
                    (("from", (a.id,)), ("to", (b.id,)), ("change", (c.id,))),
                    text[min(c.span.start, a.span.start) : max(c.span.end, b.span.end)],
                    from_to.cover(c.span),
                    (
                        ("direction", direction),
                        ("points", points),
                        ("relative", c.is_percent and not points),
                        # "2.85 złoty … 2.79 złoty, a fall of 6 grosze": a hundredth of the levels' unit
                        ("subunit", told_in_subunit(a, b, c)),
                        # "the rupee fell 0.4% to 83.21 per dollar from 82.88": the currency's value
                        ("rates", between_rates(text, a, b)),
                    ),
                )
            )
            continue
        verb = next(
            (
                m
                for m in re.finditer(
                    r"\b(more\s+than\s+|nearly\s+|almost\s+)?(doubled|tripled|trebled|quadrupled|halved)\b",
                    clause_text,
                    re.I,
                )
                # "From 61 to 82 … is a big step, and on the coast we have doubled": another clause's
                if not multiple_elsewhere(
                    text,
                    min(sentence.start + m.end(), from_to.start),
                    max(sentence.start + m.start(), from_to.end),
                )
                # "29 per cent …, meaning the number roughly doubled, from about 3,440 to about
                # 6,730": a multiple followed by its own pair is that pair's (round alarm20)
                and not (
                    from_to.end <= sentence.start + m.start()
                    and names_its_pair(text, sentence.start + m.end())
                )
            ),
            None,
        )
        if verb:
            found.append(
                Relation(
                    "multiple",
                    (("from", (a.id,)), ("to", (b.id,))),
                    verb.group(0),
                    Span(sentence.start + verb.start(), sentence.start + verb.end()),
                    (
                        ("factor", VERB_FACTORS[verb.group(2).lower()]),
                        ("hedge", (verb.group(1) or "").strip().lower()),
                    ),
                )
            )
        elif (told := appositive_multiple(text, a, b, from_to.end)) is not None:  # "…, almost exactly half"
            found.append(told)
    found = _nearest_pair_only(found, index)
    found += stated_differences(index)  # "38 seats, eight fewer than the 46 needed"
    return found


def _nearest_pair_only(found: list[Relation], index: TextIndex) -> list[Relation]:
    """A stated change read with two pairs of its sentence belongs to the nearer one: "rose to
    1,220 billion rupees … from 1,007 billion rupees, an increase of 21%, …, as the rupee weakened
    to 133 per dollar from 132" gives the 21% to the remittances, not to the rate (review20)."""
    by_id = {f.id: f for f in index.figures}
    takers: dict[str, list[int]] = {}
    for n, relation in enumerate(found):
        if relation.kind == "change" and relation.ids("change"):
            takers.setdefault(relation.one("change"), []).append(n)

    def distance(n: int) -> int:
        c = by_id[found[n].one("change")]
        levels = [by_id[found[n].one(role)] for role in ("from", "to")]
        first, last = min(f.span.start for f in levels), max(f.span.end for f in levels)
        return max(0, c.span.start - last, first - c.span.end)

    dropped = {n for ns in takers.values() if len(ns) > 1 for n in ns if n != min(ns, key=distance)}
    return [relation for n, relation in enumerate(found) if n not in dropped]


#: A conjunction or semicolon that opens a clause of its own; not inside a hyphened word ("break-and-enters").
_CLAUSE_JOIN = re.compile(r"(?:(?<![\w-])(?:and|but|while|whilst|whereas|(?:al)?though)(?![\w-])|;)", re.I)


def _another_clause(text: str, a: Figure, b: Figure, c: Figure) -> bool:
    """True when a conjunction or semicolon stands between "from A to B" and the change C: C is
    then said in a clause of its own, of its own subject ("homicides fell from 23 to 17, and
    robberies dropped by nearly 11%"), not as the change from A to B ("rose from 612 to 851, an
    increase of about 39%"; "rose 15%, from 40 to 46")."""
    # what stands between C and the nearer of the two levels, whichever order they are told in
    # ("5,901 … in 2014, down from 7,915 in 2013, a drop of 3,014": B first, then A, then C)
    first, last = min(a.span.start, b.span.start), max(a.span.end, b.span.end)
    if c.span.start >= last:
        between = text[last : c.span.start]
    elif c.span.end <= first:
        between = text[c.span.end : first]
    else:
        between = ""
    return bool(_CLAUSE_JOIN.search(between))


def _stated_change(index: TextIndex, a: Figure, b: Figure, sentence: Span) -> tuple[Figure, str, bool] | None:
    text = index.text
    for position in index.figures_from(sentence.start, sentence.end):
        c = index.figures[position]
        if c.id in (a.id, b.id):
            continue
        before = text[max(sentence.start, c.span.start - 40) : c.span.start]
        after = text[c.span.end : c.span.end + 50]
        points = bool(re.match(r"\s*(?:-\s*)?percentage[\s-]+points?\b", after, re.I))
        if _another_clause(text, a, b, c):
            continue  # "… fell from 23 to 17, and robberies dropped by nearly 11%": another subject
        if own_verb_between(
            text, c, min(a, b, key=lambda f: f.span.start), max(a, b, key=lambda f: f.span.end)
        ):
            continue  # "Ridership fell by about 6% … after the fare rose from 3 to 5": the fare's own verb
        if measure_of_another(text, c, frozenset((b.unit or "").lower().split()), index.counted_stems(b)):
            continue  # "400 bikes, up from 350, an increase of 20% in revenue": another measure's change
        if not change_of_kind(a, b, c, shares=is_share(a, text) and is_share(b, text), points=points):
            continue  # "from 10 per cent to 15 per cent …, at least $60,000": no change of two shares
        kind = None
        # "an increase of C", "up C", "down by C", "rose by C"
        m = re.search(
            rf"(?:{_CHANGE_WORDS})\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$", before, re.I
        )
        verb = re.search(
            r"\b(?:up|down|rose|fell|grew|dropped|increased|decreased|declined|climbed|jumped|"
            # the base, present and -ing forms ("will rise by £18", "is falling by 3%")
            r"ris(?:e|es|en|ing)|fall(?:s|en|ing)?|grow(?:s|n|ing)?|drop(?:s|ping)?|"
            r"(?:increas|decreas|declin)(?:e|es|ing)|(?:climb|jump)(?:s|ing)?)\s+(?:by\s+)?$",
            before,
            re.I,
        )
        noun = re.match(
            rf"\s*(?:-\s*)?(?:percent|per\s+cent|percentage\s+points?)?\s*(?:{_CHANGE_WORDS})\b", after, re.I
        )
        if m:
            kind = m.group(0)
        elif verb:
            kind = verb.group(0)
        elif noun and re.search(r"\ban?\s+$", before, re.I):
            kind = noun.group(0)
        elif (
            c.span.end <= a.span.start
            and not is_share(c, text)
            and re.search(
                r"\b(?:taking|bringing|raising|pushing|lifting|putting)\b",
                text[c.span.end : a.span.start],
                re.I,
            )
        ):
            kind = "taking"
        if kind is None:
            continue
        # the direction is the change word's own, not a word of the next sentence ("… an increase of
        # about 39%. But homicides fell …")
        direction = (
            "down"
            if re.search(r"drop|decreas|declin|fall|fell|cut|reduc|loss|dip|down", kind, re.I)
            else "up"
        )
        if kind == "taking":
            direction = "up" if b.value >= a.value else "down"
        return c, direction, points
    return None
