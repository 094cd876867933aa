"""A father and a son of one name quoted in one story: "Delgado Sr." and "the elder Delgado" are
the father, "the younger Delgado" the son.  Sentences written for these tests in the style of a
regional political story."""

from __future__ import annotations

import factcheck

_STORY = (
    "For 24 years, Ramon Ybarra Sr. ran Precinct 3. Now his son wants the job.\n\n"
    "Ramon Ybarra Jr., a 41-year-old lawyer, filed paperwork Monday to run for the seat.\n\n"
    "“I grew up watching my father fix roads,” the younger Ybarra said.\n\n"
    "“I told him not to do it,” Ybarra Sr. said. “He never listens.”\n\n"
    "The elder Ybarra said he would campaign for his son.\n\n"
    "“This is his race,” he said.\n"
)


def _speakers() -> dict[str, str | None]:
    report = factcheck.extract(factcheck.Document(text="Precinct race\n\n" + _STORY))
    out = {}
    for quote in report.quotes:
        speaker = report.speaker(quote.speaker) if quote.speaker else None
        out[quote.span.of(report.document.text)[:20]] = speaker.name if speaker else None
    return out


def test_the_younger_is_the_son() -> None:
    assert _speakers()["I grew up watching m"] == "Ramon Ybarra Jr."


def test_a_suffix_finds_its_own_generation() -> None:
    assert _speakers()["I told him not to do"] == "Ramon Ybarra Sr."


def test_the_elder_and_his_next_he_are_the_father() -> None:
    speakers = _speakers()
    assert speakers["he would campaign fo"] == "Ramon Ybarra Sr."
    assert speakers["This is his race,"] == "Ramon Ybarra Sr."
