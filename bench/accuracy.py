"""Accuracy of the built-in extraction on the public test sets.

Run ``python bench/accuracy.py [reference|quantulum|recognizers] [-v]``.  The first table
is the speakers issue's: quotes, attribution and figures on news-attribution, polnear/dev
and polnear/train scored by the one reference scorer (``tools/score.py`` beside the
benchmarks folder, which runs ``factcheck check --format json`` over each folder, as a user
would), and the seed still exact; each figure with its target and "met" / "NOT met".  The
figure sets (quantulum3, Recognizers-Text) follow, scored by the rules below, which
docs/accuracy.md documents.  ``-v`` lists every miss.  The script always exits 0: it
reports, it does not judge.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from tabulate import tabulate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import benchmarks_dir

import factcheck
from factcheck.api import extract as extract_report
from factcheck.extraction.figures import extract_figures
from factcheck.model import Figure, Span

# ---------------------------------------------------------------------------- helpers


#: Vague quantities ("tens of thousands", "dozens", "several hundred"): figures here, left
#: out of news-attribution's gold by its README.
VAGUE = re.compile(
    r"(?i)(?:tens|hundreds|thousands|millions|billions|trillions|dozens|scores|several|a few)\b"
)


def load_json(path: Path) -> Any:
    """Read a JSON file, stripping a UTF-8 byte-order mark when there is one."""
    return json.loads(path.read_text(encoding="utf-8-sig"))


def locate(text: str, needles: Iterable[str]) -> list[Span | None]:
    """Find each needle in ``text`` searching in order (each search starts after the last hit).

    A needle not found after the previous hit is searched again from the start;
    a needle not in the text at all gives None.
    """
    spans: list[Span | None] = []
    cursor = 0
    for needle in needles:
        pos = text.find(needle, cursor)
        if pos < 0:
            pos = text.find(needle)
        if pos < 0 or not needle:
            spans.append(None)
            continue
        spans.append(Span(pos, pos + len(needle)))
        cursor = pos + len(needle)
    return spans


def overlap(a: Span, b: Span) -> int:
    """Number of characters two spans share."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def same_value(a: float | None, b: float | None) -> bool:
    """Equal values (up to float rounding: 1/3 written as 0.333... is equal)."""
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def ratio(num: int, den: int) -> float:
    """num / den, or 0.0 when there is nothing to divide by."""
    return num / den if den else 0.0


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Counts:
    """Counts for precision, recall and F1: gold items, predicted items and matches of each."""

    gold: int = 0
    predicted: int = 0
    gold_matched: int = 0
    predicted_matched: int = 0

    def add(self, other: Counts) -> None:
        """Add another document's counts."""
        self.gold += other.gold
        self.predicted += other.predicted
        self.gold_matched += other.gold_matched
        self.predicted_matched += other.predicted_matched

    @property
    def precision(self) -> float:
        """Matched predicted items over predicted items."""
        return ratio(self.predicted_matched, self.predicted)

    @property
    def recall(self) -> float:
        """Matched gold items over gold items."""
        return ratio(self.gold_matched, self.gold)

    @property
    def f1(self) -> float:
        """F1 of precision and recall."""
        return f1(self.precision, self.recall)


# ---------------------------------------------------------------------------- news-attribution: figures


@dataclass
class FigureScore:
    """Figure detection counts plus value and hedge agreement over the found gold figures."""

    counts: Counts = field(default_factory=Counts)
    value_right: int = 0
    hedge_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def value_accuracy(self) -> float:
        """Found gold figures whose value is equal, over found gold figures."""
        return ratio(self.value_right, self.counts.gold_matched)

    @property
    def hedge_accuracy(self) -> float:
        """Found gold figures whose hedge class is the same, over found gold figures."""
        return ratio(self.hedge_right, self.counts.gold_matched)

    def add(self, other: FigureScore) -> None:
        """Add another document's score."""
        self.counts.add(other.counts)
        self.value_right += other.value_right
        self.hedge_right += other.hedge_right
        self.misses.extend(other.misses)


