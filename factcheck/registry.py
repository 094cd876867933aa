"""The source registry: which named lists say what about a news outlet.

The bundled registry (``factcheck/data/sources.json``, built by
``scripts/build_registry.py``) holds two public lists: the State Media Monitor
typology of state-affiliated outlets and Wikipedia's perennial-sources list.
Users add their own files (CSV or JSON, see ``docs/sources.md``) and plugins add
entries through the ``factcheck_source_entries`` hook; both are consulted before
the bundled lists and may extend or override them.

:meth:`Registry.lookup` matches a publisher by domain, then by name, alias and
owning company, case- and accent-insensitively and only on whole normalised names:
"RT", "Russia Today" and "rt.com" all find RT, "RTÉ" never does.  Every tag it
returns names its list and that list's date; a publisher in no list gets no tag.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from factcheck.errors import InputError
from factcheck.model import Tag

__all__ = [
    "REGISTRY_ENV",
    "Entry",
    "ListInfo",
    "Match",
    "Registry",
    "bundled_registry",
    "entries_from_records",
    "load_registry_file",
    "normalise_domain",
    "normalise_name",
    "registry_for",
]

REGISTRY_ENV = "FACTCHECK_REGISTRY"
USER_PRIORITY = 10
HOOK_PRIORITY = 20

_PUNCT = re.compile(r"[^\w\s]+")
_SPACE = re.compile(r"\s+")


def normalise_name(name: str) -> str:
    """Fold case and accents, drop punctuation and a leading "The": "The Guardian" -> "guardian"."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    folded = folded.replace("&", " and ")
    folded = _SPACE.sub(" ", _PUNCT.sub(" ", folded)).strip()
    return folded.removeprefix("the ").strip()


def normalise_domain(value: str) -> str:
    """Reduce a URL or domain to ``host`` or ``host/first-segment`` without "www." and scheme."""
    value = value.strip().lower()
    value = re.sub(r"^[a-z][a-z0-9+.\-]*://", "", value).lstrip("/")
    host, _, rest = value.partition("/")
    host = host.split("?")[0].split("#")[0].split(":")[0].split("@")[-1].removeprefix("www.").rstrip(".")
    segment = re.split(r"[/?#]", rest, maxsplit=1)[0]
    return f"{host}/{segment}" if segment else host


@attrs.frozen
class ListInfo:
    """A list the registry draws on: its name, date, licence and credit.

    ``priority`` orders lists: user files and plugin entries (higher) are
    consulted before the bundled lists (0).
    """

    key: str
    name: str
    as_of: str | None = None
    licence: str | None = None
    credit: str | None = None
    origin: str | None = None
    priority: int = 0


@attrs.frozen
class Entry:
    """One outlet as one list describes it.

    ``state_affiliation`` is a (code, words) pair such as ("SC", "state-controlled");
    ``reliability`` the list's status words ("Deprecated"); ``scope`` what part of
    the outlet's output the status is about ("politics and science").
    ``extra`` holds further (key, value, detail) tags a user file gives.
    ``override`` makes a match on this entry hide every lower-priority list.
    """

    list_key: str
    name: str
    aliases: tuple[str, ...] = ()
    company: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    country: str | None = None
    state_affiliation: tuple[str, str] | None = None
    reliability: tuple[str, ...] = ()
    scope: str | None = None
    extra: tuple[tuple[str, str, str | None], ...] = ()
    override: bool = False

    def tags(self, info: ListInfo) -> tuple[Tag, ...]:
        """The tags this entry gives, each naming ``info``'s list and date."""
        out: list[Tag] = []
        if self.state_affiliation is not None:
            code, words = self.state_affiliation
            value = f"{words} ({code})" if code and words else (words or code)
            out.append(Tag("state_affiliation", value, info.name, info.as_of, self.country))
        for status in self.reliability:
            out.append(Tag("reliability", status, info.name, info.as_of, self.scope))
        for key, value, detail in self.extra:
            out.append(Tag(key, value, info.name, info.as_of, detail))
        return tuple(out)

    @property
    def identity(self) -> tuple[str | None, str]:
        """What tells two outlets apart: country and normalised name."""
        return self.country, normalise_name(self.name)


