"""bench/verdicts.py (rates per checker and kind, a sample to judge) and the table's per-document summary."""

from __future__ import annotations

import importlib.util
import io
import sys
from contextlib import redirect_stdout
from pathlib import Path
from types import ModuleType

import pytest

from factcheck.cli import main

REPO = Path(__file__).resolve().parent.parent

# A headline figure the body does not give (a warn), and a quote nothing attributes (a warn).
CHANGED_HEADLINE = (
    "Flood forces 9,000 from their homes\n\n"
    "Floods forced 6,000 people from their homes in the river valley on Sunday, the regional "
    "governor said, as rain kept falling.\n\n"
    "Rescue teams reached the last villages by boat late in the evening.\n"
)
UNATTRIBUTED = (
    "Council delays the budget vote\n\n"
    "The city council put off its budget vote until next month after a long and angry meeting.\n\n"
    "“We cannot balance this budget without closing at least two libraries this year.”\n\n"
    "The vote is now set for the second Tuesday of March.\n"
)
QUIET = (
    "Port reopens after storm\n\n"
    "The port reopened on Tuesday after a two-day closure, harbour master Ana Ruiz said.\n\n"
    "“The ships are moving again and the cranes are working,” Ruiz said.\n"
)


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_verdicts", REPO / "bench" / "verdicts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_verdicts"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    (folder / "more").mkdir(parents=True)
    (folder / "flood.txt").write_text(CHANGED_HEADLINE, encoding="utf-8")
    (folder / "council.txt").write_text(UNATTRIBUTED, encoding="utf-8")
    (folder / "more" / "port.txt").write_text(QUIET, encoding="utf-8")
    return folder


def test_bench_counts_per_checker_and_kind(articles: Path) -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        status = _bench().main([str(articles), "--checker", "attribution"])
    text = out.getvalue()
    assert status == 0
    assert text.startswith("3 articles")  # sub-folders are read too
    rows = {
        tuple(line.split()[:2]): line.split()[2:] for line in text.splitlines() if line.startswith("attr")
    }
    # columns: fail warn pass unknown info error, per article
    assert rows[("attribution", "headline-figure")][1] == "0.333"
    assert rows[("attribution", "speaker")][1] == "0.333"
    assert "all checkers: fail 0 (0.000/article" in text


def test_bench_sample_names_file_offset_kind_and_passage(articles: Path, tmp_path: Path) -> None:
    sample = tmp_path / "sample.txt"
    out = io.StringIO()
    with redirect_stdout(out):
        _bench().main([str(articles), "--checker", "attribution", "--sample", "5", "--out", str(sample)])
    assert "2 of 2 fail/warn verdicts written" in out.getvalue()
    blocks = sample.read_text(encoding="utf-8").split("\n\n")
    first = blocks[0]
    assert first.startswith("#1 council @")
    assert "attribution/speaker warn" in first
    assert "We cannot balance this budget" in first
    second = blocks[1]
    assert second.startswith("#2 flood @") and "attribution/headline-figure warn" in second
    assert "6,000 people" in second  # the passage the body figure sits in


def _run(*args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(args), out=out, err=err)
    return status, out.getvalue()


def test_table_sums_up_each_document_and_lists_only_what_needs_a_look(seed_path: Path) -> None:
    table = ("--format", "plain", "--quiet", "--columns", "#,verdicts", "--width", "400")
    status, out = _run("check", str(seed_path), *table)
    assert status == 0
    lines = out.splitlines()
    assert lines[1] == (
        "checked and fine — attribution: 1 pass, 2 info; numeric: 3 pass; sources: 4 info. "
        "Needs a look: 1 warn."
    )
    rows = [line.split(None, 1) for line in lines[3:] if line.strip()]
    assert [row[0] for row in rows] == ["c2"]  # only the claim with a warning
    assert all(row[1].startswith("WARN") and "PASS" not in row[1] for row in rows)
    status, everything = _run("check", str(seed_path), *table, "--all")
    every_row = [line.split(None, 1) for line in everything.splitlines()[3:] if line.strip()]
    assert len(every_row) > len(rows)
    assert any("PASS numeric" in row[1] for row in every_row)


def test_table_says_when_nothing_needs_a_look(tmp_path: Path) -> None:
    article = tmp_path / "port.txt"
    article.write_text(QUIET, encoding="utf-8")
    status, out = _run("check", str(article), "--quiet")
    assert status == 0
    text = " ".join(out.split())  # the heading and summary lines are wrapped between words
    assert "” checked and fine — attribution: " in text
    assert text.endswith("Nothing needs a look.")  # and no table after it: nothing to look at
