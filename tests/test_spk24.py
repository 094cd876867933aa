"""Speaker rules for causes seen in at least three of eight sets by different writers (issue 12,
session 24), each on sentences written for it, with a near miss that keeps today's speaker."""

from __future__ import annotations

import factcheck
from factcheck.testing import quote_speakers


def _speaker_of(text: str, words: str) -> str | None:
    """The name of the speaker of the one quote whose words start with ``words``."""
    found = {q: s for q, s in quote_speakers(factcheck.check_text(text)).items() if q.startswith(words)}
    assert len(found) == 1, found
    return next(iter(found.values()))


# -- rule 1: a "he"/"she" after a quotation that opens its paragraph looks back to the sentence
# before the quotation, as a pronoun opening its sentence does


def test_a_quotation_led_pronoun_takes_up_the_one_person_the_paragraph_before_names() -> None:
    text = (
        "Dairy farmers face another price cut\n\n"
        '"Demand has collapsed since the spring," said Sarah Finch, chief executive of the group.\n\n'
        "For Devon producer Alice Hartley, who supplies a small cheese maker, the cut is the "
        "second this year.\n\n"
        "\u201cWe are at 24p and our costs are nearer 30p. Nobody can say when it ends,\u201d she "
        "told the paper.\n"
    )
    assert _speaker_of(text, "We are at 24p") == "Alice Hartley"


def test_a_relatives_noun_after_whose_says_nothing_of_the_persons_gender() -> None:
    text = (
        "Highway upgrade delayed again\n\n"
        "A spokeswoman for the Roads Minister, Mark Dawson, said the work would resume in spring.\n\n"
        "Residents say the delays have cost lives. Helen Parker, whose son was killed in a crash "
        "on the road in 2015, said she had written to every minister.\n\n"
        '"I get the same letter back every time. Nothing ever changes," she said.\n'
    )
    assert _speaker_of(text, "I get the same letter") == "Helen Parker"


def test_a_place_after_from_is_no_second_person_in_the_sentence_before() -> None:
    text = (
        "Floods force thousands from their homes\n\n"
        "At the school gym, nurse Maria Lopez was handing out blankets. "
        '"We will stay until it is safe," Lopez said.\n\n'
        "Among the new arrivals was Teresa Villanueva, 41, a market vendor from San Pedro, who "
        "came with her two sons.\n\n"
        "She said she had left her home after hearing the warnings on the radio.\n"
    )
    assert _speaker_of(text, "she had left her home") == "Teresa Villanueva"


def test_near_miss_a_quotation_led_pronoun_keeps_the_speaker_past_another_gender() -> None:
    text = (
        "Council backs new library\n\n"
        '"This has been ten years in the making," said councillor Ruth Adeyemi.\n\n'
        "The vote came a week after Peter Lang, the building's architect, presented revised plans.\n\n"
        '"We listened to every objection," she said.\n'
    )
    assert _speaker_of(text, "We listened to every") == "Ruth Adeyemi"


def test_near_miss_a_quotation_inside_a_paragraph_is_left_to_the_last_speaker() -> None:
    text = (
        "Senator urges gun reform\n\n"
        "Senator Chris Dalton said the vote had shifted the debate in his party.\n\n"
        "The push has forced Governor Paul Brandt to drop his opposition. "
        '"The primary has moved the whole party," he said.\n'
    )
    assert _speaker_of(text, "The primary has moved") == "Chris Dalton"


def test_near_miss_a_descriptor_after_the_is_no_name_in_the_sentence_before() -> None:
    text = (
        "Reid warns of long lines at the polls\n\n"
        '"They plotted this for months," Senator Harry Reid said.\n\n'
        "After the primary, the Nevada Democrat's main worry was turnout.\n\n"
        "He said lawsuits could follow the long waits.\n"
    )
    assert _speaker_of(text, "lawsuits could follow") == "Harry Reid"


# -- rule 2: what a court or a judge decides is attributed: "ruled that", "held that", "directed
# that" (in the past, and only before "that")


