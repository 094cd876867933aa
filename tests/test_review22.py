"""Misfires review22 found in the session's recall rules, on passages written for them: shares of
two periods closed by a rest, and a reported count whose time scope differs from the quote's."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.model import Status


def _alarms(text: str, checker: str) -> list[Status]:
    report = factcheck.check_text(text)
    return [
        v.status for v in report.verdicts if v.checker == checker and v.status in (Status.FAIL, Status.WARN)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year 64 per cent of calls to the council were answered within a minute, this year only "
        "57 per cent, while the rest waited longer.",
        "In June, 54 per cent of trains left on time and in July 63 per cent did, while the rest were "
        "delayed, the operator said.",
    ],
)
def test_shares_of_two_periods_closed_by_a_rest_are_no_whole(sentence: str) -> None:
    text = f"Union poll shows fading support\n\nBy Staff Reporter\n\n{sentence}\n"
    assert _alarms(text, "numeric") == []


def test_shares_of_one_period_closed_by_a_rest_still_add_past_100() -> None:
    text = (
        "Union poll shows fading support\n\nBy Staff Reporter\n\n"
        "This year 64 per cent of calls to the council were answered within a minute and 57 per cent "
        "within two, while the rest waited longer.\n"
    )
    assert _alarms(text, "numeric") != []


_SCOPE = (
    "Storm shelters fill up\n\nBy a staff correspondent\n\n"
    "“{quoted},” Relief Minister Kamal Uddin told reporters on Friday.\n\n"
    "He said {later}.\n"
)


@pytest.mark.parametrize(
    ("quoted", "later"),
    [
        # progress so far against a later target
        ("Almost 4,000 shelters have been opened so far", "more than 4,000 shelters would be open by Sunday"),
        # a total against one day's part
        (
            "More than 900 people have been evacuated since the warning",
            "police evacuated 350 people on Friday alone",
        ),
    ],
)
def test_a_count_of_another_time_scope_is_no_contradiction(quoted: str, later: str) -> None:
    assert _alarms(_SCOPE.format(quoted=quoted, later=later), "attribution") == []


def test_a_count_of_the_same_scope_bounded_from_both_sides_still_warns() -> None:
    text = _SCOPE.format(
        quoted="Almost 4,000 shelters have been opened so far",
        later="more than 4,000 shelters had been opened",
    )
    assert _alarms(text, "attribution") == [Status.WARN]


def test_a_spread_whose_ends_have_their_own_times_is_a_change() -> None:
    # review22: "ranged from A in January to B in June, a rise of N%" is judged as a change
    text = (
        "Fertiliser costs squeeze growers\n\nBy Farm Desk\n\n"
        "The price of a tonne of urea ranged from 400 euros in March to 520 euros in August, a rise of "
        "60 per cent, the growers' union said.\n"
    )
    assert _alarms(text, "numeric") != []


def test_a_spread_told_at_one_time_is_still_a_range() -> None:
    text = (
        "Fertiliser costs squeeze growers\n\nBy Farm Desk\n\n"
        "Quotes for a tonne of urea range from 400 euros to 520 euros this month, or 20 to 30 per cent "
        "above last year, the growers' union said.\n"
    )
    assert _alarms(text, "numeric") == []
