"""A person named as a sentence's subject after a fronted clause of time, or before an irregular
past ("When it was his turn to speak, Marrone stood …"), is the next "he".  Sentences written
for these tests in the style of a US court report."""

from __future__ import annotations

import factcheck


def _speaker_of(text: str, words: str) -> str | None:
    report = factcheck.extract(factcheck.Document(text="Court report\n\n" + text + "\n"))
    for quote in report.quotes:
        if quote.span.of(report.document.text) == words:
            speaker = report.speaker(quote.speaker) if quote.speaker else None
            return speaker.name if speaker else None
    raise AssertionError(f"no quote {words!r}")


_OPENING = (
    "Victor Amato, 58, pleaded guilty in October to fraud.\n\n"
    "Amato's lawyer, Thomas Gilroy, argued for probation. “He is not the man the government "
    "describes,” Gilroy said.\n\n"
)


def test_a_fronted_clause_of_time_before_a_known_surname() -> None:
    text = _OPENING + (
        "When it was his turn to speak, Amato faced the gallery.\n\n"
        "“I betrayed the people who trusted me,” he said."
    )
    assert _speaker_of(text, "I betrayed the people who trusted me,") == "Victor Amato"


def test_an_irregular_past_after_a_known_surname() -> None:
    text = _OPENING + "Amato stood and faced the gallery.\n\n“I am ashamed,” he said."
    assert _speaker_of(text, "I am ashamed,") == "Victor Amato"
