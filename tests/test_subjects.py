"""Subjects far from their cue: a name, then a long description, then "said".

Sentences are written for these tests in the style of US and wire news.
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck import QuoteKind, Report, SpeakerKind
from factcheck.extraction.subjects import appositive_subject


def extract(text: str) -> Report:
    return factcheck.extract(factcheck.Document(text=text))


def reported(text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker name, mention as written, content) of each indirect quote."""
    report = extract(text)
    out = []
    for quote in report.quotes:
        if quote.kind is QuoteKind.INDIRECT:
            speaker = report.speaker(quote.speaker)
            mention = quote.mention.of(text) if quote.mention else None
            out.append((speaker.name if speaker else None, mention, quote.span.of(text)))
    return out


def said_by(text: str, opening: str) -> str | None:
    """The name of the speaker of the quote that opens with ``opening``."""
    report = extract(text)
    quote = next(q for q in report.quotes if q.span.of(text).startswith(opening))
    speaker = report.speaker(quote.speaker)
    return speaker.name if speaker is not None else None


HEADLINE = "Council weighs new budget\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "Elena Marquez, Peru's trade envoy to Canada from 2009 to 2014, said the deal would "
            "survive the election.",
            "Elena Marquez",
            "the deal would survive the election",
        ),
        (
            "Tom Albers, a Kansas consultant whose firm was hired by the campaign last month, said "
            "he expected a close race.",
            "Tom Albers",
            "he expected a close race",
        ),
        (
            "For now, Okafor, at the Institute for Fiscal Studies, said the deficit was falling.",
            "Okafor",
            "the deficit was falling",
        ),
        (
            "Rep. Dana Whitfield (a Vermont Democrat first elected in 2010) says the bill has the votes.",
            "Dana Whitfield",
            "the bill has the votes",
        ),
    ],
)
def test_name_then_long_description_then_said(sentence: str, speaker: str, content: str) -> None:
    found = reported(HEADLINE + sentence)
    assert [(name, body) for name, _, body in found] == [(speaker, content)]


def test_the_description_becomes_the_role() -> None:
    text = "Elena Marquez, Peru's trade envoy to Canada from 2009 to 2014, said "
    phrase = appositive_subject(text, 0, text.index("said"))
    assert phrase is not None
    assert (phrase.name, phrase.role) == ("Elena Marquez", "Peru's trade envoy to Canada from 2009 to 2014")


def test_a_group_with_a_relative_clause() -> None:
    found = reported(HEADLINE + "Farmers who lost their crops in the flood say the aid came too late.")
    assert found == [("Farmers", "Farmers", "the aid came too late")]


