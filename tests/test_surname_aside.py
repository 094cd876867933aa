"""A surname opening a sentence with an aside before its verb ("Pryce, meanwhile, is stacking
chairs", "Okafor, watching from the bridge, is more hopeful") brings that person back for the
next "she says"."""

from __future__ import annotations

import factcheck

FEATURE = (
    "A village that floods every winter\n\n"
    'Gwen Pryce runs the community hall. "We have sandbags ready," she says.\n\n'
    'Ruth Okafor chairs the flood group. "Nobody listened for years," she says.\n\n'
    "Pryce, meanwhile, is stacking chairs against the back wall.\n\n"
    '"We will open again next week," she says.\n\n'
)

#: The participle aside alone: Okafor is quoted first, Pryce last, then Okafor comes back.
HOPEFUL = (
    "A village that floods every winter\n\n"
    'Ruth Okafor chairs the flood group. "Nobody listened for years," she says.\n\n'
    'Gwen Pryce runs the community hall. "We have sandbags ready," she says.\n\n'
    "Okafor, watching the river from the bridge later that day, is more hopeful than most.\n\n"
    '"It took a century to make this problem," she says.\n'
)


def _said(text: str = FEATURE) -> dict[str, str | None]:
    report = factcheck.extract(factcheck.Document(text=text))
    names = {s.id: s.name for s in report.speakers}
    return {text[q.span.start : q.span.end]: names.get(q.speaker or "") for q in report.quotes}


def test_meanwhile_between_surname_and_verb() -> None:
    assert _said()["We will open again next week,"] == "Gwen Pryce"


def test_a_participle_phrase_between_surname_and_verb() -> None:
    assert _said(HOPEFUL)["It took a century to make this problem,"] == "Ruth Okafor"
