"""A quotation with no verb of saying after a beat that opens its paragraph ("Asked about the
selection, Mirza was more forthcoming. 'If they want …'") is the beat's subject's.  Sentences
written for these tests in the style of a county cricket report."""

from __future__ import annotations

import factcheck

TEXT = (
    "Draw at New Road\n\n"
    "Head coach Sam Okoro praised the opener. 'He has had a tough year,' Okoro said.\n\n"
    "National selector Sir Graham Lytton declined to comment.\n\n"
    "Asked about the selection, Okoro was more forthcoming. 'If they want a left-hander who can "
    "bat time, they know where he is.'\n"
)


def _speaker_of(text: str, opening: str) -> str | None:
    report = factcheck.extract(factcheck.Document(text=text))
    for quote in report.quotes:
        if quote.span.of(text).startswith(opening):
            speaker = report.speaker(quote.speaker) if quote.speaker else None
            return speaker.name if speaker else None
    raise AssertionError(f"no quote opening {opening!r}")


def test_the_beat_subject_speaks() -> None:
    assert _speaker_of(TEXT, "If they want") == "Sam Okoro"


def test_an_unknown_single_name_is_no_beat() -> None:
    text = TEXT.replace("Asked about the selection, Okoro was", "Asked about the selection, Worcester was")
    assert _speaker_of(text, "If they want") != "Worcester"
