"""Issue 15: hostile input stays inert, every document gets its report, no plugin holds a run hostage.

Each test is one row of the issue's table (or one of its lesser findings), fed as a new user would.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import textwrap
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

import lxml.html
import pytest
import tabulate

from factcheck.cli import main
from factcheck.loaders import MAX_BYTES, read_text
from factcheck.manager import (
    CheckerTimeout,
    call_with_time_limit,
    current_plugin_manager,
    get_plugin_manager,
    using,
)
from factcheck.safe import wrap_cell
from factcheck.store import ClaimStore

HOSTILE = (
    "Council passes budget after long night\n\n"
    'The mayor said "the budget is balanced </script><script>alert(1)</script> and fair" on Tuesday.\n\n'
    "Officials said 4,000 residents | [signed](http://evil.example) ![x](http://evil.example/p.png) "
    "`rm -rf` <b>petitions</b> against it.\n\n"
    '"We counted \x1b[31mevery\x1b[0m vote," said Jane Doe, the council clerk.\n'
)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def strict(text: str) -> Any:
    def refuse(name: str) -> Any:
        raise ValueError(f"non-strict JSON constant {name}")

    return json.loads(text, parse_constant=refuse)


def plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, source: str) -> str:
    """Write a plugin module ``name`` and make it importable for ``-p``."""
    (tmp_path / f"{name}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return name


def test_a_bare_thousands_figure_renders_in_every_table_format_and_both_documents_print(
    tmp_path: Path, seed_path: Path
) -> None:
    article = tmp_path / "officials.txt"
    article.write_text("Petition handed in\n\nOfficials said 4,000\n", encoding="utf-8")
    status, out, err = run("check", str(article), str(seed_path), "--all")
    assert status == 0, err
    assert "Officials said 4,000" in out and "Syromolotov" in out
    for fmt in tabulate.tabulate_formats:
        status, out, err = run("check", str(article), "--format", fmt, "-q", "--all")
        assert status == 0, (fmt, err)
        assert "4,000" in out, fmt


def test_json_of_the_seed_is_strict_and_says_why_a_value_is_null(seed_path: Path) -> None:
    status, out, err = run("check", str(seed_path), "--format", "json")
    assert status == 0, err
    assert "Infinity" not in out and "NaN" not in out
    report = strict(out)
    # "over 4,000" has no upper bound: the ratio's whole is unbounded above, written as null
    assert report["nulls"], "the seed's open ratio bound is null with a reason"
    for path, reason in report["nulls"].items():
        assert path.startswith("verdicts[") and reason == "+infinity (unbounded)"
        index = int(path[len("verdicts[") : path.index("]")])
        numbers = report["verdicts"][index]["data"]["numbers"]
        assert any(pair[1] is None for pair in numbers.values() if isinstance(pair, list))


def test_html_output_escapes_headings_file_names_and_text(tmp_path: Path) -> None:
    folder = tmp_path / "<script>alert(1)<"
    folder.mkdir()
    (folder / "council.txt").write_text(HOSTILE, encoding="utf-8")
    status, out, err = run("check", str(folder), "--format", "html", "-q")
    assert status == 0, err
    page = lxml.html.fromstring(f"<html><body>{out}</body></html>")
    assert page.xpath("//script") == [] and page.xpath("//b") == []
    where = page.xpath('//*[@class="where"]')[0].text_content()
    assert "<script>alert(1)<" in where  # the file's name, shown as text, not markup
    assert "<script" not in out.replace("&lt;script", "")


def test_track_views_in_html_are_escaped(tmp_path: Path) -> None:
    article = tmp_path / "council.txt"
    article.write_text(
        "Council passes budget\n\n"
        '"The budget adds 2,000 jobs <script>alert(1)</script>," said Jane <i>Doe</i>, the clerk.\n',
        encoding="utf-8",
    )
    db = str(tmp_path / "claims.sqlite")
    status, _, err = run("track", "add", str(article), "--db", db)
    assert status == 0, err
    for argv in (("speakers",), ("documents",), ("figures", "jobs")):
        status, out, err = run("track", *argv, "--db", db, "--format", "html")
        assert status == 0, (argv, err)
        page = lxml.html.fromstring(f"<html><body>{out}</body></html>")
        assert page.xpath("//script | //i") == [], argv


def test_markdown_formats_escape_pipes_links_images_and_code(tmp_path: Path) -> None:
    article = tmp_path / "council.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    for fmt in ("github", "pipe"):
        status, out, err = run("check", str(article), "--format", fmt, "-q", "--all")
        assert status == 0, err
        body = [line for line in out.splitlines() if line.startswith("|")]
        header_cells = body[0].count("|")
        for line in body:  # an unescaped | in a cell would add a column
            assert line.replace("\\|", "").count("|") == header_cells, line
        assert "](http" not in out.replace("\\](http", "")
        assert "<b>" not in out and "`rm" not in out.replace("\\`rm", "")


def test_claimreview_can_sit_in_a_script_element(tmp_path: Path) -> None:
    article = tmp_path / "count.txt"
    article.write_text(
        "Count row\n\n"
        'The clerk said "4,000 of the 3,000 ballots </script><script>alert(1)</script> were counted".\n',
        encoding="utf-8",
    )
    status, out, err = run("check", str(article), "--format", "claimreview", "-q")
    assert status in (0, 1), err
    assert "<" not in out and ">" not in out and "&" not in out
    reviews = strict(out)
    embedded = f'<html><head><script type="application/ld+json">{out}</script></head></html>'
    page = lxml.html.fromstring(embedded)
    [script] = page.xpath("//script")
    assert strict(script.text) == reviews
    assert any("</script>" in review["claimReviewed"] for review in reviews)


def test_control_characters_never_reach_the_terminal(tmp_path: Path) -> None:
    article = tmp_path / "clerk\x1b[2Jnotes.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    missing = tmp_path / "gone\x1b]0;owned\x07.txt"
    status, out, err = run("check", str(article), str(missing), "--all", "--width", "300")
    assert status == 2
    assert "We counted [31mevery[0m vote" in out  # the escape characters dropped, the rest shown
    for text in (out, err):
        assert not any((ord(c) < 32 and c not in "\n\t\r") or 0x7F <= ord(c) <= 0x9F for c in text)
    assert "gone]0;owned.txt: no such file" in err


CHECKERS = """
    import sys
    import time

    import factcheck


    @factcheck.checker("{name}-sleeps")
    def sleeps(report):
        \"\"\"Never returns in time.\"\"\"
        time.sleep(60)
        return []


    @factcheck.checker("{name}-spins")
    def spins(report):
        \"\"\"A pure-Python loop that swallows exceptions.\"\"\"
        while True:
            try:
                sum(range(1000))
            except Exception:
                pass


    @factcheck.checker("{name}-exits")
    def exits(report):
        \"\"\"Calls sys.exit from checker code.\"\"\"
        sys.exit(3)


    @factcheck.checker("{name}-counts")
    def counts(report):
        \"\"\"Works: counts the quotes.\"\"\"
        return [factcheck.Verdict(status="info", summary=f"{{len(report.quotes)}} quotes")]


    @factcheck.hookimpl
    def factcheck_checkers():
        return [sleeps, spins, exits, counts]
