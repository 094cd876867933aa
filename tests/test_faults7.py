"""Round 7 of issue 13's fault recall: rules of the checkers, each with near misses.

Every paragraph here is written for these tests in the style of US news copy; none is taken
from an article.
"""

from __future__ import annotations

import pytest
from factcheck_plugins import numeric
from factcheck_plugins.attribution import ATTRIBUTION

from factcheck import Report, Status, Verdict
from factcheck.testing import RunChecker

OPENING = "Council member Tom Reyes, who chairs the transit committee, was re-elected in 2019."
BEFORE = "Reyes then quickly lost the backing of two unions and a longtime fundraiser."
ABOUT_HIM = "“After the way he handled the depot contract, he has lost every friend he had on the east side.”"
LATER = "The depot is due to reopen in the autumn."


def _article(*paragraphs: str) -> str:
    return "\n\n".join(("Depot fight costs council member allies", *paragraphs)) + "\n"


def warned(report: Report) -> list[Verdict]:
    """The attribution checker's no-speaker warnings."""
    return [
        v
        for v in report.verdicts
        if v.checker == "attribution" and v.data.get("check") == "speaker" and v.status is Status.WARN
    ]


def test_a_quote_saying_he_of_the_only_person_before_is_not_his(run_checker: RunChecker) -> None:
    # the paragraph before opens with Reyes and names nobody else; the quote says "he" of him, so a
    # reader cannot take it for his words, and nothing names who said it
    report = run_checker(_article(OPENING, BEFORE, ABOUT_HIM, LATER), ATTRIBUTION)
    assert len(warned(report)) == 1, [v.summary for v in report.verdicts]
    assert "depot contract" in warned(report)[0].summary


@pytest.mark.parametrize(
    ("before", "quote"),
    [
        # two people in the paragraph before: the quote may be the other's, about Reyes
        ("Reyes then quickly lost the backing of Mayor Ruth Adeyemi and two unions.", ABOUT_HIM),
        # "she" is not Reyes: the quote may be his, about somebody else
        (BEFORE, "“After the way she handled the depot contract, she has lost every friend she had.”"),
        # a person of the quote's own before its pronoun: "he" may be the brother
        (BEFORE, "“My brother drove that route for years, and he says the depot contract was a disgrace.”"),
        # a name in the quote: "he" may be Carter
        (BEFORE, "“We warned them, and then Carter told us he would sign the depot contract anyway.”"),
        # anybody's "he": the quote may be his
        (BEFORE, "“Whoever wins the primary, he will inherit a depot that does not work.”"),
        # no pronoun at all: the quote may be his
        (BEFORE, "“We have waited eleven years for a bus depot that works, and we are still waiting.”"),
    ],
)
def test_a_quote_whose_pronoun_may_be_somebody_else_stays_unknown(
    run_checker: RunChecker, before: str, quote: str
) -> None:
    report = run_checker(_article(OPENING, before, quote, LATER), ATTRIBUTION)
    assert warned(report) == [], [v.summary for v in warned(report)]


def test_a_person_of_unknown_gender_may_be_speaking_of_somebody_else(run_checker: RunChecker) -> None:
    opening = "Council member Kerry Okonjo, who chairs the transit committee, was re-elected in 2019."
    before = "Okonjo then quickly lost the backing of two unions and a longtime fundraiser."
    report = run_checker(_article(opening, before, ABOUT_HIM, LATER), ATTRIBUTION)
    assert warned(report) == [], [v.summary for v in warned(report)]


CONVENTION = (
    "Senate race tightens\n\n"
    "Party rules leave Governor Dana Whitlock short of a first-ballot win at the August convention "
    "unless she secures the 3,120 delegates needed to win outright.\n\n"
    "After a heavy loss in Ohio earlier this month, she needs 60 percent of the delegates left to "
    "reach {reach}.\n"
)


def restatement_statuses(run_checker: RunChecker, text: str) -> set[Status]:
    """The statuses of the numeric checker's restatement verdicts on ``text``."""
    report = run_checker(text, numeric.check_numeric)
    return {
        v.status
        for v in report.verdicts
        if v.checker == "numeric" and v.data.get("relation") == "restatement"
    }


