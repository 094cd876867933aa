"""The factcheck data model: frozen, slotted attrs value classes.

Every annotation carries a :class:`Span` of character offsets into
:attr:`Document.text`, so any report can show the exact words and any test can
assert them.  The classes validate their own invariants (a span is ordered, a
figure's value lies inside its interval, a report's spans lie inside its text)
and hold no serialisation code: rendering lives in :mod:`factcheck.render`.

The value classes live in :mod:`factcheck.records`, the reading of a ``factcheck/1`` object in
:mod:`factcheck.reading`; this module puts them together in a :class:`Report` and exports them
all (import them from here or from :mod:`factcheck`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from factcheck.reading import report_fields
from factcheck.records import (
    Claim,
    Document,
    Figure,
    Found,
    Interval,
    Quote,
    QuoteKind,
    Source,
    SourceRole,
    Speaker,
    SpeakerKind,
    Status,
    Tag,
    Verdict,
    _tuple,
)
from factcheck.sentences import split_sentences
from factcheck.spans import Span

__all__ = [
    "Checker",
    "Claim",
    "Document",
    "Figure",
    "Found",
    "Interval",
    "Quote",
    "QuoteKind",
    "Report",
    "Source",
    "SourceRole",
    "Span",
    "Speaker",
    "SpeakerKind",
    "Status",
    "Tag",
    "Verdict",
    "statement_id",
]


CheckFunction = Callable[["Report"], Iterable[Verdict]]


@attrs.frozen
class Checker:
    """A checker: a name, a one-line description, and the function that checks.

    ``check`` takes a :class:`Report` (with no verdicts yet) and yields
    :class:`Verdict` values.  Names are unique across all installed plugins.
    """

    name: str
    description: str
    check: CheckFunction = attrs.field(eq=False)

    def __attrs_post_init__(self) -> None:
        if not self.name or not self.name.replace("-", "").replace("_", "").isalnum():
            raise ValueError(f"checker name {self.name!r} must be letters, digits, '-' or '_'")


def statement_id(quote_id: str) -> str:
    """The id of the quote a fragment of quoted words belongs to ("q3" for "q3.1", see
    :meth:`Report.fragments`); a quote's own id is its own."""
    return quote_id.partition(".")[0]


@functools.lru_cache(maxsize=4)
def _text_sentences(text: str) -> tuple[Span, ...]:
    """:attr:`Report.sentences` of a text.  Remembered for the last texts: a report is made anew for
    each step that adds to it (holders, doubts, sources, verdicts), and each new one's sentences
    were split again (two or three splits a document)."""
    return tuple(split_sentences(text, whole_quotes=False))


