"""Review7: near misses of the page-furniture filter.  A lede may open with a word that also
names a page's navigation ("Home", "Search", "Close"); as a sentence of its own it is body text,
while a short furniture line is still dropped.  Articles written for these tests."""

from __future__ import annotations

import pytest

import factcheck


@pytest.mark.parametrize(
    ("article", "figure"),
    [
        (
            "Housing slump deepens\n\nHome sales fell 12% in March from a year earlier, the realtors said.\n",
            "12%",
        ),
        (
            "Search called off\n\nSearch teams found the bodies of 3 climbers near Chamonix, police said.\n",
            "3",
        ),
        (
            "Close to 2,000 people marched through Nairobi on Saturday, the organisers said.\n",
            "Close to 2,000",
        ),
    ],
)
def test_a_lede_opening_with_a_word_of_page_furniture_is_body(article: str, figure: str) -> None:
    report = factcheck.check_text(article)
    text = report.document.text
    assert [f.span.of(text) for f in report.figures] == [figure]
    assert len(report.quotes) == 1


def test_short_furniture_lines_are_still_dropped() -> None:
    article = "Home\n\nSearch\n\nShare this story\n\nRead more: the budget explained\n\nPolice held 3 men.\n"
    report = factcheck.check_text(article)
    text = report.document.text
    assert [f.span.of(text) for f in report.figures] == ["3"]
    assert [c.span.of(text) for c in report.claims] == ["Police held 3 men"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Reported cases dropped from 450 to 300 last month, a fall of a third, the health ministry said.",
            "pass",
        ),
        ("Enrolment at the college rose from 1,200 to 1,800, an increase of half, the rector said.", "pass"),
        (
            "Enrolment at the college rose from 1,200 to 1,800, an increase of a quarter, the rector said.",
            "warn",
        ),
    ],
)
def test_a_fraction_word_as_a_change_is_relative(sentence: str, status: str) -> None:
    report = factcheck.check_text(sentence)
    changes = [v for v in report.verdicts if v.checker == "numeric" and v.data.get("relation") == "change"]
    assert [v.status.value for v in changes] == [status]
