"""The values the claim store gives back: what an add did, and one row per speaker, claim, figure,
quote, similar claim and imported review.  Each has ``row()``, the flat dict the tables print."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs

from factcheck.model import Status

__all__ = [
    "STATUSES",
    "AddResult",
    "ClaimRow",
    "FigureRow",
    "QuoteRow",
    "ReviewRow",
    "SimilarRow",
    "SpeakerRow",
]

STATUSES = tuple(status.value for status in Status)
"""The verdict statuses, in the order a scorecard lists them."""


@attrs.frozen
class AddResult:
    """What :meth:`ClaimStore.add_report` did: the document id, whether its text was new, its
    revision at its location and the document it follows there.

    ``reverted`` is set when a text already stored came back to a location that had moved on
    (A, then B, then A again at one URL or path): the earlier revision it restores.
    ``revised`` is True when a revision was recorded for a text already stored (a revert, or
    a copy of a stored text replacing another at a location with history).
    """

    document: str
    added: bool
    revision: int = 1
    previous: str | None = None
    speakers: int = 0
    claims: int = 0
    figures: int = 0
    quotes: int = 0
    verdicts: int = 0
    reverted: int | None = None
    revised: bool = False


@attrs.frozen
class SpeakerRow:
    """One stored speaker with its scorecard: documents, claims and verdict counts by status."""

    id: int
    name: str
    kind: str
    role: str | None
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    documents: int
    claims: int
    verdicts: Mapping[str, int] = attrs.field(hash=False)

    def row(self) -> dict[str, Any]:
        """A flat dict for :func:`factcheck.render.format_table`."""
        out: dict[str, Any] = {
            "speaker": self.name,
            "role": self.role or "",
            "documents": self.documents,
            "claims": self.claims,
        }
        out.update({status: self.verdicts.get(status, 0) for status in STATUSES})
        return out


@attrs.frozen
class ClaimRow:
    """One stored claim, with its document's date, its speaker's name, its figures and verdicts."""

    document: str
    claim: str
    published: str | None
    location: str | None
    speaker: str | None
    text: str
    start: int
    end: int
    figures: tuple[str, ...] = ()
    verdicts: tuple[str, ...] = ()

    def row(self) -> dict[str, Any]:
        """A flat dict for :func:`factcheck.render.format_table`."""
        return {
            "date": self.published or "",
            "speaker": self.speaker or "",
            "claim": self.text,
            "figures": "; ".join(self.figures),
            "verdicts": "; ".join(self.verdicts),
            "document": self.location or self.document,
        }


@attrs.frozen
class FigureRow:
    """One stored figure with its date, speaker, cited origin, subject and sentence."""

    document: str
    figure: str
    published: str | None
    location: str | None
    speaker: str | None
    speaker_id: int | None
    origin: str | None
    text: str
    value: float
    lower: float | None
    upper: float | None
    lower_closed: bool
    upper_closed: bool
    hedge: str | None
    unit: str | None
    is_percent: bool
    currency: str | None
    sentence: str
    start: int
    end: int

    def interval_text(self) -> str:
        """The interval the words allow, e.g. ``(4000, inf)``."""
        lo = "-inf" if self.lower is None else _plain(self.lower)
        hi = "inf" if self.upper is None else _plain(self.upper)
        left = "[" if self.lower is not None and self.lower_closed else "("
        right = "]" if self.upper is not None and self.upper_closed else ")"
        return f"{left}{lo}, {hi}{right}"

    def row(self) -> dict[str, Any]:
        """A flat dict for :func:`factcheck.render.format_table`."""
        return {
            "date": self.published or "",
            "speaker": self.speaker or "",
            "origin": self.origin or "",
            "figure": self.text,
            "value": f"{self.value:g}{'%' if self.is_percent else ''}",
            "interval": self.interval_text(),
            "unit": self.unit or "",
            "sentence": self.sentence,
            "document": self.location or self.document,
        }


@attrs.frozen
class QuoteRow:
    """One stored quote with its speaker and document."""

    document: str
    quote: str
    published: str | None
    location: str | None
    speaker: str | None
    speaker_id: int | None
    kind: str
    text: str
    score: float = 0.0

    def row(self) -> dict[str, Any]:
        """A flat dict for :func:`factcheck.render.format_table`."""
        return {
            "score": f"{self.score:.0f}",
            "date": self.published or "",
            "speaker": self.speaker or "",
            "quote": self.text,
            "document": self.location or self.document,
        }


@attrs.frozen
class SimilarRow:
    """A stored claim found by :meth:`ClaimStore.similar`, with its fuzzy-match score (0-100)."""

    score: float
    claim: ClaimRow

    def row(self) -> dict[str, Any]:
        """A flat dict for :func:`factcheck.render.format_table`."""
        return {"score": f"{self.score:.0f}", **self.claim.row()}


@attrs.frozen
class ReviewRow:
    """An imported ClaimReview: the claim reviewed, who said it, who reviewed it, the rating and link."""

    id: int
    claim_reviewed: str
    claim_author: str | None
    claim_date: str | None
    reviewer: str | None
    rating: str | None
    rating_value: str | None
    best_rating: str | None
    worst_rating: str | None
    url: str
    date_published: str | None
    appearance: str | None
    score: float = 0.0

    def row(self) -> dict[str, Any]:
        """A flat dict for :func:`factcheck.render.format_table`."""
        return {
            "date": self.date_published or "",
            "reviewer": self.reviewer or "",
            "rating": self.rating or "",
            "claim": self.claim_reviewed,
            "claimant": self.claim_author or "",
            "url": self.url,
        }

    def to_jsonld(self) -> dict[str, Any]:
        """This review as schema.org ClaimReview JSON-LD (the fields the store keeps)."""
        item: dict[str, Any] = {"@type": "Claim"}
        if self.claim_author:
            item["author"] = {"@type": "Thing", "name": self.claim_author}
        if self.claim_date:
            item["datePublished"] = self.claim_date
        if self.appearance:
            item["appearance"] = {"@type": "CreativeWork", "url": self.appearance}
        rating: dict[str, Any] = {"@type": "Rating"}
        for key, value in (
            ("ratingValue", self.rating_value),
            ("bestRating", self.best_rating),
            ("worstRating", self.worst_rating),
            ("alternateName", self.rating),
        ):
            if value is not None:
                rating[key] = value
        out: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": self.claim_reviewed,
            "itemReviewed": item,
            "reviewRating": rating,
        }
        if self.url:
            out["url"] = self.url
        if self.date_published:
            out["datePublished"] = self.date_published
        if self.reviewer:
            key = "url" if re.match(r"https?://", self.reviewer) else "name"
            out["author"] = {"@type": "Organization", key: self.reviewer}
        return out


def _plain(value: float) -> str:
    """A number as written, never in exponent form (10000000, not 1e+07; 2.5 stays 2.5)."""
    return f"{value:.6f}".rstrip("0").rstrip(".") if value == value else "nan"
