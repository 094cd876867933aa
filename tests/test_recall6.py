"""Quote recall: attributions the reader missed or cut short, on sentences written for these tests
in the style of US and wire political copy.
"""

from __future__ import annotations

import factcheck
from factcheck import Report
from factcheck.model import SpeakerKind


def extract(text: str) -> Report:
    return factcheck.extract(factcheck.Document(text=text))


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    """Every quote's words as spanned in the text and its mention as written."""
    report = extract(text)
    return [(q.span.of(text), q.mention.of(text) if q.mention else None) for q in report.quotes]


def test_a_quotation_resumes_after_a_relative_clause_of_its_speaker() -> None:
    text = (
        "Farm-state voters weigh their options\n\n"
        "“The trade deal hit us hard,” said Marla Okonkwo, a soybean grower in Story County, who said "
        "she had not decided how to vote. “Prices still haven’t come back.”\n"
    )
    found = quotes_of(text)
    whole = (
        "The trade deal hit us hard,” said Marla Okonkwo, a soybean grower in Story County, who said she "
        "had not decided how to vote. “Prices still haven’t come back."
    )
    assert (whole, "Marla Okonkwo") in found
    # the relative clause is still her reported speech of its own
    assert ("she had not decided how to vote", "who") in found


def test_a_plain_noun_phrase_before_said_is_an_unnamed_source() -> None:
    text = (
        "Council budget fight drags on\n\n"
        "The former quarterback said the stadium deal would cost taxpayers too much. "
        "The source said the mayor had not seen the final figures. "
        "About four out of 10 residents said they would back a smaller plan.\n"
    )
    found = quotes_of(text)
    assert ("the stadium deal would cost taxpayers too much", "The former quarterback") in found
    assert ("the mayor had not seen the final figures", "The source") in found
    assert ("they would back a smaller plan", "About four out of 10 residents") in found
    report = extract(text)
    kinds = {report.speaker(q.speaker).kind for q in report.quotes if q.speaker is not None}
    assert kinds == {SpeakerKind.ANONYMOUS}  # unnamed sources: no person or body is made up


def test_before_another_cue_a_plain_noun_phrase_must_name_a_source() -> None:
    text = (
        "Transit vote set for spring\n\n"
        "The Democrats acknowledged that the fare plan was unpopular. "
        "The decision is expected to anger commuters who rely on the late buses.\n"
    )
    found = quotes_of(text)
    assert ("the fare plan was unpopular", "The Democrats") in found
    assert all(mention != "The decision" for _, mention in found)


def test_a_group_before_who_and_a_cue_speaks_through_who() -> None:
    text = (
        "Zoning plan splits the county\n\n"
        "The board has faced pressure from farmers, church groups and small landlords who say the rules "
        "favour developers. It was drafted with help from County Planner Rosa Delgado, who said the maps "
        "would be final by June.\n"
    )
    report = extract(text)
    found = {(q.span.of(text), q.mention.of(text) if q.mention else None): q for q in report.quotes}
    landlords = found[("the rules favour developers", "who")]
    assert landlords.speaker is not None and report.speaker(landlords.speaker).kind is SpeakerKind.ANONYMOUS
    delgado = found[("the maps would be final by June", "who")]
    assert report.speaker(delgado.speaker).name == "Rosa Delgado"


def test_called_with_a_two_word_judgement_in_quote_marks() -> None:
    text = (
        "Council row deepens\n\n"
        "Councillor Amy Tran called the levy “outrageous.” Mayor Bell called it “fair.”\n"
    )
    found = quotes_of(text)
    assert ("the levy “outrageous.”", "Councillor Amy Tran") in found
    assert ("it “fair.”", "Mayor Bell") in found


def test_a_participle_cue_after_by_or_after_speaks_for_the_subject() -> None:
    text = (
        "Senate race tightens\n\n"
        "Governor Lena Marsh stirred the race on Monday by saying that the pipeline would never be built.\n\n"
        "Senator Paul Ortiz ducked, pointing to his record and saying that the state had no money.\n"
    )
    found = quotes_of(text)
    assert ("the pipeline would never be built", "Governor Lena Marsh") in found
    # a second participle joined by "and" to a first
    assert ("the state had no money", "Senator Paul Ortiz") in found


