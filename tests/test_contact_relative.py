"""A cue in a relative clause with no relative pronoun ("a raise the governor promised") credits
none of the words before the comma; a speaker phrase after the comma still does.  Sentences
written for these tests in the style of a statehouse report."""

from __future__ import annotations

import factcheck


def _quotes(text: str) -> dict[str, str | None]:
    report = factcheck.extract(factcheck.Document(text="Statehouse\n\n" + text + "\n"))
    out = {}
    for quote in report.quotes:
        speaker = report.speaker(quote.speaker) if quote.speaker else None
        out[quote.span.of(report.document.text)] = speaker.name if speaker else None
    return out


def test_a_raise_the_governor_promised_is_no_attribution() -> None:
    text = (
        "Schools were closed for a third day, while lawmakers debated the raise the governor "
        "promised last week."
    )
    assert not any(q.startswith("Schools were closed") for q in _quotes(text))


def test_a_speaker_after_the_comma_still_speaks() -> None:
    text = (
        "Gov. Jim Caldwell met union leaders on Tuesday.\n\n"
        "The money is there, the governor said on Wednesday."
    )
    assert _quotes(text).get("The money is there") == "Jim Caldwell"


def test_a_speaker_after_a_conjunction_still_speaks() -> None:
    text = (
        "Gov. Jim Caldwell met union leaders on Tuesday.\n\n"
        "The trade group spelled out its concerns as it commented on the rules, the governor said."
    )
    quotes = _quotes(text)
    assert any(q.startswith("The trade group spelled out its concerns") for q in quotes)
