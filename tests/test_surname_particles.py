"""Surnames of two particles ("Anneke van der Walt", "Ursula von der Leyen"), a particle in lower
case inside a full name ("Hennie du Toit"), and the surname alone with a capital particle ("Van
der Walt said", "De Villiers said") are read whole; "De Waal" and "Jan de Waal" are one person."""

from __future__ import annotations

import factcheck
from factcheck.extraction.phrases import parse_phrase


def _name(words: str) -> str | None:
    phrase = parse_phrase(words, 0, len(words))
    return phrase.name if phrase is not None else None


def test_two_particles_inside_a_full_name() -> None:
    assert _name("Anneke van der Walt") == "Anneke van der Walt"
    assert _name("Hennie du Toit") == "Hennie du Toit"
    assert _name("Carla de la Cruz") == "Carla de la Cruz"


def test_a_capital_particle_opening_a_surname_alone() -> None:
    assert _name("Van der Walt") == "Van der Walt"
    assert _name("De Villiers") == "De Villiers"
    assert _name("The Department of Water") == "Department of Water"


def test_the_surname_alone_is_the_person_named_in_full() -> None:
    text = (
        "Drought bites in the Karoo\n\n"
        "Sheep farmer Anneke van der Walt said the dam had been dry since March.\n\n"
        'Municipal manager Jan de Waal said tankers would come. "We are doing what we can," De Waal said.\n\n'
        '"We have sold half the flock," Van der Walt said.\n'
    )
    report = factcheck.extract(factcheck.Document(text=text))
    names = {s.id: s.name for s in report.speakers}
    said = {text[q.span.start : q.span.end]: names.get(q.speaker or "") for q in report.quotes}
    assert said["We have sold half the flock,"] == "Anneke van der Walt"
    assert said["We are doing what we can,"] == "Jan de Waal"