"""


def test_a_stuck_or_exiting_checker_is_an_error_verdict_and_every_document_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_path: Path
) -> None:
    name = plugin(tmp_path, monkeypatch, "fc_hostage", CHECKERS.format(name="hostage"))
    second = tmp_path / "second.txt"
    second.write_text('Budget row\n\n"We will cut 300 jobs," said Jane Doe, the mayor.\n', encoding="utf-8")
    status, out, err = run(
        "-p", name, "check", str(seed_path), str(second), "--checker-timeout", "0.3", "--format", "json"
    )
    assert status == 0, err
    reports = [strict(line) for line in out.splitlines()]
    assert [r["document"]["path"] for r in reports] == [str(seed_path), str(second)]
    for report in reports:
        by_checker = {v["checker"]: v for v in report["verdicts"]}
        assert by_checker["hostage-sleeps"]["status"] == "error"
        assert by_checker["hostage-sleeps"]["summary"].endswith("timed out after 0.3 s")
        assert "plugin 'fc_hostage'" in by_checker["hostage-sleeps"]["summary"]
        assert by_checker["hostage-spins"]["summary"].endswith("timed out after 0.3 s")
        assert by_checker["hostage-exits"]["summary"] == (
            "checker 'hostage-exits' of plugin 'fc_hostage' raised SystemExit: 3"
        )
        assert by_checker["hostage-counts"]["status"] == "info"
    assert {"attribution", "numeric", "sources"} <= {v["checker"] for v in reports[0]["verdicts"]}


def usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as caught:
        main(list(argv))
    assert caught.value.code == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    return err


def test_off_the_main_thread_a_stuck_checker_is_abandoned_with_the_plugin_manager_in_view() -> None:
    pm = get_plugin_manager()
    seen: list[object] = []
    outcome: list[BaseException | str] = []

    def stuck() -> None:
        seen.append(current_plugin_manager())
        time.sleep(30)

    def in_a_thread() -> None:
        with using(pm):
            try:
                call_with_time_limit(stuck, 0.2)
            except CheckerTimeout as exc:
                outcome.append(exc)
            assert call_with_time_limit(lambda: "quick", 0.2) == "quick"
            outcome.append("quick")

    worker = threading.Thread(target=in_a_thread)
    worker.start()
    worker.join(10)
    assert [str(o) for o in outcome] == ["timed out after 0.2 s", "quick"]
    assert seen == [pm]


def test_checker_timeout_option_is_checked(capsys: pytest.CaptureFixture[str]) -> None:
    err = usage_error(capsys, "check", "x.txt", "--checker-timeout", "-1")
    assert err.startswith("factcheck: argument --checker-timeout: -1 must be 0 (no limit) or a positive")


def test_ctrl_c_in_a_checker_still_stops_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_path: Path
) -> None:
    name = plugin(
        tmp_path,
        monkeypatch,
        "fc_interrupts",
        """
        import factcheck

        @factcheck.checker("interrupts")
        def interrupts(report):
            \"\"\"As if the user pressed Ctrl-C while it ran.\"\"\"
            raise KeyboardInterrupt

        @factcheck.hookimpl
        def factcheck_checkers():
            return [interrupts]
        """,
    )
    status, out, err = run("-p", name, "check", str(seed_path), str(seed_path))
    assert status == 130 and err.endswith("factcheck: interrupted\n") and out == ""


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "dump.txt"
    with huge.open("wb") as handle:
        handle.truncate(3 * 1024**3)  # sparse: 3 GB long, nothing written
    tracemalloc.start()
    status, _, err = run("check", str(huge))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert status == 2
    assert err.startswith(f"factcheck: {huge}: is 3,221,225,472 bytes; files over {MAX_BYTES:,} bytes")
    assert peak < 5 * 1024**2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "feed.txt"
    os.mkfifo(pipe)
    status, _, err = run("check", str(pipe))
    assert status == 2 and err == f"factcheck: {pipe}: is not a regular file (a pipe, socket or device)\n"


@pytest.mark.parametrize(
    ("encoding", "assumed"),
    [("utf-16", "utf-16"), ("utf-32", "utf-32"), ("cp1252", "cp1252"), ("latin-1", "cp1252")],
)
def test_legacy_and_wide_encodings_read_correctly_and_say_so(
    tmp_path: Path, encoding: str, assumed: str
) -> None:
    text = (
        "Café owners protest fee\n\n"
        "Señora Núñez, who runs a café in Zürich, said the fee of 4,000 francs would close déjà "
        "three shops.\n"
    )
    if encoding == "cp1252":
        text = text.replace("said the fee", "said the “fee” — all of it —")
    article = tmp_path / f"cafe-{encoding}.txt"
    article.write_bytes(text.encode(encoding))
    with pytest.warns(UserWarning, match=f"not UTF-8; read as {assumed}"):
        assert read_text(article) == text
    status, out, err = run("check", str(article), "--format", "json", "-q")
    assert status == 0, err
    assert err == f"factcheck: warning: {article}: not UTF-8; read as {assumed}\n"
    report = strict(out)
    assert report["figures"][0]["text"] == "4,000"


def test_utf8_is_read_without_a_word(tmp_path: Path) -> None:
    article = tmp_path / "cafe.txt"
    article.write_text("Café row\n\nSeñora Núñez said the fee was 4,000 francs.\n", encoding="utf-8")
    status, _, err = run("check", str(article), "-q")
    assert status == 0 and err == ""


def test_deeply_nested_json_import_is_one_line(tmp_path: Path) -> None:
    nested = tmp_path / "nested.json"
    nested.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    db = str(tmp_path / "claims.sqlite")
    status, out, err = run("track", "import", str(nested), "--db", db)
    assert status == 2 and out == ""
    assert err == f"factcheck: {nested}: not accepted: JSON nested 100000 levels deep (the limit is 64)\n"
    infinite = tmp_path / "nan.json"
    infinite.write_text('{"@type": "ClaimReview", "ratingValue": NaN}', encoding="utf-8")
    status, _, err = run("track", "import", str(infinite), "--db", db)
    assert status == 2 and err == f"factcheck: {infinite}: not JSON: NaN is not a JSON value\n"


def test_long_unbroken_words_wrap_to_the_width() -> None:
    word = "x" * 1000
    wrapped = wrap_cell(f"The clerk wrote {word} in the minutes", 48)
    lines = wrapped.splitlines()
    assert all(len(line) <= 48 for line in lines)
    assert "".join(lines).replace(" ", "") == f"Theclerkwrote{word}intheminutes"


def test_a_foreign_sqlite_file_is_refused_and_left_as_it_was(tmp_path: Path, seed_path: Path) -> None:
    foreign = tmp_path / "ledger.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount REAL)")
    conn.execute("INSERT INTO ledger (amount) VALUES (4000.0)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    for argv in (("add", str(seed_path)), ("speakers",), ("documents",)):
        status, _, err = run("track", *argv, "--db", str(foreign))
        assert status == 2, argv
        assert err == (
            f"factcheck: {foreign}: not a factcheck claim store (a SQLite database holding 1 other "
            "table(s)); refused, the file is left as it was\n"
        )
    assert foreign.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ledger.sqlite"]  # no -wal, no -journal
    other_app = tmp_path / "app.sqlite"
    conn = sqlite3.connect(other_app)
    conn.execute("PRAGMA application_id = 1234")
    conn.close()
    status, _, err = run("track", "speakers", "--db", str(other_app))
    assert status == 2 and "application_id 0x4d2" in err


def test_listings_open_the_store_read_only(tmp_path: Path, seed_path: Path) -> None:
    db = tmp_path / "claims.sqlite"
    status, _, err = run("track", "add", str(seed_path), "--db", str(db))
    assert status == 0, err
    with ClaimStore(db, read_only=True) as store:
        assert store.speaker("Oleg Syromolotov") is not None
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store._conn.execute("DELETE FROM documents")
    missing = tmp_path / "never.sqlite"
    status, _, err = run("track", "speakers", "--db", str(missing))
    assert status == 0 and err == f"no speakers in {missing}\n"
    assert not missing.exists()  # a listing creates nothing
    empty = tmp_path / "killed.sqlite"  # as a track add killed before its first write leaves it
    empty.write_bytes(b"")
    status, _, err = run("track", "documents", "--db", str(empty))
    assert status == 0 and err == f"no documents in {empty}\n"
    assert empty.read_bytes() == b""


def test_an_empty_db_path_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (("speakers",), ("add", "x.txt")):
        err = usage_error(capsys, "track", *argv, "--db", "")
        assert err.startswith("factcheck: argument --db: the path is empty; give the store's file name")


def test_an_unreadable_subfolder_is_an_error_line_and_exit_2(
    tmp_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "news"
    (root / "locked").mkdir(parents=True)
    (root / "open").mkdir()
    (root / "open" / "rt.txt").write_text(seed_path.read_text(encoding="utf-8"), encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        if Path(path).name == "locked":  # root reads any folder: refuse it as a permission error would
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    status, out, err = run("check", str(root), "-q")
    assert status == 2
    assert f"factcheck: {root / 'locked'}: folder cannot be read: Permission denied\n" in err
    assert "Syromolotov" in out


RENDER_BREAKS = """
    import factcheck


    @factcheck.hookimpl(tryfirst=True)
    def factcheck_render(reports, fmt, options):
        if any("poison" in (r.document.path or "") for r in reports):
            raise RuntimeError("cannot draw this one")
        return None
