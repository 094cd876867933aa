"""Tests of the absolutes checker, on the seed and on sentences in the style of real news.

They use the fixtures factcheck's pytest plugin provides (loaded automatically when factcheck
is installed): ``factcheck_pm`` (the plugin manager with every installed plugin, so the
checker is reached through this distribution's entry point, as the command reaches it),
``factcheck_seed_report`` (the seed article, extracted) and ``run_checker``.
"""

from __future__ import annotations

import factcheck_absolutes
import pytest

import factcheck
from factcheck.manager import FactcheckPluginManager, run_checkers
from factcheck.model import Report
from factcheck.testing import RunChecker

QUOTED = (
    "Council promises new homes\n\n"
    "Mayor Jane Porter said the city would never again sell public land to developers.\n\n"
    '"We will never sell public land again. Every family on the waiting list will get a home," '
    "Porter told reporters on Monday.\n\n"
    "Almost all of the 1,200 families on the list have waited more than two years, officials said. "
    "Not every councillor agreed with the plan.\n"
)


def statuses(report: Report) -> list[tuple[str, str, str]]:
    text = report.document.text
    return [(v.status.value, str(v.claim), v.evidence[0].of(text)) for v in report.verdicts]


def test_the_installed_checker_is_found_through_its_entry_point(factcheck_pm: FactcheckPluginManager) -> None:
    checker = factcheck_pm.checkers()["absolutes"]
    assert checker.description.startswith("Absolute words")
    info = next(i for i in factcheck_pm.infos() if i.name == "absolutes")
    assert (info.distribution, info.version) == ("factcheck-absolutes", factcheck_absolutes.__version__)


def test_the_seed_headline_and_lead_say_all_where_the_diplomat_is_not_quoted_saying_it(
    factcheck_pm: FactcheckPluginManager, factcheck_seed_report: Report
) -> None:
    checker = factcheck_pm.checkers()["absolutes"]
    report = run_checkers(factcheck_seed_report, {"absolutes": checker})
    # the headline "All Russian citizens who fight for ISIS will face criminal prosecution" and the
    # lead's "but all of them will face criminal charges" are the article's wording: none of
    # Syromolotov's direct quotes says "all"
    assert statuses(report) == [("warn", "c1", "All"), ("warn", "c2", "all")]
    assert {v.data["speaker"] for v in report.verdicts} == {"Oleg Syromolotov"}
    assert all(v.checker == "absolutes" for v in report.verdicts)


def test_an_absolute_in_the_speakers_own_words_is_info(run_checker: RunChecker) -> None:
    report = run_checker(QUOTED, factcheck_absolutes)
    found = {
        (v.status.value, v.evidence[0].of(report.document.text), v.data["direct"]) for v in report.verdicts
    }
    # "never" and "Every" are in Porter's direct quote; the paraphrase's "never" is backed by it
    assert ("info", "never", True) in found
    assert ("info", "Every", True) in found
    assert ("info", "never", False) in found
    assert all(status == "info" for status, _word, _direct in found)


def test_hedged_and_negated_absolutes_and_the_writers_own_words_are_left_alone(
    run_checker: RunChecker,
) -> None:
    report = run_checker(QUOTED, factcheck_absolutes)
    words = [v.evidence[0].of(report.document.text).lower() for v in report.verdicts]
    assert "all" not in words  # "Almost all of the 1,200 families"
    assert words.count("every") == 1  # "Not every councillor" is not counted


def test_options_change_the_words_and_the_status(run_checker: RunChecker, factcheck_seed_text: str) -> None:
    calm = run_checker(
        factcheck_seed_text, factcheck_absolutes, options={"absolutes": {"paraphrase": "info"}}
    )
    assert [v.status.value for v in calm.verdicts] == ["info", "info"]
    narrow = run_checker(
        factcheck_seed_text, factcheck_absolutes, options={"absolutes": {"words": ["never"]}}
    )
    assert narrow.verdicts == ()


def test_an_unknown_or_mistyped_option_is_refused(run_checker: RunChecker, factcheck_seed_text: str) -> None:
    with pytest.raises(factcheck.PluginError, match="takes no option 'word'"):
        run_checker(factcheck_seed_text, factcheck_absolutes, options={"absolutes": {"word": ["all"]}})
    with pytest.raises(factcheck.PluginError, match="must be list"):
        run_checker(factcheck_seed_text, factcheck_absolutes, options={"absolutes": {"words": "all"}})
