"""The speed-ups of extraction read the same text the same way as the plain scan they replace."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extraction.figures import _Scanner, extract_figures

NEWS = (
    "Nearly two-thirds of the 1,200 voters polled said prices had risen by more than 5 percent, "
    "while a few thousand protesters marched on Tuesday. The ministry spent $4.5bn, up from "
    "three hundred and twenty million euros in 2019; between 10 and 12 per cent of it went on "
    "roads. Temperatures fell to minus 12 degrees and a barrel of oil cost US$80. Scores of "
    "officials, some 40 in all, signed. One in five said the rate was -0.3%, or so it seemed."
)


def _skipped_tokens_read_nothing(text: str) -> int:
    """Try a figure at every token the scan skips; return how many such tokens there were."""
    scanner = _Scanner(text, 0.05)
    starts = set(scanner.candidates())
    skipped = 0
    for i in range(scanner.n):
        if i in starts or i in scanner.blocked:
            continue
        skipped += 1
        assert scanner.try_at(i) == i + 1, (scanner.toks[i].text, text[:80])
        assert scanner.found == [], (scanner.toks[i].text, text[:80])
    return skipped


def test_the_scan_skips_most_tokens_and_none_that_start_a_figure() -> None:
    skipped = _skipped_tokens_read_nothing(NEWS)
    scanner = _Scanner(NEWS, 0.05)
    assert skipped > scanner.n // 2  # most words of news start no figure
    values = [f.value for f in extract_figures(NEWS)]
    assert 1200 in values and 4.5e9 in values and 3.2e8 in values and -12 in values


@pytest.mark.benchmark_data
def test_no_skipped_token_starts_a_figure_in_public_articles(benchmarks: Path) -> None:
    files = sorted((benchmarks / "polnear" / "dev").glob("*.txt"))
    files += sorted((benchmarks / "news-attribution").glob("*.txt"))
    assert files
    for path in files:
        _skipped_tokens_read_nothing(path.read_text(encoding="utf-8"))
