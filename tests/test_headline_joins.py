"""A headline's joining conjunction inside its quote marks is the headline's, not the speaker's.

Every headline and sentence here is written for these tests in the style of news copy; none is
taken from an article.
"""

from __future__ import annotations

import pytest
from factcheck_plugins.attribution import ATTRIBUTION
from factcheck_plugins.attribution_headline_joins import without_join

from factcheck import Report, Status, Verdict
from factcheck.testing import RunChecker

BODY = (
    "\n\nBy Anna Keller\n\n"
    "The city's transport chief said on Tuesday that fares would rise in April to pay for new buses.\n\n"
    '"We know this is hard for families. We will not pretend otherwise," Maria Lind told reporters. '
    '"We will keep the night buses running whatever it costs."\n'
)


def headline_verdicts(report: Report) -> list[Verdict]:
    return [v for v in report.verdicts if v.checker == "attribution" and v.data.get("check") == "headline"]


@pytest.mark.parametrize(
    "headline",
    [
        "Transport chief raises fares, 'but we will keep the night buses running'",
        "Transport chief raises fares 'and we will not pretend otherwise'",
    ],
)
def test_a_joining_word_inside_the_headlines_marks_is_no_misquote(
    run_checker: RunChecker, headline: str
) -> None:
    found = headline_verdicts(run_checker(headline + BODY, ATTRIBUTION))
    assert [v.status for v in found] == [Status.PASS], [v.summary for v in found]
    assert "the headline's join" in found[0].details


def test_words_after_the_join_the_body_never_gives_still_warn(run_checker: RunChecker) -> None:
    headline = "Transport chief raises fares, 'but we will scrap the night buses next year'"
    found = headline_verdicts(run_checker(headline + BODY, ATTRIBUTION))
    assert [v.status for v in found] == [Status.WARN], [v.summary for v in found]


def test_a_join_leaves_no_scare_quote_to_match() -> None:
    assert without_join(["but", "not", "now"], 3) is None
    assert without_join(["but", "we", "will", "not", "go"], 3) == ["we", "will", "not", "go"]
    assert without_join(["we", "will", "not", "go", "back"], 3) is None
