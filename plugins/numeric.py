"""Built-in checker plugin ``numeric``: are the figures of an article consistent with each other?

The relations between figures are found by :mod:`factcheck_plugins.numeric_relations`
(parts and wholes, restatements, shares, stated arithmetic); this module judges each
one on intervals, never on bare points, and gives one verdict per relation:

* ``pass``: the relation holds for every reading of the hedges (or the hedge gives only
  a bound, and the bound fits);
* ``fail``: it holds for no reading;
* ``warn``: it holds for some readings of a hedge and not others, or the figures come
  from different speakers, or shares may overlap; the summary says which.

A bare figure is read with the rounding its digits allow ("35 percent" is 34.5-35.5,
"11,000" is 10,500-11,500); a hedged figure with the interval the extractor gives it
(:mod:`factcheck.extraction.figures` documents the tolerance of "around", "almost", ...).
See docs/checkers/numeric.md.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from factcheck import Checker, checker, hookimpl
from factcheck.model import Figure, Interval, Report, Status, Verdict

from .numeric_relations import (
    Relation,
    TextIndex,
    add,
    divide,
    is_hedged,
    is_share,
    reading,
    relations_in,
    scale,
    share_reading,
    subtract,
)
from .numeric_restated import RESTATED_MIN_SHARED, is_label
from .numeric_subjects import Subjects, contrast, names_in_sentence

__all__ = ["check_numeric", "factcheck_checkers", "judge"]

MEASURES = frozenset(
    "year month week day hour minute second mile kilometer meter foot inch pound ton gallon acre".split()
)
"""Units of measure: a part and a whole counted in two different ones are not one quantity."""
_HALF_HEDGE = {"more than": "less than", "less than": "more than", "over": "less than"}
SHARE_ROUNDING = 0.5
"""Shares of one whole may add past 100% by half a point each (each is rounded)."""
MULTIPLE_PASS = 0.10
"""A stated multiple ("doubled") passes when the ratio is within 10% of it."""
MULTIPLE_WARN = 0.25
"""... and warns when within 25%; beyond that it fails."""
MULTIPLE_NEARLY = 0.15
""""Nearly double" is a ratio at most the factor and within 15% below it (1.7 to 2)."""


def _fmt(value: float) -> str:
    if value in (float("inf"), float("-inf")):
        return "∞" if value > 0 else "-∞"
    if abs(value) >= 100 or value == int(value):
        return f"{value:,.0f}"
    return f"{value:,.4g}"


def _iv(interval: Interval) -> str:
    left = "[" if interval.lower_closed and interval.lower is not None else "("
    right = "]" if interval.upper_closed and interval.upper is not None else ")"
    return f"{left}{_fmt(interval.lo)}, {_fmt(interval.hi)}{right}"


def _hull_has(interval: Interval, value: float) -> bool:
    return interval.lo <= value <= interval.hi


class _Judge:
    """Judges relations over one report."""

    def __init__(self, report: Report, index: TextIndex) -> None:
        self.report = report
        self.text = report.document.text
        self.index = index
        self.by_id = {f.id: f for f in report.figures}
        # who states each figure, looked up once: the first claim listing it, the first cited origin
        self.listed_in: dict[str, str] = {}
        for claim in report.claims:
            for figure_id in claim.figures:
                self.listed_in.setdefault(figure_id, claim.id)
        self.origin_of: dict[str, str] = {}
        for source in report.sources:
            if source.role.value == "origin":
                for figure_id in source.figures:
                    self.origin_of.setdefault(figure_id, source.name)
        # claims sorted by start, with the furthest end reached so far, to find the one holding a span
        self.claims_by_start = sorted(range(len(report.claims)), key=lambda i: report.claims[i].span.start)
        self.claim_starts = [report.claims[i].span.start for i in self.claims_by_start]
        self.reach: list[int] = []
        for i in self.claims_by_start:
            self.reach.append(max(report.claims[i].span.end, self.reach[-1] if self.reach else 0))
        self.subjects = Subjects(report)

    def contrast(self, a: Figure, b: Figure) -> str | None:
        """Why two differing figures read as a contrast, not a restatement (:func:`contrast`), or None."""
        return contrast(self.text, a, b)

    def subject_of(self, figure: Figure, before: int | None = None) -> str | None:
        """The entity a figure's sentence names first (:meth:`Subjects.subject_of`), or None."""
        return self.subjects.subject_of(self.index, figure, before)

    def words(self, figure_id: str) -> str:
        return self.by_id[figure_id].span.of(self.text)

    def q(self, figure_id: str) -> str:
        return f"“{self.words(figure_id)}”"

    def claim_of(self, figure_id: str) -> str | None:
        """The first claim (in report order) that lists the figure, else the first whose span holds it."""
        if figure_id in self.listed_in:
            return self.listed_in[figure_id]
        span = self.by_id[figure_id].span
        claims = self.report.claims
        first: int | None = None
        # only claims starting by the figure's start can hold it; stop once none reaches its end
        k = bisect.bisect_right(self.claim_starts, span.start) - 1
        while k >= 0 and self.reach[k] >= span.end:
            i = self.claims_by_start[k]
            if claims[i].span.contains(span) and (first is None or i < first):
                first = i
            k -= 1
        return None if first is None else claims[first].id

    def speaker_of(self, figure_id: str) -> str | None:
        """Who the figure comes from: a cited source naming it, else its claim's speaker."""
        if figure_id in self.origin_of:
            return self.origin_of[figure_id]
        claim = self.report.claim(self.claim_of(figure_id))
        return None if claim is None else claim.speaker

    def verdict(
        self, relation: Relation, status: Status, summary: str, details: str, numbers: dict[str, Any]
    ) -> Verdict:
        ids = relation.figure_ids
        evidence = [self.by_id[i].span for i in ids]  # in role order: part, whole; a, b; ...
        data: dict[str, Any] = {
            "relation": relation.kind,
            "figures": list(ids),
            "roles": {name: list(figs) for name, figs in relation.roles},
            "link": relation.link,
            "numbers": numbers,
        }
        data.update({k: v for k, v in relation.extra})
        return Verdict(
            status=status,
            summary=summary,
            # the claim that states the later figure is the one that must agree with the earlier
            claim=self.claim_of(max(ids, key=lambda i: self.by_id[i].span.start)),
            details=details,
            evidence=evidence,
            data=data,
        )

    # ------------------------------------------------------------------ part and whole
    def part_whole(self, relation: Relation) -> Verdict | None:
        """A part must not exceed its whole.

        Preconditions: both are counts of one kind (no share, the same currency), neither is a
        label (a year, an age, a "44-year-old"), they do not count different units of measure
        ("three years, including six months"), and an anaphoric whole ("including", "among them",
        "of them") is the only count before the part in its sentence.  Only a relation the words
        state outright ("N of the M", "N out of M", "Of the M, N ...") can ``fail``; one read
        through "including" or "of them" warns at most.
        """
        part, whole = self.by_id[relation.one("part")], self.by_id[relation.one("whole")]
        if not self._countable_pair(relation, part, whole):
            return None
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
        if is_label(self.index, part) or is_label(self.index, whole):
            return False
        units = {
            self.index.counted(part).lower().split(" ")[0],
            self.index.counted(whole).lower().split(" ")[0],
        }
        if len(units) == 2 and all(u.rstrip("s") in MEASURES for u in units):
            return False
        if relation.get("explicit") or relation.get("ellipsis_of"):
            return True
        if re.match(r"\s+of\b", self.text[whole.span.end : whole.span.end + 5]):
            return False  # "three of the largest crowds, including 28,000": the whole is itself a part
        sentence = self.index.sentences[self.index.sentence_of(part.span)]
        counts = [
            f
            for f in self.index.figures_of_sentence(self.index.sentence_of(part.span))
            if sentence.start <= f.span.start
            and f.span.end <= part.span.start
            and not is_share(f, self.text)
            and not is_label(self.index, f)
        ]
        return len(counts) <= 1

    # ------------------------------------------------------------------ restatement
    def restatement(self, relation: Relation) -> Verdict:
        """One quantity told twice (preconditions in :mod:`factcheck_plugins.numeric_restated`).

        ``pass`` when the values agree at the precision of the less precise one; ``warn`` when
        no reading of the hedges and roundings makes them equal.  Never ``fail``: the text does
        not say the two are one quantity, so reading them as two is always possible.
        """
        a, b = self.by_id[relation.one("a")], self.by_id[relation.one("b")]
        read = share_reading if is_share(a, self.text) else reading
        x, y = read(a, self.text), read(b, self.text)
        va = a.value if not is_share(a, self.text) or a.is_percent else a.value * 100
        vb = b.value if not is_share(b, self.text) or b.is_percent else b.value * 100
        numbers = {"a": [x.lo, x.hi], "b": [y.lo, y.hi], "a_value": va, "b_value": vb}
        names = f"{self.q(a.id)} and {self.q(b.id)}"
        where = "the headline and the body give" if self.index.in_title(a) else "the text gives"
        counted = str(relation.get("counted", "") or "")
        noun = f" (what both count: {counted})" if counted else ""
        arithmetic = f"{self.q(a.id)} read as {_iv(x)}, {self.q(b.id)} as {_iv(y)}"
        if relation.get("agree", True):
            return self.verdict(
                relation,
                Status.PASS,
                f"{names}: the restated figures agree",
                f"Restated figure{noun}: {arithmetic}; they agree at the precision of the less precise.",
                numbers,
            )
        shared = int(relation.get("shared", 0) or 0)
        # two thresholds ("needed to win", "to clinch") of one counted noun are one threshold: that is
        # enough without shared context words
        threshold = bool(relation.get("threshold", False))
        # a later mention that refers back in its own words ("the 28 pages") names one quantity
        anaphor = str(relation.get("anaphor", "") or "")
        if shared < RESTATED_MIN_SHARED and len(counted.split()) < 2 and not threshold and not anaphor:
            # judged on polnear: every such alarm was two things counted with one noun
            return self.verdict(
                relation,
                Status.UNKNOWN,
                f"{names}: different figures, perhaps for different things",
                f"Possibly restated figure{noun}: {arithmetic}; no reading makes them equal, but they "
                f"count by a one-word noun and their sentences share {shared} context word(s) beyond "
                f"it (a warning needs {RESTATED_MIN_SHARED}), so they may well count different things.",
                numbers,
            )
        contrast = None if anaphor else self.contrast(a, b)
        if contrast is not None:
            return self.verdict(
                relation,
                Status.UNKNOWN,
                f"{names}: different figures set side by side",
                f"Possibly restated figure{noun}: {arithmetic}; no reading makes them equal, but {contrast}, "
                "so the writer may be setting two quantities side by side.",
                numbers,
            )
        # a sentence that opens with the mention referring back ("The 4,100 revoked licences could
        # include …") is about that quantity, whoever it names later
        ea = self.subjects.named_first(self.index, a)
        eb = self.subjects.named_first(self.index, b, before=b.span.start if anaphor else None)
        apart = bool(ea and eb and set(ea.lower().split()).isdisjoint(eb.lower().split()))
        if apart and not (anaphor and names_in_sentence(self.index, ea, b)):
            # "Clinton ... $12 minimum wage" and "Sanders ... $15 minimum wage": a contrast, not a slip
            return self.verdict(
                relation,
                Status.UNKNOWN,
                f"{names}: different figures in sentences about different subjects",
                f"Possibly restated figure{noun}: {arithmetic}; no reading makes them equal, but the "
                f"first sentence is about {ea} and the second about {eb}, so they may well be two "
                "quantities set side by side.",
                numbers,
            )
        sa, sb = self.speaker_of(a.id), self.speaker_of(b.id)
        speakers = (
            f" They are attributed to different speakers ({sa}, {sb})." if sa and sb and sa != sb else ""
        )
        return self.verdict(
            relation,
            Status.WARN,
            f"{names}: {where} one quantity twice with different figures",
            f"Possibly restated figure{noun}: {arithmetic}; the same counted noun, subject and time, in "
            f"like contexts, but no reading of the hedges and roundings makes the figures equal.{speakers}",
            numbers,
        )

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
        if not one_sentence:
            return None
        if low <= 100:
            return self.verdict(
                relation,
                Status.WARN,
                f"{names}: the shares add past 100% unless the hedges are read low",
                f"Shares of one whole: {arithmetic}; within 100% only at the hedges' lowest readings.",
                numbers,
            )
        return self.verdict(
            relation,
            Status.FAIL,
            f"{names}: the parts add to more than 100% of one whole",
            f"Shares of one whole given in one sentence: {arithmetic}.",
            numbers,
        )

    # ------------------------------------------------------------------ arithmetic
    def change(self, relation: Relation) -> Verdict:
        a, b = self.by_id[relation.one("from")], self.by_id[relation.one("to")]
        c = self.by_id[relation.one("change")]
        ra, rb, rc = reading(a, self.text), reading(b, self.text), reading(c, self.text)
        down = relation.get("direction") == "down"
        points = bool(relation.get("points"))
        diff = subtract(ra, rb) if down else subtract(rb, ra)
        point_diff = (a.value - b.value) if down else (b.value - a.value)
        rel = divide(diff, ra) if ra.lo > 0 and diff.lo >= 0 else None
        rel_percent = scale(rel, 100) if rel is not None else None
        point_rel = point_diff / a.value * 100 if a.value else float("nan")
        word = "fall" if down else "rise"
        names = f"from {self.q(a.id)} to {self.q(b.id)}, a {word} of {self.q(c.id)}"
        numbers: dict[str, Any] = {
            "difference": point_diff,
            "difference_interval": [diff.lo, diff.hi],
            "relative_percent": point_rel,
            "stated": [rc.lo, rc.hi],
        }
        both_percent = a.is_percent and b.is_percent
        if c.is_percent and not points:
            target = rel_percent
            arithmetic = f"({_fmt(b.value)} - {_fmt(a.value)}) / {_fmt(a.value)} = {point_rel:.2f}%"
            kind = "percent change"
        else:
            target = diff
            unit = " percentage points" if both_percent else ""
            arithmetic = f"{_fmt(b.value)} - {_fmt(a.value)} = {_fmt(abs(point_diff))}{unit}"
            if down:
                arithmetic = f"{_fmt(a.value)} - {_fmt(b.value)} = {_fmt(point_diff)}{unit}"
            kind = "percentage-point change" if both_percent else "difference"
        arithmetic += (
            f" (with rounding and hedges {_iv(target) if target else 'undefined'}); stated {_iv(rc)}"
        )
        ok = target is not None and (
            _hull_has(target, c.value) or _hull_has(rc, point_diff if target is diff else point_rel)
        )
        if ok:
            return self.verdict(
                relation,
                Status.PASS,
                f"{names}: the stated change agrees",
                f"Stated {kind}: {arithmetic}.",
                numbers,
            )
        if target is not None and target.intersects(rc):
            return self.verdict(
                relation,
                Status.WARN,
                f"{names}: agrees only under some readings of the hedges or rounding",
                f"Stated {kind}: {arithmetic}; the intervals overlap only at their edges.",
                numbers,
            )
        if both_percent:
            other = diff if target is not diff else rel_percent
            if other is not None and (_hull_has(other, c.value) or other.intersects(rc)):
                given = "a percent change" if target is not diff else "percentage points"
                meant = "percentage points" if target is not diff else "a percent change"
                return self.verdict(
                    relation,
                    Status.FAIL,
                    f"{names}: a change in {meant} is given as {given}",
                    f"Stated {kind}: {arithmetic}; the stated number matches the change in {meant} "
                    f"({_fmt(abs(point_diff))} points, {point_rel:.1f}%), so the two are confused.",
                    numbers,
                )
        return self.verdict(
            relation,
            Status.FAIL,
            f"{names}: the stated change does not match the figures",
            f"Stated {kind}: {arithmetic}; no reading within rounding gives the stated change.",
            numbers,
        )

    def multiple(self, relation: Relation) -> Verdict:
        """A stated multiple against the ratio of its two figures.

        "Doubled from A to B" (the change rule: an explicit start and end) passes within
        ``MULTIPLE_PASS`` of the factor, warns within ``MULTIPLE_WARN`` and fails beyond.  A
        multiple stated in a sentence with two figures ("10.8 percent, more than double the
        5.6 percent") compares the larger with the smaller: it passes within ``MULTIPLE_WARN``
        (writers round multiples), warns beyond, and never fails (which two figures the words
        compare is read, not stated).  "More than", "over", "at least" need a ratio above the
        factor under some reading of the roundings; "nearly", "almost" one at most the factor and
        within ``MULTIPLE_NEARLY`` below it; "less than half" is "more than double" read the other way.
        """
        a, b = self.by_id[relation.one("from")], self.by_id[relation.one("to")]
        factor = float(relation.get("factor", 1.0) or 1.0)
        hedge = str(relation.get("hedge", "") or "")
        loose = bool(relation.get("either_way"))
        if loose and b.value < a.value:
            a, b = b, a
        if loose and "half" in relation.link.lower():
            hedge = {"more than": "less than", "less than": "more than", "over": "less than"}.get(
                hedge, hedge
            )
        ratio = divide(reading(b, self.text), reading(a, self.text))
        point = b.value / a.value if a.value else float("nan")
        names = f"“{relation.link}” with {self.q(a.id)} and {self.q(b.id)}"
        if ratio is None:
            return self.verdict(
                relation, Status.UNKNOWN, f"{names}: cannot divide", "The smaller figure may be zero.", {}
            )
        numbers = {"ratio": point, "ratio_interval": [ratio.lo, ratio.hi], "factor": factor}
        arithmetic = f"{_fmt(b.value)} / {_fmt(a.value)} = {point:.3g} (with rounding {_iv(ratio)}); "
        arithmetic += f"stated x{factor:g}"
        if hedge in ("more than", "over", "at least"):
            good = ratio.hi >= factor
            sure = ratio.lo >= factor
        elif hedge == "less than":
            good = ratio.lo <= factor
            sure = ratio.hi <= factor
        elif hedge in ("nearly", "almost"):
            good = ratio.lo <= factor and ratio.hi >= factor * (1 - MULTIPLE_NEARLY)
            sure = ratio.hi <= factor * (1 + MULTIPLE_PASS) and ratio.lo >= factor * (1 - MULTIPLE_NEARLY)
        else:
            good = ratio.lo <= factor * (1 + MULTIPLE_WARN) and ratio.hi >= factor * (1 - MULTIPLE_WARN)
            sure = factor * (1 - MULTIPLE_PASS) <= point <= factor * (1 + MULTIPLE_PASS)
        if sure or (loose and good):
            return self.verdict(
                relation,
                Status.PASS,
                f"{names}: the multiple agrees",
                f"Stated multiple: {arithmetic}.",
                numbers,
            )
        if loose:
            return self.verdict(
                relation,
                Status.WARN,
                f"{names}: the figures do not give that multiple",
                f"Stated multiple: {arithmetic}; a reader should check which figures “{relation.link}” "
                f"compares and whether the multiple holds.",
                numbers,
            )
        if good:
            return self.verdict(
                relation,
                Status.WARN,
                f"{names}: the multiple is loose",
                f"Stated multiple: {arithmetic}; within {MULTIPLE_WARN:.0%} of x{factor:g} but not within "
                f"{MULTIPLE_PASS:.0%}, so it depends on how loosely “{relation.link}” is read.",
                numbers,
            )
        return self.verdict(
            relation,
            Status.FAIL,
            f"{names}: the figures do not give that multiple",
            f"Stated multiple: {arithmetic}; more than {MULTIPLE_WARN:.0%} away.",
            numbers,
        )

    def total(self, relation: Relation) -> Verdict:
        ids = relation.ids("addend")
        c = self.by_id[relation.one("total")]
        total = reading(self.by_id[ids[0]], self.text)
        for i in ids[1:]:
            total = add(total, reading(self.by_id[i], self.text))
        point = sum(self.by_id[i].value for i in ids)
        rc = reading(c, self.text)
        listed = " + ".join(self.q(i) for i in ids)
        names = f"{listed}, a total of {self.q(c.id)}"
        numbers = {"sum": point, "sum_interval": [total.lo, total.hi], "stated": [rc.lo, rc.hi]}
        arithmetic = (
            f"{' + '.join(_fmt(self.by_id[i].value) for i in ids)} = {_fmt(point)} "
            f"(with rounding and hedges {_iv(total)}); stated {_iv(rc)}"
        )
        if _hull_has(total, c.value) or _hull_has(rc, point):
            return self.verdict(
                relation, Status.PASS, f"{names}: the total agrees", f"Stated total: {arithmetic}.", numbers
            )
        if total.intersects(rc):
            return self.verdict(
                relation,
                Status.WARN,
                f"{names}: the total agrees only under some readings of the hedges",
                f"Stated total: {arithmetic}; the intervals overlap only at their edges.",
                numbers,
            )
        return self.verdict(
            relation,
            Status.FAIL,
            f"{names}: the parts do not add up to the total",
            f"Stated total: {arithmetic}.",
            numbers,
        )


def judge(report: Report, relations: Sequence[Relation] | None = None) -> list[Verdict]:
    """One verdict per relation found between the report's figures."""
    if not report.figures:
        return []
    index = TextIndex.build(
        report.document.text, report.figures, report.document.title_span, report.sentences
    )
    if relations is None:
        relations = relations_in(index)
    judge_ = _Judge(report, index)
    methods = {
        "part-whole": judge_.part_whole,
        "restatement": judge_.restatement,
        "share-ratio": judge_.share_ratio,
        "share-sum": judge_.share_sum,
        "change": judge_.change,
        "multiple": judge_.multiple,
        "total": judge_.total,
    }
    verdicts = (methods[r.kind](r) for r in relations if r.kind in methods)
    return [v for v in verdicts if v is not None]


@checker("numeric")
def check_numeric(report: Report) -> Iterable[Verdict]:
    """Figures against each other: parts and wholes, restated figures, shares, stated arithmetic, hedges."""
    return judge(report)


@hookimpl
def factcheck_checkers() -> Sequence[Checker]:
    """Return the ``numeric`` checker."""
    return [check_numeric]
