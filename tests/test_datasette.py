"""The claim store opens in Datasette: a real server on 127.0.0.1 serves the store's views as JSON.

The store is built from the seed (RT, 12 May 2018) and the TASS report of 19 Nov 2015
(tests/fixtures/store-README.md) by the real extractor and checkers.  Datasette is installed
by the ``test`` extra (and by ``factcheck[datasette]``); the server runs as
``python -m datasette serve STORE`` exactly as docs/store.md tells a reader to, is waited for
at most :data:`START_TIMEOUT` seconds and is stopped at the end.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck.store import ClaimStore

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TASS_2015 = FIXTURES / "store-tass-2015-11-19-syromolotov.txt"
START_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Iterator[str]:
    """The URL of a Datasette server on a store holding the seed and the 2015 TASS report."""
    db = tmp_path_factory.mktemp("datasette") / "claims.sqlite"
    with ClaimStore(db) as store:
        for path in (TASS_2015, seed_path):
            store.add_report(factcheck.check(path))
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(db), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if server.poll() is not None:
                pytest.fail(f"datasette exited with {server.returncode}: {server.communicate()[0]}")
            try:
                get_json(f"{base}/-/versions.json")
                break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline:
                    pytest.fail(f"datasette did not answer on {base} within {START_TIMEOUT:g} s")
                time.sleep(0.2)
        yield f"{base}/claims"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
        if server.stdout:
            server.stdout.close()


def test_the_store_lists_its_views(served: str) -> None:
    database = get_json(f"{served}.json")
    views = {view["name"] for view in database["views"]}
    assert views >= {"claim_timeline", "figure_timeline", "verdict_list", "speaker_scorecard"}


def test_claims_with_speakers_and_dates_over_http(served: str) -> None:
    rows = get_json(f"{served}/claim_timeline.json?_shape=array&speaker=Oleg+Syromolotov")
    assert {r["date"] for r in rows} == {"2015-11-19", "2018-05-12"}
    claim = next(r for r in rows if r["claim"].startswith("Over 4,000 Russian citizens"))
    assert (claim["role"], claim["figures"], claim["publisher"]) == (
        "Deputy Foreign Minister",
        "Over 4,000",
        "RT",
    )
    assert "attribution" in claim["verdicts"]


def test_figures_over_time_over_http(served: str) -> None:
    rows = get_json(f"{served}/figure_timeline.json?_shape=array&subject=russian+citizen")
    assert [(r["date"], r["figure"], r["lower"]) for r in rows] == [
        ("2015-11-19", "Some 2,719", pytest.approx(2583.05)),
        ("2018-05-12", "Over 4,000", 4000),
        ("2018-05-12", "over 4,000", 4000),
    ]
    assert rows[2]["origin"] == "Russian law enforcement agencies"


def test_verdicts_and_scorecard_over_http(served: str) -> None:
    verdicts = get_json(f"{served}/verdict_list.json?_shape=array&_size=max")
    seed = [v for v in verdicts if v["date"] == "2018-05-12"]
    assert seed and {v["checker"] for v in seed} >= {"attribution", "numeric"}
    [card] = get_json(f"{served}/speaker_scorecard.json?_shape=array&speaker=Oleg+Syromolotov")
    assert (card["documents"], card["first_date"], card["last_date"]) == (2, "2015-11-19", "2018-05-12")