def score_figures(
    text: str, gold: Sequence[dict[str, Any]], predicted: Sequence[Figure], doc: str = ""
) -> FigureScore:
    """Score predicted figures against the gold figures of one article.

    A gold figure (its ``text`` located in the article in order) is found when a
    predicted figure overlaps it; each predicted figure is used for one gold figure
    at most (the one it overlaps most).  Its value is right when equal, its hedge
    when the same class (None for no hedge).
    """
    score = FigureScore()
    score.counts.gold = len(gold)
    score.counts.predicted = len(predicted)
    used: set[int] = set()
    for g, span in zip(gold, locate(text, (g["text"] for g in gold)), strict=True):
        if span is None:
            score.misses.append(f"{doc}: gold text not in article: {g['text']!r}")
            continue
        best, best_overlap = -1, 0
        for k, fig in enumerate(predicted):
            if k in used:
                continue
            o = overlap(fig.span, span)
            if o > best_overlap:
                best, best_overlap = k, o
        if best < 0:
            score.misses.append(f"{doc}: missed {g['text']!r}")
            continue
        used.add(best)
        fig = predicted[best]
        score.counts.gold_matched += 1
        if same_value(fig.value, float(g["value"])):
            score.value_right += 1
        else:
            score.misses.append(f"{doc}: value {g['text']!r} gold {g['value']} got {fig.value}")
        if (fig.hedge or None) == (g.get("hedge") or None):
            score.hedge_right += 1
        else:
            score.misses.append(f"{doc}: hedge {g['text']!r} gold {g.get('hedge')} got {fig.hedge}")
    score.counts.predicted_matched = len(used)
    for k, fig in enumerate(predicted):
        if k not in used:
            score.misses.append(f"{doc}: spurious {text[fig.span.start : fig.span.end]!r}")
    return score


# ---------------------------------------------------------------------------- news-attribution: quotes


def score_quantulum(
    cases: Sequence[dict[str, Any]], extract: Callable[[str], list[Figure]]
) -> tuple[int, int, list[str]]:
    """(resolved, expected, misses): an expected quantity is resolved when a figure overlaps
    its surface with its value (for a range, value ± uncertainty as lower and upper bounds)."""
    resolved = total = 0
    misses: list[str] = []
    for case in cases:
        text = case["req"]
        figures = extract(text)
        expected = case["res"]
        for q, span in zip(expected, locate(text, (q["surface"] for q in expected)), strict=True):
            total += 1
            if span is None:
                misses.append(f"{text!r}: surface {q['surface']!r} not found")
                continue
            value = float(q["value"])
            unc = q.get("uncertainty")
            ok = False
            for fig in figures:
                if overlap(fig.span, span) == 0:
                    continue
                if unc is not None:
                    lo, hi = value - float(unc), value + float(unc)
                    if same_value(fig.lower, lo) and same_value(fig.upper, hi):
                        ok = True
                elif same_value(fig.value, value):
                    ok = True
            if ok:
                resolved += 1
            else:
                got = [(text[f.span.start : f.span.end], f.value) for f in figures]
                misses.append(f"{text!r}: {q['surface']!r}={value} got {got}")
    return resolved, total, misses


# ---------------------------------------------------------------------------- Recognizers-Text


@dataclass(frozen=True)
class Expected:
    """One expected interval of a NumberRangeModel case; None bounds are open ends."""

    lower: float | None
    upper: float | None
    lower_closed: bool
    upper_closed: bool


def parse_interval(value: str) -> Expected:
    """Read a Recognizers interval string: "(30,)", "[20,100]", "(,700]"."""
    value = value.strip()
    lo_text, hi_text = value[1:-1].split(",")
    lower = float(lo_text) if lo_text.strip() else None
    upper = float(hi_text) if hi_text.strip() else None
    return Expected(lower, upper, value[0] == "[", value[-1] == "]")


def figures_interval(figures: Sequence[Figure]) -> Expected:
    """The intersection of the intervals of ``figures`` (all overlap one expected span)."""
    lower: float | None = None
    upper: float | None = None
    lc = uc = True
    for fig in figures:
        if fig.lower is not None and (
            lower is None or fig.lower > lower or (fig.lower == lower and not fig.lower_closed)
        ):
            lower, lc = fig.lower, fig.lower_closed
        if fig.upper is not None and (
            upper is None or fig.upper < upper or (fig.upper == upper and not fig.upper_closed)
        ):
            upper, uc = fig.upper, fig.upper_closed
    return Expected(lower, upper, lc if lower is not None else False, uc if upper is not None else False)


def same_interval(got: Expected, want: Expected, closedness: bool = True) -> bool:
    """Same bounds, same open ends, and (unless ``closedness`` is False) the same
    closedness at every finite bound."""
    if not same_value(got.lower, want.lower) or not same_value(got.upper, want.upper):
        return False
    if not closedness:
        return True
    if want.lower is not None and got.lower_closed != want.lower_closed:
        return False
    return not (want.upper is not None and got.upper_closed != want.upper_closed)