@attrs.frozen
class Match:
    """What the registry says about one publisher.

    ``tags`` is empty when no list knows the publisher (or when a name is shared
    by outlets the lists tell apart and nothing says which is meant: see ``notes``).
    """

    query: str
    tags: tuple[Tag, ...] = ()
    entries: tuple[Entry, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def found(self) -> bool:
        """True when some list gave a tag."""
        return bool(self.tags)


def _domain_matches(domain: str, wanted: str) -> int:
    """How well a registry domain fits a looked-up one: 3 host+path, 2 host, 1 parent host, 0 none."""
    d_host, _, d_path = domain.partition("/")
    w_host, _, w_path = wanted.partition("/")
    if d_path and d_path != w_path:
        return 0
    if d_host == w_host:
        return 3 if d_path else 2
    if w_host.endswith("." + d_host):
        return 1
    return 0


@attrs.frozen
class Registry:
    """Lists and their entries, with lookup by name, alias, company and domain."""

    lists: Mapping[str, ListInfo]
    entries: tuple[Entry, ...]

    @functools.cached_property
    def _by_name(self) -> dict[tuple[str, int], list[Entry]]:
        # (normalised name, tier) -> entries; tier 0 name, 1 alias, 2 company.
        index: dict[tuple[str, int], list[Entry]] = {}
        for entry in self.entries:
            for tier, names in enumerate(((entry.name,), entry.aliases, entry.company)):
                for name in names:
                    key = (normalise_name(name), tier)
                    if key[0]:
                        index.setdefault(key, []).append(entry)
        return index

    def extended(self, lists: Iterable[ListInfo], entries: Iterable[Entry]) -> Registry:
        """A registry with more lists and entries (the originals are unchanged)."""
        merged = dict(self.lists)
        merged.update((info.key, info) for info in lists)
        return Registry(merged, self.entries + tuple(entries))

    @functools.cached_property
    def _by_list(self) -> dict[str, list[Entry]]:
        # list key -> its entries, in the registry's order
        index: dict[str, list[Entry]] = {}
        for entry in self.entries:
            index.setdefault(entry.list_key, []).append(entry)
        return index

    def _candidates(self, list_key: str, name: str | None, domain: str | None) -> list[Entry]:
        if domain:
            entries = self._by_list.get(list_key, [])
            scored = [(max((_domain_matches(d, domain) for d in e.domains), default=0), e) for e in entries]
            best = max((score for score, _ in scored), default=0)
            if best:
                return [e for score, e in scored if score == best]
        if name:
            key = normalise_name(name)
            for tier in range(3):
                found = [e for e in self._by_name.get((key, tier), []) if e.list_key == list_key]
                if found:
                    return found
        return []

    def lookup(self, name: str | None = None, url: str | None = None) -> Match:
        """Every tag the lists give the outlet named ``name`` or at ``url`` (a URL or domain).

        Each list is searched on its own: by domain first (the most specific),
        then by whole name, alias, owning company.  Within a list, candidates that
        are different outlets giving different tags (CBC of Canada and CBC of
        Azerbaijan) give no tag but a note.  A matched entry marked ``override``
        hides the lists of lower priority.
        """
        domain = normalise_domain(url) if url else None
        query = name or domain or ""
        tags: list[Tag] = []
        matched: list[Entry] = []
        notes: list[str] = []
        stop_below: int | None = None
        for info in sorted(self.lists.values(), key=lambda i: -i.priority):
            if stop_below is not None and info.priority < stop_below:
                break
            found = self._candidates(info.key, name, domain)
            if not found:
                continue
            own = _dedupe(tag for entry in found for tag in entry.tags(info))
            identities = {entry.identity for entry in found}
            if len(identities) > 1 and len({_tag_key(t) for t in own}) > 1 and _conflicting(found, info):
                described = "; ".join(
                    sorted(f"{e.name} ({e.country})" if e.country else e.name for e in found)
                )
                notes.append(f"{query!r} names more than one outlet in {info.name}: {described}")
                continue
            matched.extend(found)
            tags.extend(own)
            if any(entry.override for entry in found):
                stop_below = info.priority
        return Match(query, tuple(_dedupe(tags)), tuple(matched), tuple(notes))


def _tag_key(tag: Tag) -> tuple[str, str, str | None]:
    return tag.key, tag.value, tag.detail


def _conflicting(found: Sequence[Entry], info: ListInfo) -> bool:
    """True when different outlets among ``found`` get different tags from one list."""
    by_identity: dict[tuple[str | None, str], set[tuple[str, str, str | None]]] = {}
    for entry in found:
        by_identity.setdefault(entry.identity, set()).update(_tag_key(t) for t in entry.tags(info))
    return len({frozenset(v) for v in by_identity.values()}) > 1


def _dedupe(tags: Iterable[Tag]) -> list[Tag]:
    out: list[Tag] = []
    for tag in tags:
        if tag not in out:
            out.append(tag)
    return out


# ---------------------------------------------------------------- reading entries


def _strings(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return tuple(part.strip() for part in re.split(r"[;|]", value) if part.strip())
    if isinstance(value, (list, tuple)):
        return tuple(str(v).strip() for v in value if str(v).strip())
    raise ValueError(f"expected a string or a list, got {type(value).__name__}")


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return str(value or "").strip().lower() in {"1", "true", "yes", "y"}


def _entry(record: Mapping[str, Any], list_key: str) -> Entry:
    name = str(record.get("name") or "").strip()
    if not name:
        raise ValueError("an entry has no name")
    affiliation = record.get("state_affiliation")
    state: tuple[str, str] | None = None
    if isinstance(affiliation, Mapping):
        state = (str(affiliation.get("code") or ""), str(affiliation.get("label") or ""))
    elif isinstance(affiliation, str) and affiliation.strip():
        code = affiliation.strip()
        state = (code, TYPOLOGY.get(code, "")) if code in TYPOLOGY else ("", code)
    elif affiliation not in (None, ""):
        raise ValueError(f"{name}: state_affiliation must be a code, words or an object")
    reliability = record.get("reliability")
    scope = record.get("scope")
    if isinstance(reliability, Mapping):
        scope = reliability.get("scope", scope)
        reliability = reliability.get("status")
    extra: list[tuple[str, str, str | None]] = []
    for tag in record.get("tags") or ():
        if not isinstance(tag, Mapping) or not tag.get("key") or not tag.get("value"):
            raise ValueError(f"{name}: each tag needs a key and a value")
        extra.append((str(tag["key"]), str(tag["value"]), str(tag["detail"]) if tag.get("detail") else None))
    return Entry(
        list_key=str(record.get("list") or list_key),
        name=name,
        aliases=_strings(record.get("aliases")),
        company=_strings(record.get("company")),
        domains=tuple(normalise_domain(d) for d in _strings(record.get("domains"))),
        country=str(record["country"]).strip() or None if record.get("country") else None,
        state_affiliation=state,
        reliability=_strings(reliability),
        scope=str(scope) if scope else None,
        extra=tuple(extra),
        override=_bool(record.get("override")),
    )


#: State Media Monitor typology codes and their words (also used by scripts/build_registry.py).
TYPOLOGY = {
    "SC": "state-controlled",
    "CaPu": "captured public/state-managed",
    "CaPr": "captured private",
    "ISFM": "independent state-funded and state-managed",
    "ISF": "independent state-funded",
    "ISM": "independent state-managed",
    "IP": "independent public media",
}


def entries_from_records(records: Iterable[Mapping[str, Any]], list_key: str) -> list[Entry]:
    """Turn registry rows (dicts with the documented fields) into entries of list ``list_key``.

    :raises ValueError: a row lacks a name or has a field of the wrong shape.
    """
    return [_entry(record, list_key) for record in records]


@functools.cache
def bundled_registry() -> Registry:
    """The registry shipped with factcheck (loaded once, on first use)."""
    raw = resources.files("factcheck.data").joinpath("sources.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    lists = {
        key: ListInfo(
            key=key,
            name=meta["name"],
            as_of=meta.get("as_of"),
            licence=meta.get("licence"),
            credit=meta.get("credit"),
            origin=meta.get("origin"),
        )
        for key, meta in data["lists"].items()
    }
    return Registry(lists, tuple(entries_from_records(data["entries"], "")))


def load_registry_file(path: str | os.PathLike[str]) -> tuple[ListInfo, list[Entry]]:
    """Read a user registry file (``.json`` or ``.csv``) into its list and entries.

    :raises InputError: the file is missing, not valid JSON/CSV, or has a bad row.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read registry file: {exc}") from exc
    key = f"user:{path.name}"
    meta: Mapping[str, Any] = {}
    try:
        if path.suffix.lower() == ".csv":
            records: list[Mapping[str, Any]] = list(csv.DictReader(io.StringIO(text)))
            first = records[0] if records else {}
            meta = {"name": first.get("list_name") or "", "as_of": first.get("as_of") or None}
        else:
            data = json.loads(text)
            if isinstance(data, Mapping):
                meta = data.get("list") or {}
                records = list(data.get("entries") or [])
            elif isinstance(data, list):
                records = data
            else:
                raise ValueError("expected a list of entries or an object with 'entries'")
        info = ListInfo(
            key=key,
            name=str(meta.get("name") or f"user registry {path.name}"),
            as_of=str(meta["as_of"]) if meta.get("as_of") else None,
            licence=meta.get("licence"),
            credit=meta.get("credit"),
            priority=USER_PRIORITY,
        )
        entries = [attrs.evolve(e, list_key=key) for e in entries_from_records(records, key)]
    except (ValueError, TypeError, AttributeError, csv.Error) as exc:
        raise InputError(path, f"bad registry file: {exc}") from exc
    return info, entries


def registry_for(
    pm: Any | None = None,
    files: Sequence[str | os.PathLike[str]] | None = None,
) -> Registry:
    """The bundled registry extended by user files and by plugins' entries.

    :param pm: a plugin manager whose ``factcheck_source_entries`` hook gives entries
        (a later plugin's entry overrides an earlier one's of the same name).
    :param files: user registry files; by default those named in ``$FACTCHECK_REGISTRY``
        (separated by ``os.pathsep``).
    """
    registry = bundled_registry()
    if files is None:
        files = [p for p in os.environ.get(REGISTRY_ENV, "").split(os.pathsep) if p.strip()]
    for index, file in enumerate(files):
        info, entries = load_registry_file(file)
        info = attrs.evolve(info, priority=USER_PRIORITY + index)
        registry = registry.extended([info], entries)
    if pm is not None:
        records: dict[str, Mapping[str, Any]] = {}
        # pluggy returns the last-registered plugin's result first; walk them in
        # registration order so a later plugin's entry overrides an earlier one's.
        for batch in reversed(pm.hook.factcheck_source_entries()):
            for record in batch or ():
                records[normalise_name(str(record.get("name") or ""))] = record
        if records:
            info = ListInfo(key="plugins", name="plugin registry entries", priority=HOOK_PRIORITY)
            entries = entries_from_records(records.values(), "plugins")
            registry = registry.extended([info], [attrs.evolve(e, list_key="plugins") for e in entries])
    return registry
