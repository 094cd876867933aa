"""whole_runs finds the runs of word characters a loop over every run of the text would keep."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from factcheck import word_runs
from factcheck.word_runs import is_word_char, whole_runs

TEXT = (
    "Ana Ruiz, 43, told the Ruiz-Lopez panel on Tuesday that Ruiz's plan (Ruiz_2) was dead. "
    "Anas and ANA disagreed; RuizRuiz is no name. Müller said Müllers and Müller2 differ. Ruiz"
)


def _plain(text: str, runs: set[str]) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in re.finditer(r"\w+", text) if m.group() in runs]


def test_whole_runs_only() -> None:
    runs = {"Ruiz", "Ana", "Müller"}
    assert whole_runs(TEXT, runs) == _plain(TEXT, runs)
    assert [TEXT[s : s + len(r)] for s, r in whole_runs(TEXT, runs)] == [
        "Ana",
        "Ruiz",
        "Ruiz",
        "Ruiz",
        "Müller",
        "Ruiz",
    ]


def test_many_runs_read_the_words_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(word_runs, "FIND_EACH", 1)
    runs = {"Ruiz", "Ana", "Müller"}
    assert whole_runs(TEXT, runs) == _plain(TEXT, runs)


def test_word_characters_are_what_the_pattern_reads() -> None:
    for code in range(0x3000):
        char = chr(code)
        assert is_word_char(char) == bool(re.match(r"\w", char)), hex(code)


def test_whole_runs_on_public_articles(benchmarks: Path) -> None:
    files = sorted((benchmarks / "polnear" / "dev").glob("*.txt"))[:60]
    if not files:
        pytest.skip("public benchmarks not found")
    pick = random.Random(16)
    for path in files:
        text = path.read_text(encoding="utf-8")
        words = re.findall(r"\w+", text)
        runs = set(pick.sample(words, min(20, len(words)))) | {"Mr", "U", "S"}
        assert whole_runs(text, runs) == _plain(text, runs), path.name
