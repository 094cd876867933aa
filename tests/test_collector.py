"""The cyclic garbage collector is paused over one document's extraction and checks, and turned
back on after, whatever happens (factcheck.collector; docs/performance.md, round 7)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

import factcheck
from factcheck.collector import collector_paused
from factcheck.manager import run_checkers

ARTICLE = (
    "Port strike enters third week\n\n"
    "About 1,200 dock workers walked out on May 2, the union's secretary, Tomasz Wrobel, said.\n\n"
    "“We will stay out until the company talks to us,” Wrobel told reporters on Friday.\n"
)


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_checkers_run_with_the_collector_paused_and_it_comes_back_on() -> None:
    seen: list[bool] = []

    def check(report: factcheck.Report) -> Iterator[factcheck.Verdict]:
        seen.append(gc.isenabled())
        yield factcheck.Verdict(status="info", summary=f"{len(report.quotes)} quotes")

    report = factcheck.extract(factcheck.Document(text=ARTICLE))
    checked = run_checkers(report, {"probe": factcheck.Checker("probe", "Records the collector.", check)})
    assert seen == [False]
    assert gc.isenabled()
    assert checked.verdicts[-1].summary == f"{len(report.quotes)} quotes"


@pytest.mark.usefixtures("collector_on")
def test_a_checker_that_raises_leaves_the_collector_on() -> None:
    def check(report: factcheck.Report) -> Iterator[factcheck.Verdict]:
        raise RuntimeError(f"broken on {len(report.figures)} figures")
        yield  # pragma: no cover - makes this a generator

    report = factcheck.extract(factcheck.Document(text=ARTICLE))
    checked = run_checkers(report, {"broken": factcheck.Checker("broken", "Always raises.", check)})
    assert checked.verdicts[-1].status is factcheck.Status.ERROR
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_the_whole_check_ends_with_the_collector_on_and_the_same_report() -> None:
    paused = factcheck.check_text(ARTICLE)
    assert gc.isenabled()
    gc.disable()
    try:
        off = factcheck.check_text(ARTICLE)
        assert not gc.isenabled()  # a collector the caller turned off stays off
    finally:
        gc.enable()
    assert [q.span for q in paused.quotes] == [q.span for q in off.quotes]
    assert [v.summary for v in paused.verdicts] == [v.summary for v in off.verdicts]


@pytest.mark.usefixtures("collector_on")
def test_nested_pauses_turn_the_collector_on_only_once_outside() -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
