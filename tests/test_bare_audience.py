"""The words after "told <audience>" with no "that" and no article before the audience ("told magistrates
the van had drifted …"), as court and council reports write it: the clause is what was said.
Sentences written for these tests in the style of British regional reporting."""

from __future__ import annotations

import factcheck


def _quotes(text: str) -> list[str]:
    report = factcheck.extract(factcheck.Document(text="Court report\n\n" + text + "\n"))
    return [q.span.of(report.document.text) for q in report.quotes]


def test_told_magistrates_then_a_clause() -> None:
    text = "Prosecutor Tessa Lane told magistrates the driver, a 52-year-old roofer, had drunk four pints."
    assert _quotes(text) == ["the driver, a 52-year-old roofer, had drunk four pints"]


def test_told_councillors_then_a_pronoun_clause() -> None:
    text = "Highways officer Ben Ota told councillors it would cost more to mend the bridge than rebuild it."
    assert _quotes(text) == ["it would cost more to mend the bridge than rebuild it"]


def test_an_audience_before_a_preposition_is_no_clause() -> None:
    text = "The leaflet does not tell voters much about the candidates, Ana Ruiz said."
    assert "much about the candidates" not in _quotes(text)
