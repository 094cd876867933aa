"""Speakers on the English-language press of Asia, the Gulf and Africa: a post named by two
fields ("Minister of Trade and Industry") is one post, and a statement signed by an aide on a day
is the principal's.  Sentences written for these tests in the style of those desks."""

from __future__ import annotations

import factcheck


def _speaker_of(text: str, words: str) -> str | None:
    report = factcheck.extract(factcheck.Document(text="Government news\n\n" + text + "\n"))
    for quote in report.quotes:
        if quote.span.of(report.document.text) == words:
            speaker = report.speaker(quote.speaker) if quote.speaker else None
            return speaker.name if speaker else None
    raise AssertionError(f"no quote {words!r}")


def test_a_post_of_two_fields_is_one_post() -> None:
    text = (
        "Ms Grace Banda, Minister of Trade and Industry, said the country would cut tariffs on "
        "fertiliser from January."
    )
    assert _speaker_of(text, "the country would cut tariffs on fertiliser from January") == "Grace Banda"


def test_a_post_and_a_person_stay_two() -> None:
    text = "The Minister of Defence and John Smith said the drill would go ahead."
    assert _speaker_of(text, "the drill would go ahead") == "John Smith"


def test_a_statement_signed_by_an_aide_on_a_day_is_the_principal() -> None:
    text = (
        "The Kwara State Governor, Mr Bola Adebayo, has ordered a probe into the fire.\n\n"
        "The governor, in a statement by his Chief Press Secretary, Mr Tunde Ajayi, on Monday, said "
        "the state would pay for the treatment of the injured."
    )
    assert _speaker_of(text, "the state would pay for the treatment of the injured") == "Bola Adebayo"


def test_the_speaker_is_the_speaker_of_the_house() -> None:
    text = (
        "Provincial Assembly Speaker Asad Mehmood adjourned the session on Tuesday. Finance Minister "
        "Kamran Siddiqui left the house soon after.\n\nSpeaking to reporters in his chamber, the speaker "
        "said the delay was procedural."
    )
    assert _speaker_of(text, "the delay was procedural") == "Asad Mehmood"


def test_the_speaker_is_no_one_without_that_post() -> None:
    text = "Senator Tom Hill addressed the rally. The speaker said the bill would pass."
    assert _speaker_of(text, "the bill would pass") != "Tom Hill"


def test_the_aged_noun_is_the_person_in_view() -> None:
    text = (
        "When the floods came, Peter Mwangi climbed onto the roof with his three children.\n\n"
        '"We waited there for two days before a boat came," the 52-year-old carpenter said.'
    )
    assert _speaker_of(text, "We waited there for two days before a boat came,") == "Peter Mwangi"


def test_an_aged_noun_with_a_is_someone_new() -> None:
    text = (
        "Peter Mwangi said the water rose quickly.\n\n"
        "A 30-year-old teacher said the school had been closed for a week."
    )
    assert _speaker_of(text, "the school had been closed for a week") != "Peter Mwangi"
