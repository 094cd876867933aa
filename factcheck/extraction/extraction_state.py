"""The state of one document's extraction, carried through the pipeline's passes: the text
and layout, the speaker registry, the quote drafts and reported clauses, the headline's claims,
labels and questions met so far.
"""

from __future__ import annotations

import attrs

from factcheck.extraction.assembly import QuoteDraft
from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.quotes import RawQuote
from factcheck.extraction.reported import Attribution
from factcheck.extraction.speakers import SpeakerRegistry
from factcheck.extraction.text import Layout
from factcheck.model import Span
from factcheck.spans import SpanIndex


@attrs.define
class _Extraction:
    """What the passes over one document have read so far, and the registry they resolve with."""

    text: str
    lay: Layout
    registry: SpeakerRegistry = attrs.field(factory=SpeakerRegistry)
    drafts: list[QuoteDraft] = attrs.field(factory=list)
    indirect: list[tuple[Span, Attribution, str | None]] = attrs.field(factory=list)
    headline_claims: list[tuple[Span, str | None, Phrase | None]] = attrs.field(factory=list)
    #: The attribution of a "Speaker: claim" or "Speaker Says claim" headline.
    headline_cue: Attribution | None = None
    current: str | None = None
    raw_index: SpanIndex[RawQuote] = attrs.field(factory=lambda: SpanIndex([], lambda q: q.outer))
    sentences: list[Span] = attrs.field(factory=list)
    #: speakers' labels by paragraph index (transcripts and digests)
    labels: dict[int, tuple[Attribution, Span | None]] = attrs.field(factory=dict)
    #: (end, paragraph, attribution, speaker) of every labelled turn, for the quotes after it
    label_events: list[tuple[int, int, Attribution, str | None]] = attrs.field(factory=list)
    #: capitalised runs already read as a person (or not), by their words, with where first read
    people_read: dict[str, tuple[Phrase | None, int]] = attrs.field(factory=dict)
    #: questions put by no one the text names: (the question, the cue "asked")
    questions: list[tuple[Span, Span]] = attrs.field(factory=list)
    #: cues read by a quotation of the sentence before ("“Why now?” she asked."), not to read again
    cues_ahead: list[Span] = attrs.field(factory=list)


def _resolve(ex: _Extraction, attribution: Attribution | None, forward: bool = False) -> str | None:
    """The speaker id an attribution's phrase resolves to in this document (None: none)."""
    if attribution is None:
        return None
    return ex.registry.resolve(attribution.phrase, ex.text, forward=forward)
