"""Restatements of a whole set ("all 72 of the state's counties"), and figures inside quotations.

Every sentence here is written for these tests in the style of US news copy.
"""

from __future__ import annotations

from typing import Any

import pytest
from factcheck_plugins import numeric

from factcheck.model import Status, Verdict

FIRST = "Governor Ann Ruiz has promised to visit all 72 of the state's counties before the vote."
MIDDLE = "The tour began in March with a stop at a dairy farm."


def restatements(run_checker: Any, text: str) -> list[Verdict]:
    report = run_checker(text, numeric.check_numeric)
    return [v for v in report.verdicts if v.data.get("relation") == "restatement"]


@pytest.mark.parametrize(("count", "expected"), [("72", Status.PASS), ("90", Status.WARN)])
def test_all_of_a_set_told_again_in_a_quotation(run_checker: Any, count: str, expected: Status) -> None:
    # "all 72 of the state's counties" is every county, not a part of them; the counted noun is
    # "counties", not the owner "state's"; "all N counties" twice names one set, so no shared
    # context words are needed; and the quotation's figure is about what the quotation names,
    # not about the aide its attribution names
    text = (
        f"Tour\n\n{FIRST} {MIDDLE}\n\n"
        f"“Getting to all {count} counties in one month is hard work,” said campaign aide Dana Moss.\n"
    )
    found = restatements(run_checker, text)
    assert [v.status for v in found] == [expected], [v.details for v in found]


def test_all_of_a_set_in_sentences_about_different_subjects_is_no_alarm(run_checker: Any) -> None:
    other = "Senator Tom Hale of the neighbouring state has visited all 90 counties."
    text = f"Tour\n\n{FIRST} {MIDDLE}\n\n{other}\n"
    found = restatements(run_checker, text)
    assert all(v.status in (Status.PASS, Status.UNKNOWN) for v in found), [v.details for v in found]


def test_a_part_of_a_set_is_no_count_of_it(run_checker: Any) -> None:
    text = (
        "Tour\n\nGovernor Ann Ruiz has visited 40 of the state's counties so far. "
        f"{MIDDLE}\n\nShe will visit the last 32 counties in May.\n"
    )
    assert restatements(run_checker, text) == []
