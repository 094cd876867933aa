"""A reported statement that runs on past its figure (issue 13, branch ``fault22r2``).

"The commissioner said 2,400 new nurses would be hired this year, with interviews held in every
county": the words after the comma (or after "because") are no part of the claim the speaker's
quote makes, so the paraphrase check also scores the statement's head, up to that comma, against
the quote (plugins/attribution_run_on.py), and reads the head's time from the head alone.  Every
passage here is written for these tests in the style of health, transport and budget copy; none
is taken from an article.
"""

from __future__ import annotations

import factcheck
from factcheck import Document
from factcheck.model import Status


def _paraphrase(text: str) -> list[Status]:
    """The statuses of the paraphrase verdicts that are not ``pass``."""
    return [
        v.status
        for v in factcheck.check(Document(text=text)).verdicts
        if v.data.get("check") == "paraphrase" and v.status is not Status.PASS
    ]


NURSES = (
    "Health service plans hiring drive\n\nBy a staff reporter\n\n"
    "“We are going to hire {quoted} nurses this year, and every one of them will be placed where the "
    "shortage is worst,” the health commissioner, Miriam Okafor, said on Tuesday.\n\n"
    "Hospitals in the north have reported long waits at their emergency departments.\n\n"
    "Okafor told reporters at the ministry that {reported} new nurses would be hired {when}, with "
    "interviews held over a single week in every county to keep the process quick and open.\n"
)


def test_run_on_statement_set_against_the_quote() -> None:
    """The statement's head ("2,400 new nurses would be hired this year") is the quote's claim:
    its figure, another than the quote's, is flagged, at most ``warn``."""
    assert _paraphrase(NURSES.format(quoted="3,000", reported="2,400", when="this year")) == [Status.WARN]


def test_run_on_statement_agreeing_is_silent() -> None:
    """Near miss: the same figure told again."""
    assert _paraphrase(NURSES.format(quoted="3,000", reported="3,000", when="this year")) == []


def test_run_on_statement_rounding_is_silent() -> None:
    """Near miss: the quote's figure rounded ("about 3,000" for 2,980)."""
    assert _paraphrase(NURSES.format(quoted="2,980", reported="about 3,000", when="this year")) == []


def test_run_on_statement_of_another_year_is_silent() -> None:
    """Near miss: the statement's head names another year than the quote's."""
    assert _paraphrase(NURSES.format(quoted="3,000", reported="2,400", when="in 2027")) == []


BUDGET = (
    "Port authority unveils expansion\n\nBy a staff reporter\n\n"
    "“We will spend {quoted} million on the container terminal, because the ships calling here keep "
    "getting bigger,” the port's director, Tomas Lindqvist, said.\n\n"
    "Shipping lines have asked for deeper berths for several years.\n\n"
    "Lindqvist said the authority would spend {reported} million on the container terminal{place}, the "
    "largest building project at the port since the north quay opened in 1998.\n"
)


def test_run_on_apposition_does_not_date_the_figure() -> None:
    """The apposition's year (1998) dates the quay, not the spending: the head is set against
    the quote and its other figure flagged."""
    assert _paraphrase(BUDGET.format(quoted="$310", reported="$450", place="")) == [Status.WARN]


def test_run_on_apposition_agreeing_is_silent() -> None:
    """Near miss: the same sum."""
    assert _paraphrase(BUDGET.format(quoted="$310", reported="$310", place="")) == []


def test_run_on_statement_of_another_project_is_silent() -> None:
    """Near miss: the statement's head names another project (a rail link in another town), so it
    is not the quote's claim."""
    text = BUDGET.format(quoted="$310", reported="$450", place="").replace(
        "would spend $450 million on the container terminal",
        "would spend $450 million on a rail link to Ystad",
    )
    assert _paraphrase(text) == []


def test_run_on_statement_of_another_group_is_silent() -> None:
    """Near miss: the head counts another group (midwives, not nurses)."""
    text = NURSES.format(quoted="3,000", reported="2,400", when="this year").replace(
        "2,400 new nurses would be hired", "2,400 new midwives would be trained"
    )
    assert _paraphrase(text) == []
