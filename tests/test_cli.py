"""The factcheck command: formats, the factcheck/1 JSON schema, exit status, bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import tabulate

from factcheck.cli import main

SAMPLES = Path(__file__).parent / "plugin_samples"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_json_follows_schema_and_offsets_point_at_the_words(seed_path: Path, seed_text: str) -> None:
    status, out, _ = run("check", str(seed_path), "--format", "json")
    assert status == 0
    (line,) = out.strip().splitlines()
    doc = json.loads(line)
    assert doc["schema"] == "factcheck/1"
    assert set(doc) >= {"document", "speakers", "quotes", "figures", "sources", "claims", "verdicts"}
    assert doc["document"]["path"] == str(seed_path)
    assert doc["document"]["published"] == "2018-05-12"
    assert doc["document"]["publisher"]["name"] == "RT"
    speaker_ids = {s["id"] for s in doc["speakers"]}
    for item in doc["quotes"] + doc["figures"] + doc["claims"]:
        assert seed_text[item["start"] : item["end"]] == item["text"]
    for quote in doc["quotes"]:
        assert quote["kind"] in {"direct", "partial", "indirect"}
        assert quote["speaker"] is None or quote["speaker"] in speaker_ids
    for figure in doc["figures"]:
        assert set(figure) >= {"id", "value", "lower", "upper", "hedge", "unit", "is_percent"}
    for verdict in doc["verdicts"]:
        assert set(verdict) >= {"checker", "claim", "status", "summary"}


@pytest.mark.parametrize("fmt", sorted(tabulate.tabulate_formats))
def test_every_tabulate_format_renders(seed_path: Path, fmt: str) -> None:
    status, out, _ = run("check", str(seed_path), "--format", fmt, "--quiet")
    assert status == 0
    assert "Oleg Syromolotov" in out


def test_table_shows_speaker_claim_and_summary(seed_path: Path) -> None:
    status, out, err = run("check", str(seed_path))
    assert status == 0
    lines = out.splitlines()
    heading = " ".join(out.split())  # the heading and summary lines are wrapped between words
    assert heading.startswith(f"{seed_path} — “Senior diplomat: All Russian citizens who fight for ISIS")
    assert "checked and fine — attribution:" in heading and "Needs a look: 1 warn." in heading
    assert max(len(line) for line in lines) <= 80  # the terminal's width (else 80), not one endless line
    assert lines[-1].strip()  # the table ends the output; the closing summary is on stderr
    report = json.loads(run("check", str(seed_path), "-f", "json", "-q")[1])
    counts = {s: sum(v["status"] == s for v in report["verdicts"]) for s in ("warn", "pass", "info")}
    assert err.startswith(
        f"1 document, {len(report['claims'])} claims, {len(report['quotes'])} quotes, "
        f"{len(report['figures'])} figures; verdicts: {counts['warn']} warn, {counts['pass']} pass, "
        f"{counts['info']} info; 0 errors; "
    )
    status, out, _ = run("check", str(seed_path), "--format", "tsv", "--quiet")
    rows = [line.split("\t") for line in out.splitlines()]  # clean: a header, a row a claim, the document's
    assert rows[0][:6] == ["document", "path", "claim", "start", "end", "speaker"]
    assert len(rows) == 1 + 11 + 1 and all(len(row) == len(rows[0]) for row in rows)
    assert {row[5] for row in rows[1:] if row[5]} == {"Oleg Syromolotov"}


def test_claimreview_is_json_ld(seed_path: Path) -> None:
    status, out, _ = run("check", str(seed_path), "--format", "claimreview")
    assert status == 0
    reviews = json.loads(out)
    assert isinstance(reviews, list)
    for review in reviews:
        assert review["@type"] == "ClaimReview"
        assert review["reviewRating"]["alternateName"]
        assert review["itemReviewed"]["@type"] == "Claim"


def test_bad_file_in_a_batch_is_one_line_and_the_rest_still_run(seed_path: Path, tmp_path: Path) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Le ministre a déclaré".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    status, out, err = run("check", str(binary), str(latin), str(seed_path), str(empty), "--format", "json")
    assert status == 2
    documents = [json.loads(line) for line in out.strip().splitlines()]
    # Latin-1 is read (as Windows-1252, which reads every Latin-1 letter the same), with a warning
    assert [d["document"]["path"] for d in documents] == [str(latin), str(seed_path)]
    assert documents[0]["document"]["length"] == len("Le ministre a déclaré")
    lines = err.strip().splitlines()
    assert f"factcheck: {binary}: is binary (it holds NUL bytes), not article text" in lines
    assert f"factcheck: warning: {latin}: not UTF-8; read as cp1252" in lines
    assert f"factcheck: {empty}: is empty" in lines
    assert "Traceback" not in err


def test_missing_file_and_unknown_format_exit_2(seed_path: Path) -> None:
    status, _, err = run("check", "no/such/article.txt")
    assert status == 2 and err.startswith("factcheck: no/such/article.txt: no such file")
    status, _, err = run("check", str(seed_path), "--format", "yaml-ish")
    assert status == 2 and "unknown format 'yaml-ish'" in err
    status, _, err = run("check", str(seed_path), "--checker", "no-such-checker")
    assert status == 2 and "unknown checker(s): no-such-checker" in err


def test_fail_verdict_exits_1(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.syspath_prepend(str(SAMPLES))
    article = tmp_path / "anon.txt"
    article.write_text(
        "Talks stall\n\n"
        "“We are not going to sign anything this week, whatever they offer us,” one negotiator said.\n",
        encoding="utf-8",
    )
    status, out, _ = run(
        "-p", "fc_sample_strict", "check", str(article), "--checker", "all-quotes-named", "--width", "200"
    )
    assert status == 1
    assert "FAIL all-quotes-named: quote with no speaker" in out
    status, out, _ = run(
        "-p", "fc_sample_strict", "check", str(article), "--checker", "all-quotes-named", "--format", "tsv"
    )
    assert status == 1
    assert "fail: all-quotes-named: quote with no speaker" in out


def test_folder_is_expanded(seed_path: Path) -> None:
    status, out, _ = run("check", str(seed_path.parent), "--format", "json", "--quiet")
    assert status == 0
    assert len(out.strip().splitlines()) == len(list(seed_path.parent.glob("*.txt")))


def test_plugins_lists_versions_hooks_and_checkers() -> None:
    status, out, _ = run("plugins", "--format", "json")
    assert status == 0
    rows = {row["plugin"]: row for row in map(json.loads, out.strip().splitlines())}
    assert rows["factcheck.extraction"]["hooks"] == "factcheck_extract"
    assert rows["numeric"]["distribution"] == "factcheck"
    assert "factcheck_checkers" in rows["numeric"]["hooks"]


def test_console_script_runs(seed_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", str(seed_path), "--format", "json", "--quiet"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["schema"] == "factcheck/1"


BROKEN_CHECKERS_HOOK = """
import factcheck

