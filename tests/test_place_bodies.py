"""Public bodies named by a place and a field ("Alberta Health Services", "Nova Scotia Health",
"Toronto Public Health") and unions named by their members ("United Nurses of Alberta") are
bodies, not people nor unnamed groups.  Sentences written for these tests in the style of
Canadian provincial news."""

from __future__ import annotations

import factcheck
from factcheck.model import SpeakerKind


def _speaker_of(text: str, words: str) -> tuple[str, SpeakerKind] | None:
    report = factcheck.extract(factcheck.Document(text="Health news\n\n" + text + "\n"))
    for quote in report.quotes:
        if quote.span.of(report.document.text) == words:
            speaker = report.speaker(quote.speaker) if quote.speaker else None
            return (speaker.name, speaker.kind) if speaker else None
    raise AssertionError(f"no quote {words!r}")


def test_a_provincial_health_authority_and_its_acronym() -> None:
    text = (
        "Alberta Health Services, which runs the province's hospitals, said it had added 120 beds.\n\n"
        "The delays will affect about 1,500 procedures, AHS estimated."
    )
    assert _speaker_of(text, "it had added 120 beds") == ("Alberta Health Services", SpeakerKind.ORGANISATION)
    assert _speaker_of(text, "The delays will affect about 1,500 procedures") == (
        "Alberta Health Services",
        SpeakerKind.ORGANISATION,
    )


def test_a_province_that_is_also_a_given_name() -> None:
    text = "Nova Scotia Health said wait times had averaged seven hours."
    speaker = _speaker_of(text, "wait times had averaged seven hours")
    assert speaker == ("Nova Scotia Health", SpeakerKind.ORGANISATION)


def test_a_city_public_body() -> None:
    text = "Toronto Public Health said the outbreak was over."
    assert _speaker_of(text, "the outbreak was over") == ("Toronto Public Health", SpeakerKind.ORGANISATION)


def test_a_person_named_after_a_field_stays_a_person() -> None:
    text = "Jane Parks said the outbreak was over."
    assert _speaker_of(text, "the outbreak was over") == ("Jane Parks", SpeakerKind.PERSON)


def test_a_union_named_by_its_members_with_a_number_in_its_clause() -> None:
    text = (
        "The United Nurses of Alberta, which represents about 30,000 nurses, said its members "
        "were working double shifts."
    )
    speaker = _speaker_of(text, "its members were working double shifts")
    assert speaker is not None and speaker[1] is SpeakerKind.ORGANISATION
    assert "United Nurses of Alberta" in speaker[0]


def test_senators_from_a_state_stay_a_group() -> None:
    text = "Republican Senators from Ohio said the bill was dead."
    speaker = _speaker_of(text, "the bill was dead")
    assert speaker is None or speaker[1] is not SpeakerKind.ORGANISATION
