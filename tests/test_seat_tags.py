"""Statehouse and city-hall tags between a name and the verb ("Rep. Patrick Lund, R-Eau Claire,",
"Ald. Rosa Hernández, 22nd Ward,") and the titles "Ald." and "Del.": the person speaks.
Sentences written for these tests in the style of US state and city politics reporting."""

from __future__ import annotations

import factcheck


def _speaker_of(text: str, words: str) -> str | None:
    report = factcheck.extract(factcheck.Document(text="City hall\n\n" + text + "\n"))
    for quote in report.quotes:
        if quote.span.of(report.document.text) == words:
            speaker = report.speaker(quote.speaker) if quote.speaker else None
            return speaker.name if speaker else None
    raise AssertionError(f"no quote {words!r}")


def test_a_hometown_of_two_words_is_no_person() -> None:
    text = (
        "Rep. Carl Ostrowski, R-Eau Claire, voted against the bill. He said the plan would force "
        "districts to raise property taxes."
    )
    assert _speaker_of(text, "the plan would force districts to raise property taxes") == "Carl Ostrowski"


def test_a_tag_before_a_relative_clause() -> None:
    text = (
        "Sen. Mary Kowalski, D-Fond du Lac, who chairs the finance committee, said the budget would be late."
    )
    assert _speaker_of(text, "the budget would be late") == "Mary Kowalski"


def test_a_ward_after_an_alderman() -> None:
    text = "Ald. Brendan Moy, 41st Ward, said he had voted for the budget with reservations."
    assert _speaker_of(text, "he had voted for the budget with reservations") == "Brendan Moy"


def test_a_ward_then_an_appositive() -> None:
    text = (
        "Council Member Jeanette Pryor, 9th Ward, a close ally of Mayor Daniel Osei, said residents "
        "had begged for more patrols."
    )
    assert _speaker_of(text, "residents had begged for more patrols") == "Jeanette Pryor"


def test_a_council_district_by_number() -> None:
    text = "Council Member Latrice Vance, District 4, said residents were angry."
    assert _speaker_of(text, "residents were angry") == "Latrice Vance"


def test_ald_is_a_title_after_the_quote() -> None:
    text = "“Instead we got a rounding error,” said Ald. Rosa Ibarra, who led the opposition."
    assert _speaker_of(text, "Instead we got a rounding error,") == "Rosa Ibarra"


def test_del_is_a_title_after_the_quote() -> None:
    text = '"The state has to pay for this," said Del. Ana Whitlock, D-Fairfax.'
    assert _speaker_of(text, "The state has to pay for this,") == "Ana Whitlock"


def test_no_ends_a_sentence_before_a_pronoun() -> None:
    text = "Sen. Alan Corbett was the only member of his party to vote no. He said the plan was unaffordable."
    assert _speaker_of(text, "the plan was unaffordable") == "Alan Corbett"


def test_a_tag_in_brackets_after_an_inverted_cue_is_no_part_of_the_name() -> None:
    text = '"We need answers," said Sen. Carla Rinaldi (D-Conn.).'
    assert _speaker_of(text, "We need answers,") == "Carla Rinaldi"


def test_a_chicago_ward_in_brackets() -> None:
    text = '"We need answers," said Ald. Rosa Ibarra (22nd).'
    assert _speaker_of(text, "We need answers,") == "Rosa Ibarra"


def test_a_hometown_of_two_words_in_brackets() -> None:
    text = "“It is dead,” Assemblywoman Jane Molloy (D-Staten Island) said."
    assert _speaker_of(text, "It is dead,") == "Jane Molloy"


def test_a_ward_in_brackets_before_the_verb_of_a_subject() -> None:
    text = (
        "Assemblywoman Jane Molloy voted against the bill.\n\n"
        "Ald. Carrie Austen (34th) voted no. She said the budget was unfair."
    )
    assert _speaker_of(text, "the budget was unfair") == "Carrie Austen"


def test_local_offices_are_titles() -> None:
    text = (
        "Supervisor Dean Prescott said the city would appeal.\n\n"
        "State Auditor Beth Wooley said the agency had misspent funds."
    )
    assert _speaker_of(text, "the city would appeal") == "Dean Prescott"
    assert _speaker_of(text, "the agency had misspent funds") == "Beth Wooley"
