"""The value classes of a report: documents, entities, figures, quotes, sources, claims, verdicts.

Frozen, slotted attrs classes.  Every annotation carries a :class:`Span` of character offsets
into :attr:`Document.text`, so any report can show the exact words and any test can assert them.
The classes validate their own invariants (a span is ordered, a figure's value lies inside its
interval).  :mod:`factcheck.model` puts them together in a :class:`~factcheck.model.Report` and
is where users import them from.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import math
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from factcheck.spans import Span

__all__ = [
    "Claim",
    "Document",
    "Figure",
    "Found",
    "Interval",
    "Quote",
    "QuoteKind",
    "Source",
    "SourceRole",
    "Span",
    "Speaker",
    "SpeakerKind",
    "Status",
    "Tag",
    "Verdict",
]


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


def _as_json_value(value: Any) -> Any:
    """``value`` with every tuple read as a list, as JSON reads it (how verdict data compares)."""
    if isinstance(value, Mapping):
        return {k: _as_json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_as_json_value(v) for v in value]
    return value


@attrs.frozen
class Document:
    """An article as read: its text and what is known of where it came from.

    ``id`` is a stable hash of the text, so the same words always get the same id.
    ``publisher`` is the outlet's name as given in the text or metadata (``"RT"``).
    """

    text: str
    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    path: str | None = None
    url: str | None = None
    title_span: Span | None = None
    publisher_span: Span | None = None

    def __attrs_post_init__(self) -> None:
        for name in ("title_span", "publisher_span"):
            span = getattr(self, name)
            if span is not None and span.end > len(self.text):
                raise ValueError(f"{name} {span} lies outside the text ({len(self.text)} characters)")

    @property
    def id(self) -> str:
        """First 16 hex digits of the SHA-256 of the text."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]

    def words(self, span: Span) -> str:
        """The text covered by ``span``."""
        return span.of(self.text)


class SpeakerKind(str, enum.Enum):
    """What kind of speaker: a named person, a named organisation, an office, or an unnamed source.

    An ``office`` is one person known only by a post ("the minister said", with no minister
    named anywhere in the article): one speaker, but not one to follow across articles.
    """

    PERSON = "person"
    ORGANISATION = "organisation"
    OFFICE = "office"
    ANONYMOUS = "anonymous"


@attrs.frozen
class Speaker:
    """One speaker: a canonical name, a role, and every mention that refers to it.

    ``mentions`` are the spans of every way the article refers to this speaker
    ("Deputy Foreign Minister Oleg Syromolotov", "the diplomat", "he").
    ``roles`` holds every role the article gives, in order; ``role`` is the first.
    ``gender`` is soft evidence (an honorific, a gendered role, a first name's usual sex), used
    only so that "she said" prefers a woman mentioned last; None when nothing says.
    """

    id: str
    name: str
    kind: SpeakerKind = SpeakerKind.PERSON
    role: str | None = None
    organisation: str | None = None
    roles: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_tuple)
    #: soft evidence used for pronoun agreement: "f", "m" or None (unknown)
    gender: str | None = None

    @property
    def surname(self) -> str:
        """The last word of a person's name (the whole name for anything else)."""
        if self.kind is SpeakerKind.PERSON and " " in self.name:
            return self.name.rsplit(" ", 1)[1]
        return self.name


@attrs.frozen
class Interval:
    """A set of real numbers between two bounds; ``None`` is an open end (unbounded).

    ``lower_closed`` / ``upper_closed`` say whether the bound itself belongs to the set:
    "over 4,000" is ``(4000, inf)``, "at least 4,000" is ``[4000, inf)``.
    Invariant: ``lower <= upper`` where both are given.
    """

    lower: float | None
    upper: float | None
    lower_closed: bool = True
    upper_closed: bool = True

    def __attrs_post_init__(self) -> None:
        if self.lower is not None and self.upper is not None and self.lower > self.upper:
            raise ValueError(f"interval lower bound {self.lower} exceeds upper bound {self.upper}")

    @classmethod
    def point(cls, value: float) -> Interval:
        """The interval holding exactly ``value``."""
        return cls(value, value)

    @property
    def lo(self) -> float:
        """The lower bound, or minus infinity."""
        return -math.inf if self.lower is None else self.lower

    @property
    def hi(self) -> float:
        """The upper bound, or plus infinity."""
        return math.inf if self.upper is None else self.upper

    def certainly_le(self, other: Interval) -> bool:
        """True when every value here is <= every value of ``other``."""
        return self.hi <= other.lo

    def possibly_le(self, other: Interval) -> bool:
        """True when some value here is <= some value of ``other``."""
        if self.lo < other.hi:
            return True
        return self.lo == other.hi and self.lower_closed and other.upper_closed

    def intersects(self, other: Interval) -> bool:
        """True when some value belongs to both intervals."""
        return self.possibly_le(other) and other.possibly_le(self)

    def __contains__(self, value: float) -> bool:
        low_ok = value > self.lo or (value == self.lo and self.lower_closed)
        high_ok = value < self.hi or (value == self.hi and self.upper_closed)
        return low_ok and high_ok


