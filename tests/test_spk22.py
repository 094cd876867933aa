"""Speaker rules for causes seen in at least three sets by different writers (issue 12, session
22), each on sentences written for it, with a near miss that keeps today's speaker."""

from __future__ import annotations

import factcheck
from factcheck.testing import quote_speakers


def _speaker_of(text: str, words: str) -> str | None:
    """The name of the speaker of the one quote whose words start with ``words``."""
    found = {q: s for q, s in quote_speakers(factcheck.check_text(text)).items() if q.startswith(words)}
    assert len(found) == 1, found
    return next(iter(found.values()))


LEAD = "The regional council approved the new budget on Tuesday after a long debate.\n\n"


def test_an_appositive_with_a_bracket_is_the_named_persons_post() -> None:
    text = LEAD + (
        "Dr Miriam Osei-Bonsu, Director of the Northern Water Authority (NWA), said supplies "
        "would be restored by Friday.\n\n"
        "Inspector Tomas Grell, head (operations) of the Harbour and Coastal Patrol, told "
        "reporters that two ferries had been held in port.\n"
    )
    assert _speaker_of(text, "supplies would be restored") == "Miriam Osei-Bonsu"
    assert _speaker_of(text, "two ferries had been held") == "Tomas Grell"


def test_a_capitalised_post_in_a_place_is_the_named_persons_post() -> None:
    text = LEAD + (
        "Mrs Jeanne-Marie Faucher, UNHCR Representative in Chad, said the camps were already full.\n"
    )
    assert _speaker_of(text, "the camps were already full") == "Jeanne-Marie Faucher"
    text = LEAD + "Senator Ana Whitmore, Republican of Ohio, said the vote would be close.\n"
    assert _speaker_of(text, "the vote would be close") == "Ana Whitmore"


def test_one_of_a_group_between_commas_is_a_description_of_the_name_before() -> None:
    text = LEAD + (
        "Councillor Petra Lindqvist, one of the four members who voted against, said she feared "
        "the cuts would fall on families.\n"
    )
    assert _speaker_of(text, "she feared the cuts") == "Petra Lindqvist"


def test_a_fronted_participle_before_a_name_and_its_appositive() -> None:
    text = LEAD + (
        "Speaking at a press briefing, Deputy Commissioner of Police Arun Pillai, director of the "
        "Fraud and Financial Crime Command, said losses had tripled in a year.\n"
    )
    assert _speaker_of(text, "losses had tripled") == "Arun Pillai"


def test_an_aside_between_spaced_hyphens_is_passed_over() -> None:
    text = LEAD + (
        "Associate Professor Hana Kowalczyk - who was not involved in the survey - cautioned that "
        "the sample had been small.\n"
    )
    assert _speaker_of(text, "the sample had been small") == "Hana Kowalczyk"


def test_near_misses_keep_their_speakers() -> None:
    # a list of names and a description of all of them is no one name with a post
    text = LEAD + "Smith, Jones and Brown, the three councillors, said they would join the scheme.\n"
    assert _speaker_of(text, "they would join") == "the three councillors"
    # a body before a capitalised appositive that names no body is not read as described
    text = LEAD + "The Marlow Trust, Friends of Marlow Park, said the lease had been signed.\n"
    assert _speaker_of(text, "the lease had been signed") == "Friends of Marlow Park"
    # a fronted word, then a name and its verb in the past, is a clause, no name and appositive
    text = LEAD + "Exhausted, Mayor Ruth Okafor resigned, saying the council had failed her.\n"
    assert _speaker_of(text, "the council had failed") is None
    # a post opening the sentence, then the name between commas: the name speaks, as before
    text = LEAD + "The Head of the Ministry's Water Quality Division, Ana Lopes, said tests were under way.\n"
    assert _speaker_of(text, "tests were under way") == "Ana Lopes"
    # a name between spaced hyphens is the subject's name in apposition, read as before
    text = LEAD + "The union's leader - Carla Benn - said the strike would go ahead.\n"
    assert _speaker_of(text, "the strike would go ahead") == "Carla Benn"


COUNCIL = (
    "Harlow sets its budget\n\n"
    "The Harlow District Council voted on Tuesday to raise council tax by 4.99 per cent, its "
    "leader Mark Tilney said.\n\n"
)


def test_figures_owned_by_a_body_named_before_are_that_bodys() -> None:
    text = COUNCIL + (
        "According to the council's own figures, demand for home care has grown by 18 per cent since 2016.\n"
    )
    assert _speaker_of(text, "demand for home care") == "Harlow District Council"