def test_a_group_after_with_speaks_by_its_participle() -> None:
    text = (
        "Poll: mayor gains ground\n\n"
        "The mayor has improved his standing, with 41 percent of residents saying the city is on the "
        "right track.\n"
    )
    assert ("the city is on the right track", "41 percent of residents") in quotes_of(text)


def test_a_participle_cue_after_be_or_right_after_a_group_of_people() -> None:
    text = (
        "Transit strike enters second week\n\n"
        "Mayor Dana Hollis is insisting that the buses will run by Friday. "
        "The union released emails from staff members suggesting that the talks had stalled.\n"
    )
    found = quotes_of(text)
    assert ("the buses will run by Friday", "Mayor Dana Hollis") in found
    assert ("the talks had stalled", "staff members") in found


def test_a_participle_after_a_run_of_words_that_names_no_people_reads_nothing() -> None:
    text = (
        "Rally draws crowd\n\n"
        "The KGB planted newspaper articles suggesting that the virus was made in a lab.\n"
    )
    assert all(mention != "KGB planted newspaper articles" for _, mention in quotes_of(text))


def test_a_group_with_its_share_as_a_figure_aside_speaks() -> None:
    text = (
        "Poll: voters split on levy\n\n"
        "A third of renters, 33%, say the levy is unfair. Among homeowners, about two-thirds, 64 percent, "
        "say it is needed.\n"
    )
    found = quotes_of(text)
    assert ("the levy is unfair", "A third of renters") in found
    assert ("it is needed", "about two-thirds") in found


def test_as_speaker_said_before_a_clause_gives_the_clause() -> None:
    text = (
        "Budget gap widens\n\n"
        "As the treasurer noted, the city has not balanced its books since 2019. "
        "As the results came in, the crowd grew quiet.\n"
    )
    found = quotes_of(text)
    assert ("the city has not balanced its books since 2019", "the treasurer") in found
    assert all("crowd" not in words for words, _ in found)


def test_an_aside_or_a_day_between_a_named_subject_and_said() -> None:
    text = (
        "Levy vote delayed\n\n"
        "County Treasurer Ana Ruiz, for example, said the levy would raise too little. "
        "Council spokesman Tom Hale on Thursday evening said the vote was off.\n"
    )
    found = quotes_of(text)
    assert ("the levy would raise too little", "County Treasurer Ana Ruiz") in found
    assert ("the vote was off", "Council spokesman Tom Hale") in found


def test_a_question_put_to_a_speaker_is_an_asked_attribution_of_its_own() -> None:
    text = (
        "Mayor stays quiet on levy\n\n"
        "Asked whether she would back the levy in May, Mayor Bell said she had not decided. "
        "“We will see,” Councillor Tran said when asked about the stadium deal. "
        "Asked by reporters if the vote would slip, the clerk said nothing.\n"
    )
    report = extract(text)
    asked = {q.span.of(text): q for q in report.quotes if q.attribution == "asked"}
    assert set(asked) == {
        "whether she would back the levy in May",
        "about the stadium deal",
        "if the vote would slip",
    }
    assert asked["whether she would back the levy in May"].speaker is None  # asked by no one named
    assert asked["whether she would back the levy in May"].mention is None
    by = asked["if the vote would slip"]
    assert by.mention is not None and by.mention.of(text) == "reporters"
    # the answer keeps its own speaker
    assert ("she had not decided", "Mayor Bell") in quotes_of(text)


def test_a_participle_cue_after_a_dash_speaks_for_the_subject() -> None:
    text = (
        "Derby picks\n\n"
        "Coach Ana Ruiz changed her pick on the spot – saying the rain would favour the home side.\n"
    )
    assert ("the rain would favour the home side", "Coach Ana Ruiz") in quotes_of(text)


def test_a_share_of_people_ending_on_a_number_and_overall_after_a_group() -> None:
    text = (
        "Poll: transit levy\n\n"
        "About 6 in 10 say the levy is too high. "
        "Nearly eight in 10 bus riders overall said they would vote for it.\n"
    )
    found = quotes_of(text)
    assert ("the levy is too high", "About 6 in 10") in found
    assert ("they would vote for it", "Nearly eight in 10 bus riders") in found


def test_where_opens_a_clause_before_its_subject_and_cue() -> None:
    text = (
        "Campaign swing\n\n"
        "Okafor spent the weekend in Toledo, where she said the plant would reopen by June.\n"
    )
    assert ("the plant would reopen by June", "she") in quotes_of(text)