@attrs.frozen
class Figure:
    """A number stated in the text, with its hedge read as an interval.

    ``value`` is the number as stated, fully scaled ("1.5 million" -> 1_500_000);
    a percentage keeps its percent number (``12.0`` for "12%") with ``is_percent``.
    ``lower``/``upper`` bound what the words allow ("over 4,000": lower 4000, no upper);
    ``None`` is an open end.  ``hedge`` is the normalised hedge class ("over", "almost",
    "around", ...), ``hedge_text`` the words as written.  ``unit`` is what is counted
    when the text says it ("Russian citizens"), ``currency`` an ISO code for money.
    ``range_with`` links the two ends of a stated range ("between 10 and 20").
    ``holder`` is the id of the entity the figure is about when its clause says so plainly (the
    subject of the clause: "McDavid has 41 goals", "He has 41 goals" after a sentence about
    McDavid, "the Conservatives, who won 365 seats", "McDavid's 41 goals"), else ``None``.
    Invariant: ``lower <= value <= upper`` where the bounds are given.
    """

    id: str
    span: Span
    value: float
    lower: float | None = None
    upper: float | None = None
    lower_closed: bool = True
    upper_closed: bool = True
    hedge: str | None = None
    hedge_text: str | None = None
    unit: str | None = None
    unit_span: Span | None = None
    is_percent: bool = False
    currency: str | None = None
    range_with: str | None = None
    holder: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.lower is not None and self.lower > self.value:
            raise ValueError(f"figure {self.id}: lower bound {self.lower} exceeds value {self.value}")
        if self.upper is not None and self.upper < self.value:
            raise ValueError(f"figure {self.id}: upper bound {self.upper} is below value {self.value}")

    @property
    def interval(self) -> Interval:
        """The interval of values the words allow."""
        return Interval(self.lower, self.upper, self.lower_closed, self.upper_closed)


class QuoteKind(str, enum.Enum):
    """How the speaker's words are given."""

    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"


class Found(str, enum.Enum):
    """How a quote's speaker was found, so a checker can abstain where attribution is weak.

    ``explicit``: a name or an anonymous source next to the cue ("Syromolotov said",
    "officials said"); ``pronoun``: "he said", resolved to an earlier entity;
    ``descriptor``: "the diplomat said", resolved to an earlier entity; ``continued``: a quote
    with no attribution of its own that continues the quote or reported speech before it;
    ``label``: a transcript label ("PENCE:") or a signature ("― Maria Lopez, Ohio");
    ``none``: nobody was found.
    """

    EXPLICIT = "explicit"
    PRONOUN = "pronoun"
    DESCRIPTOR = "descriptor"
    CONTINUED = "continued"
    LABEL = "label"
    NONE = "none"


