"""Quote-versus-paraphrase faults missed on fresh text (issue 13, branch ``fault22r``): general
rules, each with near misses that must stay silent.  Every passage here is written for these tests
in the style of transport, farming and tourism copy; none is taken from an article.

* a reported statement of two things said, joined by "and that", is cut into its two statements
  before it is set against the speaker's quote (plugins/attribution_and_that.py);
* "last year" and "this year" are read as the years they name in a dated article, and a time left
  at the end of a counted noun ("road deaths last year") is no word of what is counted
  (plugins/attribution_times.py, plugins/attribution_figures.py).
"""

from __future__ import annotations

import datetime as dt

import factcheck
from factcheck import Document
from factcheck.model import Status


def _paraphrase(text: str, published: dt.date | None = None) -> list[Status]:
    """The statuses of the paraphrase verdicts that are not ``pass``."""
    return [
        v.status
        for v in factcheck.check(Document(text=text, published=published)).verdicts
        if v.data.get("check") == "paraphrase" and v.status is not Status.PASS
    ]


# ------------------------------------------------------------------ two statements, "and that"

SUGAR = (
    "Sugar sales hold up despite drought\n\nBy a staff reporter\n\n"
    "“We shipped {quoted} million tonnes of sugar to buyers abroad, and the mills are still busy,” the "
    "agriculture minister, Anil Gopee, said on Monday.\n\n"
    "The island's planters have struggled with low rainfall since the spring.\n\n"
    "Gopee said the mills had sold {reported} million tonnes of sugar to buyers abroad and that {rest}.\n"
)
REST = (
    "the new refinery at Belle Vue would open in the northern district once the long pay dispute with "
    "the cane cutters' union was finally settled by the labour tribunal"
)


def test_and_that_statement_set_against_the_quote() -> None:
    """The first of two statements joined by "and that" is paired with the quote sentence it
    restates (the second statement's words no longer dilute it) and its figure judged against it."""
    report = factcheck.check(Document(text=SUGAR.format(quoted="4.2", reported="3.6", rest=REST)))
    paired = [
        v
        for v in report.verdicts
        if v.data.get("check") == "paraphrase"
        and v.data.get("coverage") is not None
        and v.data.get("figures")
    ]
    assert paired and all(v.status is not Status.PASS for v in paired)
    assert all(v.data["coverage"] >= 0.5 for v in paired)


def test_and_that_statement_agreeing_is_silent() -> None:
    """Near miss: the same figure told again, whatever the second statement says."""
    assert _paraphrase(SUGAR.format(quoted="4.2", reported="4.2", rest=REST)) == []


def test_and_that_second_statement_of_another_year_is_silent() -> None:
    """Near miss: the second statement's figure is of another year, the first agrees."""
    rest = "the mills expected to sell 5 million tonnes of sugar to buyers abroad in 2026"
    assert _paraphrase(SUGAR.format(quoted="4.2", reported="4.2", rest=rest)) == []


def test_and_that_in_one_clause_of_other_meaning_is_silent() -> None:
    """Near miss: "and that" is no second statement of the speaker's when the quote's figure
    agrees ("that" a pronoun in the clause's own words)."""
    text = SUGAR.format(
        quoted="4.2", reported="4.2", rest="that alone kept 9,000 cane cutters at work through the drought"
    ).replace("and that that alone", "and that alone")
    assert _paraphrase(text) == []


# ------------------------------------------------------------------ "last year" in a dated article

ROADS = (
    "Road deaths fall for a third year\n\nBy a staff reporter, Port Louis, 14 January 2021\n\n"
    "“We had {quoted} road deaths in 2020, the fewest since records began,” the transport minister, "
    "Alan Ganoo, told the national assembly on Tuesday.\n\n"
    "Speed cameras were installed on the motorway in the summer.\n\n"
    "Ganoo said the country had recorded {reported} road deaths last year and that the number of "
    "licensed vehicles had risen to 612,000, up from 590,000 in 2019.\n"
)


def test_last_year_is_the_year_before_the_date() -> None:
    """ "last year" in an article of January 2021 is 2020: the two counts are one year's."""
    assert _paraphrase(ROADS.format(quoted="112", reported="121"), dt.date(2021, 1, 14))


def test_last_year_agreeing_is_silent() -> None:
    """Near miss: the same count told with "last year"."""
    assert _paraphrase(ROADS.format(quoted="112", reported="112"), dt.date(2021, 1, 14)) == []


def test_last_year_of_another_date_is_silent() -> None:
    """Near miss: in an article of 2022, "last year" is 2021, not the quote's 2020."""
    text = ROADS.format(quoted="112", reported="121").replace("14 January 2021", "14 January 2022")
    assert _paraphrase(text, dt.date(2022, 1, 14)) == []


def test_last_year_without_a_date_is_silent() -> None:
    """Near miss: with no date, "last year" is not read as a year."""
    text = ROADS.format(quoted="112", reported="121").replace(", Port Louis, 14 January 2021", "")
    assert _paraphrase(text, None) == []


def test_another_place_is_silent() -> None:
    """Near miss: the reported count is of one district, the quote's of the country."""
    text = ROADS.format(quoted="112", reported="21").replace(
        "the country had recorded 21 road deaths", "Grand Port district had recorded 21 road deaths"
    )
    assert _paraphrase(text, dt.date(2021, 1, 14)) == []