@pytest.mark.parametrize(
    "left",
    [
        "Mayor Ruiz, the council chair, and Ana Lee, the treasurer, ",  # a list of two speakers
        "The budget, the council said on Monday, ",  # the description is no description
        "Ruiz, Lee and Patel ",  # no appositive at all
    ],
)
def test_other_shapes_are_not_an_appositive_subject(left: str) -> None:
    assert appositive_subject(left, 0, len(left)) is None


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Gustav Ando, research director for IHS Life Sciences, a consulting company, said the deal "
            "was carefully structured.",
            "Gustav Ando",
            "research director for IHS Life Sciences, a consulting company",
        ),
        ("Jane Roe, chief executive of Northgate Bank, said profits rose in the quarter.", "Jane Roe", None),
    ],
)
def test_a_bare_post_between_commas_is_the_named_speakers_role(
    sentence: str, name: str, role: str | None
) -> None:
    report = factcheck.check_text(f"Deal talk\n\n{sentence}")
    speaker = report.speaker(report.quotes[-1].speaker)
    assert speaker is not None and speaker.name == name
    assert speaker.role == (role or "chief executive of Northgate Bank")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("the Coastal Fisheries Act", None),
        ("the U.S. Port Security Act", None),
        ("the Kyoto Agreement", None),
        ("Steven Law", "Steven Law"),
        ("Judge Anna Law", "Anna Law"),
        # a title of address before the surname: a person, whatever the surname means
        ("Mr. Law", "Law"),
        ("Ms Bill", "Bill"),
        ("Senator Law", "Law"),
        ("Rep. Charter", "Charter"),
        ("the Refugee Act", None),
    ],
)
def test_a_law_or_a_treaty_is_no_person(text: str, person: str | None) -> None:
    from factcheck.extraction.phrases import parse_phrase

    phrase = parse_phrase(text, 0, len(text))
    named = phrase.name if phrase is not None and phrase.kind == "person" else None
    assert named == person


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a wire dateline opens the sentence; the subject of the participle comes after it
        (
            "OTTAWA (Reuters) - The Bank of Canada held its key rate at 2.25% on Wednesday, saying "
            "the economy was proving more resilient than expected.",
            "Bank of Canada",
            "the economy was proving more resilient than expected",
        ),
        (
            "LAGOS, Nov 3 (AFP) -- Okonjo Adeyemi won the runoff on Sunday, saying voters had chosen change.",
            "Okonjo Adeyemi",
            "voters had chosen change",
        ),
        (
            "BOISE, Idaho — The state Senate passed the water bill on Tuesday, saying it would protect "
            "farmers downstream.",
            "Senate",
            "it would protect farmers downstream",
        ),
        (  # a single hyphen between spaces, as many US papers set it
            "DES MOINES, Iowa - The Iowa Utilities Board approved the rate rise on Monday, saying storm "
            "repairs had cost more than planned.",
            "Iowa Utilities Board",
            "storm repairs had cost more than planned",
        ),
    ],
)
def test_a_dateline_is_no_subject(text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in [(name, body) for name, _, body in reported(f"{HEADLINE}{text}")]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # "chair" is a post, as "chairman" is (British and US usage alike)
        (
            "Dr Tom Dolphin, chair of the British Medical Association council, warned that staff "
            "were exhausted.",
            "Tom Dolphin",
            "chair of the British Medical Association council",
        ),
        # the party and state in parentheses sit between the name and its description
        (
            "Rep. Elijah Cummings (D-Md.), chair of the party’s platform drafting committee, said the "
            "talks had gone well.",
            "Elijah Cummings",
            "Rep.",  # the title before the name is the role the speaker is known by
        ),
    ],
)
def test_a_chair_between_commas_is_the_named_speakers_role(sentence: str, name: str, role: str) -> None:
    report = extract(f"{HEADLINE}{sentence}")
    speaker = report.speaker(report.quotes[-1].speaker)
    assert speaker is not None and (speaker.name, speaker.role) == (name, role)


def test_she_goes_to_the_member_named_by_her_seat() -> None:
    text = (
        "Prices debate\n\nUnion Minister Kiren Rijiju said the Opposition was not interested in "
        "discussion. Trinamool Congress MP Mahua Moitra said the figure understated the pain of "
        "households.\n\n“The common man is suffering,” she said."
    )
    assert said_by(text, "The common man") == "Mahua Moitra"
    # an unnamed member is a person holding the seat, not a body called "MP"
    unnamed = extract("Vote row\n\nThe MP said the whip had been withdrawn.")
    office = unnamed.speaker(unnamed.quotes[0].speaker)
    assert office is not None and office.kind is not SpeakerKind.ORGANISATION and office.name == "MP"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“I paid because I had to,” said the owner, Rick Salas.", "Rick Salas"),
        (
            "“I paid because I had to,” said the company’s owner, Rick Salas, who pleaded guilty.",
            "Rick Salas",
        ),
        ("“We will rebuild,” said the mayor, Ana Ruiz. “Nobody will be left behind.”", "Ana Ruiz"),
    ],
)
def test_a_name_in_apposition_after_an_inverted_post_is_the_speaker(text: str, name: str) -> None:
    report = extract(f"{HEADLINE}{text}")
    speaker = report.speaker(report.quotes[0].speaker)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "sentence",
    [
        "The towing company’s owner, who pleaded guilty last year, testified against him.",
        "Carla Mendes, a spokeswoman for the airline, who was off-duty at the time, complained.",
    ],
)
def test_a_subject_is_no_words_of_its_own(sentence: str) -> None:
    assert reported(f"{HEADLINE}{sentence}") == []


