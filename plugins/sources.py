"""Built-in checker plugin ``sources``: who published an article, and whom it cites.

Annotation (``factcheck_annotate``):

* tags the publisher source with what the source registry's lists say of it
  (state affiliation, reliability), each tag naming its list and date; a wire
  agency named in a dateline of a copy republished elsewhere becomes a second
  publisher source;
* finds the bodies cited as the origin of claims and figures ("according to the
  health ministry", "data from the statistics office show", "a report by Amnesty
  International", "Russian law enforcement agencies currently possess
  information about ...") and the venues where things were said ("at the OSCE
  conference on counter-terrorism"), links each figure in the same sentence to
  its origin, and records the speaker through whom an origin inside a quote is
  cited (``Source.via``).

The ``sources`` checker turns that into verdicts (``data["check"]`` is ``publisher``
or ``self-reported``): ``info`` per publisher tag, ``unknown`` for a publisher found
but in no list, no verdict when the text names no publisher (nothing a reader needs),
and ``info`` for a figure whose only origin is the party it concerns (self-reported).
A wire credited without "By" ("(AP) —", "Dec 29 (Reuters) -", a line "AP") is the
publisher when the extractor found none.  docs/sources.md has each precondition.

The cited bodies and venues are read in :mod:`.sources_cited`, the quotes by position in
:mod:`.sources_quotes`, self-reported figures in :mod:`.sources_self_reported`, wire credits in
:mod:`.sources_wire`; this module holds the registry access, the annotation and the checker.
"""

from __future__ import annotations

import os
import re
import weakref
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import attrs

from factcheck import Checker, Report, Source, SourceRole, Status, Tag, Verdict, hookimpl
from factcheck.model import Figure
from factcheck.registry import REGISTRY_ENV, Match, Registry, registry_for
from factcheck.spans import SpanIndex

from .sources_cited import CitedSource, find_cited_sources, sentence_spans
from .sources_quotes import _QuoteIndex, _speaker_in_sentence, _speaker_of
from .sources_self_reported import _self_reported
from .sources_wire import WIRES, find_wire_credit, wires_beside, with_url_publisher, with_wire_credit

if TYPE_CHECKING:
    from factcheck.manager import FactcheckPluginManager

__all__ = [
    "WIRES",
    "CitedSource",
    "factcheck_annotate",
    "factcheck_checkers",
    "find_cited_sources",
    "find_wire_credit",
    "sentence_spans",
    "use_registry",
]

# ------------------------------------------------------------------ registry access

_override: list[Registry] = []


def use_registry(registry: Registry | None) -> None:
    """Make the plugin use ``registry`` (None: back to bundled + $FACTCHECK_REGISTRY + plugins)."""
    _override.clear()
    if registry is not None:
        _override.append(registry)


#: Registries built for each plugin manager, keyed by what changes them: the enabled plugins'
#: names and ``$FACTCHECK_REGISTRY``.  Weak keys, so a finished manager takes its registry along.
_BUILT: weakref.WeakKeyDictionary[FactcheckPluginManager, dict[tuple[tuple[str, ...], str], Registry]] = (
    weakref.WeakKeyDictionary()
)


def _registry() -> Registry:
    """The registry for the check under way: its plugin manager's entries, user files, bundled lists.

    Built once per manager (and plugin set and ``$FACTCHECK_REGISTRY``), so ``-p`` plugins'
    ``factcheck_source_entries`` count and ``--disable`` leaves out a blocked plugin's entries.
    """
    if _override:
        return _override[0]
    from factcheck.manager import current_plugin_manager

    pm = current_plugin_manager()
    env = os.environ.get(REGISTRY_ENV, "")
    names = tuple(sorted(name for name, plugin in pm.list_name_plugin() if plugin is not None))
    key = (names, env)
    per_manager = _BUILT.setdefault(pm, {})
    registry = per_manager.get(key)
    if registry is None:
        files = [p for p in env.split(os.pathsep) if p.strip()]
        registry = registry_for(pm, files)
        per_manager.clear()  # only the newest plugin set of a manager is worth keeping
        per_manager[key] = registry
    return registry


