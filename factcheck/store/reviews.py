"""ClaimReview JSON-LD as the store imports it: finding the ClaimReview objects (one object, a list,
or a ``@graph``) and reading each into the columns of the ``reviews`` table."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from factcheck.safe import strict_jsonable
from factcheck.store.keys import fold, word_count

__all__ = ["claimreviews", "dumps", "review_columns"]


def dumps(value: Any) -> str:
    """Strict JSON for the store (an unbounded ratio is null, never ``Infinity``)."""
    return json.dumps(
        strict_jsonable(value), ensure_ascii=False, sort_keys=True, default=str, allow_nan=False
    )


def review_columns(data: Any, origin: str = "") -> list[tuple[Any, ...]]:
    """The ``reviews`` row of each ClaimReview in ``data``, in the column order
    :meth:`factcheck.store.ClaimStore.import_claimreview` inserts.

    :raises ValueError: no ClaimReview in ``data``, or one without claimReviewed.
    """
    reviews = list(claimreviews(data))
    if not reviews:
        raise ValueError("no ClaimReview object found")
    parsed = []
    for number, review in enumerate(reviews, 1):
        claim = review.get("claimReviewed")
        if not isinstance(claim, str) or not claim.strip():
            raise ValueError(f"ClaimReview #{number} has no claimReviewed text")
        item: dict[str, Any] = _dict(review.get("itemReviewed"))
        rating: dict[str, Any] = _dict(review.get("reviewRating"))
        folded = fold(claim)
        parsed.append(
            (
                " ".join(claim.split()),
                folded,
                word_count(folded),
                _name(item.get("author")),
                _text(item.get("datePublished")),
                _name(review.get("author")) or _url(review.get("author")),
                _text(rating.get("alternateName")),
                _text(rating.get("ratingValue")),
                _text(rating.get("bestRating")),
                _text(rating.get("worstRating")),
                _text(review.get("url")) or "",
                _text(review.get("datePublished")),
                _url(item.get("appearance")) or _url(item.get("firstAppearance")),
                origin,
                dumps(review),
            )
        )
    return parsed


def _types(obj: Mapping[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1] for k in kinds if k}


def claimreviews(data: Any) -> Iterable[dict[str, Any]]:
    """Every ClaimReview object in parsed JSON-LD: one object, a list, or a ``@graph``."""
    if isinstance(data, list):
        for item in data:
            yield from claimreviews(item)
    elif isinstance(data, dict):
        if "ClaimReview" in _types(data):
            yield data
        elif "@graph" in data:
            yield from claimreviews(data["@graph"])


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value)


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _url(value: Any) -> str | None:
    if isinstance(value, list):
        return next((u for u in (_url(v) for v in value) if u), None)
    if isinstance(value, dict):
        return _text(value.get("url"))
    return _text(value)
