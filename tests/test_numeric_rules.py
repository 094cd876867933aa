"""The numeric checker's preconditions and the checks of issue 13, each on sentences of its own.

Every text here is written for the test in the style of news copy; the real extractor reads
the figures (``run_checker``), so the rules are tested as they run on an article.  Where a
sentence is the wrong case of another, the comment says which number changed.
"""

from __future__ import annotations

from typing import Any

import pytest
from factcheck_plugins import numeric
from factcheck_plugins.numeric_restated import agree_at_precision

from factcheck.model import Figure, Report, Span, Status, Verdict


def verdicts(run_checker: Any, text: str, relation: str | None = None) -> tuple[Report, list[Verdict]]:
    rep = run_checker(text, numeric.check_numeric)
    mine = [v for v in rep.verdicts if v.checker == "numeric"]
    if relation is not None:
        mine = [v for v in mine if v.data.get("relation") == relation]
    return rep, mine


def statuses(found: list[Verdict]) -> set[Status]:
    return {v.status for v in found}


# ---------------------------------------------------------------- shares face to face


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Poll\n\nClinton leads Trump 48 percent to 41 percent among likely voters, the survey found.\n",
            "pass",
        ),
        # 41 -> 61: the two shares of one electorate pass 100%
        (
            "Poll\n\nClinton leads Trump 48 percent to 61 percent among likely voters, the survey found.\n",
            "fail",
        ),
        ("Poll\n\nThe senator won the primary 54% to 46%, according to the returns.\n", "pass"),
    ],
)
def test_shares_set_face_to_face_must_fit_in_one_whole(run_checker: Any, text: str, expected: str) -> None:
    _, found = verdicts(run_checker, text, "share-sum")
    assert statuses(found) == {Status(expected)}
    assert all(v.data["roles"]["share"] for v in found)


@pytest.mark.parametrize(
    "text",
    [
        "Taxes\n\nThe plan would cut the top rate from 39.6 percent to 65 percent over a decade.\n",
        "Poll\n\nMore voters saw him as honest than in December, 64 percent to 56 percent.\n",
        "Email\n\nShe said 90 to 95 percent of the emails were already in the system.\n",
    ],
)
def test_changes_comparisons_and_ranges_are_not_shares_of_one_whole(run_checker: Any, text: str) -> None:
    _, found = verdicts(run_checker, text, "share-sum")
    assert Status.FAIL not in statuses(found) and Status.WARN not in statuses(found)


def test_shares_of_one_group_in_different_sentences_give_no_alarm(run_checker: Any) -> None:
    # two questions put to one group: 75 + 72 percent of Democrats is no contradiction
    text = (
        "Poll\n\nAsked whether the governor is honest, 75 percent of Democrats said yes. "
        "Asked whether she is realistic, 72 percent of Democrats said yes.\n"
    )
    _, found = verdicts(run_checker, text)
    assert not statuses(found) & {Status.FAIL, Status.WARN}


# ---------------------------------------------------------------- stated multiples


@pytest.mark.parametrize(
    ("rate", "expected"),
    [
        ("12.4", "pass"),  # 12.4 / 5.6 = 2.2: more than double
        ("10.8", "warn"),  # 10.8 / 5.6 = 1.93: not more than double under any rounding
        ("6.5", "warn"),  # 6.5 / 5.6 = 1.16
    ],
)
def test_more_than_double_the_national_rate(run_checker: Any, rate: str, expected: str) -> None:
    text = (
        f"Jobs\n\nYouth unemployment in the province stood at {rate} percent in May, "
        "more than double the national rate of 5.6 percent.\n"
    )
    _, found = verdicts(run_checker, text, "multiple")
    assert statuses(found) == {Status(expected)}


@pytest.mark.parametrize(("share", "expected"), [("19", "pass"), ("14", "warn")])  # 19 -> 14
def test_nearly_twice_as_high(run_checker: Any, share: str, expected: str) -> None:
    text = (
        "Poll\n\nAn average of 10 percent of voters had no opinion, but the share of undecided voters "
        f"is nearly twice as high in the state at {share} percent.\n"
    )
    _, found = verdicts(run_checker, text, "multiple")
    assert statuses(found) == {Status(expected)}


