"""Round 8 of fault recall (issue 13, branch ``faults8``): rules found on articles of other styles
(results copy, wire copy).  The articles are written for these tests.

A change after a verb of change ("added 142,000 subscribers") is one quantity with another change
of the same counted noun over the same stretch of time, and never with a level or with a change
of another period (plugins/numeric_changes.py).
"""

from __future__ import annotations

from factcheck import Document, check
from factcheck.model import Status

RESULTS = (
    "Harbourline profit rises on business travel\n\n"
    "Harbourline Airways said on Tuesday its quarterly profit rose on strong demand from business "
    "travellers, sending its shares up 4 per cent.\n\n"
    "“We added {quoted} new corporate accounts, more than in any quarter since we listed,” chief "
    "executive Tomas Reyna told analysts on a conference call.\n\n"
    "{line}\n"
)


def _restatements(text: str) -> list[tuple[Status, str]]:
    report = check(Document(text=text))
    return [
        (v.status, v.summary)
        for v in report.verdicts
        if v.checker == "numeric" and v.data.get("relation") == "restatement"
    ]


def _alarms(text: str) -> list[str]:
    return [s for status, s in _restatements(text) if status in (Status.FAIL, Status.WARN)]


def test_a_change_told_again_with_another_figure_warns() -> None:
    line = "The airline added 2,870 new corporate accounts in the period, it said in a filing."
    alarms = _alarms(RESULTS.format(quoted="2,340", line=line))
    assert len(alarms) == 1 and "2,340" in alarms[0] and "2,870" in alarms[0]


def test_a_change_told_again_with_the_same_figure_agrees() -> None:
    line = "The airline added 2,340 new corporate accounts in the period, it said in a filing."
    found = _restatements(RESULTS.format(quoted="2,340", line=line))
    assert found and all(status is Status.PASS for status, _ in found)


def test_a_change_is_not_the_level_it_changes() -> None:
    # the accounts it has now are no restatement of the accounts it added
    line = "The airline now has 3,100 corporate accounts, it said in a filing."
    assert _alarms(RESULTS.format(quoted="2,340", line=line)) == []


def test_a_change_of_another_period_is_another_quantity() -> None:
    text = (
        "Northland adds wireless customers\n\n"
        "Northland Telecom added 142,000 postpaid subscribers in the third quarter, the company said "
        "on Thursday.\n\n"
        "A year earlier, it added 118,000 postpaid subscribers, as price cuts by rivals slowed "
        "sign-ups.\n"
    )
    assert _alarms(text) == []


def test_changes_in_two_places_are_two_quantities() -> None:
    text = (
        "Prairie Co-op grows in the west\n\n"
        "In Manitoba, the Prairie Co-op added 12,400 members over the spring, its board said.\n\n"
        "In Saskatchewan, the co-op added 9,800 members over the spring, the board said.\n"
    )
    assert _alarms(text) == []


def test_a_forecast_is_not_the_change_that_came() -> None:
    line = "Analysts had expected the airline to add 2,000 new corporate accounts in the period."
    assert _alarms(RESULTS.format(quoted="2,340", line=line)) == []


def test_a_change_of_a_share_is_not_compared() -> None:
    text = (
        "Northland profit jumps\n\n"
        "Northland Telecom's wireless revenue rose 9 per cent in the quarter, the company said.\n\n"
        "Its media revenue rose 12 per cent in the quarter, helped by election advertising.\n"
    )
    assert _alarms(text) == []


def test_changes_of_two_yields_are_two_quantities() -> None:
    text = (
        "Bond yields climb after strong jobs data\n\n"
        "NEW YORK (Reuters) - The benchmark 10-year yield rose 12.5 basis points to 4.21 percent on "
        "Friday, its biggest daily rise since March.\n\n"
        "The 30-year yield gained 9.5 basis points to 4.40 percent, while the two-year yield climbed "
        "16.5 basis points to 4.62 percent.\n"
    )
    assert _alarms(text) == []


def test_jobs_lost_by_a_sector_and_by_a_province_are_two_quantities() -> None:
    text = (
        "Canada sheds jobs in June\n\n"
        "OTTAWA (Reuters) - Canada lost jobs for a second month in June, Statistics Canada said.\n\n"
        "The services sector lost 31,200 jobs, led by retail trade.\n\n"
        "By province, Ontario lost 24,300 jobs and Quebec 8,900, while Alberta gained 5,100.\n"
    )
    assert _alarms(text) == []


# --------------------------------------------------------------------------- final figures

FIRE = (
    "Cedar Ridge fire: what was lost\n\n"
    "KAMLOOPS, B.C. — Officials first said about 1,100 homes had been destroyed when the fire swept "
    "through the valley on Aug. 14. {revised}\n\n"
    "{final}\n"
)
REVISED = "The number of homes lost was later revised to 1,240."


def test_two_final_values_of_one_count_must_agree() -> None:
    final = "The final figure of 1,630 makes it the most destructive fire in the province's history."
    alarms = _alarms(FIRE.format(revised=REVISED, final=final))
    assert len(alarms) == 1 and "1,240" in alarms[0] and "1,630" in alarms[0]


def test_two_final_values_that_agree_give_no_alarm() -> None:
    final = "The final figure of 1,240 makes it the most destructive fire in the province's history."
    assert _alarms(FIRE.format(revised=REVISED, final=final)) == []


def test_an_estimate_and_its_revision_may_differ() -> None:
    # "about 1,100" first, "revised to 1,240" later: a toll revised over the days, no slip
    final = "Crews were still searching the hillside neighbourhoods on Friday."
    assert _alarms(FIRE.format(revised=REVISED, final=final)) == []


def test_final_values_of_two_years_are_two_quantities() -> None:
    final = "The final figure for the 2003 Okanagan fire was 1,630, the fire centre said."
    assert _alarms(FIRE.format(revised=REVISED, final=final)) == []


def test_final_values_of_two_towns_are_two_quantities() -> None:
    revised = "In Logan Lake, the number of homes lost was later revised to 1,240."
    final = "In Merritt, the final figure was 1,630 homes, the regional district said."
    assert _alarms(FIRE.format(revised=revised, final=final)) == []
