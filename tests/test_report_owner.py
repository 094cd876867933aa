"""A report credited to its author once ("according to a new report by Child Water Watch and a
local partner group") is the author's, and so is a later "The report found …", not a body named
after it."""

from __future__ import annotations

import factcheck

NGO = (
    "Villages without water for a third month\n\n"
    "Families in 14 villages have had no piped water since May, according to a new report by "
    "Child Water Watch and a local partner group.\n\n"
    "The report found that half of the children surveyed had missed school to fetch water.\n\n"
    "It calls on the Department of Water Affairs to send tankers.\n\n"
    "The study also found that clinics had run out of oral rehydration salts.\n"
)


def _said() -> dict[str, str | None]:
    report = factcheck.extract(factcheck.Document(text=NGO))
    names = {s.id: s.name for s in report.speakers}
    return {NGO[q.span.start : q.span.end]: names.get(q.speaker or "") for q in report.quotes}


def test_the_author_before_a_co_author_in_lower_case() -> None:
    said = _said()
    first = next(text for text in said if text.startswith("Families in 14 villages"))
    assert said[first] == "Child Water Watch"


def test_the_report_later_is_its_author_not_a_body_named_after() -> None:
    said = _said()
    found = next(text for text in said if text.startswith("half of the children"))
    assert said[found] == "Child Water Watch"
