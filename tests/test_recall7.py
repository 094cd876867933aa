"""Quote recall, seventh pass: attributions the reader missed, on sentences written for these
tests in the style of US, British and wire news copy.
"""

from __future__ import annotations

import factcheck
from factcheck import Report


def extract(text: str) -> Report:
    return factcheck.extract(factcheck.Document(text=text))


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    """Every quote's words as spanned in the text and its mention as written."""
    report = extract(text)
    return [(q.span.of(text), q.mention.of(text) if q.mention else None) for q in report.quotes]


def test_a_contracted_auxiliary_makes_the_words_after_a_cue_a_clause() -> None:
    text = (
        "Council shake-up ahead of budget\n\n"
        "The deputy mayor announced she’s stepping down at the end of the month. "
        "The transport minister suggested he’ll scrap the toll before the election. "
        "Union leaders predicted they’d win the ballot by a wide margin.\n"
    )
    found = quotes_of(text)
    assert ("she’s stepping down at the end of the month", "The deputy mayor") in found
    assert ("he’ll scrap the toll before the election", "The transport minister") in found
    assert ("they’d win the ballot by a wide margin", "Union leaders") in found


def test_a_possessive_is_no_contracted_auxiliary() -> None:
    text = (
        "Council shake-up ahead of budget\n\n"
        "The deputy mayor announced Harlow’s budget for the depot on Tuesday.\n"
    )
    assert quotes_of(text) == []


def test_the_hearer_of_told_may_carry_a_post_in_lower_case() -> None:
    text = (
        "Senate hopeful backs away from remark\n\n"
        "Lorna Pike told conservative radio host Dale Berman on Friday that her remark was a joke. "
        "Her rival told host Nadia Brill the seat was already lost.\n"
    )
    found = quotes_of(text)
    assert ("her remark was a joke", "Lorna Pike") in found
    assert ("the seat was already lost", "Her rival") in found


def test_a_means_between_subject_and_cue_needs_no_commas() -> None:
    text = (
        "Governor lays out spending plan\n\n"
        "Governor Ada Quinlan in her State of the State address said property taxes would not rise. "
        "The treasurer in a letter to lawmakers warned that the reserve fund was nearly empty.\n"
    )
    found = quotes_of(text)
    assert ("property taxes would not rise", "Governor Ada Quinlan") in found
    assert ("the reserve fund was nearly empty", "The treasurer") in found


def test_a_short_sentence_in_marks_after_the_attribution_goes_on_with_the_quotation() -> None:
    text = (
        "Mayor’s allies rally behind levy\n\n"
        "“We have the votes to pass it,” Councillor Ines Marr told supporters on Monday. “Every one.”\n\n"
        "“It was a long night,” said Ravi Dutt, the party whip. “Worth it.”\n"
    )
    found = quotes_of(text)
    first = "We have the votes to pass it,” Councillor Ines Marr told supporters on Monday. “Every one."
    assert (first, "Councillor Ines Marr") in found
    assert ("It was a long night,” said Ravi Dutt, the party whip. “Worth it.", "Ravi Dutt") in found


def test_a_short_phrase_in_marks_inside_a_sentence_stays_a_scare_quote() -> None:
    text = (
        "Mayor’s allies rally behind levy\n\n"
        "“We have the votes to pass it,” Councillor Ines Marr said. "
        "The vote follows a front page headlined “Night of Shame.”\n"
    )
    found = [words for words, _ in quotes_of(text)]
    assert found == ["We have the votes to pass it,"]


def test_a_poll_before_a_headline_colon_gives_a_finding_of_no_one() -> None:
    text = (
        "Poll: Incumbent mayor trails her challenger by six points.\n\n"
        "The survey of 800 likely voters was taken over the weekend.\n"
    )
    report = extract(text)
    quote = next(q for q in report.quotes if q.span.of(text).startswith("Incumbent"))
    assert quote.attribution == "found" and quote.speaker is None
    assert quote.mention is not None and quote.mention.of(text) == "Poll"


def test_a_name_or_dateline_before_a_colon_makes_no_sentence_case_headline() -> None:
    for first in (
        "Okafor: I will not stand for the leadership again.",
        "NEW DELHI: The cabinet met on Monday.",
    ):
        text = first + "\n\nThe vote was close.\n"
        assert extract(text).document.title is None


def test_a_time_between_cue_and_clause_is_skipped_before_a_pronoun() -> None:
    text = (
        "Party chair weighs her future\n\n"
        "Marisol Vega said after the count she would stay on as chair. "
        "The retailer just this week announced it would close 40 stores. "
        "The mayor told Mexican-Americans this weekend he would fund a new clinic. "
        "Her deputy told Spanish-speaking residents the clinic would open in May.\n"
    )
    found = quotes_of(text)
    assert ("she would stay on as chair", "Marisol Vega") in found
    assert ("it would close 40 stores", "The retailer") in found
    assert ("he would fund a new clinic", "The mayor") in found
    # a hearer in lower case after a hyphen is no name: no words are cut from it
    assert not any(words.startswith("residents") for words, _ in found)


