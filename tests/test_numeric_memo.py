"""Per-document memos of the numeric checker's one-figure readings (plugins/numeric_memo.py, issue 16).

The restatement check reads each figure's period, target, owner, sides … once per pair it is in;
the memos keep each reading on the document's text index.  What must hold: a reading is computed
once per figure of a document, nothing is kept from one document to the next, a figure equal to a
remembered one but another object is read again, and the checker gives the same verdicts with the
memos as without them.  Every passage is written for these tests.
"""

from __future__ import annotations

import sys

import attrs
import pytest
from factcheck_plugins.numeric_memo import MEMOISED, per_figure, per_index
from factcheck_plugins.numeric_owners import opening
from factcheck_plugins.numeric_periods import period_of
from factcheck_plugins.numeric_share_glosses import gloss_share
from factcheck_plugins.numeric_text import TextIndex

from factcheck import Document, check
from factcheck.model import Figure
from factcheck.serialize import report_to_dict


def _index(text: str) -> TextIndex:
    report = check(Document(text=text))
    return TextIndex.build(text, report.figures)


SCHOOLS = "Schools close\n\nBy Staff Reporter\n\nLast year, 40 schools closed in the north of the county.\n"
#: The same words but the fronted period, so each figure stands where it stands in SCHOOLS.
SCHOOLS_NOW = SCHOOLS.replace("Last year", "This week")


def test_a_reading_is_computed_once_per_figure_of_a_document() -> None:
    calls: list[Figure] = []

    @per_figure
    def words_after(index: TextIndex, figure: Figure) -> str:
        calls.append(figure)
        return index.after(figure, 20)

    index = _index(SCHOOLS)
    assert index.figures
    first = [words_after(index, f) for f in index.figures]
    again = [words_after(index, f) for f in index.figures for _ in range(3)]
    assert len(calls) == len(index.figures)
    assert again == [w for w in first for _ in range(3)]
    assert first == [index.after(f, 20) for f in index.figures]


def test_nothing_is_kept_from_one_document_to_the_next() -> None:
    last_year, this_week = _index(SCHOOLS), _index(SCHOOLS_NOW)
    figure = next(f for f in last_year.figures if f.value == 40)
    assert figure in this_week.figures  # the same figure, at the same place, in another text
    assert period_of(last_year, figure) == frozenset({"year-1"})
    assert period_of(this_week, figure) == frozenset()
    assert period_of(last_year, figure) == frozenset({"year-1"})


def test_an_equal_place_with_another_figure_is_read_again() -> None:
    @per_figure
    def value(index: TextIndex, figure: Figure) -> float:
        return figure.value

    index = _index(SCHOOLS)
    figure = next(f for f in index.figures if f.value == 40)
    assert value(index, figure) == 40
    assert value(index, attrs.evolve(figure, value=41.0, lower=41.0, upper=41.0)) == 41
    assert value(index, figure) == 40


POLL = (
    "Voters back the plan\n\nBy Staff Reporter\n\n"
    "Of the people asked, 1,210 respondents, or 60.5 per cent, said they backed the plan.\n"
)


def test_a_share_glossing_a_count_is_read_with_and_without_a_whole_apart() -> None:
    index = _index(POLL)
    count = next(f for f in index.figures if f.value == 1210)
    share = next(f for f in index.figures if f.is_percent)
    for _ in range(2):  # either reading first, each kept apart
        assert gloss_share(index, count, bare=True) is share
        assert gloss_share(index, count) is None  # "60.5 per cent," names no whole


def test_a_reading_of_the_document_alone_is_computed_once() -> None:
    calls: list[str] = []

    @per_index
    def has(index: TextIndex, word: str) -> bool:
        calls.append(word)
        return word in index.text

    index, other = _index(SCHOOLS), _index(SCHOOLS_NOW)
    assert [has(index, "Last"), has(index, "Last"), has(index, "week")] == [True, True, False]
    assert has(other, "week") and calls == ["Last", "week", "week"]
    assert opening(index) is opening(index)


FLOODS = (
    "Flood repairs fall behind in valley towns\n\n"
    "By Staff Reporter\n\n"
    "The valley council said on Monday that the floods damaged 1,240 homes in the eastern half of the "
    "valley and 860 homes in the western half, and that repairs would cost about 48 million euros.\n\n"
    "Last year, spring storms damaged about 700 homes in the valley.\n\n"
    "The council now says 1,250 homes were damaged in the eastern half of the valley, where crews "
    "have repaired 410 homes so far.\n\n"
    "It set a target of 2,000 repaired homes by 2026; builders repaired 1,450 homes in 2024.\n\n"
    "The sports hall can hold 300 families, and it took in 240 families on Tuesday night.\n\n"
    "Of the council's 12.4 million euro budget for the year, 3.1 million euros goes to repairs.\n\n"
    "Taken together, the river and hill towns lost 2,100 homes. The river towns lost 1,240 homes.\n\n"
    "Its main rival insurer paid 45 million euros in claims, while the regional insurer paid 41 "
    "million euros in claims.\n\n"
    "In several hill villages, residents lost more than 30 days of work. Residents lost 12 days of "
    "work on average, the council said.\n\n"
    "Unresolved claims stood at 5,600 in March, and resolved claims reached 5,200.\n\n"
    "Repairs will cost about 48 million euros, the council's finance chief said, or roughly 1,240 "
    "homes at 39,000 euros each.\n\n"
    "Dalton's council counted 900 damaged homes, fewer than in 2023.\n\n"
    "The floods damaged 1,260 homes in the eastern half of the valley, the mayor said on Friday.\n"
)


def _numeric_verdicts(text: str) -> list[dict[str, object]]:
    verdicts = report_to_dict(check(Document(text=text)))["verdicts"]
    return [v for v in verdicts if v["checker"] == "numeric"]


def test_the_restatement_verdicts_are_the_same_without_the_memos(monkeypatch: pytest.MonkeyPatch) -> None:
    with_memos = _numeric_verdicts(FLOODS)
    statuses = {(v["status"], v["data"].get("relation")) for v in with_memos}  # type: ignore[union-attr]
    assert {("warn", "restatement"), ("pass", "restatement")} <= statuses
    plugins = [m for m in MEMOISED if m.__module__.startswith("factcheck_plugins.")]
    assert len(plugins) >= 20
    for memoised in plugins:
        module = sys.modules[memoised.__module__]
        assert getattr(module, memoised.__name__) is memoised
        monkeypatch.setattr(module, memoised.__name__, memoised.__wrapped__)  # type: ignore[attr-defined]
    assert _numeric_verdicts(FLOODS) == with_memos
