"""Misfires of this session's rules on news they were not written for (review16), narrowed.

Every sentence here is written for these tests in the style of news copy (UK, Australian, US,
Canadian and wire); none is taken from an article.
"""

from __future__ import annotations

import pytest
from factcheck_plugins.attribution import ATTRIBUTION

import factcheck
from factcheck import Document, Report, Status, Verdict, check
from factcheck.testing import RunChecker


def _speaker_of(text: str, words: str) -> tuple[str, str] | None:
    """The name and kind of the speaker of the quote whose words are ``words``."""
    report = factcheck.extract(factcheck.Document(text="Local news\n\n" + text + "\n"))
    for quote in report.quotes:
        if quote.span.of(report.document.text) == words:
            speaker = report.speaker(quote.speaker) if quote.speaker else None
            return (speaker.name, speaker.kind.value) if speaker else None
    raise AssertionError(f"no quote {words!r}")


# --- speakers ---------------------------------------------------------------------------------


def test_storm_as_a_given_name_after_a_post_is_a_person() -> None:
    text = (
        "Olympic rower Storm Uru has joined the board of the sports trust. Storm Uru said the "
        'appointment mattered to him. "We need more young people on the water," he said.'
    )
    assert _speaker_of(text, "We need more young people on the water,") == ("Storm Uru", "person")
    assert _speaker_of(text, "the appointment mattered to him") == ("Storm Uru", "person")


def test_a_named_storm_is_still_no_person() -> None:
    text = (
        "Storm Ciara pushed the river over its banks on Sunday. Shop owner Ann Pryce watched from the "
        'bridge. "It came up so fast," she said.'
    )
    assert _speaker_of(text, "It came up so fast,") == ("Ann Pryce", "person")


def test_two_given_names_joined_by_an_ampersand_are_people() -> None:
    text = (
        "John & Mary Hale, who have run the village post office for 31 years, are to retire. "
        '"It has been the best job in the world," John & Mary Hale said in a letter to customers.'
    )
    found = _speaker_of(text, "It has been the best job in the world,")
    assert found is not None and found[1] == "person"


@pytest.mark.parametrize("firm", ["Fenwick & Daughters", "Johnson & Johnson", "Simon & Schuster"])
def test_a_firm_joined_by_an_ampersand_stays_a_body(firm: str) -> None:
    text = f'"We are proud of the results," {firm} said in a statement on Tuesday.'
    found = _speaker_of(text, "We are proud of the results,")
    assert found is not None and found[1] == "organisation"


def test_a_place_that_is_a_given_name_before_the_surname_parks_is_a_person() -> None:
    text = (
        "Virginia Parks, 64, a retired teacher from Roanoke, has campaigned for a crossing for a decade. "
        '"Every winter somebody nearly gets hit," Virginia Parks said.'
    )
    assert _speaker_of(text, "Every winter somebody nearly gets hit,") == ("Virginia Parks", "person")


def test_a_provinces_parks_body_stays_a_body() -> None:
    text = '"Campgrounds open on May 17," Alberta Parks said in a statement.'
    found = _speaker_of(text, "Campgrounds open on May 17,")
    assert found is not None and found[1] == "organisation"


def test_a_ministry_of_one_field_is_not_the_ministry_of_another() -> None:
    text = (
        "BERLIN (Reuters) - The foreign ministry said on Tuesday it had summoned the ambassador. "
        "A spokesperson for the interior ministry said the police had been put on alert."
    )
    found = _speaker_of(text, "the police had been put on alert")
    assert found is not None and found[0] != "foreign ministry"


def test_the_same_field_still_finds_its_ministry() -> None:
    text = (
        "The Interior Ministry said on Tuesday it had raised the alert level. "
        "A spokesperson for the interior ministry said the police had been put on alert."
    )
    found = _speaker_of(text, "the police had been put on alert")
    assert found is not None and found[0] == "Interior Ministry"


