"""A later mention that refers back in its own words ("the 28 pages", "That's 28 terminals") is one
quantity told twice; the numeric checker warns when its figure differs, and abstains when the
reference back is not established; and two sentences with different subjects set two figures side
by side.  Every text is written for the test in the style of news copy.
"""

from __future__ import annotations

from typing import Any

import pytest
from factcheck_plugins import numeric
from factcheck_plugins.numeric_anaphora import anaphor_kind, narrowed, refers_back

from factcheck.model import Status, Verdict


def restatements(run_checker: Any, text: str) -> list[Verdict]:
    report = run_checker(text, numeric.check_numeric)
    return [v for v in report.verdicts if v.data.get("relation") == "restatement"]


def alarms(found: list[Verdict]) -> list[Verdict]:
    return [v for v in found if v.status in (Status.FAIL, Status.WARN)]


PAGES = (
    "Audit\n\nThe ministry will publish 28 pages of the auditor's findings. Opposition lawyers have "
    "asked for the full file.\n\nThe auditor has asked it to release the {n} pages quickly.\n"
)


def test_a_definite_mention_two_sentences_on_refers_back() -> None:
    assert anaphor_kind("The auditor has asked it to release the ") == "definite"
    assert anaphor_kind("That's ", whole=True) == "copula"
    assert anaphor_kind("Prices rose from the ") == ""  # a comparison's start, not a reference back
    assert anaphor_kind("It grew faster than the ") == ""
    assert refers_back("definite", 2, frozenset({"page"}), frozenset({"page", "inquir"}), True)
    assert not refers_back("definite", 3, frozenset({"page"}), frozenset({"page"}), True)  # too far
    assert not refers_back("definite", 1, frozenset({"elite", "troop"}), frozenset({"troop"}), True)
    assert not refers_back("definite", 1, frozenset({"delega"}), frozenset({"delega"}), False)  # roles
    assert not refers_back("copula", 2, frozenset({"state"}), frozenset({"state"}), True)
    assert narrowed("definite", " at its Ohio plant") and not narrowed("copula", " with 309 electoral votes")
    assert narrowed("copula", " more than its rival runs")


def test_the_same_pages_with_another_figure_warn(run_checker: Any) -> None:
    found = restatements(run_checker, PAGES.format(n=22))
    assert [v.status for v in found] == [Status.WARN], [v.summary for v in found]
    assert found[0].data["anaphor"] == "definite"
    assert {v.status for v in restatements(run_checker, PAGES.format(n=28))} == {Status.PASS}
    # without "the" nothing says they are the same pages: the one-word noun rule abstains
    bare = PAGES.format(n=22).replace("release the 22 pages", "release 22 pages")
    assert "release 22 pages" in bare
    assert not alarms(restatements(run_checker, bare))


def test_a_sentence_opening_with_the_reference_is_about_that_quantity(run_checker: Any) -> None:
    # the second sentence names a body later on; its subject is still "the ... revoked licences"
    text = (
        "Licences\n\nStill, the 3,400 revoked licences since the spring are far more than in past "
        "years. The 4,100 revoked licences could include boats the Coastal Fisheries Agency counted "
        "twice.\n"
    )
    found = restatements(run_checker, text)
    assert [v.status for v in found] == [Status.WARN], [v.summary for v in found]


def test_that_is_restates_the_sentence_before(run_checker: Any) -> None:
    text = (
        "Harbours\n\nThe port authority now runs cranes at 40 terminals across the coast. "
        "That's {n} terminals with deep-water berths.\n"
    )
    assert [v.status for v in restatements(run_checker, text.format(n=28))] == [Status.WARN]
    assert {v.status for v in restatements(run_checker, text.format(n=40))} == {Status.PASS}


