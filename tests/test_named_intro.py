"""A person introduced as "a retired nurse named Carol Jennings" is the one the next "she told me"
means, not the minister quoted before."""

from __future__ import annotations

import factcheck

COLUMN = (
    "The planning fight nobody wants to have\n\n"
    '"Supply is a complex, multifaceted challenge," Planning Minister Helen Darcy told parliament.\n\n'
    "When the council consulted residents last year, most submissions were opposed. One resident "
    "I spoke to, a retired nurse named Margaret Tully, was blunt.\n\n"
    '"I did not buy this house to look at a car park," she told me.\n'
)


def test_she_after_a_person_introduced_by_name() -> None:
    report = factcheck.extract(factcheck.Document(text=COLUMN))
    names = {s.id: s.name for s in report.speakers}
    said = {COLUMN[q.span.start : q.span.end]: names.get(q.speaker or "") for q in report.quotes}
    assert said["I did not buy this house to look at a car park,"] == "Margaret Tully"
    assert said["Supply is a complex, multifaceted challenge,"] == "Helen Darcy"
