"""schema.org ClaimReview JSON-LD that a fact-checking desk can publish.

One review per claim with a judging verdict.  What Google's fact-check structured data requires
(``claimReviewed``, ``reviewRating`` with ``alternateName``, ``url``) is always written when the
reviewer's URL is known; what it recommends (the review's ``author`` and ``datePublished``, the
claim's ``author``, ``datePublished`` and ``appearance``) is written whenever the article says it.
The rating comes from one table, :data:`CLAIMREVIEW_RATINGS` (docs/claimreview.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from factcheck.model import Document, Report, Speaker, SpeakerKind, Status, Verdict

__all__ = ["CLAIMREVIEW_RATINGS", "claimreview", "review_fragment", "review_url"]

#: How a verdict status reads as a schema.org ClaimReview rating (1 worst .. 5 best).
#: ``None`` means the status is not a judgement and no ClaimReview is written for it.
CLAIMREVIEW_RATINGS: dict[Status, tuple[int, str] | None] = {
    Status.PASS: (5, "Consistent"),
    Status.WARN: (3, "Needs context"),
    Status.FAIL: (1, "Inconsistent"),
    Status.UNKNOWN: None,
    Status.INFO: None,
    Status.ERROR: None,
}
DEFAULT_REVIEWER = "factcheck"


def review_fragment(document: Document, claim_id: str) -> str:
    """The stable fragment naming one claim of one document: ``claim-<document id>-<claim id>``."""
    return f"claim-{document.id}-{claim_id}"


def review_url(base: str | None, document: Document, claim_id: str) -> str | None:
    """The review's ``url``: the reviewer's page (its own fragment dropped) and the claim's fragment."""
    if not base:
        return None
    return f"{base.split('#', 1)[0]}#{review_fragment(document, claim_id)}"


def _claim_author(speaker: Speaker | None, document: Document) -> dict[str, Any] | None:
    """The claim's author as schema.org Person or Organization; None when nobody is known."""
    if speaker is None:  # the writer's own statement: the outlet that published it
        return {"@type": "Organization", "name": document.publisher} if document.publisher else None
    if speaker.kind is SpeakerKind.ANONYMOUS:
        return None  # "officials said": an unnamed source is no author anyone can name
    if speaker.kind is SpeakerKind.ORGANISATION:
        return {"@type": "Organization", "name": speaker.name}
    # an office ("the minister said", nobody named) is the person holding it, known by the post
    name = speaker.role if speaker.kind is SpeakerKind.OFFICE and speaker.role else speaker.name
    author: dict[str, Any] = {"@type": "Person", "name": name}
    if speaker.role:
        author["jobTitle"] = speaker.role
    if speaker.organisation:
        author["affiliation"] = {"@type": "Organization", "name": speaker.organisation}
    return author


def _appearance(document: Document) -> dict[str, Any] | None:
    """Where the claim appeared: the article's URL, headline, publisher and date, when known."""
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if document.url:
        appearance["url"] = document.url
    if document.title:
        appearance["headline"] = document.title
    if document.publisher:
        appearance["publisher"] = {"@type": "Organization", "name": document.publisher}
    if document.published:
        appearance["datePublished"] = document.published.isoformat()
    return appearance if len(appearance) > 1 else None


def _reviewer(options: Mapping[str, Any]) -> dict[str, Any]:
    author: dict[str, Any] = {"@type": "Organization", "name": options.get("reviewer") or DEFAULT_REVIEWER}
    if options.get("reviewer_url"):
        author["url"] = options["reviewer_url"]
    return author


def claimreview(report: Report, options: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """schema.org ClaimReview objects for every claim with a judging verdict.

    ``options``: ``reviewer`` (the desk's name), ``reviewer_url`` (the page the reviews are
    published on; each review's ``url`` is it with the claim's fragment) and ``review_date``
    (ISO date of publication; default today).  A claim's rating is that of its worst verdict, by
    :data:`CLAIMREVIEW_RATINGS`.
    """
    options = options or {}
    doc = report.document
    text = doc.text
    published = str(options.get("review_date") or dt.date.today().isoformat())
    out = []
    judging: dict[str | None, list[Verdict]] = {}  # by claim: one pass, not one per claim
    for verdict in report.verdicts:
        if CLAIMREVIEW_RATINGS.get(verdict.status):
            judging.setdefault(verdict.claim, []).append(verdict)
    for claim in report.claims:
        verdicts = judging.get(claim.id, [])
        if not verdicts:
            continue
        worst = min(verdicts, key=lambda v: CLAIMREVIEW_RATINGS[v.status][0])  # type: ignore[index]
        value, name = CLAIMREVIEW_RATINGS[worst.status]  # type: ignore[misc]
        item: dict[str, Any] = {"@type": "Claim"}
        author = _claim_author(report.speaker(claim.speaker), doc)
        if author is not None:
            item["author"] = author
        if doc.published:
            item["datePublished"] = doc.published.isoformat()
        appearance = _appearance(doc)
        if appearance is not None:
            item["appearance"] = appearance
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
        }
        url = review_url(options.get("reviewer_url"), doc, claim.id)
        if url:
            review["url"] = url
        review.update(
            {
                "claimReviewed": " ".join(claim.span.of(text).split()),
                "itemReviewed": item,
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": value,
                    "bestRating": 5,
                    "worstRating": 1,
                    "alternateName": name,
                },
                "reviewBody": "; ".join(f"{v.checker}: {v.summary}" for v in verdicts),
                "author": _reviewer(options),
                "datePublished": published,
            }
        )
        out.append(review)
    return out
