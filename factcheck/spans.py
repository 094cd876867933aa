"""Spans: ranges of character offsets into a document's text, the unit every part of a report
points with.  Kept apart from :mod:`factcheck.model` so the sentence rules
(:mod:`factcheck.sentences`), which the model uses, need nothing else from it."""

from __future__ import annotations

import attrs

__all__ = ["Span"]


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into a document's text.

    Invariant: ``0 <= start <= end``.
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"span [{self.start}, {self.end}) is not ordered and non-negative")

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """Return the words of ``text`` this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def cover(self, other: Span) -> Span:
        """The smallest span covering both spans."""
        return Span(min(self.start, other.start), max(self.end, other.end))
