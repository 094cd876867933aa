"""Preconditions the lead added after reading the alarms of the sixteenth session's held-out probes
(docs/verdicts.md, "The sixteenth session"), each on sentences written here, with a near miss."""

from __future__ import annotations

import factcheck
from factcheck.model import Report, Status, Verdict
from factcheck.testing import quote_speakers


def _speakers_of(report: Report, opening: str | tuple[str, ...]) -> list[str | None]:
    """The speakers' names of the quotes whose words open with ``opening`` (None: no speaker)."""
    return [name for words, name in quote_speakers(report).items() if words.startswith(opening)]


def _alarms(report: Report, checker: str) -> list[Verdict]:
    return [v for v in report.verdicts if v.checker == checker and v.status in (Status.FAIL, Status.WARN)]


def test_a_change_in_a_clause_of_its_own_after_from_a_to_b_is_another_subjects() -> None:
    report = factcheck.check_text(
        "Shipyard group lifts margins\n\n"
        "Operating margin in the quarter widened to 14.2 per cent from 12.9 per cent, although staff "
        "costs rose 22 per cent as the group hired around 600 additional workers.\n\n"
        "Net profit climbed to S$96 million from S$81 million, while revenue grew 9 per cent.\n"
    )
    assert _alarms(report, "numeric") == []


def test_a_change_told_of_the_pair_itself_is_still_judged() -> None:
    report = factcheck.check_text(
        "Shipyard group lifts margins\n\n"
        "Operating margin in the quarter widened to 14.2 per cent from 12.9 per cent, a rise of 22 "
        "per cent, the group said.\n"
    )
    assert [v.status for v in _alarms(report, "numeric")] == [Status.FAIL]


_FLOODS = (
    "Floods in Assam\n\n"
    "Chief Minister Pranjal Bordoloi, who visited the worst-hit districts on Sunday, said the state "
    "had sought the help of the Army.\n\n"
)


def test_a_post_a_speaker_names_in_his_own_words_is_another_persons() -> None:
    report = factcheck.check_text(
        _FLOODS + "Bordoloi said the Union Home Minister had called him in the morning and assured "
        "all possible assistance from the Centre.\n"
    )
    assert [v for v in _alarms(report, "attribution") if v.data.get("check") == "identity"] == []


def test_a_second_post_the_writer_gives_the_same_person_still_warns() -> None:
    report = factcheck.check_text(
        _FLOODS + "Bordoloi, the Union Home Minister, told reporters help was coming.\n"
    )
    identity = [v for v in _alarms(report, "attribution") if v.data.get("check") == "identity"]
    assert [v.status for v in identity] == [Status.WARN]


_MEASLES = (
    "{headline}\n\n"
    "Public Health Wales has urged parents to make sure their children are fully vaccinated against "
    "measles after the number of confirmed cases this year rose to 14, the highest figure for the "
    "first quarter of any year since 2013.\n\n"
    '"Measles is a serious illness and it spreads very easily," said Dr Aoife Brennan, the agency\'s '
    'director of public health. "Two doses of the vaccine give the best protection."\n'
)


def _headline_alarms(headline: str) -> list[Verdict]:
    report = factcheck.check_text(_MEASLES.format(headline=headline))
    return [v for v in _alarms(report, "attribution") if v.data.get("check") == "headline"]


def test_a_headline_that_condenses_the_lead_in_other_words_is_not_judged() -> None:
    headline = (
        "Public Health Wales urges parents to check MMR status as confirmed measles cases reach highest "
        "level in a decade"
    )
    assert _headline_alarms(headline) == []


def test_a_headline_claim_the_body_does_not_tell_still_warns() -> None:
    headline = "Public Health Wales says schools will close as the measles outbreak spreads across the region"
    assert [v.status for v in _headline_alarms(headline)] == [Status.WARN]


