"""Quote precision and speakers, eighth pass: sentences written for these tests in the style of
wire and regional dailies (Ghanaian, Mexican, Irish, US copy).
"""

from __future__ import annotations

import factcheck
from factcheck import Report


def extract(text: str) -> Report:
    return factcheck.extract(factcheck.Document(text=text))


def spans_of(text: str) -> list[str]:
    """Every quote's words as spanned in the text, in the report's order."""
    return [q.span.of(text) for q in extract(text).quotes]


def test_a_clause_read_by_two_cues_is_one_quote() -> None:
    text = (
        "Traders count losses after market fire\n\n"
        "The regional minister, Mrs Adwoa Mensah, urged traders to remain calm, stressing that the "
        "government had already set aside money for repairs.\n\n"
        '"We will rebuild this market," she told reporters.\n'
    )
    found = spans_of(text)
    assert found.count("the government had already set aside money for repairs") == 1
    assert "We will rebuild this market," in found
