"""Speakers on wire and business copy of other desks (spk10): sentences written for these tests
in the style of agency wires, Gulf and Asian business news, and match and court reports.
"""

from __future__ import annotations

import factcheck
from factcheck import Report
from factcheck.testing import quote_speakers


def extract(text: str) -> Report:
    return factcheck.extract(factcheck.Document(text=text))


def speakers_of(text: str) -> dict[str, str | None]:
    """Each quote's words -> the name of its speaker (None: no speaker, or an unnamed one)."""
    return quote_speakers(extract(text), named_only=True)


def test_a_family_name_with_a_hyphened_article_is_a_name() -> None:
    text = (
        "Gulf producers hold output steady\n\n"
        "Oman's energy minister, Salim al-Harthy, told a conference in Muscat that exports would rise "
        "in the spring. Egyptian Finance Minister Youssef el-Amir said the deficit would narrow "
        "this year.\n\n"
        "“We do not expect surprises,” al-Harthy said on the sidelines.\n"
    )
    found = speakers_of(text)
    assert found["exports would rise in the spring"] == "Salim al-Harthy"
    assert found["the deficit would narrow this year"] == "Youssef el-Amir"
    assert found["We do not expect surprises,"] == "Salim al-Harthy"


def test_a_news_agency_quoting_him_credits_the_person() -> None:
    text = (
        "Refinery reopens after fire\n\n"
        "Kuwait's oil minister, Faisal Dashti, visited the refinery on Sunday. The state news agency "
        "KUNA quoted him as saying repairs had cost less than expected.\n\n"
        "Deputy minister Mariam Haddad toured the site later. The agency quoted her as saying: “The "
        "workers did a remarkable job under pressure.”\n"
    )
    found = speakers_of(text)
    assert found["repairs had cost less than expected"] == "Faisal Dashti"
    assert found["The workers did a remarkable job under pressure."] == "Mariam Haddad"


def test_a_quotation_credited_by_the_next_sentence() -> None:
    text = (
        "Bus drivers give notice of strike\n\n"
        "“Our drivers are tired of working double shifts for the same pay. The company knows this.”\n\n"
        "This is according to union organiser Lindiwe Khumalo, who spoke outside the depot on Monday.\n\n"
        "“It is a sad day for the city.” That was the verdict of the transport committee's chair, "
        "Pieter Botha, as the talks broke up.\n"
    )
    found = speakers_of(text)
    words = "Our drivers are tired of working double shifts for the same pay. The company knows this."
    assert found[words] == "Lindiwe Khumalo"
    assert found["It is a sad day for the city."] == "Pieter Botha"


def test_a_pointing_sentence_after_a_quotation_names_no_one_else() -> None:
    text = (
        "Bus drivers give notice of strike\n\n"
        "Union organiser Lindiwe Khumalo spoke outside the depot. “We are tired,” she said.\n\n"
        "“The company knows this.”\n\n"
        "That was the view of many drivers.\n"
    )
    found = speakers_of(text)
    assert found["The company knows this."] is None


def test_an_age_and_a_nationality_describe_the_person_in_view() -> None:
    text = (
        "Late goal sinks leaders\n\n"
        "Samuel Mensah scored in stoppage time to give Rovers a 1-0 win on Saturday.\n\n"
        "“I saw the gap and I just hit it,” said the 27-year-old Ghanaian, who joined in January.\n"
    )
    found = speakers_of(text)
    assert found["I saw the gap and I just hit it,"] == "Samuel Mensah"


def test_a_named_person_of_the_body_is_the_person() -> None:
    text = (
        "Heat waves shorten growing season\n\n"
        "Lead author Ines Varga said the results were clear. Co-author Pieter de Graaf of the Royal "
        "Institute for Crop Science said farmers would need new varieties.\n\n"
        "“Breeding takes ten years,” he said.\n"
    )
    found = speakers_of(text)
    assert found["farmers would need new varieties"] == "Pieter de Graaf"
    assert found["Breeding takes ten years,"] == "Pieter de Graaf"


def test_a_ministry_of_two_fields_is_one_body() -> None:
    text = (
        "Rice export ban extended\n\n"
        "India's Ministry of Commerce and Industry said on Friday that the ban would stay "
        "until March. The Department of Fisheries and the coast guard said patrols would continue.\n"
    )
    found = speakers_of(text)
    assert found["the ban would stay until March"] == "Ministry of Commerce and Industry"


