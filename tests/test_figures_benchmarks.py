"""The scorer of bench/accuracy.py is right: perfect predictions score 1, empty ones 0.

These tests check the scoring rules, never the benchmark targets (those are printed
by ``python bench/accuracy.py``, not asserted).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from factcheck.extraction.figures import extract_figures
from factcheck.model import Figure, Span

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def acc() -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("bench_accuracy", BENCH / "accuracy.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["bench_accuracy"] = module  # dataclasses look their module up while defined
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


TEXT = "Over 4,000 citizens left, and almost 3,000 of these people face charges; 12 percent returned."
GOLD = [
    {"text": "Over 4,000", "value": 4000.0, "hedge": "over", "is_percent": False},
    {"text": "almost 3,000", "value": 3000.0, "hedge": "almost", "is_percent": False},
    {"text": "12 percent", "value": 12.0, "hedge": None, "is_percent": True},
]


def fig(text: str, words: str, value: float, hedge: str | None = None, k: int = 1) -> Figure:
    start = text.index(words)
    return Figure(id=f"f{k}", span=Span(start, start + len(words)), value=value, hedge=hedge)


def test_perfect_figures_score_one(acc: ModuleType) -> None:
    predicted = [
        fig(TEXT, "Over 4,000", 4000, "over", 1),
        fig(TEXT, "almost 3,000", 3000, "almost", 2),
        fig(TEXT, "12 percent", 12, None, 3),
    ]
    score = acc.score_figures(TEXT, GOLD, predicted)
    assert (score.counts.precision, score.counts.recall, score.counts.f1) == (1.0, 1.0, 1.0)
    assert score.value_accuracy == score.hedge_accuracy == 1.0


def test_no_figures_score_zero(acc: ModuleType) -> None:
    score = acc.score_figures(TEXT, GOLD, [])
    assert (score.counts.precision, score.counts.recall, score.counts.f1) == (0.0, 0.0, 0.0)
    assert score.value_accuracy == score.hedge_accuracy == 0.0


def test_overlap_finds_value_and_hedge_are_judged_apart(acc: ModuleType) -> None:
    predicted = [
        fig(TEXT, "4,000", 4000, None, 1),  # found (overlaps), value right, hedge wrong
        fig(TEXT, "3,000", 300, "almost", 2),  # found, value wrong, hedge right
        fig(TEXT, "citizens", 1, None, 3),  # spurious
    ]
    score = acc.score_figures(TEXT, GOLD, predicted)
    assert score.counts.gold_matched == 2
    assert score.counts.recall == pytest.approx(2 / 3)
    assert score.counts.precision == pytest.approx(2 / 3)
    assert score.value_right == 1 and score.hedge_right == 1


def test_one_predicted_figure_finds_one_gold_figure(acc: ModuleType) -> None:
    text = "five or five"
    gold = [{"text": "five", "value": 5.0, "hedge": None}, {"text": "five", "value": 5.0, "hedge": None}]
    score = acc.score_figures(text, gold, [fig(text, "five", 5)])
    assert score.counts.gold_matched == 1


def test_gold_texts_are_located_in_order(acc: ModuleType) -> None:
    spans = acc.locate("two and two and three", ["two", "two", "three"])
    assert [(s.start, s.end) for s in spans] == [(0, 3), (8, 11), (16, 21)]


@pytest.mark.benchmark_data
def test_quotes_and_speakers_are_scored_by_the_shared_reference_scorer(
    acc: ModuleType, benchmarks: Path
) -> None:
    scorer = acc.reference_scorer(benchmarks)
    assert Path(scorer.__file__).resolve() == (benchmarks.parent / "tools" / "score.py").resolve()
    assert scorer.same_speaker("Oleg Syromolotov", "Syromolotov") and not scorer.same_speaker(None, "Police")
    for _name, folder, _flags, _targets in acc.REFERENCE_SETS:
        assert (benchmarks / folder / "gold.json").is_file(), folder


def test_quantulum_scorer(acc: ModuleType) -> None:
    cases = [
        {
            "req": "I want 3 to 4 L of wine",
            "res": [{"surface": "3 to 4 L", "value": 3.5, "uncertainty": 0.5}],
        },
        {"req": "In this pit, 50 cars are stored", "res": [{"surface": "50", "value": 50}]},
    ]
    assert acc.score_quantulum(cases, extract_figures)[:2] == (2, 2)
    assert acc.score_quantulum(cases, lambda _text: [])[:2] == (0, 2)


def case(text: str, words: str, value: str) -> dict[str, Any]:
    start = text.index(words)
    return {
        "Input": text,
        "Results": [
            {"Text": words, "Start": start, "End": start + len(words) - 1, "Resolution": {"value": value}}
        ],
    }


@pytest.mark.parametrize(
    ("model", "item", "resolved"),
    [
        ("NumberModel", case("The boat carried fifty-three migrants.", "fifty-three", "53"), True),
        ("NumberModel", case("The boat carried fifty-three migrants.", "fifty-three", "52"), False),
        ("PercentModel", case("Turnout was 12 per cent.", "12 per cent", "12%"), True),
        ("NumberRangeModel", case("He is over thirty years old.", "over thirty", "(30,)"), True),
        ("NumberRangeModel", case("He is over thirty years old.", "over thirty", "[30,)"), False),
        ("NumberRangeModel", case("Up to 700 workers will go.", "Up to 700", "(,700]"), True),
        ("NumberModel", {"Input": "Which one do you prefer?", "Results": []}, True),
        ("NumberModel", {"Input": "I saw 3 cats", "Results": []}, False),
    ],
)
def test_recognizers_scorer(acc: ModuleType, model: str, item: dict[str, Any], resolved: bool) -> None:
    assert acc.resolve_case(model, item, extract_figures(item["Input"])) is resolved


def test_recognizers_scorer_with_no_prediction(acc: ModuleType) -> None:
    item = case("Up to 700 workers will go.", "Up to 700", "(,700]")
    assert acc.resolve_case("NumberRangeModel", item, []) is False


def test_interval_strings(acc: ModuleType) -> None:
    assert acc.parse_interval("(30,)") == acc.Expected(30.0, None, False, False)
    assert acc.parse_interval("[20,100]") == acc.Expected(20.0, 100.0, True, True)
    assert acc.parse_interval("(,700]") == acc.Expected(None, 700.0, False, True)
