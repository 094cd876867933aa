"""A question-period exchange quoted as the legislature's record gives it: "Hon. Catherine
Lafleur: Speaker, …" is a turn of the minister's, the courtesy "Hon." no post.  Sentences
written for this test in the style of a provincial legislature report."""

from __future__ import annotations

import factcheck

_EXCHANGE = (
    "Hydro bills in question period\n\n"
    "The exchange in question period went like this:\n\n"
    "Ms. Andrea Sinclair: Speaker, families are paying more for hydro than ever before. Will the "
    "premier admit her plan has failed?\n\n"
    "Hon. Catherine Lafontaine: Speaker, we have cut bills by a quarter. The member opposite voted "
    "against every one of those measures.\n"
)


def test_a_turn_of_an_honourable_member() -> None:
    report = factcheck.extract(factcheck.Document(text=_EXCHANGE))
    speakers = {}
    for quote in report.quotes:
        speaker = report.speaker(quote.speaker) if quote.speaker else None
        speakers[quote.span.of(report.document.text)[:30]] = speaker.name if speaker else None
    assert speakers.get("Speaker, we have cut bills by ") == "Catherine Lafontaine"
