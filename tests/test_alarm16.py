"""False alarms on blind articles of other styles (issue 13, branch ``alarm16``): general rules,
each with the near miss that must still alarm.  Every passage here is written for these tests in
the style of regional election, transport, court and business copy; none is taken from an article.

* a multiple told in another clause than "from A to B" is another clause's
  (plugins/numeric_clauses.py ``multiple_elsewhere``);
* a change told before "from A to B", with a finite verb of change of its own between them, is
  another subject's change (``own_verb_between``);
* a part naming its own plural noun against a whole of one named in the singular ("34 packages of
  one kilogramme each") is no part of it (plugins/numeric_singular.py);
* two durations of two events ("stole … over six years", "pay … for 10 years") are two
  quantities (``durations_apart``).
"""

from __future__ import annotations

from factcheck import Document, Report, check
from factcheck.model import Status


def _alarms(report: Report, checker: str, relation: str | None = None) -> list[str]:
    return [
        v.summary
        for v in report.verdicts
        if v.checker == checker
        and (relation is None or v.data.get("relation") == relation or v.data.get("check") == relation)
        and v.status in (Status.FAIL, Status.WARN)
    ]


def _numeric(text: str, relation: str | None = None) -> list[str]:
    return _alarms(check(Document(text=text)), "numeric", relation)


# ------------------------------------------------------------------ a multiple of another clause

COAST = (
    "Opposition gains on the coast\n\n"
    "By Staff Reporter\n\n"
    "The People's Front won 82 seats in the assembly, up from 61 five years ago, and 34 of the "
    "coastal seats, up from 17.\n\n"
    'Its leader told supporters: "{line}"\n'
)


def test_a_multiple_in_another_clause_is_not_the_from_to_change() -> None:
    line = "From 61 to 82 across the state is a big step, and on the coast we have doubled."
    assert _numeric(COAST.format(line=line), "multiple") == []


def test_a_multiple_in_the_clause_of_its_from_to_is_still_judged() -> None:
    line = "Across the state we have doubled from 61 to 82, and on the coast we did better still."
    alarms = _numeric(COAST.format(line=line), "multiple")
    assert len(alarms) == 1 and "doubled" in alarms[0]


# ------------------------------------------------------------------ a change with a verb of its own

FARES = (
    "Tram use slips after fare rise\n\n"
    "By Staff Reporter\n\n"
    "{line} The operator said it carried 41 million passengers over the period.\n"
)


def test_a_change_of_another_verb_is_not_the_change_from_a_to_b() -> None:
    line = "Passenger numbers fell by about 6% in the first quarter after the single fare rose from 3 euros to 5 euros."
    assert _numeric(FARES.format(line=line), "change") == []


def test_a_change_told_with_its_from_to_is_still_judged() -> None:
    line = "The single fare rose by about 6% in the first quarter, from 3 euros to 5 euros."
    alarms = _numeric(FARES.format(line=line), "change")
    assert len(alarms) == 1 and "6%" in alarms[0]


# ------------------------------------------------------------------ a whole of one, in the singular

SEIZURE = (
    "Cocaine found in lorry at port\n\n"
    "By Staff Reporter\n\n"
    "Customs officers found 28 kilogrammes of cocaine, in {line}, hidden behind pallets of frozen "
    "vegetables in a refrigerated trailer.\n"
)


def test_a_part_against_a_whole_of_one_of_another_noun_is_no_part() -> None:
    report = check(Document(text=SEIZURE.format(line="28 packages of one kilogramme each")))
    assert _alarms(report, "numeric", "part-whole") == []


def test_a_part_against_its_own_noun_still_fails() -> None:
    text = SEIZURE.format(line="28 packages") + "\nOf the 24 packages, 26 were wrapped in tape.\n"
    alarms = _numeric(text, "part-whole")
    assert len(alarms) == 1 and "26" in alarms[0]


# ------------------------------------------------------------------ durations of two events

COURT = (
    "Former treasurer jailed for theft from charity\n\n"
    "By Court Reporter\n\n"
    "A former charity treasurer who stole €86,000 from the charity over six years has been jailed "
    "for three years, with the final nine months suspended.\n\n"
    "The woman (61) had pleaded guilty at the Circuit Criminal Court to 14 sample counts of theft.\n\n"
    "The judge jailed her for three years, with the final nine months suspended, and {line}\n"
)


def test_two_durations_of_two_events_are_two_quantities() -> None:
    line = "ordered her to pay €250 a month to the charity for 10 years."
    assert _numeric(COURT.format(line=line), "restatement") == []


def test_one_event_told_over_two_durations_still_warns() -> None:
    line = "said she had stolen from the charity over ten years."
    alarms = _numeric(COURT.format(line=line), "restatement")
    assert len(alarms) == 1 and "six" in alarms[0]
