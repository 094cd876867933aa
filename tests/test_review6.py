"""Misfires of this session's speaker rules on news text of other styles, found by the review6 helper.

Every sentence here is written for these tests in the style of the desk named.
"""

from __future__ import annotations

import pytest

import factcheck


def quotes_of(text: str) -> list[str]:
    """The spans as written of the quotes factcheck reads in ``text``."""
    report = factcheck.extract(factcheck.Document(text=text))
    return [q.span.of(text) for q in report.quotes]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The minister said this year's deficit would be smaller than forecast.", "this year's"),
        ("Ms Mokoena said last year's floods had cost the province R2 billion.", "last year's"),
        ("The union said today's strike would go ahead.", "today's"),
        ("The coach said Saturday’s defeat was the worst of his career.", "Saturday’s"),
    ],
)
def test_a_time_word_owning_the_next_noun_opens_the_reported_clause(sentence: str, content: str) -> None:
    # "said this year's deficit …": the time phrase is the clause's subject, not a time of the saying
    text = f"Budget day\n\n{sentence}\n"
    assert [span.startswith(content) for span in quotes_of(text)] == [True]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The board said earlier this month that the plant would close.", "the plant would close"),
        ("The chancellor will say next week the economy is turning a corner.", "the economy is turning"),
        ("The coach said tonight the squad was tired after the flight.", "the squad was tired"),
    ],
)
def test_a_time_phrase_after_the_cue_is_no_part_of_the_reported_clause(sentence: str, content: str) -> None:
    text = f"Plant closure\n\n{sentence}\n"
    assert [span.startswith(content) for span in quotes_of(text)] == [True]


def test_a_time_phrase_alone_after_a_cue_is_no_quote() -> None:
    # a preview with a modal of possibility: the clause before the comma is not read, and
    # "later this week" is no reported clause either
    text = "Budget preview\n\nThe economy needs reform, Reeves may say later this week.\n"
    assert "later this week" not in quotes_of(text)


def mentions_of(text: str) -> list[str | None]:
    """The speaker mentions as written of the quotes factcheck reads in ``text``."""
    report = factcheck.extract(factcheck.Document(text=text))
    return [q.mention.of(text) if q.mention is not None else None for q in report.quotes]


@pytest.mark.parametrize(
    ("subject", "mention"),
    [
        ("First Bank of Nigeria", "First Bank of Nigeria"),
        ("First Republic Bank", "First Republic Bank"),
        ("First, the central bank", "the central bank"),
    ],
)
def test_first_opening_a_bodys_name_is_part_of_it(subject: str, mention: str) -> None:
    # Nigerian and US business pages: "First" is an opening word only when a comma follows it
    text = f"Outage ends\n\n{subject} said its systems had been restored after the weekend outage.\n"
    assert mentions_of(text) == [mention]


def speaker_names(text: str) -> list[str | None]:
    """The speakers' names of the quotes factcheck reads in ``text``."""
    report = factcheck.extract(factcheck.Document(text=text))
    speakers = [report.speaker(q.speaker) for q in report.quotes]
    return [s.name if s is not None else None for s in speakers]


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("The bill drew fire from business leaders who say it will cost jobs.", "business leaders"),
        ("The new law protects tenants who say their landlords harassed them.", "tenants"),
        (
            "The plan has angered critics from both parties who say it is too costly.",
            "critics from both parties",
        ),
        ("The reform was fought by teachers unions who say it will cut pay.", "teachers unions"),
    ],
)
def test_a_group_before_who_starts_after_a_verb_or_a_preposition(sentence: str, group: str) -> None:
    # "GROUP who CUE" (2731908): the group is no longer read across "drew fire from", "protects"
    text = f"Housing bill\n\n{sentence}\n"
    assert speaker_names(text) == [group]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The minister, after saying the plan was affordable, left the chamber.", "the plan was affordable"),
        ("The board, saying it had no choice, sacked the chief executive on Friday.", "it had no choice"),
        (
            "Mr Kamau left the room, saying the bill, drafted in 2019, was flawed.",
            "the bill, drafted in 2019, was flawed",
        ),
    ],
)
def test_a_participle_aside_after_its_subject_closes_before_the_main_verb(
    sentence: str, content: str
) -> None:
    # the participle rules of ce3119d read on to the sentence's end, across the subject's own verb
    text = f"Budget row\n\n{sentence}\n"
    assert quotes_of(text) == [content]
