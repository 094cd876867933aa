"""A report's attributed quotes by position: whose words hold a span, who speaks in a sentence.

Part of the ``sources`` plugin: the speaker through whom a cited body is cited (``Source.via``),
and the speaker of a figure for the self-reported check.
"""

from __future__ import annotations

from factcheck import Report, Span
from factcheck.spans import SpanIndex


class _QuoteIndex:
    """A report's attributed quotes, indexed by their words, cue and mention, for lookups by position."""

    def __init__(self, report: Report) -> None:
        said = [q for q in report.quotes if q.speaker]
        self.by_words = SpanIndex(said, lambda q: q.span)
        self.longest = max((len(q.span) for q in said), default=0)
        self.by_cue = SpanIndex([q for q in said if q.cue_span is not None], lambda q: q.cue_span or q.span)
        self.by_mention = SpanIndex([q for q in said if q.mention is not None], lambda q: q.mention or q.span)


def _speaker_of(quotes: _QuoteIndex, span: Span) -> str | None:
    """The speaker of the narrowest quote whose words contain ``span``."""
    holding = quotes.by_words.around(span, quotes.longest)
    if not holding:
        return None
    return min(holding, key=lambda q: len(q.span)).speaker


def _speaker_in_sentence(quotes: _QuoteIndex, sentence: Span) -> str | None:
    """The speaker of a quote whose cue (else whose speaker's words) lies in ``sentence``."""
    for index in (quotes.by_cue, quotes.by_mention):
        found = sorted(index.inside(sentence), key=lambda q: int(q.id.lstrip("q") or 0))
        if found:
            return found[0].speaker
    return None
