"""One speaker's entry in a document's speaker book: a person, a body or an unnamed source.

Kept apart from :mod:`factcheck.extraction.speaker_book` so that the modules the book reads
(:mod:`factcheck.extraction.body_fit`) can name the entry without importing the book.
"""

from __future__ import annotations

import attrs

from factcheck.model import Span, SpeakerKind


@attrs.define(eq=False)  # one entry per speaker: compared by identity (ids are unique), cheaply
class _Entry:
    """A speaker the text names: its id, name, kind, roles, mentions and the evidence read of it."""

    id: str
    name: str
    kind: SpeakerKind
    roles: list[str] = attrs.field(factory=list)
    organisation: str | None = None
    mentions: list[Span] = attrs.field(factory=list)
    speaks: bool = False
    #: Places a body's mentions gave it: "Iraq" for "Iraq's Ministry of Health".
    places: set[str] = attrs.field(factory=set)
    #: Soft gender evidence for pronoun agreement: "f", "m" or None (unknown).
    gender: str | None = None
    #: The nouns the text calls a body by ("firm" of "financial data firm Refinitiv").
    kinds: set[str] = attrs.field(factory=set)