def resolve_case(
    model: str, case: dict[str, Any], figures: Sequence[Figure], closedness: bool = True
) -> bool:
    """True when the case is resolved: every expected result is matched by the figures
    overlapping it (same value; for ranges the same interval; a null value by no figure),
    and no figure of the model's kind lies outside every expected result."""
    text = case["Input"]
    covered: set[int] = set()
    for result in case["Results"]:
        span = Span(int(result["Start"]), int(result["End"]) + 1)
        over = [k for k, f in enumerate(figures) if overlap(f.span, span) > 0]
        covered.update(over)
        raw = str(result.get("Resolution", {}).get("value"))
        figs = [figures[k] for k in over]
        if raw == "null" or raw == "None":
            if figs:
                return False
            continue
        if not figs:
            return False
        if model == "NumberRangeModel":
            if not same_interval(figures_interval(figs), parse_interval(raw), closedness):
                return False
        elif model == "PercentModel":
            want = float(raw.rstrip("%"))
            if not any(f.is_percent and same_value(f.value, want) for f in figs):
                return False
        elif not any(same_value(f.value, float(raw)) for f in figs):
            return False
    del text
    # a figure outside every expected result is an extra output of this model: any figure
    # for NumberModel, a percentage for PercentModel, a hedged or ranged figure for NumberRangeModel
    return all(k in covered or not _is_output(model, f) for k, f in enumerate(figures))


def _is_output(model: str, figure: Figure) -> bool:
    """Whether ``figure`` is the kind of thing ``model`` recognises."""
    if model == "PercentModel":
        return figure.is_percent
    if model == "NumberRangeModel":
        return figure.hedge is not None or figure.range_with is not None
    return True


def score_recognizers(
    model: str,
    cases: Sequence[dict[str, Any]],
    extract: Callable[[str], list[Figure]],
    closedness: bool = True,
) -> tuple[int, int, list[str]]:
    """(resolved cases, cases, misses) for one Recognizers-Text model file."""
    resolved = 0
    misses: list[str] = []
    for case in cases:
        figures = extract(case["Input"])
        if resolve_case(model, case, figures, closedness):
            resolved += 1
        else:
            want = [(r["Text"], r.get("Resolution", {}).get("value")) for r in case["Results"]]
            got = [
                (
                    case["Input"][f.span.start : f.span.end],
                    f.value,
                    f.lower,
                    f.upper,
                    f.lower_closed,
                    f.upper_closed,
                )
                for f in figures
            ]
            misses.append(f"{case['Input']!r}: want {want} got {got}")
    return resolved, len(cases), misses


# ---------------------------------------------------------------------------- report


def info_row(name: str, value: float, detail: str = "") -> list[str]:
    """One table row printed for information, with no target."""
    return [name, f"{value:.3f}", "", "", detail]


def row(name: str, value: float, target: float, detail: str = "") -> list[str]:
    """One table row: the figure, its value, its target and whether it is met."""
    return [name, f"{value:.3f}", f">= {target:g}", "met" if value >= target else "NOT met", detail]


HEADERS = ["figure", "value", "target", "", "counts"]


