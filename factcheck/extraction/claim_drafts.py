"""The document's claims from its quotes, its headline and its sentences with figures: one
claim per span, questions and stances left out.
"""

from __future__ import annotations

from factcheck.extraction.extraction_state import _Extraction
from factcheck.extraction.headline_reading import _named_beyond
from factcheck.extraction.reported import MAX_SENTENCE
from factcheck.model import (
    Claim,
    Figure,
    Quote,
    QuoteKind,
    Span,
)
from factcheck.spans import SpanIndex


def _figures_in(span: Span, figures: SpanIndex[Figure]) -> list[str]:
    """The ids of the figures inside ``span``."""
    return [f.id for f in figures.inside(span)]


def _claims(
    ex: _Extraction, quotes: list[Quote], figure_list: list[Figure], settled: dict[Span, str]
) -> list[Claim]:
    """The document's claims in text order: the headline's, one per quote (a quote inside another
    of the same speaker gives none), and each sentence with a figure that no quote covers."""
    text = ex.text
    figures = SpanIndex(figure_list, lambda f: f.span)
    # a stance ("endorsed the bond") is the writer's report of a position, not a claim to check;
    # a question ("Asked whether the tram would open on time, …") asserts nothing, nor does its
    # sentence, unless in marks with a figure ("Why are we paying 40 per cent more?" asked Ann)
    rhetorical = {q.id for q in quotes if q.kind is QuoteKind.DIRECT and _figures_in(q.span, figures)}
    questions = [q for q in quotes if q.attribution == "asked" and q.id not in rhetorical]
    asked = {q.id for q in questions}
    quotes = [q for q in quotes if q.attribution != "stance" and q.id not in asked]
    by_position = SpanIndex(quotes, lambda q: q.span)
    put = SpanIndex(questions, lambda q: q.span)
    drafts: list[tuple[Span, str | None, str | None]] = []
    for span, speaker, phrase in ex.headline_claims:
        if speaker is None and phrase is not None:
            speaker = settled.get(phrase.span)
        if speaker is not None and ex.lay.title is not None and not _named_beyond(ex, speaker, ex.lay.title):
            speaker = None  # "Wow: …", "Obituary: …" name no one
        if speaker is not None or _figures_in(span, figures):
            drafts.append((span, speaker, None))
    # one claim for one span: a headline's statement ("Speaker: claim"), a quotation read twice
    first = {d[0]: i for i, d in reversed(list(enumerate(drafts)))}
    for quote in quotes:
        if (at := first.get(quote.span)) is not None:
            drafts[at] = (quote.span, drafts[at][1], quote.id)
            continue
        holders = [q for q in by_position.around(quote.span, MAX_SENTENCE) if q is not quote]
        if not holders or holders[0].speaker != quote.speaker:
            first[quote.span] = len(drafts)
            drafts.append((quote.span, quote.speaker, quote.id))
    for sentence in ex.sentences:
        if by_position.overlaps(sentence) or put.overlaps(sentence) or not _figures_in(sentence, figures):
            continue
        end = sentence.end
        while end > sentence.start and text[end - 1] in ".!? ":
            end -= 1
        drafts.append((Span(sentence.start, end), None, None))
    drafts.sort(key=lambda d: d[0].start)
    return [
        Claim(id=f"c{i}", span=span, speaker=speaker, figures=_figures_in(span, figures), quote=quote)
        for i, (span, speaker, quote) in enumerate(drafts, start=1)
    ]
