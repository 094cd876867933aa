"""The model's invariants and the interval arithmetic that checkers rely on."""

from __future__ import annotations

import math
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
import factcheck.serialize
from factcheck import Document, Figure, Interval, Quote, QuoteKind, Report, Span, Status, Verdict

TEXT = "Over 4,000 Russian citizens are fighting in Syria, the minister said."


def test_span_must_be_ordered() -> None:
    with pytest.raises(ValueError, match="not ordered"):
        Span(10, 4)
    with pytest.raises(ValueError):
        Span(-1, 3)
    assert Span(0, 10).of(TEXT) == "Over 4,000"


def test_report_refuses_spans_outside_the_text() -> None:
    doc = Document(text=TEXT)
    with pytest.raises(ValueError, match="outside the text"):
        Report(document=doc, quotes=[Quote(id="q1", span=Span(0, len(TEXT) + 5), kind=QuoteKind.DIRECT)])


def test_report_refuses_unknown_speaker_ids() -> None:
    doc = Document(text=TEXT)
    with pytest.raises(ValueError, match="unknown speaker"):
        Report(
            document=doc, quotes=[Quote(id="q1", span=Span(0, 10), kind=QuoteKind.INDIRECT, speaker="sp9")]
        )


def test_figure_value_must_lie_in_its_interval() -> None:
    with pytest.raises(ValueError, match="lower bound"):
        Figure(id="f1", span=Span(0, 10), value=4000, lower=4500)
    with pytest.raises(ValueError, match="upper bound"):
        Figure(id="f1", span=Span(0, 10), value=4000, upper=3000)


def test_document_id_is_a_stable_text_hash() -> None:
    assert Document(text=TEXT).id == Document(text=TEXT, path="elsewhere.txt").id
    assert Document(text=TEXT).id != Document(text=TEXT + " ").id


def test_verdict_status_is_closed_set() -> None:
    assert Verdict(status="warn", summary="look").status is Status.WARN
    with pytest.raises(ValueError):
        Verdict(status="maybe", summary="no such status")


def test_model_is_frozen() -> None:
    span = Span(0, 4)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 2  # type: ignore[misc]


def test_hedged_intervals_compare_as_a_fact_checker_reads_them() -> None:
    almost_3000 = Interval(2850, 3000, upper_closed=False)
    over_4000 = Interval(4000, None, lower_closed=False)
    around_3700 = Interval(3515, 3885)
    over_3000 = Interval(3000, None, lower_closed=False)
    assert almost_3000.certainly_le(over_4000)
    assert around_3700.certainly_le(over_4000)
    assert not over_3000.certainly_le(over_4000) and over_3000.possibly_le(over_4000)
    assert not Interval(5000, 6000).possibly_le(Interval(1000, 2000))
    assert 3000 not in almost_3000 and 2999 in almost_3000
    assert over_4000.hi == math.inf


finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)


@given(finite, finite, finite, finite)
def test_certainly_le_implies_possibly_le(a: float, b: float, c: float, d: float) -> None:
    left = Interval(min(a, b), max(a, b))
    right = Interval(min(c, d), max(c, d))
    if left.certainly_le(right):
        assert left.possibly_le(right)
        assert all(x <= y for x in (left.lo, left.hi) for y in (right.lo, right.hi))


def test_report_sentences_are_split_once_with_each_quoted_sentence_apart(seed_path: Path) -> None:
    text = (
        "Port reopens after storm\n\n"
        'Dr. Ana Ruiz, the harbour master, said on Monday: "Two berths are open. Four more open '
        'on Friday." Ships waited for 3 days.\n'
    )
    report = Report(document=Document(text=text))
    words = [s.of(text) for s in report.sentences]
    assert words == [
        "Port reopens after storm",
        'Dr. Ana Ruiz, the harbour master, said on Monday: "Two berths are open.',
        'Four more open on Friday."',
        "Ships waited for 3 days.",
    ]
    assert report.sentences is report.sentences  # kept, not split again for each checker
    seed = factcheck.check(seed_path)
    # the checkers' sentences are the store's: each figure lies inside one of them
    assert all(any(s.contains(f.span) for s in seed.sentences) for f in seed.figures)
    assert (
        Report.from_dict(factcheck.serialize.report_to_dict(seed), seed.document.text).sentences
        == seed.sentences
    )


def test_a_report_made_anew_for_the_same_text_keeps_its_sentences_and_another_text_gets_its_own() -> None:
    text = "Port reopens\n\nTwo berths are open. Four more open on Friday.\n"
    other = "Port stays shut\n\nNo berth is open. Ships wait at sea.\n"
    report = Report(document=Document(text=text))
    again = attrs.evolve(report, verdicts=())  # as each step that adds to a report makes it anew
    assert again.sentences is report.sentences
    elsewhere = Report(document=Document(text=other))
    assert [s.of(other) for s in elsewhere.sentences] == [
        "Port stays shut",
        "No berth is open.",
        "Ships wait at sea.",
    ]
    assert [s.of(text) for s in report.sentences][1:] == ["Two berths are open.", "Four more open on Friday."]
