"""A nickname in quotation marks between a given name and a surname (`Sharon "Shaz" Ellery`,
`Dorothy 'Dot' Kowalski`) is part of the person's name: the person speaks and comes into view for
the next pronoun; the nickname is no quotation."""

from __future__ import annotations

import factcheck

SURF = (
    "Teenager pulled from surf at Lighthouse Beach\n\n"
    "A 15-year-old boy was pulled from the water on Saturday afternoon.\n\n"
    "The surfer who reached him first, local man Tyler Brooks, said he saw the boy go under twice.\n\n"
    'Karen "Kaz" Whitford, an off-duty nurse who was walking on the beach, said the rescue was a '
    "team effort.\n\n"
    '"Tyler did the hard part. I just kept him warm until the ambulance came," she said.\n'
)

OBITUARY = (
    "Beloved baker dies at 91\n\n"
    "Margaret 'Peggy' O'Dwyer ran the bakery on Main Street for 40 years. Her son said she "
    "had been unwell since the winter.\n\n"
    "Peggy O'Dwyer said in 2015 that she would never sell the shop.\n"
)


def _speakers(text: str) -> dict[str, str | None]:
    report = factcheck.extract(factcheck.Document(text=text))
    names = {s.id: s.name for s in report.speakers}
    return {text[q.span.start : q.span.end]: names.get(q.speaker or "") for q in report.quotes}


def test_a_name_with_a_nickname_speaks() -> None:
    said = _speakers(SURF)
    assert said["the rescue was a team effort"] == "Karen Whitford"


def test_the_next_she_is_the_person_with_the_nickname() -> None:
    said = _speakers(SURF)
    assert said["Tyler did the hard part. I just kept him warm until the ambulance came,"] == "Karen Whitford"


def test_a_nickname_in_single_marks_is_no_quotation() -> None:
    report = factcheck.extract(factcheck.Document(text=OBITUARY))
    quoted = [OBITUARY[q.span.start : q.span.end] for q in report.quotes]
    assert "Peggy" not in quoted
    assert "Margaret O'Dwyer" in {e.name for e in report.entities} | {s.name for s in report.speakers}