@pytest.mark.parametrize(("other", "expected"), [("18 million", "pass"), ("11 million", "warn")])
def test_less_than_half_of(run_checker: Any, other: str, expected: str) -> None:
    text = (
        f"Ratings\n\nThe debate drew about 8 million viewers, less than half of the {other} for the first.\n"
    )
    _, found = verdicts(run_checker, text, "multiple")
    assert statuses(found) == {Status(expected)}


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("about two-thirds, 64 percent,", "pass"),
        ("about two-thirds, 44 percent,", "warn"),  # 44 is nearer a half than two-thirds
        ("just over a quarter of the members, 27%,", "pass"),
        ("just over a quarter of the members, 22%,", "warn"),  # below the quarter "just over" gives
        ("nearly half, 46 percent,", "pass"),
        ("nearly half, 53 percent,", "warn"),  # "nearly half" is not more than half
    ],
)
def test_a_fraction_told_as_a_share_beside_it(run_checker: Any, words: str, expected: str) -> None:
    text = f"Union vote\n\nAmong the dock workers polled, {words} back the strike.\n"
    _, found = verdicts(run_checker, text, "fraction")
    assert statuses(found) == {Status(expected)}


@pytest.mark.parametrize(("total", "expected"), [("$120,000", "pass"), ("$61,500", "warn")])
def test_a_fraction_of_a_total_is_a_stated_multiple(run_checker: Any, total: str, expected: str) -> None:
    # "$600 a month" is a rate, no multiple of the total: the two amounts compared are the others
    text = (
        f"Savings\n\nFor a degree that costs {total} in all, a family would need to put aside about "
        "$600 a month to reach $30,000, which equals a quarter of the total cost.\n"
    )
    _, found = verdicts(run_checker, text, "multiple")
    assert statuses(found) == {Status(expected)}, [v.details for v in found]


def test_a_fraction_and_a_share_not_in_apposition_are_not_compared(run_checker: Any) -> None:
    text = "Union vote\n\nAbout two-thirds of members voted, and 44 percent of them backed the strike.\n"
    _, found = verdicts(run_checker, text, "fraction")
    assert found == []


def test_half_of_a_noun_is_a_share_not_a_multiple(run_checker: Any) -> None:
    text = "Troops\n\nRoughly half of the 7,500 troops overseas now serve in 85 countries, officials said.\n"
    _, found = verdicts(run_checker, text, "multiple")
    assert found == []


def test_a_multiple_with_three_figures_of_one_kind_abstains(run_checker: Any) -> None:
    text = "Sales\n\nSales doubled in the region, to 40 stores from 20 stores, while 35 stores closed.\n"
    _, found = verdicts(run_checker, text, "multiple")
    assert [v for v in found if v.data.get("either_way")] == []


@pytest.mark.parametrize(("other", "judged"), [("60 hours a week", False), ("60 million people", True)])
def test_a_multiple_needs_figures_counting_one_thing(run_checker: Any, other: str, judged: bool) -> None:
    # "doubled" said of premiums, beside people covered and hours worked: no multiple relates them
    text = (
        "Health law\n\nAll of a sudden 25 million more people have coverage, and the people out there "
        f"working, sometimes {other}, see their premiums doubled, the former president said.\n"
    )
    _, found = verdicts(run_checker, text, "multiple")
    assert bool(found) is judged


# ---------------------------------------------------------------- restatements


def fig(text: str, words: str, value: float, k: int = 0) -> Figure:
    start = -1
    for _ in range(k + 1):
        start = text.index(words, start + 1)
    return Figure(id=f"f{start}", span=Span(start, start + len(words)), value=value, lower=value, upper=value)


