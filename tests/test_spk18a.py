"""Who a found quote is given to, after reading wrong speakers on real published US political
news (PolNeAR train, issue 12; docs/accuracy.md, "Eighteenth session, spk18a").  Every sentence
here is written for the test, in the style of such news; each test fails without its rule."""

from __future__ import annotations

import factcheck
from factcheck.model import Report
from factcheck.testing import quote_speakers


def _check(*paragraphs: str) -> Report:
    return factcheck.check_text("Council weighs the budget\n\n" + "\n\n".join(paragraphs) + "\n")


def _speaker_of(report: Report, opening: str) -> str | None:
    """The speaker's name of the one quote whose words open with ``opening``."""
    names = [name for words, name in quote_speakers(report).items() if words.startswith(opening)]
    assert len(names) == 1, quote_speakers(report)
    return names[0]


def _mention_of(report: Report, opening: str) -> str | None:
    """The words that name the source of the one quote whose words open with ``opening``."""
    found = [q for q in report.quotes if report.words(q.span).startswith(opening)]
    assert len(found) == 1, [report.words(q.span) for q in report.quotes]
    return report.words(found[0].mention) if found[0].mention is not None else None


# --- a verb that leads into the cue: "went on to say", "began by saying", "interjected" ---


def test_went_on_to_say_is_the_subjects_speech_not_the_last_speakers() -> None:
    report = _check(
        "Mayor Ana Ruiz opened the meeting. “We have the money for the roads,” she said.",
        "Treasurer Tom Becker went on to say, “We regret the delay and thank residents for their patience.”",
    )
    assert _speaker_of(report, "We regret the delay") == "Tom Becker"


def test_interjected_is_a_cue_of_its_own() -> None:
    report = _check(
        "Mayor Ana Ruiz said the plan had been costed, to which Councillor Tom Becker interjected: "
        "“That is simply not true.”",
        "Becker, who wrote the transit levy, later interjected to say: “They have both changed their "
        "minds on this.”",
    )
    assert _speaker_of(report, "That is simply not true") == "Tom Becker"
    assert _speaker_of(report, "They have both changed") == "Tom Becker"


# --- a document beside a quotation: "the letter reads", "it states", "the passage continued" ---


def test_a_document_that_reads_or_states_is_the_quotations_source() -> None:
    report = _check(
        "Mayor Ana Ruiz spoke to reporters on Monday. “The levy stays,” she said.",
        "The city's finance office sent a notice to residents on Friday. “Parking fees will not rise "
        "this year,” the notice reads.",
        "“Fees for permits will be reviewed in the spring,” it states.",
    )
    assert _speaker_of(report, "Parking fees will not rise") is None
    assert _mention_of(report, "Parking fees will not rise") == "the notice"
    assert _mention_of(report, "Fees for permits") == "it"


def test_a_passage_that_continues_is_not_the_last_persons_words() -> None:
    report = _check(
        "“The council met in secret three times,” Becker said.",
        "“Saying that the vote had been fair, the mayor closed the session,” the passage continued.",
    )
    assert _speaker_of(report, "Saying that the vote") is None
    assert _mention_of(report, "Saying that the vote") == "the passage"
