"""Outputs a person or a program reads: tables that fit, --columns, figures as written, csv and
clean tsv, Markdown, and the summary kept off standard output for machine formats."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
import tabulate

import factcheck
from factcheck.cli import main
from factcheck.render import MACHINE_FORMATS, is_multiline, plain_number

ELECTION = (
    "Turnout record\n\n"
    "Election officials said 12.5 million people voted on Sunday, about 10 million of them by post, "
    "and that the count cost 2.5 billion dollars.\n\n"
    '"=SUM(A1:A9) was the formula we used," said Jane Doe, the returning officer.\n'
)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture()
def election(tmp_path: Path) -> Path:
    path = tmp_path / "election.txt"
    path.write_text(ELECTION, encoding="utf-8")
    return path


def _table_lines(out: str) -> list[str]:
    """The first table's lines (the heading and summary lines before it, wrapped, left out)."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if re.search(r"(look|warn|fail|error)\.$", line)) + 1
    return lines[start : lines.index("") if "" in lines else len(lines)]


@pytest.mark.parametrize("width", [80, 120])
def test_the_seed_table_fits_80_and_120_columns(seed_path: Path, width: int) -> None:
    for args in ((), ("--all",)):
        status, out, _ = run("check", str(seed_path), "--width", str(width), *args)
        assert status == 0
        table = _table_lines(out)
        assert len(table) > 4 and max(len(line) for line in table) <= width
        assert "WARN attribution:" in out and "Over 4,000" in out  # wrapped, not cut: nothing lost
    status, wide, _ = run("check", str(seed_path), "--width", "400")
    assert max(len(line) for line in _table_lines(wide)) > 120  # the natural width was wider


def test_every_terminal_format_fits_and_nothing_is_cut(seed_path: Path) -> None:
    report = factcheck.check(seed_path)
    summary = " ".join(next(v.summary for v in report.verdicts if v.status.value == "warn").split())
    for fmt in sorted(f for f in tabulate.multiline_formats if is_multiline(f)):
        status, out, _ = run("check", str(seed_path), "-f", fmt, "--width", "80", "-q")
        assert status == 0, fmt
        assert max(len(line) for line in _table_lines(out)) <= 80, fmt
        status, out, _ = run(
            "check", str(seed_path), "-f", fmt, "--width", "60", "-q", "--columns", "verdicts"
        )
        cells = [line.strip(" |│┃║") for line in _table_lines(out)]
        assert summary in " ".join(" ".join(cells).split()), fmt


def test_github_rows_are_one_line_each(seed_path: Path) -> None:
    status, out, _ = run("check", str(seed_path), "-f", "github", "--all", "-q", "--width", "80")
    assert status == 0
    rows = [line for line in out.splitlines() if line.startswith("|")]
    assert len(rows) == 2 + len(factcheck.check(seed_path).claims) + 1  # header, rule, claims, doc
    assert len({line.count("|") for line in rows}) == 1
    assert max(len(line) for line in rows) <= 80


def test_columns_choose_and_order_the_table(seed_path: Path) -> None:
    status, out, _ = run("check", str(seed_path), "--columns", "verdicts,#", "--width", "100", "-q")
    assert status == 0
    header = _table_lines(out)[0].split()
    assert header == ["verdicts", "#"]
    with pytest.raises(SystemExit):
        run("check", str(seed_path), "--columns", "speaker,colour")


def test_figures_print_as_the_article_wrote_them(election: Path) -> None:
    status, out, _ = run("check", str(election), "--all", "--width", "400", "-q", "--columns", "#,figures")
    assert status == 0
    assert "e+" not in out
    assert "12.5 million people" in out and "about 10 million (9,500,000–10,500,000)" in out
    assert plain_number(1.25e7) == "12,500,000" and plain_number(2.5e9) == "2,500,000,000"
    assert plain_number(0.125) == "0.125" and plain_number(12.0) == "12" and plain_number(1234.5) == "1,234.5"