def test_a_phrase_of_time_holding_a_conjunction_is_no_skip() -> None:
    text = (
        "Party chair weighs her future\n\n"
        "“Everybody believes in the rules until they start losing,” Marisol Vega said.\n"
    )
    found = [words for words, _ in quotes_of(text)]
    assert found == ["Everybody believes in the rules until they start losing,"]


def test_a_group_described_by_a_participle_speaks() -> None:
    text = (
        "Suburban voters sour on the ticket\n\n"
        "Republicans hoping to hold the Senate in November say they have a new problem.\n"
    )
    assert ("they have a new problem", "Republicans") in quotes_of(text)


def test_a_participle_group_needs_a_verb_of_saying_and_no_verb_inside() -> None:
    text = (
        "Suburban voters sour on the ticket\n\n"
        "Many carried signs backing the mayor or mocking the council. "
        "Investors expecting a quick sale may want to think twice.\n"
    )
    assert quotes_of(text) == []


def test_called_with_an_object_and_a_judgement_is_what_was_said() -> None:
    text = (
        "Row over council audit\n\n"
        "The mayor’s office called the findings unsubstantiated and politically motivated. "
        "Councillor Hana Obi called him reckless and accused him of hiding the accounts.\n"
    )
    found = quotes_of(text)
    assert ("the findings unsubstantiated and politically motivated", "The mayor’s office") in found
    assert ("him reckless", "Councillor Hana Obi") in found


def test_called_with_an_object_and_no_judgement_is_no_speech() -> None:
    text = (
        "Row over council audit\n\n"
        "The treasurer called the auditors immediately. "
        "She called her deputy in Leeds. "
        "The chair called the meeting to order at noon.\n"
    )
    assert quotes_of(text) == []


def test_the_hearer_of_a_warning_opens_what_they_are_warned_to_do() -> None:
    text = (
        "Storm season nears\n\n"
        "Last month, the weather service warned coastal county officials to prepare for evacuations. "
        "The governor urged residents to stock up on water.\n"
    )
    found = quotes_of(text)
    assert ("coastal county officials to prepare for evacuations", "the weather service") in found
    assert ("residents to stock up on water", "The governor") in found


def test_asked_with_a_hearer_in_the_possessive_form_and_a_request() -> None:
    text = (
        "Aide’s emails released\n\n"
        "Ms. Adeyemi asked her to call the minister before noon. "
        "In a later email, the director asks his assistant to print the draft.\n"
    )
    found = quotes_of(text)
    assert ("her to call the minister before noon", "Ms. Adeyemi") in found
    assert ("his assistant to print the draft", "the director") in found


def test_a_headline_in_sentence_case_with_says_gives_the_speakers_claim() -> None:
    text = (
        "Okafor says the levy will be scrapped by June\n\n"
        "Finance minister Chidi Okafor told parliament on Tuesday that the levy had failed. "
        "Okafor said the levy will be scrapped by June.\n"
    )
    report = extract(text)
    in_title = [
        q for q in report.quotes if q.span.end <= len("Okafor says the levy will be scrapped by June")
    ]
    assert [q.span.of(text) for q in in_title] == ["the levy will be scrapped by June"]
    assert in_title[0].mention is not None and in_title[0].mention.of(text) == "Okafor"


def test_a_title_after_a_works_noun_is_no_speech() -> None:
    text = (
        "Author returns to the campaign trail\n\n"
        "In his 2019 book, “Saving Your First Million,” Mr. Pereira argued that workers should start early. "
        "At the end of the anthem “Rise Up Together,” the mayor added a verse of her own.\n"
    )
    found = [words for words, _ in quotes_of(text)]
    assert not any("Saving Your First Million" in words or "Rise Up Together" in words for words in found)


def test_a_clause_joined_by_and_after_according_to_goes_on_with_what_is_cited() -> None:
    text = (
        "Road deaths fall\n\n"
        "Only 12 cyclists died on the county's roads last year, according to the transport agency, "
        "and there were fewer crashes than in any year since 1990.\n"
    )
    report = extract(text)
    cited = [
        q for q in report.quotes if q.mention is not None and q.mention.of(text) == "the transport agency"
    ]
    assert len(cited) == 1
    pieces = [p.of(text).rstrip(",") for p in cited[0].pieces]
    assert pieces == [
        "Only 12 cyclists died on the county's roads last year",
        "and there were fewer crashes than in any year since 1990",
    ]


def test_a_clause_of_the_writers_after_according_to_stays_out() -> None:
    text = (
        "Road deaths fall\n\n"
        "Only 12 cyclists died on the county's roads last year, according to the transport agency, "
        "which publishes the figures each spring.\n"
    )
    found = [words for words, _ in quotes_of(text)]
    assert found == ["Only 12 cyclists died on the county's roads last year"]
