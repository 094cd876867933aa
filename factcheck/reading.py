"""Reading a ``factcheck/1`` JSON object (docs/json-schema.md) back into the values of a report.

:func:`report_fields` gives the fields ``Report.from_dict`` makes a report of; it imports the value
classes (:mod:`factcheck.records`) and nothing else of the package, so the model can read its own
JSON without importing the serialiser (:mod:`factcheck.serialize` writes the object and reads it
through ``Report.from_dict``).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Mapping
from typing import Any

from factcheck.records import (
    Claim,
    Document,
    Figure,
    Found,
    Quote,
    QuoteKind,
    Source,
    SourceRole,
    Speaker,
    SpeakerKind,
    Status,
    Tag,
    Verdict,
)
from factcheck.spans import Span

__all__ = ["SCHEMA", "report_fields"]

SCHEMA = "factcheck/1"


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


def report_fields(data: Mapping[str, Any], text: str | None = None) -> dict[str, Any]:
    """The fields of the :class:`~factcheck.model.Report` a ``factcheck/1`` JSON object describes
    (``Report.from_dict`` makes the report of them; its docstring says what the object must hold).

    :raises ValueError: not a ``factcheck/1`` object or no text.
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
    return {
        "document": document,
        "speakers": tuple(_read_entity(s) for s in data.get("speakers", ())),
        "quotes": quotes,
        "figures": figures,
        "sources": sources,
        "claims": claims,
        "verdicts": verdicts,
        "entities": tuple(_read_entity(e) for e in data.get("entities", ())),
    }