def test_csv_has_a_row_per_claim_or_per_verdict(seed_path: Path) -> None:
    report = factcheck.check(seed_path)
    status, out, err = run("check", str(seed_path), "-f", "csv")
    assert status == 0 and "1 document," in err and "1 document," not in out
    rows = list(csv.DictReader(io.StringIO(out)))
    claims = [r for r in rows if r["claim"]]
    assert [r["claim"] for r in claims] == [c.id for c in report.claims]
    first = claims[0]
    assert first["text"] == "All Russian citizens who fight for ISIS will face criminal prosecution"
    assert first["speaker"] == "Oleg Syromolotov" and first["role"] == "Deputy Foreign Minister"
    [warned] = [r for r in claims if r["status"] == "warn"]  # the paraphrase that drifts from the quote
    assert warned["text"].startswith("Over 4,000 Russian citizens are currently fighting")
    assert warned["verdicts"].startswith("warn: attribution: paraphrase differs from the quote")
    assert any(r["figures"] == "Over 4,000 Russian citizens (>4,000)" for r in claims)
    assert len(rows) == len(report.claims) + 1 and rows[-1]["claim"] == ""  # the document's verdicts
    status, out, _ = run("check", str(seed_path), "-f", "csv", "--rows", "verdicts")
    verdicts = list(csv.DictReader(io.StringIO(out)))
    assert [(v["checker"], v["status"], v["summary"]) for v in verdicts] == [
        (v.checker, v.status.value, v.summary) for v in report.verdicts
    ]


def test_csv_of_several_documents_has_one_header_and_no_formula(seed_path: Path, election: Path) -> None:
    status, out, _ = run("check", str(seed_path), str(election), "-f", "csv", "-q")
    assert status == 0
    lines = out.splitlines()
    assert lines.count(lines[0]) == 1 and "" not in lines
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["path"] for r in rows} == {str(seed_path), str(election)}
    typed = next(r for r in rows if "SUM(A1:A9)" in r["text"])
    assert typed["text"].startswith("'=SUM(A1:A9)")  # a spreadsheet shows it, never runs it


def test_tsv_is_clean(seed_path: Path, election: Path) -> None:
    status, out, err = run("check", str(seed_path), str(election), "-f", "tsv")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith("document\tpath\tclaim\t")  # no title line
    assert len({line.count("\t") for line in lines}) == 1
    assert "documents," in err and "documents," not in out
    assert set(MACHINE_FORMATS) == {"json", "claimreview", "csv", "tsv"}


def test_markdown_report(seed_path: Path, tmp_path: Path) -> None:
    status, out, _ = run("check", str(seed_path), "-f", "markdown", "-q")
    assert status == 0
    assert out.startswith("## Senior diplomat: All Russian citizens who fight for ISIS")
    assert "### Verdicts" in out and "- **WARN** attribution on c2: paraphrase differs from the quote" in out
    table = [line for line in out.splitlines() if line.startswith("|")]
    assert len(table) == 3 and len({line.count("|") for line in table}) == 1  # header, rule, c2
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "Council [votes](http://evil.example) <b>now</b>\n\n"
        "“The *budget* | adds `rm -rf` 2,000 jobs,” said Jane Doe, the clerk.\n",
        encoding="utf-8",
    )
    status, out, _ = run("check", str(hostile), "-f", "markdown", "-q", "--all")
    assert (
        "](http" not in out.replace("\\](http", "")
        and "<b>" not in out
        and "`rm" not in out.replace("\\`rm", "")
    )


def test_json_with_the_text(seed_path: Path, seed_text: str) -> None:
    status, out, _ = run("check", str(seed_path), "-f", "json", "--include-text")
    assert json.loads(out)["document"]["text"] == seed_text
    status, out, _ = run("check", str(seed_path), "-f", "json")
    assert status == 0 and "text" not in json.loads(out)["document"]


def test_new_formats_are_listed(seed_path: Path) -> None:
    status, out, _ = run("formats")
    assert status == 0
    names = {line.split()[0] for line in out.splitlines() if line.strip()}
    assert {"markdown", "html", "csv", "tsv", "json", "claimreview", "github"} <= names


def test_counts_read_as_english() -> None:
    from factcheck.render import counted

    assert [counted(n, "document") for n in (0, 1, 2, 12000)] == [
        "0 documents",
        "1 document",
        "2 documents",
        "12,000 documents",
    ]
