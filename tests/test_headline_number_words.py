"""Headline figures written in words against the body's: paired only when both name what they count.

Every headline and sentence here is written for these tests in the style of US news copy; none is
taken from an article.
"""

from __future__ import annotations

import pytest
from factcheck_plugins.attribution import ATTRIBUTION

from factcheck import Report, Status, Verdict
from factcheck.testing import RunChecker

BODY = (
    "\n\nThe legislature opens its session on Monday with a crowded calendar. Here are five key votes "
    "to watch in the state house this week, from the budget to the bridge bond.\n"
)


def figure_verdicts(report: Report) -> list[Verdict]:
    return [
        v for v in report.verdicts if v.checker == "attribution" and v.data.get("check") == "headline-figure"
    ]


@pytest.mark.parametrize(
    ("headline", "status"),
    [
        ("Seven key votes to watch in the state house", Status.WARN),  # words against words
        ("8 key votes to watch in the state house", Status.WARN),  # digits against words
        ("Five key votes to watch in the state house", Status.PASS),
        ("5 key votes to watch in the state house", Status.PASS),
    ],
)
def test_a_headline_number_in_words_is_compared_when_both_name_what_they_count(
    run_checker: RunChecker, headline: str, status: Status
) -> None:
    found = figure_verdicts(run_checker(headline + BODY, ATTRIBUTION))
    assert [v.status for v in found] == [status], [v.summary for v in found]


def test_a_number_in_words_naming_another_thing_is_not_compared(run_checker: RunChecker) -> None:
    # "two" bills against "five key votes": what they count differs, so no verdict
    found = figure_verdicts(run_checker("Two bills to watch in the state house" + BODY, ATTRIBUTION))
    assert [v for v in found if v.status is Status.WARN] == [], [v.summary for v in found]


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        # a compound ("four-year deal") is a label, and "Thousands" a vague amount: no count to compare
        (
            "Unions reach four-year deal with the state",
            "The unions reached a four-year deal with the state on Monday.",
        ),
        (
            "Thousands of shootings in the city this year",
            "There were thousands of shootings in the city this year.",
        ),
    ],
)
def test_a_compound_or_a_vague_amount_in_words_is_no_headline_figure(
    run_checker: RunChecker, headline: str, body: str
) -> None:
    found = figure_verdicts(run_checker(f"{headline}\n\n{body}\n", ATTRIBUTION))
    assert found == [], [v.summary for v in found]
