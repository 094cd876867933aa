"""Property tests (issue 15): over arbitrary and adversarial text, extraction never raises, every span
lies inside the text, every figure's interval holds its value, every output format renders, JSON,
ClaimReview and HTML parse, and no control character reaches the terminal.

Examples are few (a few seconds in all); bench/robustness.py runs thousands.
"""

from __future__ import annotations

import io
import json
import math
import re
from typing import Any

import lxml.html
import tabulate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.cli import InertStream
from factcheck.manager import default_plugin_manager
from factcheck.model import Report
from factcheck.render import render_table
from factcheck.serialize import report_to_dict
from factcheck.testing import HOSTILE_FRAGMENTS

FRAGMENTS = HOSTILE_FRAGMENTS

adversarial = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=25).map("".join)
arbitrary = st.text(max_size=400)
texts = adversarial | arbitrary

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
TERMINAL_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def strict(text: str) -> Any:
    def refuse(name: str) -> Any:
        raise ValueError(f"non-strict JSON constant {name}")

    return json.loads(text, parse_constant=refuse)


def checked(text: str) -> Report:
    return factcheck.check_text(text, path="news/<b>a|b</b>\x1b[2J.txt")


@FAST
@given(texts)
def test_extraction_never_raises_and_every_span_lies_inside_the_text(text: str) -> None:
    report = factcheck.extract(factcheck.Document(text=text))
    size = len(text)
    spans = (
        [q.span for q in report.quotes] + [f.span for f in report.figures] + [c.span for c in report.claims]
    )
    spans += [m for s in report.speakers for m in s.mentions]
    spans += [s.span for s in report.sources if s.span is not None]
    for span in spans:
        assert 0 <= span.start <= span.end <= size
    as_json = report_to_dict(report)
    for key in ("quotes", "figures", "claims"):
        for item in as_json[key]:
            assert item["text"] == text[item["start"] : item["end"]]


@FAST
@given(texts)
def test_every_figure_holds_its_value_within_its_bounds(text: str) -> None:
    report = factcheck.extract(factcheck.Document(text=text))
    for figure in report.figures:
        assert not math.isnan(figure.value)
        low = -math.inf if figure.lower is None else figure.lower
        high = math.inf if figure.upper is None else figure.upper
        assert low <= figure.value <= high, (figure, text[figure.span.start : figure.span.end])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(adversarial)
def test_every_output_format_renders_parses_and_is_inert(text: str) -> None:
    report = checked(text)
    pm = default_plugin_manager()

    def render(fmt: str) -> str:
        rendered = pm.hook.factcheck_render(reports=[report], fmt=fmt, options={"width": 30})
        assert isinstance(rendered, str)
        return rendered

    data = strict(render("json"))
    assert data["document"]["length"] == len(text)
    reviews = render("claimreview")
    assert not re.search(r"[<>&]", reviews)
    assert isinstance(strict(reviews), list)
    html = render("html")
    page = lxml.html.fromstring(f"<html><body>{html}</body></html>")
    assert page.xpath("//script | //b | //i") == []
    for fmt in tabulate.tabulate_formats:
        table = render(fmt)
        assert not CONTROL.search(table), fmt


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(adversarial)
def test_no_control_character_reaches_the_terminal(text: str) -> None:
    sink = io.StringIO()
    stream = InertStream(sink)
    stream.write(render_table([checked(text)], "simple"))
    stream.write(f"factcheck: {text}: no such file\n")
    assert not TERMINAL_CONTROL.search(sink.getvalue())