@factcheck.hookimpl
def factcheck_checkers():
    raise RuntimeError("registry unavailable")
"""


def test_a_broken_checkers_hook_is_one_line_and_plugins_still_lists_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_path: Path
) -> None:
    (tmp_path / "fc_broken_hook.py").write_text(BROKEN_CHECKERS_HOOK, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    status, _, err = run("-p", "fc_broken_hook", "check", str(seed_path))
    assert status == 2
    assert (
        err.strip()
        == "factcheck: plugin 'fc_broken_hook': factcheck_checkers raised RuntimeError: registry unavailable"
    )
    status, out, _ = run("-p", "fc_broken_hook", "plugins")
    assert status == 0 and "registry unavailable" in out


def test_unknown_disable_name_is_a_warning_and_width_must_be_sensible(seed_path: Path) -> None:
    status, _, err = run("--disable", "no-such-plugin", "check", str(seed_path), "--quiet")
    assert status == 0
    assert "factcheck: warning: --disable no-such-plugin: no plugin or checker has that name" in err
    with pytest.raises(SystemExit) as exited:
        run("check", str(seed_path), "--width", "0")
    assert exited.value.code == 2


def test_figure_column_marks_open_ends(seed_path: Path) -> None:
    status, out, _ = run("check", str(seed_path), "--format", "tsv", "--quiet", "--all")
    assert status == 0
    assert "almost 3,000 people (2,850–<3,000)" in out
    assert "over 4,000 Russian citizens (>4,000)" in out
    assert "around 3,700 (3,515–3,885)" in out


def test_figure_column_keeps_the_words_to_what_a_vague_figure_counts(tmp_path: Path) -> None:
    article = tmp_path / "trafficking.txt"
    article.write_text(
        "Trafficking report\n\nEvery year tens of thousands of children are lured from their homes, "
        "the agency said.\n",
        encoding="utf-8",
    )
    status, out, _ = run("check", str(article), "--format", "tsv", "--quiet", "--all")
    assert status == 0
    assert "tens of thousands of children (20,000–<100,000)" in out


def test_figure_column_joins_a_hyphenated_unit_without_a_space(tmp_path: Path) -> None:
    article = tmp_path / "boy.txt"
    article.write_text("Flu\n\nA 16-year-old boy died of bird flu, officials said.\n", encoding="utf-8")
    status, out, _ = run("check", str(article), "--format", "tsv", "--quiet", "--all")
    assert status == 0
    assert "16 year-old" in out and "16 -year-old" not in out


def test_a_folder_check_leaves_readme_and_licence_files_alone(tmp_path: Path, seed_path: Path) -> None:
    # a corpus folder as published: the articles, a README.md and a LICENSE.md
    (tmp_path / "article.txt").write_text(seed_path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "README.md").write_text("# Corpus\n\nThirty articles, said the curators.\n", encoding="utf-8")
    (tmp_path / "LICENSE.md").write_text(
        "Licence\n\nAll rights reserved, the publisher said.\n", encoding="utf-8"
    )
    from factcheck.cli import iter_paths

    errors: list[str] = []
    assert [p.name for p in iter_paths([str(tmp_path)], errors)] == ["article.txt"] and errors == []
