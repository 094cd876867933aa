"""Look-ups that replaced scans growing with the square of a long text give the scans' answers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.model import Span
from factcheck.sentences import split_sentences
from plugins.attribution_times import _sentence_at
from plugins.numeric_layout import _whole_word_places

TEXT = (
    "FULL TEXT.\nThe U.S. envoy met NATO officials; NATO's chief, a former U.S. senator, said NATONATO "
    "is no word and _NATO neither. FULL TEXT follows: A A A. U.S.\nNATO"
)


def _plain_places(name: str, text: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]


def test_whole_word_places_are_the_patterns() -> None:
    for name in ("NATO", "U.S.", "FULL TEXT", "A A", "TEXT", "A", ".", "U.S", "NATONATO"):
        assert _whole_word_places(name, TEXT) == _plain_places(name, TEXT), name
    assert _whole_word_places("NATO", TEXT) == [
        m.start() for m in re.finditer(r"(?<![\w])NATO(?![\w])", TEXT)
    ]


def test_whole_word_places_on_public_articles(benchmarks: Path) -> None:
    files = sorted((benchmarks / "polnear" / "dev").glob("*.txt"))[:80]
    if not files:
        pytest.skip("public benchmarks not found")
    for path in files:
        text = path.read_text(encoding="utf-8")
        names = set(re.findall(r"\b[A-Z][A-Z.&' -]{1,20}\b", text)) | {"US", "U.S.", "AP"}
        for name in names:
            assert _whole_word_places(name, text) == _plain_places(name, text), (path.name, name)


def _plain_sentence(sentences: tuple[Span, ...], at: int) -> Span | None:
    return next((s for s in sentences if s.start <= at < s.end), None)


def test_sentence_at_is_the_first_holding_the_place() -> None:
    text = "Prices rose 4% in 2024. “We had 16.4 million,” she said.\n\nThey fell 2% last year."
    ordered = tuple(split_sentences(text, whole_quotes=False))
    shuffled = (ordered[2], ordered[0], Span(0, len(text)), ordered[1])  # out of order, overlapping
    empty = (Span(0, 0), *ordered)
    for sentences in (ordered, shuffled, empty, ()):
        for at in range(len(text) + 2):
            assert _sentence_at(sentences, at) == _plain_sentence(sentences, at), (sentences, at)
    for at in range(len(text)):  # the same tuple asked again, after another
        assert _sentence_at(ordered, at) == _plain_sentence(ordered, at)


def test_sentence_at_on_public_articles(benchmarks: Path) -> None:
    files = sorted((benchmarks / "news-attribution").glob("*.txt"))[:40]
    if not files:
        pytest.skip("public benchmarks not found")
    for path in files:
        text = path.read_text(encoding="utf-8")
        sentences = tuple(split_sentences(text, whole_quotes=False))
        for at in range(0, len(text) + 1, 7):
            assert _sentence_at(sentences, at) == _plain_sentence(sentences, at), (path.name, at)
