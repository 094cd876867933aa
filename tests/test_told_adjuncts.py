"""After "told <hearer>", a phrase of place, time or occasion before "that" is neither hearer nor
what was said ("told the BBC on a visit to Kyiv that aid would continue"); a clause with a verb of
its own before "that" still is what was said.  Sentences written for these tests in wire style."""

from __future__ import annotations

import factcheck


def _quotes(text: str) -> list[str]:
    report = factcheck.extract(factcheck.Document(text="Aid pledge\n\n" + text + "\n"))
    return [q.span.of(report.document.text) for q in report.quotes]


def test_an_occasion_after_the_hearer_is_not_what_was_said() -> None:
    text = "The German chancellor, Petra Vogel, told the BBC on a visit to Kyiv that aid would continue."
    assert _quotes(text) == ["aid would continue"]


def test_a_time_and_place_after_the_hearer_are_skipped_too() -> None:
    text = (
        "The finance minister, Ada Obi, told reporters in Lagos during a briefing on the budget that "
        "fuel prices would fall."
    )
    assert _quotes(text) == ["fuel prices would fall"]


def test_a_clause_with_its_own_verb_before_that_is_still_the_words() -> None:
    text = "Ada Obi told reporters the deal on the table meant that prices would fall."
    assert _quotes(text) == ["the deal on the table meant that prices would fall"]