def test_a_report_owned_by_a_company_named_before_is_the_companys() -> None:
    text = (
        "Chipmaker weighs sale of sensor unit\n\n"
        "Halden Elektronik AG is weighing a sale of its sensor unit. The Economy Ministry said it was "
        "aware of the talks. The unit, which makes LIDAR modules, had sales of 900 million euros last "
        "year, according to Halden's annual report.\n"
    )
    found = speakers_of(text)
    assert found["The unit, which makes LIDAR modules, had sales of 900 million euros last year"] == (
        "Halden Elektronik AG"
    )


def test_data_of_a_body_named_by_its_words_is_the_bodys() -> None:
    text = (
        "Sensor exports climb\n\n"
        "Exports of sensors rose 4% last year, according to Federal Statistical Office data.\n"
    )
    assert speakers_of(text)["Exports of sensors rose 4% last year"] == "Federal Statistical Office"


def test_a_parent_of_a_number_is_the_person_in_view() -> None:
    text = (
        "Families count losses after floods\n\n"
        "In the village of Santa Rosa, farmer Carlos Reyes, 52, watched the river take his barn. "
        "“We lost everything in one night,” the father of four told reporters.\n\n"
        "His daughter, Marisol, said the family would stay with relatives.\n"
    )
    found = speakers_of(text)
    assert found["We lost everything in one night,"] == "Carlos Reyes"


def test_a_post_and_name_in_apposition_is_no_participle_phrase() -> None:
    text = (
        "Fraudster jailed\n\n"
        "Defence lawyer Jennifer Walsh said her client was sorry.\n\n"
        "One of the victims, retired nurse Alice Moreno, told the court she had lost her home. "
        "“I trusted him,” she said.\n\n"
        "Several victims, including Mr. Tom Baxter, have said they want an inquiry.\n"
    )
    found = speakers_of(text)
    assert found["she had lost her home"] == "Alice Moreno"
    assert found["I trusted him,"] == "Alice Moreno"
    assert found["they want an inquiry"] is None


def test_a_name_in_apposition_with_its_workplace_comes_into_view() -> None:
    text = (
        "Fund manager buys hotel portfolio\n\n"
        "Chief executive Grace Tan said the price was fair. “We were patient,” Ms Tan said.\n\n"
        "Another analyst, Ms Nur Aisyah of Lion City Research, was more cautious. In a note on "
        "Thursday, she said: “The yield is thin for the risk.”\n"
    )
    found = speakers_of(text)
    assert found["The yield is thin for the risk."] == "Nur Aisyah"


def test_an_opening_post_before_a_name_is_the_persons_role() -> None:
    text = (
        "Party crisis deepens\n\n"
        "The forum's chairman, Governor Musa Bello of Kano State, said the committee was illegal.\n\n"
        "A former governor of Lagos State and party elder, Senator Femi Adebayo, warned that the "
        "quarrel could cost the party the election.\n\n"
        "The former governor said, “I have seen this before.”\n"
    )
    found = speakers_of(text)
    assert found["I have seen this before."] == "Femi Adebayo"


def test_a_participle_after_a_description_and_a_name_is_the_names() -> None:
    text = (
        "Party rejects governors' stand\n\n"
        "The National Secretary of the party, Chief Emeka Obi, dismissed the governors' position, "
        "saying the committee acted within its powers.\n\n"
        "The union's spokeswoman, Ruth Phiri, rejected the offer, saying it was an insult.\n"
    )
    found = speakers_of(text)
    assert found["the committee acted within its powers"] == "Emeka Obi"
    assert found["it was an insult"] == "Ruth Phiri"


def test_a_known_surname_with_an_age_in_apposition_comes_into_view() -> None:
    text = (
        "Carmaker weighs sale of parts unit\n\n"
        "Chief executive Helga Brenner has sold two units since 2022. Representatives for Brightwater "
        "and Osgood declined to comment.\n\n"
        "Brenner, 58, joined the company from a rival in 2021. At an investor day in May, she told "
        "analysts: “We will not sell anything just to sell it.”\n"
    )
    found = speakers_of(text)
    assert found["We will not sell anything just to sell it."] == "Helga Brenner"


def test_an_aged_subject_is_the_person_given_that_age() -> None:
    text = (
        "Former trader jailed\n\n"
        "Martin Hale, 47, of Stamford, pleaded guilty in May. Prosecutor Daniel Reeve asked for a "
        "long sentence.\n\n"
        "Hale's lawyer, Karen Doyle, said her client was remorseful.\n\n"
        "Before he was sentenced, the 47-year-old stood and faced the court. “I am ashamed of what I "
        "did,” he said.\n"
    )
    found = speakers_of(text)
    assert found["I am ashamed of what I did,"] == "Martin Hale"
