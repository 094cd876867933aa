"""The claim store: schema, idempotent adds, revisions, speaker merging, queries, ClaimReview, rollback.

Articles: the seed (RT, 12 May 2018) and tests/fixtures/store-*.txt, written from real
TASS reports of 19 Nov 2015 and 10 May 2018 (see tests/fixtures/store-README.md).
Reports come from the real extractor and checkers.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import sqlite3
from pathlib import Path
from typing import Any

import attrs
import pytest
from test_store_index import undo_version_5

import factcheck
from factcheck.model import Document, Report, Span, Speaker
from factcheck.similarity import expand, score, stated_values, terms
from factcheck.store import (
    MIGRATIONS,
    ClaimStore,
    StoreBackend,
    StoreError,
    default_db_path,
    name_key,
    sentence_around,
    subject_key,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TASS_2015 = FIXTURES / "store-tass-2015-11-19-syromolotov.txt"
TASS_2018 = FIXTURES / "store-tass-2018-05-10-syromolotov.txt"
KYIV = FIXTURES / "kyiv-independent-style.txt"
SCHEMA_EXAMPLE = FIXTURES / "claimreview-schemaorg-example.json"
GRAPH_REVIEW = FIXTURES / "claimreview-syromolotov-graph.json"


@pytest.fixture
def store(tmp_path: Path) -> Any:
    with ClaimStore(tmp_path / "claims.sqlite") as opened:
        yield opened


def checked(path: Path) -> Report:
    return factcheck.check(path)


# --------------------------------------------------------------------------- schema and lifecycle


def test_new_store_has_the_latest_schema_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "claims.sqlite"
    with ClaimStore(path) as store:
        assert store.version == len(MIGRATIONS)
        assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert isinstance(store, StoreBackend)
    with ClaimStore(path) as again:  # reopening migrates nothing and keeps the version
        assert again.version == len(MIGRATIONS)


def _open_at_once_and_add(path: str, report: Report, start: Any, results: Any) -> None:
    """One of several processes: wait for the others, open the new store, add one article."""
    start.wait()
    try:
        with ClaimStore(path) as store:
            results.put(("ok", store.add_report(report).added, store.version))
    except Exception as exc:  # reported to the test, which names the process's error
        results.put(("error", f"{type(exc).__name__}: {exc}", 0))


def test_processes_opening_one_new_store_at_once_migrate_it_once(tmp_path: Path, seed_path: Path) -> None:
    # four processes open one new database at the same moment, then each adds a different article
    reports = [checked(p) for p in (seed_path, TASS_2015, TASS_2018, KYIV)]
    path = str(tmp_path / "shared" / "claims.sqlite")
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(len(reports)), context.Queue()
    workers = [
        context.Process(target=_open_at_once_and_add, args=(path, report, start, results))
        for report in reports
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    assert outcomes == [("ok", True, len(MIGRATIONS))] * len(reports)
    with ClaimStore(path) as store:
        assert store.version == len(MIGRATIONS)
        assert {d["id"] for d in store.documents()} == {r.document.id for r in reports}
        assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_store_another_process_is_reading_opens_without_switching_to_wal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "claims.sqlite"
    ClaimStore(path).close()
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("PRAGMA journal_mode = DELETE")  # as an older copy or another tool may leave it
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM documents").fetchone()  # holds a shared lock
    monkeypatch.setattr("factcheck.store.database.BUSY_TIMEOUT", 0.2)
    with ClaimStore(path) as store:  # WAL cannot be switched on now: the store opens all the same
        assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert store.count("documents") == 0 and store.version == len(MIGRATIONS)
    reader.execute("COMMIT")
    reader.close()
    with ClaimStore(path) as store:  # the next open switches
        assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_version_1_store_is_migrated_with_its_data(tmp_path: Path, seed_path: Path) -> None:
    path = tmp_path / "claims.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0] + "\nPRAGMA user_version = 1;")
    text = seed_path.read_text(encoding="utf-8")
    conn.execute(
        "INSERT INTO documents (id, location, revision, text, added)"
        " VALUES ('d1', '/news/rt.txt', 1, ?, '2018-05-12')",
        (text,),
    )
    conn.execute(
        "INSERT INTO reviews (claim_reviewed, url, imported_from, raw)"
        " VALUES (?, 'https://example.org/r', '', '{}')",
        ("Over 4,000 Russian citizens are fighting alongside terrorists in Syria",),
    )
    conn.commit()
    conn.close()
    with ClaimStore(path) as store:
        assert store.version == len(MIGRATIONS)
        assert store.documents()[0]["location"] == "/news/rt.txt"
        [review] = store.matching_reviews("Over 4,000 Russian citizens are fighting for terrorists in Syria")
        assert review.url == "https://example.org/r"


def test_a_store_from_a_newer_factcheck_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "claims.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    conn.close()
    with pytest.raises(StoreError, match=r"claims\.sqlite: schema version \d+ is newer"):
        ClaimStore(path)


def test_a_file_that_is_not_a_database_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Over 4,000 Russian citizens are currently fighting in Syria.\n" * 50)
    with pytest.raises(StoreError) as caught:
        ClaimStore(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_default_path_honours_the_environment(tmp_path: Path) -> None:
    assert default_db_path({"FACTCHECK_DB": str(tmp_path / "x.sqlite")}) == tmp_path / "x.sqlite"
    assert default_db_path({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path / "factcheck" / "claims.sqlite"
    assert default_db_path({}).parts[-4:] == (".local", "share", "factcheck", "claims.sqlite")


def test_keys_fold_case_accents_punctuation_and_plurals() -> None:
    assert name_key("Oleg  SYROMOLOTOV") == name_key("Oleg Syromolotov")
    assert name_key("Sergéi Lavrov") == name_key("Sergei Lavrov")
    assert subject_key("the Russian citizens") == subject_key("Russian citizen")
    assert subject_key("cities") == "city"
    assert subject_key("unemployment rate") != subject_key("Russian citizens")


def test_sentence_around_a_figure_is_its_sentence(seed_text: str) -> None:
    start = seed_text.index("almost 3,000")
    sentence = sentence_around(seed_text, Span(start, start + 12))
    assert sentence.startswith("He noted that criminal cases")
    assert sentence.endswith("put on wanted lists.")


def test_sentence_around_abbreviations_quotes_and_headline() -> None:
    # Wire copy: neither "U.N." nor "Dr." ends a sentence; a figure in a quotation of two
    # sentences gets its own sentence with the attribution; a headline figure gets its line.
    text = (
        "Fighting in Sudan displaces 40,000 in a week\n\n"
        "A U.N. report released on Tuesday says 40,000 people have fled the fighting in the past week. "
        '"Most of them are women and children. We counted 1,200 unaccompanied minors," Dr. Ahmed'
        " Hassan of the World Health Organization told reporters.\n"
    )

    def around(words: str, start: int = 0) -> str:
        at = text.index(words, start)
        return sentence_around(text, Span(at, at + len(words)))

    assert around("40,000") == "Fighting in Sudan displaces 40,000 in a week"
    assert around("40,000", text.index("report")) == (
        "A U.N. report released on Tuesday says 40,000 people have fled the fighting in the past week."
    )
    assert around("1,200") == (
        'We counted 1,200 unaccompanied minors," Dr. Ahmed Hassan of the World Health Organization'
        " told reporters."
    )


# --------------------------------------------------------------------------- adding


def test_adding_the_seed_stores_every_part_with_spans_into_the_text(
    store: ClaimStore, seed_path: Path
) -> None:
    report = checked(seed_path)
    result = store.add_report(report)
    assert result.added and result.revision == 1 and result.previous is None
    assert store.count("documents") == 1
    assert store.count("claims") == len(report.claims) > 0
    # every quote, and each word run quoted inside reported speech as a row of its own ("q6.1")
    assert store.count("quotes") == len(report.quotes) + sum(len(q.verbatim) for q in report.quotes) > 0
    assert store.count("figures") == len(report.figures) == 4
    assert store.count("verdicts") == len(report.verdicts)
    text = report.document.text
    for row in store._conn.execute("SELECT start, end, text FROM claims"):
        assert text[row["start"] : row["end"]] == row["text"]
    for row in store._conn.execute("SELECT start, end, text FROM mentions"):
        assert text[row["start"] : row["end"]] == row["text"]
    rows = store.figures("Russian citizens")
    assert [(f.text, f.speaker, f.published) for f in rows] == [
        ("Over 4,000", "Oleg Syromolotov", "2018-05-12"),
        ("over 4,000", "Oleg Syromolotov", "2018-05-12"),
    ]
    assert rows[0].interval_text() == "(4000, inf)"
    assert rows[1].origin == "Russian law enforcement agencies"


def test_adding_the_same_text_twice_adds_nothing(store: ClaimStore, seed_path: Path) -> None:
    report = checked(seed_path)
    first = store.add_report(report)
    counts = {
        t: store.count(t) for t in ("documents", "speakers", "claims", "quotes", "verdicts", "mentions")
    }
    again = store.add_report(report)
    moved = store.add_report(
        attrs.evolve(report, document=attrs.evolve(report.document, path="elsewhere.txt"))
    )
    assert first.added and not again.added and not moved.added
    assert again.document == first.document == report.document.id
    assert {t: store.count(t) for t in counts} == counts


def test_a_new_text_at_the_same_path_is_a_linked_revision(
    store: ClaimStore, seed_text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    old = factcheck.check_text(seed_text, path="rt/syromolotov.txt")
    # the same article as corrected later, named by its absolute path: one figure changed
    # (altered to make a second revision)
    changed = seed_text.replace("around 3,700", "around 3,800")
    new = factcheck.check_text(changed, path=str(tmp_path / "rt" / "syromolotov.txt"))
    first, second = store.add_report(old), store.add_report(new)
    assert (first.revision, second.revision, second.previous) == (1, 2, first.document)
    assert [d["revision"] for d in store.documents()] == [1, 2]


def test_a_text_that_comes_back_is_the_latest_revision_again(
    store: ClaimStore, seed_text: str, tmp_path: Path
) -> None:
    # the seed, then a corrected version (one figure changed, altered to make a second
    # revision), then the correction withdrawn: the first text again at the same path
    where = str(tmp_path / "rt" / "syromolotov.txt")
    first_text = factcheck.check_text(seed_text, path=where)
    corrected = factcheck.check_text(seed_text.replace("around 3,700", "around 3,800"), path=where)
    first, second, back = (store.add_report(r) for r in (first_text, corrected, first_text))
    assert (second.revision, second.previous) == (2, first.document)
    assert not back.added and back.revised
    assert (back.document, back.revision, back.previous, back.reverted) == (
        first.document,
        3,
        second.document,
        1,
    )
    history = [(d["revision"], d["id"], d["previous"]) for d in store.documents()]
    assert history == [
        (1, first.document, None),
        (2, second.document, first.document),
        (3, first.document, second.document),
    ]
    assert store.count("documents") == 2  # the text itself is stored once
    again = store.add_report(first_text)  # the latest already: nothing at all
    assert (again.added, again.revised, again.revision) == (False, False, 3)
    # a fourth text at the path follows revision 3, not the text's first appearance
    fourth = store.add_report(
        factcheck.check_text(seed_text.replace("around 3,700", "about 3,900"), path=where)
    )
    assert (fourth.revision, fourth.previous) == (4, first.document)


def test_speakers_merge_across_documents(store: ClaimStore, seed_path: Path) -> None:
    for path in (seed_path, TASS_2015, TASS_2018):
        store.add_report(checked(path))
    [speaker] = store.speakers()
    assert speaker.name == "Oleg Syromolotov"
    assert speaker.role == "Deputy Foreign Minister"
    assert speaker.documents == 3
    attributed = store._conn.execute("SELECT count(*) FROM claims WHERE speaker IS NOT NULL").fetchone()[0]
    assert speaker.claims == attributed > 15
    assert store.speaker("Syromolotov") == speaker == store.speaker("oleg  SYROMOLOTOV")
    dates = [c.published for c in store.claims(speaker="Syromolotov")]
    assert dates == sorted(dates) and dates[0] == "2015-11-19" and dates[-1] == "2018-05-12"


def _one_speaker_report(name: str, role: str | None, sentence: str) -> Report:
    text = f"{sentence}\n"
    start = text.index(name.split()[-1])
    speaker = Speaker(
        id="sp1", name=name, role=role, roles=(role,) if role else (), mentions=(Span(start, start + 5),)
    )
    return Report(document=Document(text=text, path=f"{name}.txt"), speakers=(speaker,))


def test_surname_and_role_merge_only_when_safe(store: ClaimStore, seed_path: Path) -> None:
    store.add_report(checked(seed_path))
    # sentences in the style of agency copy, names varied to test the weaker key
    initial = _one_speaker_report(
        "O. Syromolotov", "Deputy Foreign Minister", "Deputy Foreign Minister O. Syromolotov spoke in Rome."
    )
    bare = _one_speaker_report("Syromolotov", None, "Syromolotov spoke to reporters in Rome.")
    other = _one_speaker_report(
        "Ivan Syromolotov",
        "Deputy Foreign Minister",
        "Deputy Foreign Minister Ivan Syromolotov spoke in Rome.",
    )
    for report in (initial, bare, other):
        store.add_report(report)
    by_name = {s.name: s for s in store.speakers()}
    assert set(by_name) == {"Oleg Syromolotov", "Syromolotov", "Ivan Syromolotov"}
    assert "O. Syromolotov" in by_name["Oleg Syromolotov"].aliases
    assert by_name["Oleg Syromolotov"].documents == 2
    assert store.match_speaker(initial.speakers[0]) == by_name["Oleg Syromolotov"].id


def test_a_failing_insert_leaves_nothing_half_written(tmp_path: Path, seed_path: Path) -> None:
    path = tmp_path / "claims.sqlite"
    report = checked(seed_path)
    assert report.verdicts, "the seed gets verdicts from the built-in checkers"
    with ClaimStore(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TRIGGER boom BEFORE INSERT ON verdicts BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"
    )
    conn.commit()
    with ClaimStore(path) as store:
        with pytest.raises(StoreError, match="disk on fire"):
            store.add_report(report)
        for table in ("documents", "speakers", "speaker_aliases", "claims", "quotes", "figures", "mentions"):
            assert store.count(table) == 0, table
        conn.execute("DROP TRIGGER boom")
        conn.commit()
        conn.close()
        assert store.add_report(report).added
        assert store.count("verdicts") == len(report.verdicts)


# --------------------------------------------------------------------------- queries


def test_figures_query_lists_every_figure_about_a_subject_by_date(store: ClaimStore, seed_path: Path) -> None:
    store.add_report(checked(seed_path))
    store.add_report(checked(TASS_2015))
    store.add_report(checked(TASS_2018))
    rows = store.figures("Russian citizens")
    dated = [(r.published, r.text) for r in rows if r.unit == "Russian citizens"]
    assert dated == [
        ("2015-11-19", "Some 2,719"),
        ("2018-05-10", "More than 4,000"),
        ("2018-05-10", "more than 4,000"),
        ("2018-05-12", "Over 4,000"),
        ("2018-05-12", "over 4,000"),
    ]
    assert [r.published for r in rows] == sorted(r.published or "" for r in rows)
    # the counted noun decides: "160 militants with Russian citizenship" and the bare "160" beside
    # "2,719 Russian citizens" are not figures of Russian citizens; the headline's "Russian citizens
    # fighting" is
    assert all(r.text != "160" for r in rows)
    assert [r.unit for r in rows].count("Russian citizens fighting") == 1
    assert len(rows) == 6
    assert {r.speaker for r in rows if r.unit == "Russian citizens"} == {"Oleg Syromolotov"}
    assert store.figures("unemployment rate") == []
    assert store.figures("100%_") == []  # LIKE wildcards are escaped
    his = store.history(speaker="Oleg Syromolotov", subject="citizens")
    assert [r.text for r in his] == [r.text for r in rows if r.speaker == "Oleg Syromolotov"]


def test_similar_ranks_the_claim_that_says_the_same_first(store: ClaimStore, seed_path: Path) -> None:
    store.add_report(checked(seed_path))
    store.add_report(checked(TASS_2015))
    # a paraphrase in the style of a later headline
    found = store.similar("Over 4,000 Russians fight on the terrorists' side in Syria")
    assert found and found[0].claim.text.startswith("Over 4,000 Russian citizens are currently fighting")
    assert found[0].score >= 80
    assert all(a.score >= b.score for a, b in itertools.pairwise(found))
    assert store.similar("The central bank raised its key interest rate to 7.5 percent", min_score=70) == []


# --------------------------------------------------------------------------- ClaimReview


def _review_fields(review: dict[str, Any]) -> tuple[Any, ...]:
    author = review.get("author", {})
    return (
        review["claimReviewed"],
        review["itemReviewed"]["author"]["name"],
        review["itemReviewed"].get("datePublished"),
        review["reviewRating"]["alternateName"],
        str(review["reviewRating"]["ratingValue"]),
        str(review["reviewRating"]["bestRating"]),
        review["url"],
        review["datePublished"],
        author.get("name") or author.get("url"),
    )


def test_schema_org_claimreview_example_round_trips(tmp_path: Path) -> None:
    original = json.loads(SCHEMA_EXAMPLE.read_text(encoding="utf-8"))
    with ClaimStore(tmp_path / "a.sqlite") as first:
        assert first.import_claimreview(original, origin=str(SCHEMA_EXAMPLE)) == 1
        assert first.import_claimreview(original) == 0  # idempotent
        [review] = first.reviews()
        assert review.claim_author == "Rich Perry"
        assert review.rating == "True"
        assert review.reviewer == "http://www.politifact.com/"
        exported = review.to_jsonld()
    assert exported["@type"] == "ClaimReview"
    assert _review_fields(exported) == _review_fields(original)
    with ClaimStore(tmp_path / "b.sqlite") as second:
        assert second.import_claimreview([exported]) == 1
        [again] = second.reviews()
    assert attrs.evolve(again, id=review.id) == review


def test_claimreview_graph_and_lists_are_read(store: ClaimStore) -> None:
    graph = json.loads(GRAPH_REVIEW.read_text(encoding="utf-8"))
    example = json.loads(SCHEMA_EXAMPLE.read_text(encoding="utf-8"))
    assert store.import_claimreview([graph, example]) == 2
    assert {r.reviewer for r in store.reviews()} == {"Example Fact Check", "http://www.politifact.com/"}
    matches = store.matching_reviews(
        "Over 4,000 Russian citizens are currently fighting on the terrorists’ side in Syria, "
        "but all of them will face criminal charges if they return home"
    )
    assert [m.rating for m in matches] == ["Unproven"]
    assert store.matching_reviews("Russian diplomats met their OSCE colleagues in Rome") == []


def test_reviews_imported_by_another_process_are_matched_at_once(store: ClaimStore) -> None:
    claim = (
        "Over 4,000 Russian citizens are currently fighting on the terrorists’ side in Syria, "
        "but all of them will face criminal charges if they return home"
    )
    assert store.matching_reviews(claim) == []  # nothing imported yet (and the empty list is kept)
    with ClaimStore(store.path) as other:  # another connection, as another process would open
        other.import_claimreview(json.loads(GRAPH_REVIEW.read_text(encoding="utf-8")))
    assert [m.rating for m in store.matching_reviews(claim)] == ["Unproven"]
    store.import_claimreview(json.loads(SCHEMA_EXAMPLE.read_text(encoding="utf-8")))
    # this store's own import is seen too (the claim as a news report would word it)
    perry = "Perry said more than 3,000 homicides were committed by illegal aliens over the past six years"
    assert [m.rating for m in store.matching_reviews(perry)] == ["True"]
    # a reviewed claim of fewer than four words never matches, however exact
    store.import_claimreview(
        {"@type": "ClaimReview", "claimReviewed": "Crime is down", "url": "https://example.org/c"}
    )
    assert store.matching_reviews("Crime is down") == []


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"@type": "NewsArticle", "headline": "Not a review"}, "no ClaimReview object found"),
        ([{"@type": "ClaimReview", "url": "https://example.org/x"}], "ClaimReview #1 has no claimReviewed"),
        ("just a string", "no ClaimReview object found"),
    ],
)
def test_claimreview_without_reviews_is_refused(store: ClaimStore, data: Any, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        store.import_claimreview(data)
    assert store.count("reviews") == 0


# --------------------------------------------------------------------------- finding claims and figures


def test_word_stems_and_stated_figures() -> None:
    assert terms("More than 4,000 Russians are fighting for ISIS") == {"russian", "fight", "isis"}
    assert terms("Russia's armies said") == {"russia", "army"}
    assert stated_values("over 4,000 people, 1.5 million dollars, 12% and 7 percent; 2,719 in 2015") == (
        4000.0,
        1.5e6,
        12.0,
        7.0,
        2719.0,
        2015.0,
    )
    assert stated_values("the 4th round of talks, G20") == ()


def test_similar_finds_every_restatement_of_the_figure(store: ClaimStore, seed_path: Path) -> None:
    for path in (seed_path, TASS_2015, TASS_2018):
        store.add_report(checked(path))
    found = store.similar("more than 4,000 Russians fight for ISIS")
    # the seed says "over 4,000 Russian citizens" twice, TASS 2018 "more than 4,000 Russian citizens" three
    # times (headline, lead, quote); "25,000 foreign terrorists ... ISIS" and "2,719 Russian citizens ... to
    # fight for the Islamic State" have the words but not the figure, and score below them
    assert len(found) == 5
    assert all("4,000 Russian citizens" in row.claim.text for row in found)
    assert {row.claim.published for row in found} == {"2018-05-10", "2018-05-12"}
    assert all(a.score >= b.score for a, b in itertools.pairwise(found))
    lower = store.similar("more than 4,000 Russians fight for ISIS", min_score=0, limit=50)
    others = [row for row in lower if "4,000" not in row.claim.text]
    assert others and max(r.score for r in others) < min(r.score for r in found)
    # a figure alone is not enough: the words must be there too
    assert store.similar("4,000 jobs were lost at the car plant") == []


def test_figures_count_the_noun_asked_for(store: ClaimStore, seed_path: Path) -> None:
    for path in (seed_path, TASS_2015):
        store.add_report(checked(path))
    assert [r.text for r in store.figures("militants")] == ["160"]
    assert "160" not in [r.text for r in store.figures("Russian citizens")]
    assert [r.text for r in store.figures("foreign terrorists")] == ["more than 25,000"]
    assert store.figures("terrorists in Europe") == []  # every word must be in the counted noun


def test_a_share_with_no_noun_counts_the_words_of_its_clause(store: ClaimStore) -> None:
    text = (
        "Jobless rate falls to 4.1 percent\n\n"
        "The unemployment rate fell to 4.1 percent in March, the statistics office said on Friday, "
        "while inflation eased to 2.3 percent. About 12,000 people found work in manufacturing, and "
        "the budget deficit narrowed to $1.2 billion.\n"
    )
    store.add_report(factcheck.check_text(text))
    # the headline's share is about the "jobless rate", the lead's about the "unemployment rate"
    assert [r.text for r in store.figures("unemployment rate")] == ["4.1 percent"]
    assert [r.sentence.split()[0] for r in store.figures("rate")] == ["Jobless", "The"]
    assert [r.text for r in store.figures("inflation")] == ["2.3 percent"]
    assert [r.text for r in store.figures("budget deficit")] == ["$1.2 billion"]
    assert [r.text for r in store.figures("people")] == ["About 12,000"]


@pytest.mark.benchmark_data
def test_similar_finds_reworded_real_claims(tmp_path: Path, benchmarks: Path) -> None:
    paths = sorted((benchmarks / "news-attribution").glob("*.txt"))
    with ClaimStore(tmp_path / "claims.sqlite") as store:
        for path in paths:
            store.add_report(checked(path))
        claims = [c for c in store.claims() if stated_values(c.text) and len(terms(c.text)) >= 4]
        assert len(claims) >= 20
        missed = []
        for claim in claims:
            # reworded: the words in another order, plural and -ing endings dropped, the figure kept
            words = sorted(terms(claim.text), reverse=True)
            figure = f"{stated_values(claim.text)[0]:,.10g}"
            query = f"{figure} {' '.join(words)}"
            top = [row.claim for row in store.similar(query, limit=3)]
            if (claim.document, claim.claim) not in {(c.document, c.claim) for c in top}:
                missed.append(query)
        assert len(missed) <= len(claims) // 20, missed


@pytest.mark.benchmark_data
def test_figures_by_subject_on_real_articles(tmp_path: Path, benchmarks: Path) -> None:
    with ClaimStore(tmp_path / "claims.sqlite") as store:
        for path in sorted((benchmarks / "news-attribution").glob("*.txt")):
            store.add_report(checked(path))
        every = store.history()
        refugees = store.figures("refugees")
        counted = [r for r in refugees if r.unit]
        assert len(counted) >= 3 and all("refugee" in r.unit.lower() for r in counted if r.unit)
        # a share with no noun of its own is about its clause ("40 percent of the world's refugees")
        shares = [r for r in refugees if not r.unit]
        assert shares and all(r.is_percent and "refugees" in r.sentence for r in shares)
        # figures in a sentence about refugees that count something else are not listed
        beside = [r for r in every if "refugees" in r.sentence and r.unit and "refugee" not in r.unit.lower()]
        assert beside and not {(r.document, r.figure) for r in beside} & {
            (r.document, r.figure) for r in refugees
        }
        people = store.figures("people")
        assert {r.unit for r in people} >= {"people"}
        assert all("people" in (r.unit or r.sentence).lower() for r in people)


# --------------------------------------------------------------------------- removing documents


def test_removing_a_document_takes_everything_stored_from_it(store: ClaimStore, seed_path: Path) -> None:
    seed = checked(seed_path)
    for report in (checked(TASS_2015), seed, checked(TASS_2018)):
        store.add_report(report)
    before = {t: store.count(t) for t in ("documents", "claims", "figures", "quotes", "verdicts", "speakers")}
    assert store.remove_documents([seed.document.id[:8]]) == [seed.document.id]
    after = {t: store.count(t) for t in before}
    assert after["documents"] == before["documents"] - 1
    assert after["claims"] == before["claims"] - len(seed.claims)
    assert after["figures"] == before["figures"] - len(seed.figures)
    assert after["verdicts"] == before["verdicts"] - len(seed.verdicts)
    assert after["speakers"] == before["speakers"]  # Syromolotov is still in both TASS reports
    speaker = store.speaker("Oleg Syromolotov")
    assert speaker is not None and speaker.documents == 2
    assert all(r.published != "2018-05-12" for r in store.figures("Russian citizens"))
    assert all(row.claim.document != seed.document.id for row in store.similar("Over 4,000 Russians"))
    assert store.add_report(seed).added  # it can come back


def test_removing_by_path_and_unknown_targets(store: ClaimStore, seed_path: Path, tmp_path: Path) -> None:
    store.add_report(checked(seed_path))
    store.add_report(checked(TASS_2015))
    with pytest.raises(StoreError, match=r"no stored document is 'nowhere\.txt'"):
        store.remove_documents([str(seed_path), "nowhere.txt"])
    assert store.count("documents") == 2  # nothing removed when one target is unknown
    assert len(store.remove_documents([str(seed_path)])) == 1
    assert [d["title"] for d in store.documents()] == [
        "Russian diplomat: 160 militants with Russian citizenship killed in Syria"
    ]


def test_a_later_revision_follows_what_the_removed_one_followed(store: ClaimStore, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    texts = [TASS_2018.read_text(encoding="utf-8")]
    texts.append(texts[0].replace("almost 3,000", "nearly 3,000"))
    texts.append(texts[1].replace("more than 3,700", "about 3,700"))
    ids = []
    for text in texts:
        path.write_text(text, encoding="utf-8")
        ids.append(store.add_report(checked(path)).document)
    store.remove_documents([ids[1]])
    rows = store.documents()
    assert [(r["id"], r["revision"], r["previous"]) for r in rows] == [(ids[0], 1, None), (ids[2], 3, None)]
    assert (
        store._conn.execute("SELECT previous FROM documents WHERE id = ?", (ids[2],)).fetchone()[0] == ids[0]
    )


def test_a_removal_that_breaks_halfway_removes_nothing(store: ClaimStore, seed_path: Path) -> None:
    store.add_report(checked(seed_path))
    store.add_report(checked(TASS_2015))
    counts = {t: store.count(t) for t in ("documents", "claims", "figures", "verdicts", "speakers")}
    store._conn.execute(
        "CREATE TRIGGER refuse BEFORE DELETE ON documents BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    with pytest.raises(StoreError, match="refused"):
        store.remove_documents([str(seed_path)])
    assert {t: store.count(t) for t in counts} == counts


def rows_of(store: ClaimStore, view: str) -> list[str]:
    """A view's rows, sorted, without the row ids the database gave (verdict and speaker ids)."""
    cursor = store._conn.execute(f"SELECT * FROM {view}")
    names = [d[0] for d in cursor.description]
    return sorted(
        repr([v for n, v in zip(names, row, strict=True) if n not in {"verdict_id", "speaker_id"}])
        for row in cursor
    )