@pytest.mark.parametrize(
    "text",
    [
        # a narrower set: "elite troops" adds a word to "troops"
        "Troops\n\nAbout 5,500 troops will stay in the country next year. Now roughly half of the "
        "7,500 elite troops overseas serve elsewhere.\n",
        # a threshold to reach is not the tally held
        "Race\n\nThe front-runner has won 1,020 delegates so far. He still needs the 1,237 delegates "
        "required to win on the first ballot.\n",
        # another count of the noun stands between: which one "the" points back to is not known
        "Race\n\nClinton has won 1,944 delegates. Sanders has won 1,428 delegates. "
        "The 1,600 delegates still to be chosen vote in June.\n",
        # a comparison, not a reference back
        "Turnout\n\nOnly 367,000 people voted on Saturday. That is down sharply from the 436,000 people "
        "who voted in 2008.\n",
        # narrowed right after the noun: a part of the earlier set, not all of it
        "Jobs\n\nThe company employs 5,000 people, its annual report says. The 4,000 people at its Ohio "
        "plant will keep their jobs.\n",
        # a relative clause defines another set: the homes that lost power are some of those damaged
        "Storm\n\nThe storm damaged 1,200 homes across the county on Monday. The 900 homes that lost power "
        "were mostly in the north.\n",
        # a clause with no "that" defines another set too, even in a sentence naming the first subject
        "Audit\n\nThe agency will release 28 pages of the audit, the Harbour Authority said. Critics want "
        "more. Councillor Dale Brandt said the Harbour Authority should also publish the 22 pages it "
        "withheld.\n",
        # a whole, not the set counted before
        "Poll\n\nClinton leads in 48 states, the survey found. In the 50 states combined, her lead "
        "averages six points.\n",
        # a copula that compares, not restates
        "Harbours\n\nThe port authority now runs cranes at 40 terminals across the coast. That is 28 "
        "terminals more than its rival runs.\n",
        # three sentences on, another count of the noun nearer: which one "the" points back to is not known
        # (round 9: with no count of the noun in the two sentences before, a plain count points back
        # further; tests/test_faults9.py)
        "Inquiry\n\nThe agency may declassify 28 pages of the report. Lawyers pressed for years. "
        "Families sued twice over 40 pages of emails. Then a senator urged it to release the 22 pages.\n",
    ],
)
def test_no_reference_back_no_alarm(run_checker: Any, text: str) -> None:
    assert not alarms(restatements(run_checker, text)), [v.summary for v in restatements(run_checker, text)]


COURT = (
    "Court\n\nThe state's appeal will be heard by {n} judges rather than 11, because the chief judge "
    "has stepped aside. Lawyers for the towns filed their briefs on Friday. Of the {m} judges who will "
    "hear the appeal, six were named by the last governor.\n"
)


def test_a_relative_clause_that_repeats_the_earlier_sentence_refers_back(run_checker: Any) -> None:
    # "who will hear the appeal" says what the first sentence says of its judges: the same judges
    found = restatements(run_checker, COURT.format(n=10, m=8))
    assert [v.status for v in alarms(found)] == [Status.WARN], [v.summary for v in found]
    assert alarms(found)[0].data["anaphor"] == "definite"
    assert not alarms(restatements(run_checker, COURT.format(n=10, m=10)))
    # a clause saying something the first sentence does not ("who sat on the bench last year") carves
    # out a set of its own
    other = COURT.format(n=10, m=8).replace("who will hear the appeal", "who sat on the bench last spring")
    assert not alarms(restatements(run_checker, other))


def test_a_reference_back_whose_sentence_names_the_first_subject_is_about_the_same_pages(
    run_checker: Any,
) -> None:
    text = (
        "Inquiry\n\nThe Harbour Authority is expected to release 28 pages of the inspection report "
        "next week. Ship owners have waited for months. Former mayor Dale Brandt has pressed the Harbour "
        "Authority to publish the {n} pages.\n"
    )
    found = restatements(run_checker, text.format(n=22))
    assert [v.status for v in found] == [Status.WARN], [v.summary for v in found]
    assert {v.status for v in restatements(run_checker, text.format(n=28))} == {Status.PASS}
    # naming someone else only, the sentence may set another body's pages beside the first
    other = text.format(n=22).replace("pressed the Harbour Authority", "pressed the city council")
    assert not alarms(restatements(run_checker, other))


def test_whoever_reaches_a_count_names_a_threshold(run_checker: Any) -> None:
    text = (
        "Council\n\nThe mayor still lacks the 218 votes needed to pass the budget. The council met on "
        'Monday.\n\n"Whoever gets {n} votes will carry the budget," a clerk said.\n'
    )
    assert [v.status for v in restatements(run_checker, text.format(n=240))] == [Status.WARN]
    assert {v.status for v in restatements(run_checker, text.format(n=218))} == {Status.PASS}


def test_a_body_named_before_the_figure_that_the_tool_does_not_know_is_still_a_subject(
    run_checker: Any,
) -> None:
    # a crews' drive's wage and a mayor's: two positions set side by side, not one told twice
    text = (
        "Wages\n\nDozens of dock crews affiliated with the Fair Harbour Pay drive marched past the port "
        "offices on Friday, in the hope that the council will adopt a $17 hourly wage citywide. Mayor Ann "
        "Cole has said that she supports a $14 hourly wage citywide.\n"
    )
    found = restatements(run_checker, text)
    assert [v.status for v in found] == [Status.UNKNOWN], [v.summary for v in found]
    assert "different subjects" in found[0].summary