def test_the_two_ministers_after_three_ministers_names_no_one() -> None:
    text = (
        "Finance Minister Chrystia Freeland presented the update on Tuesday. Health Minister Mark "
        "Holland and Housing Minister Sean Fraser later met their provincial counterparts. The two "
        "ministers said the provinces had agreed to share data on wait times."
    )
    found = _speaker_of(text, "the provinces had agreed to share data on wait times")
    assert found is None or found[1] != "person"


def test_a_school_named_after_a_saint_opening_a_sentence_is_no_person() -> None:
    text = (
        "Headteacher Claire Ndlovu said the results were the best in a decade. In Durban, Mary "
        'Immaculate School topped the provincial rankings. "The girls worked incredibly hard," she said.'
    )
    assert _speaker_of(text, "The girls worked incredibly hard,") == ("Claire Ndlovu", "person")


def test_a_person_after_a_fronted_place_still_comes_into_view() -> None:
    text = (
        "Headteacher Claire Ndlovu spoke first. In Durban, Mayor Cyril Xaba thanked the teachers. "
        '"They worked incredibly hard," he said.'
    )
    assert _speaker_of(text, "They worked incredibly hard,") == ("Cyril Xaba", "person")


def test_a_name_before_a_crowd_of_its_fans_is_no_subject() -> None:
    text = (
        "Police Chief Myron Demkiw spoke to reporters outside the stadium. In Toronto, Harry Styles fans "
        'queued overnight for the first of three shows. "It was well organised," he said.'
    )
    assert _speaker_of(text, "It was well organised,") == ("Myron Demkiw", "person")


def test_a_late_subject_whose_verb_is_also_a_noun_still_comes_into_view() -> None:
    text = (
        "Police Chief Myron Demkiw spoke to reporters. On Monday, Prime Minister Mark Carney heads to "
        'Brussels for the summit. "We will be ready," he said.'
    )
    assert _speaker_of(text, "We will be ready,") == ("Mark Carney", "person")


# --- attribution: a dropped negation --------------------------------------------------------

QUOTE = (
    "Libraries reprieved\n\n"
    "Council leader Andrew Pike said the authority would find savings elsewhere.\n\n"
    '"We will not close the six branch libraries this year," Pike told the full council on '
    "Thursday.\n\n"
)


def _reversals(report: Report) -> list[Verdict]:
    return [
        v
        for v in report.verdicts
        if v.checker == "attribution" and v.data.get("check") == "paraphrase" and v.data.get("reversal")
    ]


@pytest.mark.parametrize(
    "paraphrase",
    [
        "Pike said the council had dropped plans to close the six branch libraries this year.",
        "Pike said the council had shelved plans to close the six branch libraries this year.",
    ],
)
def test_a_plan_given_up_is_a_negation_in_other_words(run_checker: RunChecker, paraphrase: str) -> None:
    assert _reversals(run_checker(QUOTE + paraphrase + "\n", ATTRIBUTION)) == []


def test_the_dropped_negation_still_warns(run_checker: RunChecker) -> None:
    text = QUOTE + "Pike said the council had decided to close the six branch libraries this year.\n"
    assert [v.status for v in _reversals(run_checker(text, ATTRIBUTION))] == [Status.WARN]


@pytest.mark.parametrize(
    ("quote", "paraphrase"),
    [
        (
            '"If we do not close two wards this winter, we will run out of money by March," Marsh said.',
            "Marsh said the trust would have to close two wards this winter to stay within budget.",
        ),
        (
            '"Why would we not sell the stadium to the developer?" Marsh said.',
            "Marsh said the club would sell the stadium to the developer if the offer stood.",
        ),
    ],
)
def test_a_negation_in_a_condition_or_a_question_denies_nothing(
    run_checker: RunChecker, quote: str, paraphrase: str
) -> None:
    text = (
        "Trust warns of cuts\n\nChief executive Helen Marsh spoke to the board.\n\n"
        + quote
        + "\n\n"
        + paraphrase
        + "\n"
    )
    assert _reversals(run_checker(text, ATTRIBUTION)) == []


# --- attribution: words borrowed from another speaker ---------------------------------------


