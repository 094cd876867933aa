"""Look-ups that replaced scans growing with the square of a long text give the scans' answers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

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
