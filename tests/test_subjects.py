"""Subjects far from their cue: a name, then a long description, then "said".

Sentences are written for these tests in the style of US and wire news.
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck import QuoteKind, Report
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
