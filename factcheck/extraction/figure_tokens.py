"""The token view the figure reader and the figure filter share: a text's tokens, their lower-case
forms, the tokens inside URLs and e-mail addresses, and small look-ups by position."""

from __future__ import annotations

from factcheck.extraction.figure_words import URL
from factcheck.extraction.numbers import Tok, tokenize


class TokenView:
    """A text's tokens with the helpers both the scanner and the filter read them through."""

    text: str
    toks: list[Tok]
    n: int
    lows: list[str]
    blocked: set[int]

    def __init__(self, text: str, like: TokenView | None = None) -> None:
        """The tokens of ``text``; ``like``, a view of the same text, lends its tokens instead."""
        self.text = text
        if like is not None:
            self.toks, self.n, self.lows, self.blocked = like.toks, like.n, like.lows, like.blocked
            return
        self.toks = tokenize(text)
        self.n = len(self.toks)
        self.lows = [t.text.lower() for t in self.toks]
        self.blocked = self._blocked_tokens()

    def _blocked_tokens(self) -> set[int]:
        """The tokens inside URLs and e-mail addresses (one merge of two sorted lists)."""
        blocked: set[int] = set()
        k = 0
        for match in URL.finditer(self.text):
            start, end = match.span()
            while k < self.n and self.toks[k].start < start:
                k += 1
            while k < self.n and self.toks[k].start < end:
                blocked.add(k)
                k += 1
        return blocked

    def word(self, i: int) -> str:
        """The lower-case word at ``i`` ('' for a number, a symbol or out of range)."""
        if 0 <= i < self.n and self.toks[i].kind == "word":
            return self.lows[i]
        return ""

    def raw(self, i: int) -> str:
        """The token text at ``i`` ('' out of range)."""
        return self.toks[i].text if 0 <= i < self.n else ""

    def glued(self, i: int, j: int) -> bool:
        """True when tokens ``i`` and ``j`` touch (no space between)."""
        return 0 <= i < self.n and 0 <= j < self.n and self.toks[i].end == self.toks[j].start

    def seq_at(self, i: int, seq: tuple[str, ...]) -> bool:
        """True when the tokens from ``i`` spell the lower-case word sequence ``seq``."""
        if i + len(seq) > self.n:
            return False
        return self.lows[i : i + len(seq)] == list(seq)
