""" "The two ministers said" after two ministers are named goes to the later-named of them, as
"Vecchio and Dhillon said" does; with fewer than two of that post named it stays unnamed.
Sentences written for these tests in the style of a provincial legislature report."""

from __future__ import annotations

import factcheck


def _speaker_of(text: str, words: str) -> str | None:
    report = factcheck.extract(factcheck.Document(text="Question period\n\n" + text + "\n"))
    for quote in report.quotes:
        if quote.span.of(report.document.text) == words:
            speaker = report.speaker(quote.speaker) if quote.speaker else None
            return speaker.name if speaker else None
    raise AssertionError(f"no quote {words!r}")


def test_the_two_ministers_named_before() -> None:
    text = (
        "Energy Minister Paolo Ventresca and Finance Minister Harjit Sandhu fielded questions on the "
        "financing. The two ministers said the watchdog had been briefed on the plan."
    )
    speaker = _speaker_of(text, "the watchdog had been briefed on the plan")
    assert speaker in ("Paolo Ventresca", "Harjit Sandhu")


def test_two_officers_with_none_named_stay_unnamed() -> None:
    text = "Police Chief Ann Moss met residents on Monday. The two officers said the street was safe."
    assert _speaker_of(text, "the street was safe") != "Ann Moss"