"""


@pytest.mark.parametrize("fmt", ["simple", "json", "claimreview"])
def test_a_renderer_failing_on_one_document_loses_only_that_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_path: Path, fmt: str
) -> None:
    name = plugin(tmp_path, monkeypatch, f"fc_render_{fmt}", RENDER_BREAKS)
    poison = tmp_path / "poison.txt"
    poison.write_text(seed_path.read_text(encoding="utf-8"), encoding="utf-8")
    status, out, err = run("-p", name, "check", str(poison), str(seed_path), "--format", fmt, "-q")
    assert status == 2
    assert err == (
        f"factcheck: {poison}: rendering {fmt!r} by plugin {name!r} failed: "
        "RuntimeError: cannot draw this one\n"
    )
    assert "Syromolotov" in out


def test_loader_and_extractor_failures_name_the_plugin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_path: Path
) -> None:
    name = plugin(
        tmp_path,
        monkeypatch,
        "fc_bad_io",
        """
        import sys

        import factcheck


        @factcheck.hookimpl(tryfirst=True)
        def factcheck_load(path):
            if path.suffix == ".wire":
                sys.exit("wire feed offline")
            return None


        @factcheck.hookimpl(tryfirst=True)
        def factcheck_extract(document):
            if "EMBARGO" in document.text:
                raise LookupError("no extractor for embargoed copy")
            return None
        """,
    )
    wire = tmp_path / "feed.wire"
    wire.write_text("Wire copy\n\nOfficials said 300 people came.\n", encoding="utf-8")
    embargo = tmp_path / "embargo.txt"
    embargo.write_text("EMBARGO until noon\n\nOfficials said 300 people came.\n", encoding="utf-8")
    status, out, err = run("-p", name, "check", str(wire), str(embargo), str(seed_path), "-q")
    assert status == 2
    assert err.splitlines() == [
        f"factcheck: {wire}: loader plugin {name!r} raised SystemExit: wire feed offline",
        f"factcheck: {embargo}: extractor plugin {name!r} raised LookupError: "
        "no extractor for embargoed copy",
    ]
    assert "Syromolotov" in out


def test_the_store_keeps_strict_json_of_a_report_with_an_unbounded_ratio(seed_path: Path) -> None:
    import factcheck
    from factcheck.store import ClaimStore

    report = factcheck.check(str(seed_path))
    with ClaimStore(":memory:", keep_report_json=True) as store:
        store.add_report(report)
        rows = store._conn.execute("SELECT report_json FROM documents").fetchall()
    assert rows and all(strict(row[0]) for row in rows)  # the seed's "over 4,000" ratio is unbounded


@pytest.mark.parametrize("name", ["typo.txt", "articles/missing.html", "C:\\news\\gone.htm"])
def test_the_library_refuses_a_file_name_that_names_no_file(name: str) -> None:
    import factcheck

    with pytest.raises(factcheck.InputError, match="no such file"):
        factcheck.check(name)
    # one line of news is still checked as text
    report = factcheck.check("Officials said 4,000 people left the city.")
    assert report.figures