def test_a_threshold_set_by_rules_stands_through_the_months(run_checker: RunChecker) -> None:
    # "needed to win" at the August convention and "needs … to reach" this month: one threshold
    assert restatement_statuses(run_checker, CONVENTION.format(reach="3,120")) == {Status.PASS}
    assert restatement_statuses(run_checker, CONVENTION.format(reach="2,410")) == {Status.WARN}


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a gap still to close shrinks as the months pass
        ("secures the 3,120 delegates needed", "secures the 3,120 more delegates needed"),
        ("to reach {reach}.", "to win another {reach}."),
        # different years: the rules change between contests
        ("at the August convention", "at the 2012 convention"),
        # a tally is no threshold
        ("unless she secures the 3,120 delegates needed to win outright", "though she won 3,120 delegates"),
    ],
)
def test_thresholds_that_may_differ_by_month_stay_without_a_warning(
    run_checker: RunChecker, old: str, new: str
) -> None:
    text = CONVENTION.replace(old, new).format(reach="2,410")
    assert Status.WARN not in restatement_statuses(run_checker, text)


NOMINATION = (
    "Party chair sets convention rules\n\n"
    "Under the new rules a candidate needs 1,150 delegates to win the nomination outright.\n\n"
    "The senator trails after Tuesday's losses, and now needs 55 percent of the remaining {noun} to "
    "reach {reach}.\n"
)


def test_a_target_counts_the_noun_whose_share_is_needed_to_reach_it(run_checker: RunChecker) -> None:
    # "needs 55 percent of the remaining delegates to reach 860": 860 delegates, a threshold
    text = NOMINATION.format(noun="delegates", reach="860")
    assert restatement_statuses(run_checker, text) == {Status.WARN}
    assert restatement_statuses(run_checker, NOMINATION.format(noun="delegates", reach="1,150")) == {
        Status.PASS
    }
    # the share of another noun: the target counts votes, not delegates
    assert Status.WARN not in restatement_statuses(run_checker, NOMINATION.format(noun="votes", reach="860"))


MAGIC = (
    "Convention math\n\n"
    "Delegate counters in both camps watch one figure above all: {n}. That's the number of "
    "delegates {what}.\n\n"
    "Aides expect the senator to fall short of the 1,150 delegates she needs to win outright.\n"
)


def test_a_sentence_saying_what_the_figure_before_counts(run_checker: RunChecker) -> None:
    # "… one figure: 860. That's the number of delegates a candidate needs to clinch": a threshold
    # of delegates, which the later "1,150 delegates she needs to win" contradicts
    needed = "a candidate needs to clinch the nomination"
    assert restatement_statuses(run_checker, MAGIC.format(n="860", what=needed)) == {Status.WARN}
    assert restatement_statuses(run_checker, MAGIC.format(n="1,150", what=needed)) == {Status.PASS}
    # the number of delegates she has won is a tally, not the threshold
    won = "the senator has won since Iowa"
    assert Status.WARN not in restatement_statuses(run_checker, MAGIC.format(n="860", what=won))
    # days, not delegates
    days = MAGIC.format(n="86", what="to go").replace("number of delegates", "number of days")
    assert Status.WARN not in restatement_statuses(run_checker, days)


def test_a_need_told_in_two_months_may_be_a_shrinking_gap(run_checker: RunChecker) -> None:
    # what a candidate still needs to clinch shrinks from month to month: no one threshold
    text = (
        "Whitlock edges closer to nomination\n\n"
        "In March the governor needed 640 delegates to clinch the nomination, her aides said.\n\n"
        "By May 3 she needed 450 delegates to clinch, with nine contests left.\n"
    )
    assert Status.WARN not in restatement_statuses(run_checker, text)
    # the threshold itself, told in two months, is one
    fixed = text.replace(
        "the governor needed 640 delegates", "the governor was short of the 640 delegates needed"
    )
    fixed = fixed.replace(
        "she needed 450 delegates to clinch", "she still had to reach 450 delegates to clinch"
    )
    assert restatement_statuses(run_checker, fixed) == {Status.WARN}
