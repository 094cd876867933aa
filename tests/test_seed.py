"""The seed article must match its expected extraction exactly (issue 2)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import factcheck
from factcheck import QuoteKind, Report, SourceRole


@pytest.fixture(scope="module")
def seed_report(seed_path: Any) -> Report:
    return factcheck.extract(factcheck.load(seed_path))


def test_document_metadata(seed_report: Report, seed_expected: dict[str, Any]) -> None:
    doc = seed_report.document
    assert doc.publisher == seed_expected["publisher"]
    assert doc.published == dt.date.fromisoformat(seed_expected["published"])
    assert (
        doc.title == "Senior diplomat: All Russian citizens who fight for ISIS will face criminal prosecution"
    )
    publisher = seed_report.publisher
    assert publisher is not None and publisher.role is SourceRole.PUBLISHER
    assert publisher.span is not None and seed_report.words(publisher.span) == "RT"


def test_marked_quotes_match_expected_exactly(seed_report: Report, seed_expected: dict[str, Any]) -> None:
    marked = seed_report.quoted()  # every passage in quotation marks
    got = [
        {
            "text": seed_report.words(q.span),
            "speaker": seed_report.speaker(q.speaker).name if q.speaker else None,
            "cue": q.cue,
        }
        for q in marked
    ]
    assert got == seed_expected["quotes"]


def test_partial_quote_is_partial(seed_report: Report) -> None:
    kinds = {seed_report.words(q.span): q.kind for q in seed_report.quoted()}
    assert kinds["absolutization of the freedom of expression"] is QuoteKind.PARTIAL


def test_words_quoted_inside_reported_speech_are_part_of_it(seed_report: Report) -> None:
    # "He said the “absolutization of the freedom of expression” … was aiding the terrorists":
    # one attribution, whose clause holds the quoted words, not a second quote
    [holder] = [q for q in seed_report.quotes if q.verbatim]
    assert holder.kind is QuoteKind.INDIRECT and holder.cue == "said"
    assert [seed_report.words(v) for v in holder.verbatim] == ["absolutization of the freedom of expression"]
    assert all(q.kind is not QuoteKind.PARTIAL for q in seed_report.quotes)


def test_indirect_speech(seed_report: Report) -> None:
    indirect = {
        seed_report.words(q.span): (q.cue, seed_report.speaker(q.speaker).name if q.speaker else None)
        for q in seed_report.quotes
        if q.kind is QuoteKind.INDIRECT
    }
    noted = next(t for t in indirect if t.startswith("criminal cases had been started in absentia"))
    assert indirect[noted] == ("noted", "Oleg Syromolotov")
    lead = next(t for t in indirect if t.startswith("Over 4,000 Russian citizens are currently fighting"))
    assert lead.endswith("if they return home")
    assert indirect[lead] == ("said", "Oleg Syromolotov")
    emphasized = next(t for t in indirect if t.startswith("the special services considered"))
    assert emphasized.endswith("with the male ones")
    assert indirect[emphasized] == ("emphasized", "Oleg Syromolotov")


def test_one_speaker_with_every_mention(seed_report: Report, seed_expected: dict[str, Any]) -> None:
    (expected,) = seed_expected["speakers"]
    people = [s for s in seed_report.speakers if s.kind is factcheck.SpeakerKind.PERSON]
    assert [s.name for s in people] == [expected["name"]]
    speaker = people[0]
    assert speaker.role == expected["role"]
    mentions = {seed_report.words(m).lower() for m in speaker.mentions}
    assert {a.lower() for a in expected["also_called"]} <= mentions


def test_figures_match_expected(seed_report: Report, seed_expected: dict[str, Any]) -> None:
    got = [
        {"text": seed_report.words(f.span), "value": f.value, "hedge": f.hedge, "is_percent": f.is_percent}
        for f in seed_report.figures
    ]
    assert got == seed_expected["figures"]


def test_figure_intervals_follow_hedges(seed_report: Report) -> None:
    by_text = {seed_report.words(f.span): f for f in seed_report.figures}
    over = by_text["over 4,000"]
    assert over.lower == 4000 and over.upper is None and not over.lower_closed
    almost = by_text["almost 3,000"]
    assert (
        almost.upper == 3000 and not almost.upper_closed and almost.lower is not None and almost.lower < 3000
    )
    around = by_text["around 3,700"]
    assert around.lower is not None and around.upper is not None
    assert around.lower < 3700 < around.upper


def test_claims_carry_speaker_figures_and_quote(seed_report: Report) -> None:
    headline = seed_report.claims[0]
    assert seed_report.words(headline.span).startswith("All Russian citizens who fight for ISIS")
    assert seed_report.speaker(headline.speaker).name == "Oleg Syromolotov"  # type: ignore[union-attr]
    # the headline gives his statement in the writer's words: an indirect quote of its own
    statement = seed_report.quote(headline.quote)
    assert statement is not None and statement.span == headline.span
    assert statement.kind is QuoteKind.INDIRECT
    with_figures = [c for c in seed_report.claims if c.figures]
    texts = {seed_report.words(seed_report.figure(f).span) for c in with_figures for f in c.figures}
    assert texts == {"Over 4,000", "over 4,000", "almost 3,000", "around 3,700"}
    for claim in with_figures:
        assert claim.quote is not None and claim.speaker is not None
    assert not [c for c in seed_report.claims if "Source: RT" in seed_report.words(c.span)]