def _lookup(registry: Registry, source: Source, url: str | None) -> Match:
    by_name = registry.lookup(name=source.name)
    if url and source.role is SourceRole.PUBLISHER and source.id == "s1":
        by_url = registry.lookup(url=url)
        if by_url.found:
            return by_url
    if not by_name.found and "." in source.name and " " not in source.name:
        return registry.lookup(url=source.name)
    return by_name


# ------------------------------------------------------------------ annotation


def _next_ids(report: Report) -> Iterator[str]:
    numbers = [int(s.id[1:]) for s in report.sources if re.fullmatch(r"s\d+", s.id)]
    n = max(numbers, default=0)
    taken = {s.id for s in report.sources}
    while True:
        n += 1
        if f"s{n}" not in taken:
            yield f"s{n}"


def _figure_key(figure: Figure) -> tuple[float, str | None, bool, str | None]:
    return figure.value, figure.hedge, figure.is_percent, figure.currency


def _same_figure(a: Figure, b: Figure) -> bool:
    """A restatement: same value, hedge, percent-ness and counted noun (or a distinctive number)."""
    if (a.value, a.hedge, a.is_percent, a.currency) != (b.value, b.hedge, b.is_percent, b.currency):
        return False
    if a.unit and b.unit:
        return a.unit.lower() == b.unit.lower()
    # Without a counted noun on both, only a distinctive number is taken as the same
    # figure: "two" or "5 percent" twice in an article are usually different things.
    return not a.is_percent and abs(a.value) >= 1000


def _tagged_publishers(report: Report, registry: Registry, ids: Iterator[str]) -> list[Source]:
    out: list[Source] = []
    url = report.document.url
    publishers = [s for s in report.sources if s.role in _OUTLETS]
    for source in report.sources:
        if source.role in _OUTLETS and not source.tags:
            source = attrs.evolve(source, tags=_lookup(registry, source, url).tags)
        out.append(source)
    if publishers:
        for wire in wires_beside(report, publishers, ids):
            out.append(attrs.evolve(wire, tags=_lookup(registry, wire, None).tags))
    return out


def annotate(report: Report, registry: Registry | None = None) -> Report:
    """Tag publishers, add cited origins and venues with their figures and via; return the new report."""
    registry = registry if registry is not None else _registry()
    report = with_wire_credit(with_url_publisher(report, registry))
    ids = _next_ids(report)
    sources = _tagged_publishers(report, registry, ids)
    known = {s.name.casefold(): i for i, s in enumerate(sources) if s.role not in _OUTLETS}
    linked: dict[str, str] = {}
    index_of_figures = SpanIndex(report.figures, lambda f: f.span)
    quote_index = _QuoteIndex(report)
    for cited in find_cited_sources(report.document.text):
        if cited.role is SourceRole.ORIGIN:
            figures = [f.id for f in index_of_figures.inside(cited.sentence)]
            via = _speaker_of(quote_index, cited.span)
        else:
            figures = []
            via = _speaker_in_sentence(quote_index, cited.sentence)
        key = cited.name.casefold()
        if key in known:
            index = known[key]
            old = sources[index]
            merged = tuple(dict.fromkeys([*old.figures, *figures]))
            sources[index] = attrs.evolve(old, figures=merged, via=old.via or via)
        else:
            known[key] = len(sources)
            sources.append(
                Source(next(ids), cited.name, cited.role, span=cited.span, figures=figures, via=via)
            )
        for figure_id in figures:
            linked.setdefault(figure_id, sources[known[key]].id)
    # A figure restated elsewhere (a lead summing up a quoted number) shares its origin: the
    # first linked figure, in text order, that is the same figure.  Linked figures are indexed
    # by what _same_figure compares first, so each figure is compared with few others.
    order = {figure.id: n for n, figure in enumerate(report.figures)}
    by_key: dict[tuple[float, str | None, bool, str | None], list[Figure]] = {}
    for other in report.figures:
        if other.id in linked:
            by_key.setdefault(_figure_key(other), []).append(other)
    for figure in report.figures:
        if figure.id in linked:
            continue
        candidates = [other for other in by_key.get(_figure_key(figure), ()) if _same_figure(figure, other)]
        if not candidates:
            continue
        other = min(candidates, key=lambda f: order[f.id])
        index = next(i for i, s in enumerate(sources) if s.id == linked[other.id])
        sources[index] = attrs.evolve(sources[index], figures=(*sources[index].figures, figure.id))
        linked[figure.id] = sources[index].id
        by_key[_figure_key(figure)].append(figure)
    by_figure: dict[str, list[str]] = {}
    for source in sources:
        for figure_id in source.figures:
            by_figure.setdefault(figure_id, []).append(source.id)
    claims = []
    for claim in report.claims:
        extra = [sid for fid in claim.figures for sid in by_figure.get(fid, [])]
        merged_ids = tuple(dict.fromkeys([*claim.sources, *extra]))
        claims.append(attrs.evolve(claim, sources=merged_ids) if merged_ids != claim.sources else claim)
    return attrs.evolve(report, sources=sources, claims=claims)


