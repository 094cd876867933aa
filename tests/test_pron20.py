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
    """The speaker's name of the one quote whose words open with ``opening`` (None for an unnamed
    source, as the reference scorer's gold writes it)."""
    names = [
        name for words, name in quote_speakers(report, named_only=True).items() if words.startswith(opening)
    ]
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


def test_a_subject_followed_by_himself_takes_the_next_pronoun() -> None:
    report = _check(
        "Debutant Sean Doyle kicked four conversions. Asked about his performance, coach Liam Nolan "
        "was measured. “He has a lot to learn,” he said.",
        "Doyle himself was happy simply to have got through the evening.",
        "“I was more nervous in the warm-up than during the game,” he told reporters.",
    )
    assert _speaker_of(report, "He has a lot to learn") == "Liam Nolan"
    assert _speaker_of(report, "I was more nervous") == "Sean Doyle"


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


# --- gender and an owner for a descriptor by post (descriptor_fit) ---


def _source_of(report: Report, opening: str) -> tuple[str | None, str | None]:
    """The kind and name of the entity the one quote opening with ``opening`` is given to."""
    found = [q for q in report.quotes if report.words(q.span).startswith(opening)]
    assert len(found) == 1, [report.words(q.span) for q in report.quotes]
    entity = report.speaker(found[0].speaker) if found[0].speaker else None
    return (entity.kind.value, entity.name) if entity is not None else (None, None)


def test_a_gendered_descriptor_does_not_take_up_a_person_of_the_other_gender() -> None:
    report = _check(
        "His daughter, Maria Kaya, spoke briefly to reporters. “My father organized rallies,” she said.",
        "The Commission's spokesman said Brussels was following the case closely.",
    )
    assert _speaker_of(report, "Brussels was following") is None
    # near miss: a woman's post takes her up
    report = _check(
        "His daughter, Maria Kaya, spoke briefly to reporters. “My father organized rallies,” she said.",
        "The spokeswoman said Brussels was following the case closely.",
    )
    assert _speaker_of(report, "Brussels was following") == "Maria Kaya"


def test_a_post_of_an_owner_is_no_person_known_by_another_role() -> None:
    report = _check(
        "Labour Secretary Stephen Lam said the government was aware of the concerns.",
        "The Consumer Council said it had received 47 complaints. Its chief executive said the "
        "number was lower than last year.",
    )
    assert _speaker_of(report, "the number was lower") is None
    assert _source_of(report, "the number was lower") == ("anonymous", "Its chief executive")


def test_an_owners_lawyer_is_an_unnamed_source_that_the_lawyer_takes_up() -> None:
    report = _check(
        "The court said the former official, identified only as Park, had sold the documents.",
        "Park's lawyer said his client would appeal.",
        "“The prosecution has exaggerated the sensitivity of the materials,” the lawyer told reporters.",
        "Defence Minister Ahn Sung-min told lawmakers the ministry would review its clearances.",
    )
    assert _speaker_of(report, "his client would appeal") is None
    assert _speaker_of(report, "The prosecution has exaggerated") is None
    assert _source_of(report, "The prosecution has exaggerated") == ("anonymous", "Park's lawyer")


def test_an_owners_post_held_by_someone_named_stays_theirs() -> None:
    # near misses: the holder named by the post, and a lede that names its speaker after
    report = _check(
        "Council chief executive Ruth Amos presented the budget on Monday.",
        "The Consumer Council said it had received 47 complaints. Its chief executive said the "
        "number was lower than last year.",
    )
    assert _speaker_of(report, "the number was lower") == "Ruth Amos"
    report = factcheck.check_text(
        "Clinics to close on weekends\n\n"
        "The province's health minister says rural clinics will keep closing on weekends this summer.\n\n"
        "Michelle Grant made the comments Wednesday at the legislature.\n"
    )
    assert _speaker_of(report, "rural clinics will keep") == "Michelle Grant"
