"""Work done once that was done twice (issue 16, speed per core): caches keyed by what they read,
a hedge read once per token, the chains of glued numbers read from the separators alone.

None of these changes what the library reports; each test asserts the reading a change keeps, on
sentences written for these tests.
"""

from __future__ import annotations

import attrs
import pytest
from factcheck_plugins import numeric_text
from factcheck_plugins.numeric_text import TextIndex, rounding_unit
from factcheck_plugins.sources_cited import _holds, find_cited_sources

from factcheck import Document, check
from factcheck.extraction.figure_filter import FigureFilter
from factcheck.extraction.figures import _Scanner, extract_figures
from factcheck.model import Figure, Span

TEXT = "The council said about 4,000 homes and 35 percent of roads were flooded, 2.2 million in damage."


def _figure(text: str, words: str, value: float, **fields: object) -> Figure:
    start = text.index(words)
    return Figure(id=f"f{start}", span=Span(start, start + len(words)), value=value, **fields)  # type: ignore[arg-type]


def test_rounding_unit_reads_the_span_and_value_not_the_other_fields() -> None:
    homes = _figure(TEXT, "4,000", 4000.0)
    assert rounding_unit(homes, TEXT) == 50.0
    before = numeric_text._rounding_unit.cache_info().hits
    # another figure object at the same words and value, with its own id, holder and unit: a hit
    other = attrs.evolve(homes, id="x9", holder="e1", unit="homes")
    assert rounding_unit(other, TEXT) == 50.0
    assert numeric_text._rounding_unit.cache_info().hits == before + 1
    # the same words read at another scale are another rounding ("2.2 million" as 2.2 or 2.2e6)
    damage = _figure(TEXT, "2.2 million", 2.2e6)
    assert rounding_unit(damage, TEXT) == pytest.approx(50_000.0)
    assert rounding_unit(attrs.evolve(damage, value=2.2), TEXT) == pytest.approx(0.05)


def test_a_share_is_read_once_per_place_value_and_percent_mark() -> None:
    report = check(Document(text=TEXT))
    index = TextIndex.build(TEXT, report.figures)
    roads = next(f for f in report.figures if f.is_percent)
    assert index.share(roads)
    kept = len(index._memo)
    assert index.share(attrs.evolve(roads, id="x9", holder="e1"))  # the same reading, no new entry
    assert len(index._memo) == kept
    # the same words without the percent mark read as a count of 35: not a share, read anew
    assert not index.share(attrs.evolve(roads, is_percent=False))
    assert len(index._memo) == kept + 1


def test_the_hedge_at_a_token_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[int] = []
    plain = _Scanner.hedge_at

    def counted(self: _Scanner, i: int) -> tuple[str, int] | None:
        read.append(i)
        return plain(self, i)

    monkeypatch.setattr(_Scanner, "hedge_at", counted)
    figures = extract_figures("Nearly 300 people and more than 40 cars were moved, about 12 per cent.")
    assert [(f.value, f.hedge) for f in figures] == [(300, "nearly"), (40, "more than"), (12, "about")]
    assert len(read) == len(set(read))  # no token's hedge read twice


def _chains_by_walking(scanner: _Scanner) -> tuple[list[int], list[int], list[int]]:
    """The chains' ends and dot counts by the definition: walk from each token along glued links."""
    toks, n = scanner.toks, scanner.n

    def joined(k: int) -> bool:
        glued = scanner.glued(k - 1, k) and scanner.glued(k, k + 1)
        return 0 < k < n - 1 and toks[k].text in "/-.:" and glued

    right, left = [], []
    for k in range(n):
        end = k
        while end + 2 < n and toks[end + 2].kind == "num" and joined(end + 1):
            end += 2
        right.append(end)
        start = k
        while start - 2 >= 0 and toks[start - 2].kind == "num" and joined(start - 1):
            start -= 2
        left.append(start)
    dots = [sum(t.text == "." for t in toks[:k]) for k in range(n + 1)]
    return left, right, dots


@pytest.mark.parametrize(
    "text",
    [
        "On 5/17/2018 the server at 192.168.1.2 logged 12.34.56.12.34 and 3/4 of the 2018-05-12 entries.",
        "The score was 3-1. Rates: 4.5. Then 10:30 - 11:45, a / b, 7 / 8 and 1.2.3 at the end 9.",
        "",
        "5",
    ],
)
def test_the_chains_of_glued_numbers_are_those_a_walk_finds(text: str) -> None:
    scanner = _Scanner(text, 0.05)
    assert FigureFilter(scanner)._chains() == _chains_by_walking(scanner)


def test_a_cue_needs_one_word_of_every_group() -> None:
    needs = (("by", "from"), ("report", "survey"))
    assert _holds("a survey by the institute", needs)
    assert not _holds("a survey of the institute", needs)
    assert not _holds("figures from the institute", needs)
    assert _holds("anything", ())
    cited = find_cited_sources("According to the Transport Agency, 40 bridges were closed.")
    assert [c.name for c in cited] == ["Transport Agency"]
