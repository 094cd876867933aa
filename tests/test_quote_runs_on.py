"""A statement quoted over several paragraphs (each paragraph opening with a quotation mark, only
the last one closed) is its speaker's to the end: in double marks over three paragraphs or
more, and in single marks as British papers write it.  Sentences written for these tests in the
style of British and Australian regional reporting."""

from __future__ import annotations

import factcheck


def _speakers(text: str) -> list[tuple[str, str | None]]:
    report = factcheck.extract(factcheck.Document(text="Flood row\n\n" + text + "\n"))
    out = []
    for quote in report.quotes:
        speaker = report.speaker(quote.speaker) if quote.speaker else None
        out.append((quote.span.of(report.document.text)[:20], speaker.name if speaker else None))
    return out


def test_single_marks_over_three_paragraphs_are_one_speakers() -> None:
    text = (
        "Cllr Joan Ellery led the opposition. 'This is the wrong site,' she told the meeting.\n\n"
        "'Every winter the lane turns into a river. I have photographs going back years.\n\n"
        "'We are asked to trust that a pond will fix a problem the agency calls serious.'\n\n"
        "Planning officer Dr Ravi Mehta had recommended approval."
    )
    said = _speakers(text)
    assert ("Every winter the lan", "Joan Ellery") in said
    assert all(name == "Joan Ellery" for words, name in said if words.startswith(("Every", "We are")))


def test_double_marks_over_three_paragraphs_keep_the_speaker_to_the_end() -> None:
    text = (
        "“Mum loves the cows,” Tom Birch says. “We cut the herd back to 180 and own our water.\n\n"
        "“Once a dairy goes, it does not come back. The shed gets pulled down.\n\n"
        "“You can plant almonds in a year. You cannot build a dairy district in a year.”\n\n"
        "Economist Dr Ruth Lim says the number of farms has halved."
    )
    said = _speakers(text)
    assert all(name == "Tom Birch" for words, name in said if not words.startswith("the number"))
    assert not any(words.startswith("You can plant") and name is None for words, name in said)


def test_an_apostrophe_in_a_word_opens_no_quotation() -> None:
    text = (
        "Ruth Lim said the farm's future was bright.\n\n"
        "'It's been a hard year,' she said. 'But we're still here,' she added.\n\n"
        "'Nobody expected that.'"
    )
    said = [words for words, _ in _speakers(text)]
    assert not any(words.startswith("s future") for words in said)
