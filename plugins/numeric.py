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

Each kind of relation is judged in its own module, on the common judge of
:mod:`factcheck_plugins.numeric_judge`: parts, wholes and shares in
:mod:`factcheck_plugins.numeric_wholes`, changes, multiples and totals in
:mod:`factcheck_plugins.numeric_arithmetic`, restatements here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from factcheck import Checker, checker, hookimpl
from factcheck.model import Figure, Report, Status, Verdict

from .figure_totals import parts_totalling
from .numeric_arithmetic import _ArithmeticJudge
from .numeric_compound import compound_reading
from .numeric_judge import _iv
from .numeric_relations import (
    Relation,
    TextIndex,
    is_share,
    reading,
    relations_in,
    share_reading,
)
from .numeric_reported import reported_reference
from .numeric_restated import RESTATED_MIN_SHARED
from .numeric_subjects import names_in_sentence
from .numeric_text import bound_just_missed
from .numeric_wholes import _WholesJudge

__all__ = ["check_numeric", "factcheck_checkers", "judge"]


class _Judge(_WholesJudge, _ArithmeticJudge):
    """Judges relations over one report."""

    # ------------------------------------------------------------------ restatement
    def totalled(self, headline: Figure) -> tuple[Figure, ...]:
        """Body figures the headline's figure may total (:func:`parts_totalling`)."""
        return parts_totalling(headline, [f for f in self.by_id.values() if not self.index.in_title(f)])

    def restatement(self, relation: Relation) -> Verdict:
        """One quantity told twice (preconditions in :mod:`factcheck_plugins.numeric_restated`).

        ``pass`` when the values agree at the precision of the less precise one; ``warn`` when
        no reading of the hedges and roundings makes them equal.  Never ``fail``: the text does
        not say the two are one quantity, so reading them as two is always possible.
        """
        a, b = self.by_id[relation.one("a")], self.by_id[relation.one("b")]
        read = share_reading if is_share(a, self.text) else reading
        # "13 minutes 2 seconds" is read with its lesser part (round alarm20)
        x = compound_reading(self.text, a) or read(a, self.text)
        y = compound_reading(self.text, b) or read(b, self.text)
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
        # "all 99 counties" twice names every member of one set: one count, however few words are shared
        threshold = threshold or bool(relation.get("every", False))
        # two last values of a count ("later revised to 2,579", "the final figure of 2,579") are one
        threshold = threshold or bool(relation.get("final", False))
        # a later mention that refers back in its own words ("the 28 pages") names one quantity
        anaphor = str(relation.get("anaphor", "") or "")
        # one holder of one counted noun ("McDavid has 41 goals" / "He has 45 goals") names the quantity
        held = bool(relation.get("holder", False))
        # a bound a hair past a precise figure ("more than 2 million" / "1.97 million") is that figure
        # rounded the wrong way: one quantity, however few words the sentences share
        near = bound_just_missed(a, b, self.text)
        if (
            shared < RESTATED_MIN_SHARED
            and len(counted.split()) < 2
            and not (threshold or anaphor or held or near)
        ):
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
        headline = a if self.index.in_title(a) else b if self.index.in_title(b) else None
        parts = () if headline is None else self.totalled(headline)
        if parts:
            return self.verdict(
                relation,
                Status.UNKNOWN,
                f"{names}: the headline may total figures of the body",
                f"Possibly restated figure{noun}: {arithmetic}; no reading makes them equal, but "
                + " and ".join(self.q(p.id) for p in parts)
                + " add up to the headline's, which may count them together.",
                numbers,
            )
        contrast = None if anaphor or near else self.contrast(a, b)
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
        # "the £7.9m programme" names the programme whose cost the text told (numeric_cost_refs)
        costed = bool(relation.get("cost_ref"))
        # "Environmentalists said the 13,325 square kilometres cleared …": the reported clause is about
        # the quantity it points back at, not about whoever the sentence names (numeric_reported)
        costed = costed or reported_reference(self.index, b)
        # a definite phrase whose narrowing clause its antecedent says (numeric_phrase_refs)
        costed = costed or bool(relation.get("unit_said"))
        if apart and not (held or near or costed or (anaphor and names_in_sentence(self.index, ea, b))):
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
        "fraction": judge_.fraction,
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
