"""A capitalised name ending in a state's or country's letters, with no given name first ("Surf
Rescue NSW", "Netball SA"), is a body, so it never takes a "she said"; "Tom Hale MP" and "Ann
Lowe QC" stay people."""

from __future__ import annotations

import factcheck
from factcheck.model import SpeakerKind

BEACH = (
    "Boy pulled from rip at Shelly Beach\n\n"
    "Surf Rescue NSW says 12 people have drowned on the coast since Christmas.\n\n"
    "Tom Hale MP said the council would fund more patrols. Ann Lowe QC said the law was clear.\n\n"
    'Karen Voss, who runs the kiosk, saw the rescue. "It was terrifying," she said.\n'
)


def test_a_name_ending_in_a_state_acronym_is_a_body() -> None:
    report = factcheck.extract(factcheck.Document(text=BEACH))
    kinds = {e.name: e.kind for e in report.entities}
    assert kinds.get("Surf Rescue NSW") is SpeakerKind.ORGANISATION
    assert kinds.get("Tom Hale") is SpeakerKind.PERSON
    assert kinds.get("Ann Lowe") is SpeakerKind.PERSON
