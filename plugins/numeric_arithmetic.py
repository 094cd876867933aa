"""Stated arithmetic for the ``numeric`` checker: a change ("rose from 40 to 55, up 15"), a
multiple ("doubled"), a total of parts.
"""

from __future__ import annotations

from typing import Any

from factcheck.model import Figure, Interval, Status, Verdict

from .numeric_bounds import within_bound
from .numeric_currency_units import SUBUNIT, currency_side_agrees
from .numeric_fractions import NEARLY_ABOVE, inverse_hedge
from .numeric_judge import _fmt, _hull_has, _iv, _JudgeBase
from .numeric_relations import (
    Relation,
    add,
    divide,
    reading,
    scale,
    subtract,
)
from .numeric_stated import FRACTION_WORD
from .numeric_text import end_reading, rounding_unit

MULTIPLE_PASS = 0.10
"""A stated multiple ("doubled") passes when the ratio is within 10% of it."""
MULTIPLE_WARN = 0.25
"""... and warns when within 25%; beyond that it fails."""
MULTIPLE_NEARLY = 0.15
""""Nearly double" is a ratio at most the factor and within 15% below it (1.7 to 2)."""
FRACTION_NEAR = 0.20
"""A share set beside a fraction ("about two-thirds, 67 percent") gives it within 20% of it."""


def _relative(ra: Interval, rb: Interval, down: bool) -> Interval | None:
    """The relative change from A to B as a fraction of A (a fall counted positive), read as one
    minus (or less one) the ratio B / A: both figures' roundings bound the ratio together, where
    the difference's interval divided by A's lets A be rounded one way in the difference and the
    other way in the base ("6 million, a fall of 40% from 12 million" is a fall of 44-56%, not
    40-61%)."""
    ratio = divide(rb, ra)
    if ratio is None:
        return None
    if down:
        return Interval(None if ratio.upper is None else max(0.0, 1 - ratio.upper), 1 - ratio.lo)
    return Interval(max(0.0, ratio.lo - 1), None if ratio.upper is None else ratio.upper - 1)


