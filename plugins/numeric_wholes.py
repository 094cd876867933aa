"""Parts and wholes for the ``numeric`` checker: a part must not exceed its whole, a stated share
must match its part and whole, shares of one whole must not add past 100%.
"""

from __future__ import annotations

import re

import attrs

from factcheck.model import Figure, Status, Verdict

from .numeric_forms import measure_of
from .numeric_judge import _fmt, _hull_has, _iv, _JudgeBase
from .numeric_relations import (
    Relation,
    divide,
    is_hedged,
    is_share,
    reading,
    scale,
    share_reading,
)
from .numeric_restated import is_label
from .numeric_singular import singular_of_one
from .numeric_text import unit_stems
from .numeric_whole_restated import whole_restates_part

MEASURES = frozenset(
    "year month week day hour minute second mile kilometer meter foot inch pound ton gallon acre".split()
)
"""Units of measure: a part and a whole counted in two different ones are not one quantity."""
#: A count told as an average or per unit of time ("about 71 vessels crossed each day", "on
#: average"): no set that "among them" or "including" could take parts of.
_AVERAGE = re.compile(
    r"\b(?:on\s+average|an\s+average\s+of|averag\w*|"
    r"(?:each|per|every|a)\s+(?:day|night|week|month|hour)\b(?!\s+(?:after|before|earlier|later|ago)\b))",
    re.I,
)
SHARE_ROUNDING = 0.5
"""Shares of one whole may add past 100% by half a point each (each is rounded)."""


def _plural_noun(words: str) -> bool:
    """True when ``words`` open with a plural noun ("members", "families"), not a participle
    ("cast", "needed") or a possessive."""
    first = words.split()[0].lower() if words.split() else ""
    return first.endswith("s") and not first.endswith(("ss", "'s", "’s")) and first.isalpha()


