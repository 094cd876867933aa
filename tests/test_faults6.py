"""Round 6 of issue 13 (branch faults6): the false-alarm side of the restatement check, and shares
set face to face after a comparison.

Two widenings were tried in this round to reach more injected faults and dropped; each made one
pair below a quantity told twice. Reading the restatement ratio at the rounding of the figures (so
that 8 against 14 pairs as 8.5 against 14) paired a night's tally with the overall one, as it did
on a public article ("has won 100 delegates so far" / "Overall, … leads with 182 delegates");
reading a figure's time words in its clause instead of its sentence paired two months' payrolls,
since "in June" dates the clause after ", and" too. The sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

from factcheck_plugins import numeric

from factcheck.model import Status

TALLY = (
    "Whitlock sweeps three states on a big night\n\n"
    "Governor Dana Whitlock has won 100 delegates so far tonight, according to the party's count.\n\n"
    "Overall, Whitlock leads the race with 176 delegates.\n"
)


def test_a_night_s_tally_and_the_overall_tally_are_two_quantities(run_checker: Any) -> None:
    report = run_checker(TALLY, numeric.check_numeric)
    alarms = [
        v
        for v in report.verdicts
        if v.data.get("relation") == "restatement" and v.status in (Status.WARN, Status.FAIL)
    ]
    assert alarms == [], [v.summary for v in alarms]
    # the two figures are read (a round "100" is 95 to 104, and "176" is past 1.7 times even that)
    assert {f.value for f in report.figures} >= {100, 176}


PAYROLL = (
    "Plant adds jobs\n\n"
    "The Harbour Road plant employed 1,200 workers at its assembly lines in March, the company said.\n\n"
    "Output fell sharply in June, and the plant employed 1,500 workers at its assembly lines.\n"
)


def test_a_month_in_the_sentence_dates_the_clause_after_its_comma(run_checker: Any) -> None:
    report = run_checker(PAYROLL, numeric.check_numeric)
    alarms = [
        v
        for v in report.verdicts
        if v.data.get("relation") == "restatement" and v.status in (Status.WARN, Status.FAIL)
    ]
    assert alarms == [], [v.summary for v in alarms]
    # without the months the two are one payroll told twice: the check does warn
    undated = PAYROLL.replace(" in March", "").replace(" in June", "")
    report = run_checker(undated, numeric.check_numeric)
    assert [v.status for v in report.verdicts if v.data.get("relation") == "restatement"] == [Status.WARN]


# Shares set face to face after a comparison (round 6). Sentences written for this test.
RACE = "Primary night\n\nShe ran far closer to the governor than in earlier primaries, {tail}.\n"


def _share_sums(run_checker: Any, text: str) -> list[Status]:
    report = run_checker(text, numeric.check_numeric)
    return [v.status for v in report.verdicts if v.data.get("relation") == "share-sum"]


def test_a_contest_result_after_a_comparison_is_one_race_s_shares(run_checker: Any) -> None:
    # the participle clause tells this race's result: two sides of one whole
    assert _share_sums(run_checker, RACE.format(tail="losing just 47 percent to 53 percent")) == [Status.PASS]
    assert _share_sums(run_checker, RACE.format(tail="losing just 57 percent to 53 percent")) == [Status.FAIL]


def test_shares_right_after_a_comparison_are_two_questions(run_checker: Any) -> None:
    # "than in March, 64 percent to 56 percent": this month's answer against March's, no one whole
    text = "Poll\n\nMore voters now call the mayor honest than in March, 64 percent to 56 percent.\n"
    assert _share_sums(run_checker, text) == []
    # a contest verb before the comparison does not make the pair after it one race
    text = "Poll\n\nThe mayor is leading by more than in March, 64 percent to 56 percent.\n"
    assert _share_sums(run_checker, text) == []
