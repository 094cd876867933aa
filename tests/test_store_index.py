"""The claim store's indexes for the history checks: the quote index (runs of three folded words)
behind ``similar_quotes``, its migration into an older store, its upkeep on removal, figures by
speaker and subject, batched adds, and the store's own sentence rules.

Articles: the seed, tests/fixtures/store-*.txt (from real TASS reports) and the public
news-attribution set (read through the ``benchmarks`` fixture).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from rapidfuzz import fuzz

import factcheck
from factcheck.model import Report
from factcheck.store import MIGRATIONS, ClaimStore, FigureRow, QuoteRow, StoreError, quote_keys, subject_key
from factcheck.store.keys import fold, stored_quote_keys
from factcheck.store.staging import INDEX_LEVELS
from factcheck.track import track_add

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TASS_2015 = FIXTURES / "store-tass-2015-11-19-syromolotov.txt"
TASS_2018 = FIXTURES / "store-tass-2018-05-10-syromolotov.txt"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ClaimStore]:
    with ClaimStore(tmp_path / "claims.sqlite") as opened:
        yield opened


@pytest.fixture(scope="module")
def news(benchmarks: Path) -> list[Report]:
    return [factcheck.check(path) for path in sorted((benchmarks / "news-attribution").glob("*.txt"))]


def scanned(store: ClaimStore, text: str, min_score: float = 90.0) -> list[tuple[str, str, float]]:
    """What the index should find: every stored quote scored against ``text``, no index."""
    folded = fold(text)
    found = []
    for document, quote, words in store._conn.execute("SELECT document, id, folded FROM quotes"):
        score = fuzz.ratio(folded, words)
        if score >= min_score:
            found.append((document, quote, score))
    return sorted(found, key=lambda f: -f[2])


def keyed(rows: list[QuoteRow]) -> list[tuple[str, str, float]]:
    return [(r.document, r.quote, r.score) for r in rows]


KEY_TABLES = (*INDEX_LEVELS, "quote_keys_staged")
"""Every table of the quote index: its levels and the staged keys (factcheck.store.staging)."""


def index_rows(store: ClaimStore) -> int:
    """Rows of the quote index: in its levels and staged (factcheck.store.staging)."""
    sql = "SELECT " + " + ".join(f"(SELECT count(*) FROM {table})" for table in KEY_TABLES)
    return int(store._conn.execute(sql).fetchone()[0])


def keys_of_stored_quotes(store: ClaimStore) -> int:
    return sum(len(stored_quote_keys(row[0])) for row in store._conn.execute("SELECT folded FROM quotes"))


def test_quote_keys_are_runs_of_three_words_the_same_in_every_process() -> None:
    words = "over 4 000 russian citizens who have left our country"
    keys = quote_keys(words)
    assert len(keys) == len(words.split()) - 2
    assert keys == quote_keys(fold("Over 4,000 Russian citizens who have left our country."))
    assert quote_keys("who have left") == [keys[5]]  # a run of the quote is a key of it
    assert len(quote_keys("left our")) == 1 and quote_keys("") == []
    assert all(-(2**63) <= key < 2**63 for key in keys)
    # not Python's salted string hash: another process, another seed, the same keys
    script = f"from factcheck.store import quote_keys; print(quote_keys({words!r}))"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    other = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    assert other.stdout.strip() == str(keys)


def test_the_same_quote_given_to_another_speaker_is_found_through_the_index(store: ClaimStore) -> None:
    first = factcheck.check_text(
        "March 3, 2024\n\nThe bridge will reopen\n\n“We expect the bridge to carry traffic again before the "
        "end of the summer,” transport minister Karen Holt told reporters on Monday.\n",
        path="holt.txt",
    )
    store.add_report(first)
    quote = "We expect the bridge to carry traffic again before the end of summer"
    [row] = store.similar_quotes(quote)
    assert row.speaker == "Karen Holt" and row.score >= 90
    assert keyed([row]) == scanned(store, quote)
    assert store.similar_quotes("The bridge will stay closed until the council votes on the budget") == []


@pytest.mark.benchmark_data
def test_the_index_finds_what_a_scan_of_every_quote_finds(news: list[Report], tmp_path: Path) -> None:
    with ClaimStore(tmp_path / "claims.sqlite") as store:
        for report in news:
            store.add_report(report)
        assert index_rows(store) == keys_of_stored_quotes(store)
        asked = 0
        for report in news:
            for quote in report.quotes:
                words = report.words(quote.span)
                if len(words.split()) < 6:
                    continue
                asked += 1
                found = keyed(store.similar_quotes(words, limit=1000))
                assert sorted(found) == sorted(scanned(store, words)), words
        assert asked > 100
        # a quote with a few words changed is still found; one of other words is not
        report = next(r for r in news if any(len(r.words(q.span).split()) >= 12 for q in r.quotes))
        quote = next(r for r in (report.words(q.span) for q in report.quotes) if len(r.split()) >= 12)
        changed = quote.replace(" the ", " a ", 1) if " the " in quote else quote[:-3]
        assert any(r.document == report.document.id for r in store.similar_quotes(changed, min_score=85))


def test_a_stock_phrase_is_not_looked_up_but_the_quote_is_still_found(
    store: ClaimStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("factcheck.store.search.COMMON_RUN", 2)
    plans = [
        "repair the sea wall before the winter storms arrive",
        "rebuild the covered market hall on Church Street",
        "open two more ferry routes to the northern islands",
    ]
    for number, (who, plan) in enumerate(zip(["Ana Ruiz", "Tom Beck", "Lea Park"], plans, strict=True), 1):
        store.add_report(
            factcheck.check_text(
                f"May {number}, 2023\n\nCouncil meeting\n\n“At the end of the day we will vote on "
                f"the plan to {plan},” councillor {who} said.\n",
                path=f"council-{number}.txt",
            )
        )
    stock = quote_keys("at the end of the day we will vote on the plan to")
    sql = "SELECT " + " + ".join(f"(SELECT count(*) FROM {table} WHERE key = ?1)" for table in KEY_TABLES)
    held = [store._conn.execute(sql, (key,)).fetchone()[0] for key in stock]
    assert max(held) == 3  # in every quote: more than COMMON_RUN, not looked up
    assert store.similar_quotes("at the end of the day we will vote on the plan to") == []
    [row] = store.similar_quotes(f"At the end of the day we will vote on the plan to {plans[1]}")
    assert row.speaker == "Tom Beck"


def test_removing_a_document_removes_its_quote_keys(store: ClaimStore, seed_path: Path) -> None:
    reports = [factcheck.check(path) for path in (seed_path, TASS_2015, TASS_2018)]
    for report in reports:
        store.add_report(report)
    before = index_rows(store)
    store.remove_documents([reports[0].document.id])
    assert index_rows(store) == keys_of_stored_quotes(store) < before
    gone = store._conn.execute(
        "SELECT count(*) FROM ("
        + " UNION ALL ".join(f"SELECT quote FROM {table}" for table in KEY_TABLES)
        + ") WHERE quote NOT IN (SELECT number FROM quotes)"
    ).fetchone()[0]
    assert gone == 0
    assert store.similar_quotes(reports[0].words(reports[0].quotes[0].span)) == [] or all(
        row.document != reports[0].document.id
        for row in store.similar_quotes(reports[0].words(reports[0].quotes[0].span))
    )


def test_a_version_3_store_gets_the_quote_index(tmp_path: Path, seed_path: Path) -> None:
    path = tmp_path / "claims.sqlite"
    reports = [factcheck.check(p) for p in (seed_path, TASS_2015, TASS_2018)]
    with ClaimStore(path) as store:
        for report in reports:
            store.add_report(report)
        quote = reports[0].words(reports[0].quotes[0].span)
        expected = keyed(store.similar_quotes(quote))
        keys = index_rows(store)
    conn = sqlite3.connect(path)  # back to version 3, as the factcheck before the index left it
    undo_version_5(conn)
    conn.execute("DROP TABLE quote_keys")
    conn.execute("DROP INDEX figures_speaker_unit")
    conn.execute("DROP INDEX sources_origin")
    conn.execute("DROP INDEX documents_previous")
    conn.execute("CREATE INDEX figures_speaker ON figures(speaker)")
    conn.execute("CREATE INDEX sources_name ON sources(name_key)")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="schema version 3 and opened read-only; run 'factcheck track add'"):
        ClaimStore(path, read_only=True)  # a listing does not write: it says how to upgrade
    with ClaimStore(path) as store:
        assert store.version == len(MIGRATIONS) == 8
        assert index_rows(store) == keys == keys_of_stored_quotes(store)
        assert keyed(store.similar_quotes(quote)) == expected and expected


def test_figure_history_by_speaker(store: ClaimStore, seed_path: Path) -> None:
    for path in (TASS_2015, TASS_2018):
        store.add_report(factcheck.check(path))
    seed = factcheck.check(seed_path)
    speaker = next(s for s in seed.speakers if s.name == "Oleg Syromolotov")
    sid = store.match_speaker(speaker)
    assert sid is not None
    rows = store.figure_history("Russian citizens", speakers=[sid])
    every = store.history(subject="Russian citizens")
    assert rows and {(r.document, r.figure) for r in rows} == {
        (r.document, r.figure)
        for r in every
        if r.speaker_id == sid and r.unit and subject_key(r.unit) == subject_key("Russian citizens")
    }
    assert [r.published for r in rows] == sorted(r.published or "" for r in rows)
    assert store.figure_history("Russian citizens") == []
    assert store.figure_history("Russian citizens", speakers=[sid], exclude_document=rows[0].document) == [
        r for r in rows if r.document != rows[0].document
    ]


def test_add_reports_stores_a_batch_as_add_report_does_one_by_one(tmp_path: Path, seed_path: Path) -> None:
    reports = [factcheck.check(p) for p in (seed_path, TASS_2015, TASS_2018, seed_path)]
    with ClaimStore(tmp_path / "one.sqlite") as one, ClaimStore(tmp_path / "batch.sqlite") as batch:
        singly = [one.add_report(r) for r in reports]
        together = batch.add_reports(reports, batch=2)
        assert together == singly and [r.added for r in together] == [True, True, True, False]
        for table in (
            "documents",
            "quotes",
            *KEY_TABLES,
            "figures",
            "claims",
            "verdicts",
            "speakers",
        ):
            assert batch.count(table) == one.count(table), table


def undo_version_8(conn: sqlite3.Connection) -> None:
    """Take a store back to schema version 7, as factcheck left it before the levels had filters:
    no filters, an index of quotes by length."""
    conn.execute("DROP TABLE quote_key_filters")
    conn.execute("CREATE INDEX quotes_length ON quotes(length(folded))")
    conn.execute("PRAGMA user_version = 7")


def undo_version_7(conn: sqlite3.Connection) -> None:
    """Take a store back to schema version 6, as factcheck left it before the index had levels:
    every merged key in quote_keys."""
    undo_version_8(conn)
    for level in INDEX_LEVELS[:-1]:
        conn.execute(f"INSERT OR IGNORE INTO quote_keys SELECT key, length, quote FROM {level}")
        conn.execute(f"DROP TABLE {level}")
    conn.execute("PRAGMA user_version = 6")


def undo_version_6(conn: sqlite3.Connection) -> None:
    """Take a store back to schema version 5, as factcheck left it before keys were staged: every
    key in the index."""
    undo_version_7(conn)
    conn.execute("INSERT OR IGNORE INTO quote_keys SELECT key, length, quote FROM quote_keys_staged")
    conn.execute("DROP TABLE quote_keys_staged")
    conn.execute("PRAGMA user_version = 5")


def undo_version_5(conn: sqlite3.Connection) -> None:
    """Take a store back to schema version 4, as factcheck left it before the smaller quote index:
    quote keys by (key, document, quote) with a foreign key, no quote numbers, no origin_figures."""
    undo_version_6(conn)
    rows = conn.execute("SELECT document, id, folded FROM quotes").fetchall()
    conn.execute("DROP TABLE quote_keys")
    conn.execute("DROP TABLE origin_figures")
    conn.execute("DROP INDEX speaker_roles_document")
    conn.execute("DROP INDEX sources_via")
    conn.execute("DROP INDEX quotes_number")
    conn.execute("ALTER TABLE quotes DROP COLUMN number")
    conn.execute(
        "CREATE TABLE quote_keys (key INTEGER NOT NULL, document TEXT NOT NULL, quote TEXT NOT NULL,"
        " PRIMARY KEY (key, document, quote), FOREIGN KEY (document, quote) REFERENCES quotes(document, id))"
        " WITHOUT ROWID"
    )
    conn.executemany(
        "INSERT OR IGNORE INTO quote_keys VALUES (?, ?, ?)",
        [(key, document, quote) for document, quote, folded in rows for key in stored_quote_keys(folded)],
    )
    conn.execute("PRAGMA user_version = 4")


def bus_report(day: int, buses: int, month: str = "March") -> Report:
    """A short dated article: a minister gives a count of buses, citing the transit authority."""
    return factcheck.check_text(
        f"{month} {day}, 2024\n\nBus fleet grows\n\n\u201cThe city now runs {buses:,} electric buses,\u201d "
        "transport minister Karen Holt said on Monday, citing figures from the Transit Authority.\n",
        path=f"bus-{month}-{day}.txt",
    )


def test_a_version_4_store_gets_the_smaller_quote_index(tmp_path: Path, seed_path: Path) -> None:
    path = tmp_path / "claims.sqlite"
    reports = [factcheck.check(p) for p in (seed_path, TASS_2015, TASS_2018)]
    buses = [bus_report(day, 1200 + day) for day in (1, 2)]
    with ClaimStore(path) as store:
        for report in [*reports, *buses]:
            store.add_report(report)
        asked = [
            reports[0].words(q.span) for q in reports[0].quotes if len(reports[0].words(q.span).split()) > 5
        ]
        expected = [keyed(store.similar_quotes(quote)) for quote in asked]
        drift = store.figure_history("electric buses", origins=["Transit Authority"])
        keys = index_rows(store)
    assert any(expected) and len(drift) == 2
    conn = sqlite3.connect(path)
    undo_version_5(conn)
    conn.commit()
    conn.close()
    with ClaimStore(path) as store:
        assert store.version == len(MIGRATIONS) == 8
        assert index_rows(store) == keys == keys_of_stored_quotes(store)
        numbers = [row[0] for row in store._conn.execute("SELECT number FROM quotes")]
        assert None not in numbers and len(set(numbers)) == len(numbers) == store.count("quotes")
        assert [keyed(store.similar_quotes(quote)) for quote in asked] == expected
        assert store.figure_history("electric buses", origins=["Transit Authority"]) == drift
        # what the migration filled is what a write keeps up to date
        origin_rows = store.count("origin_figures")
        store.remove_documents([buses[0].document.id])
        assert store.count("origin_figures") == origin_rows - 1
        store.add_report(bus_report(3, 1203))
        assert store.count("origin_figures") == origin_rows
        assert len(store.figure_history("electric buses", origins=["Transit Authority"])) == 2
        later = store.similar_quotes(asked[0])
        assert keyed(later) == expected[0]


def test_figure_history_keeps_the_figures_nearest_in_date(
    store: ClaimStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("factcheck.store.queries.HISTORY_LIMIT", 3)
    days = [1, 5, 9, 13, 17, 21, 25]
    for day in days:
        store.add_report(bus_report(day, 1000 + day))
    holt = bus_report(15, 2000, month="April")  # only its speaker is used: not stored
    sid = store.match_speaker(holt.speakers[0])
    assert sid is not None
    every = store.history(subject="electric buses")
    assert len(every) == len(days)

    def dates(rows: list[FigureRow]) -> list[str]:
        return [row.published or "" for row in rows]

    # the three nearest to March 12 (13, 9, 17 days away 1, 3, 5), returned oldest first as always
    near = store.figure_history("electric buses", speakers=[sid], near="2024-03-12")
    assert dates(near) == ["2024-03-09", "2024-03-13", "2024-03-17"]
    # March 11: 5 and 17 are both six days away; the earlier is kept
    near = store.figure_history("electric buses", speakers=[sid], near="2024-03-11")
    assert dates(near) == ["2024-03-05", "2024-03-09", "2024-03-13"]
    assert dates(store.figure_history("electric buses", speakers=[sid], near="2024-03-02")) == [
        "2024-03-01",
        "2024-03-05",
        "2024-03-09",
    ]
    # no date: the latest; by origin, the same cap
    assert dates(store.figure_history("electric buses", speakers=[sid])) == [
        "2024-03-17",
        "2024-03-21",
        "2024-03-25",
    ]
    by_origin = store.figure_history("electric buses", origins=["Transit Authority"], near="2024-03-24")
    assert dates(by_origin) == ["2024-03-17", "2024-03-21", "2024-03-25"]
    # a speaker and an origin each bring their own nearest, merged without repeats
    both = store.figure_history(
        "electric buses", speakers=[sid], origins=["transit authority"], near="2024-03-02"
    )
    assert dates(both) == ["2024-03-01", "2024-03-05", "2024-03-09"]
    first = store.figure_history("electric buses", speakers=[sid], near="2024-03-02")[0].document
    later = store.figure_history("electric buses", speakers=[sid], near="2024-03-02", exclude_document=first)
    assert dates(later) == ["2024-03-05", "2024-03-09", "2024-03-13"]  # the cap counts other documents


def stored_documents(path: Path) -> int:
    """The documents another connection sees: what is committed."""
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    finally:
        conn.close()


def test_a_batch_commits_every_size_documents_and_at_its_end(tmp_path: Path, seed_path: Path) -> None:
    path = tmp_path / "claims.sqlite"
    reports = [bus_report(day, 1200 + day) for day in (1, 2, 3, 4)]
    with ClaimStore(path) as store:
        with store.batched(3):
            for number, report in enumerate(reports, 1):
                assert store.add_report(report).added
                assert store.has_document(report.document.id)  # this store reads its own writes
                assert stored_documents(path) == (3 if number >= 3 else 0)
        assert stored_documents(path) == 4
        store.add_report(factcheck.check(seed_path))  # after the block, each write commits again
        assert stored_documents(path) == 5


def test_a_document_that_fails_in_a_batch_rolls_back_only_itself(tmp_path: Path) -> None:
    good = [bus_report(day, 1200 + day) for day in (1, 2, 3)]
    broken = bus_report(9, 1900)
    broken = attrs.evolve(broken, quotes=[broken.quotes[0], broken.quotes[0]])  # the same quote id twice
    with ClaimStore(tmp_path / "claims.sqlite") as store:
        with store.batched(10):
            store.add_report(good[0])
            with pytest.raises(StoreError, match="could not store"):
                store.add_report(broken)
            store.add_report(good[1])
            store.add_report(good[2])
        assert store.count("documents") == 3 and not store.has_document(broken.document.id)
        assert store.count("quotes") == sum(len(r.quotes) for r in good)
        assert store.count("figures") == sum(len(r.figures) for r in good)
    assert stored_documents(tmp_path / "claims.sqlite") == 3


@pytest.mark.benchmark_data
def test_track_add_in_batches_gives_the_same_history_and_rows(news: list[Report], tmp_path: Path) -> None:
    pm = factcheck.get_plugin_manager()
    with ClaimStore(tmp_path / "one.sqlite") as one, ClaimStore(tmp_path / "batch.sqlite") as batch:
        singly = [track_add(report, one, pm).history for report in news]
        with batch.batched(7):
            together = [track_add(report, batch, pm).history for report in news]
        assert together == singly
        for table in (
            "documents",
            "quotes",
            *KEY_TABLES,
            "figures",
            "origin_figures",
            "claims",
            "verdicts",
        ):
            assert batch.count(table) == one.count(table), table