@pytest.mark.benchmark_data
def test_removing_real_articles_leaves_the_store_the_others_make(tmp_path: Path, benchmarks: Path) -> None:
    paths = sorted((benchmarks / "news-attribution").glob("*.txt"))
    reports = [checked(path) for path in paths]
    gone = {paths[i] for i in (2, 11, 23)}
    with ClaimStore(tmp_path / "all.sqlite") as whole, ClaimStore(tmp_path / "kept.sqlite") as kept:
        for path, report in zip(paths, reports, strict=True):
            whole.add_report(report)
            if path not in gone:
                kept.add_report(report)
        removed = whole.remove_documents([str(p) for p in sorted(gone)])
        assert len(removed) == 3
        tables = [
            r[0]
            for r in whole._conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
        ]
        assert "claim_timeline" in tables
        for table in tables:
            assert whole.count(table) == kept.count(table), table
        for view in ("claim_timeline", "figure_timeline", "verdict_list", "speaker_scorecard"):
            assert rows_of(whole, view) == rows_of(kept, view), view
        assert whole._conn.execute("PRAGMA foreign_key_check").fetchall() == []


# --------------------------------------------------------------------------- views


def test_views_show_claims_figures_verdicts_and_speakers(store: ClaimStore, seed_path: Path) -> None:
    seed = checked(seed_path)
    store.add_report(seed)
    store.add_report(checked(TASS_2015))
    rows = [dict(r) for r in store._conn.execute("SELECT * FROM claim_timeline")]
    assert len(rows) == store.count("claims")
    first = next(r for r in rows if r["claim"].startswith("Over 4,000 Russian citizens"))
    assert (first["date"], first["speaker"], first["figures"]) == (
        "2018-05-12",
        "Oleg Syromolotov",
        "Over 4,000",
    )
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    figures = [
        dict(r)
        for r in store._conn.execute("SELECT * FROM figure_timeline WHERE subject = ?", ("russian citizen",))
    ]
    assert [(f["date"], f["figure"]) for f in figures] == [
        ("2015-11-19", "Some 2,719"),
        ("2018-05-12", "Over 4,000"),
        ("2018-05-12", "over 4,000"),
    ]
    assert figures[1]["lower"] == 4000 and figures[1]["upper"] is None
    verdicts = [dict(r) for r in store._conn.execute("SELECT * FROM verdict_list")]
    assert len(verdicts) == store.count("verdicts")
    assert {v["status"] for v in verdicts} <= {s.value for s in factcheck.Status}
    [card] = [
        dict(r)
        for r in store._conn.execute("SELECT * FROM speaker_scorecard WHERE speaker = 'Oleg Syromolotov'")
    ]
    assert (card["documents"], card["first_date"], card["last_date"]) == (2, "2015-11-19", "2018-05-12")