def test_figures_with_their_publisher_are_the_publishers() -> None:
    text = COUNCIL + (
        "The figures, published by the Care Standards Board on Thursday, show that only 58 per "
        "cent of homes met the standard.\n\n"
        "Turnout was 41 per cent, according to Electoral Office figures released on Monday.\n\n"
        "Six roads were closed, according to a bulletin of the Essex Highways Agency (EHA).\n"
    )
    assert _speaker_of(text, "only 58 per cent") == "Care Standards Board"
    assert _speaker_of(text, "Turnout was 41") == "Electoral Office"
    assert _speaker_of(text, "Six roads were closed") == "Essex Highways Agency"


def test_findings_owned_by_a_pronoun_are_the_persons() -> None:
    text = COUNCIL + (
        "Dr. Lucia Ferrante, who teaches at Harlow College, has spent three years interviewing "
        "tenants. Her preliminary findings suggest that rents have doubled since 2012.\n"
    )
    assert _speaker_of(text, "rents have doubled") == "Lucia Ferrante"


def test_documents_with_no_owner_keep_no_speaker() -> None:
    # figures obtained by a newspaper are read as before; "the figures" names no owner
    text = COUNCIL + (
        "Figures obtained by the Harlow Star show that 300 homes stood empty.\n\n"
        "The figures show that waiting lists grew by a third.\n"
    )
    assert _speaker_of(text, "300 homes stood empty") == "Harlow Star"
    assert _speaker_of(text, "waiting lists grew") == "The figures"


SCHOOL = (
    "Board approves four-day week\n\n"
    "The Mesa Ridge school board voted 5-2 on Tuesday to move to a four-day week, superintendent "
    'Carla Munoz said. "This gives teachers time to plan," Munoz said.\n\n'
)


def test_a_pronoun_takes_up_the_one_person_the_sentence_before_names() -> None:
    text = SCHOOL + (
        "The other no vote came from board member Linda Haskett, who did not speak during the "
        "meeting. In an email to the Ridge Courier on Wednesday, she wrote that she could not "
        "support the change.\n"
    )
    assert _speaker_of(text, "she could not support") == "Linda Haskett"
    text = SCHOOL + (
        "“Parents will adapt.” That’s how Paula Grange, head of the district parents’ council, "
        "put it in a letter. She said that most families had already made plans.\n"
    )
    assert _speaker_of(text, "most families had already") == "Paula Grange"


def test_a_pronoun_keeps_the_subject_or_the_speaker_in_near_misses() -> None:
    # the sentence before opens with an unnamed person as its subject: the pronoun is not the name
    text = SCHOOL + (
        "A spokeswoman for the teachers' union praised board member Linda Haskett for her vote. "
        "She said the union would keep pressing for a five-day week.\n"
    )
    assert _speaker_of(text, "the union would keep") == "Carla Munoz"
    # a "she" already in the sentence before carries the chain on: the speaker stays
    text = SCHOOL + (
        "Munoz said she had spoken with Linda Haskett before the vote. She said the district "
        "would survey parents in June.\n"
    )
    assert _speaker_of(text, "the district would survey") == "Carla Munoz"
    # a name opening the sentence before is its subject, not the one named after it
    text = SCHOOL + (
        "Munoz also criticised the vote count, pointing to a late ballot from Linda Haskett that "
        "was cast by phone. She declined to elaborate.\n\n"
        "“We will review the rules,” she said.\n"
    )
    assert _speaker_of(text, "We will review") == "Carla Munoz"


OBITUARY = (
    "Teacher remembered\n\n"
    "For four decades the first thing children at St. Clare School learned was how to spell their "
    "names. The person teaching them was Margaret Doyle.\n\n"
)


def test_a_name_apposed_after_a_relative_with_a_hometown_speaks() -> None:
    text = OBITUARY + (
        '"She used to say that a child who can read their name can read anything," said her '
        'daughter, Ann Doyle Keefe of Milton. "She believed it to the end."\n\n'
        '"We are proud of what she built," said the principal, Tom Reyes, 54.\n'
    )
    assert _speaker_of(text, "She used to say") == "Ann Doyle Keefe"
    assert _speaker_of(text, "We are proud") == "Tom Reyes"


def test_one_of_a_group_then_a_name_in_apposition_is_that_name() -> None:
    text = OBITUARY + (
        "One of her former pupils, Jesse Ellison, 70, had driven from Ohio and said she had "
        "taught him to read.\n"
    )
    assert _speaker_of(text, "she had taught him") == "Jesse Ellison"


def test_one_of_a_group_with_no_name_stays_unnamed() -> None:
    text = OBITUARY + "One of her former pupils said she had taught him to read.\n"
    assert _speaker_of(text, "she had taught him") == "One of her former pupils"
    text = OBITUARY + '"She was strict," said her daughter, who asked not to be named.\n'
    assert _speaker_of(text, "She was strict") is None