def reference_scorer(root: Path) -> ModuleType:
    """The reference scorer, ``tools/score.py`` beside the benchmarks folder (one scorer for all)."""
    path = root.parent / "tools" / "score.py"
    spec = importlib.util.spec_from_file_location("reference_score", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: (set, folder under the benchmarks, scorer flags, targets {figure: target}) of the speakers issue;
#: a set without targets is reported for information (polnear/train is where rules are developed).
REFERENCE_SETS: list[tuple[str, str, dict[str, bool], dict[str, float]]] = [
    ("news-attribution", "news-attribution", {}, {"quote_F1": 0.95, "attribution_F1": 0.92}),
    ("polnear/dev", "polnear/dev", {"mention": True}, {"quote_F1": 0.70, "attribution_F1": 0.62}),
    ("polnear/train", "polnear/train", {"mention": True}, {}),
]
#: Figures under the reference scorer must be no worse than before the speakers issue.
FIGURE_FLOORS = {"figure_F1": 0.942, "value_acc": 0.985, "hedge_acc": 0.989}


def bench_reference(root: Path, verbose: bool) -> None:
    """Quotes, attribution and figures with the reference scorer (``factcheck check`` run on each
    folder, as the scorer does), every figure of the speakers issue in one table."""
    scorer = reference_scorer(root)
    # the scorer runs `factcheck` from PATH: make it this interpreter's
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    rows: list[list[str]] = []
    for name, folder, flags, targets in REFERENCE_SETS:
        base = root / folder
        if not (base / "gold.json").is_file():
            continue
        gold = load_json(base / "gold.json")
        started = time.perf_counter()
        totals, misses = scorer.score(gold, str(base), "", batch=True, **flags)
        result = scorer.summary(totals)
        took = time.perf_counter() - started
        detail = f"P {result['quote_P']:.3f} R {result['quote_R']:.3f}"
        for figure in ("quote_F1", "attribution_F1"):
            label = f"{name}: {figure.replace('_', ' ')}"
            if figure in targets:
                rows.append(row(label, result[figure], targets[figure], detail))
            else:
                rows.append(info_row(f"(info) {label}", result[figure], detail))
            detail = f"speaker right on found quotes {result['speaker_acc_on_found']:.3f}"
        if name == "news-attribution":
            for figure, floor in FIGURE_FLOORS.items():
                label = f"{name}: {figure.replace('_', ' ')}"
                rows.append(row(label, result[figure], floor, "no worse than before"))
        runs = f"{result['docs']} documents, {result['errors']} errors, {took:.1f} s"
        rows.append([f"(info) {name}: the run", "", "", "", runs])
        if verbose:
            print("\n".join(misses))
    rows.append(seed_row(root))
    print("Reference scorer (tools/score.py beside the benchmarks), one table for the speakers issue")
    print(tabulate(rows, headers=HEADERS, disable_numparse=True))
    print()


def seed_row(root: Path) -> list[str]:
    """The seed article still exact: its quotes, speakers and figures as its expected JSON says."""
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    exact = 0
    total = 0
    for expected_path in sorted(seeds.glob("*.expected.json")):
        expected = load_json(expected_path)
        report = extract_report(factcheck.load(seeds / expected["file"]))
        marked = [
            {
                "text": report.words(q.span),
                "speaker": report.speaker(q.speaker).name
                if q.speaker and report.speaker(q.speaker)
                else None,
                "cue": q.cue,
            }
            for q in report.quoted()  # every passage in quotation marks, as the seed lists them
        ]
        figures = [report.words(f.span) for f in report.figures]
        total += 1
        exact += marked == expected["quotes"] and figures == [f["text"] for f in expected["figures"]]
    return row("seed exact (quotes, speakers, figures)", ratio(exact, total), 1.0, f"{exact}/{total}")


def bench_quantulum(root: Path, verbose: bool) -> None:
    """Print the share of quantulum3's expected quantities resolved."""
    cases = load_json(root / "quantulum3-en" / "quantities.json")
    resolved, total, misses = score_quantulum(cases, extract_figures)
    print(f"quantulum3-en ({len(cases)} sentences)")
    print(
        tabulate(
            [row("quantities resolved", ratio(resolved, total), 0.90, f"{resolved}/{total}")], headers=HEADERS
        )
    )
    if verbose:
        print("\n".join(misses))
    print()


RECOGNIZER_TARGETS = {"NumberModel": 0.95, "PercentModel": 0.95, "NumberRangeModel": 0.90}


def bench_recognizers(root: Path, verbose: bool) -> None:
    """Print the share of Recognizers-Text cases resolved, per model."""
    rows = []
    all_misses: list[str] = []
    for model, target in RECOGNIZER_TARGETS.items():
        cases = load_json(root / "recognizers-text-number-en" / f"{model}.json")
        resolved, total, misses = score_recognizers(model, cases, extract_figures)
        rows.append(row(f"{model} cases resolved", ratio(resolved, total), target, f"{resolved}/{total}"))
        all_misses.extend(f"{model}: {m}" for m in misses)
    # for information only: the same cases with the closedness of finite bounds ignored
    # (Recognizers-Text writes "between 20 and 30" as [20,30); this extractor closes both ends)
    cases = load_json(root / "recognizers-text-number-en" / "NumberRangeModel.json")
    loose, total, _ = score_recognizers("NumberRangeModel", cases, extract_figures, closedness=False)
    rows.append(info_row("(info) NumberRangeModel, bounds only", ratio(loose, total), f"{loose}/{total}"))
    print("recognizers-text-number-en")
    print(tabulate(rows, headers=HEADERS))
    if verbose:
        print("\n".join(all_misses))
    print()


def main(argv: Sequence[str] | None = None) -> int:
    """Print every table; ``-v`` also lists each miss.  Always returns 0."""
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args or "--verbose" in args
    only = [a for a in args if not a.startswith("-")]
    root = benchmarks_dir()
    if not root.is_dir():
        print(f"public test sets not found at {root} (set FACTCHECK_BENCHMARKS)")
        return 0
    for name, fn in (
        ("reference", bench_reference),
        ("quantulum", bench_quantulum),
        ("recognizers", bench_recognizers),
    ):
        if not only or name in only:
            fn(root, verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
