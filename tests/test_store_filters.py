"""The quote index's level filters (factcheck.store.key_filter, schema 8): every key of a level is
let through by its filter, whatever merges, rebuilds, failures and crashes came before; searches
find what they find without filters; a store of schema 7 gets its filters when opened; a search of
fewer words than a run still finds its quotes without the index of quotes by length.

Articles: the seed and tests/fixtures/store-*.txt (from real TASS reports), and news reports written
for the tests.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from test_store_index import undo_version_8
from test_store_staging import _answers, _levels, _questions, _reports, _small_levels

import factcheck
from factcheck.store import MIGRATIONS, ClaimStore
from factcheck.store.key_filter import MIN_BITS, KeyFilter, filter_bits
from factcheck.store.keys import fold, quote_keys
from factcheck.store.staging import INDEX_LEVELS

#: Quotes no test article holds, for the keys a filter should turn away.
UNSEEN = [
    "The harbour authority will open the new ferry terminal to passengers in the first week of June",
    "Nobody on the committee had read the auditors' letter before the vote was taken on Thursday",
    "We expect the bridge repairs to close the northbound lanes for at least three more weekends",
]


def _filters(store: ClaimStore) -> dict[str, tuple[int, KeyFilter]]:
    """Each level's stored filter, read from the file: (rows it counts, filter)."""
    return {
        str(level): (int(rows), KeyFilter.stored(bytes(bits)))
        for level, rows, bits in store._conn.execute("SELECT level, rows, bits FROM quote_key_filters")
    }


def _assert_filters_hold_their_levels(store: ClaimStore) -> None:
    filters = _filters(store)
    assert set(filters) == set(INDEX_LEVELS)
    for level in INDEX_LEVELS:
        rows, held = filters[level]
        keys = [int(row[0]) for row in store._conn.execute(f"SELECT key FROM {level}")]
        assert all(held.may_hold(key) for key in keys), level
        assert rows >= len(keys)


