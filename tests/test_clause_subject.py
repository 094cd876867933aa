"""A verb joined by "and" to a verb of a subordinate clause shares that clause's subject: "The
books were removed after a parent, Ann Coyle, read passages aloud and said …" is Coyle's.
Sentences written for these tests in the style of local government reporting."""

from __future__ import annotations

import factcheck


def _speaker_of(text: str, words: str) -> str | None:
    report = factcheck.extract(factcheck.Document(text="School board\n\n" + text + "\n"))
    for quote in report.quotes:
        if quote.span.of(report.document.text) == words:
            speaker = report.speaker(quote.speaker) if quote.speaker else None
            return speaker.name if speaker else None
    raise AssertionError(f"no quote {words!r}")


def test_the_subject_of_an_after_clause_with_an_appositive() -> None:
    text = (
        "The novels were pulled from the shelves after a parent, Ann Coyle, read passages aloud at "
        "a board meeting and said they were unsuitable for teenagers."
    )
    assert _speaker_of(text, "they were unsuitable for teenagers") == "Ann Coyle"


def test_the_object_of_after_is_no_subject() -> None:
    text = "Mayor Tom Bellamy went after Councilwoman Rita Sosa for her vote and said the budget would fail."
    assert _speaker_of(text, "the budget would fail") == "Tom Bellamy"
