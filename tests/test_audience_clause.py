"""A clause told to a plural audience without "that" may be in the present tense when a subject
pronoun opens it ("told researchers she walks …"); a noun phrase told to an audience stays no
quote."""

from __future__ import annotations

import factcheck

REPORT = (
    "Villagers walk hours for water, survey finds\n\n"
    "Lindiwe Mahlangu, 39, a mother of four from Tsolo, told researchers she walks to the river "
    "twice a day.\n\n"
    "The chairman told residents the details of the new scheme at a packed meeting.\n"
)


def _quotes(text: str) -> dict[str, str | None]:
    report = factcheck.extract(factcheck.Document(text=text))
    names = {s.id: s.name for s in report.speakers}
    return {text[q.span.start : q.span.end]: names.get(q.speaker or "") for q in report.quotes}


def test_a_present_tense_clause_told_to_researchers_is_hers() -> None:
    assert _quotes(REPORT).get("she walks to the river twice a day") == "Lindiwe Mahlangu"


def test_a_noun_phrase_told_to_residents_is_still_no_quote() -> None:
    assert not any(text.startswith("the details") for text in _quotes(REPORT))
