"""Preconditions and abstentions of the `sources` checker and the history checks
(docs/checkers/sources.md, docs/checkers/history.md), each on sentences written for the test
in the style of news copy: every verdict kind judges only what it has established, and says
nothing (or ``unknown`` with the reason) otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from factcheck_plugins import history

import factcheck
from factcheck.model import Report, Status, Verdict
from factcheck.store import ClaimStore


def sources_verdicts(report: Report, check: str) -> list[Verdict]:
    return [v for v in report.verdicts if v.checker == "sources" and v.data.get("check") == check]


# --------------------------------------------------------------------------- sources: publisher


def test_a_wire_credit_is_the_publisher_and_a_wire_cited_in_a_sentence_is_not() -> None:
    credited = factcheck.check_text(
        "Port strike ends\n\nAP\n\nROTTERDAM (AP) — Dock workers voted on Friday to end a four-day strike "
        "that had idled the port, their union said.\n"
    )
    assert [v.summary.split(":")[0] for v in sources_verdicts(credited, "publisher")][:1] == [
        "The Associated Press"
    ]
    cited = factcheck.check_text(
        "Port strike ends\n\nDock workers voted on Friday to end a four-day strike, a Reuters tally of "
        "the union's ballots showed.\n"
    )
    assert sources_verdicts(cited, "publisher") == []  # no publisher named: no verdict at all


def test_a_publisher_no_list_knows_is_unknown_never_guessed() -> None:
    report = factcheck.check_text(
        "Ferry fares rise\n\nBy Lena Ortiz, Harbour Gazette\n\nFerry fares will rise 8 percent in "
        "April, the operator said on Tuesday.\n",
        publisher="Harbour Gazette",
    )
    [verdict] = sources_verdicts(report, "publisher")
    assert verdict.status is Status.UNKNOWN and "in no source list" in verdict.summary


# --------------------------------------------------------------------------- sources: self-reported


SELF_REPORTED = "Border clashes\n\n{lead} 1,200 Ukrainian soldiers have been killed since March.\n"


def test_a_figure_from_the_side_it_concerns_is_self_reported() -> None:
    report = factcheck.check_text(SELF_REPORTED.format(lead="According to the Ukrainian defence ministry,"))
    found = sources_verdicts(report, "self-reported")
    assert [v.status for v in found] == [Status.INFO]
    assert "interested party (Ukraine)" in found[0].summary


@pytest.mark.parametrize(
    "lead",
    [
        "According to Amnesty International,",  # an independent body
        "According to the Russian defence ministry,",  # the other side: an interested party, not this one
        "",  # no origin and no speaker: nothing to say who reports it
    ],
)
def test_a_figure_not_only_from_the_side_it_concerns_is_not_self_reported(lead: str) -> None:
    report = factcheck.check_text(SELF_REPORTED.format(lead=lead))
    assert sources_verdicts(report, "self-reported") == []


# --------------------------------------------------------------------------- history


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ClaimStore]:
    with ClaimStore(tmp_path / "claims.sqlite") as opened:
        yield opened


def article(figure: str, published: str | None, name: str) -> Report:
    return factcheck.check_text(
        "Clinics to close\n\nHealth Minister Ana Ruiz said on Monday that "
        f"{figure} rural clinics would close by the end of the year.\n\n"
        "“We cannot keep every one of them open with the money we have,” Ruiz told reporters.\n",
        path=name,
        published=published,
    )


def drift(report: Report, store: ClaimStore) -> list[Verdict]:
    return [v for v in history.run_history_checks(report, store) if v.checker == "figure-drift"]


def test_drift_warns_only_when_the_figures_cannot_both_hold_within_a_month(store: ClaimStore) -> None:
    store.add_report(article("40", "2024-03-01", "first.txt"))
    close = drift(article("65", "2024-03-11", "second.txt"), store)
    assert [v.status for v in close] == [Status.WARN] and close[0].data["days"] == 10
    # a month and more apart the number may have moved: said, not alarmed
    later = drift(article("65", "2024-05-20", "third.txt"), store)
    assert [v.status for v in later] == [Status.INFO]
    # of unknown date: the same
    undated = drift(article("65", None, "fourth.txt"), store)
    assert [v.status for v in undated] == [Status.INFO]
    # intervals that meet ("about 42" and 40) can both hold
    hedged = drift(article("about 42", "2024-03-11", "fifth.txt"), store)
    assert Status.WARN not in {v.status for v in hedged}
    # the same figure again is no drift
    assert drift(article("40", "2024-03-11", "sixth.txt"), store) == []


def test_a_figure_of_another_speaker_is_not_drift(store: ClaimStore) -> None:
    store.add_report(article("40", "2024-03-01", "first.txt"))
    other = factcheck.check_text(
        "Clinics to close\n\nOpposition leader Tomas Berg said on Monday that 65 rural clinics would "
        "close by the end of the year.\n",
        path="other.txt",
        published="2024-03-05",
    )
    assert drift(other, store) == []


def test_misattribution_needs_six_words_and_another_speaker(store: ClaimStore) -> None:
    store.add_report(article("40", "2024-03-01", "first.txt"))

    def given_to(words: str, speaker: str) -> list[Verdict]:
        report = factcheck.check_text(
            f"Budget row\n\n“{words},” {speaker} told reporters on Friday.\n",
            path="later.txt",
            published="2024-03-08",
        )
        return [v for v in history.run_history_checks(report, store) if v.checker == "misattribution"]

    long = "We cannot keep every one of them open with the money we have"
    assert [v.status for v in given_to(long, "Finance Minister Piotr Nowak")] == [Status.WARN]
    assert given_to(long, "Health Minister Ana Ruiz") == []  # the same speaker
    assert given_to("We cannot keep them open", "Finance Minister Piotr Nowak") == []  # five words
