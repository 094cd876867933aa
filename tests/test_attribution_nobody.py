"""A quote nothing names, after the writer's own lead-in: what may still name it, and what may not.

Every paragraph here is written for these tests in the style of US news copy; none is taken
from an article.
"""

from __future__ import annotations

import pytest
from factcheck_plugins.attribution import ATTRIBUTION

from factcheck import Report, Status, Verdict
from factcheck.testing import RunChecker

BEFORE = "Mayor Ruth Adeyemi defended the stadium plan on Monday, her spokesman said."
LEAD_IN = "It did not help that, late in the hearing, a pointed question came from the gallery."
QUOTE = "“Why should this city pay for a stadium that most of us will never set foot in?”"
AFTER = "In other words, asked council member Tom Reyes: “Who exactly gains from this deal?”"


def _article(*paragraphs: str) -> str:
    return "\n\n".join(("Stadium plan divides council", *paragraphs)) + "\n"


def warned(report: Report) -> list[Verdict]:
    """The attribution checker's no-speaker warnings."""
    return [
        v
        for v in report.verdicts
        if v.checker == "attribution" and v.data.get("check") == "speaker" and v.status is Status.WARN
    ]


def test_a_lead_in_stands_between_the_quote_and_the_paragraph_before(run_checker: RunChecker) -> None:
    # the paragraph before reports the mayor's speech, but the writer's lead-in introduces the quote
    # as coming from the gallery; the next paragraph's cue introduces a quote of its own
    report = run_checker(_article(BEFORE, f"{LEAD_IN} {QUOTE}", AFTER), ATTRIBUTION)
    assert len(warned(report)) == 1, [v.summary for v in report.verdicts]
    assert "stadium" in warned(report)[0].summary
    # without the lead-in the quote may continue the mayor's reported speech: no alarm
    bare = run_checker(_article(BEFORE, QUOTE, AFTER), ATTRIBUTION)
    assert warned(bare) == []


@pytest.mark.parametrize(
    "after",
    [
        # a cue that says its speaker spoke before names the quote above too
        "Reyes added: “Who exactly gains from this deal?”",
        # a cue with no quote of its own names whose words the quote above was
        "So said council member Tom Reyes, who has opposed the plan since spring.",
        # the speaker's words referred back to
        "Reyes's remarks drew applause from the back rows.",
    ],
)
def test_a_next_paragraph_that_may_name_the_speaker_keeps_the_quote_unknown(
    run_checker: RunChecker, after: str
) -> None:
    report = run_checker(_article(BEFORE, f"{LEAD_IN} {QUOTE}", after), ATTRIBUTION)
    assert warned(report) == [], [v.summary for v in warned(report)]


QUOTE_ALONE = "“We have waited eleven years for a bus depot that works, and we are still waiting.”"
LATER = "The depot is due to reopen in the autumn."


def _reason(report: Report) -> list[object]:
    return [
        v.data.get("reason")
        for v in report.verdicts
        if v.checker == "attribution" and v.data.get("check") == "speaker" and v.status is Status.UNKNOWN
    ]


@pytest.mark.parametrize(
    "before",
    [
        # a possessive opens a noun phrase about a thing: no person is the paragraph's subject
        "His budget for the depot passed the council on a narrow vote last spring.",
        # the opening is read in whole words: "here" is no "her" where the first 40 characters end
        "Crowds gathered at the old mill site here on Sunday to see the new buses.",
        # a day's or a month's name is no person
        "Tuesday's vote settled little in a fight that could run well into the summer.",
        # words in quote marks that are a name, not a quotation, report no speech
        "The plan would scrap the so-called “depot levy” on riders from the suburbs.",
    ],
)
def test_a_paragraph_before_that_names_no_speaker_leaves_the_quote_attributed_to_nobody(
    run_checker: RunChecker, before: str
) -> None:
    report = run_checker(_article("The bus depot closed in 2013.", before, QUOTE_ALONE, LATER), ATTRIBUTION)
    assert len(warned(report)) == 1, _reason(report)


@pytest.mark.parametrize(
    "before",
    [
        "He told the council the depot would cost more than planned.",
        "Riders said the plan would “leave every one of us stranded on the ring road.”",
        "Adeyemi has pushed for the depot since her first year in office.",
    ],
)
def test_a_paragraph_before_that_may_name_the_speaker_keeps_the_quote_unknown(
    run_checker: RunChecker, before: str
) -> None:
    report = run_checker(
        _article("Mayor Ruth Adeyemi opened the hearing.", before, QUOTE_ALONE, LATER), ATTRIBUTION
    )
    assert warned(report) == [], _reason(report)


def test_a_quote_under_a_headline_naming_a_person_is_read_as_theirs(run_checker: RunChecker) -> None:
    text = "Riders answer Mayor Adeyemi on the depot\n\n" + QUOTE_ALONE + "\n\n" + LATER + "\n"
    text += "\nMayor Ruth Adeyemi will answer questions on Friday.\n"
    report = run_checker(text, ATTRIBUTION)
    assert warned(report) == [], _reason(report)
    assert any("headline" in str(r) for r in _reason(report))


