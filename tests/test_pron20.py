"""Pronouns and descriptors with two people in view (issue 12; docs/accuracy.md, "Eighteenth
session, pron20").  Every sentence here is written for the test, in the style of sports, court,
disaster and political copy; each rule's test fails without it, and a near miss beside it must
keep its speaker."""

from __future__ import annotations

import factcheck
from factcheck.model import Report
from factcheck.testing import quote_speakers


def _check(*paragraphs: str) -> Report:
    return factcheck.check_text("Night of the vote\n\n" + "\n\n".join(paragraphs) + "\n")


def _speaker_of(report: Report, opening: str) -> str | None:
    """The speaker's name of the one quote whose words open with ``opening``."""
    names = [name for words, name in quote_speakers(report).items() if words.startswith(opening)]
    assert len(names) == 1, quote_speakers(report)
    return names[0]


# --- the subject of the sentence before, with a tail or after a fronted phrase (subject_tails) ---


def test_a_subject_after_a_fronted_question_takes_the_next_pronoun() -> None:
    report = _check(
        "Striker Tom Walsh scored twice on Saturday. Walsh, who joined on loan in January, has now "
        "scored in three matches.",
        "Asked whether the club could still go up, manager Peter Hartley was blunt.",
        "“Why not? There are 42 points to play for,” he said.",
    )
    assert _speaker_of(report, "Why not?") == "Peter Hartley"


def test_a_subject_with_an_age_a_hometown_and_a_relative_clause_takes_the_next_pronoun() -> None:
    report = _check(
        "“It was a good night for the town,” said Coach Ana Lopez.",
        "Mother-of-three Karen Doyle, 41, from Stockport, knows the problem only too well. She "
        "gained three stone in two years.",
        "“I would have my tea at six and then pick all night,” she said.",
    )
    assert _speaker_of(report, "I would have my tea") == "Karen Doyle"
    report = _check(
        "General Hilmi Kaya went on trial in March. “This is a sign of a mature democracy,” "
        "prosecutor Nuri Aslan said.",
        "Kaya, 70, who commanded the army until 2010, has been held in custody since January. "
        "In his final statement last week, he told the court he had spent “a lifetime defending "
        "the republic.”",
    )
    assert _speaker_of(report, "he had spent") == "Hilmi Kaya"


def test_a_subject_with_the_body_it_works_for_takes_the_next_pronoun() -> None:
    report = _check(
        "“We will not stop the programme,” Housing Minister Pieter de Wit said.",
        "Energy poverty researcher Koen Bakker of the Danish Institute for Applied Building and Housing "
        "Research (DIBHR) estimated that about 550,000 households already spend more than 10 percent "
        "of their income on energy. “That number will grow,” he said.",
    )
    assert _speaker_of(report, "That number will grow") == "Koen Bakker"


def test_a_volunteer_after_a_fronted_place_with_an_appositive_takes_the_next_pronoun() -> None:
    report = _check(
        "“We need blankets, not bottled water,” said Ana Torres, a spokeswoman for the Red Cross.",
        "At the collapsed school, volunteer Daniela Ruiz, a 22-year-old student, had been passing "
        "buckets of rubble since Tuesday. “Nobody asked us to come,” she said.",
    )
    assert _speaker_of(report, "Nobody asked us") == "Daniela Ruiz"


def test_a_person_named_outside_the_subject_does_not_take_the_pronoun() -> None:
    # near miss: the fronted phrase names a person, the subject is the speaker quoted before
    report = _check(
        "“We will appeal,” said defence lawyer Maria Costa.",
        "After meeting prosecutor Ana Lima, Costa, who has represented the family since 2019, "
        "told reporters the talks had failed. “There is nothing left to discuss,” she said.",
    )
    assert _speaker_of(report, "There is nothing left") == "Maria Costa"
    # a fronted phrase with a joined subject: no one person for "he"
    report = _check(
        "“The count was clean,” returning officer Paul Mensah said.",
        "In the capital, Kofi Boateng and Yaw Asante, both former ministers, rejected the count. "
        "“We will go to court,” he said.",
    )
    assert _speaker_of(report, "We will go to court") == "Paul Mensah"


# --- a post named apart from the last person (post_holders) ---


def test_a_person_whose_sentence_names_the_post_as_another_is_not_its_holder() -> None:
    report = _check(
        "President Daniel Okoro answered questions from voters at a town hall on Wednesday.",
        "During the town hall, Grace Adeyemi had a question for the president.",
        "“My son served in the army for ten years,” she said.",
        "“The truth is that the issue has been exaggerated,” the president said.",
    )
    assert _speaker_of(report, "My son served") == "Grace Adeyemi"
    assert _speaker_of(report, "The truth is") == "Daniel Okoro"


def test_the_last_person_who_may_hold_the_post_keeps_the_descriptor() -> None:
    # near miss: nothing sets the last person apart from the post, who stays the nearest fit
    report = _check(
        "President Daniel Okoro answered questions from voters at a town hall on Wednesday.",
        "Grace Adeyemi, who was elected in May, spoke next.",
        "“The truth is that the issue has been exaggerated,” the president said.",
    )
    assert _speaker_of(report, "The truth is") == "Grace Adeyemi"
