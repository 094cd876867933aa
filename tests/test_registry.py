"""The source registry: bundled lists, matching, user files and plugin entries."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import factcheck
from factcheck.registry import (
    bundled_registry,
    load_registry_file,
    normalise_domain,
    normalise_name,
    registry_for,
)

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SMM = "State Media Monitor via state-media-profiles"
WPS = "Wikipedia perennial sources"


def values(match: factcheck.registry.Match) -> set[tuple[str, str, str | None]]:
    return {(t.key, t.value, t.list_name) for t in match.tags}


def test_bundled_header_names_lists_dates_and_licences() -> None:
    lists = {info.name: info for info in bundled_registry().lists.values()}
    assert lists[SMM].licence == "MIT"
    assert lists[WPS].licence == "CC BY-SA 3.0"
    assert lists[WPS].as_of == "2021-03-17"
    assert lists[SMM].as_of == "2024-02-07"
    assert all(info.credit for info in lists.values())


@pytest.mark.parametrize("query", ["RT", "rt", "Russia Today", "RUSSIA TODAY"])
def test_rt_by_name_and_alias(query: str) -> None:
    match = bundled_registry().lookup(name=query)
    assert values(match) == {
        ("state_affiliation", "state-controlled (SC)", SMM),
        ("reliability", "Deprecated", WPS),
    }
    state = next(t for t in match.tags if t.key == "state_affiliation")
    assert state.detail == "Russia"
    assert state.as_of == "2024-02-07"


@pytest.mark.parametrize(
    "url", ["rt.com", "https://www.rt.com/news/426591-russia-isis-fighters/", "de.rt.com"]
)
def test_rt_by_domain(url: str) -> None:
    match = bundled_registry().lookup(url=url)
    assert ("reliability", "Deprecated", WPS) in values(match)
    assert ("state_affiliation", "state-controlled (SC)", SMM) in values(match)


def test_rte_is_not_rt() -> None:
    # Ireland's public broadcaster: the accent folds to RTE, a different outlet, never RT.
    match = bundled_registry().lookup(name="RTÉ")
    assert values(match) == {("state_affiliation", "independent state-managed (ISM)", SMM)}
    assert match.tags[0].detail == "Ireland"
    assert bundled_registry().lookup(url="https://www.rte.ie/news/2023/0101/x.html").tags == match.tags


@pytest.mark.parametrize("name", ["RTS", "RTV", "Rt Hon", "Art", "RTL"])
def test_names_near_rt_get_no_rt_tag(name: str) -> None:
    match = bundled_registry().lookup(name=name)
    assert not any(t.value == "Deprecated" and t.list_name == WPS for t in match.tags)


def test_ambiguous_name_gives_no_tag_but_a_note() -> None:
    # "CBC" is Canada's public broadcaster and an Azerbaijani state channel in the matrix.
    match = bundled_registry().lookup(name="CBC")
    assert not any(t.list_name == SMM for t in match.tags)
    assert any("Canada" in note and "Azerbaijan" in note for note in match.notes)
    # The domain settles it.
    by_domain = bundled_registry().lookup(url="https://www.cbc.ca/news")
    assert [(t.value, t.detail) for t in by_domain.tags] == [
        ("independent state-funded and state-managed (ISFM)", "Canada")
    ]


def test_scoped_statuses_keep_their_scope() -> None:
    match = bundled_registry().lookup(name="Fox News")
    scopes = {(t.value, t.detail) for t in match.tags}
    assert ("No consensus", "politics and science") in scopes
    assert ("Generally unreliable", "talk shows") in scopes


def test_unknown_outlet_gets_nothing() -> None:
    match = bundled_registry().lookup(name="The Kyiv Independent", url="https://kyivindependent.com/x")
    assert not match.found
    assert match.tags == ()


def test_normalisers() -> None:
    assert normalise_name("The Guardian") == normalise_name("guardian")
    assert normalise_name("RTÉ") == "rte"
    assert normalise_domain("HTTPS://WWW.Reuters.com:443/world/x?y=1") == "reuters.com/world"
    assert normalise_domain("rt.com") == "rt.com"


def test_user_csv_overrides_bundled_lists() -> None:
    registry = registry_for(files=[FIXTURES / "registry-user.csv"])
    match = registry.lookup(name="RT")
    assert [(t.key, t.value, t.list_name, t.as_of) for t in match.tags] == [
        ("state_affiliation", "state-controlled (SC)", "Newsroom source list", "2024-05-01"),
        ("reliability", "Do not cite", "Newsroom source list", "2024-05-01"),
    ]
    # An entry without "override" extends: the bundled lists still answer for others.
    kyiv = registry.lookup(name="Kyiv Independent")
    assert [t.value for t in kyiv.tags] == ["Generally reliable (newsroom review)"]
    assert registry.lookup(name="Reuters").tags == bundled_registry().lookup(name="Reuters").tags


def test_user_json_extends_with_own_tags() -> None:
    registry = registry_for(files=[FIXTURES / "registry-user.json"])
    match = registry.lookup(url="https://www.themoscowtimes.com/2024/01/01/a")
    assert [(t.key, t.value, t.list_name, t.as_of, t.detail) for t in match.tags] == [
        (
            "ownership",
            "independent, in exile",
            "Desk watchlist",
            "2025-01-15",
            "Amsterdam newsroom since 2022",
        )
    ]
    assert registry.lookup(name="RT").tags == bundled_registry().lookup(name="RT").tags


def test_bad_user_file_is_an_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[{"aliases": ["no name"]}]', encoding="utf-8")
    with pytest.raises(factcheck.InputError, match=r"bad\.json: bad registry file: an entry has no name"):
        load_registry_file(bad)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(factcheck.InputError, match=r"broken\.json"):
        load_registry_file(broken)
    with pytest.raises(factcheck.InputError, match="cannot read"):
        load_registry_file(tmp_path / "missing.csv")


class EntriesPlugin:
    """A plugin contributing a registry entry through the hook."""

    @factcheck.hookimpl
    def factcheck_source_entries(self) -> list[dict[str, object]]:
        return [{"name": "Kyiv Post", "domains": ["kyivpost.com"], "reliability": "Generally reliable"}]


def test_hook_entries_are_merged() -> None:
    pm = factcheck.get_plugin_manager(autoload=False, extra=[EntriesPlugin()])
    registry = registry_for(pm, files=[])
    match = registry.lookup(url="https://www.kyivpost.com/post/1")
    assert [(t.value, t.list_name) for t in match.tags] == [("Generally reliable", "plugin registry entries")]
    assert not bundled_registry().lookup(url="https://www.kyivpost.com/post/1").found


def test_build_script_rebuilds_the_bundled_file(tmp_path: Path) -> None:
    data = REPO.parent / "shared" / "data"
    if not (data / "state-media-profiles").is_dir():
        pytest.skip(f"public data not found at {data}")
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "build_registry.py"),
            "--data",
            str(data),
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    built = json.loads((tmp_path / "sources.json").read_text(encoding="utf-8"))
    bundled = json.loads((REPO / "factcheck" / "data" / "sources.json").read_text(encoding="utf-8"))
    assert built == bundled
    assert (
        (tmp_path / "LICENSE-state-media-profiles.txt").read_text(encoding="utf-8").startswith("MIT License")
    )


def test_build_script_reports_missing_input(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "build_registry.py"),
            "--data",
            str(tmp_path),
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "no such file" in result.stderr
