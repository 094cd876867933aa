"""Work done once that was done twice (issue 16, speed per core): caches keyed by what they read,
a hedge read once per token, the chains of glued numbers read from the separators alone.

None of these changes what the library reports; each test asserts the reading a change keeps, on
sentences written for these tests.
"""

from __future__ import annotations

import pytest

from factcheck.extraction.figure_filter import FigureFilter
from factcheck.extraction.figures import _Scanner, extract_figures


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
