"""The ``numeric`` checker's judge: what every verdict on a relation needs of the report.

:class:`_JudgeBase` holds one report's figures, claims, cited origins and subjects, and builds a
verdict on a relation; :mod:`.numeric_wholes` and :mod:`.numeric_arithmetic` judge the kinds of
relation on it.  Figures are shown as intervals (:func:`_iv`).
"""

from __future__ import annotations

import bisect
from typing import Any

from factcheck.model import Figure, Interval, Report, Status, Verdict

from .numeric_relations import Relation, TextIndex
from .numeric_subjects import Subjects, contrast

_HALF_HEDGE = {"more than": "less than", "less than": "more than", "over": "less than"}


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


class _JudgeBase:
    """Judges relations over one report: what each verdict needs of the report (figures, claims,
    speakers, subjects); each kind of relation is judged by a subclass."""

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