def test_the_store_scores_as_the_similarity_module_does(store: ClaimStore, seed_path: Path) -> None:
    store.add_report(checked(seed_path))
    query = "more than 4,000 Russians fight for ISIS"
    words = terms(query)
    vocabulary = {w for c in store.claims() for w in terms(c.text)}
    for row in store.similar(query, min_score=0, limit=50):
        expected = score(
            expand(words, vocabulary),
            stated_values(query),
            terms(row.claim.text),
            stated_values(row.claim.text),
        )
        assert row.score == pytest.approx(expected, abs=0.05), row.claim.text


def test_a_version_2_store_gets_the_words_of_its_claims(tmp_path: Path, seed_path: Path) -> None:
    path = tmp_path / "claims.sqlite"
    with ClaimStore(path) as store:
        store.add_report(checked(seed_path))
    conn = sqlite3.connect(path)  # back to version 2, as an older factcheck left it
    undo_version_4(conn)
    for view in ("claim_timeline", "figure_timeline", "verdict_list", "speaker_scorecard"):
        conn.execute(f"DROP VIEW {view}")
    conn.execute("ALTER TABLE claims DROP COLUMN terms")
    conn.execute("ALTER TABLE claims DROP COLUMN numbers")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with ClaimStore(path) as store:
        assert store.version == len(MIGRATIONS) == 8
        assert len(store.similar("more than 4,000 Russians fight for ISIS")) == 2
        assert store.count("claim_timeline") == store.count("claims")


def undo_version_4(conn: sqlite3.Connection) -> None:
    """Take a store back to schema version 3, as factcheck left it before the quote index."""
    undo_version_5(conn)
    conn.execute("DROP TABLE quote_keys")
    conn.execute("DROP INDEX figures_speaker_unit")
    conn.execute("DROP INDEX sources_origin")
    conn.execute("DROP INDEX documents_previous")
    conn.execute("CREATE INDEX figures_speaker ON figures(speaker)")
    conn.execute("CREATE INDEX sources_name ON sources(name_key)")
    conn.execute("PRAGMA user_version = 3")
