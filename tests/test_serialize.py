"""Reading a report back: ``--include-text`` puts the article in the JSON and ``Report.from_dict``
rebuilds an equal Report, on the seed and on real articles; numbers stay numbers."""

from __future__ import annotations

import datetime as dt
import json
import math
from fractions import Fraction
from pathlib import Path

import attrs
import pytest

import factcheck
from factcheck.cli import main
from factcheck.model import Report, Status, Verdict
from factcheck.serialize import report_from_dict, report_to_dict, report_to_json


def _through_json(report: Report) -> dict[str, object]:
    data: dict[str, object] = json.loads(json.dumps(report_to_json(report, include_text=True)))
    return data


def test_seed_round_trips_through_the_command_line(seed_path: Path) -> None:
    import io

    out, err = io.StringIO(), io.StringIO()
    assert main(["check", str(seed_path), "--format", "json", "--include-text"], out=out, err=err) == 0
    data = json.loads(out.getvalue())
    assert data["document"]["text"] == seed_path.read_text(encoding="utf-8")
    assert "nulls" in data  # the seed's 'over 4,000' is unbounded: an infinity written as null
    again = Report.from_dict(data)
    assert again == factcheck.check(seed_path)
    assert again.document.published == dt.date(2018, 5, 12) and again.document.publisher == "RT"
    bound = [v for v in again.verdicts if "numbers" in v.data and "whole" in v.data["numbers"]]
    assert any(math.isinf(v.data["numbers"]["whole"][1]) for v in bound)  # read back, not None


def test_without_text_the_json_is_unchanged_and_from_dict_asks_for_it(seed_path: Path) -> None:
    report = factcheck.check(seed_path)
    data = json.loads(json.dumps(report_to_json(report)))
    assert "text" not in data["document"]
    with pytest.raises(ValueError, match="include-text"):
        Report.from_dict(data)
    assert report_from_dict(data, text=report.document.text) == report  # the text given beside it
    with pytest.raises(ValueError, match="characters"):
        report_from_dict(data, text=report.document.text + " more")
    with pytest.raises(ValueError, match="factcheck/1"):
        report_from_dict({"schema": "other/2"}, text="")


@pytest.mark.benchmark_data
def test_real_articles_round_trip(benchmarks: Path) -> None:
    files = sorted((benchmarks / "polnear" / "dev").glob("*.txt"))[:25]
    files += sorted((benchmarks / "news-attribution").glob("*.txt"))[:10]
    assert len(files) >= 20
    for path in files:
        report = factcheck.check(path)
        assert Report.from_dict(_through_json(report)) == report, path.name


def test_a_document_with_metadata_and_a_changed_verdict_is_not_equal(seed_text: str) -> None:
    document = factcheck.Document(
        text=seed_text,
        url="https://www.rt.com/news/426541-russians-fight-isis-prosecution/",
        publisher="RT",
        published=dt.date(2018, 5, 12),
        title="Senior diplomat",
    )
    report = factcheck.check(document)
    again = Report.from_dict(_through_json(report))
    assert again == report and again.document.url == document.url
    changed = attrs.evolve(report, verdicts=(*report.verdicts[:-1], Verdict(Status.FAIL, "changed")))
    assert Report.from_dict(_through_json(changed)) != report


def test_verdict_data_numbers_are_numbers(seed_text: str) -> None:
    report = factcheck.check(seed_text)
    odd = Verdict(
        Status.INFO,
        "a checker's own numbers",
        checker="sample",
        data={"ratio": Fraction(1, 4), "status": Status.PASS, "when": dt.date(2018, 5, 12), "ids": ("a",)},
    )
    data = report_to_dict(attrs.evolve(report, verdicts=(odd,)))["verdicts"][0]["data"]
    assert data == {"ratio": 0.25, "status": "pass", "when": "2018-05-12", "ids": ["a"]}