def test_a_short_quotation_closed_by_any_cue_verb_is_speech() -> None:
    text = (
        "Rovers hold on at the Showgrounds\n\n"
        "Rovers defender Ciaran Dolan was left to rue the deflection that gave the visitors a late "
        "equaliser.\n\n"
        "\u201cIt wasn\u2019t pretty,\u201d Dolan admitted afterwards, with a shrug.\n\n"
        "\u201cWe deserved more,\u201d Dolan conceded.\n"
    )
    report = factcheck.check_text(text)
    spoken = quote_speakers(report)
    assert set(spoken) == {"It wasn\u2019t pretty,", "We deserved more,"}
    assert {name for name in spoken.values() if name} == {"Ciaran Dolan"}


def test_a_player_is_followed_by_his_position() -> None:
    text = (
        "Rovers hold on at the Showgrounds\n\n"
        "Rovers defender Ciaran Dolan was left to rue the deflection that gave the visitors a late "
        "equaliser, while midfielder Sean Coyle was booked twice.\n\n"
        "\u201cI didn\u2019t even see it until it was past me,\u201d the defender said. \u201cThat\u2019s "
        "football, I suppose.\u201d\n"
    )
    report = factcheck.check_text(text)
    assert list(quote_speakers(report).values()) == ["Ciaran Dolan"]


def test_an_interviews_guest_is_the_person_not_a_body_opening_with_a_given_name() -> None:
    text = (
        "Q&A: \u2018The classrooms are simply not there\u2019\n\n"
        "As the first cohort prepares to move up in January, the head of the Kenya Secondary School "
        "Heads Association, Wanjiru Mwangi, says the ministry has underestimated the task.\n\n"
        "Q: Your association has warned about this for months. What is the problem?\n\n"
        "A: It is very simple. About 1.2 million learners will move up and nobody knows where "
        "they will sit.\n\n"
        "Q: Is the money released so far not enough?\n\n"
        "A: They announced Sh8 billion for about 10,000 classrooms. Do the arithmetic.\n"
    )
    report = factcheck.check_text(text)
    answers = _speakers_of(report, ("It is", "They announced"))
    assert len(answers) == 2 and set(answers) == {"Wanjiru Mwangi"}


def test_a_firm_named_consulting_is_no_person_to_take_her_words() -> None:
    text = (
        "Official tells court of rushed payments\n\n"
        "Dlamini said the director had handed her invoices from Lindiwe Consulting, a firm the state "
        "alleges is controlled by his brother.\n\n"
        "\u201cHe told me the invoices were urgent and must be paid the same day,\u201d she told the court.\n"
    )
    report = factcheck.check_text(text)
    assert _speakers_of(report, "He told me") == ["Dlamini"]
    assert all(s.kind.value != "person" for s in report.speakers if "Consulting" in s.name)


def test_the_army_is_no_newspaper_a_quote_was_given_to() -> None:
    text = (
        "Floods cut off hundreds of villages\n\n"
        "\u201cThe roads are gone, the bridges are gone,\u201d the deputy commissioner told The Frontier "
        "Tribune.\n\n"
        "The army said it had deployed 30 helicopters and more than 400 boats in the province.\n"
    )
    report = factcheck.check_text(text)
    army = _speakers_of(report, "it had deployed")
    assert len(army) == 1 and "Tribune" not in (army[0] or "")


def test_the_army_is_the_army_named_before() -> None:
    text = (
        "Floods cut off hundreds of villages\n\n"
        "The Pakistan Army said on Friday it was sending more boats to the province.\n\n"
        "The army said it had deployed 30 helicopters and more than 400 boats.\n"
    )
    report = factcheck.check_text(text)
    assert set(quote_speakers(report).values()) == {"Pakistan Army"}


def test_a_study_is_not_the_journal_that_published_it() -> None:
    text = (
        "Teenagers sleeping less than a decade ago, study finds\n\n"
        "Researchers at the University of Canterbury tracked the sleep of 1,600 students aged 13 to 17.\n\n"
        "The study, published on Wednesday in the Pacific Medical Journal, found that the average "
        "teenager slept 7.1 hours a night.\n"
    )
    report = factcheck.check_text(text)
    found = _speakers_of(report, "the average teenager")
    assert len(found) == 1 and "Journal" not in (found[0] or "")
