"""Who a found quote is given to, after reading wrong speakers on real published US political
news (PolNeAR train, issue 12; docs/accuracy.md, "Seventeenth session, spk18a").  Every sentence
here is written for the test, in the style of such news; each test fails without its rule."""

from __future__ import annotations

import factcheck
from factcheck.model import Report
from factcheck.testing import quote_speakers


def _check(*paragraphs: str) -> Report:
    return factcheck.check_text("Council weighs the budget\n\n" + "\n\n".join(paragraphs) + "\n")


def _speaker_of(report: Report, opening: str) -> str | None:
    """The speaker's name of the one quote whose words open with ``opening``."""
    names = [name for words, name in quote_speakers(report).items() if words.startswith(opening)]
    assert len(names) == 1, quote_speakers(report)
    return names[0]


def _mention_of(report: Report, opening: str) -> str | None:
    """The words that name the source of the one quote whose words open with ``opening``."""
    found = [q for q in report.quotes if report.words(q.span).startswith(opening)]
    assert len(found) == 1, [report.words(q.span) for q in report.quotes]
    return report.words(found[0].mention) if found[0].mention is not None else None


# --- a verb that leads into the cue: "went on to say", "began by saying", "interjected" ---


def test_went_on_to_say_is_the_subjects_speech_not_the_last_speakers() -> None:
    report = _check(
        "Mayor Ana Ruiz opened the meeting. “We have the money for the roads,” she said.",
        "Treasurer Tom Becker went on to say, “We regret the delay and thank residents for their patience.”",
    )
    assert _speaker_of(report, "We regret the delay") == "Tom Becker"


def test_interjected_is_a_cue_of_its_own() -> None:
    report = _check(
        "Mayor Ana Ruiz said the plan had been costed, to which Councillor Tom Becker interjected: "
        "“That is simply not true.”",
        "Becker, who wrote the transit levy, later interjected to say: “They have both changed their "
        "minds on this.”",
    )
    assert _speaker_of(report, "That is simply not true") == "Tom Becker"
    assert _speaker_of(report, "They have both changed") == "Tom Becker"


# --- a document beside a quotation: "the letter reads", "it states", "the passage continued" ---


def test_a_document_that_reads_or_states_is_the_quotations_source() -> None:
    report = _check(
        "Mayor Ana Ruiz spoke to reporters on Monday. “The levy stays,” she said.",
        "The city's finance office sent a notice to residents on Friday. “Parking fees will not rise "
        "this year,” the notice reads.",
        "“Fees for permits will be reviewed in the spring,” it states.",
    )
    assert _speaker_of(report, "Parking fees will not rise") is None
    assert _mention_of(report, "Parking fees will not rise") == "the notice"
    assert _mention_of(report, "Fees for permits") == "it"


def test_a_passage_that_continues_is_not_the_last_persons_words() -> None:
    report = _check(
        "“The council met in secret three times,” Becker said.",
        "“Saying that the vote had been fair, the mayor closed the session,” the passage continued.",
    )
    assert _speaker_of(report, "Saying that the vote") is None
    assert _mention_of(report, "Saying that the vote") == "the passage"


# --- "As X put it," opening a sentence ---


def test_as_someone_put_it_opening_the_sentence_gives_the_quotation() -> None:
    report = _check(
        "Mayor Ana Ruiz spoke first. “We have the money,” she said.",
        "As Treasurer Tom Becker put it, “There is no money left for the roads.”",
    )
    assert _speaker_of(report, "There is no money left") == "Tom Becker"


# --- an aside between the subject and its cue ---


def test_an_aside_of_time_between_subject_and_cue_is_passed_over() -> None:
    report = _check(
        "Senator Joan Miles, after the audit of her office was released in March, initially said "
        "that there were no errors in the accounts."
    )
    assert _speaker_of(report, "there were no errors") == "Joan Miles"


def test_a_name_inside_a_participle_aside_after_a_party_tag_is_not_the_subject() -> None:
    report = _check(
        "Sen. Joan Miles (D-Ore.), facing a stiff challenge from state treasurer Tom Becker, noted "
        "that the city's reserves were at a record high."
    )
    assert _speaker_of(report, "the city's reserves") == "Joan Miles"


def test_a_prepositional_aside_before_told_keeps_the_subject_and_the_clause() -> None:
    report = _check(
        "Tom Becker, in the wake of a new audit showing the deficit at 14 percent, told the Herald on "
        "Sunday that the plan would pass."
    )
    assert _speaker_of(report, "the plan would pass") == "Tom Becker"


