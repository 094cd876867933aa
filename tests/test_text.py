"""The shared sentence rules of factcheck.sentences over a whole text, on wire copy."""

from __future__ import annotations

import factcheck
from factcheck.model import Span
from factcheck.sentences import abbreviation_before, sentence_around, split_sentences

# Reuters-style copy written for this test: a headline line, a dateline paragraph with
# "U.S." and "Sen.", a hard-wrapped line, and a quotation of two sentences.
WIRE = (
    "Senate passes $95 billion aid package\n"
    "\n"
    "WASHINGTON (Reuters) - The U.S. Senate passed the package on Tuesday, Sen. Chuck Schumer\n"
    "said. The House is expected to vote next week.\n"
    "\n"
    '"This is a good day. We will not abandon our friends," Schumer told reporters.\n'
)


def _words(spans: list[Span]) -> list[str]:
    return [span.of(WIRE) for span in spans]


def test_split_sentences_keeps_a_quotation_whole_by_default() -> None:
    assert _words(split_sentences(WIRE)) == [
        "Senate passes $95 billion aid package",
        "WASHINGTON (Reuters) - The U.S. Senate passed the package on Tuesday, Sen. Chuck Schumer\nsaid.",
        "The House is expected to vote next week.",
        '"This is a good day. We will not abandon our friends," Schumer told reporters.',
    ]


def test_split_sentences_can_split_a_quotation() -> None:
    assert _words(split_sentences(WIRE, whole_quotes=False))[-2:] == [
        '"This is a good day.',
        'We will not abandon our friends," Schumer told reporters.',
    ]


def test_sentence_around_a_span_its_sentence_or_the_sentences_it_straddles() -> None:
    at = WIRE.index("Tuesday")
    assert sentence_around(WIRE, Span(at, at + 7)).of(WIRE).endswith("Schumer\nsaid.")
    at = WIRE.index("said. The House")
    straddling = sentence_around(WIRE, Span(at, at + 15))
    assert straddling.of(WIRE).startswith("WASHINGTON") and straddling.of(WIRE).endswith("next week.")
    blank = WIRE.index("\n\n")
    assert sentence_around(WIRE, Span(blank + 1, blank + 1)) == Span(blank + 1, blank + 1)
    at = WIRE.index("We will")
    assert sentence_around(WIRE, Span(at, at + 7), whole_quotes=False).of(WIRE).startswith("We will")
    assert sentence_around(WIRE, Span(at, at + 7)).of(WIRE).startswith('"This is')


def test_a_full_stop_after_an_abbreviation_or_initial_ends_no_sentence() -> None:
    text = "The U.S. envoy met Dr. Jose A. Cordova on Jan. 3. Talks ended. Officials left."
    stops = [i for i, ch in enumerate(text) if ch == "." and (i + 1 == len(text) or text[i + 1] == " ")]
    ends = [text[: i + 1].rsplit(" ", 1)[-1] for i in stops if not abbreviation_before(text, i)]
    assert ends == ["3.", "ended.", "left."]


def test_a_decade_or_an_age_ending_a_sentence_is_no_initial() -> None:
    text = (
        "She ran the agency in the mid-1990s. He said she was firm. Most voters were in their 60s. Few left."
    )
    stops = [i for i, ch in enumerate(text) if ch == "." and (i + 1 == len(text) or text[i + 1] == " ")]
    ends = [text[: i + 1].rsplit(" ", 1)[-1] for i in stops if not abbreviation_before(text, i)]
    assert ends == ["mid-1990s.", "firm.", "60s.", "left."]
    report = factcheck.extract(factcheck.Document(text=text))
    said = [q for q in report.quotes if report.words(q.span) == "she was firm"]
    assert said and report.words(said[0].mention) == "He"  # type: ignore[arg-type]


def test_word_alternation_matches_exactly_the_words_longest_first() -> None:
    import re

    from factcheck.extraction.text import word_alternation

    words = ["say", "says", "said", "saying", "add", "added", "U.N"]
    pattern = re.compile(r"\b(" + word_alternation(words) + r")\b")
    text = "we say, she says, he said, saying, sayings, add, added, U.N."
    found = [m.group() for m in pattern.finditer(text)]
    assert found == ["say", "says", "said", "saying", "add", "added", "U.N"]
    assert pattern.fullmatch("sai") is None and pattern.fullmatch("ad") is None
