"""A headline that gives a post, a colon and a claim ("Mayor: Most power back by Sunday") is the
claim of the person the body names in that post, though it has no verb.  Sentences written for
this test in the style of a US metro daily."""

from __future__ import annotations

import factcheck

_STORY = (
    "Mayor: Most power back by Sunday, but some streets face a week in the dark\n\n"
    "By Tyler Brennan\n\n"
    "HOUSTON — Mayor Silas Granger said Friday that nearly 200,000 homes were still without power.\n\n"
    "“I know people are tired,” Granger said.\n"
)


def _quotes(text: str) -> dict[str, str | None]:
    report = factcheck.extract(factcheck.Document(text=text))
    out = {}
    for quote in report.quotes:
        speaker = report.speaker(quote.speaker) if quote.speaker else None
        out[quote.span.of(report.document.text)] = speaker.name if speaker else None
    return out


def test_a_post_before_a_headline_colon_speaks() -> None:
    quotes = _quotes(_STORY)
    assert quotes["Most power back by Sunday, but some streets face a week in the dark"] == "Silas Granger"


def test_a_name_before_a_descriptive_headline_colon_does_not() -> None:
    text = _STORY.replace("Mayor: Most power back by Sunday", "Silas Granger: A mayor in the storm", 1)
    quotes = _quotes(text)
    assert not any(q.startswith("A mayor in the storm") for q in quotes)