def test_a_judges_ruling_is_attributed_to_the_judge() -> None:
    text = (
        "Court certifies nurses' wage claim\n\n"
        "U.S. District Judge Maria Kessler ruled Monday that the nurses had shown their claims "
        "shared common questions.\n\n"
        "In a separate case, Justice Peter Obi held that the petitioner had failed to prove his "
        "allegations of fraud.\n\n"
        "Judge Obi directed that the case be heard within 14 days.\n"
    )
    assert _speaker_of(text, "the nurses had shown") == "Maria Kessler"
    assert _speaker_of(text, "the petitioner had failed") == "Peter Obi"
    assert _speaker_of(text, "the case be heard") == "Peter Obi"


def test_near_miss_ruled_and_held_without_that_are_no_cues() -> None:
    text = (
        "Court backs the city\n\n"
        "The appeals court ruled in favour of the city last year and ruled out a retrial.\n\n"
        "The company held talks with the union on Monday and held that position for a week.\n"
    )
    assert quote_speakers(factcheck.check_text(text)) == {}


# -- rule 3: "the statement said" is the statement's author, credited a few paragraphs before


def test_the_statement_said_is_the_author_credited_with_the_statement() -> None:
    text = (
        "Hospital group fights wage claim\n\n"
        "A federal judge has certified a class of about 2,000 nurses, the Labor Department said.\n\n"
        'In a statement released Tuesday, Harbor Health Group said it "values and fairly '
        'compensates" its nurses.\n\n'
        '"Our nurses are the heart of our hospitals," the statement said.\n\n'
        "Tom Reyes, who lost the race, said in a statement that the vote had been marred by "
        "irregularities.\n\n"
        '"We reject the result in its entirety," the statement said.\n'
    )
    assert _speaker_of(text, "Our nurses are the heart") == "Harbor Health Group"
    assert _speaker_of(text, "We reject the result") == "Tom Reyes"


def test_near_miss_a_statement_credited_pages_before_is_not_meant() -> None:
    text = (
        "Airline names crew of lost flight\n\n"
        "Cairo Air said in a statement on Thursday that the search would go on through the night.\n\n"
        + "Relatives gathered at the airport as the search went on. "
        * 30
        + "\n\nThe shipping company confirmed on Friday that he had been a passenger.\n\n"
        '"He was a greatly respected colleague," the statement added.\n'
    )
    assert _speaker_of(text, "He was a greatly respected") != "Cairo Air"


# -- rule 4: a body described but never named ("The army said", "the central bank") is a body of
# its own, not the last body quoted of no known kind


def test_a_body_described_but_never_named_speaks_as_itself() -> None:
    text = (
        "Rate held as recession deepens\n\n"
        "The president's approval rating stands at 11 percent, according to a Norvista poll.\n\n"
        "The central bank, which has held its benchmark rate since July, has signaled it will not "
        "raise it further.\n\n"
        "The army said it had deployed 30 helicopters in the flooded province.\n\n"
        "The county clerk's office reported that just under 11 percent of voters cast ballots.\n"
    )
    assert _speaker_of(text, "it will not raise it") == "central bank"
    assert _speaker_of(text, "it had deployed 30") == "army"
    assert _speaker_of(text, "just under 11 percent") == "county clerk's office"


def test_near_miss_a_bare_bank_or_a_body_named_with_its_noun_keeps_todays_speaker() -> None:
    text = (
        "Lender fires staff over fake accounts\n\n"
        "Harwick Fargo said on Monday that its chief executive would testify next week.\n\n"
        "The bank said that it had fired 5,000 employees for opening accounts without consent.\n\n"
        "The Pakistan Army said troops had reached the flooded villages. The army said it had "
        "deployed 30 helicopters.\n"
    )
    assert _speaker_of(text, "it had fired 5,000") != "bank"  # a bare "the bank" is no unnamed bank
    assert _speaker_of(text, "it had deployed 30") == "Pakistan Army"
