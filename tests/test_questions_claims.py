"""A question put in an article ("Asked whether the tram would open on time, …", "Reporters asked
whether the budget would hold") is an attribution of kind ``asked``: it asserts nothing, so it is
no claim, its sentence is no claim of the writer's, and the attribution checker does not ask who
put it.  The answer beside it is still a claim and still attributed.  The article is written for
these tests, in the style of a city-hall story."""

from __future__ import annotations

import factcheck
from factcheck.model import Status

ARTICLE = (
    "Mayor backs tram plan\n\n"
    "Asked whether the tram would open on time, Mayor Joan Ruiz said the city was confident it "
    "would run by June.\n\n"
    "Reporters asked whether the budget of $40 million would hold.\n\n"
    "The council approved the line in March by 31 votes to 9.\n"
)


def test_a_question_is_an_attribution_but_no_claim() -> None:
    report = factcheck.check_text(ARTICLE)
    text = report.document.text
    asked = [q for q in report.quotes if q.attribution == "asked"]
    assert sorted(q.span.of(text) for q in asked) == [
        "whether the budget of $40 million would hold",
        "whether the tram would open on time",
    ]
    claimed = [c.span.of(text) for c in report.claims]
    assert not [c for c in claimed if "whether" in c]
    # the answer is still a claim, and the writer's own sentence with figures still is one
    assert any(c.startswith("the city was confident") for c in claimed)
    assert any(c.startswith("The council approved the line") for c in claimed)


def test_the_attribution_checker_does_not_ask_who_put_a_question() -> None:
    report = factcheck.check_text(ARTICLE)
    summaries = [v.summary for v in report.verdicts if v.checker == "attribution"]
    assert not [s for s in summaries if "whether" in s]
    speakers = [v for v in report.verdicts if v.checker == "attribution" and v.data.get("check") == "speaker"]
    assert [(v.status, v.summary) for v in speakers] == [
        (Status.PASS, "1 reported statement attributed to Joan Ruiz (Mayor)")
    ]


RHETORICAL = (
    "Power bills anger pensioners\n\n"
    "“Why are we paying 40 per cent more for power than Victoria?” asked Mark Nolan, a Brisbane "
    "pensioner.\n\n"
    "“Will you stand again?” a reporter asked.\n"
)


def test_a_question_in_marks_with_a_figure_asserts_it() -> None:
    report = factcheck.check_text(RHETORICAL)
    text = report.document.text
    claimed = [c.span.of(text) for c in report.claims]
    assert claimed == ["Why are we paying 40 per cent more for power than Victoria?"]
    speakers = [v for v in report.verdicts if v.checker == "attribution" and v.data.get("check") == "speaker"]
    assert [(v.status, v.summary) for v in speakers] == [(Status.PASS, "1 quote attributed to Mark Nolan")]
