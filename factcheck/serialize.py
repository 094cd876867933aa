"""One serialisation of a report: the ``factcheck/1`` JSON object (docs/json-schema.md), both ways.

The renderers, the claim store and the library all go through this module, so a report reads
the same wherever it is written.  :func:`report_from_dict` (also ``Report.from_dict``) reads the
object back into an equal :class:`~factcheck.model.Report` when it holds the article's text
(``include_text=True``) or the text is given.  It imports the model and nothing that renders or
extracts.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import json
import math
import numbers
from collections.abc import Mapping
from typing import Any

from factcheck.model import (
    Claim,
    Document,
    Figure,
    Found,
    Quote,
    QuoteKind,
    Report,
    Source,
    SourceRole,
    Span,
    Speaker,
    SpeakerKind,
    Status,
    Tag,
    Verdict,
)
from factcheck.safe import strict_jsonable

__all__ = ["SCHEMA", "report_from_dict", "report_to_dict", "report_to_json"]

SCHEMA = "factcheck/1"


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


# ---------------------------------------------------------------------------------------------
# Reading it back


def _read_span(value: Any) -> Span | None:
    if value is None:
        return None
    if isinstance(value, Mapping):
        return Span(int(value["start"]), int(value["end"]))
    start, end = value
    return Span(int(start), int(end))


def _read_tag(data: Mapping[str, Any]) -> Tag:
    return Tag(data["key"], data["value"], data["list"], data.get("as_of"), data.get("detail"))


def _read_entity(data: Mapping[str, Any]) -> Speaker:
    return Speaker(
        id=data["id"],
        name=data["name"],
        kind=SpeakerKind(data.get("kind", "person")),
        role=data.get("role"),
        organisation=data.get("organisation"),
        roles=tuple(data.get("roles") or ()),
        mentions=tuple(Span(m["start"], m["end"]) for m in data.get("mentions") or ()),
        gender=data.get("gender"),
    )


def _restore(data: Any, path: str, value: float) -> Any:
    """``data`` with the value at ``path`` (``verdicts[2].data.numbers.whole[1]``) set to ``value``."""
    steps: list[str | int] = []
    for part in path.split("."):
        name, _, rest = part.partition("[")
        if name:
            steps.append(name)
        for index in rest.replace("]", "").split("[") if rest else ():
            steps.append(int(index))
    node = data
    for step in steps[:-1]:
        node = node[step]
    node[steps[-1]] = value
    return data


_NULLS = {"+infinity (unbounded)": math.inf, "-infinity (unbounded)": -math.inf, "NaN (undefined)": math.nan}


def report_from_dict(data: Mapping[str, Any], text: str | None = None) -> Report:
    """The :class:`Report` a ``factcheck/1`` JSON object describes (``Report.from_dict``).

    The object must hold the article (``factcheck check --format json --include-text``, or
    ``report_to_dict(report, include_text=True)``), or ``text`` must give it.  Values written as
    null because they were not finite (``nulls``) are read back as infinities or NaN, so
    ``report_from_dict(report_to_json(r, include_text=True)) == r``.

    :raises ValueError: not a ``factcheck/1`` object, no text, or an inconsistent report.
    """
    if data.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} report (schema {data.get('schema')!r})")
    doc = data["document"]
    text = doc.get("text") if text is None else text
    if not isinstance(text, str):
        raise ValueError("the report holds no article text: write it with --include-text, or give text=")
    if len(text) != doc.get("length", len(text)):
        raise ValueError(f"the text has {len(text)} characters, the report {doc['length']}")
    if data.get("nulls"):
        data = json.loads(json.dumps(data))  # a copy to put the non-finite values back into
        for path, reason in data["nulls"].items():
            if reason in _NULLS:
                _restore(data, path, _NULLS[reason])
    publisher = doc.get("publisher") or None
    published = doc.get("published")
    given = publisher.get("given", publisher.get("name")) if publisher else None
    if publisher and "given" not in publisher and publisher.get("source"):
        given = None  # an older object: the name came from the source found in the text
    document = Document(
        text=text,
        title=doc.get("title"),
        published=dt.date.fromisoformat(published) if published else None,
        publisher=given,
        path=doc.get("path"),
        url=doc.get("url"),
        title_span=_read_span(doc.get("title_span")),
        publisher_span=_read_span(publisher.get("span")) if publisher else None,
    )
    quotes = [
        Quote(
            id=q["id"],
            span=Span(q["start"], q["end"]),
            kind=QuoteKind(q["kind"]),
            cue=q.get("cue"),
            cue_span=_read_span(q.get("cue_span")),
            speaker=q.get("entity", q.get("speaker")),
            mention=_read_span(q.get("mention_span")),
            found=Found(q.get("found", "none")),
            attribution=q.get("attribution", "said"),
            pieces=tuple(Span(p["start"], p["end"]) for p in q.get("pieces") or ()),
            verbatim=tuple(Span(p["start"], p["end"]) for p in q.get("verbatim") or ()),
            doubt=q.get("doubt"),
        )
        for q in data.get("quotes", ())
    ]
    figures = [
        Figure(
            id=f["id"],
            span=Span(f["start"], f["end"]),
            value=f["value"],
            lower=f.get("lower"),
            upper=f.get("upper"),
            lower_closed=f.get("lower_closed", True),
            upper_closed=f.get("upper_closed", True),
            hedge=f.get("hedge"),
            hedge_text=f.get("hedge_text"),
            unit=f.get("unit"),
            unit_span=_read_span(f.get("unit_span")),
            is_percent=f.get("is_percent", False),
            currency=f.get("currency"),
            range_with=f.get("range_with"),
            holder=f.get("holder"),
        )
        for f in data.get("figures", ())
    ]
    sources = [
        Source(
            id=s["id"],
            name=s["name"],
            role=SourceRole(s["role"]),
            span=None if s.get("start") is None else Span(s["start"], s["end"]),
            tags=tuple(_read_tag(t) for t in s.get("tags") or ()),
            figures=tuple(s.get("figures") or ()),
            via=s.get("via"),
        )
        for s in data.get("sources", ())
    ]
    claims = [
        Claim(
            id=c["id"],
            span=Span(c["start"], c["end"]),
            speaker=c.get("speaker"),
            figures=tuple(c.get("figures") or ()),
            quote=c.get("quote"),
            sources=tuple(c.get("sources") or ()),
        )
        for c in data.get("claims", ())
    ]
    verdicts = [
        Verdict(
            status=Status(v["status"]),
            summary=v["summary"],
            checker=v.get("checker", ""),
            claim=v.get("claim"),
            details=v.get("details", ""),
            evidence=tuple(Span(a, b) for a, b in v.get("evidence") or ()),
            data=v.get("data") or {},
        )
        for v in data.get("verdicts", ())
    ]
    return Report(
        document=document,
        speakers=tuple(_read_entity(s) for s in data.get("speakers", ())),
        quotes=quotes,
        figures=figures,
        sources=sources,
        claims=claims,
        verdicts=verdicts,
        entities=tuple(_read_entity(e) for e in data.get("entities", ())),
    )