class _WholesJudge(_JudgeBase):
    """Judges a part against its whole and shares of one whole."""

    # ------------------------------------------------------------------ part and whole
    def part_whole(self, relation: Relation) -> Verdict | None:
        """A part must not exceed its whole.

        Preconditions: both are counts of one kind (no share, the same currency), neither is a
        label (a year, an age, a "44-year-old"), they do not count different units of measure
        ("three years, including six months"), and an anaphoric whole ("including", "among them",
        "of them") is the only count before the part in its sentence (with other counts there, the
        part warns only when it exceeds them all together: :meth:`_larger_than_all`), and is told
        as no average or rate per day.  Only a relation the words state outright ("N of the M",
        "N out of M", "Of the M, N ...") can ``fail``; one read through "including" or "of them"
        warns at most.
        """
        part, whole = self.by_id[relation.one("part")], self.by_id[relation.one("whole")]
        if not self._countable_pair(relation, part, whole):
            return None
        if whole_restates_part(self.index, part, whole):
            return None  # "more than 16,000 places" / "16,241 of the places": one count (round prec22)
        others = self._counts_before(relation, part, whole)
        if others:
            return self._larger_than_all(relation, part, whole, others)
        explicit = bool(relation.get("explicit"))
        p, w = reading(part, self.text, rounding=False), reading(whole, self.text, rounding=False)
        numbers = {"part": [p.lo, p.hi], "whole": [w.lo, w.hi]}
        link = f" ({relation.link})" if relation.link else ""
        names = f"part {self.q(part.id)} and whole {self.q(whole.id)}{link}"
        arithmetic = f"part {_iv(p)} against whole {_iv(w)}"
        if p.certainly_le(w):
            return self.verdict(
                relation,
                Status.PASS,
                f"{names}: the part fits within the whole",
                f"Part and whole: {arithmetic}; every value of the part is at most every value of the whole.",
                numbers,
            )
        if not p.possibly_le(w):
            return self.verdict(
                relation,
                Status.FAIL if explicit else Status.WARN,
                f"{names}: the part is larger than the whole",
                f"Part and whole: {arithmetic}; even the part's least reading exceeds the whole's greatest."
                + ("" if explicit else " The whole is read from the context, so a reader should check it."),
                numbers,
            )
        if (part.upper is None and is_hedged(part)) or (whole.lower is None and is_hedged(whole)):
            return self.verdict(
                relation,
                Status.PASS,
                f"{names}: the stated bound fits",
                f"Part and whole: {arithmetic}; the hedge gives only a bound, and the part's least value "
                f"{_fmt(p.lo)} is within the whole's greatest {_fmt(w.hi)}.",
                numbers,
            )
        if part.value <= whole.value and not is_hedged(whole):
            # "roughly $4.1 billion of the $4.2-billion shortfall": the values the words state fit; the
            # hedge widens the part around a value within a bare whole, which is no reason to look
            # (a hedged whole, "around 3,900 of over 4,000", still warns: both are uncertain)
            return self.verdict(
                relation,
                Status.PASS,
                f"{names}: the stated values fit",
                f"Part and whole: {arithmetic}; the stated part {_fmt(part.value)} is within the stated "
                f"whole {_fmt(whole.value)}, and only a wide reading of a hedge passes it.",
                numbers,
            )
        return self.verdict(
            relation,
            Status.WARN,
            f"{names}: fits only under some readings of the hedge",
            f"Part and whole: {arithmetic}; the part fits the whole only if the hedges are read "
            f"narrowly (the intervals overlap), so the result depends on how the hedge is read.",
            numbers,
        )

    def _stated(self, figure: Figure, relation: Relation) -> Figure:
        """A share set face to face, read as stated ("48 percent to 41 percent" is no range)."""
        if relation.get("face_to_face") and figure.hedge is None and figure.lower != figure.upper:
            return attrs.evolve(figure, lower=figure.value, upper=figure.value, range_with=None)
        return figure

    def _countable_pair(self, relation: Relation, part: Figure, whole: Figure) -> bool:
        """The preconditions of a part-whole verdict (see :meth:`part_whole`)."""
        if is_share(part, self.text) or is_share(whole, self.text) or part.currency != whole.currency:
            return False
        # a part the words join to its whole ("lost 10 of the 18 by-elections") counts, whatever
        # verb of change comes before it
        explicit_part = bool(relation.get("explicit"))
        if is_label(self.index, part, changes=not explicit_part) or is_label(self.index, whole):
            return False
        units = {
            self.index.counted(part).lower().split(" ")[0],
            self.index.counted(whole).lower().split(" ")[0],
        }
        if len(units) == 2 and all(u.rstrip("s") in MEASURES for u in units):
            return False
        if measure_of(self.index, part) != measure_of(self.index, whole):
            return False  # "Of the 40 entrants, 31 ran the full 42.2km": a distance, no part
        if self._own_nouns_differ(part, whole):
            return False
        if relation.get("explicit") or relation.get("ellipsis_of"):
            return True
        clause = self.index.clause(whole)
        if _AVERAGE.search(self.text, clause.start, clause.end):
            return False  # "about 71 vessels crossed each day. Among them were 6,800 tankers": the year's
        # "three of the largest crowds, including 28,000": the whole is itself a part ("some 25,000
        # of them in all, …, among them 31,000" is not: "of them" counts the referent itself)
        return not re.match(r"\s+of\b(?!\s+(?:them|whom)\b)", self.text[whole.span.end : whole.span.end + 12])

    def _counts_before(self, relation: Relation, part: Figure, whole: Figure) -> list[Figure]:
        """The counts other than ``whole`` before an anaphoric part in its sentence (none for a
        relation the words state outright): "them" may point at any of them, or at several."""
        if relation.get("explicit") or relation.get("ellipsis_of"):
            return []
        number = self.index.sentence_of(part.span)
        sentence = self.index.sentences[number]
        return [
            f
            for f in self.index.figures_of_sentence(number)
            if sentence.start <= f.span.start
            and f.span.end <= part.span.start
            and f.id != whole.id
            and not is_share(f, self.text)
            and not is_label(self.index, f)
        ]

    def _larger_than_all(
        self, relation: Relation, part: Figure, whole: Figure, others: list[Figure]
    ) -> Verdict | None:
        """An anaphoric part with other counts before it in its sentence ("3 dead and 40 injured,
        among them 52 children"): ``warn`` only when its least reading exceeds all of them and
        the whole together, so that no reading of "them" holds it, or when hedged values as stated
        do ("Some 38,000 runners from 140 countries …, among them about 41,000 from Germany");
        else no verdict (review20)."""
        p = reading(part, self.text, rounding=False)
        together = [whole, *others]
        most = sum(reading(f, self.text, rounding=False).hi for f in together)
        stated = sum(f.value for f in together)
        if not (p.lo > most or part.value > stated):
            return None
        names = f"part {self.q(part.id)} and whole {self.q(whole.id)}" + (
            f" ({relation.link})" if relation.link else ""
        )
        how = (
            f"at most {_fmt(most)} together; even the part's least reading exceeds them all"
            if p.lo > most
            else f"{_fmt(stated)} together as stated; the stated part {_fmt(part.value)} exceeds them all "
            "and only a wide reading of the hedges lets it fit"
        )
        return self.verdict(
            relation,
            Status.WARN,
            f"{names}: the part is larger than the whole",
            f"Part and whole: part {_iv(p)} against the counts before it in its sentence, "
            f"{', '.join(self.q(f.id) for f in together)}, {how}, so no plain reading of the whole "
            "holds it. The whole is read from the context, so a reader should check it.",
            {"part": [p.lo, p.hi], "whole": [0.0, most]},
        )

    def _own_nouns_differ(self, part: Figure, whole: Figure) -> bool:
        """True when the part names its own counted noun before "of" and the whole names another
        ("13 members of two families", "three players of two clubs"): members are counted against
        families, so the part is no share of that whole and may well exceed it.  "26 of the 40
        seats" names one noun; "five members of the 12-member board" shares it."""
        link = self.text[part.span.end : whole.span.start]
        if not re.match(r"\s+[A-Za-z]", link) or re.match(r"\s+(?:out\s+)?of\b", link, re.I):
            return False  # "N of M", "N out of M": the part names no noun of its own
        counted = self.index.counted(part), self.index.counted(whole)
        # "34 packages of one kilogramme each": a whole of one names its noun in the singular (round alarm16)
        whole_noun = _plural_noun(counted[1]) or singular_of_one(whole, counted[1])
        if not (_plural_noun(counted[0]) and whole_noun):
            return False  # "1,500 votes out of nearly 620,000 cast": the whole names no noun of its own
        own, theirs = unit_stems(counted[0]), unit_stems(counted[1])
        return bool(own and theirs) and own.isdisjoint(theirs)

    # ------------------------------------------------------------------ shares
    def share_ratio(self, relation: Relation) -> Verdict:
        part, whole = self.by_id[relation.one("part")], self.by_id[relation.one("whole")]
        share = self.by_id[relation.one("share")]
        ratio = divide(reading(part, self.text), reading(whole, self.text))
        stated = share_reading(share, self.text)
        names = f"{self.q(part.id)} of {self.q(whole.id)}, or {self.q(share.id)}"
        if ratio is None:
            return self.verdict(
                relation, Status.UNKNOWN, f"{names}: cannot divide", "The whole may be zero.", {}
            )
        percent = scale(ratio, 100)
        point = part.value / whole.value * 100 if whole.value else float("nan")
        numbers = {
            "computed_percent": [percent.lo, percent.hi],
            "computed": point,
            "stated": [stated.lo, stated.hi],
        }
        arithmetic = (
            f"{_fmt(part.value)} / {_fmt(whole.value)} = {point:.2f}% "
            f"(with rounding and hedges {_iv(percent)}); "
            f"stated {_iv(stated)}"
        )
        sv = share.value if share.is_percent else share.value * 100
        if _hull_has(percent, sv) or _hull_has(stated, point):
            return self.verdict(
                relation,
                Status.PASS,
                f"{names}: the share agrees",
                f"Share of a whole: {arithmetic}.",
                numbers,
            )
        if percent.intersects(stated):
            return self.verdict(
                relation,
                Status.WARN,
                f"{names}: the share agrees only under some readings of the hedges",
                f"Share of a whole: {arithmetic}; the intervals overlap only at their edges.",
                numbers,
            )
        return self.verdict(
            relation,
            Status.FAIL,
            f"{names}: the stated share does not match the division",
            f"Share of a whole: {arithmetic}; no reading within rounding gives the stated share.",
            numbers,
        )

    def share_sum(self, relation: Relation) -> Verdict | None:
        """Shares of one whole must not add past 100%.

        Preconditions: one whole, and one question.  Shares set face to face ("48 percent to
        41 percent") or of one named whole in one sentence are judged: ``pass`` within 100%
        (plus half a point of rounding per share), ``warn`` when only the hedges' lowest readings
        fit, ``fail`` otherwise.  Shares of one named whole in different sentences pass when
        they fit and give no verdict when they do not: they may answer different questions,
        and groups may overlap.
        """
        ids = relation.ids("share")
        readings = [share_reading(self._stated(self.by_id[i], relation), self.text) for i in ids]
        values = [self.by_id[i].value if self.by_id[i].is_percent else self.by_id[i].value * 100 for i in ids]
        low = sum(r.lo for r in readings)
        central = sum(values)
        whole = str(relation.get("whole", "one whole"))
        listed = " + ".join(self.q(i) for i in ids)
        names = (
            f"{listed} of “{whole}”" if not relation.get("face_to_face") else f"{listed}, set face to face"
        )
        numbers = {"sum_least": low, "sum_stated": central, "shares": [[r.lo, r.hi] for r in readings]}
        arithmetic = f"{' + '.join(_fmt(v) for v in values)} = {_fmt(central)}% (least readings {_fmt(low)}%)"
        one_sentence = len({self.index.sentence_of(self.by_id[i].span) for i in ids}) == 1
        if central <= 100 + SHARE_ROUNDING * len(ids):
            return self.verdict(
                relation,
                Status.PASS,
                f"{names}: the shares add to at most 100%",
                f"Shares of one whole: {arithmetic}.",
                numbers,
            )
        if not one_sentence and not relation.get("rest"):
            return None  # "the remaining 12%" closes the shares of the sentence before (numeric_share_rest)
        if low <= 100 and relation.get("rest"):
            # "Nearly 60% …, about 25% … The remaining 17%": the rest is what the others leave, so
            # it tells how the hedges were meant (review20): a reading that fits is the writer's
            return self.verdict(
                relation,
                Status.PASS,
                f"{names}: the shares add to 100% at the hedges' readings the rest implies",
                f"Shares of one whole closed by the rest: {arithmetic}.",
                numbers,
            )
        if low <= 100:
            return self.verdict(
                relation,
                Status.WARN,
                f"{names}: the shares add past 100% unless the hedges are read low",
                f"Shares of one whole: {arithmetic}; within 100% only at the hedges' lowest readings.",
                numbers,
            )
        if relation.get("listed"):
            # a list of shares (numeric_share_lists): which parts the list holds is read, not stated
            return self.verdict(
                relation,
                Status.WARN,
                f"{names}: the listed shares add to more than 100%",
                f"Shares of one whole listed in one sentence: {arithmetic}.",
                numbers,
            )
        return self.verdict(
            relation,
            Status.FAIL,
            f"{names}: the parts add to more than 100% of one whole",
            f"Shares of one whole given in one sentence: {arithmetic}.",
            numbers,
        )