def test_restatement_agrees_at_the_precision_of_the_less_precise() -> None:
    text = (
        "The plan costs $1.4 billion. Its price, $1.41 billion, was set in May. Another costs $1.5 billion."
    )
    a, b, c = (
        fig(text, "1.4 billion", 1.4e9),
        fig(text, "1.41 billion", 1.41e9),
        fig(text, "1.5 billion", 1.5e9),
    )
    assert agree_at_precision(a, b, text)
    assert not agree_at_precision(a, c, text)


def test_a_restated_figure_changed_warns_and_never_fails(run_checker: Any) -> None:
    good = (
        "Flooding\n\nThe storm closed 240 schools across the county, officials said. "
        "Crews worked through the night.\n\nParents were told the 240 schools the storm closed "
        "across the county would stay shut.\n"
    )
    bad = good.replace("the 240 schools", "the 310 schools")
    _, ok = verdicts(run_checker, good, "restatement")
    _, changed = verdicts(run_checker, bad, "restatement")
    assert statuses(ok) == {Status.PASS}
    assert statuses(changed) == {Status.WARN}
    assert "schoo" in changed[0].details


def test_a_one_word_noun_with_little_shared_context_is_unknown_not_an_alarm(run_checker: Any) -> None:
    # "schools" twice, but nothing else the two sentences share says they are the same schools
    # (nor does "the 310 schools", a reference back: tests/test_numeric_anaphora.py)
    text = (
        "Flooding\n\nThe storm closed 240 schools across the county, officials said. "
        "Crews worked through the night.\n\nParents were told 310 schools would stay shut.\n"
    )
    _, found = verdicts(run_checker, text, "restatement")
    assert statuses(found) == {Status.UNKNOWN}
    assert "one-word noun" in found[0].details


@pytest.mark.parametrize(
    "text",
    [
        # different subjects: two candidates' tallies
        "Race\n\nHillary Clinton has won 1,944 delegates so far. Bernie Sanders has won 1,428 delegates.\n",
        # a 10-year and a 30-year yield
        "Bonds\n\nThe 10-year yield rose to 2.4 percent. The 30-year yield rose to 3.1 percent.\n",
        # two ages
        "Court\n\nSmith, 63, was sentenced on Friday. His brother, 68, was released.\n",
        # one price on two dates
        "Fuel\n\nGasoline cost $2.20 a gallon in January. By July, gasoline cost $2.80 a gallon.\n",
        # a threshold to reach and a pool at stake
        "Race\n\nThere are 384 delegates at stake on Tuesday. He has 439 delegates so far.\n",
    ],
)
def test_different_quantities_are_not_compared_as_one(run_checker: Any, text: str) -> None:
    _, found = verdicts(run_checker, text, "restatement")
    assert not statuses(found) & {Status.FAIL, Status.WARN}, [v.summary for v in found]


def test_a_date_range_is_not_a_count(run_checker: Any) -> None:
    text = "Vote\n\nEarly voting runs Nov. 3-14 in the county. The 12 days of voting cost $2 million.\n"
    _, found = verdicts(run_checker, text)
    dates = Span(text.index("3-14"), text.index("3-14") + 4)
    assert not [v for v in found if any(s.overlaps(dates) for s in v.evidence)]


def test_a_figure_is_never_compared_with_its_own_span(run_checker: Any, seed_text: str) -> None:
    _, found = verdicts(run_checker, seed_text)
    for verdict in found:
        spans = [(s.start, s.end) for s in verdict.evidence]
        assert len(spans) == len(set(spans)), verdict.summary


def test_a_sentence_repeated_verbatim_is_no_restatement(run_checker: Any) -> None:
    sentence = "The company cut 1,200 jobs in the state last year."
    text = f"Jobs\n\n{sentence}\n\nMore follows.\n\n{sentence}\n"
    _, found = verdicts(run_checker, text, "restatement")
    assert found == []


# ---------------------------------------------------------------- part and whole


