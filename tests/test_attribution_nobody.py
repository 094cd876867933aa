"""A quote nothing names, after the writer's own lead-in: what may still name it, and what may not.

Every paragraph here is written for these tests in the style of US news copy; none is taken
from an article.
"""

from __future__ import annotations

import pytest
from factcheck_plugins.attribution import ATTRIBUTION

from factcheck import Report, Status, Verdict
from factcheck.testing import RunChecker

BEFORE = "Mayor Ruth Adeyemi defended the stadium plan on Monday, her spokesman said."
LEAD_IN = "It did not help that, late in the hearing, a pointed question came from the gallery."
QUOTE = "“Why should this city pay for a stadium that most of us will never set foot in?”"
AFTER = "In other words, asked council member Tom Reyes: “Who exactly gains from this deal?”"


def _article(*paragraphs: str) -> str:
    return "\n\n".join(("Stadium plan divides council", *paragraphs)) + "\n"


def warned(report: Report) -> list[Verdict]:
    """The attribution checker's no-speaker warnings."""
    return [
        v
        for v in report.verdicts
        if v.checker == "attribution" and v.data.get("check") == "speaker" and v.status is Status.WARN
    ]


def test_a_lead_in_stands_between_the_quote_and_the_paragraph_before(run_checker: RunChecker) -> None:
    # the paragraph before reports the mayor's speech, but the writer's lead-in introduces the quote
    # as coming from the gallery; the next paragraph's cue introduces a quote of its own
    report = run_checker(_article(BEFORE, f"{LEAD_IN} {QUOTE}", AFTER), ATTRIBUTION)
    assert len(warned(report)) == 1, [v.summary for v in report.verdicts]
    assert "stadium" in warned(report)[0].summary
    # without the lead-in the quote may continue the mayor's reported speech: no alarm
    bare = run_checker(_article(BEFORE, QUOTE, AFTER), ATTRIBUTION)
    assert warned(bare) == []


@pytest.mark.parametrize(
    "after",
    [
        # a cue that says its speaker spoke before names the quote above too
        "Reyes added: “Who exactly gains from this deal?”",
        # a cue with no quote of its own names whose words the quote above was
        "So said council member Tom Reyes, who has opposed the plan since spring.",
        # the speaker's words referred back to
        "Reyes's remarks drew applause from the back rows.",
    ],
)
def test_a_next_paragraph_that_may_name_the_speaker_keeps_the_quote_unknown(
    run_checker: RunChecker, after: str
) -> None:
    report = run_checker(_article(BEFORE, f"{LEAD_IN} {QUOTE}", after), ATTRIBUTION)
    assert warned(report) == [], [v.summary for v in warned(report)]