@hookimpl
def factcheck_annotate(report: Report) -> Report | None:
    """Tag the publisher and add cited origins and venues (see :func:`annotate`)."""
    return annotate(report)


# ------------------------------------------------------------------ the checker


#: The roles of the outlets an article came through: its publisher and the wires it credits.
_OUTLETS = (SourceRole.PUBLISHER, SourceRole.WIRE)


def _publisher_verdicts(report: Report, registry: Registry) -> Iterator[Verdict]:
    publishers = [s for s in report.sources if s.role in _OUTLETS]
    if not publishers:
        return  # no publisher in the text or its metadata: nothing a reader needs to be told
    list_names = ", ".join(f"{i.name} ({i.as_of})" if i.as_of else i.name for i in registry.lists.values())
    for source in publishers:
        match = _lookup(registry, source, report.document.url if source.id == "s1" else None)
        tags: Sequence[Tag] = source.tags or match.tags
        evidence = (source.span,) if source.span is not None else ()
        if not tags:
            note = (" " + " ".join(match.notes)) if match.notes else ""
            yield Verdict(
                Status.UNKNOWN,
                f"{source.name}: in no source list",
                details=f"{source.name!r} is in no list consulted ({list_names}); no tag is guessed.{note}",
                evidence=evidence,
                data={
                    "check": "publisher",
                    "source": source.id,
                    "lists": [i.name for i in registry.lists.values()],
                },
            )
            continue
        for tag in tags:
            value = (
                f"{tag.value}, {tag.detail}" if tag.detail and tag.key == "state_affiliation" else tag.value
            )
            scope = f" (for {tag.detail})" if tag.detail and tag.key != "state_affiliation" else ""
            when = f", {tag.as_of}" if tag.as_of else ""
            yield Verdict(
                Status.INFO,
                f"{source.name}: {value}{scope} — {tag.list_name}{when}",
                details=f"{tag.key.replace('_', ' ')} of {source.name} as given by {tag.list_name}"
                + (f" as of {tag.as_of}" if tag.as_of else "")
                + "; a list's word, not a finding of this tool.",
                evidence=evidence,
                data={
                    "check": "publisher",
                    "source": source.id,
                    "key": tag.key,
                    "value": tag.value,
                    "list": tag.list_name,
                    "as_of": tag.as_of,
                    "detail": tag.detail,
                },
            )


def check_sources(report: Report) -> Iterable[Verdict]:
    """Tag the publisher from the registry's lists and flag self-reported figures."""
    registry = _registry()
    yield from _publisher_verdicts(report, registry)
    yield from _self_reported(report)


@hookimpl
def factcheck_checkers() -> Sequence[Checker]:
    """Return the ``sources`` checker."""
    return [
        Checker(
            "sources",
            "Publisher's state affiliation and reliability from named lists; self-reported figures",
            check_sources,
        )
    ]
