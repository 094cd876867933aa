"""History checks: figure drift, misattribution, already reviewed, and the hook runner.

Articles: the seed (RT, 12 May 2018) and tests/fixtures/store-*.txt (TASS, 19 Nov 2015 and
10 May 2018, written from the real reports).  Texts marked "altered" were changed on
purpose to make a failing case; each says what was changed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from factcheck_plugins import history

import factcheck
from factcheck.manager import FactcheckPluginManager, get_plugin_manager
from factcheck.model import Report, Status, Verdict
from factcheck.store import ClaimStore
from factcheck.track import run_history_hooks, track_add

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TASS_2015 = FIXTURES / "store-tass-2015-11-19-syromolotov.txt"
TASS_2018 = FIXTURES / "store-tass-2018-05-10-syromolotov.txt"
GRAPH_REVIEW = FIXTURES / "claimreview-syromolotov-graph.json"

# Altered from the seed's second quote paragraph: the same words given to the Foreign
# Ministry spokeswoman (a real official), at an invented briefing two days later.
MISATTRIBUTED = "\n\n".join(
    [
        "May 14, 2018",
        "Moscow says thousands of Russians fight for terrorists",
        "“Russian law enforcement agencies currently possess information about over 4,000 Russian citizens "
        "who have left our country in order to participate in armed formations [in Syria],” Foreign Ministry "
        "spokeswoman Maria Zakharova said at a briefing in Moscow.",
        "Source: Example News\n",
    ]
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ClaimStore]:
    with ClaimStore(tmp_path / "claims.sqlite") as opened:
        yield opened


@pytest.fixture
def pm() -> FactcheckPluginManager:
    return get_plugin_manager()


def history_of(report: Report, store: ClaimStore, name: str) -> list[Verdict]:
    return [v for v in history.run_history_checks(report, store) if v.checker == name]


# --------------------------------------------------------------------------- figure drift


def test_drift_over_years_is_info_with_both_figures(store: ClaimStore, seed_path: Path) -> None:
    store.add_report(factcheck.check(TASS_2015))
    seed = factcheck.check(seed_path)
    drift = history_of(seed, store, "figure-drift")
    assert drift, "Syromolotov's 2,719 (2015) and over 4,000 (2018) Russian citizens differ"
    assert {v.status for v in drift} == {Status.INFO}
    first = drift[0]
    assert "Some 2,719" in first.summary and "2015-11-19" in first.summary and "Over 4,000" in first.summary
    assert first.data["before"]["date"] == "2015-11-19" and first.data["now"]["date"] == "2018-05-12"
    assert first.data["disjoint"] is True and first.data["days"] > history.DRIFT_WINDOW_DAYS
    assert seed.words(first.evidence[0]).lower() == "over 4,000"


def test_same_figure_reported_twice_is_not_drift(store: ClaimStore, seed_path: Path) -> None:
    # TASS (10 May) and RT (12 May) report the same speech: "more than 4,000" == "over 4,000"
    store.add_report(factcheck.check(TASS_2018))
    seed = factcheck.check(seed_path)
    assert history_of(seed, store, "figure-drift") == []


def test_disjoint_figures_days_apart_are_a_warning(store: ClaimStore, seed_path: Path) -> None:
    # altered: the TASS lead's "More than 4,000" changed to "About 2,500" to make a failing case
    text = TASS_2018.read_text(encoding="utf-8").replace(
        "More than 4,000 Russian citizens are fighting", "About 2,500 Russian citizens are fighting"
    )
    store.add_report(factcheck.check_text(text, path="altered-tass.txt"))
    seed = factcheck.check(seed_path)
    warned = [v for v in history_of(seed, store, "figure-drift") if v.status is Status.WARN]
    assert warned, "over 4,000 and about 2,500, two days apart, cannot both hold"
    assert warned[0].data["days"] == 2
    assert "About 2,500" in warned[0].summary and "altered-tass.txt" in warned[0].summary


def test_another_speakers_figure_is_not_drift(store: ClaimStore, seed_path: Path) -> None:
    # altered: the TASS 2015 article with the speaker renamed, so the 2,719 is someone else's
    text = (
        TASS_2015.read_text(encoding="utf-8")
        .replace("Oleg Syromolotov", "Sergei Ryabkov")
        .replace("Syromolotov said", "Ryabkov said")
    )
    other = factcheck.check_text(text, path="altered-2015.txt")
    assert {s.name for s in other.speakers} == {"Sergei Ryabkov"}
    store.add_report(other)
    assert history_of(factcheck.check(seed_path), store, "figure-drift") == []


# --------------------------------------------------------------------------- misattribution


def test_same_quote_given_to_another_speaker_is_a_warning(store: ClaimStore, seed_path: Path) -> None:
    store.add_report(factcheck.check(seed_path))
    report = factcheck.check_text(MISATTRIBUTED, path="altered-zakharova.txt")
    [warning] = history_of(report, store, "misattribution")
    assert warning.status is Status.WARN
    assert "Maria Zakharova" in warning.summary and "Oleg Syromolotov" in warning.summary
    assert report.words(warning.evidence[0]).startswith("Russian law enforcement agencies")


def test_words_quoted_inside_reported_speech_are_kept_for_misattribution(store: ClaimStore) -> None:
    # the first article quotes a few words inside its paraphrase; the second gives them to another
    first = (
        "Border plan\n\nSen. Maria Cole said on Tuesday that her rival had “no plan at all for the "
        "southern border or the ports” and would lose the state.\n"
    )
    second = (
        "Debate\n\n“No plan at all for the southern border or the ports,” Gov. Tim Walz said on "
        "Wednesday at a rally in the capital.\n"
    )
    store.add_report(factcheck.check_text(first, path="cole.txt"))
    [warning] = history_of(factcheck.check_text(second, path="walz.txt"), store, "misattribution")
    assert "Maria Cole" in warning.summary and "Tim Walz" in warning.summary


def test_same_speaker_or_different_words_is_not_misattribution(store: ClaimStore, seed_path: Path) -> None:
    store.add_report(factcheck.check(seed_path))
    # TASS quotes the same sentence in its own translation, to the same speaker
    assert history_of(factcheck.check(TASS_2018), store, "misattribution") == []
    assert history_of(factcheck.check(TASS_2015), store, "misattribution") == []


# --------------------------------------------------------------------------- already reviewed


def test_claim_matching_an_imported_review_is_reported(store: ClaimStore, seed_path: Path) -> None:
    store.import_claimreview(json.loads(GRAPH_REVIEW.read_text(encoding="utf-8")))
    found = history_of(factcheck.check(seed_path), store, "already-reviewed")
    assert len(found) == 1
    assert found[0].status is Status.INFO
    assert found[0].summary == (
        "already reviewed by Example Fact Check as Unproven: "
        "https://factcheck.example.org/2018/05/russians-fighting-in-syria"
    )


def test_no_review_no_verdict(store: ClaimStore, seed_path: Path) -> None:
    example = json.loads((FIXTURES / "claimreview-schemaorg-example.json").read_text(encoding="utf-8"))
    store.import_claimreview(example)
    assert history_of(factcheck.check(seed_path), store, "already-reviewed") == []


# --------------------------------------------------------------------------- the hook and its runner


def test_track_add_runs_history_before_storing(
    store: ClaimStore, pm: FactcheckPluginManager, seed_path: Path
) -> None:
    track_add(TASS_2015, store, pm)
    tracked = track_add(seed_path, store, pm)
    assert tracked.history and all(v.checker == "figure-drift" for v in tracked.history)
    stored = store._conn.execute("SELECT count(*) FROM verdicts WHERE checker = 'figure-drift'").fetchone()[0]
    assert stored == len(tracked.history)
    again = track_add(seed_path, store, pm)
    assert not again.result.added and again.history == ()


class _Raising:
    __name__ = "raising_history"

    @factcheck.hookimpl
    def factcheck_history_check(self, report: Report, store: Any) -> Sequence[Verdict] | None:
        raise RuntimeError("no history today")


def test_a_raising_history_plugin_becomes_an_error_verdict(store: ClaimStore, seed_path: Path) -> None:
    store.add_report(factcheck.check(TASS_2015))
    pm = get_plugin_manager(extra=[_Raising()])
    verdicts = run_history_hooks(factcheck.check(seed_path), store, pm)
    errors = [v for v in verdicts if v.status is Status.ERROR]
    assert [v.checker for v in errors] == ["raising_history"]
    assert "RuntimeError: no history today" in errors[0].summary
    assert any(v.checker == "figure-drift" for v in verdicts), "the built-in checks still ran"


def test_disable_drops_a_history_check(store: ClaimStore, seed_path: Path) -> None:
    store.add_report(factcheck.check(TASS_2015))
    pm = get_plugin_manager(disable=["figure-drift"])
    assert run_history_hooks(factcheck.check(seed_path), store, pm) == []


def test_the_plain_checkers_hook_gives_none() -> None:
    assert history.factcheck_checkers() == []