class _ArithmeticJudge(_JudgeBase):
    """Judges stated arithmetic: a change, a multiple, a total of parts."""

    # ------------------------------------------------------------------ arithmetic
    def change(self, relation: Relation) -> Verdict:
        a, b = self.by_id[relation.one("from")], self.by_id[relation.one("to")]
        c = self.by_id[relation.one("change")]
        ra, rb, rc = reading(a, self.text), reading(b, self.text), reading(c, self.text)
        stated = c.value
        if relation.get("subunit"):  # "2.85 złoty … 2.79 złoty, a fall of 6 grosze": 0.06 złoty
            rc, stated = scale(rc, SUBUNIT), c.value * SUBUNIT
        down = relation.get("direction") == "down"
        points = bool(relation.get("points"))
        diff = subtract(ra, rb) if down else subtract(rb, ra)
        point_diff = (a.value - b.value) if down else (b.value - a.value)
        # a hedged pair may read either way ("to about $1,300 from about $1,200"): judged on the
        # readings that go the stated way; undefined only when none does
        rel = _relative(ra, rb, down) if ra.lo > 0 and diff.hi > 0 else None
        rel_percent = scale(rel, 100) if rel is not None else None
        point_rel = point_diff / a.value * 100 if a.value else float("nan")
        word = "fall" if down else "rise"
        names = f"from {self.q(a.id)} to {self.q(b.id)}, a {word} of {self.q(c.id)}"
        if relation.get("than"):  # "38 seats, eight fewer than the 46 needed": A, C more than B
            than = "fewer" if down else "more"
            names = f"{self.q(b.id)}, {self.q(c.id)} {than} than {self.q(a.id)}"
        numbers: dict[str, Any] = {
            "difference": point_diff,
            "difference_interval": [diff.lo, diff.hi],
            "relative_percent": point_rel,
            "stated": [rc.lo, rc.hi],
        }
        both_percent = a.is_percent and b.is_percent
        # a fraction word ("a fall of a third", "up by half") is a relative change, as a percentage is
        fraction = not c.is_percent and 0 < c.value < 1 and bool(FRACTION_WORD.search(c.span.of(self.text)))
        if (c.is_percent or fraction) and not points:
            target = rel_percent if c.is_percent else rel
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
            _hull_has(target, stated)
            or (not fraction and _hull_has(rc, point_diff if target is diff else point_rel))
            # "421,000, up from 282,000, a rise of almost half": 49.3% is almost half as written
            # (a hedged fraction only: a bare "a quarter" is read with a whole unit's rounding)
            or (fraction and not points and c.hedge is not None and _hull_has(rc, point_rel / 100))
            # "fell by more than a quarter": a bound, met by every reading (round alarm18)
            or (fraction and within_bound(target, rc))
        )
        if not ok and relation.get("rates") and not points and not fraction:
            # "The rupee fell 0.4% to 83.21 per dollar from 82.88": the currency's own value fell
            relative = c.is_percent
            share = 0.01 if relative else 1.0
            ok = currency_side_agrees(
                (ra, rb, scale(rc, share)), (a.value, b.value, stated * share), down=down, relative=relative
            )
            arithmetic += "; the currency's own value, the rate's inverse, gives it" if ok else ""
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
        if relation.get("apart"):  # "… 8.35 million. Arrivals rose 24% from 7.33 million" (read, not stated)
            return self.verdict(
                relation,
                Status.WARN,
                f"{names}: the stated change does not match the level before it",
                f"Stated {kind}: {arithmetic}; which level the change ends at is read, not stated.",
                numbers,
            )
        return self.verdict(
            relation,
            Status.FAIL,
            f"{names}: the stated change does not match the figures",
            f"Stated {kind}: {arithmetic}; no reading within rounding gives the stated change.",
            numbers,
        )

    def fraction(self, relation: Relation) -> Verdict:
        """A fraction against the percentage set beside it ("about two-thirds, 67 percent").

        A writer names the nearest simple fraction, so the share passes within ``FRACTION_NEAR``
        (20%) of the fraction, on the side its hedge gives ("just over a quarter" is at least a
        quarter, "nearly half" at most half, both within rounding); otherwise ``warn``, never
        ``fail`` (how loosely a fraction is meant is read, not stated).
        """
        fraction, share = self.by_id[relation.one("fraction")], self.by_id[relation.one("share")]
        stated, value = 100 * fraction.value, share.value
        hedge = str(relation.get("hedge", "") or "")
        near = abs(value - stated) <= FRACTION_NEAR * stated
        if hedge in ("over", "more than", "at least"):
            near = near and value >= stated - 0.5
        elif hedge in ("under", "less than", "almost", "nearly", "at most", "up to"):
            near = near and value <= stated + 0.5
        names = f"{self.q(fraction.id)} and {self.q(share.id)}"
        numbers = {"fraction": stated, "share": value}
        arithmetic = f"{fraction.span.of(self.text)} is {stated:.3g}%, the share beside it {_fmt(value)}%"
        if near:
            summary = f"{names}: the share gives the fraction"
            return self.verdict(relation, Status.PASS, summary, arithmetic, numbers)
        return self.verdict(
            relation,
            Status.WARN,
            f"{names}: the share beside the fraction does not give it",
            f"{arithmetic}; more than {FRACTION_NEAR:.0%} away, or on the wrong side of its hedge.",
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
        if loose:  # "less than half", "less than a quarter of the": read the larger over the smaller
            hedge = inverse_hedge(relation.link, hedge)
        ratio = divide(end_reading(b, a, self.text), end_reading(a, b, self.text))
        point = b.value / a.value if a.value else float("nan")
        names = f"“{relation.link}” with {self.q(a.id)} and {self.q(b.id)}"
        if ratio is None:
            return self.verdict(
                relation, Status.UNKNOWN, f"{names}: cannot divide", "The smaller figure may be zero.", {}
            )
        numbers = {"ratio": point, "ratio_interval": [ratio.lo, ratio.hi], "factor": factor}
        arithmetic = f"{_fmt(b.value)} / {_fmt(a.value)} = {point:.3g} (with rounding {_iv(ratio)}); "
        arithmetic += f"stated x{factor:g}"
        # a hedged multiple the figures as written give ("more than doubled from 2,000 to 4,100")
        # holds, as a plain one within MULTIPLE_PASS of its point ratio does, whatever the roundings
        if hedge in ("more than", "over", "at least"):
            good = ratio.hi >= factor
            sure = ratio.lo >= factor or point > factor
        elif hedge == "less than":
            good = ratio.lo <= factor
            sure = ratio.hi <= factor or point < factor
        elif hedge == NEARLY_ABOVE:  # "nearly a quarter of the": at or a little above four times
            good = ratio.hi >= factor and ratio.lo <= factor / (1 - MULTIPLE_NEARLY)
            sure = factor <= point <= factor / (1 - MULTIPLE_NEARLY)
        elif hedge in ("nearly", "almost"):
            good = ratio.lo <= factor and ratio.hi >= factor * (1 - MULTIPLE_NEARLY)
            sure = (
                ratio.hi <= factor * (1 + MULTIPLE_PASS) and ratio.lo >= factor * (1 - MULTIPLE_NEARLY)
            ) or (factor * (1 - MULTIPLE_NEARLY) <= point < factor)
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
        if relation.get("apart"):  # "… 40 … . Today we have 60. The number has doubled." (read, not stated)
            where = "after" if relation.get("levels_after") else "before"
            return self.verdict(
                relation,
                Status.WARN,
                f"{names}: the figures {where} it do not give that multiple",
                f"Stated multiple: {arithmetic}; more than {MULTIPLE_WARN:.0%} away, but which two figures "
                f"“{relation.link}” points back to is read, not stated.",
                numbers,
            )
        return self.verdict(
            relation,
            Status.FAIL,
            f"{names}: the figures do not give that multiple",
            f"Stated multiple: {arithmetic}; more than {MULTIPLE_WARN:.0%} away.",
            numbers,
        )

    def listed(self, relation: Relation) -> Verdict:
        """Parts listed after "N of the M" (:mod:`.numeric_listed`): "18 of the 36 seats, Labor 12
        and the Greens six, with minor parties taking the remaining two".

        Counts told to the unit are exact (a seat is not rounded); others keep their rounding.  The
        items after N are parts of the whole M, or (the other reading) a breakdown of N itself
        ("Women hold 19 of the 40 seats, Labor 12 and the Greens seven"): ``fail`` only when both
        readings break: N and the items exceed M (or, the list closed by "the remaining K", differ
        from it) and the items do not fit in N (or, closed, differ from it)."""
        ids = relation.ids("addend")
        c = self.by_id[relation.one("total")]
        figures = [self.by_id[i] for i in ids]
        exact = all(
            not f.hedge and f.value == int(f.value) and rounding_unit(f, self.text) <= 0.5
            for f in (*figures, c)
        )

        def read(f: Figure) -> Interval:
            return Interval.point(f.value) if exact else reading(f, self.text)

        whole, part = read(c), read(figures[0])
        items = read(figures[1])
        for f in figures[2:]:
            items = add(items, read(f))
        total = add(part, items)
        closed = relation.get("bound") != "at most"
        point = sum(f.value for f in figures)
        names = f"{' + '.join(self.q(i) for i in ids)}, parts of {self.q(c.id)}"
        numbers = {"sum": point, "sum_interval": [total.lo, total.hi], "stated": [whole.lo, whole.hi]}
        arithmetic = (
            f"{' + '.join(_fmt(f.value) for f in figures)} = {_fmt(point)}"
            + ("" if exact else f" (with rounding {_iv(total)})")
            + f"; the whole {_fmt(c.value)}"
        )
        if closed:
            as_parts, as_breakdown = total.intersects(whole), items.intersects(part)
        else:
            as_parts, as_breakdown = total.lo <= whole.hi, items.lo <= part.hi
        all_parts = bool(relation.get("read"))  # every item a part of the whole (numeric_part_lists)
        as_breakdown = as_breakdown and not all_parts
        if as_parts or as_breakdown:
            reading_ = "add up to it" if closed else "fit within it"
            return self.verdict(
                relation,
                Status.PASS,
                f"{names}: the listed parts {reading_}",
                f"Listed parts of a whole: {arithmetic}"
                + ("." if as_parts else f"; the items after {self.q(ids[0])} may be its own breakdown."),
                numbers,
            )
        broken = "do not add up to" if closed else "add up to more than"
        if all_parts:
            # which items the list holds is read, not stated: a careful reader should look
            return self.verdict(
                relation,
                Status.WARN,
                f"{names}: the listed parts {broken} the whole",
                f"Listed parts of one whole: {arithmetic}, under every reading of the hedges and roundings.",
                numbers,
            )
        return self.verdict(
            relation,
            Status.FAIL,
            f"{names}: the listed parts {broken} the whole",
            f"Listed parts of a whole: {arithmetic}; nor do the items after {self.q(ids[0])} make up "
            f"{self.q(ids[0])} itself.",
            numbers,
        )

    def total(self, relation: Relation) -> Verdict:
        """A stated total against its addends, or parts listed after "N of the M" (:meth:`listed`)."""
        if relation.get("listed"):
            return self.listed(relation)
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
