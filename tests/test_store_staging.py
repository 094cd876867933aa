"""The quote index's staged keys (factcheck.store.staging): new keys are appended to a staging table
and merged into the index in batches; searches read both and find what a store with every key
merged finds, through a crash after staging, a merge that fails half way, a read-only opening and
another connection's writes.

Articles: the seed and tests/fixtures/store-*.txt (from real TASS reports), and news reports written
for the tests.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from test_store_index import TASS_2015, TASS_2018, keys_of_stored_quotes

import factcheck
from factcheck.model import Report
from factcheck.store import ClaimStore

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


def _rows(store: ClaimStore) -> tuple[int, int]:
    """(merged, staged) rows of the quote index."""
    merged = store._conn.execute("SELECT count(*) FROM quote_keys").fetchone()[0]
    staged = store._conn.execute("SELECT count(*) FROM quote_keys_staged").fetchone()[0]
    return int(merged), int(staged)


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