def test_every_key_of_a_level_passes_its_filter_as_keys_go_down_the_levels(
    tmp_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports = _reports(seed_path)
    seen = [0] * len(INDEX_LEVELS)
    with monkeypatch.context() as patch, ClaimStore(tmp_path / "levels.sqlite") as store:
        _small_levels(patch)
        for report in reports:
            store.add_report(report)
            _assert_filters_hold_their_levels(store)
            seen = [max(pair) for pair in zip(seen, _levels(store), strict=False)]
        assert all(seen), seen  # each level held keys at some point
        # the filters turn away most runs of quotes the store does not hold
        unseen = [key for text in UNSEEN for key in quote_keys(fold(text))]
        for level, (_rows, held) in _filters(store).items():
            let_through = sum(held.may_hold(key) for key in unseen)
            assert let_through <= len(unseen) // 4, (level, let_through, len(unseen))


def test_filters_built_again_larger_still_hold_every_key(
    tmp_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch, ClaimStore(tmp_path / "rebuilt.sqlite") as store:
        _small_levels(patch)
        patch.setattr("factcheck.store.staging.REBUILD_BELOW", 10**9)  # every merge builds again
        for report in _reports(seed_path):
            store.add_report(report)
            _assert_filters_hold_their_levels(store)
            for level, (rows, held) in _filters(store).items():
                count = _levels(store)[INDEX_LEVELS.index(level)]
                if rows:  # built from the level: its rows counted, its size from them
                    assert rows == count and held.bits == filter_bits(count)


def test_filtered_searches_find_what_unfiltered_ones_find(
    tmp_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports = _reports(seed_path)
    questions = _questions(reports) + UNSEEN
    with monkeypatch.context() as patch, ClaimStore(tmp_path / "levels.sqlite") as store:
        _small_levels(patch)
        for report in reports:
            store.add_report(report)
        filtered = _answers(store, questions)
        assert sum(map(len, filtered)) > len(questions) // 2
        assert sum(_levels(store)[:-1]) > 0  # keys in the levels, not only staged
        patch.setattr("factcheck.store.staging.StagedKeys._level_filters", lambda self: {})
        store._held = None
        assert _answers(store, questions) == filtered


def test_a_merge_whose_filter_cannot_be_written_leaves_level_and_filter_as_they_were(
    tmp_path: Path, seed_path: Path
) -> None:
    reports = _reports(seed_path)
    questions = _questions(reports)
    with ClaimStore(tmp_path / "failing.sqlite") as store:
        for report in reports:
            store.add_report(report)
        before, filters, answers = _levels(store), _filters(store), _answers(store, questions)
        assert before[0] == 0 and before[-1] > 0  # every key staged
        store._conn.execute(
            "CREATE TEMP TRIGGER no_filter BEFORE INSERT ON quote_key_filters"
            " BEGIN SELECT RAISE(ABORT, 'disk'); END"
        )
        with pytest.raises(sqlite3.DatabaseError, match="disk"):
            store.merge_quote_keys()
        assert _levels(store) == before
        assert {k: (r, bytes(f.data)) for k, (r, f) in _filters(store).items()} == {
            k: (r, bytes(f.data)) for k, (r, f) in filters.items()
        }
        assert _answers(store, questions) == answers
        store._conn.execute("DROP TRIGGER temp.no_filter")
        assert store.merge_quote_keys() == before[-1]
        _assert_filters_hold_their_levels(store)
        assert _answers(store, questions) == answers


CRASH_BEFORE_THE_FILTER = (
    "import os, sys, factcheck\n"
    "import factcheck.store.staging as staging\n"
    "from factcheck.store import ClaimStore\n"
    "staging.STAGED_ROWS = 0\n"
    "def die(self, conn, level, source):\n"
    "    os._exit(0)  # the keys are in the level, its filter not yet written, nothing committed\n"
    "staging.StagedKeys._add_to_filter = die\n"
    "store = ClaimStore(sys.argv[1])\n"
    "for p in sys.argv[2:]:\n"
    "    store.add_report(factcheck.check(p))\n"
)


def test_a_crash_before_the_filter_is_written_loses_no_key(tmp_path: Path, seed_path: Path) -> None:
    path = tmp_path / "crashed.sqlite"
    subprocess.run(
        [sys.executable, "-c", CRASH_BEFORE_THE_FILTER, str(path), str(seed_path)], check=True, timeout=120
    )
    reports = _reports(seed_path)
    with ClaimStore(tmp_path / "whole.sqlite") as whole:
        whole.add_report(reports[0])
        expected = _answers(whole, _questions(reports[:1]))
    with ClaimStore(path) as store:
        levels = _levels(store)
        assert levels[:-1] == [0, 0, 0] and levels[-1] > 0  # still staged: the merge went back
        _assert_filters_hold_their_levels(store)
        assert _answers(store, _questions(reports[:1])) == expected
        store.merge_quote_keys()
        _assert_filters_hold_their_levels(store)
        assert _answers(store, _questions(reports[:1])) == expected


def test_a_version_7_store_gets_its_filters_and_loses_the_length_index(
    tmp_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports = _reports(seed_path)
    questions = _questions(reports)
    path = tmp_path / "v7.sqlite"
    with monkeypatch.context() as patch, ClaimStore(path) as store:
        _small_levels(patch)
        for report in reports:
            store.add_report(report)
        levels, answers = _levels(store), _answers(store, questions)
    assert sum(levels[:-1]) > 0
    conn = sqlite3.connect(path)
    undo_version_8(conn)
    conn.commit()
    conn.close()
    with ClaimStore(path) as store:
        assert store.version == len(MIGRATIONS) == 8
        assert _levels(store) == levels
        _assert_filters_hold_their_levels(store)
        for level, (rows, held) in _filters(store).items():
            count = _levels(store)[INDEX_LEVELS.index(level)]
            assert rows == count and held.bits == filter_bits(count) >= MIN_BITS
        indexes = {
            row[0] for row in store._conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        assert "quotes_length" not in indexes
        assert _answers(store, questions) == answers


def test_a_search_of_two_words_still_finds_quotes_of_its_length(tmp_path: Path) -> None:
    with ClaimStore(tmp_path / "short.sqlite") as store:
        for n, (words, who) in enumerate(
            [("It is a disgrace", "Ana Ruiz"), ("It is all a scandal", "Tom Beck")], 1
        ):
            text = f"May {n}, 2023\n\nCouncil row\n\n“{words},” councillor {who} said of the report.\n"
            store.add_report(factcheck.check_text(text, path=f"row-{n}.txt"))
        # fewer words than a run: every stored quote of a length that can reach the score is read
        found = store.similar_quotes("a disgrace", min_score=60)
        assert [(row.speaker, row.text) for row in found] == [("Ana Ruiz", "It is a disgrace,")]
        assert [row.speaker for row in store.similar_quotes("a scandal", min_score=60)] == ["Tom Beck"]
