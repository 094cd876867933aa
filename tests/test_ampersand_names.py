"""A name joined by "&" is a firm's ("Harrow & Sons", "Pike & Lowe"): its words are the firm's, and
"the company said" later takes it up, not a body named after it; a couple ("Mr & Mrs Ruddock")
stays a person."""

from __future__ import annotations

import factcheck
from factcheck.model import SpeakerKind

FIRM = (
    "Joinery firm to open second workshop\n\n"
    "Harrow & Sons, which makes sash windows for period homes, said the new workshop in Rotherham "
    "would open in the autumn.\n\n"
    "The company said it expected to take on about a dozen apprentices.\n\n"
    "Councillor Dawn Pryce, cabinet member for jobs at Rotherham Council, welcomed the plans.\n\n"
    "According to the company, the workshop will run on solar power.\n"
)

COUPLE = (
    "Couple mark 60 years at corner shop\n\n"
    'Mr & Mrs Ruddock said they had no plans to retire. "We like the company," she said.\n'
)


def _speakers(text: str) -> dict[str, tuple[str | None, SpeakerKind | None]]:
    report = factcheck.extract(factcheck.Document(text=text))
    names = {s.id: (s.name, s.kind) for s in report.speakers}
    return {text[q.span.start : q.span.end]: names.get(q.speaker or "", (None, None)) for q in report.quotes}


def test_a_firm_named_with_an_ampersand_speaks_as_a_body() -> None:
    said = _speakers(FIRM)
    assert said["the new workshop in Rotherham would open in the autumn"] == (
        "Harrow & Sons",
        SpeakerKind.ORGANISATION,
    )


def test_the_company_later_is_the_firm_not_a_body_named_after_it() -> None:
    said = _speakers(FIRM)
    assert said["it expected to take on about a dozen apprentices"][0] == "Harrow & Sons"
    assert said["the workshop will run on solar power"][0] == "Harrow & Sons"


def test_a_couple_joined_by_an_ampersand_is_no_firm() -> None:
    kinds = {e.name: e.kind for e in factcheck.extract(factcheck.Document(text=COUPLE)).entities}
    assert SpeakerKind.ORGANISATION not in {kind for name, kind in kinds.items() if "Ruddock" in name}
