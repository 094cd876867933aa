"""A paraphrase that drops the negation of the quote it restates.

Every sentence here is written for these tests in the style of news copy; none is taken from an
article.
"""

from __future__ import annotations

import pytest
from factcheck_plugins.attribution import ATTRIBUTION
from factcheck_plugins.attribution_polarity import reversed_polarity

from factcheck import Report, Status, Verdict
from factcheck.testing import RunChecker

QUOTE = (
    "Pools to stay open for now, mayor says\n\n"
    "By Ruth Callan\n\n"
    "Mayor Tom Reilly said on Monday that the town could not afford to keep every public building open "
    "next year.\n\n"
    '"We have not yet decided to close the two swimming pools on the east side," Reilly told '
    'reporters at the town hall. "Every option is still on the table."\n\n'
)


def paraphrase_verdicts(report: Report) -> list[Verdict]:
    return [v for v in report.verdicts if v.checker == "attribution" and v.data.get("check") == "paraphrase"]


def test_a_paraphrase_dropping_the_quotes_not_warns(run_checker: RunChecker) -> None:
    text = QUOTE + "Reilly said the council had decided to close the two swimming pools on the east side.\n"
    found = paraphrase_verdicts(run_checker(text, ATTRIBUTION))
    assert [v.status for v in found] == [Status.WARN], [v.summary for v in found]
    assert found[0].data["reversal"]["negated"] == "not yet decided"


@pytest.mark.parametrize(
    "paraphrase",
    [
        # the paraphrase says "not" in other words
        "Reilly said the council had no plans to close the two swimming pools on the east side.",
        "Reilly said the council had refused to close the two swimming pools on the east side.",
        # the paraphrase keeps the negation
        "Reilly said the council had not decided to close the two swimming pools on the east side.",
    ],
)
def test_a_paraphrase_keeping_the_negation_in_any_words_is_no_reversal(
    run_checker: RunChecker, paraphrase: str
) -> None:
    found = paraphrase_verdicts(run_checker(QUOTE + paraphrase + "\n", ATTRIBUTION))
    assert all(v.data.get("reversal") is None for v in found), [v.summary for v in found]


def test_what_the_quote_negates_must_be_repeated_too() -> None:
    # "does not look good" and "looked bad" agree: only "look" is shared, not what is said of it
    assert (
        reversed_polarity("The injury to his knee does not look good at all.", "the knee injury looked bad")
        is None
    )
    # two negations may cancel
    assert (
        reversed_polarity("I am not going to pretend there are no risks here.", "there were risks here")
        is None
    )
    # a negation that sets a limit is said plainly in other words
    assert (
        reversed_polarity(
            "The pool will not open until the repairs are done.", "the pool would open after the repairs"
        )
        is None
    )
    assert (
        reversed_polarity("We do not expect more than 200 jobs to go.", "it expected up to 200 jobs to go")
        is None
    )
    found = reversed_polarity(
        "We will not close the plant in Lordstown.", "GM would close the plant in Lordstown"
    )
    assert found is not None and found.word == "close"
