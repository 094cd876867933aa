"""A spokesperson for a named body who speaks again ("she said", "the spokeswoman said") is still
that body's voice, not the last person named before.  Sentences written for these tests in the
style of Irish and New Zealand regional reporting."""

from __future__ import annotations

import factcheck
from factcheck.testing import quote_speakers

TEXT = (
    "Ward closures\n\n"
    "Nurse Bríd Hanlon, the union's shop steward, said staff were worn out.\n\n"
    "A spokeswoman for Midland Hospitals Group said the ward would reopen in March.\n\n"
    "“We are recruiting twelve nurses from overseas,” she said.\n\n"
    "The spokeswoman said agency costs had doubled.\n"
)


def _speakers(text: str) -> dict[str, str | None]:
    return quote_speakers(factcheck.extract(factcheck.Document(text=text)))


def test_she_after_a_spokeswoman_for_a_body_is_the_body() -> None:
    assert _speakers(TEXT)["We are recruiting twelve nurses from overseas,"] == "Midland Hospitals Group"


def test_the_spokeswoman_again_is_the_body() -> None:
    assert _speakers(TEXT)["agency costs had doubled"] == "Midland Hospitals Group"


def test_a_person_named_in_between_takes_the_pronoun() -> None:
    text = TEXT.replace("“We are recruiting", "Ward manager Ciara Dunne disagreed.\n\n“We are recruiting")
    assert _speakers(text)["We are recruiting twelve nurses from overseas,"] == "Ciara Dunne"


def test_a_man_is_no_spokeswoman() -> None:
    text = TEXT.replace(
        "“We are recruiting twelve nurses from overseas,” she said.", "“It is a scandal,” he said."
    )
    assert _speakers(text)["It is a scandal,"] != "Midland Hospitals Group"
