"""First names from outside the US birth records: a person introduced outside a "said" sentence
becomes the speaker a later pronoun takes up, and the name's gender picks among people.

Every sentence here is written for these tests in the style of news from West Africa, the
Pacific and South Asia.
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck.extraction.speaker_words import first_names


def speaker_of(text: str, opening: str) -> str | None:
    """The name of the speaker of the quote that opens with ``opening``."""
    report = factcheck.extract(factcheck.Document(text=text))
    quote = next(q for q in report.quotes if q.span.of(text).startswith(opening))
    speaker = report.speaker(quote.speaker)
    return speaker.name if speaker is not None else None


@pytest.mark.parametrize(
    ("name", "letter"),
    [("chinedu", "m"), ("ngozi", "f"), ("emeka", "m"), ("kavitha", "f"), ("sione", "m"), ("thandeka", "f")],
)
def test_names_common_outside_the_us_are_first_names_with_their_gender(name: str, letter: str) -> None:
    assert first_names().get(name) == letter


@pytest.mark.parametrize("word", ["november", "philadelphia", "mayor", "des", "der", "chez"])
def test_english_words_and_foreign_articles_are_added_as_no_first_name(word: str) -> None:
    assert word not in first_names()


def test_a_pacific_name_introduced_without_a_cue_is_taken_up_by_he() -> None:
    text = (
        "Tonga counts the cost of the cyclone\n\n"
        "Sione Taufa stood by what was left of his house in Nuku'alofa on Friday.\n\n"
        '"The roof went first, then the walls," he said.\n'
    )
    assert speaker_of(text, "The roof went first") == "Sione Taufa"


def test_she_goes_to_the_woman_named_and_not_to_the_river() -> None:
    text = (
        "Farmers count their losses after the floods\n\n"
        "Emeka Nwosu and Ngozi Okeke farm cassava near the River Niger.\n\n"
        '"The water took the harvest," she said.\n'
    )
    assert speaker_of(text, "The water took") == "Ngozi Okeke"


@pytest.mark.parametrize("given", ["Peter", "Roeland"])
def test_a_known_given_name_after_a_country_that_ends_the_role_keeps_the_whole_name(given: str) -> None:
    text = (
        "Clinics short of staff\n\n"
        f"UNICEF Representative in Zimbabwe {given} Monasch said the clinics were short of nurses.\n"
    )
    assert speaker_of(text, "the clinics were short") == f"{given} Monasch"