@attrs.frozen
class Quote:
    """Reported speech: the words, how they are reported, the cue verb and the speaker.

    One quote is one attribution: one speaker, one cue, one content.  For a direct or
    partial quote ``span`` covers the words inside the marks; for indirect speech it covers
    the reported clause (without "that").  Content given in several pieces (a quotation
    split by its attribution, ``“…,” he said. “…”``) has one quote whose ``span`` runs from
    the first piece to the last and whose ``pieces`` are the contiguous parts, in order;
    a quote in one piece has ``pieces == (span,)``.
    ``speaker`` is a :attr:`Speaker.id` or ``None`` when nobody could be found (an anonymous
    source is a speaker of kind ``anonymous``);
    ``mention`` is the span of the words that name the speaker for this quote, and ``found``
    says how the speaker was found.  ``attribution`` is the kind of attribution the cue makes:
    "said", "wrote", "believes" ("Trump believes …"), "found" ("the poll shows …"), "asked" or
    "stance" ("endorsed the bond": a position taken, which gives no claim).
    ``verbatim`` holds, for indirect speech, the words of the clause the writer put inside
    quotation marks (``said his rival was in “serious trouble”``): the quotation is part of
    this one attribution, not a second one; :meth:`Report.quoted` gives each as a quote.
    """

    id: str
    span: Span
    kind: QuoteKind
    cue: str | None = None
    cue_span: Span | None = None
    speaker: str | None = None
    mention: Span | None = None
    found: Found = attrs.field(default=Found.NONE, converter=Found)
    #: what kind of attribution: "said" (speech), "wrote", "believes", "found", "asked", "stance"
    attribution: str = "said"
    pieces: tuple[Span, ...] = attrs.field(default=(), converter=_tuple)
    verbatim: tuple[Span, ...] = attrs.field(default=(), converter=_tuple)
    #: why the speaker is in doubt (a second reading disagrees, or two candidates fit), else None
    doubt: str | None = None

    def __attrs_post_init__(self) -> None:
        if not self.pieces:
            object.__setattr__(self, "pieces", (self.span,))
        elif self.pieces[0].start != self.span.start or self.pieces[-1].end != self.span.end:
            raise ValueError(f"quote {self.id}: pieces {self.pieces} do not run across {self.span}")
        if any(not self.span.contains(part) for part in self.verbatim):
            raise ValueError(f"quote {self.id}: verbatim words {self.verbatim} lie outside {self.span}")


class SourceRole(str, enum.Enum):
    """The part a named body plays in an article.

    ``wire`` is a news agency credited for a copy another outlet (the ``publisher``) republished:
    "ROTTERDAM (Reuters) -" in a page of The Guardian.
    """

    PUBLISHER = "publisher"
    ORIGIN = "origin"
    VENUE = "venue"
    WIRE = "wire"


@attrs.frozen
class Tag:
    """A fact about a source from a named list, as of a date.

    ``key`` is what is tagged ("state_affiliation", "reliability"), ``value`` the
    list's own word for it; ``list_name`` and ``as_of`` say where it comes from,
    so no tag is ever a bare opinion.
    """

    key: str
    value: str
    list_name: str
    as_of: str | None = None
    detail: str | None = None


@attrs.frozen
class Source:
    """A named body and its role: the publisher, a cited origin of a figure, or a venue.

    ``figures`` lists the ids of figures this body is cited as the origin of;
    ``via`` is the id of the speaker through whom it is cited.
    """

    id: str
    name: str
    role: SourceRole
    span: Span | None = None
    tags: tuple[Tag, ...] = attrs.field(default=(), converter=_tuple)
    figures: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    via: str | None = None


@attrs.frozen
class Claim:
    """A statement with its speaker, its figures, its quote and its sources.

    ``span`` covers the statement's words (a sentence, or the reported words of a
    quote).  ``speaker`` is a speaker id or ``None`` for the writer's own statement.
    """

    id: str
    span: Span
    speaker: str | None = None
    figures: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    quote: str | None = None
    sources: tuple[str, ...] = attrs.field(default=(), converter=_tuple)


class Status(str, enum.Enum):
    """A verdict's status: a small closed set.

    ``pass`` checked and holds; ``fail`` checked and does not hold; ``warn`` a reader
    should look; ``info`` a tag, no judgement; ``unknown`` cannot be checked from what
    is here; ``error`` the checker itself broke.
    """

    PASS = "pass"
    FAIL = "fail"
    WARN = "warn"
    INFO = "info"
    UNKNOWN = "unknown"
    ERROR = "error"


@attrs.frozen
class Verdict:
    """One checker's judgement of one claim (or of the whole document when ``claim`` is None).

    ``summary`` is one line a reader can act on; ``details`` says why and from what;
    ``evidence`` are the spans the verdict is about; ``data`` holds machine-readable
    specifics (the figures compared, the arithmetic done).  ``checker`` is filled in by
    the runner with the checker's registered name.
    """

    status: Status = attrs.field(converter=Status)
    summary: str
    checker: str = ""
    claim: str | None = None
    details: str = ""
    evidence: tuple[Span, ...] = attrs.field(default=(), converter=_tuple)
    #: compared as JSON values (a tuple equals the list of its items), so a report read back equals it
    data: Mapping[str, Any] = attrs.field(factory=dict, hash=False, eq=_as_json_value)
