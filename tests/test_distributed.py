"""Checking on a Dask cluster (factcheck.distributed, ``factcheck check --dask``): a real
LocalCluster with two worker processes gives the same reports as one process.

Articles: the seed and the public news-attribution set (through the ``benchmarks`` fixture),
and a few lines of news written for these tests.
"""

from __future__ import annotations

import io
import json
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck.cli import main
from factcheck.corpus import iter_jsonl
from factcheck.distributed import CheckSpec, Outcome, RemoteError, check_item, check_items, record_document
from factcheck.errors import InputError
from factcheck.serialize import report_to_dict
from factcheck.store import ClaimStore

distributed = pytest.importorskip("distributed")

RECORD = {
    "id": "harbour-2023-05-02",
    "url": "https://news.example.org/2023/05/02/harbour",
    "publisher": "Example News",
    "published": "2023-05-02",
    "title": "Council backs harbour plan",
    "text": (
        "Council backs harbour plan\n\n“We will spend 4.2 million pounds on the sea wall before the winter "
        "storms,” council leader Ana Ruiz said on Tuesday.\n\nAbout 300 homes flooded last year, the "
        "Environment Agency said.\n"
    ),
}


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
        ) as local,
        distributed.Client(local) as client,
    ):
        yield local, client


def test_a_report_pickles_to_an_equal_report(seed_path: Path) -> None:
    report = factcheck.check(seed_path)
    again = pickle.loads(pickle.dumps(report))
    assert again == report and report_to_dict(again) == report_to_dict(report)
    assert again.speaker(report.speakers[0].id) == report.speakers[0]


def test_a_record_is_a_document_with_its_metadata() -> None:
    document = record_document(RECORD)
    assert (document.url, document.publisher, document.title, document.path) == (
        RECORD["url"],
        "Example News",
        "Council backs harbour plan",
        "harbour-2023-05-02",
    )
    assert document.published is not None and document.published.isoformat() == "2023-05-02"
    with pytest.raises(InputError, match="harbour-2023-05-02: 'text' is empty"):
        record_document({"id": "harbour-2023-05-02", "text": "  "})
    with pytest.raises(InputError, match="'published'"):
        record_document({**RECORD, "published": "Tuesday"})


def test_json_lines_inputs_are_checked_and_a_bad_line_is_an_outcome(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [json.dumps(RECORD), "{not json", json.dumps({**RECORD, "id": "b"})]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outcomes = [check_item(item) for item in iter_jsonl(corpus)]
    assert [o.kind for o in outcomes] == [None, "input", None]
    assert f"{corpus}:2" in (outcomes[1].error or "")
    first = outcomes[0].report
    assert first is not None and first.document.path == f"{corpus}#harbour-2023-05-02"


def test_an_article_that_cannot_be_read_is_an_outcome_not_a_crash(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    outcome = check_item(missing)
    assert outcome.report is None and outcome.kind == "input" and str(missing) in (outcome.error or "")
    with pytest.raises(InputError, match=r"gone\.txt"):
        outcome.unwrap()
    with pytest.raises(RemoteError, match="boom"):
        Outcome("x", error="internal error while checking: ValueError: boom", kind="internal").unwrap()
    only = check_item(RECORD, CheckSpec(checkers=("numeric",)))
    assert only.report is not None and {v.checker for v in only.report.verdicts} <= {"numeric"}


@pytest.mark.benchmark_data
def test_two_worker_processes_give_the_reports_of_one_process(
    cluster: Any, benchmarks: Path, seed_path: Path, tmp_path: Path
) -> None:
    _local, client = cluster
    assert len(client.scheduler_info()["workers"]) == 2
    paths = [seed_path, *sorted((benchmarks / "news-attribution").glob("*.txt"))]
    text = seed_path.read_text(encoding="utf-8")
    items: list[Any] = [*paths, RECORD, text, tmp_path / "missing.txt"]
    outcomes = list(check_items(items, client=client, partition_size=3))
    assert [o.source for o in outcomes[: len(paths)]] == [str(p.absolute()) for p in paths]
    for path, outcome in zip(paths, outcomes, strict=False):
        assert outcome.report == factcheck.check(path), path.name
    assert outcomes[len(paths)].report == factcheck.check(record_document(RECORD))
    assert outcomes[len(paths)].report.document.path == "harbour-2023-05-02"
    assert outcomes[len(paths) + 1].report == factcheck.check_text(text)
    assert outcomes[-1].kind == "input" and outcomes[-1].report is None
    # reports are plain data: merged into the claim store afterwards, as one process stores them
    with ClaimStore(tmp_path / "dask.sqlite") as merged, ClaimStore(tmp_path / "one.sqlite") as single:
        merged.add_reports(o.report for o in outcomes if o.report is not None)
        for path in [*paths]:
            single.add_report(factcheck.check(path))
        single.add_report(factcheck.check(record_document(RECORD)))
        for table in (
            "documents",
            "quotes",
            "figures",
            "claims",
            "verdicts",
            "speakers",
            "quote_keys",
            "quote_keys_level1",
            "quote_keys_level2",
            "quote_keys_staged",
        ):
            assert merged.count(table) == single.count(table), table


@pytest.mark.benchmark_data
def test_check_dask_address_prints_what_check_prints(cluster: Any, benchmarks: Path) -> None:
    local, _client = cluster
    folder = str(benchmarks / "news-attribution")
    alone, there, err = io.StringIO(), io.StringIO(), io.StringIO()
    code = main(["check", "-f", "json", "-q", folder], out=alone, err=io.StringIO())
    assert (
        main(["check", "--dask", local.scheduler_address, "-f", "json", "-q", folder], out=there, err=err)
        == code
    )
    assert there.getvalue() == alone.getvalue() and err.getvalue() == ""
    assert len(there.getvalue().splitlines()) == 30


def test_check_dask_with_no_scheduler_is_one_line_and_exit_2(seed_path: Path) -> None:
    err = io.StringIO()
    code = main(["check", "--dask", "tcp://127.0.0.1:9", str(seed_path)], out=io.StringIO(), err=err)
    assert code == 2
    assert err.getvalue().startswith("factcheck: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert len(err.getvalue().splitlines()) == 1
