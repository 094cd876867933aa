"""A figure said of a supposed world ("a coalition would give it 80 seats", "if turnout tops 60
percent") is no restatement of the actual count beside it: the numeric checker does not compare the
two.  The same count told twice as fact still is compared.  The articles are written for these
tests, in the style of an election results story."""

from __future__ import annotations

from factcheck import Document, check
from factcheck.model import Status

HEADLINE = "Labour Front wins {seats} seats but falls short of majority in Westmark vote"
BODY = (
    "The Labour Front won 54 seats in Westmark's 120-member assembly in Sunday's election, seven "
    "short of a majority, according to final results released by the electoral board on Monday.\n\n"
    "{line}\n\n"
    "Turnout was 71 percent, the board said.\n"
)


def _alarms(seats: int, line: str) -> list[str]:
    report = check(Document(text=HEADLINE.format(seats=seats) + "\n\n" + BODY.format(line=line)))
    return [
        v.summary
        for v in report.verdicts
        if v.checker == "numeric" and v.status in (Status.FAIL, Status.WARN)
    ]


def test_a_supposed_count_is_not_the_headline_count_told_again() -> None:
    line = "A pact with the Greens would give the Labour Front 63 seats, two more than the 61 needed."
    assert _alarms(54, line) == []


def test_a_count_under_if_is_not_the_actual_count() -> None:
    line = "If the Labour Front wins 63 seats in the runoff districts, it could govern alone."
    assert _alarms(54, line) == []


def test_the_same_count_told_twice_as_fact_is_still_compared() -> None:
    # the headline's 63 against the body's 54 seats, both of the actual result: an alarm
    line = "Party officials had hoped for a clear win in the capital."
    assert _alarms(63, line)