def test_a_dateline_is_no_part_of_reported_words() -> None:
    text = f"{HEADLINE}CHICAGO (AP) — A federal jury on Thursday convicted a former mayor, prosecutors said."
    assert reported(text) == [
        ("prosecutors", "prosecutors", "A federal jury on Thursday convicted a former mayor")
    ]


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        # a company whose name starts with a title word is a body, not "General" + a surname
        ("General Motors", "organisation", "General Motors"),
        ("General Dynamics", "organisation", "General Dynamics"),
        ("General Mark Milley", "person", "Mark Milley"),
        # a post named after a body is a post, not the body
        ("the Communications Minister", "descriptor", None),
        ("the Securities Commissioner", "descriptor", None),
    ],
)
def test_a_company_named_with_a_title_word_and_a_post_named_after_a_body(
    text: str, kind: str, name: str | None
) -> None:
    from factcheck.extraction.phrases import parse_phrase

    phrase = parse_phrase(text, 0, len(text))
    assert phrase is not None and (phrase.kind, phrase.name) == (kind, name)


def test_the_company_is_the_body_that_opens_the_sentence() -> None:
    text = (
        "Carmaker to cut jobs as EV demand slows\n\nDETROIT — General Motors will cut about 2,000 jobs at "
        "two plants in Michigan, the company said on Friday, blaming weaker demand for electric vehicles."
    )
    names = {name for name, mention, _ in reported(text) if mention == "the company"}
    assert names == {"General Motors"}


def test_yet_opens_a_clause_before_its_speaker() -> None:
    text = f"{HEADLINE}Turnout rose in every ward. Yet some voters said the new machines were too slow."
    assert reported(text) == [("some voters", "some voters", "the new machines were too slow")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A senior official who has not yet been named said the talks would resume.",
        "A spokesman who had yet to see the report said the talks would resume.",
    ],
)
def test_yet_inside_a_speaker_phrase_opens_no_clause(sentence: str) -> None:
    [(_, mention, content)] = reported(f"{HEADLINE}{sentence}")
    assert mention is not None and mention.startswith("A ") and content == "the talks would resume"


def test_a_relative_is_not_the_person_last_named() -> None:
    text = (
        f"{HEADLINE}Dr. Angela Moore, the superintendent, declined to comment.\n\n"
        "“She has been a fighter her whole life,” said Park’s daughter."
    )
    assert said_by(text, "She has been") != "Angela Moore"


def test_words_that_end_with_their_speaker_are_no_report() -> None:
    assert reported(f"{HEADLINE}Her opponent, pastor James Whitfield, sees it differently.") == []


def test_a_think_tank_is_no_cue() -> None:
    text = (
        f"{HEADLINE}“The math is daunting,” said Simon Reyes, president of the Riverside Policy "
        "Network think tank. “She is on track to win.”"
    )
    report = extract(text)
    assert [q.span.of(text) for q in report.quotes] == [
        "The math is daunting,” said Simon Reyes, president of the Riverside Policy Network think tank. "
        "“She is on track to win."
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("a study published on Wednesday in The BMJ.", "a study published on Wednesday in The BMJ"),
        ("two people familiar with the matter.", "two people familiar with the matter"),
        ("a report by the U.S.", "a report by the U.S."),  # an abbreviation keeps its full stop
    ],
)
def test_an_unnamed_source_is_named_without_the_sentences_full_stop(text: str, name: str) -> None:
    from factcheck.extraction.phrases import parse_phrase

    phrase = parse_phrase(text, 0, len(text))
    assert phrase is not None and phrase.name == name


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Secretary of State Antony Blinken", "Antony Blinken", "Secretary of State"),
        ("Georgia Secretary of State Brad Raffensperger", "Brad Raffensperger", "Georgia Secretary of State"),
        ("Chancellor of the Exchequer Rachel Reeves", "Rachel Reeves", "Chancellor of the Exchequer"),
        ("Bank of America CEO Brian Moynihan", "Brian Moynihan", "Bank of America CEO"),
        ("Councilmember Nithya Raman", "Nithya Raman", "Councilmember"),
        # a member's seat (Indian and British usage)
        ("Congress MP Shashi Tharoor", "Shashi Tharoor", "Congress MP"),
        ("Trinamool Congress MP Mahua Moitra", "Mahua Moitra", "Trinamool Congress MP"),
        ("Scottish Labour MSP Pam Duncan-Glancy", "Pam Duncan-Glancy", "Scottish Labour MSP"),
    ],
)
def test_a_post_or_seat_before_the_persons_name_is_the_role(text: str, name: str, role: str) -> None:
    from factcheck.extraction.phrases import parse_phrase

    phrase = parse_phrase(text, 0, len(text))
    assert phrase is not None and (phrase.kind, phrase.name, phrase.role) == ("person", name, role)


