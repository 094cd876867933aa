"""Quotes found and quotes not invented, on news of many desks (issue 12, helper spk18b): each
test on sentences written here, failing without its rule (docs/accuracy.md, "spk18b")."""

from __future__ import annotations

import factcheck
from factcheck.testing import quote_speakers


def test_a_headline_opening_with_a_quotation_is_the_speaker_s_whose_body_quote_holds_it() -> None:
    report = factcheck.check_text(
        "‘We were promised a bridge’: river councillor threatens to quit over ferry delays\n\n"
        "A councillor in the river towns has threatened to leave the ruling group over the ferry.\n\n"
        "“We were promised a bridge. What we got was a timetable,” Cr Marta Ives said on Tuesday.\n"
    )
    speakers = quote_speakers(report)
    assert speakers["We were promised a bridge"] == "Marta Ives"


def test_a_headline_quotation_before_a_dash_is_the_person_the_headline_names() -> None:
    report = factcheck.check_text(
        "'We should have won by three' - Okonjo fumes as United held at home\n\n"
        "United manager Daniel Okonjo said his side had been the better team after a 1-1 draw.\n\n"
        '"The lads gave everything," Okonjo said. "I can\'t ask for more."\n'
    )
    speakers = quote_speakers(report)
    assert speakers["We should have won by three"] == "Daniel Okonjo"


def test_a_headline_quotation_may_hold_an_apostrophe_of_the_same_shape_as_its_marks() -> None:
    report = factcheck.check_text(
        "‘We can’t keep waiting’: farmers march on parliament over drought aid\n\n"
        "Hundreds of farmers marched on Tuesday.\n\n"
        "“We can’t keep waiting. The rain isn’t coming,” said Tom Reilly, who farms near Dubbo.\n"
    )
    assert quote_speakers(report).get("We can’t keep waiting") == "Tom Reilly"


def test_a_title_in_marks_or_a_label_of_two_words_opening_a_headline_is_no_quote() -> None:
    for headline in (
        "‘Harbour Lights’ star returns to the stage in Dunedin",  # a work's title, no colon
        "‘Total farce’: residents fume at parking charges",  # two words: a label, not a statement
    ):
        report = factcheck.check_text(
            headline + "\n\nResidents packed the hall on Monday night to hear the council's plan.\n"
        )
        assert all(q.span.start > len(headline) for q in report.quotes), headline


def test_a_request_not_to_be_named_is_no_statement_of_the_source() -> None:
    report = factcheck.check_text(
        "Port merger wins approval\n\n"
        "An analyst at a local brokerage, who declined to be named, said the premium was on the low "
        "side.\n\n"
        "The driver's family, who asked that he not be named, urged witnesses to come forward.\n\n"
        "A sergeant spoke to reporters at the front, asking that his unit not be identified for "
        "security reasons.\n\n"
        "The boy's mother, who did not want to be named, told reporters the family was grateful.\n"
    )
    words = list(quote_speakers(report))
    assert not [w for w in words if "named" in w or "identified" in w]
    # the statements they did make are still read
    assert "the premium was on the low side" in words
    assert "the family was grateful" in words


def test_a_source_declining_to_say_something_still_gives_what_was_declined() -> None:
    report = factcheck.check_text(
        "Budget talks stall\n\nThe minister declined to say whether the levy would be raised.\n"
    )
    assert "to say whether the levy would be raised" in quote_speakers(report)


def test_a_time_between_a_finding_cue_and_that_still_gives_the_clause() -> None:
    report = factcheck.check_text(
        "Planning rules blamed for prices\n\n"
        "The Housing Commission concluded on Tuesday that zoning adds tens of thousands of dollars "
        "to the price of a new home.\n\n"
        "A review of council records found last year that approvals take twice as long as they did.\n"
    )
    words = quote_speakers(report)
    assert "zoning adds tens of thousands of dollars to the price of a new home" in words
    assert "approvals take twice as long as they did" in words


def test_a_long_place_after_the_hearer_of_telling_still_leads_to_that() -> None:
    report = factcheck.check_text(
        "Premier rejects deal\n\n"
        "Premier Dana Koval on Sunday lashed out at the proposed pipeline agreement, telling "
        "ministers at the start of the weekly cabinet meeting that the province would not be bound "
        "by it.\n"
    )
    assert quote_speakers(report).get("the province would not be bound by it") == "Dana Koval"


def test_a_closing_cue_before_a_dash_and_although_takes_the_clause_before_it() -> None:
    report = factcheck.check_text(
        "Park festival returns\n\n"
        "A folk festival in Hulme drew record crowds over the bank holiday weekend, organisers have "
        "said - although some neighbours complained the music was too loud.\n"
    )
    words = quote_speakers(report)
    assert words.get("A folk festival in Hulme drew record crowds over the bank holiday weekend") == (
        "organisers"
    )
    assert not [w for w in words if w.startswith("although")]


def test_official_data_or_figures_after_the_clause_are_its_source() -> None:
    report = factcheck.check_text(
        "Beef exports hit record\n\n"
        "WELLINGTON, May 3 - Exports of beef rose 12 per cent in the year to March to the highest "
        "level since 2011, official data showed on Thursday, undercutting the minister's warning.\n\n"
        "Dairy prices fell for a third month, figures from the trade body showed.\n"
    )
    words = quote_speakers(report)
    assert any(w.startswith("Exports of beef rose 12 per cent") for w in words)
    assert "Dairy prices fell for a third month" in words
