"""The quote index's staged keys and levels (factcheck.store.staging): new keys are appended to a
staging table and merged into the index level by level in batches; searches read every level and
find what a store with every key merged finds, through a crash after staging, a crash between two
merges and inside one, a merge that fails half way, a read-only opening and another connection's
writes.

Articles: the seed and tests/fixtures/store-*.txt (from real TASS reports), and news reports written
for the tests.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from test_store_index import KEY_TABLES, TASS_2015, TASS_2018, keys_of_stored_quotes, undo_version_7

import factcheck
from factcheck.model import Report
from factcheck.store import MIGRATIONS, ClaimStore
from factcheck.store.staging import INDEX_LEVELS

COUNCIL = (
    "May {n}, 2023\n\nCouncil meeting\n\n“We will repair the sea wall at {place} before the winter storms "
    "arrive, whatever the cost turns out to be,” councillor {who} said on Tuesday.\n"
)


def _reports(seed_path: Path) -> list[Report]:
    reports = [factcheck.check(path) for path in (seed_path, TASS_2015, TASS_2018)]
    for n, (place, who) in enumerate([("Harbour Street", "Ana Ruiz"), ("Church Bay", "Tom Beck")], 1):
        text = COUNCIL.format(n=n, place=place, who=who)
        reports.append(factcheck.check_text(text, path=f"council-{n}.txt"))
    return reports


def _questions(reports: list[Report]) -> list[str]:
    """Every quote of six words or more, and each with its last word left out."""
    quotes = [r.words(q.span) for r in reports for q in r.quotes if len(r.words(q.span).split()) >= 6]
    return quotes + [" ".join(q.split()[:-1]) for q in quotes]


def _answers(store: ClaimStore, questions: list[str]) -> list[list[tuple[str, str, float]]]:
    return [[(r.document, r.quote, r.score) for r in store.similar_quotes(q, limit=100)] for q in questions]


def _levels(store: ClaimStore) -> list[int]:
    """Rows of each level of the quote index, newest first, then the staged rows."""
    return [int(store._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]) for table in KEY_TABLES]


def _rows(store: ClaimStore) -> tuple[int, int]:
    """(merged, staged) rows of the quote index: in any of its levels, and staged."""
    *levels, staged = _levels(store)
    return sum(levels), staged


def _distinct_rows(store: ClaimStore) -> int:
    """Distinct (key, length, quote) rows over every level and the staged keys: a key held by two
    tables at once is counted once."""
    union = " UNION ".join(f"SELECT key, length, quote FROM {table}" for table in KEY_TABLES)
    return int(store._conn.execute(f"SELECT count(*) FROM ({union})").fetchone()[0])


@pytest.fixture
def merged(tmp_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch) -> ClaimStore:
    """A store of the reports whose keys were merged after every document."""
    with monkeypatch.context() as patch:
        patch.setattr("factcheck.store.staging.STAGED_ROWS", 0)
        store = ClaimStore(tmp_path / "merged.sqlite")
        for report in _reports(seed_path):
            store.add_report(report)
    return store


def test_staged_keys_are_found_as_merged_keys_are(
    tmp_path: Path, seed_path: Path, merged: ClaimStore
) -> None:
    reports = _reports(seed_path)
    questions = _questions(reports)
    expected = _answers(merged, questions)
    assert _rows(merged)[1] == 0 and sum(map(len, expected)) > len(questions) // 2
    with ClaimStore(tmp_path / "staged.sqlite") as store:
        for report in reports:
            store.add_report(report)
        assert _rows(store) == (0, keys_of_stored_quotes(store)) == (0, _rows(merged)[0])
        assert _answers(store, questions) == expected
        assert store.merge_quote_keys() == _rows(merged)[0]
        assert _rows(store) == _rows(merged)
        assert _answers(store, questions) == expected
    merged.close()


def test_a_crash_after_staging_loses_no_key(tmp_path: Path, seed_path: Path, merged: ClaimStore) -> None:
    path = tmp_path / "crashed.sqlite"
    paths = [str(p) for p in (seed_path, TASS_2015, TASS_2018)]
    # a process that adds documents and dies without closing the store (the WAL left as it is)
    script = (
        "import os, sys, factcheck\n"
        "from factcheck.store import ClaimStore\n"
        "store = ClaimStore(sys.argv[1])\n"
        "for p in sys.argv[2:]:\n"
        "    store.add_report(factcheck.check(p))\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path), *paths], check=True, timeout=120)
    reports = _reports(seed_path)
    questions = _questions(reports[:3])
    with ClaimStore(path) as store:
        assert _rows(store) == (0, keys_of_stored_quotes(store)) and keys_of_stored_quotes(store) > 0
        for report in reports[3:]:
            store.add_report(report)
        assert _answers(store, questions) == _answers(merged, questions)
    merged.close()


def test_a_merge_that_fails_half_way_leaves_every_key_staged(
    tmp_path: Path, seed_path: Path, merged: ClaimStore
) -> None:
    reports = _reports(seed_path)
    questions = _questions(reports)
    with ClaimStore(tmp_path / "staged.sqlite") as store:
        for report in reports:
            store.add_report(report)
        before = _rows(store)
        # the keys are copied into the index, then emptying the staging table fails
        store._conn.execute(
            "CREATE TEMP TRIGGER no_delete BEFORE DELETE ON quote_keys_staged"
            " BEGIN SELECT RAISE(ABORT, 'disk'); END"
        )
        with pytest.raises(sqlite3.DatabaseError, match="disk"):
            store.merge_quote_keys()
        assert _rows(store) == before  # the copy went back with the failed transaction
        assert _answers(store, questions) == _answers(merged, questions)
        store._conn.execute("DROP TRIGGER temp.no_delete")
        assert store.merge_quote_keys() == before[1]
        assert _answers(store, questions) == _answers(merged, questions)
    merged.close()


def test_staged_keys_are_read_read_only_and_from_another_connection(
    tmp_path: Path, seed_path: Path, merged: ClaimStore
) -> None:
    reports = _reports(seed_path)
    questions = _questions(reports)
    path = tmp_path / "shared.sqlite"
    with ClaimStore(path) as writer, ClaimStore(path) as reader:
        writer.add_report(reports[0])
        first = _answers(reader, questions)  # the reader's copy of the staged keys is loaded
        for report in reports[1:]:
            writer.add_report(report)
        assert _answers(reader, questions) == _answers(merged, questions) != first
        writer.merge_quote_keys()
        assert _answers(reader, questions) == _answers(merged, questions)
        writer.add_report(factcheck.check_text(COUNCIL.format(n=3, place="Mill Lane", who="Lea Park")))
    with ClaimStore(path, read_only=True) as store:
        assert _rows(store)[1] > 0
        found = store.similar_quotes(
            "We will repair the sea wall at Mill Lane before the winter storms arrive, whatever the cost "
            "turns out to be"
        )
        assert [r.speaker for r in found][:1] == ["Lea Park"]
    merged.close()


def _small_levels(patch: pytest.MonkeyPatch) -> None:
    """Levels small enough for five articles: 40 staged rows, then 80 and 160 rows a level."""
    patch.setattr("factcheck.store.staging.STAGED_ROWS", 40)
    patch.setattr("factcheck.store.staging.LEVEL_GROWTH", 2)


def test_keys_go_down_the_levels_and_are_found_as_merged_keys_are(
    tmp_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports = _reports(seed_path)
    seen = [0] * len(KEY_TABLES)
    with (
        monkeypatch.context() as patch,
        ClaimStore(tmp_path / "levels.sqlite") as store,
        ClaimStore(tmp_path / "merged.sqlite") as flat,
    ):
        _small_levels(patch)
        for done, report in enumerate(reports, 1):
            store.add_report(report)
            with monkeypatch.context() as every:  # the same reports, every key merged at once
                every.setattr("factcheck.store.staging.STAGED_ROWS", 0)
                flat.add_report(report)
            seen = [max(pair) for pair in zip(seen, _levels(store), strict=True)]
            # every key in exactly one table, and the same answers as with every key merged
            assert sum(_levels(store)) == _distinct_rows(store) == keys_of_stored_quotes(store)
            questions = _questions(reports[:done])
            assert _answers(store, questions) == _answers(flat, questions)
        assert _levels(flat)[:-2] == [0, 0] and _levels(flat)[-1] == 0
    assert all(seen), seen  # each level held keys at some point


def test_a_version_6_store_keeps_its_keys_in_the_last_level(
    tmp_path: Path, seed_path: Path, merged: ClaimStore
) -> None:
    reports = _reports(seed_path)
    questions = _questions(reports)
    path = tmp_path / "v6.sqlite"
    with ClaimStore(path) as store:
        for report in reports[:3]:
            store.add_report(report)
        store.merge_quote_keys()
        for report in reports[3:]:
            store.add_report(report)
        before = _levels(store)
    conn = sqlite3.connect(path)
    undo_version_7(conn)
    conn.commit()
    conn.close()
    with ClaimStore(path) as store:
        assert store.version == len(MIGRATIONS) == 8
        assert _levels(store) == [0, 0, before[0], before[-1]] and before[-1] > 0
        assert _answers(store, questions) == _answers(merged, questions)
    merged.close()


CRASH_BETWEEN_MERGES = (
    "import os, sys, factcheck\n"
    "import factcheck.store.staging as staging\n"
    "from factcheck.store import ClaimStore\n"
    "staging.STAGED_ROWS = 0\n"
    "def die(self, level):\n"
    "    os._exit(0)  # the staged keys are merged into the first level; the next merge never starts\n"
    "staging.StagedKeys._merge_level = die\n"
    "store = ClaimStore(sys.argv[1])\n"
    "for p in sys.argv[2:]:\n"
    "    store.add_report(factcheck.check(p))\n"
)

CRASH_INSIDE_A_MERGE = (
    "import os, sys, factcheck\n"
    "import factcheck.store.staging as staging\n"
    "from factcheck.store import ClaimStore\n"
    "staging.STAGED_ROWS = 0\n"
    "def die(self, level):\n"
    "    self._conn.execute('BEGIN IMMEDIATE')\n"
    "    self._conn.execute(f'INSERT INTO {staging.INDEX_LEVELS[level + 1]} SELECT * FROM'\n"
    "                       f' {staging.INDEX_LEVELS[level]}')\n"
    "    os._exit(0)  # copied into the next level, not yet deleted from this one, not committed\n"
    "staging.StagedKeys._merge_level = die\n"
    "store = ClaimStore(sys.argv[1])\n"
    "for p in sys.argv[2:]:\n"
    "    store.add_report(factcheck.check(p))\n"
)


@pytest.mark.parametrize("script", [CRASH_BETWEEN_MERGES, CRASH_INSIDE_A_MERGE], ids=["between", "inside"])
def test_a_crash_between_or_inside_level_merges_loses_no_key(
    tmp_path: Path, seed_path: Path, merged: ClaimStore, script: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "crashed.sqlite"
    subprocess.run([sys.executable, "-c", script, str(path), str(seed_path)], check=True, timeout=120)
    reports = _reports(seed_path)
    with ClaimStore(path) as store:
        keys = keys_of_stored_quotes(store)
        assert keys > 0 and _levels(store) == [keys, 0, 0, 0]  # all in the first level, once
        assert _answers(store, _questions(reports[:1])) == _answers(merged, _questions(reports[:1]))
        with monkeypatch.context() as patch:
            patch.setattr("factcheck.store.staging.STAGED_ROWS", 0)
            for report in reports[1:]:
                store.add_report(report)  # the next merge takes the first level down too
        assert _levels(store) == [0, 0, keys_of_stored_quotes(store), 0]
        assert _answers(store, _questions(reports)) == _answers(merged, _questions(reports))
    merged.close()


def test_a_level_merge_that_fails_half_way_leaves_the_level_whole(
    tmp_path: Path, seed_path: Path, merged: ClaimStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports = _reports(seed_path)
    questions = _questions(reports)
    with ClaimStore(tmp_path / "levels.sqlite") as store:
        for report in reports:
            store.add_report(report)
        store.merge_quote_keys()
        before = _levels(store)
        assert before[0] > 0 and before[-1] == 0
        store._conn.execute(
            f"CREATE TEMP TRIGGER no_delete BEFORE DELETE ON {INDEX_LEVELS[0]}"
            " BEGIN SELECT RAISE(ABORT, 'disk'); END"
        )
        with monkeypatch.context() as patch:
            patch.setattr("factcheck.store.staging.STAGED_ROWS", 0)
            with pytest.raises(sqlite3.DatabaseError, match="disk"):
                store._merge_levels()
            assert _levels(store) == before
            assert _answers(store, questions) == _answers(merged, questions)
            store._conn.execute("DROP TRIGGER temp.no_delete")
            store._merge_levels()
        assert _levels(store) == [0, 0, before[0], 0]
        assert _answers(store, questions) == _answers(merged, questions)
    merged.close()
