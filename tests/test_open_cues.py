"""Open cues: a verb of any kind in the place of "said" next to a quotation attributes it, and a
quotation ending with "?" or "!" keeps the attribution after it.

Sentences are written for these tests in the style of US and wire news.
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck import QuoteKind, Report
from factcheck.extraction.open_cues import open_attribution_after, open_attribution_before


def extract(text: str) -> Report:
    return factcheck.extract(factcheck.Document(text=text))


def direct(text: str) -> list[tuple[str, str | None, str | None]]:
    """(words, cue, speaker name) of each direct quote."""
    report = extract(text)
    out = []
    for quote in report.quotes:
        if quote.kind is QuoteKind.DIRECT:
            speaker = report.speaker(quote.speaker)
            out.append((quote.span.of(text), quote.cue, speaker.name if speaker else None))
    return out


HEADLINE = "Candidates make their final push\n\n"


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker"),
    [
        ('"We are going to win this state," Alvarez shouted over the crowd.', "shouted", "Alvarez"),
        ('"The numbers are just not there," Senator Mia Holt conceded on Tuesday.', "conceded", "Mia Holt"),
        ('"Not tonight, and not tomorrow," quipped Governor Sam Ortiz.', "quipped", "Sam Ortiz"),
        ('Governor Sam Ortiz joked: "Not tonight, and not tomorrow either."', "joked", "Sam Ortiz"),
    ],
)
def test_a_verb_not_in_the_cue_list_next_to_a_quotation(sentence: str, cue: str, speaker: str) -> None:
    [(_, got_cue, got_speaker)] = direct(HEADLINE + sentence)
    assert (got_cue, got_speaker) == (cue, speaker)


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker"),
    [
        ('"Why should taxpayers foot the bill?" Lena Brooks asked.', "asked", "Lena Brooks"),
        ('"Not one more cent!" Lena Brooks said at the rally.', "said", "Lena Brooks"),
        ('"Who pays for this?" Lena Brooks wondered aloud.', "wondered", "Lena Brooks"),
    ],
)
def test_a_quotation_ending_with_its_own_mark_keeps_the_attribution(
    sentence: str, cue: str, speaker: str
) -> None:
    found = direct(HEADLINE + sentence)
    assert [(c, s) for _, c, s in found] == [(cue, speaker)]
    report = extract(HEADLINE + sentence)
    assert [q.kind for q in report.quotes] == [QuoteKind.DIRECT]  # the cue is not read twice


@pytest.mark.parametrize(
    "after",
    [
        ", based on the figures",  # a participle, no speaker
        " was the headline",  # no verb of the place
        ", the sign reads",  # a noun ending in -s read as a verb would give "the sign"
    ],
)
def test_other_words_after_a_quotation_attribute_nothing(after: str) -> None:
    text = '"Jobs first" ' + after + "."
    start = text.index(after)
    got = open_attribution_after(text, start, len(text))
    assert got is None or got.phrase.kind not in ("person", "pronoun")


def test_a_verb_before_the_mark_needs_a_speaker() -> None:
    text = "In the end, it mattered: "
    assert open_attribution_before(text, 0, len(text)) is None
    text = "She responded: "
    got = open_attribution_before(text, 0, len(text))
    assert got is not None and (got.cue, got.phrase.pronoun) == ("responded", "she")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Debate night\n\n"Jeb wants to be a tough guy tonight," Trump shot back.', "Trump"),
        ('Debate night\n\n"We will win this state by ten points," Clinton fired back.', "Clinton"),
        ('Budget vote\n\n"It was a good night for the city," fired back Mayor Ana Ruiz.', "Ana Ruiz"),
    ],
)
def test_a_phrasal_verb_of_reply_attributes_the_quotation(text: str, name: str) -> None:
    report = factcheck.check_text(text)
    speaker = report.speaker(report.quotes[-1].speaker)
    assert speaker is not None and speaker.name == name