def test_he_after_a_secretary_of_state_is_the_secretary() -> None:
    text = (
        "Judge blocks voting law\n\nU.S. District Judge Eleanor Ross wrote that the state had failed to "
        "show the rules were needed.\n\nGeorgia Secretary of State Brad Raffensperger said the state would "
        "appeal. “This law makes it easy to vote and hard to cheat,” he said in a statement."
    )
    assert said_by(text, "This law") == "Brad Raffensperger"


def test_a_participle_of_manner_after_the_cue_is_no_part_of_the_words() -> None:
    text = (
        f"{HEADLINE}The commission could propose the measures as early as next month, two of the sources "
        "said, speaking on condition of anonymity because the talks are private."
    )
    assert reported(text) == [
        (
            "two of the sources",
            "two of the sources",
            "The commission could propose the measures as early as next month",
        )
    ]


def test_a_surname_opening_a_sentence_brings_its_person_back_into_view() -> None:
    text = (
        "Council splits over budget\n\nCouncillor Amara Okafor and Mayor David Chen clashed on Tuesday.\n\n"
        "Police Chief Laura Bennett said response times had risen. “My officers are exhausted,” she told "
        "the council.\n\nOkafor was unmoved. “Then fix the scheduling,” she replied."
    )
    assert said_by(text, "Then fix") == "Amara Okafor"


def test_a_name_in_apposition_after_an_opening_post_is_the_subject_in_view() -> None:
    text = (
        "Founder charged\n\nHart’s lawyer, Rebecca Stone, said her client would plead not guilty.\n\n"
        "The company’s former chief financial officer, Priya Nair, is cooperating with prosecutors. "
        "She told investigators that Hart ordered her to change revenue figures."
    )
    assert said_by(text, "Hart ordered") == "Priya Nair"


def test_colleagues_are_a_group_not_a_woman_called_colleagues() -> None:
    text = (
        "Helen Park, pioneering surgeon, dies at 91\n\nDr. Helen Park died on Friday at her home in "
        "Baltimore.\n\nColleagues said she was demanding and kind in equal measure.\n\n"
        "In a 2005 interview, she said she had never thought of herself as a pioneer."
    )
    report = extract(text)
    group = report.speaker(report.quotes[0].speaker)
    assert group is not None and group.kind is SpeakerKind.ANONYMOUS
    assert [name for name, mention, _ in reported(text) if mention == "she"] == ["Helen Park"]


def test_whom_a_speaker_tells_is_no_speaker() -> None:
    text = (
        f"{HEADLINE}In line with the majority of his fellow Americans, Sen. Ted Cruz was also critical of "
        "the remarks, telling Breitbart London: “The president’s comments are typical of his "
        "administration.”\n\nThe mayor told reporters, “We will rebuild.”"
    )
    report = extract(text)
    names = [report.speaker(q.speaker).name for q in report.quotes if q.speaker]  # type: ignore[union-attr]
    assert "Breitbart London" not in names and "reporters" not in names
    assert said_by(text, "The president’s comments") == "Ted Cruz"