def _misattributed(report: Report) -> list[Verdict]:
    return [
        v for v in report.verdicts if v.checker == "attribution" and v.data.get("check") == "misattributed"
    ]


@pytest.mark.parametrize(
    "answer",
    [
        # the answer negates the words it repeats
        'Treasurer Michael Brant rejected what Webb called "a tax on older Australians". '
        '"This budget is not a tax on older Australians," Brant told reporters.',
        # the answer names whose words they are
        'Treasurer Michael Brant spoke after what Webb called "a tax on older Australians". '
        '"Karen calls it a tax on older Australians. The figures show otherwise," Brant told reporters.',
    ],
)
def test_a_speaker_answering_the_named_persons_words_does_not_own_them(
    run_checker: RunChecker, answer: str
) -> None:
    text = (
        "Budget row\n\nOpposition leader Karen Webb attacked the budget on Tuesday, saying it would hit "
        "pensioners hardest.\n\n" + answer + "\n"
    )
    assert _misattributed(run_checker(text, ATTRIBUTION)) == []


# --- numeric: a comparison with another time ------------------------------------------------


def _restatements(text: str) -> list[Status]:
    report = check(Document(text=text))
    return [v.status for v in report.verdicts if v.checker == "numeric" and "one quantity twice" in v.summary]


def test_a_compared_figure_of_a_year_the_other_sentence_names_is_still_compared() -> None:
    text = (
        "Drug deaths fall\n\nThe county's coroner recorded 412 drug deaths in 2023, against 462 in 2022, "
        "according to figures published on Thursday.\n\nThe 421 drug deaths in 2023 were 41 fewer than "
        "in 2022, public health director Sam Ellis said.\n"
    )
    assert Status.WARN in _restatements(text)


# --- attribution: a quoted figure of another time ---------------------------------------------


def _paraphrase_alarms(report: Report) -> list[Verdict]:
    return [
        v
        for v in report.verdicts
        if v.checker == "attribution" and v.data.get("check") == "paraphrase" and v.status is Status.WARN
    ]


def test_one_month_named_on_both_sides_is_one_time(run_checker: RunChecker) -> None:
    text = (
        "Jobless rate climbs\n\nEmployment Minister Sarah Quinn said on Tuesday that the unemployment "
        'rate had risen to 5.8% in March.\n\n"Unemployment was 5.2% in March 2025, and that is still '
        'too high," Quinn told reporters in Dublin.\n'
    )
    assert _paraphrase_alarms(run_checker(text, ATTRIBUTION))


def test_a_quoted_figure_of_another_year_and_no_month_is_still_another_time(run_checker: RunChecker) -> None:
    text = (
        "Jobless rate climbs\n\nEmployment Minister Sarah Quinn said on Tuesday that the unemployment "
        'rate had risen to 5.8%.\n\n"Unemployment was 5.2% at the end of 2019, and we are not back there '
        'yet," Quinn told reporters in Dublin.\n'
    )
    assert _paraphrase_alarms(run_checker(text, ATTRIBUTION)) == []


# --- numeric: a multiple in another clause ----------------------------------------------------


def _multiples(text: str) -> list[Status]:
    report = check(Document(text=text))
    return [
        v.status
        for v in report.verdicts
        if v.checker == "numeric" and "multiple" in v.summary and v.status is not Status.PASS
    ]


def test_a_multiple_whose_next_clause_opens_on_its_pronoun_is_still_judged() -> None:
    text = (
        "EV sales\n\nSales of electric cars in Kenya tripled last year; they climbed from 2,000 to 5,000 "
        "vehicles, the revenue authority said.\n"
    )
    assert Status.WARN in _multiples(text)


def test_a_multiple_of_another_subject_across_a_clause_is_still_not_judged() -> None:
    text = (
        "EV sales\n\nSales of electric cars in Kenya tripled last year; bus fares climbed from 2,000 to "
        "5,000 shillings, the revenue authority said.\n"
    )
    assert _multiples(text) == []