@pytest.mark.parametrize(
    "text",
    [
        # two counts before "among them": which is the whole is not established
        "Crash\n\nThere were 56 passengers and 10 crew members on board, among them 30 Egyptian citizens.\n",
        # years and months are two units of measure
        "Court\n\nHe was sentenced to three years, including six months behind bars.\n",
        # a price is no whole of a crowd
        "Wages\n\nThey want a $15 an hour minimum wage. Dozens of them marched on Friday.\n",
    ],
)
def test_part_whole_abstains_without_its_preconditions(run_checker: Any, text: str) -> None:
    _, found = verdicts(run_checker, text, "part-whole")
    assert not statuses(found) & {Status.FAIL, Status.WARN}, [v.summary for v in found]


def test_only_a_stated_part_of_relation_fails(run_checker: Any) -> None:
    stated = (
        "Vote\n\nSeven of the 12 committee members backed the bill. Fifteen of the 12 members opposed it.\n"
    )
    _, found = verdicts(run_checker, stated, "part-whole")
    assert Status.FAIL in statuses(found)
    read = (
        "Storm\n\nThe storm damaged 300 homes, including 450 on the coast.\n"  # "including": read, not stated
    )
    _, found = verdicts(run_checker, read, "part-whole")
    assert Status.FAIL not in statuses(found)


@pytest.mark.parametrize(("part", "expected"), [("23", Status.PASS), ("44", Status.FAIL)])
def test_n_of_its_m_is_a_stated_part(run_checker: Any, part: str, expected: Status) -> None:
    text = (
        f"Caucus\n\nThe state party will select {part} of its 29 delegates at the convention on Saturday.\n"
    )
    _, found = verdicts(run_checker, text, "part-whole")
    assert statuses(found) == {expected}


# ---------------------------------------------------------------- stated arithmetic


@pytest.mark.parametrize(("drop", "expected"), [("0.7", "pass"), ("1.7", "fail")])  # 0.7 -> 1.7
def test_a_change_from_one_rate_to_another(run_checker: Any, drop: str, expected: str) -> None:
    text = (
        "Jobs\n\nThe jobless rate fell from 5.6 percent in March to 4.9 percent in June, "
        f"a drop of {drop} percentage points, the agency said.\n"
    )
    _, found = verdicts(run_checker, text, "change")
    assert statuses(found) == {Status(expected)}


@pytest.mark.parametrize(("total", "expected"), [("65", "pass"), ("75", "fail")])  # 65 -> 75
def test_a_stated_total(run_checker: Any, total: str, expected: str) -> None:
    text = (
        f"Hospital\n\nThe county hired 40 nurses and 25 doctors, a total of {total} new staff, this spring.\n"
    )
    _, found = verdicts(run_checker, text, "total")
    assert statuses(found) == {Status(expected)}


def test_one_hedge_and_one_other_figure_in_common_make_a_restatement_warn(run_checker: Any) -> None:
    # "about ... borrowers" and "about $1.3 trillion" in both sentences: one estimate told twice
    text = (
        "Student debt\n\nAbout 42 million borrowers owe about $1.3 trillion, the department said. "
        "Rates have risen since then.\n\n"
        "Across the country, about 63 million borrowers owe about $1.3 trillion in loans.\n"
    )
    _, found = verdicts(run_checker, text, "restatement")
    assert statuses(found) == {Status.WARN}
    alone = text.replace("owe about $1.3 trillion in loans", "owe money on loans")
    _, other = verdicts(run_checker, alone, "restatement")
    assert Status.WARN not in statuses(other)


def test_two_thresholds_of_one_noun_are_one_threshold(run_checker: Any) -> None:
    text = (
        "Convention math\n\nA candidate needs 2,383 delegates to win the nomination outright. "
        "The party met in Ohio.\n\nOrganizers said a Democrat needs 1,787 delegates to clinch it.\n"
    )
    _, found = verdicts(run_checker, text, "restatement")
    assert statuses(found) == {Status.WARN}
    tally = text.replace("needs 1,787 delegates to clinch it", "has won 1,787 delegates so far")
    _, other = verdicts(run_checker, tally, "restatement")
    assert Status.WARN not in statuses(other)


