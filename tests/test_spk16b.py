"""Speakers in English-language news of continental Europe, the Middle East and Latin America
(spk16b): sentences written for these tests in the style of Brussels, Berlin, Ankara, Jerusalem,
Gulf and Latin American desks and agency wires.
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


def test_a_subject_after_a_fronted_place_is_the_one_he_means() -> None:
    text = (
        "Leaders back aid package\n\n"
        "Hungary's Gabor Szalai said in a video that Budapest would abstain.\n\n"
        "In Kyiv, President Taras Bondarchuk thanked the leaders in an evening address. "
        "“This is a good day for all of Europe,” he said.\n"
    )
    assert speakers_of(text)["This is a good day for all of Europe,"] == "Taras Bondarchuk"


def test_an_irregular_past_after_a_titled_name_puts_the_person_in_view() -> None:
    text = (
        "Cabinet split over talks\n\n"
        "Defence Minister Eitan Carmeli told reporters that the talks were a trap.\n\n"
        "Finance Minister Ronen Halevi struck a more cautious tone. Speaking to Army Radio, he said "
        "the country had to keep its quarrels with Washington private.\n"
    )
    found = speakers_of(text)
    assert found["the country had to keep its quarrels with Washington private"] == "Ronen Halevi"


def test_a_surname_with_a_day_or_an_appositive_before_its_verb_opens_the_sentence() -> None:
    text = (
        "Runoff looms\n\n"
        "President Orhan Demirtepe led with 49 percent, ahead of challenger Kemal Kaplanoğlu.\n\n"
        "Kaplanoğlu, the 71-year-old leader of the main opposition party who heads a broad alliance, "
        "struck a defiant tone. “We will win the second round,” he wrote on social media.\n\n"
        "Demirtepe on Monday ruled out any deal with the nationalists. “We need no one,” he told "
        "supporters in Ankara.\n"
    )
    found = speakers_of(text)
    assert found["We will win the second round,"] == "Kemal Kaplanoğlu"
    assert found["We need no one,"] == "Orhan Demirtepe"


def test_two_people_joined_by_and_are_not_one_subject() -> None:
    text = (
        "Debate night\n\n"
        "Senator Ruth Gallagher attacked the plan in her opening remarks.\n\n"
        "In the second hour, Maria Delgado and Paul Brenner clashed over taxes. “This plan is a "
        "giveaway,” she said.\n"
    )
    assert speakers_of(text)["This plan is a giveaway,"] != "Maria Delgado and Paul Brenner"


def test_a_descriptor_that_speaks_brings_its_person_back_into_view() -> None:
    text = (
        "Coalition row deepens\n\n"
        "Chancellor Dieter Rauch called party leaders to a meeting on Sunday.\n\n"
        "Finance Minister Jonas Weidmann ruled out new borrowing. “The rules are the rules,” he said.\n\n"
        "Speaking to reporters in Potsdam, the chancellor said he was confident of a deal. Asked "
        "whether the coalition would last, he replied: “Yes. Next question.”\n"
    )
    found = speakers_of(text)
    assert [who for words, who in found.items() if "Next question" in words] == ["Dieter Rauch"]


def test_a_ministry_named_by_its_field_alone_is_that_ministry() -> None:
    text = (
        "Strikes spread across the country\n\n"
        "PARIS (AFP) - Tens of thousands marched on Tuesday. The interior ministry said 950,000 "
        "people had taken part nationwide.\n\n"
        "Oslo has frozen its payments. A spokeswoman for Norway's climate ministry said the "
        "government was watching closely.\n"
    )
    found = speakers_of(text)
    assert (found["950,000 people had taken part nationwide"] or "").lower() == "interior ministry"
    assert found["the government was watching closely"] == "Norway's climate ministry"


def test_names_with_particles_keep_every_word() -> None:
    text = (
        "Summit agrees aid\n\n"
        "Dutch Prime Minister Pieter van der Wal told reporters the deal was solid.\n\n"
        "“Every euro will be tracked,” Van der Wal said.\n\n"
        "Governor Rodrigo Treviño de la Garza said the state had spent more than any other. “We ask "
        "for nothing,” Treviño de la Garza said.\n\n"
        "“Sales are weak,” said Daniel Ortega del Solar, head of the industry chamber. Spokeswoman "
        "Anouk van 't Veer said deliveries were late.\n"
    )
    found = speakers_of(text)
    assert found["the deal was solid"] == "Pieter van der Wal"
    assert found["Every euro will be tracked,"] == "Pieter van der Wal"
    assert found["We ask for nothing,"] == "Rodrigo Treviño de la Garza"
    assert found["Sales are weak,"] == "Daniel Ortega del Solar"
    assert found["deliveries were late"] == "Anouk van 't Veer"


def test_names_that_open_on_a_capital_of_another_alphabet_are_read() -> None:
    text = (
        "Opposition cries foul\n\n"
        "Nationalist candidate Sinan Özkaracan won 5 percent of the vote.\n\n"
        "Özkaracan, a former academic who ran on an anti-immigration ticket, said he would decide "
        "later whom to back.\n\n"
        "Polish Foreign Minister Łukasz Wiśniewski told reporters the talks had failed. Şahin, the "
        "mayor, said the count was fair.\n"
    )
    found = speakers_of(text)
    assert found["he would decide later whom to back"] == "Sinan Özkaracan"
    assert found["the talks had failed"] == "Łukasz Wiśniewski"
    assert found["the count was fair"] == "Şahin"


def test_a_clause_interrupted_by_its_cue_and_a_hearer_is_read_whole() -> None:
    text = (
        "Leaders strike a deal\n\n"
        "Spain's prime minister, Lucía Garmendia Ortiz, arrived warning of a veto. After the deal, "
        "Garmendia Ortiz struck a softer tone.\n\n"
        "The summit, she told Spanish radio, had proved that Europe “still works when it has to.”\n\n"
        "The talks, the finance minister told reporters, were over for this year.\n"
    )
    found = speakers_of(text)
    summit = [words for words in found if "The summit" in words and "had proved" in words]
    assert summit and found[summit[0]] == "Lucía Garmendia Ortiz"
    assert any("The talks" in words and "were over" in words for words in found)


def test_the_reporter_who_asks_is_not_the_he_who_answers() -> None:
    text = (
        "Deforestation data published late\n\n"
        "Environment Minister Rodrigo Lima Neto presented the figures in Brasilia.\n\n"
        "The minister did not say why the data came out after the summit. Asked by a reporter "
        "whether it had been held back, he said: “There was no delay. The calendar is the calendar.”\n"
    )
    found = speakers_of(text)
    assert [who for words, who in found.items() if "no delay" in words] == ["Rodrigo Lima Neto"]


def test_an_unnamed_official_opening_a_sentence_is_the_official_who_speaks_next() -> None:
    text = (
        "Cabinet split over talks\n\n"
        "Finance Minister Ronen Halevi struck a more cautious tone on Sunday.\n\n"
        "A senior official in the Prime Minister’s Office denied the report. “The cabinet is united. "
        "Anyone who says otherwise is spreading gossip,” the official told reporters.\n"
    )
    report = extract(text)
    quote = next(q for q in report.quotes if "spreading gossip" in report.words(q.span))
    speaker = report.speaker(quote.speaker)
    assert speaker is None or speaker.name != "Ronen Halevi"
    assert quote_speakers(report, named_only=True)[report.words(quote.span)] is None


def test_reported_closing_a_clause_before_a_time_and_a_participle() -> None:
    text = (
        "Inflation slows again\n\n"
        "Monthly inflation fell to 6.1 percent in May, its lowest level in a year, the statistics "
        "bureau INDEC reported on Friday, giving President Ana Ruiz a boost as she faces mounting "
        "protests.\n"
    )
    found = speakers_of(text)
    assert any(words.startswith("Monthly inflation fell") and who == "INDEC" for words, who in found.items())
    assert not any(words.startswith("giving President") for words in found)


def test_restating_verbs_are_cues() -> None:
    text = (
        "Minister holds the line\n\n"
        "Economy Minister Tomás Iribarne told a news conference that the peso would float, and "
        "reaffirmed that Argentina would post a surplus for the whole year. Spokesman Diego Ferrán "
        "reiterated that no new taxes were planned.\n"
    )
    found = speakers_of(text)
    assert found["Argentina would post a surplus for the whole year"] == "Tomás Iribarne"
    assert found["no new taxes were planned"] == "Diego Ferrán"
