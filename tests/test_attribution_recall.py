"""Attribution recall: subjects and cues of reported speech in US political news style.

Every sentence here is written for these tests; none is taken from an article.
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck import Report
from factcheck.model import Span
from factcheck.sentences import sentences


def extract(text: str) -> Report:
    return factcheck.extract(factcheck.Document(text=text))


def by_words(report: Report) -> dict[str, str | None]:
    """Each quote's words, and the words quoted inside reported speech (:meth:`Report.quoted`),
    with the words that name its speaker there (its mention)."""
    return {
        report.words(q.span): (report.words(q.mention) if q.mention is not None else None)
        for q in (*report.quotes, *report.quoted())
    }


@pytest.mark.parametrize(
    ("sentence", "mention", "content"),
    [
        (
            "The Harris campaign said it would ask for a recount in two counties.",
            "The Harris campaign",
            "it would ask for a recount in two counties",
        ),
        (
            "His campaign said the senator would skip the debate in Des Moines.",
            "His campaign",
            "the senator would skip the debate in Des Moines",
        ),
        (
            "After the rally, the women said the new rules would keep them from voting early.",
            "the women",
            "the new rules would keep them from voting early",
        ),
        (
            "Her supporters say the governor has done more for rural towns than anyone.",
            "Her supporters",
            "the governor has done more for rural towns than anyone",
        ),
    ],
)
def test_a_campaign_or_an_unnamed_group_speaks(sentence: str, mention: str, content: str) -> None:
    assert by_words(extract(sentence)).get(content) == mention


@pytest.mark.parametrize(
    ("sentence", "mention", "content"),
    [
        (
            "The budget office now says the deficit will reach a record next year.",
            "The budget office",
            "the deficit will reach a record next year",
        ),
        (
            "Her advisers have long insisted they expected a close race in Nevada.",
            "Her advisers",
            "they expected a close race in Nevada",
        ),
        (
            "Mr. Lopez at the time said he had never met the donor.",
            "Mr. Lopez",
            "he had never met the donor",
        ),
        (
            "The state party this week announced that it would move its primary to March.",
            "The state party",
            "it would move its primary to March",
        ),
        (
            "Ms. Greene repeatedly argued that the new map diluted the votes of farmers.",
            "Ms. Greene",
            "the new map diluted the votes of farmers",
        ),
    ],
)
def test_an_adverb_or_a_time_between_subject_and_cue(sentence: str, mention: str, content: str) -> None:
    assert by_words(extract(sentence)).get(content) == mention


def test_a_name_ending_in_ly_is_no_adverb_before_a_cue() -> None:
    # "Kelly" is a name, not an adverb to skip: the speaker is the whole name
    report = extract("Sen. Mark Kelly said the border bill would pass by the end of June.")
    assert by_words(report).get("the border bill would pass by the end of June") == "Sen. Mark Kelly"


@pytest.mark.parametrize(
    ("sentence", "mention", "content"),
    [
        (
            "Party leaders acknowledge that the new rules have cost them young voters.",
            "Party leaders",
            "the new rules have cost them young voters",
        ),
        (
            "Both campaigns deny that they coordinated with the outside groups.",
            "Both campaigns",
            "they coordinated with the outside groups",
        ),
        (
            "They predict that turnout will fall in the western counties this fall.",
            "They",
            "turnout will fall in the western counties this fall",
        ),
    ],
)
def test_a_plural_subject_takes_the_base_form_of_a_cue(sentence: str, mention: str, content: str) -> None:
    assert by_words(extract(sentence)).get(content) == mention


def test_a_conditional_confirm_with_an_object_reports_nothing() -> None:
    # "confirm" takes plain objects: "If tests confirm the results, …" is no attribution
    report = extract("If further tests confirm the results, they would raise the toll to 40.")
    assert report.quotes == ()


@pytest.mark.parametrize(
    ("sentence", "mention", "content", "kind"),
    [
        (
            "Her aides are confident that the senator will carry the suburbs in November.",
            "Her aides",
            "the senator will carry the suburbs in November",
            "believes",
        ),
        (
            "Mr. Alvarez was not sure that the board would approve the new schedule.",
            "Mr. Alvarez",
            "the board would approve the new schedule",
            "believes",
        ),
        (
            "In a radio interview, Dana Whitfield made it clear that she would not endorse the mayor.",
            "Dana Whitfield",
            "she would not endorse the mayor",
            "said",
        ),
        (
            "The governor opened the town hall with a story about his father, recalling "
            "that the mill had closed when he was nine.",
            "The governor",
            "the mill had closed when he was nine",
            "said",
        ),
        (
            "The senator thanked the crowd, joking that her staff had written a shorter speech.",
            "The senator",
            "her staff had written a shorter speech",
            "said",
        ),
    ],
)
def test_a_clause_after_an_adjective_of_belief_or_a_participle(
    sentence: str, mention: str, content: str, kind: str
) -> None:
    report = extract(sentence)
    quote = next(q for q in report.quotes if report.words(q.span) == content)
    assert quote.mention is not None and report.words(quote.mention) == mention
    assert quote.attribution == kind


@pytest.mark.parametrize(
    "sentence",
    [
        # "it is clear that": nobody holds the belief
        "It is clear that the committee will meet again before the vote.",
        # "including that": a list, not a participle of saying
        "The report listed several problems, including that the servers had failed twice.",
    ],
)
def test_no_clause_cue_without_someone_who_holds_it(sentence: str) -> None:
    assert extract(sentence).quotes == ()


def test_a_participle_after_a_quotation_continues_its_speaker() -> None:
    text = (
        "“That is the question everyone in this town is asking,” Mr. Okafor said, "
        "noting he would back any nominee who won the primary."
    )
    report = extract(text)
    assert by_words(report).get("he would back any nominee who won the primary") == "Mr. Okafor"


def test_a_participle_after_an_adverb_and_a_comma() -> None:
    text = (
        "Ms. Reyes was ready for the question, quickly reminding viewers that her rival had "
        "voted for the bill."
    )
    report = extract(text)
    assert by_words(report).get("her rival had voted for the bill") == "Ms. Reyes"


def test_a_continuing_paragraph_keeps_the_mention_and_cue_of_the_statement_before() -> None:
    text = (
        "Mayor Tom Reyes spoke to the crowd for an hour.\n\n"
        "“We rebuilt the bridge in two years,” he said. “Nobody thought we could.”\n\n"
        "“The next four years will be about the schools, and the schools alone.”\n"
    )
    report = extract(text)
    last = report.quotes[-1]
    assert report.words(last.span).startswith("The next four years")
    assert last.mention is not None and report.words(last.mention) == "he"
    assert last.cue == "said" and last.found == "continued"
    speaker = report.speaker(last.speaker)
    assert speaker is not None and speaker.name == "Tom Reyes"


def test_two_apostrophes_hold_a_quotation_of_several_sentences_together() -> None:
    # archives that write a double mark as two apostrophes: the question mark inside ends no sentence
    text = "Nothing is settled. ''Who would he pick? He's a wild card,'' Ms. Lund said."
    paragraph = Span(0, len(text))
    assert [s.of(text) for s in sentences(text, paragraph)] == [
        "Nothing is settled.",
        "''Who would he pick? He's a wild card,'' Ms. Lund said.",
    ]
    report = extract(text)
    assert by_words(report).get("Who would he pick? He's a wild card,") == "Ms. Lund"


@pytest.mark.parametrize(
    ("lead_in", "mention"),
    [
        ("Gov. Ana Ruiz said in a statement:", "Gov. Ana Ruiz"),
        ("After the vote, the mayor posted on Facebook:", "the mayor"),
        ("Then Senator Olsen called them on it:", "Senator Olsen"),
        (
            "In response, Republican nominee Dale Brooks issued the following statement:",
            "Republican nominee Dale Brooks",
        ),
    ],
)
def test_a_paragraph_ending_with_a_colon_leads_into_the_quotation_below(lead_in: str, mention: str) -> None:
    words = "We will keep working for the families of this county every single day."
    text = f"The county board met on Monday night.\n\n{lead_in}\n\n“{words}”\n"
    report = extract(text)
    assert by_words(report) == {
        "We will keep working for the families of this county every single day.": mention
    }


def test_no_lead_in_from_a_paragraph_without_a_colon_or_a_speaker() -> None:
    text = (
        "The vote was held on a Tuesday.\n\n“We will keep working for the families of this county.”\n\n"
        "It was late:\n\n“Nobody expected the count to take all night.”\n"
    )
    assert set(by_words(extract(text)).values()) == {None}


def test_who_opening_a_question_is_no_health_agency() -> None:
    text = (
        "The foundation describes its work this way:\n\n"
        "“Who would have guessed? We are trying to work ourselves out of a job.”\n"
    )
    report = extract(text)
    assert [e.name for e in report.entities if e.name and e.name.lower() == "who"] == []
    quote = report.quotes[0]
    assert quote.mention is not None and report.words(quote.mention) == "The foundation"


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("The nominee said the party would unite behind him by the convention.", "The nominee"),
        (
            "The billionaire businessman says the tariffs would bring the factories back.",
            "The billionaire businessman",
        ),
        ("His challenger argued that the district needed a full-time congressman.", "His challenger"),
        ("The moderators said the candidates would each get two minutes to answer.", "The moderators"),
    ],
)
def test_a_described_person_or_group_speaks(sentence: str, mention: str) -> None:
    report = extract(sentence)
    assert [report.words(q.mention) for q in report.quotes if q.mention is not None] == [mention]


@pytest.mark.parametrize(
    ("sentence", "mention", "content"),
    [
        (
            "The new ad says the senator voted to cut veterans' benefits three times.",
            "The new ad",
            "the senator voted to cut veterans' benefits three times",
        ),
        (
            "The lawsuit alleges that the county purged eligible voters from the rolls.",
            "The lawsuit",
            "the county purged eligible voters from the rolls",
        ),
        (
            "Her letter argued that the board had ignored its own rules for a decade.",
            "Her letter",
            "the board had ignored its own rules for a decade",
        ),
    ],
)
def test_a_document_says_what_it_says(sentence: str, mention: str, content: str) -> None:
    report = extract(sentence)
    assert by_words(report).get(content) == mention


@pytest.mark.parametrize(
    ("sentence", "mention", "content"),
    [
        (
            "The teachers union issued a statement saying it would not back either candidate.",
            "The teachers union",
            "it would not back either candidate",
        ),
        (
            "After the vote, Gov. Lee released a statement Wednesday evening saying the count was fair.",
            "Gov. Lee",
            "the count was fair",
        ),
    ],
)
def test_who_issued_a_statement_saying_speaks(sentence: str, mention: str, content: str) -> None:
    assert by_words(extract(sentence)).get(content) == mention


@pytest.mark.parametrize(
    ("text", "mention", "words"),
    [
        (
            "The columnist Dana Fry called the moment “a display of panic at a moment of certainty.”",
            "The columnist Dana Fry",
            "a display of panic at a moment of certainty.",
        ),
        (
            "Mayor Ruiz credited the win to “a ground game nobody else in this state has.”",
            "Mayor Ruiz",
            "a ground game nobody else in this state has.",
        ),
        (
            "In contrast, Ms. Berg said, more lawmakers now “want to keep their distance from him.”",
            "Ms. Berg",
            "want to keep their distance from him.",
        ),
    ],
)
def test_words_quoted_in_the_predicate_are_the_subjects(text: str, mention: str, words: str) -> None:
    report = extract(text)
    assert by_words(report).get(words) == mention


def test_words_quoted_after_no_speaking_subject_stay_unattributed() -> None:
    text = "The bill, which critics call “a giveaway to insurers,” passed the Senate on Monday."
    report = extract(text)
    assert by_words(report).get("a giveaway to insurers,") is None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "The coalition met last week.\n\nRecently she announced on her page, in capital letters, "
            "“I am leaving the party for good!”",
            "she",
        ),
        (
            "The old house is now a museum.\n\nSaid Dora Pike, who grew up on the same street, "
            "“We were all so proud of him.”",
            "Dora Pike",
        ),
        (
            "The poll asked about the economy.\n\n“Our ideas of success are different,” agrees "
            "Mia Stone, 30, of Dayton.",
            "Mia Stone",
        ),
        (
            "Mr. Beck spoke for an hour.\n\nMr. Beck then put on a fake accent and joked, "
            "“I am just making it easier for them to laugh at me.”",
            "Mr. Beck",
        ),
    ],
)
def test_more_shapes_of_attribution_around_a_quotation(text: str, mention: str) -> None:
    report = extract(text)
    assert [report.words(q.mention) if q.mention else None for q in report.quotes] == [mention]


@pytest.mark.parametrize(
    ("sentence", "mention", "content"),
    [
        (
            "People familiar with the matter said the talks had stalled over the budget.",
            "People familiar with the matter",
            "the talks had stalled over the budget",
        ),
        (
            "By a wide margin, those surveyed said the state should expand early voting.",
            "those surveyed",
            "the state should expand early voting",
        ),
        (
            "On taxes the split is sharper: 47% say the rich should pay more than they do now.",
            "47%",
            "the rich should pay more than they do now",
        ),
        (
            "Mr. Gates, in contrast, told reporters he had never met the lobbyists.",
            "Mr. Gates",
            "he had never met the lobbyists",
        ),
        (
            "Judge Ana Ortiz, in her dissent, said the new map had diluted the votes of farmers.",
            "Judge Ana Ortiz",
            "the new map had diluted the votes of farmers",
        ),
    ],
)
def test_unnamed_groups_and_asides_before_a_cue(sentence: str, mention: str, content: str) -> None:
    assert by_words(extract(sentence)).get(content) == mention


def test_an_attribution_nested_in_a_reported_clause_does_not_cut_it() -> None:
    text = (
        "In a radio interview, Senator Dale Hart said he hoped that Attorney General Mia Cole "
        "would announce one soon."
    )
    report = extract(text)
    assert by_words(report).get("he hoped that Attorney General Mia Cole would announce one soon") == (
        "Senator Dale Hart"
    )


def test_a_second_attribution_after_a_conjunction_still_ends_the_first() -> None:
    text = (
        "Health Minister Ada Obi said 40 people had died while the World Health Organization "
        "says the toll is 55."
    )
    words = by_words(extract(text))
    assert words.get("40 people had died") == "Health Minister Ada Obi"
    assert words.get("the toll is 55") == "the World Health Organization"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr. Hale later said his comments were taken out of context by his rivals.",
        "Five states voting next week are seen as safe for the governor.",
        "Ms. Ito repeated the claim that Trump's claims about the wall are wrong.",
    ],
)
def test_a_plural_noun_is_no_cue(sentence: str) -> None:
    report = extract(sentence)
    assert [q.cue for q in report.quotes if q.cue in ("comments", "states", "claims")] == []


@pytest.mark.parametrize(
    ("sentence", "mention", "content"),
    [
        (
            "Most Democrats support a higher minimum wage for farm workers.",
            "Most Democrats",
            "a higher minimum wage for farm workers",
        ),
        (
            "They rarely mention the pipeline in their speeches upstate.",
            "They",
            "the pipeline in their speeches upstate",
        ),
        (
            "The two candidates discuss trade policy at length in the new book.",
            "The two candidates",
            "trade policy at length in the new book",
        ),
    ],
)
def test_a_plural_subject_takes_the_base_form_of_a_stance_verb(
    sentence: str, mention: str, content: str
) -> None:
    assert by_words(extract(sentence)).get(content) == mention


def test_a_stance_verb_used_as_a_noun_takes_no_object() -> None:
    report = extract("The support for the bill among farmers has faded since the spring.")
    assert report.quotes == ()


@pytest.mark.parametrize(
    ("sentence", "mention", "content"),
    [
        (
            "Party leaders expect that turnout will be lower than in the last midterm.",
            "Party leaders",
            "turnout will be lower than in the last midterm",
        ),
        (
            "Many voters feel the state has been left behind by both parties.",
            "Many voters",
            "the state has been left behind by both parties",
        ),
        (
            "The senator recognized that her bill would not pass this year.",
            "The senator",
            "her bill would not pass this year",
        ),
    ],
)
def test_a_belief_verb_with_a_clause_is_a_belief(sentence: str, mention: str, content: str) -> None:
    report = extract(sentence)
    quote = next(q for q in report.quotes if report.words(q.span) == content)
    assert quote.mention is not None and report.words(quote.mention) == mention
    assert quote.attribution == "believes"


def test_a_belief_verb_with_a_plain_object_reports_nothing() -> None:
    assert extract("The mayor expects a close race and a long night.").quotes == ()


@pytest.mark.parametrize(
    ("text", "mention", "content"),
    [
        (
            "As the results came in on Tuesday, he gave a defiant speech in Charleston, predicting "
            "he would win the state when it votes in May.",
            "he",
            "he would win the state when it votes in May",
        ),
        (
            "While he respects the governor, he continued to question her record and made clear "
            "that he did not intend to hold back.",
            "he",
            "he did not intend to hold back",
        ),
        (
            "Senator Ana Ruiz, also campaigning in Ohio, said the plant closings were a scandal.",
            "Senator Ana Ruiz",
            "the plant closings were a scandal",
        ),
    ],
)
def test_an_opening_clause_or_an_aside_is_not_the_speaker(text: str, mention: str, content: str) -> None:
    assert by_words(extract(text)).get(content) == mention


@pytest.mark.parametrize(
    ("sentence", "mention", "content"),
    [
        (
            "Ms. Vance expressed doubts about the new schedule for the runoff.",
            "Ms. Vance",
            "doubts about the new schedule for the runoff",
        ),
        (
            "The governor mocked his rival's plan to cut the gas tax.",
            "The governor",
            "his rival's plan to cut the gas tax",
        ),
        (
            "Mr. Ochoa lamented the loss of the last factory in the county.",
            "Mr. Ochoa",
            "the loss of the last factory in the county",
        ),
    ],
)
def test_more_verbs_of_stance_and_speech_take_an_object(sentence: str, mention: str, content: str) -> None:
    assert by_words(extract(sentence)).get(content) == mention


def test_attack_in_its_literal_sense_is_no_stance() -> None:
    report = extract("Gunmen attacked the governor's office in the southern city on Monday.")
    assert report.quotes == ()


@pytest.mark.parametrize(
    ("sentence", "mention", "content"),
    [
        (
            "Ms. Park asserted the county had never audited the fund.",
            "Ms. Park",
            "the county had never audited the fund",
        ),
        (
            "His aides maintained he had done nothing wrong in the land deal.",
            "His aides",
            "he had done nothing wrong in the land deal",
        ),
        (
            "The mayor responded that the budget would be balanced by June.",
            "The mayor",
            "the budget would be balanced by June",
        ),
    ],
)
def test_more_verbs_of_saying_before_a_clause(sentence: str, mention: str, content: str) -> None:
    assert by_words(extract(sentence)).get(content) == mention


def test_a_verb_of_saying_with_a_plain_object_reports_nothing() -> None:
    assert extract("The senator maintained a narrow lead in the western counties.").quotes == ()


@pytest.mark.parametrize(
    ("sentence", "mention", "content"),
    [
        (
            "Most voters view the governor as too close to the casino industry.",
            "Most voters",
            "the governor as too close to the casino industry",
        ),
        (
            "Party leaders see the senator as their best hope in the suburbs.",
            "Party leaders",
            "the senator as their best hope in the suburbs",
        ),
    ],
)
def test_seeing_someone_as_something_is_a_view(sentence: str, mention: str, content: str) -> None:
    report = extract(sentence)
    quote = next(q for q in report.quotes if report.words(q.span) == content)
    assert quote.mention is not None and report.words(quote.mention) == mention
    assert quote.attribution == "believes"


def test_seeing_without_as_reports_nothing() -> None:
    assert extract("Reporters saw the senator leave the hearing early on Tuesday.").quotes == ()


def test_what_someone_hopes_or_expects_to_do() -> None:
    report = extract("The campaign hopes to win back the rural counties it lost four years ago.")
    quote = next(q for q in report.quotes if report.words(q.span).startswith("to win back"))
    assert quote.mention is not None and report.words(quote.mention) == "The campaign"
    assert quote.attribution == "believes"


def test_a_spaced_hyphen_ends_an_aside_before_the_subject() -> None:
    text = (
        "Inside the hall - which looks like a church except for the missing steeple - Adel Nour "
        "said he and many others are collecting money for the victims."
    )
    assert (
        by_words(extract(text)).get("he and many others are collecting money for the victims") == "Adel Nour"
    )


@pytest.mark.parametrize(
    ("sentence", "mention", "content"),
    [
        (
            "The union's president criticized the council's plan to close two libraries.",
            "The union's president",
            "the council's plan to close two libraries",
        ),
        (
            "Governor Alma Reyes praised the volunteers who cleared the flooded roads.",
            "Governor Alma Reyes",
            "the volunteers who cleared the flooded roads",
        ),
        (
            "Mr. Osei accused the ministry of hiding the true cost of the dam.",
            "Mr. Osei",
            "the ministry of hiding the true cost of the dam",
        ),
        (
            "Farmers blamed the drought for the worst harvest in a decade.",
            "Farmers",
            "the drought for the worst harvest in a decade",
        ),
        (
            "Ms. Lind described the new tax as a burden on small shops.",
            "Ms. Lind",
            "the new tax as a burden on small shops",
        ),
    ],
)
def test_a_verb_of_judging_takes_its_plain_object(sentence: str, mention: str, content: str) -> None:
    assert by_words(extract(sentence)).get(content) == mention


def test_a_verb_of_judging_in_the_passive_gives_no_stance() -> None:
    report = extract("The council's plan was criticized by residents at Monday's meeting.")
    assert not any(report.words(q.span).startswith("residents") for q in report.quotes)


def test_a_clause_then_said_and_a_named_speaker_after_a_descriptor() -> None:
    """ "CLAUSE and the support of the state, said NAME, …": the named speaker after the cue
    speaks, not the last noun phrase of the clause."""
    sentence = (
        "The mayor has a strong team and the backing of every union in the city, said Rosa Alves, "
        "a lecturer in urban politics at the state university."
    )
    report = extract(sentence)
    quotes = {report.words(q.span): q for q in report.quotes}
    content = "The mayor has a strong team and the backing of every union in the city"
    assert content in quotes
    speaker = report.speaker(quotes[content].speaker)
    assert speaker is not None and speaker.name == "Rosa Alves"


def test_an_appositive_subject_still_speaks_before_said() -> None:
    report = extract("Pereira, the port's director, said the cranes would be replaced by June.")
    assert by_words(report).get("the cranes would be replaced by June") == "Pereira"


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Okafor: The Budget Will Not Balance Itself", "Chidi Okafor"),
        ("Okafor Says The Budget Will Not Balance Itself", "Chidi Okafor"),
    ],
)
def test_a_headline_giving_a_persons_claim_is_their_statement(headline: str, speaker: str) -> None:
    text = (
        f"{headline}\n\nFinance Minister Chidi Okafor told lawmakers on Tuesday that spending cuts "
        "would be needed next year.\n"
    )
    report = extract(text)
    claim = headline.split(":")[-1].split("Says")[-1].strip()
    quotes = [q for q in report.quotes if report.words(q.span) == claim]
    assert quotes, [report.words(q.span) for q in report.quotes]
    found = report.speaker(quotes[0].speaker)
    assert found is not None and found.name == speaker


@pytest.mark.parametrize(
    "headline",
    ["IMF: Global Growth to Slow Next Year", "Kenya: Floods Cut Off Two Towns", "Factbox: Who Runs the Port"],
)
def test_a_headline_label_that_is_no_person_gives_no_statement(headline: str) -> None:
    text = f"{headline}\n\nThe International Monetary Fund said on Tuesday that growth would slow.\n"
    report = extract(text)
    title = report.document.title_span
    assert title is not None
    assert not any(title.contains(q.span) for q in report.quotes)


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "Here in Tulsa, Marquez turned to the price of insulin, saying the drug makers had gone too far.",
            "the drug makers had gone too far",
            "Marquez",
        ),
        (
            "Okafor, speaking at a town hall in Dayton, Ohio, warned that the plant would close by spring.",
            "the plant would close by spring",
            "Okafor",
        ),
    ],
)
def test_a_place_before_the_subject_or_inside_an_aside_is_no_speaker(
    sentence: str, content: str, speaker: str
) -> None:
    report = extract(sentence)
    quotes = {report.words(q.span): q for q in report.quotes}
    assert content in quotes, list(quotes)
    found = report.speaker(quotes[content].speaker)
    assert found is not None and found.name == speaker


def test_there_opening_a_sentence_is_no_speaker() -> None:
    report = extract(
        'There were louder voices, such as when Lopez knocked Ruiz on taxes and called him a "spendthrift."'
    )
    assert all(report.words(q.mention) != "There" for q in report.quotes if q.mention is not None)


LEAD = "Mayor Ana Ruiz said on Monday that the harbour plan was sound.\n\n"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a clause of a person's that leads in by a colon: the words are that person's
        (
            'Tom Okafor, the port chief, spoke next. Okafor has since apologized for the delay: "We let '
            'the drivers down, and I am sorry."',
            "Tom Okafor",
        ),
        (
            'Or, as Lena Fisk, a former harbour master, put it: "The cranes are older than the men who '
            'run them."',
            "Lena Fisk",
        ),
        (
            'Councillor Rita Moss voted against it. In 2019 she said of the dockers: "Nobody asked them '
            'anything."',
            "Rita Moss",
        ),
    ],
)
def test_a_quote_led_in_by_its_own_speakers_clause(paragraph: str, speaker: str) -> None:
    report = extract(LEAD + paragraph + "\n")
    direct = [q for q in report.quotes if q.kind.value == "direct"]
    assert direct, [report.words(q.span) for q in report.quotes]
    found = report.speaker(direct[-1].speaker)
    assert found is not None and found.name == speaker


def test_a_colon_after_a_clause_about_someone_else_names_no_speaker() -> None:
    text = (
        LEAD + 'The timing does not surprise the pollster Dana Wu: "Late deciders always break this way."\n'
    )
    report = extract(text)
    direct = [q for q in report.quotes if q.kind.value == "direct"]
    assert direct
    mention = direct[0].mention
    assert mention is None or report.words(mention) != "The timing"


def test_said_then_a_place_it_was_said_from() -> None:
    report = extract("Ferry fares will rise again next year, Ms. Ibsen said from her office in Bergen.")
    assert by_words(report).get("Ferry fares will rise again next year") == "Ms. Ibsen"
    # a plural noun before "from" is still no cue: "estimates from the agency"
    report = extract("Estimates from the port agency put the loss at two million crowns.")
    assert not any(report.words(q.mention).startswith("Estimates") for q in report.quotes if q.mention)


def test_a_participle_after_a_scare_quote_takes_the_sentence_subject() -> None:
    report = extract(
        'Tove Lunde mocked the paper\'s "expert," saying, "He has never sailed a boat in his life."'
    )
    quote = next(q for q in report.quotes if report.words(q.span).startswith("He has never sailed"))
    speaker = report.speaker(quote.speaker)
    assert speaker is not None and speaker.name == "Tove Lunde"


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "At a town hall in Ames, Iowa, on Sunday, Rosa Vidal pressed her case, saying the "
            "farm bill would pass by spring.",
            "the farm bill would pass by spring",
            "Rosa Vidal",
        ),
        (
            "On the left, Rosa Vidal, the union leader, compared the plan to a fire sale, telling "
            "reporters that it would cost 900 jobs.",
            "it would cost 900 jobs",
            "Rosa Vidal",
        ),
    ],
)
def test_an_opening_phrase_may_hold_a_place_and_a_day(sentence: str, content: str, speaker: str) -> None:
    report = extract(sentence)
    quotes = {report.words(q.span): q for q in report.quotes}
    assert content in quotes, list(quotes)
    found = report.speaker(quotes[content].speaker)
    assert found is not None and found.name == speaker


def test_an_adverb_opening_a_sentence_is_no_speaker() -> None:
    report = extract("Essentially, the lawyers read the files and found that one clerk had signed them.")
    assert all(report.words(q.mention) != "Essentially" for q in report.quotes if q.mention is not None)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            'Governor Hal Brandt answered the mayor online, tweeting at her, "Your numbers are wrong and '
            'you know it."',
            "Hal Brandt",
        ),
        (
            'Mayor Ana Ruiz ended the meeting by saying, "We will not close a single branch library."',
            "Ana Ruiz",
        ),
    ],
)
def test_a_participle_of_manner_leads_into_a_quotation(paragraph: str, speaker: str) -> None:
    report = extract(paragraph + "\n")
    direct = [q for q in report.quotes if q.kind.value == "direct"]
    assert direct, [report.words(q.span) for q in report.quotes]
    found = report.speaker(direct[0].speaker)
    assert found is not None and found.name == speaker


@pytest.mark.parametrize(
    "headline",
    ["Chidi Okafor: Finance Chief Faces Fresh Revolt", "Chidi Okafor: A Life in Public Finance"],
)
def test_a_headline_about_a_person_is_no_statement_of_theirs(headline: str) -> None:
    text = f"{headline}\n\nFinance Minister Chidi Okafor told lawmakers on Tuesday that cuts were needed.\n"
    report = extract(text)
    title = report.document.title_span
    assert title is not None
    assert not any(title.contains(q.span) for q in report.quotes)
