"""Attribution recall: subjects and cues of reported speech in US political news style.

Every sentence here is written for these tests; none is taken from an article.
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck import Report


def extract(text: str) -> Report:
    return factcheck.extract(factcheck.Document(text=text))


def by_words(report: Report) -> dict[str, str | None]:
    """Each quote's words, with the words that name its speaker there (its mention)."""
    return {
        report.words(q.span): (report.words(q.mention) if q.mention is not None else None)
        for q in report.quotes
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
