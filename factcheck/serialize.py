"""One serialisation of a report: the ``factcheck/1`` JSON object (docs/json-schema.md), both ways.

The renderers, the claim store and the library all go through this module, so a report reads
the same wherever it is written.  :func:`report_from_dict` (also ``Report.from_dict``) reads the
object back into an equal :class:`~factcheck.model.Report` when it holds the article's text
(``include_text=True``) or the text is given; the reading itself is :mod:`factcheck.reading`,
below the model, so the model never imports this module.  It imports the model and nothing that
renders or extracts.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import numbers
from collections.abc import Mapping
from typing import Any

from factcheck.model import (
    Report,
    Span,
    Speaker,
    SpeakerKind,
    Verdict,
)
from factcheck.reading import SCHEMA
from factcheck.safe import strict_jsonable

__all__ = ["SCHEMA", "report_from_dict", "report_to_dict", "report_to_json"]


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _entity(entity: Speaker, text: str) -> dict[str, Any]:
    """One speaker or entity of the ``factcheck/1`` JSON."""
    return {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind.value,
        "role": entity.role,
        "roles": list(entity.roles),
        "organisation": entity.organisation,
        "gender": entity.gender,
        "mentions": [{"start": m.start, "end": m.end, "text": m.of(text)} for m in entity.mentions],
    }


def report_to_json(report: Report, include_text: bool = False) -> dict[str, Any]:
    """:func:`report_to_dict` made strict JSON: a value that is not a finite number (an unbounded
    or undefined ratio in a verdict's data) is null, and ``nulls`` maps its path to the reason
    (:func:`report_from_dict` reads it back).  ``include_text`` adds the article's text."""
    nulls: dict[str, str] = {}
    data: dict[str, Any] = strict_jsonable(report_to_dict(report, include_text), "", nulls)
    if nulls:
        data["nulls"] = nulls
    return data


def report_to_dict(report: Report, include_text: bool = False) -> dict[str, Any]:
    """The ``factcheck/1`` JSON object of one report; ``include_text`` adds ``document.text``."""
    doc = report.document
    text = doc.text
    publisher = report.publisher
    anonymous = {s.id for s in report.speakers if s.kind is SpeakerKind.ANONYMOUS}
    out: dict[str, Any] = {
        "schema": SCHEMA,
        "document": {
            "id": doc.id,
            "path": doc.path,
            "url": doc.url,
            "title": doc.title,
            "published": doc.published.isoformat() if doc.published else None,
            "publisher": None
            if publisher is None and doc.publisher is None
            else {
                "name": publisher.name if publisher else doc.publisher,
                "source": publisher.id if publisher else None,
                "span": _span(doc.publisher_span),
                "tags": [_tag(t) for t in publisher.tags] if publisher else [],
                # the name as the text or its metadata gave it (the document's own field)
                "given": doc.publisher,
            },
            "title_span": _span(doc.title_span),
            "length": len(text),
        },
        "speakers": [_entity(s, text) for s in report.speakers],
        # the entity layer: every person, body, office and unnamed source, speaking or not
        "entities": [_entity(e, text) for e in report.entities],
        "quotes": [
            {
                "id": q.id,
                "start": q.span.start,
                "end": q.span.end,
                "text": q.span.of(text),
                "kind": q.kind.value,
                "cue": q.cue,
                "cue_span": _span(q.cue_span),
                # an anonymous source ("officials said") is an entity, but no named speaker
                "speaker": None if q.speaker in anonymous else q.speaker,
                "entity": q.speaker,
                "found": q.found.value,
                "attribution": q.attribution,
                "mention": None if q.mention is None else q.mention.of(text),
                "mention_span": _span(q.mention),
                "pieces": [{"start": p.start, "end": p.end} for p in q.pieces],
                "verbatim": [{"start": p.start, "end": p.end, "text": p.of(text)} for p in q.verbatim],
                # why the speaker is in doubt (a second reading disagrees), else null
                "doubt": q.doubt,
            }
            for q in report.quotes
        ],
        "figures": [
            {
                "id": f.id,
                "start": f.span.start,
                "end": f.span.end,
                "text": f.span.of(text),
                "value": f.value,
                "lower": f.lower,
                "upper": f.upper,
                "lower_closed": f.lower_closed,
                "upper_closed": f.upper_closed,
                "hedge": f.hedge,
                "hedge_text": f.hedge_text,
                "unit": f.unit,
                "unit_span": _span(f.unit_span),
                "is_percent": f.is_percent,
                "currency": f.currency,
                "range_with": f.range_with,
                "holder": f.holder,
            }
            for f in report.figures
        ],
        "sources": [
            {
                "id": s.id,
                "name": s.name,
                "role": s.role.value,
                "start": s.span.start if s.span else None,
                "end": s.span.end if s.span else None,
                "tags": [_tag(t) for t in s.tags],
                "figures": list(s.figures),
                "via": s.via,
            }
            for s in report.sources
        ],
        "claims": [
            {
                "id": c.id,
                "start": c.span.start,
                "end": c.span.end,
                "text": c.span.of(text),
                "speaker": c.speaker,
                "figures": list(c.figures),
                "quote": c.quote,
                "sources": list(c.sources),
            }
            for c in report.claims
        ],
        "verdicts": [_verdict(v) for v in report.verdicts],
    }
    if include_text:
        out["document"]["text"] = text
    return out


def _tag(tag: Any) -> dict[str, Any]:
    return {
        "key": tag.key,
        "value": tag.value,
        "list": tag.list_name,
        "as_of": tag.as_of,
        "detail": tag.detail,
    }


def _verdict(verdict: Verdict) -> dict[str, Any]:
    return {
        "checker": verdict.checker,
        "claim": verdict.claim,
        "status": verdict.status.value,
        "summary": verdict.summary,
        "details": verdict.details,
        "evidence": [[s.start, s.end] for s in verdict.evidence],
        "data": _jsonable(verdict.data),
    }


#: The types :func:`_jsonable` gives back as they are (exact types: subclasses are read below).
_PLAIN = frozenset({str, int, float, bool, type(None)})


def _jsonable(value: Any) -> Any:
    """A verdict's data as JSON values: numbers stay numbers (a Fraction or Decimal is a float),
    an enum is its value, a date its ISO form, a span ``[start, end]``; anything else its string."""
    kind = type(value)
    if kind in _PLAIN:  # most values: exactly a str, number or None (a subclass, such as an enum,
        return value  # goes the long way below)
    if kind is dict:
        return {str(k): _jsonable(v) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [_jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((_jsonable(v) for v in value), key=repr)
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, enum.Enum):
        return _jsonable(value.value)
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, (numbers.Real, decimal.Decimal)):
        return float(value)
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def report_from_dict(data: Mapping[str, Any], text: str | None = None) -> Report:
    """The :class:`Report` a ``factcheck/1`` JSON object describes: ``Report.from_dict`` (its
    docstring says what the object must hold)."""
    return Report.from_dict(data, text)
