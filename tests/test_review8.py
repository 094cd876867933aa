"""Misfires of the fifteenth session's rules on news they were not written for (review8): each
passage is written for these tests, in the style of wire, business and sports copy, and each rule's
test fails without its fix; the near misses must still alarm or resolve as before.

* "to B from A" is a change only when A counts no noun of its own that B does not count
  ("rose 10 per cent to 22,000 from 140 schools": where the donations came from, no start value;
  plugins/numeric_forms.py ``to_from_pairs``);
* a hedged multiple the figures as written give holds ("more than doubled from 2,000 to 4,100"),
  and the two ends of "from A to B" are two figures, not one range
  (plugins/numeric_arithmetic.py, plugins/numeric_text.py ``end_reading``);
* "told parents the news on Friday" tells a thing, no clause: the words after a bare audience must
  hold a finite verb (factcheck/extraction/reported.py ``_FINITE_AHEAD``);
* "the 24-year-old" (or "the 24-year-old Ghanaian") is the person the article gave that age, not
  whoever was named last (factcheck/extraction/aged.py ``surname_of_age``).
"""

from __future__ import annotations

from factcheck import Document, Report, check
from factcheck.model import Status
from factcheck.testing import quote_speakers


def _alarms(report: Report) -> list[str]:
    return [
        v.summary
        for v in report.verdicts
        if v.checker == "numeric" and v.status in (Status.FAIL, Status.WARN)
    ]


def _speakers(report: Report) -> dict[str, str | None]:
    return quote_speakers(report)


# ------------------------------------------------------------------ "to B from A" with a noun after A

SOURCES = (
    "Charity donations climb\n\n"
    "LONDON -- Gifts to the Hartwell Trust rose 10 per cent to 22,000 last year from 140 schools, "
    "the charity said on Tuesday.\n\n"
    "Flights out of the regional hub rose 12 per cent to 1,400 a week from 60 airports across "
    "Europe.\n"
)


def test_a_figure_after_from_that_counts_its_own_noun_is_no_start_value() -> None:
    assert _alarms(check(Document(text=SOURCES))) == []


def test_a_bare_start_value_after_from_is_still_judged() -> None:
    text = "Grants climb\n\nGrants rose 10 per cent to 22,000 last year from 15,000, the trust said.\n"
    alarms = _alarms(check(Document(text=text)))
    assert len(alarms) == 1 and "15,000" in alarms[0] and "22,000" in alarms[0]


# ------------------------------------------------------------------ hedged multiples of a change

MULTIPLES = (
    "Waiting lists lengthen\n\n"
    "The waiting list for hip operations more than doubled from 2,000 to 4,100 in two years.\n\n"
    "The backlog of knee operations grew from 900 to 1,850, more than double.\n\n"
    "Cataract referrals nearly doubled from 2,000 to 3,900.\n"
)


def test_a_hedged_multiple_the_figures_give_passes() -> None:
    report = check(Document(text=MULTIPLES))
    assert _alarms(report) == []
    passed = [v for v in report.verdicts if v.checker == "numeric" and v.status is Status.PASS]
    assert sum("doubl" in v.summary for v in passed) == 3


def test_a_hedged_multiple_the_figures_do_not_give_still_fails() -> None:
    text = "Waiting lists lengthen\n\nThe waiting list more than doubled from 2,000 to 3,500.\n"
    alarms = _alarms(check(Document(text=text)))
    assert len(alarms) == 1 and "more than doubled" in alarms[0]


# ------------------------------------------------------------------ "the 24-year-old" is the person aged 24

SIGNINGS = (
    "City complete double signing\n\n"
    "Kwame Mensah, 24, and Rafael Costa, 31, signed for City on Friday, the club said.\n\n"
    "Mensah joined from Accra Hearts. Costa arrives from Porto after six seasons.\n\n"
    '"I have waited a long time for a club like this," the 31-year-old Brazilian said.\n\n'
    '"It is a dream," the 24-year-old added.\n'
)


def test_a_descriptor_by_age_is_the_person_of_that_age() -> None:
    speakers = _speakers(check(Document(text=SIGNINGS)))
    assert speakers["I have waited a long time for a club like this,"] == "Rafael Costa"
    assert speakers["It is a dream,"] == "Kwame Mensah"


def test_an_age_given_before_the_name_counts_too() -> None:
    text = (
        "Striker signs for City\n\n"
        "Manager Paul Graham said the club had also kept the 31-year-old Brazilian Rafael Costa, "
        "who joined last summer.\n\n"
        '"He is a great player and a good man," the 31-year-old said of the new signing.\n'
    )
    speakers = _speakers(check(Document(text=text)))
    assert speakers["He is a great player and a good man,"] == "Rafael Costa"


def test_a_descriptor_by_an_age_nobody_was_given_keeps_the_person_in_view() -> None:
    text = (
        "Striker signs for City\n\n"
        "Kwame Mensah has signed a four-year deal with City, the club said on Friday.\n\n"
        '"It is a dream," the 24-year-old said.\n'
    )
    speakers = _speakers(check(Document(text=text)))
    assert speakers["It is a dream,"] == "Kwame Mensah"


# ------------------------------------------------------------------ "told parents the news": a thing told


def test_a_thing_told_to_a_bare_audience_is_no_clause() -> None:
    text = (
        "School to close\n\n"
        "The head teacher told parents the news on Friday.\n\n"
        "Mr Hale told residents the details of the scheme at a packed meeting in the village hall.\n"
    )
    assert [q.span.of(text) for q in check(Document(text=text)).quotes] == []


def test_a_clause_told_to_a_bare_audience_is_still_the_words() -> None:
    text = "School to close\n\nThe head teacher told parents the school would close in July.\n"
    quotes = [q.span.of(text) for q in check(Document(text=text)).quotes]
    assert quotes == ["the school would close in July"]
