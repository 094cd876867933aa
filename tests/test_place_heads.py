"""Places and bodies whose first word is a given name are no people: "Daytona Beach", "Palm
Springs", "Bain Capital", "Wellesley College", "Duval County" (a longer first-name list made
such runs look like people); "Michael Bay" and "Ricki Lake" stay people."""

from __future__ import annotations

import factcheck
from factcheck.model import SpeakerKind

STORM = (
    "Storm batters Florida coast\n\n"
    "The storm came ashore near Daytona Beach on Tuesday night, and officials in Palm Springs "
    "said the desert city would send crews east to help.\n\n"
    "Duval County ordered evacuations of low-lying streets, and Bain Capital said its offices in "
    "Jacksonville would stay closed until Friday. Wellesley College said students from Florida "
    "could stay on campus over the break.\n\n"
    '"We have never seen water like this," said Maria Lopez, a nurse visiting from Ohio.\n'
)

FILM = (
    "Director returns to the Gulf\n\n"
    "Michael Bay said the film would be shot near Pensacola. Ricki Lake said she would host a "
    "screening for families who lost their homes.\n"
)


def _kinds(text: str) -> dict[str, SpeakerKind]:
    report = factcheck.extract(factcheck.Document(text=text))
    return {e.name: e.kind for e in report.entities}


def test_places_named_after_a_given_name_are_no_people() -> None:
    kinds = _kinds(STORM)
    people = {name for name, kind in kinds.items() if kind is SpeakerKind.PERSON}
    assert "Maria Lopez" in people
    assert not {"Daytona Beach", "Palm Springs"} & people


def test_firms_colleges_and_counties_named_after_a_given_name_are_bodies() -> None:
    kinds = _kinds(STORM)
    for body in ("Bain Capital", "Wellesley College"):
        assert kinds.get(body) is SpeakerKind.ORGANISATION, body
    assert kinds.get("Duval County") is not SpeakerKind.PERSON


def test_people_whose_surname_is_a_place_word_stay_people() -> None:
    kinds = _kinds(FILM)
    assert kinds.get("Michael Bay") is SpeakerKind.PERSON
    assert kinds.get("Ricki Lake") is SpeakerKind.PERSON
