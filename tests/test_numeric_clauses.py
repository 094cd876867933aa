"""A stated change and a part of a whole are judged only inside the words that state them: the
direction of a change is its own word's, a change in a clause of another subject is not the change
of "from A to B", and "N per bag of M" is a price, not a part of M.  Each case has its control, a
real mismatch that still fails.  The sentences are written for these tests, in the style of a
crime-statistics fact-check and a commodities story."""

from __future__ import annotations

from factcheck import Document, check
from factcheck.model import Status


def _numeric(text: str) -> list[tuple[Status, str]]:
    report = check(Document(text="Figures checked\n\n" + text + "\n"))
    return [(v.status, v.summary) for v in report.verdicts if v.checker == "numeric"]


def _fails(text: str) -> list[str]:
    return [summary for status, summary in _numeric(text) if status is Status.FAIL]


def test_a_rise_followed_by_a_fall_in_the_next_sentence_is_still_a_rise() -> None:
    text = (
        "Reported burglaries rose sharply, from 480 to 612, an increase of about 27.5%. "
        "But arson cases fell from 40 to 31 over the same period."
    )
    assert _fails(text) == []
    assert any(status is Status.PASS and "change agrees" in s for status, s in _numeric(text))


def test_a_stated_rise_that_the_figures_do_not_give_still_fails() -> None:
    text = "Reported burglaries rose sharply, from 480 to 612, an increase of about 45%."
    assert _fails(text)


def test_a_change_in_a_clause_of_its_own_subject_is_not_the_change_of_from_to() -> None:
    text = "Thefts fell from 90 to 72 last year, and car break-ins dropped by nearly 9%."
    assert _fails(text) == []


def test_a_change_stated_beside_from_to_is_still_judged() -> None:
    text = "Thefts fell from 90 to 72 last year, a drop of nearly 9%."
    assert _fails(text)


def test_a_price_per_bag_is_no_part_of_the_bag() -> None:
    text = "Growers are paid GH¢2,750 per bag of 64 kilogrammes, and traders pay $40 a sack of 50 kg."
    assert _fails(text) == []


def test_a_part_larger_than_its_whole_still_fails() -> None:
    text = "Growers said 1,200 of the 900 farms in the district had lost their crop."
    assert _fails(text)