def test_as_well_as_and_always_between_subject_and_cue() -> None:
    report = _check(
        "The party's leader, Ed Mann, as well as his deputy, has always maintained that the vote was fair."
    )
    assert _speaker_of(report, "the vote was fair") == "Ed Mann"


def test_an_aside_between_dashes_that_names_nobody_is_passed_over() -> None:
    report = _check(
        "Councillor Tom Becker — after a long pause and a knock on the table — told me he had never "
        "seen the figures."
    )
    assert _speaker_of(report, "he had never seen the figures") == "Tom Becker"


def test_an_aside_after_the_cue_still_reads_the_subject_before_it() -> None:
    report = _check("After the vote, Councillor Tom Becker said the plan would pass.")
    assert _speaker_of(report, "the plan would pass") == "Tom Becker"


# --- a clause that leads into a quotation by its colon, with a fronted phrase or an aside ---


def test_a_colon_lead_with_an_aside_after_the_subject_is_the_subjects() -> None:
    report = _check(
        "Mayor Ana Ruiz spoke first. “We have the money,” she said.",
        "Council Leader Tom Becker, D-Ward 3, delivered a blunt message to the mayor: “Stop fighting old "
        "battles and fix the buses.”",
        "Dana Lee, a transit analyst at the state university, agreed: “The fares are simply too high.”",
    )
    assert _speaker_of(report, "Stop fighting old battles") == "Tom Becker"
    assert _speaker_of(report, "The fares are simply") == "Dana Lee"


def test_a_colon_lead_after_a_fronted_phrase_is_the_subjects() -> None:
    report = _check(
        "“The money is there,” Mayor Ana Ruiz said.",
        "Councillor Dana Lee posted a photo of the depot on Sunday. Along with the photo, Lee had "
        "written: “Fares up again, and the buses are still late.”",
    )
    assert _speaker_of(report, "Fares up again") == "Dana Lee"


def test_a_colon_lead_that_gives_anothers_words_is_still_not_the_subjects() -> None:
    report = _check(
        "“The money is there,” Mayor Ana Ruiz said.",
        "Along with the photo, Councillor Dana Lee cited the mayor's words: “The money is there.”",
    )
    assert _speaker_of(report, "The money is there.") != "Dana Lee"


# --- an inverted cue after a clause that trails the quotation ---


def test_said_and_a_name_after_a_trailing_clause_is_the_speaker() -> None:
    report = _check(
        "“To see how many projects could change with this one vote is stunning,” since so many of them "
        "were approved by a single vote, said Dana Lee, who teaches public finance at the state university.",
        "“She may claim it, but the numbers look very poor” that Becker can win the ward, said Sam Ortiz, a "
        "strategist for the party.",
    )
    assert _speaker_of(report, "To see how many projects") == "Dana Lee"
    assert _speaker_of(report, "She may claim it") == "Sam Ortiz"


def test_a_subject_before_said_after_an_aside_is_still_the_speaker() -> None:
    report = _check("“The fares are too high,” Councillor Dana Lee, who chairs the transport panel, said.")
    assert _speaker_of(report, "The fares are too high") == "Dana Lee"


# --- a participle right after another cue speaks for that cue's subject ---


def test_a_participle_after_said_is_the_speakers_not_the_reported_subjects() -> None:
    report = _check(
        "Mayor Ana Ruiz and Tom Becker will meet next week to settle the levy, Councillor Dana Lee said, "
        'adding, "We have plenty of time to get this right."'
    )
    assert _speaker_of(report, "We have plenty of time") == "Dana Lee"


def test_a_participle_after_told_is_the_tellers_not_the_hearers() -> None:
    report = _check(
        "“Becker and I have worked side by side for years,” Councillor Tom Becker told the Herald, adding, "
        '"We go back thirty years."'
    )
    assert _speaker_of(report, "We go back thirty years") == "Tom Becker"


def test_a_participle_after_a_sentences_own_verb_is_still_the_subjects() -> None:
    report = _check('Councillor Tom Becker welcomed the vote, saying, "This is a good day for the city."')
    assert _speaker_of(report, "This is a good day") == "Tom Becker"


# --- any verb beside the mark after a fronted phrase: "During the debate, X cracked, “…”" ---


def test_an_open_cue_after_a_fronted_phrase_is_the_subjects() -> None:
    report = _check(
        "Mayor Ana Ruiz spoke first. “We have the money,” she said.",
        "Yet for all the talk of a quiet session - during their first debate, Councillor Tom Becker "
        "cracked, “I'm a builder who likes to finish roads.”",
        "In her best-known ballad, Dana Lee croons, “Never trade the river for the road.”",
    )
    assert _speaker_of(report, "I'm a builder") == "Tom Becker"
    assert _speaker_of(report, "Never trade the river") == "Dana Lee"
