"""A voice after a fronted phrase of place: a post and a full name ("Across the valley, retired
teacher Johan de Klerk has stopped …") comes into view with its role, and a surname named in full
comes back ("Back in Riverside, De Klerk has …"); the next "he says", "the retired teacher says"
are his."""

from __future__ import annotations

import factcheck

FEATURE = (
    "How a town learned to live on 50 litres\n\n"
    'In a small house in Mamelodi, Lerato Mokoena keeps a row of bottles under the table. "Each '
    'child has one," says Mokoena.\n\n'
    "Across the valley in Riverside, retired teacher Johan de Klerk has stopped watering his lawn.\n\n"
    '"I made peace with a brown garden," the retired teacher says.\n\n'
    '"We queue twice a week," Mokoena says.\n\n'
    "Back in Riverside, De Klerk has put the city's tips on his fridge.\n\n"
    "He says the crisis has changed how he thinks.\n"
)


def _said() -> dict[str, str | None]:
    report = factcheck.extract(factcheck.Document(text=FEATURE))
    names = {s.id: s.name for s in report.speakers}
    return {FEATURE[q.span.start : q.span.end]: names.get(q.speaker or "") for q in report.quotes}


def test_a_post_and_a_name_after_a_fronted_place() -> None:
    assert _said()["I made peace with a brown garden,"] == "Johan de Klerk"


def test_a_surname_named_in_full_after_a_fronted_place() -> None:
    assert _said().get("the crisis has changed how he thinks") == "Johan de Klerk"
