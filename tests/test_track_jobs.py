"""``factcheck track add --jobs N``: articles checked in worker processes, the history checks and
the writes in the command's process, in input order: the same store, output and messages as one
process.

Articles: the seed (RT, 12 May 2018), tests/fixtures/store-*.txt (TASS, 19 Nov 2015 and 10 May
2018; their figures give a history verdict) and public polnear/dev articles.
"""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path
from typing import Any

from factcheck.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TASS_2015 = FIXTURES / "store-tass-2015-11-19-syromolotov.txt"
TASS_2018 = FIXTURES / "store-tass-2018-05-10-syromolotov.txt"

#: Columns that hold the time of the write, which differs from run to run.
TIMES = {"added"}


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out, err)
    return status, out.getvalue(), err.getvalue()


def rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the store, in the order written (rowid), times left out."""
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        found: dict[str, list[tuple[Any, ...]]] = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in TIMES]
            listed = ", ".join(columns)
            try:
                found[table] = conn.execute(f"SELECT {listed} FROM {table} ORDER BY rowid").fetchall()
            except sqlite3.OperationalError:  # a table without rowid: its key order
                found[table] = conn.execute(f"SELECT {listed} FROM {table}").fetchall()
        return found
    finally:
        conn.close()


def _articles(benchmarks: Path, seed_path: Path) -> list[str]:
    dev = sorted((benchmarks / "polnear" / "dev").glob("*.txt"))[:6]
    # the 2015 TASS story first, so the later ones are judged against it; one file twice
    return [str(p) for p in (TASS_2015, *dev[:3], seed_path, TASS_2018, *dev[3:], TASS_2015)]


def test_the_store_holds_the_same_rows_with_one_and_two_jobs(
    tmp_path: Path, benchmarks: Path, seed_path: Path
) -> None:
    articles = _articles(benchmarks, seed_path)
    one, two = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    first = run("track", "add", "--jobs", "1", "--db", str(one), *articles)
    second = run("track", "add", "--jobs", "2", "--db", str(two), *articles)
    assert first == second
    status, out, _ = first
    assert status in (0, 1)
    assert "figure-drift" in out  # a history verdict, found against an article stored before
    assert out.splitlines()[-1].endswith("nothing added")
    stored = rows(one)
    assert len(stored["documents"]) == len(articles) - 1
    assert stored["verdicts"] and stored["quotes"]
    assert stored == rows(two)


def test_json_output_and_problems_are_the_same_with_workers(tmp_path: Path, seed_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Le ministre a déclaré : « 40 personnes sont venues. »\n".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    articles = [str(TASS_2015), str(missing), str(latin), str(seed_path)]
    outputs = []
    for jobs in ("1", "2"):
        db = tmp_path / f"store-{jobs}.sqlite"
        outputs.append(run("track", "add", "--jobs", jobs, "--format", "json", "--db", str(db), *articles))
    assert outputs[0] == outputs[1]
    status, out, err = outputs[0]
    assert status == 2  # the missing file
    assert len(out.splitlines()) == 3
    assert str(missing) in err and "warning" in err
