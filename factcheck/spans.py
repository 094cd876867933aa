"""Spans: ranges of character offsets into a document's text, the unit every part of a report
points with, and :class:`SpanIndex`, items looked up by where their spans lie.  Kept apart from
:mod:`factcheck.model` so the sentence rules (:mod:`factcheck.sentences`), which the model uses,
need nothing else from it; public, so a checker plugin can index a report's parts by position."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

import attrs

__all__ = ["Span", "SpanIndex"]


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


T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Items with spans, sorted by where they start, for lookups by position in logarithmic time.

    The extractor asks "which quotes start in this sentence", "which figures lie inside this
    claim", "does anything cover this sentence" many times; with an index each answer costs
    a binary search, not a pass over every item, so long articles stay linear.
    """

    def __init__(self, items: Sequence[T], span_of: Callable[[T], Span]) -> None:
        pairs = sorted(((span_of(item), item) for item in items), key=lambda pair: pair[0].start)
        self.spans = [span for span, _ in pairs]
        self.items = [item for _, item in pairs]
        self.starts = [span.start for span in self.spans]
        self.reach = list(itertools.accumulate((span.end for span in self.spans), max))

    def starting_in(self, outer: Span) -> list[T]:
        """The items that start inside ``outer``."""
        low = bisect.bisect_left(self.starts, outer.start)
        high = bisect.bisect_left(self.starts, outer.end)
        return self.items[low:high]

    def inside(self, outer: Span) -> list[T]:
        """The items whose spans lie wholly inside ``outer``."""
        low = bisect.bisect_left(self.starts, outer.start)
        high = bisect.bisect_left(self.starts, outer.end)
        return [self.items[i] for i in range(low, high) if self.spans[i].end <= outer.end]

    def around(self, inner: Span, window: int) -> list[T]:
        """The items starting at most ``window`` characters before ``inner`` that contain it."""
        low = bisect.bisect_left(self.starts, inner.start - window)
        high = bisect.bisect_right(self.starts, inner.start)
        return [self.items[i] for i in range(low, high) if self.spans[i].contains(inner)]

    def last_starting_by(self, position: int) -> T | None:
        """The item starting last at or before ``position`` (for spans that do not overlap)."""
        index = bisect.bisect_right(self.starts, position) - 1
        return self.items[index] if index >= 0 else None

    def overlaps(self, span: Span) -> bool:
        """True when some item shares a character with ``span``."""
        high = bisect.bisect_left(self.starts, span.end)
        if high == 0:
            return False
        low = bisect.bisect_left(self.starts, span.start)
        if low < high:
            return True  # an item starts inside the span
        return self.reach[high - 1] > span.start