def test_a_quote_naming_the_person_the_paragraph_before_opens_with_is_not_theirs(
    run_checker: RunChecker,
) -> None:
    # the paragraph before opens with the mayor, but the quote speaks of her by name: a reader cannot
    # take it for hers, and nothing else names who said it
    before = "Adeyemi then quickly lost the support of two council members."
    about = "“If Adeyemi had listened to riders, the depot would have opened three years ago.”"
    opening = "Mayor Ruth Adeyemi opened the hearing."
    report = run_checker(_article(opening, before, about, LATER), ATTRIBUTION)
    assert len(warned(report)) == 1, _reason(report)
    # a quote that does not name her may be hers: no alarm
    report = run_checker(_article(opening, before, QUOTE_ALONE, LATER), ATTRIBUTION)
    assert warned(report) == [], _reason(report)


@pytest.mark.parametrize(
    ("quote", "alone"),
    [
        # a short sentence set as a paragraph of its own is speech presented as fact
        ("“Something had to give.”", True),
        ("“Riders deserve better than this.”", True),
        # three words: a title, a slogan, a caption
        ("“Buses, not promises.”", False),
    ],
)
def test_a_short_quote_standing_alone_as_a_paragraph(
    run_checker: RunChecker, quote: str, alone: bool
) -> None:
    report = run_checker(
        _article("The bus depot closed in 2013.", "The council voted to sell the site.", quote, LATER),
        ATTRIBUTION,
    )
    assert len(warned(report)) == int(alone), _reason(report)
    # the same words inside a paragraph with the writer's words beside them are no such quote
    inside = quote.replace("”", "” The council moved on to other business.")
    report = run_checker(
        _article("The bus depot closed in 2013.", "The council voted to sell the site.", inside, LATER),
        ATTRIBUTION,
    )
    assert warned(report) == [], _reason(report)


@pytest.mark.parametrize(
    ("where", "alone"), [("The vote was held in Riverton.", True), ("The vote was held.", False)]
)
def test_a_paragraph_opening_with_a_place_names_no_speaker(
    run_checker: RunChecker, where: str, alone: bool
) -> None:
    # "Riverton will …" opens with a capitalised word; the text writing "in Riverton" makes it a place
    before = "Riverton will host the final vote on the depot next spring, a year later than planned."
    report = run_checker(
        _article("The bus depot closed in 2013.", where, before, QUOTE_ALONE, LATER), ATTRIBUTION
    )
    assert len(warned(report)) == int(alone), _reason(report)


@pytest.mark.parametrize(
    ("before", "alone"),
    [
        # a descriptor with no noun for a person or a body names an event, whatever span the
        # extractor made a person's mention of it
        ("The budget hearing in New Hampshire capped a comeback for the mayor after a rocky spring.", True),
        # a name opening the paragraph is its subject
        ("Dana Whitlock capped a comeback for the mayor after a rocky spring.", False),
    ],
)
def test_a_descriptor_names_a_speaker_only_by_a_noun_for_one(
    run_checker: RunChecker, before: str, alone: bool
) -> None:
    report = run_checker(_article("The bus depot closed in 2013.", before, QUOTE_ALONE, LATER), ATTRIBUTION)
    assert len(warned(report)) == int(alone), _reason(report)


# Round 6 (branch faults6): a quote completing the writer's sentence, in a paragraph that opens with a
# person. Every sentence is written for these tests.
OPENS = "Okafor has two things going for her in the race for the board seat."
COMPLETES = "“Riverton has one of the oldest electorates of any district in the state.”"


@pytest.mark.parametrize(
    ("sentence", "alone"),
    [
        # the sentence the quote completes speaks of her only as its object: she is not its speaker
        ("Older voters have been a loyal base for her, but", True),
        ("Union halls have rallied behind him, and", True),
        # a person as the sentence's subject may be the one who says it
        ("She has courted older voters for years, but", False),
        ("Okafor has courted older voters for her whole career, but", False),
        ("Okafor kept the union halls behind her, and", False),
        # "her" before a noun is a possessive, not the object of the clause
        ("Older voters have backed her campaign from the start, but", False),
    ],
)
def test_a_quote_completing_a_sentence_that_speaks_of_the_person_is_not_theirs(
    run_checker: RunChecker, sentence: str, alone: bool
) -> None:
    paragraph = f"{OPENS} {sentence} {COMPLETES}"
    report = run_checker(_article("The bus depot closed in 2013.", paragraph, LATER), ATTRIBUTION)
    assert len(warned(report)) == int(alone), _reason(report)
    # a quote in the first person may be her own answer to what the sentence says of her
    answer = f"{OPENS} {sentence} “We will not change course on the depot, whatever the polls say.”"
    report = run_checker(_article("The bus depot closed in 2013.", answer, LATER), ATTRIBUTION)
    assert warned(report) == [], _reason(report)


@pytest.mark.parametrize(
    ("lead", "alone"),
    [
        # "the state" is a place, no word reporting speech: the lead-in is the writer's own
        ("The depot plan is a poor fit for the state.", True),
        ("The depot plan is a poor fit for each state on the line.", True),
        # the verb reports speech, which may name the speaker
        ("The depot plan, the audit states, is a poor fit.", False),
    ],
)
def test_the_state_is_no_word_reporting_speech(run_checker: RunChecker, lead: str, alone: bool) -> None:
    report = run_checker(
        _article("The bus depot closed in 2013.", f"{lead} {QUOTE_ALONE}", LATER), ATTRIBUTION
    )
    assert len(warned(report)) == int(alone), _reason(report)