@pytest.mark.parametrize(
    "text", ["The Democratic debate in New Hampshire", "the town hall near Des Moines", "a rally in Ohio"]
)
def test_a_place_after_in_is_no_persons_name(text: str) -> None:
    from factcheck.extraction.phrases import parse_phrase

    phrase = parse_phrase(text, 0, len(text))
    assert phrase is None or phrase.kind != "person"


def test_an_indian_wire_dateline_is_no_part_of_the_words_and_names_the_agency() -> None:
    text = (
        "Govt to set up 100 new medical colleges\n\nNew Delhi, Dec 5 (PTI) The government will set up 100 "
        "new medical colleges over the next five years, Union Health Minister J P Nadda said on Thursday."
    )
    assert reported(text) == [
        (
            "J P Nadda",
            "Union Health Minister J P Nadda",
            "The government will set up 100 new medical colleges over the next five years",
        )
    ]
    # the desk's name for "(PTI)"
    assert factcheck.check_text(text).document.publisher == "Press Trust of India"


def test_a_clause_of_the_writers_after_a_citation_is_no_part_of_it() -> None:
    text = (
        f"{HEADLINE}Air strikes killed at least 32 people on Saturday, according to the health ministry, "
        "as talks on a ceasefire stalled in Doha."
    )
    assert [body for _, _, body in reported(text)] == ["Air strikes killed at least 32 people on Saturday"]


@pytest.mark.parametrize(
    "body", ["the Department of Justice", "the Ministry of Justice", "the International Court of Justice"]
)
def test_a_body_whose_name_ends_of_and_a_title_word_stays_a_body(body: str) -> None:
    from factcheck.extraction.phrases import parse_phrase

    phrase = parse_phrase(body, 0, len(body))
    assert phrase is not None and (phrase.kind, phrase.name) == ("organisation", body.removeprefix("the "))


def test_the_department_of_justice_is_not_the_judge_named_before() -> None:
    text = (
        "Judge blocks asylum rule\n\nU.S. District Judge Maria Lopez blocked the rule on Friday. The "
        "Department of Justice said it would appeal the ruling to the Supreme Court."
    )
    assert reported(text) == [
        (
            "Department of Justice",
            "The Department of Justice",
            "it would appeal the ruling to the Supreme Court",
        )
    ]


def test_a_think_tank_written_with_a_hyphen_is_no_cue() -> None:
    text = (
        "Budget gap widens\n\nAnalysts at the Institute for Fiscal Studies, an influential think-tank, "
        "said the plan would cost £5bn a year."
    )
    assert [content for _, _, content in reported(text)] == ["the plan would cost £5bn a year"]


@pytest.mark.parametrize("dateline", ["NEW YORK (AP) — ", "SAN JUAN, Puerto Rico — ", "DES MOINES, Iowa - "])
def test_a_dateline_names_no_body_for_the_company_to_mean(dateline: str) -> None:
    text = f"{HEADLINE}{dateline}The company raised its rates on Monday, saying storm repairs had cost more."
    assert reported(text) == [(None, "The company", "storm repairs had cost more")]


def test_an_index_that_added_a_figure_said_nothing() -> None:
    text = (
        f"{HEADLINE}The pan-European STOXX 600 index fell 0.4%, while Germany's DAX added 0.1%. "
        "Organizers added 160 security staff along the route, up from 90 last year."
    )
    assert reported(text) == []


def test_words_on_a_placard_are_nobodys_speech() -> None:
    text = (
        f"{HEADLINE}“Markets are pricing in a longer disruption,” said Kathleen Brooks, research director at "
        "XTB.\n\nProtesters outside the parliament held signs reading “No war for oil” and “Bring them home.”"
    )
    report = extract(text)
    placards = [q for q in report.quotes if q.span.of(text).startswith(("No war", "Bring them"))]
    assert all(q.kind is QuoteKind.PARTIAL and q.speaker is None for q in placards)


