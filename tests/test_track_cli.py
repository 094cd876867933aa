"""``factcheck track``: the subcommands end to end through ``factcheck.cli.main``.

Articles: the seed (RT, 12 May 2018) and tests/fixtures/store-*.txt (TASS, 19 Nov 2015 and
10 May 2018, written from the real reports; see tests/fixtures/store-README.md).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.model import Document

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TASS_2015 = FIXTURES / "store-tass-2015-11-19-syromolotov.txt"
TASS_2018 = FIXTURES / "store-tass-2018-05-10-syromolotov.txt"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out, err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "claims.sqlite")


def test_add_prints_one_line_per_document_and_the_history_verdicts(db: str, seed_path: Path) -> None:
    status, out, err = run("track", "add", str(TASS_2015), "--db", db)
    assert status == 0, err
    assert out.startswith(f"{TASS_2015}: stored as ")
    status, out, err = run("track", "add", str(seed_path), str(TASS_2015), "--db", db)
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0].startswith(f"{seed_path}: stored as ") and ": 1 speaker, " in lines[0]
    assert "figure-drift" in out and "Some 2,719" in out
    tass_id = Document(text=TASS_2015.read_text(encoding="utf-8")).id
    assert lines[-1] == f"{TASS_2015}: already stored as {tass_id} (revision 1); nothing added"


def test_add_json_gives_one_object_per_document(db: str, seed_path: Path) -> None:
    run("track", "add", str(TASS_2015), "--db", db)
    status, out, _ = run("track", "add", str(seed_path), "--db", db, "--format", "json")
    assert status == 0
    [record] = [json.loads(line) for line in out.splitlines()]
    assert record["added"] is True and record["counts"]["speakers"] == 1
    assert {h["checker"] for h in record["history"]} == {"figure-drift"}
    assert record["history"][0]["data"]["before"]["date"] == "2015-11-19"


def test_db_from_the_environment(tmp_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_DB", str(tmp_path / "env.sqlite"))
    assert run("track", "add", str(seed_path))[0] == 0
    assert (tmp_path / "env.sqlite").exists()


def test_speakers_scorecard_in_table_and_json(db: str, seed_path: Path) -> None:
    run("track", "add", str(seed_path), str(TASS_2015), str(TASS_2018), "--db", db)
    status, out, _ = run("track", "speakers", "--db", db, "--width", "200")  # one line a row
    assert status == 0
    header, _rule, row = out.splitlines()[:3]
    assert header.split()[:4] == ["speaker", "role", "documents", "claims"]
    assert row.startswith("Oleg Syromolotov") and "Deputy Foreign Minister" in row
    status, out, _ = run("track", "speakers", "--db", db, "-f", "json")
    [card] = [json.loads(line) for line in out.splitlines()]
    assert card["speaker"] == "Oleg Syromolotov" and card["documents"] == 3
    assert set(card) >= {"pass", "fail", "warn", "info", "unknown", "error"}


def test_speaker_lists_claims_over_time(db: str, seed_path: Path) -> None:
    run("track", "add", str(seed_path), str(TASS_2015), "--db", db)
    status, out, _ = run("track", "speaker", "Syromolotov", "--db", db, "--format", "json")
    assert status == 0
    dates = [json.loads(line)["date"] for line in out.splitlines()]
    assert dates == sorted(dates) and dates[0] == "2015-11-19"
    status, out, _ = run("track", "speaker", "oleg syromolotov", "--db", db)
    assert out.splitlines()[0] == "Oleg Syromolotov (Deputy Foreign Minister): 2 documents, 17 claims"


def test_unknown_speaker_is_a_one_line_error(db: str) -> None:
    status, out, err = run("track", "speaker", "Nobody Atall", "--db", db)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "Nobody Atall" in err and db in err


def test_figures_by_date(db: str, seed_path: Path) -> None:
    run("track", "add", str(seed_path), str(TASS_2015), str(TASS_2018), "--db", db)
    status, out, _ = run("track", "figures", "Russian citizens", "--db", db, "-f", "json")
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert next(r["figure"] for r in rows if r["unit"] == "Russian citizens") == "Some 2,719"
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    status, out, err = run("track", "figures", "unemployment rate", "--db", db)
    assert status == 0 and out == "" and "no stored figures" in err


def test_similar_shows_scores(db: str, seed_path: Path) -> None:
    run("track", "add", str(seed_path), "--db", db)
    claim = "over 4,000 Russians fighting for terrorists in Syria"
    status, out, _ = run("track", "similar", claim, "--db", db, "--width", "300")
    assert status == 0
    header, _rule, first = out.splitlines()[:3]
    assert header.split()[0] == "score"
    assert int(first.split()[0]) >= 60 and "Over 4,000 Russian citizens" in first


def test_import_and_list_reviews(db: str) -> None:
    example = FIXTURES / "claimreview-schemaorg-example.json"
    status, out, _ = run("track", "import", str(example), "--db", db)
    assert (status, out) == (0, f"{example}: imported 1 ClaimReview(s), 0 already stored\n")
    assert run("track", "import", str(example), "--db", db)[1].endswith(
        "imported 0 ClaimReview(s), 1 already stored\n"
    )
    status, out, _ = run("track", "reviews", "--db", db, "-f", "json")
    [review] = [json.loads(line) for line in out.splitlines()]
    assert review["claimant"] == "Rich Perry" and review["rating"] == "True"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"@type": "ClaimReview", "claimReviewed": ', "not JSON"),
        ('{"@type": "NewsArticle"}', "no ClaimReview object found"),
        ('[{"@type": "ClaimReview"}]', "ClaimReview #1 has no claimReviewed"),
    ],
)
def test_bad_import_files_are_one_line_errors(db: str, tmp_path: Path, content: str, problem: str) -> None:
    bad = tmp_path / "reviews.json"
    bad.write_text(content, encoding="utf-8")
    status, out, err = run("track", "import", str(bad), "--db", db)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and str(bad) in err and problem in err


def test_missing_article_is_a_one_line_error(db: str, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    status, _, err = run("track", "add", str(missing), "--db", db)
    assert status == 2 and err.count("\n") == 1 and str(missing) in err


def test_unknown_format_is_a_usage_error(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        run("track", "speakers", "--db", db, "--format", "nope")
    assert exited.value.code == 2
    assert "unknown format 'nope'" in capsys.readouterr().err


def test_a_db_that_is_not_a_database_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "claims.sqlite"
    bad.write_text("not a database\n" * 100)
    status, _, err = run("track", "speakers", "--db", str(bad))
    assert status == 2 and err.count("\n") == 1 and str(bad) in err


def test_every_listing_takes_any_tabulate_format(db: str, seed_path: Path) -> None:
    run("track", "add", str(seed_path), "--db", db)
    for command in (
        ["speakers"],
        ["figures", "citizens"],
        ["similar", "Russian citizens in Syria"],
        ["documents"],
    ):
        status, out, _ = run("track", *command, "--db", db, "--format", "github")
        assert status == 0 and out.startswith("|"), command


def test_a_damaged_store_is_a_one_line_error(db: str, seed_path: Path) -> None:
    import sqlite3

    run("track", "add", str(seed_path), "--db", db)
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE verdicts")  # damaged by hand, as a broken copy or a bad edit would
    conn.commit()
    conn.close()
    status, out, err = run("track", "speakers", "--db", db)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and db in err and "verdicts" in err


def test_add_goes_on_after_a_bad_file_and_exits_2(db: str, tmp_path: Path, seed_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a-seed.txt").write_text(seed_path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b-scan.txt").write_bytes(b"%PDF-1.4\x00\x00binary")  # a binary file named .txt
    (folder / "c-tass.txt").write_text(TASS_2015.read_text(encoding="utf-8"), encoding="utf-8")
    missing = tmp_path / "nowhere.txt"
    empty = tmp_path / "empty-folder"
    empty.mkdir()
    status, out, err = run("track", "add", str(folder), str(missing), str(empty), "--db", db)
    assert status == 2
    problems = err.splitlines()
    assert len(problems) == 3 and "Traceback" not in err
    assert any(str(folder / "b-scan.txt") in line and "binary" in line for line in problems)
    assert any(str(missing) in line and "no such file" in line for line in problems)
    assert any(str(empty) in line and "no article files" in line for line in problems)
    stored = [line.split(":")[0] for line in out.splitlines() if ": stored as " in line]
    assert stored == [str(folder / "a-seed.txt"), str(folder / "c-tass.txt")]
    status, out, _ = run("track", "documents", "--db", db, "-f", "json")
    assert len(out.splitlines()) == 2


BROKEN_EXTRACTOR = '''
"""A third-party extractor that breaks on one kind of article (for the test)."""
import factcheck


@factcheck.hookimpl(tryfirst=True)
def factcheck_extract(document):
    if "TASS" in document.text:
        raise RuntimeError("table parser lost its place")
    return None
'''


def test_a_plugin_that_breaks_on_one_article_is_one_line_and_the_rest_are_stored(
    db: str, tmp_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "track_broken_extractor.py").write_text(BROKEN_EXTRACTOR, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    status, out, err = run(
        "-p", "track_broken_extractor", "track", "add", str(TASS_2015), str(seed_path), "--db", db
    )
    assert status == 2 and "Traceback" not in err
    [problem] = err.splitlines()
    assert (
        problem.startswith(f"factcheck: {TASS_2015}: ")
        and "RuntimeError: table parser lost its place" in problem
    )
    assert out.startswith(f"{seed_path}: stored as ")


def test_a_text_restored_at_its_path_is_reported_as_a_revert(
    db: str, tmp_path: Path, seed_path: Path
) -> None:
    article = tmp_path / "rt-syromolotov.txt"
    original = seed_path.read_text(encoding="utf-8")
    article.write_text(original, encoding="utf-8")
    run("track", "add", str(article), "--db", db)
    # corrected by the publisher (a figure changed, altered for the test), then the correction withdrawn
    article.write_text(original.replace("around 3,700", "around 3,800"), encoding="utf-8")
    run("track", "add", str(article), "--db", db)
    article.write_text(original, encoding="utf-8")
    status, out, _ = run("track", "add", str(article), "--db", db)
    assert status == 0
    assert out.startswith(f"{article}: reverted to revision 1 (") and "recorded as revision 3" in out
    status, out, _ = run("track", "add", str(article), "--db", db, "-f", "json")
    [record] = [json.loads(line) for line in out.splitlines()]
    assert (record["added"], record["revision"], record["reverted"]) == (False, 3, None)
    status, out, _ = run("track", "documents", "--db", db, "-f", "json")
    assert [json.loads(line)["revision"] for line in out.splitlines()] == [1, 2, 3]


def test_adding_to_a_damaged_store_is_one_line_per_file(db: str, seed_path: Path) -> None:
    import sqlite3

    run("track", "add", str(seed_path), "--db", db)
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE verdicts")  # damaged by hand, as a broken copy or a bad edit would
    conn.commit()
    conn.close()
    status, out, err = run("track", "add", str(TASS_2015), str(TASS_2018), "--db", db)
    assert status == 2 and out == "" and "Traceback" not in err
    first, second = err.splitlines()
    assert str(TASS_2015) in first and str(TASS_2018) in second
    assert all(db in line and "verdicts" in line for line in (first, second))


def test_similar_finds_the_restated_figure_and_figures_the_counted_noun(db: str, seed_path: Path) -> None:
    run("track", "add", str(seed_path), str(TASS_2015), str(TASS_2018), "--db", db)
    status, out, _ = run(
        "track", "similar", "more than 4,000 Russians fight for ISIS", "--db", db, "-f", "json"
    )
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 5 and all("4,000 Russian citizens" in r["claim"] for r in rows)
    status, out, _ = run("track", "figures", "Russian citizens", "--db", db, "-f", "json")
    figures = [json.loads(line)["figure"] for line in out.splitlines()]
    assert status == 0 and "160" not in figures and figures[0] == "Some 2,719" and len(figures) == 6


def test_remove_takes_a_document_out_and_names_what_it_removed(db: str, seed_path: Path) -> None:
    run("track", "add", str(seed_path), str(TASS_2015), "--db", db)
    _, out, _ = run("track", "documents", "--db", db, "-f", "json")
    ids = {json.loads(line)["title"][:18]: json.loads(line)["id"] for line in out.splitlines()}
    status, out, err = run("track", "remove", ids["Russian diplomat: "][:8], "--db", db)
    assert status == 0 and out == f"removed {ids['Russian diplomat: ']}\n" and "1 document removed" in err
    _, out, _ = run("track", "figures", "militants", "--db", db)
    assert out == ""
    status, out, err = run("track", "remove", str(seed_path), "LICENSE.md", "--db", db)
    assert status == 2 and out == "" and "no stored document is 'LICENSE.md'" in err
    _, out, _ = run("track", "documents", "--db", db, "-f", "json")
    assert len(out.splitlines()) == 1  # the seed is still there: nothing is removed when a name is unknown
