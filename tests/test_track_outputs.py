"""``factcheck track`` outputs: tables fitted to --width with --columns, figures as the articles wrote
them (numbers in JSON), and ``track speaker NAME --format html``, a page drawing the figures over time.

Articles: the seed (RT, 12 May 2018) and tests/fixtures/store-*.txt (TASS, 19 Nov 2015 and 10 May
2018, written from the real reports; see tests/fixtures/store-README.md).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import lxml.html
import pytest
from test_page import strict

from factcheck.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TASS_2015 = FIXTURES / "store-tass-2015-11-19-syromolotov.txt"
TASS_2018 = FIXTURES / "store-tass-2018-05-10-syromolotov.txt"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out, err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> str:
    path = str(tmp_path_factory.mktemp("store") / "claims.sqlite")
    status, _, err = run("track", "add", str(TASS_2015), str(TASS_2018), str(seed_path), "--db", path)
    assert status == 0, err
    return path


@pytest.mark.parametrize(
    "argv",
    [
        ("speaker", "Syromolotov"),
        ("similar", "over 4,000 Russians fight for ISIS"),
        ("documents",),
        ("speakers",),
        ("figures", "Russian citizens"),
        ("figures", "Russian citizens", "--columns", "date,speaker,figure,value,interval,document"),
    ],
)
@pytest.mark.parametrize("width", [80, 120])
def test_track_tables_fit_the_width(db: str, argv: tuple[str, ...], width: int) -> None:
    status, out, err = run("track", *argv, "--db", db, "--width", str(width))
    assert status == 0, err
    table = out.splitlines()[1:] if argv[0] == "speaker" else out.splitlines()  # after the speaker's line
    assert max(len(line) for line in table) <= width
    status, wide, _ = run("track", *argv, "--db", db, "--width", "400")
    assert max(len(line) for line in wide.splitlines()) > 80  # they were wider than a terminal


def test_figures_print_as_written_and_are_numbers_in_json(db: str) -> None:
    status, out, _ = run("track", "figures", "Russian citizens", "--db", db, "--width", "400")
    assert status == 0
    assert "2,719" in out and "[2,583.05, 2,854.95]" in out and "(4,000, ∞)" in out
    assert "e+" not in out and " 2719 " not in out
    status, out, _ = run("track", "figures", "Russian citizens", "--db", db, "--format", "json")
    rows = [json.loads(line) for line in out.splitlines()]
    some = next(r for r in rows if r["figure"] == "Some 2,719")
    assert some["value"] == 2719 and some["interval"]["lower"] == pytest.approx(2583.05)
    over = next(r for r in rows if r["figure"].lower() == "over 4,000")
    assert over["interval"]["upper"] is None and over["interval"]["lower_closed"] is False
    status, out, _ = run("track", "similar", "over 4,000 Russians fight for ISIS", "--db", db, "-f", "json")
    assert all(isinstance(json.loads(line)["score"], float) for line in out.splitlines())


def test_a_table_too_wide_hides_columns_and_says_which(db: str) -> None:
    status, out, err = run("track", "figures", "Russian citizens", "--db", db, "--width", "80")
    assert status == 0
    heads = out.splitlines()[0].split()
    assert "document" not in heads and {"date", "speaker", "figure", "interval", "sentence"} <= set(heads)
    assert err.startswith("(hidden to fit 80 columns: document") and "--columns" in err
    assert "Over 4,000" in out and "Oleg Syromolotov" in out  # the rows themselves are all there
    # the speakers' scorecard hides the rarest statuses first, never the speaker or the claims
    status, out, err = run("track", "speakers", "--db", db, "--width", "80")
    assert {"speaker", "role", "claims", "pass", "fail", "warn"} <= set(out.splitlines()[0].split())
    assert "error" in err
    # chosen columns are drawn as chosen, however wide, and nothing is hidden
    status, out, err = run("track", "speakers", "--db", db, "--width", "80", "--columns", "speaker,error")
    assert out.splitlines()[0].split() == ["speaker", "error"] and err == ""
    status, out, err = run("track", "figures", "Russian citizens", "--db", db, "--width", "200")
    assert "document" in out.splitlines()[0] and err == ""


def test_columns_pick_and_unknown_ones_are_named(db: str) -> None:
    status, out, _ = run("track", "documents", "--db", db, "--columns", "published,publisher")
    assert status == 0
    assert out.splitlines()[0].split() == ["published", "publisher"]
    assert {line.split()[-1] for line in out.splitlines()[2:]} == {"TASS", "RT"}
    status, _, err = run("track", "documents", "--db", db, "--columns", "colour")
    assert status == 2 and "no column 'colour' here; choose from id, location" in err


def test_speaker_page_draws_the_figures_over_time(db: str) -> None:
    status, out, err = run("track", "speaker", "Syromolotov", "--db", db, "--format", "html")
    assert status == 0, err
    strict(out)
    page = lxml.html.fromstring(out)
    assert page.xpath("//h1")[0].text_content() == "Oleg Syromolotov (Deputy Foreign Minister)"
    assert page.xpath("//script | //img | //link") == []
    chart = page.xpath('//svg[@data-subject="Russian citizens"]')
    assert len(chart) == 1
    dots = chart[0].xpath('.//g[@class="figure"]')
    assert {(g.get("data-date"), g.get("data-value")) for g in dots} >= {
        ("2015-11-19", "2,719"),
        ("2018-05-10", "4,000"),
        ("2018-05-12", "4,000"),
    }
    assert chart[0].xpath('.//line[contains(@class, "open")]')  # "over 4,000" has no upper end
    claims = page.xpath("//table//tr")
    assert len(claims) > 10 and "160 militants with Russian citizenship" in out