def test_a_group_told_again_as_people_is_one_quantity(run_checker: Any) -> None:
    # "undocumented workers" told again as "undocumented people": one group in plainer words
    text = (
        "Amnesty\n\nThe plan would shield up to 6 million undocumented workers from removal, aides said. "
        "Farm groups welcomed it. Church leaders asked for more.\n\n"
        "All told, up to {n} million undocumented people could be eligible for the programs.\n"
    )
    _, found = verdicts(run_checker, text.format(n=4), "restatement")
    assert statuses(found) == {Status.WARN}, [v.summary for v in found]
    _, same = verdicts(run_checker, text.format(n=6), "restatement")
    assert statuses(same) == {Status.PASS}
    # "people" alone, with no word of the first group's noun, names no group told before
    plain = text.format(n=4).replace("undocumented people", "people")
    _, other = verdicts(run_checker, plain, "restatement")
    assert Status.WARN not in statuses(other)


DONATIONS = (
    "Museum\n\nThe developer's family foundation made three gifts that totaled $4.72 million to the "
    "museum, records show. The board met on Monday.\n\nThose three gifts totaling $4.72 million were "
    "never disclosed by the museum, despite its own rules.\n"
)


def test_a_distinctive_amount_told_again_without_its_noun_is_one_quantity(run_checker: Any) -> None:
    # "$4.72 million" names nothing it counts on either side; three significant digits of money in
    # like words ("three gifts", "totaled") are one amount told twice
    _, ok = verdicts(run_checker, DONATIONS, "restatement")
    _, changed = verdicts(run_checker, DONATIONS.replace("totaling $4.72", "totaling $6.15"), "restatement")
    assert statuses(ok) == {Status.PASS}
    assert statuses(changed) == {Status.WARN}


@pytest.mark.parametrize(
    "text",
    [
        # one of several values of a measure in one sentence: a series over dates, not one amount
        "Rent\n\nThe campaign paid $110,684 in rent on June 9 and $169,758 on July 10, records show.\n\n"
        "The campaign paid $125,080 in rent to the same company, records show.\n",
        # a plain count under a thousand names too little to be read without its noun
        "Race\n\nThe senator must win 745 more delegates, aides said in a memo.\n\n"
        "Aides said in the memo he could reach 820 by June.\n",
    ],
)
def test_a_bare_amount_in_a_series_or_a_small_count_is_not_paired(run_checker: Any, text: str) -> None:
    _, found = verdicts(run_checker, text, "restatement")
    assert not statuses(found) & {Status.FAIL, Status.WARN}, [v.summary for v in found]


REFUND = (
    "Senator returns gifts\n\nSen. Dana Whitlock returned $38,400 in questionable donations to the "
    "donors, her office said on Friday.\n\nIn response to the Boston Herald's questions about the "
    "gifts, Sen. Dana Whitlock returned $38,400 in donations to the donors.\n"
)


def test_an_opening_phrase_is_not_the_subject_of_its_sentence(run_checker: Any) -> None:
    # "In response to the Boston Herald's questions, …" names the paper first, but the sentence is
    # about the senator, as the first one is: one refund told twice
    _, ok = verdicts(run_checker, REFUND, "restatement")
    _, changed = verdicts(
        run_checker,
        REFUND.replace("returned $38,400 in donations", "returned $25,860 in donations"),
        "restatement",
    )
    assert statuses(ok) == {Status.PASS}
    assert statuses(changed) == {Status.WARN}, [v.details for v in changed]
    # a figure inside the opening phrase is about what that phrase names
    inside = REFUND.replace(
        "In response to the Boston Herald's questions about the gifts, Sen. Dana Whitlock returned $38,400",
        "After the Boston Herald returned $25,860 in donations to its donors, "
        "Sen. Dana Whitlock returned $38,400",
    )
    _, apart = verdicts(run_checker, inside, "restatement")
    assert Status.WARN not in statuses([v for v in apart if "25,860" in v.summary]), [
        v.summary for v in apart
    ]
