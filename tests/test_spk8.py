"""Quote precision and speakers, eighth pass: sentences written for these tests in the style of
wire and regional dailies (Ghanaian, Mexican, Irish, US copy).
"""

from __future__ import annotations

import factcheck
from factcheck import Report
from factcheck.testing import quote_speakers


def extract(text: str) -> Report:
    return factcheck.extract(factcheck.Document(text=text))


def spans_of(text: str) -> list[str]:
    """Every quote's words as spanned in the text, in the report's order."""
    return [q.span.of(text) for q in extract(text).quotes]


def test_a_clause_read_by_two_cues_is_one_quote() -> None:
    text = (
        "Traders count losses after market fire\n\n"
        "The regional minister, Mrs Adwoa Mensah, urged traders to remain calm, stressing that the "
        "government had already set aside money for repairs.\n\n"
        '"We will rebuild this market," she told reporters.\n'
    )
    found = spans_of(text)
    assert found.count("the government had already set aside money for repairs") == 1
    assert "We will rebuild this market," in found


def speakers_of(text: str) -> dict[str, str | None]:
    """Each quote's words -> the name of its speaker (None: no speaker, or an unnamed one)."""
    return quote_speakers(extract(text), named_only=True)


def test_data_named_by_its_owner_is_the_owners() -> None:
    text = (
        "Factory output slows for third month\n\n"
        "Industrial output fell 1.4% in August, the Office for National Statistics (ONS) said on Friday.\n\n"
        "Car production dropped to its lowest level since 2021, according to ONS data. Energy-intensive "
        "industries shrank for a sixth month, the latest ONS figures showed.\n"
    )
    found = speakers_of(text)
    assert found["Car production dropped to its lowest level since 2021"] == "Office for National Statistics"
    assert found["Energy-intensive industries shrank for a sixth month"] == "Office for National Statistics"


def test_data_of_no_body_named_before_stays_unnamed() -> None:
    text = (
        "Factory output slows for third month\n\n"
        "Car production dropped to its lowest level since 2021, according to industry data.\n"
    )
    assert speakers_of(text)["Car production dropped to its lowest level since 2021"] is None


def test_a_name_in_apposition_after_an_owned_description_is_the_subject() -> None:
    text = (
        "Lender and utility under fire\n\n"
        "Spain's largest savings bank, Banco Meridional, has come under fire after admitting that its "
        "overdraft fees rose by 12% last year.\n\n"
        "Norway's state-owned power company, Kraftlinje, was fined on Monday after conceding that it "
        "had overcharged 40,000 households.\n"
    )
    found = speakers_of(text)
    assert found["its overdraft fees rose by 12% last year"] == "Banco Meridional"
    assert found["it had overcharged 40,000 households"] == "Kraftlinje"


def test_a_person_the_text_names_by_one_name_only_is_she() -> None:
    text = (
        "The taco stand that never sleeps\n\n"
        "Just after midnight on Calle Ocho, a woman everyone calls Lupita is already flipping tortillas "
        "on a steel griddle.\n\n"
        'She asked that her surname be withheld. "My landlord reads the paper," she says, grinning.\n'
    )
    found = speakers_of(text)
    assert found["My landlord reads the paper,"] == "Lupita"
    assert found["her surname be withheld"] == "Lupita"


def test_a_report_by_a_named_body_is_the_bodys() -> None:
    text = (
        "Estuary birds in steep decline\n\n"
        "Wading birds on the Severn estuary have fallen by a third since 2010, a study published on "
        "Monday by the Coastal Bird Institute said.\n\n"
        "Curlew numbers dropped to their lowest level on record, according to a survey by the Wetland "
        "Heritage Foundation.\n"
    )
    found = speakers_of(text)
    assert (
        found["Wading birds on the Severn estuary have fallen by a third since 2010"]
        == "Coastal Bird Institute"
    )
    assert found["Curlew numbers dropped to their lowest level on record"] == "Wetland Heritage Foundation"
