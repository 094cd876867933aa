"""A named storm ("Storm Dennis", "Hurricane Ida") or a river after "the" ("the River Wye") is no
person, so the next "he says" goes to the man quoted, not to the weather."""

from __future__ import annotations

import factcheck
from factcheck.model import SpeakerKind

FLOOD = (
    "Shops count the cost after another flood\n\n"
    "Across the square, Marcus Bellamy, who opened a bakery in 2019, lost most of his stock on Sunday.\n\n"
    "Storm Dennis pushed the River Wye over its banks with less than two hours' warning.\n\n"
    '"You think the defences will hold. Then it comes over the wall anyway," he says.\n'
)

HURRICANE = (
    "Gulf towns brace again\n\n"
    "Hurricane Ida made landfall near Port Fourchon on Sunday as residents sheltered in place.\n"
)


def test_a_storm_and_a_river_are_no_people() -> None:
    report = factcheck.extract(factcheck.Document(text=FLOOD))
    people = {e.name for e in report.entities if e.kind is SpeakerKind.PERSON}
    assert "Storm Dennis" not in people
    assert "River Wye" not in people
    report = factcheck.extract(factcheck.Document(text=HURRICANE))
    assert "Hurricane Ida" not in {e.name for e in report.entities if e.kind is SpeakerKind.PERSON}


def test_he_after_a_storm_is_the_man_in_view() -> None:
    report = factcheck.extract(factcheck.Document(text=FLOOD))
    names = {s.id: s.name for s in report.speakers}
    quote = next(q for q in report.quotes if FLOOD[q.span.start :].startswith("You think"))
    assert names.get(quote.speaker or "") == "Marcus Bellamy"