def test_a_source_cited_before_a_colon_ends_at_the_colon() -> None:
    # list items set as paragraphs of their own that open in lower case (a bullet's glyph read as
    # "l"): the sentence runs on into them, the source does not
    text = (
        f"{HEADLINE}Two systems track the mayor’s letters, according to the city clerk’s office:\n\n"
        "l the Records Tracking System (RTS), which logs every letter that reaches City Hall, and\n\n"
        "l an email archive kept for seven years."
    )
    [(_, mention, content)] = reported(text)
    assert (mention, content) == ("the city clerk’s office", "Two systems track the mayor’s letters")


@pytest.mark.parametrize(
    "speaker",
    [
        "said Paul Johnson of the agency.",
        "said Priya Sharma of the city’s housing department.",
        "says Stu Rothenberg of the non-partisan Rothenberg & Gonzales Political Report.",
    ],
)
def test_a_named_person_of_a_body_in_lower_case_is_the_person(speaker: str) -> None:
    text = f"{HEADLINE}“The numbers do not add up,” {speaker}"
    assert said_by(text, "The numbers") == " ".join(speaker.split()[1:3])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "NEW DELHI (Reuters) - India's central bank kept its key rate unchanged on Friday, saying "
            "inflation risks remained.",
            "India's central bank",
        ),
        (
            "Japan's largest automaker cut its forecast, saying chip shortages would last.",
            "Japan's largest automaker",
        ),
    ],
)
def test_a_possessive_subject_runs_to_the_noun_it_owns(text: str, speaker: str) -> None:
    assert [mention for _, mention, _ in reported(f"{HEADLINE}{text}")] == [speaker]


def test_a_stance_in_a_relative_clause_ends_before_the_main_verb() -> None:
    text = (
        f"{HEADLINE}Board member Gary Holt, who voted against the plan, said working parents would "
        "struggle to find child care on Fridays."
    )
    contents = [content for _, _, content in reported(text)]
    assert "the plan" in contents
    assert "working parents would struggle to find child care on Fridays" in contents


def test_another_post_then_a_name_brings_the_person_into_view() -> None:
    text = (
        "School week\n\nBoard member Gary Holt said working parents would struggle. “We’re balancing the "
        "budget on the backs of families,” Holt said.\n\nAnother parent, Tom Briggs, spoke in favor. "
        "“Teachers are burned out. This gives them a day to plan,” he said."
    )
    assert said_by(text, "Teachers are burned out") == "Tom Briggs"


def test_the_answers_of_an_interview_are_the_guests() -> None:
    text = (
        "Q&A: The economist who saw the crash coming\n\nDean Baker, co-founder of the Center for Economic "
        "and Policy Research, warned of a housing bubble in 2002. We spoke to him about what comes next."
        "\n\nQ: Are we in another bubble?\n\nA: Not in housing, no. Prices are high because we haven't "
        "built enough homes.\n\nQ: What worries you most?\n\nA: Health care costs. We spend twice what "
        "other rich countries spend.\n\nThis interview has been edited for length and clarity."
    )
    report = extract(text)
    answers = [q for q in report.quotes if q.span.of(text).startswith(("Not in housing", "Health care"))]
    assert len(answers) == 2
    assert {report.speaker(q.speaker).name for q in answers if q.speaker} == {"Dean Baker"}
    # questions are the interviewer's, not quoted speech of the guest
    assert not any(q.span.of(text).startswith(("Are we", "What worries")) for q in report.quotes)


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "Ruiz recalled her late father, Tom Ruiz, as saying that the farm would never be sold.",
            "Tom Ruiz",
            "the farm would never be sold",
        ),
        (
            "The New York Times quoted one of Carson's advisers as saying the candidate was struggling "
            "with foreign policy.",
            "one of Carson's advisers",
            "the candidate was struggling with foreign policy",
        ),
    ],
)
def test_quoted_or_recalled_as_saying_credits_the_one_quoted(
    sentence: str, speaker: str, content: str
) -> None:
    assert [(name, body) for name, _, body in reported(f"{HEADLINE}{sentence}")] == [(speaker, content)]