@attrs.frozen
class Report:
    """A document, everything extracted from it, and every verdict given.

    Pure data: rendering lives in :mod:`factcheck.render`.  Invariant: every span
    lies inside the document's text, and every id a claim or quote refers to exists.

    ``entities`` is the document's entity layer: every person, organisation, office and
    unnamed source the article mentions, each with all its mentions, whether it speaks or not.
    ``speakers`` are the entities a quote is attributed to (the same values, the same ids);
    the others have ids ``e1``, ``e2``, …  A checker reads both here, never the extractor.
    """

    document: Document
    speakers: tuple[Speaker, ...] = attrs.field(default=(), converter=_tuple)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_tuple)
    figures: tuple[Figure, ...] = attrs.field(default=(), converter=_tuple)
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_tuple)
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=_tuple)
    verdicts: tuple[Verdict, ...] = attrs.field(default=(), converter=_tuple)
    entities: tuple[Speaker, ...] = attrs.field(default=(), converter=_tuple)
    _index: dict[str, Any] = attrs.field(init=False, repr=False, eq=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        # id lookups are constant time however long the article; the index is derived, not data
        for entity in self.entities:
            self._index[f"entity:{entity.id}"] = entity
        for kind, items in (
            ("speaker", self.speakers),
            ("quote", self.quotes),
            ("figure", self.figures),
            ("source", self.sources),
            ("claim", self.claims),
        ):
            for item in items:
                self._index[f"{kind}:{item.id}"] = item
        size = len(self.document.text)
        for span, kind, name in self._spans():
            if span.end > size:
                raise ValueError(f"{kind} {name}: span {span} lies outside the text ({size} characters)")
        known = self._index.__contains__
        for quote in self.quotes:
            if quote.speaker is not None and not known(f"speaker:{quote.speaker}"):
                raise ValueError(f"quote {quote.id}: unknown speaker {quote.speaker!r}")
        for figure in self.figures:
            if figure.holder is not None and not known(f"entity:{figure.holder}"):
                raise ValueError(f"figure {figure.id}: unknown holder {figure.holder!r}")
        for claim in self.claims:
            if claim.speaker is not None and not known(f"speaker:{claim.speaker}"):
                raise ValueError(f"claim {claim.id}: unknown speaker {claim.speaker!r}")
            if claim.quote is not None and not known(f"quote:{claim.quote}"):
                raise ValueError(f"claim {claim.id}: unknown quote {claim.quote!r}")
            missing = [f for f in claim.figures if not known(f"figure:{f}")]
            missing += [s for s in claim.sources if not known(f"source:{s}")]
            if missing:
                raise ValueError(f"claim {claim.id}: unknown ids {sorted(missing)}")

    def _spans(self) -> Iterable[tuple[Span, str, str]]:
        # (span, kind of owner, owner's name): the owner is written out only for an error message
        for speaker in (*self.speakers, *self.entities):
            for span in speaker.mentions:
                yield span, "speaker", speaker.id
        for quote in self.quotes:
            for maybe in (quote.span, quote.cue_span, quote.mention):
                if maybe is not None:
                    yield maybe, "quote", quote.id
        for figure in self.figures:
            yield figure.span, "figure", figure.id
            if figure.unit_span is not None:
                yield figure.unit_span, "figure", figure.id
        for source in self.sources:
            if source.span is not None:
                yield source.span, "source", source.id
        for claim in self.claims:
            yield claim.span, "claim", claim.id
        for verdict in self.verdicts:
            for span in verdict.evidence:
                yield span, "verdict of", verdict.checker or "a checker"

    def quoted(self) -> list[Quote]:
        """Every quotation the extractor read, as a quote, in reading order.

        The direct and partial quotes as they are, and the words quoted inside reported speech
        (:meth:`fragments`).  This is what a check of the speaker's own words reads.
        """
        own = [q for q in self.quotes if q.kind is not QuoteKind.INDIRECT]
        return sorted([*own, *self.fragments()], key=lambda q: q.span.start)

    def fragments(self) -> list[Quote]:
        """The words quoted inside reported speech (each indirect quote's ``verbatim`` spans), in
        reading order, each as a partial quote of the same speaker and cue whose id is the
        indirect quote's with ``.1``, ``.2``, ... after it (:func:`statement_id` reads it back)."""
        found = [
            attrs.evolve(
                quote, id=f"{quote.id}.{number}", span=part, kind=QuoteKind.PARTIAL, pieces=(), verbatim=()
            )
            for quote in self.quotes
            if quote.kind is QuoteKind.INDIRECT
            for number, part in enumerate(quote.verbatim, start=1)
        ]
        return sorted(found, key=lambda q: q.span.start)

    def words(self, span: Span) -> str:
        """The words of the document covered by ``span``."""
        return span.of(self.document.text)

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        """The speaker with this id, or None."""
        found: Speaker | None = self._index.get(f"speaker:{speaker_id}")
        return found

    def entity(self, entity_id: str | None) -> Speaker | None:
        """The entity (speaking or not) with this id, or None."""
        found: Speaker | None = self._index.get(f"entity:{entity_id}") or self.speaker(entity_id)
        return found

    def mentions_of(self, entity_id: str) -> list[str]:
        """The words of every mention of an entity, in reading order."""
        entity = self.entity(entity_id)
        return [self.words(span) for span in entity.mentions] if entity is not None else []

    def figure(self, figure_id: str) -> Figure:
        """The figure with this id (KeyError when there is none)."""
        found: Figure | None = self._index.get(f"figure:{figure_id}")
        if found is None:
            raise KeyError(figure_id)
        return found

    def quote(self, quote_id: str | None) -> Quote | None:
        """The quote with this id, or None."""
        found: Quote | None = self._index.get(f"quote:{quote_id}")
        return found

    def source(self, source_id: str) -> Source:
        """The source with this id (KeyError when there is none)."""
        found: Source | None = self._index.get(f"source:{source_id}")
        if found is None:
            raise KeyError(source_id)
        return found

    def claim(self, claim_id: str | None) -> Claim | None:
        """The claim with this id, or None."""
        found: Claim | None = self._index.get(f"claim:{claim_id}")
        return found

    @property
    def sentences(self) -> tuple[Span, ...]:
        """The document's sentences in text order, each sentence of a quotation apart, split once
        (by :func:`factcheck.sentences.split_sentences`) and kept for every checker that reads them."""
        found: tuple[Span, ...] | None = self._index.get("sentences")
        if found is None:
            found = self._index["sentences"] = _text_sentences(self.document.text)
        return found

    @property
    def publisher(self) -> Source | None:
        """The publisher source, when one was found."""
        return next((s for s in self.sources if s.role is SourceRole.PUBLISHER), None)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], text: str | None = None) -> Report:
        """The report a ``factcheck/1`` JSON object describes (docs/json-schema.md).

        The object must hold the article (``factcheck check --format json --include-text``, or
        ``report_to_dict(report, include_text=True)``), or ``text`` must give it.  Values written
        as null because they were not finite (``nulls``) are read back as infinities or NaN, so
        ``Report.from_dict(report_to_json(r, include_text=True)) == r``.

        :raises ValueError: not a ``factcheck/1`` object, no text, or an inconsistent report.
        """
        return cls(**report_fields(data, text))
