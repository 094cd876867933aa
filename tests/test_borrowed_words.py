"""Words the writer gives to one person that the article quotes from another.

Every sentence here is written for these tests in the style of news copy; none is taken from an
article.
"""

from __future__ import annotations

import pytest
from factcheck_plugins.attribution import ATTRIBUTION

from factcheck import Report, Status, Verdict
from factcheck.testing import RunChecker

BODY = (
    "Council split over parking charge\n\n"
    "By Nora Quinn\n\n"
    "Mayor Helen Achterberg said on Friday that the new parking charge was the only way to pay for "
    "the bus lanes.\n\n"
    '"This is a tax on working families, dressed up as a green policy," said councillor Martin Doyle, '
    "who leads the opposition group.\n\n"
    "Councillor Ruth Okonjo said she backed cleaner air. "
    '"Build the bus lanes first, and then we can talk about a charge," she said.\n\n'
)


def misattributed(report: Report) -> list[Verdict]:
    return [
        v for v in report.verdicts if v.checker == "attribution" and v.data.get("check") == "misattributed"
    ]


def test_words_given_to_a_person_the_article_quotes_from_another_warn(run_checker: RunChecker) -> None:
    text = BODY + 'Achterberg rejected Okonjo\'s criticism that the charge was "a tax on working families".\n'
    found = misattributed(run_checker(text, ATTRIBUTION))
    assert [v.status for v in found] == [Status.WARN], [v.summary for v in found]
    assert "Ruth Okonjo" in found[0].summary and "Martin Doyle" in found[0].summary


@pytest.mark.parametrize(
    "sentence",
    [
        # the words' owner is named right
        'Achterberg rejected Doyle\'s criticism that the charge was "a tax on working families".',
        # "as Doyle put it" names the owner right too
        'The charge is, as Doyle put it, "a tax on working families".',
        # a possessive with no claim clause: the words may be whoever described the remarks
        'Achterberg described Okonjo\'s remarks as "a tax on working families".',
        # three words are a stock phrase anyone may use
        'Achterberg rejected Okonjo\'s criticism that the charge was "a green policy".',
    ],
)
def test_words_given_to_their_owner_or_too_few_are_no_alarm(run_checker: RunChecker, sentence: str) -> None:
    assert misattributed(run_checker(BODY + sentence + "\n", ATTRIBUTION)) == []


def test_a_person_quoted_repeating_the_words_owns_them_too(run_checker: RunChecker) -> None:
    text = (
        BODY
        + '"It is a tax on working families, as Martin said," Okonjo added.\n\n'
        + 'Achterberg rejected Okonjo\'s criticism that the charge was "a tax on working families".\n'
    )
    assert misattributed(run_checker(text, ATTRIBUTION)) == []
