"""British, Irish and Commonwealth abbreviated titles name a post ("Cllr" a councillor, "Insp"
an inspector), so a later "the councillor" or "the inspector" is that person, not the next one
named.  Sentences written for these tests in the style of regional reporting."""

from __future__ import annotations

import factcheck


def _speaker_of(text: str, words: str) -> str | None:
    report = factcheck.extract(factcheck.Document(text="Planning row\n\n" + text + "\n"))
    for quote in report.quotes:
        if quote.span.of(report.document.text) == words:
            speaker = report.speaker(quote.speaker) if quote.speaker else None
            return speaker.name if speaker else None
    raise AssertionError(f"no quote {words!r}")


def test_cllr_is_the_councillor() -> None:
    text = (
        "Her Green colleague Cllr Aled Morgan disagreed. The Green councillor said the estate would "
        "flood every winter.\n\nPlanning officer Dr Ruth Pace had recommended approval."
    )
    assert _speaker_of(text, "the estate would flood every winter") == "Aled Morgan"


def test_insp_is_the_inspector() -> None:
    text = (
        "Insp Gary Doyle of the roads policing unit watched from the gallery. Prosecutor Tom Hart told "
        "the court the van was speeding.\n\nThe inspector said drivers still ignored the ban."
    )
    assert _speaker_of(text, "drivers still ignored the ban") == "Gary Doyle"
