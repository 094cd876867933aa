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
        "Asked whether the club could still reach the play-offs, manager Peter Hartley was blunt.",
        "“Of course. Eleven games is a long time in this league,” he said.",
    )
    assert _speaker_of(report, "Of course.") == "Peter Hartley"


def test_a_subject_with_an_age_a_hometown_and_a_relative_clause_takes_the_next_pronoun() -> None:
    report = _check(
        "“It was a good night for the town,” said Coach Ana Lopez.",
        "Grandmother-of-five Ann Lyle, 63, from Leeds, has lived with the noise for a decade. She "
        "sleeps with earplugs most nights.",
        "“The lorries start at four in the morning,” she said.",
    )
    assert _speaker_of(report, "The lorries start") == "Ann Lyle"
    report = _check(
        "Admiral Hilmi Kaya went on trial in March. “Nobody stands above the courts,” "
        "prosecutor Nuri Aslan said.",
        "Kaya, 68, who led the navy until 2015, has been on bail since the spring. "
        "In a letter read out on Monday, he told the judges he had given “forty years to the "
        "fleet.”",
    )
    assert _speaker_of(report, "he had given") == "Hilmi Kaya"


def test_a_subject_with_the_body_it_works_for_takes_the_next_pronoun() -> None:
    report = _check(
        "“The subsidy stays as it is,” Housing Minister Pieter de Wit said.",
        "Fuel poverty researcher Koen Bakker of the Danish Institute for Applied Building and Housing "
        "Research (DIBHR) estimated that about 300,000 homes already spend more than 12 percent "
        "of their budget on heating. “It will be worse by February,” he said.",
    )
    assert _speaker_of(report, "It will be worse") == "Koen Bakker"


def test_a_volunteer_after_a_fronted_place_with_an_appositive_takes_the_next_pronoun() -> None:
    report = _check(
        "“We need blankets, not bottled water,” said Ana Torres, a spokeswoman for the Red Cross.",
        "At the flooded market, volunteer Daniela Ruiz, a 19-year-old nursing student, had been "
        "filling sandbags since dawn. “We came because our parents sell here,” she said.",
    )
    assert _speaker_of(report, "We came because") == "Daniela Ruiz"


def test_a_subject_followed_by_himself_takes_the_next_pronoun() -> None:
    report = _check(
        "Debutant Sean Doyle scored the late try. Asked about the youngster, coach Liam Nolan "
        "was cautious. “Let him enjoy tonight and train on Tuesday,” he said.",
        "Doyle himself was quieter than his team-mates in the tunnel.",
        "“My legs went in the last ten minutes,” he told reporters.",
    )
    assert _speaker_of(report, "Let him enjoy tonight") == "Liam Nolan"
    assert _speaker_of(report, "My legs went") == "Sean Doyle"


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
        "“Pensions for veterans will rise in January,” the president said.",
    )
    assert _speaker_of(report, "My son served") == "Grace Adeyemi"
    assert _speaker_of(report, "Pensions for veterans") == "Daniel Okoro"


def test_the_last_person_who_may_hold_the_post_keeps_the_descriptor() -> None:
    # near miss: nothing sets the last person apart from the post, who stays the nearest fit
    report = _check(
        "President Daniel Okoro answered questions from voters at a town hall on Wednesday.",
        "Grace Adeyemi, who was elected in May, spoke next.",
        "“Pensions for veterans will rise in January,” the president said.",
    )
    assert _speaker_of(report, "Pensions for veterans") == "Grace Adeyemi"


# --- gender and an owner for a descriptor by post (descriptor_fit) ---


def _source_of(report: Report, opening: str) -> tuple[str | None, str | None]:
    """The kind and name of the entity the one quote opening with ``opening`` is given to."""
    found = [q for q in report.quotes if report.words(q.span).startswith(opening)]
    assert len(found) == 1, [report.words(q.span) for q in report.quotes]
    entity = report.speaker(found[0].speaker) if found[0].speaker else None
    return (entity.kind.value, entity.name) if entity is not None else (None, None)


def test_a_gendered_descriptor_does_not_take_up_a_person_of_the_other_gender() -> None:
    report = _check(
        "His niece, Maria Kaya, waited outside the court. “He only ever wrote columns,” she said.",
        "The Fisheries Agency's spokesman said the ministry was watching the trial.",
    )
    assert _speaker_of(report, "the ministry was watching") is None
    # near miss: a woman's post takes her up
    report = _check(
        "His niece, Maria Kaya, waited outside the court. “He only ever wrote columns,” she said.",
        "The spokeswoman said the ministry was watching the trial.",
    )
    assert _speaker_of(report, "the ministry was watching") == "Maria Kaya"


def test_a_post_of_an_owner_is_no_person_known_by_another_role() -> None:
    report = _check(
        "Labour Secretary Stephen Lam said the government would look at the shop hours.",
        "The Tenants Union said it had logged 230 repair requests. Its chief executive said the "
        "landlords had answered fewer than half.",
    )
    assert _speaker_of(report, "the landlords had answered") is None
    assert _source_of(report, "the landlords had answered") == ("anonymous", "Its chief executive")


def test_an_owners_lawyer_is_an_unnamed_source_that_the_lawyer_takes_up() -> None:
    report = _check(
        "The tribunal said the former clerk, identified only as Ahmed, had taken the payments.",
        "Ahmed's lawyer said her client would contest the ruling.",
        "“Every payment was declared to the tax office,” the lawyer told reporters.",
        "Finance Minister Omar Haddad told parliament the ministry would audit its contracts.",
    )
    assert _speaker_of(report, "her client would contest") is None
    assert _speaker_of(report, "Every payment was declared") is None
    assert _source_of(report, "Every payment was declared") == ("anonymous", "Ahmed's lawyer")


def test_an_owners_post_held_by_someone_named_stays_theirs() -> None:
    # near misses: the holder named by the post, and a lede that names its speaker after
    report = _check(
        "Union chief executive Ruth Amos presented the figures on Monday.",
        "The Tenants Union said it had logged 230 repair requests. Its chief executive said the "
        "landlords had answered fewer than half.",
    )
    assert _speaker_of(report, "the landlords had answered") == "Ruth Amos"
    report = factcheck.check_text(
        "Clinics to close on weekends\n\n"
        "Manitoba's health minister says rural clinics will keep closing on weekends this summer.\n\n"
        "Michelle Grant made the comments Wednesday at the legislature.\n"
    )
    assert _speaker_of(report, "rural clinics will keep") == "Michelle Grant"
