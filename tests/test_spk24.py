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
        "Orchards count the cost of a late frost\n\n"
        '"Nobody planned for a May like this," said Sarah Finch, who chairs the growers\' board.\n\n'
        "For Kent grower Alice Hartley, who sells to two supermarket chains, the frost took half "
        "the blossom.\n\n"
        "\u201cI walked the rows at dawn and the buds were brown. We will pick maybe a third,\u201d "
        "she told the radio station.\n"
    )
    assert _speaker_of(text, "I walked the rows") == "Alice Hartley"


def test_a_relatives_noun_after_whose_says_nothing_of_the_persons_gender() -> None:
    text = (
        "Junction lights promised again\n\n"
        "A spokeswoman for the Transport Secretary, Mark Dawson, said a study would start soon.\n\n"
        "Families near the crossing are losing patience. Helen Parker, whose son was hurt there "
        "in 2015, said she had raised it at three council meetings.\n\n"
        '"Every reply says a study is coming. Nothing moves," she said.\n'
    )
    assert _speaker_of(text, "Every reply says") == "Helen Parker"


def test_a_place_after_from_is_no_second_person_in_the_sentence_before() -> None:
    text = (
        "River bursts its banks\n\n"
        "At the parish hall, nurse Maria Lopez was sorting dry clothes. "
        '"We can sleep sixty people here," Lopez said.\n\n'
        "Among those waiting was Teresa Villanueva, 41, a tailor from San Pedro, who had walked "
        "six kilometres.\n\n"
        "She said the water had reached her door by midnight.\n"
    )
    assert _speaker_of(text, "the water had reached") == "Teresa Villanueva"


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


# -- rule 3: "the statement said" is the statement's author, credited a few paragraphs before


def test_the_statement_said_is_the_author_credited_with_the_statement() -> None:
    text = (
        "Ferry operator cuts winter sailings\n\n"
        "Fewer boats will cross in January, the Harbour Authority said on Monday.\n\n"
        "In a statement issued Tuesday, Bluewater Lines said the cuts were needed to refit two "
        "vessels.\n\n"
        '"Passengers will have a newer fleet by spring," the statement said.\n\n'
        "Tom Reyes, who chairs the island council, said in a statement that the timetable was "
        "a blow to commuters.\n\n"
        '"We will ask the minister to step in," the statement said.\n'
    )
    assert _speaker_of(text, "Passengers will have") == "Bluewater Lines"
    assert _speaker_of(text, "We will ask the minister") == "Tom Reyes"


def test_near_miss_a_statement_credited_pages_before_is_not_meant() -> None:
    text = (
        "Airline names crew of lost flight\n\n"
        "Cairo Air said in a statement on Thursday that the search would go on through the night.\n\n"
        + "Relatives gathered at the airport as the search went on. "
        * 30
        + "\n\nThe shipping company confirmed on Friday that he had been a passenger.\n\n"
        '"He was a careful and generous colleague," the statement added.\n'
    )
    assert _speaker_of(text, "He was a careful") != "Cairo Air"
