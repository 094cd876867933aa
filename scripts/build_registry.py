#!/usr/bin/env python3
"""Build factcheck's bundled source registry from the public lists it is drawn from.

Reads two public data sets (by default from ``../shared/data`` beside the repository):

* ``state-media-profiles/State_Media_Matrix.csv``: the State Media Monitor typology
  of state-affiliated outlets, as published by the Alliance for Securing Democracy
  (MIT licence);
* ``wikipedia-perennial-sources/perennial-sources.csv``: a crawl of Wikipedia's
  "Reliable sources/Perennial sources" list (CC BY-SA 3.0), snapshot of 2021-03-17;

and writes ``factcheck/data/sources.json`` (one compact entry per outlet per list,
plus a header naming each list, its date, licence and credit) and copies the
licence texts beside it.  Run it again when the lists are updated::

    python scripts/build_registry.py [--data ../shared/data] [--out factcheck/data]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from factcheck.registry import TYPOLOGY

REPO = Path(__file__).resolve().parent.parent
FORMAT = "factcheck-source-registry/1"

SMM = "smm"
WPS = "wps"

LISTS: dict[str, dict[str, str]] = {
    SMM: {
        "name": "State Media Monitor via state-media-profiles",
        "as_of": "2024-02-07",
        "licence": "MIT",
        "credit": (
            "State Media Matrix by the Alliance for Securing Democracy at the German Marshall Fund "
            "(github.com/ASD-at-GMF/state-media-profiles, commit d878fee, 2024-02-07), MIT licence; "
            "typology and seed data from the State Media Monitor (statemediamonitor.com, "
            "Media and Journalism Research Center)."
        ),
        "origin": "https://github.com/ASD-at-GMF/state-media-profiles",
        "directory": "state-media-profiles",
        "file": "State_Media_Matrix.csv",
    },
    WPS: {
        "name": "Wikipedia perennial sources",
        "as_of": "2021-03-17",
        "licence": "CC BY-SA 3.0",
        "credit": (
            "Wikipedia:Reliable sources/Perennial sources, by Wikipedia's editors "
            "(en.wikipedia.org), CC BY-SA 3.0; crawled by github.com/Kudusch/wikipedia-perennial-sources "
            "(commit 1a7c0c2, 2021-03-17). Statuses may have changed since that date."
        ),
        "origin": "https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources",
        "directory": "wikipedia-perennial-sources",
        "file": "perennial-sources.csv",
    },
}


WPS_STATUSES = {"Generally reliable", "No consensus", "Generally unreliable", "Deprecated", "Blacklisted"}

# Hosts that appear in the perennial list's URL column but are not the outlet's own
# site (catalogues, identifiers, platforms): a match on them would tag the wrong body.
FOREIGN_HOSTS = {
    "wikidata.org",
    "en.wikipedia.org",
    "en.wiktionary.org",
    "en.wikisource.org",
    "iw.toolforge.org",
    "youtube.com",
    "nasdaq.com",
    "nyse.com",
    "jstor.org",
    "ncbi.nlm.nih.gov",
    "catalog.loc.gov",
    "issn.org",
    "scopus.com",
    "mathscinet.ams.org",
    "cassi.cas.org",
    "personal.psu.edu",
    "lib.law.washington.edu",
    "marcinwrochna.github.io",
    "miar.ub.edu",
    "fubo.tv",
    "hotstar.com",
    "google.com",
    "sceptiques.qc.ca",
}

# Parenthesised words in a perennial-sources name that qualify it rather than name it.
QUALIFIERS = {"UK", "US", "USA"}

# "News agency: Xinhua", "Television: SinoVision" -> the outlet's name after the medium.
MEDIUM_PREFIX = re.compile(r"^(?:News agency|Print media|Print|Television|Radio|Online|TV)\s*:\s*", re.I)
PARENS = re.compile(r"\s*\(([^()]*)\)")


def host_of(url: str) -> tuple[str, str]:
    """Split a URL as the lists write it into (host without "www.", first path segment)."""
    url = url.strip().lower()
    url = re.sub(r"^[a-z]+://", "", url).lstrip("/")
    host, _, rest = url.partition("/")
    host = host.split("?")[0].split("#")[0].split(":")[0].removeprefix("www.")
    segment = re.split(r"[/?#]", rest, maxsplit=1)[0]
    return host, segment


def split_name(raw: str) -> tuple[str, list[str], str | None]:
    """Split "RT (Russia Today)" into name, aliases and a scope ("news excluding politics")."""
    if raw.count("(") > raw.count(")"):
        raw += ")"  # "Radio-Television of ... (RTVFBiH" lost its closing mark in the list
    groups = PARENS.findall(raw)
    name = PARENS.sub("", raw).strip()
    aliases: list[str] = []
    scopes: list[str] = []
    for group in groups:
        items = [item.strip().strip('"') for item in group.split(",")]
        if any(item[:1].islower() or re.search(r"\d", item) for item in items if item):
            scopes.append(group.strip())
            continue
        aliases.extend(item for item in items if item and item not in QUALIFIERS)
    return name, aliases, "; ".join(scopes) or None


def read_csv(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV file with a header line."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def build_smm(path: Path) -> list[dict[str, Any]]:
    """One entry per (country, outlet) of the State Media Matrix, with every domain it uses."""
    grouped: dict[tuple[str, str], dict[str, Any]] = {}
    for row in read_csv(path):
        asset = MEDIUM_PREFIX.sub("", (row.get("Main assets") or "").strip())
        code = (row.get("Typology") or "").strip()
        country = (row.get("Country") or "").strip()
        if not asset or not code:
            continue
        name, aliases, _ = split_name(asset)
        company, company_aliases, _ = split_name((row.get("Media company") or "").strip().rstrip("*"))
        key = (country, name.casefold())
        entry = grouped.get(key)
        if entry is None:
            uncertain = code.endswith("?")
            words = TYPOLOGY.get(code.rstrip("?"), "unknown typology")
            entry = {
                "list": SMM,
                "name": name,
                "aliases": [],
                "company": [],
                "domains": [],
                "country": country,
                "state_affiliation": {"code": code, "label": words + (" (uncertain)" if uncertain else "")},
            }
            grouped[key] = entry
        for alias in aliases:
            if alias not in entry["aliases"] and alias != name:
                entry["aliases"].append(alias)
        for other in [company, *company_aliases]:
            if other and other not in entry["company"] and other != name:
                entry["company"].append(other)
        host, _ = host_of(row.get("URL") or "")
        if host and "." in host and host not in entry["domains"]:
            entry["domains"].append(host)
    return [_compact(entry) for entry in grouped.values()]


def build_wps(path: Path) -> list[dict[str, Any]]:
    """One entry per row of the perennial-sources list, with its status and clean domains."""
    rows = read_csv(path)
    entries: list[dict[str, Any]] = []
    claims: dict[str, set[str]] = defaultdict(set)
    parsed: list[tuple[dict[str, Any], list[tuple[str, str]]]] = []
    for row in rows:
        statuses = _statuses(row)
        if not statuses:
            continue
        name, aliases, scope = split_name(row["name"])
        urls = [host_of(u) for u in json.loads(row.get("urls") or "[]")]
        urls = [(h, seg) for h, seg in urls if h and "." in h and h not in FOREIGN_HOSTS]
        for host, _ in urls:
            claims[host].add(name.casefold())
        entry: dict[str, Any] = {
            "list": WPS,
            "name": name,
            "aliases": [a for a in aliases if a.casefold() != name.casefold()],
            "domains": [],
            "reliability": {"status": statuses, "scope": scope},
            "url": row.get("wiki_url") or None,
        }
        parsed.append((entry, urls))
    _recover_lost_scopes(parsed, [row for row in rows if _statuses(row)])
    for entry, urls in parsed:
        for host, segment in urls:
            # A host claimed by two different outlets (dailymail.co.uk: Daily Mail and
            # The Mail on Sunday) keeps the path that tells them apart.
            shared = len(claims[host]) > 1
            domain = f"{host}/{segment}" if shared and segment else host
            if domain not in entry["domains"]:
                entry["domains"].append(domain)
        entries.append(_compact(entry))
    return entries


def _statuses(row: dict[str, str]) -> list[str]:
    return [s for s in json.loads(row.get("status") or "[]") if s in WPS_STATUSES]


def _recover_lost_scopes(
    parsed: list[tuple[dict[str, Any], list[tuple[str, str]]]], rows: list[dict[str, str]]
) -> None:
    """Give a scope to a repeated name whose qualifier the crawl lost ("The Guardian" for its blogs).

    The first unqualified row of a name keeps no scope when no other row of that
    name has one; every other unqualified row is described by the opening words
    of its own summary, so its status is never shown as the whole outlet's.
    """
    by_name: dict[str, list[int]] = defaultdict(list)
    for index, (entry, _) in enumerate(parsed):
        by_name[entry["name"].casefold()].append(index)
    for indexes in by_name.values():
        if len(indexes) < 2:
            continue
        scoped = any(parsed[i][0]["reliability"]["scope"] for i in indexes)
        kept = False
        for i in indexes:
            reliability = parsed[i][0]["reliability"]
            if reliability["scope"]:
                continue
            if not kept and not scoped:
                kept = True
                continue
            info = " ".join((rows[i].get("info") or "").split())
            words = info[:80].rsplit(" ", 1)[0] + "…" if len(info) > 80 else info
            reliability["scope"] = f"another entry of this name, qualifier lost in the crawl: {words}"


def _compact(entry: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in entry.items() if value not in ([], None, "")}


def build(data: Path) -> dict[str, Any]:
    """Read both lists under ``data`` and return the registry document."""
    header = {
        key: {k: v for k, v in meta.items() if k not in ("directory", "file")} for key, meta in LISTS.items()
    }
    entries = build_smm(data / LISTS[SMM]["directory"] / LISTS[SMM]["file"])
    entries += build_wps(data / LISTS[WPS]["directory"] / LISTS[WPS]["file"])
    return {"format": FORMAT, "lists": header, "entries": entries}


def main(argv: list[str] | None = None) -> int:
    """Command line: build the registry and copy the licences; print a one-line summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data", help="input directory")
    parser.add_argument("--out", type=Path, default=REPO / "factcheck" / "data", help="output directory")
    args = parser.parse_args(argv)
    for meta in LISTS.values():
        path = args.data / meta["directory"] / meta["file"]
        if not path.is_file():
            print(f"build_registry: {path}: no such file", file=sys.stderr)
            return 2
    registry = build(args.data)
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / "sources.json"
    with target.open("w", encoding="utf-8") as handle:
        json.dump(registry, handle, ensure_ascii=False, separators=(",", ":"))
        handle.write("\n")
    licence = args.data / LISTS[SMM]["directory"] / "LICENSE"
    if licence.is_file():
        (args.out / "LICENSE-state-media-profiles.txt").write_text(
            licence.read_text(encoding="utf-8"), encoding="utf-8"
        )
    counts: dict[str, int] = defaultdict(int)
    for entry in registry["entries"]:
        counts[entry["list"]] += 1
    print(f"wrote {target}: " + ", ".join(f"{LISTS[k]['name']}: {n} entries" for k, n in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
