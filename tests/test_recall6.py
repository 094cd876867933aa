"""Quote recall: attributions the reader missed or cut short, on sentences written for these tests
in the style of US and wire political copy.
"""

from __future__ import annotations

import factcheck
from factcheck import Report


def extract(text: str) -> Report:
    return factcheck.extract(factcheck.Document(text=text))


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    """Every quote's words as spanned in the text and its mention as written."""
    report = extract(text)
    return [(q.span.of(text), q.mention.of(text) if q.mention else None) for q in report.quotes]


def test_a_quotation_resumes_after_a_relative_clause_of_its_speaker() -> None:
    text = (
        "Farm-state voters weigh their options\n\n"
        "“The trade deal hit us hard,” said Marla Okonkwo, a soybean grower in Story County, who said "
        "she had not decided how to vote. “Prices still haven’t come back.”\n"
    )
    found = quotes_of(text)
    whole = (
        "The trade deal hit us hard,” said Marla Okonkwo, a soybean grower in Story County, who said she "
        "had not decided how to vote. “Prices still haven’t come back."
    )
    assert (whole, "Marla Okonkwo") in found
    # the relative clause is still her reported speech of its own
    assert ("she had not decided how to vote", "who") in found
