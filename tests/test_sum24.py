"""Parts, shares and stated changes told over more than one sentence (issue 13, branch ``sum24``):
general rules, each with near misses that must stay silent.  Every passage is written for these
tests in the style of wire, business and local copy; none is taken from an article.

* a change or multiple told with its start only, its end the new level of the sentence before
  (plugins/numeric_levels_before.py, ``start_only_changes``);
* a change named again by a definite noun, "the rise of C", against the one earlier pair of its
  kind (``changes_named_back``);
* shares of one whole listed over a few sentences and closed by a rest told in words
  (plugins/numeric_share_rest.py, ``shares_closed_over_sentences``);
* a later count of kinds a whole was said to include (plugins/numeric_listed_kinds.py);
* a change told level first whose level's words run long or name a season ("in the 2020/21
  season"; plugins/numeric_level_changes.py).
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck import Document
from factcheck.model import Status, Verdict


def _numeric(text: str) -> list[Verdict]:
    """The numeric checker's verdicts on ``text``, but ``info``."""
    return [
        v
        for v in factcheck.check(Document(text=text)).verdicts
        if v.checker == "numeric" and v.status is not Status.INFO
    ]


def _alarms(text: str, needle: str) -> list[Status]:
    """The ``fail``/``warn`` numeric verdicts whose summary names ``needle``."""
    alarms = (Status.FAIL, Status.WARN)
    return [v.status for v in _numeric(text) if v.status in alarms and needle in v.summary]


def _verdicts(text: str, needle: str) -> list[Status]:
    """Every numeric verdict whose summary names ``needle``."""
    return [v.status for v in _numeric(text) if needle in v.summary]


# ------------------------------------------------------------------ a change told with its start only

ALLOWANCE = (
    "Carers' allowance to rise by $40 a month\n\nBy a staff reporter\n\n"
    "The monthly carers' allowance will rise by $40 to $610 from July, the social services minister "
    "said on Tuesday, a rise that carers' groups called too small.\n\n"
    "{later}\n"
)


def test_a_change_told_with_its_start_only_is_read_against_the_level_before() -> None:
    # 610 / 420 is a rise of 45%, not nearly 60%
    text = ALLOWANCE.format(
        later="The allowance has risen steadily over the past six years, from $420 in 2012, an increase "
        "of nearly 60 percent over the period."
    )
    assert _alarms(text, "$420") == [Status.WARN]


def test_a_change_told_with_its_start_only_that_the_levels_give_passes() -> None:
    text = ALLOWANCE.format(
        later="The allowance has risen steadily over the past six years, from $420 in 2012, an increase "
        "of about 45 percent over the period."
    )
    assert _verdicts(text, "$420") == [Status.PASS]


def test_a_change_of_another_subject_is_not_read_against_the_level_before() -> None:
    # another quantity's change over another period: the subject shares no word with the level's sentence
    text = ALLOWANCE.format(
        later="Food prices have risen steadily over the past six years, from $420 in 2012, an increase of "
        "nearly 60 percent over the period."
    )
    assert _verdicts(text, "$420") == []


SHOPS = (
    "Discount chain keeps growing\n\nBy a business reporter\n\n"
    "The discount grocer opened 310 new shops last year, taking its total to 4,120, the company "
    "said in its annual report on Thursday.\n\n"
    "{later} The company says it now opens a new shop every day.\n"
)


def test_a_multiple_told_since_a_year_when_is_read_against_the_level_before() -> None:
    # 4,120 / 2,060 is exactly double: "almost tripled" is wrong
    text = SHOPS.format(later="Its number of shops has almost tripled since 2012, when it had 2,060.")
    assert _alarms(text, "tripled") == [Status.WARN]
    right = SHOPS.format(later="Its number of shops has doubled since 2012, when it had 2,060.")
    assert _alarms(right, "doubled") == []
    assert _verdicts(right, "doubled") == [Status.PASS]


def test_a_level_before_told_as_up_to_is_no_new_level() -> None:
    text = (
        "Discount chain keeps growing\n\nBy a business reporter\n\n"
        "The discount grocer plans to open up to 4,120 shops, the company said on Thursday.\n\n"
        "Its number of shops has almost tripled since 2012, when it had 2,060.shops.\n"
    )
    assert _verdicts(text, "tripled") == []


# ------------------------------------------------------------------ a change named again by its noun

WAGE = (
    "Minimum wage rises\n\nBy a labour correspondent\n\n"
    "The monthly minimum wage rose on Monday to 3,120 crowns, up from 2,840 crowns last year.\n\n"
    "{middle}"
    "The ministry says about 400,000 people earn the minimum, and that {later} will add about 1.4 "
    "billion crowns to employers' annual wage bill.\n"
)


def test_a_change_named_again_is_read_against_the_earlier_pair() -> None:
    # 3,120 - 2,840 is 280, not 400 (round levels would be read with their rounding)
    assert _alarms(WAGE.format(middle="", later="the rise of 400 crowns a month"), "400") == [Status.WARN]
    assert _verdicts(WAGE.format(middle="", later="the rise of 280 crowns a month"), "280") == [Status.PASS]


def test_a_change_named_again_takes_the_pair_of_its_own_period() -> None:
    # two pairs of the currency: the monthly wage and an hourly rate; "a month" names the first
    hourly = "The hourly rate for casual contracts rose from 17.50 crowns to 19.00 crowns.\n\n"
    assert _alarms(WAGE.format(middle=hourly, later="the rise of 400 crowns a month"), "400") == [Status.WARN]


def test_a_change_named_again_with_two_pairs_of_its_kind_is_not_read() -> None:
    other = "The minimum for apprentices rose from 2,140 crowns to 2,540 crowns.\n\n"
    assert _verdicts(WAGE.format(middle=other, later="the rise of 400 crowns a month"), "400") == []


def test_a_change_in_points_is_not_read_against_levels_of_money() -> None:
    assert _verdicts(WAGE.format(middle="", later="the rise of 4 percentage points"), "“4") == []


def test_a_change_named_again_in_the_subunit() -> None:
    text = "The single fare rose from $2.20 to $2.60 in March. Commuters say the rise of {c} cents hurts."
    assert _alarms(text.format(c=60), "60") == [Status.WARN]
    assert _alarms(text.format(c=40), "40") == []


# ------------------------------------------------------------------ shares over sentences

MINES = (
    "Output climbs at the big mines\n\nBy a mining correspondent\n\n"
    "According to the ministry, the Northern mine was the largest producer, accounting for {a} percent of "
    "national output. The Eastern mine contributed {b} percent, and the Lake mine {c} percent. The "
    "Valley mine accounted for {d} percent, with the remainder shared among smaller producers.\n"
)


def test_shares_listed_over_sentences_and_closed_by_the_rest_must_fit() -> None:
    # 36 + 27 + 24 + 16 = 103
    assert _alarms(MINES.format(a=36, b=27, c=24, d=16), "remainder") == [Status.WARN]


def test_rounded_shares_over_sentences_that_make_a_hundred_stay_silent() -> None:
    # 34 + 33 + 24 + 10 = 101: rounding of four shares
    assert _alarms(MINES.format(a=34, b=33, c=24, d=10), "remainder") == []


def test_shares_of_two_wholes_over_sentences_stay_silent() -> None:
    text = (
        "Output climbs at the big mines\n\nBy a mining correspondent\n\n"
        "The Northern mine accounted for 36 percent of national output. The Eastern mine contributed 27 "
        "percent of exports, and the Lake mine 24 percent. The Valley mine accounted for 16 percent, with "
        "the remainder shared among smaller producers.\n"
    )
    assert _alarms(text, "remainder") == []


def test_a_share_with_no_whole_ends_the_list() -> None:
    # turnout is a share of another whole: the list starts at no named whole and is not read
    text = (
        "A close count\n\nBy a political reporter\n\n"
        "Turnout was 45 percent. Labour won 40 percent, and the Conservatives 35 percent. The Greens took "
        "12 percent, with the rest shared among independents.\n"
    )
    assert _alarms(text, "rest") == []


# ------------------------------------------------------------------ kinds a whole was said to include

HOSPITAL = (
    "Nurses protest over unpaid overtime\n\nBy a health reporter\n\n"
    "The hospital employs 5,100 people, including doctors, nurses, care assistants and technicians, "
    "and has 1,060 beds.\n\n"
    "Unions say the {n} nurses and care assistants {where} are owed months of overtime.\n"
)


def test_a_count_of_kinds_the_whole_includes_must_fit_in_it() -> None:
    assert _alarms(HOSPITAL.format(n="5,600", where="at the hospital"), "5,600") == [Status.WARN]


def test_a_count_of_included_kinds_that_fits_passes() -> None:
    assert _alarms(HOSPITAL.format(n="3,600", where="at the hospital"), "3,600") == []


def test_a_count_of_included_kinds_elsewhere_stays_silent() -> None:
    assert _alarms(HOSPITAL.format(n="5,600", where="across the region"), "5,600") == []


def test_a_count_of_a_kind_the_partial_list_does_not_name_stays_silent() -> None:
    text = HOSPITAL.replace("doctors, nurses, care assistants and technicians", "doctors and nurses")
    assert _alarms(text.format(n="5,600", where="at the hospital"), "5,600") == []


# ------------------------------------------------------------------ a change told level first, long words


@pytest.mark.parametrize(
    ("level", "stated", "bad"),
    [
        (
            "Bleaching has spread to 41 percent of the soft coral colonies surveyed off the southern coast "
            "of the island this summer",
            "35 percentage points",
            True,
        ),
        (
            "Bleaching has spread to 41 percent of the soft coral colonies surveyed off the southern coast "
            "of the island this summer",
            "27 percentage points",
            False,
        ),
        ("Total production reached 9.8 million tonnes in the 2020/21 season", "about 18 percent", True),
        ("Total production reached 9.8 million tonnes in the 2020/21 season", "about 9 percent", False),
    ],
)
def test_a_change_told_level_first_with_long_or_seasoned_words(level: str, stated: str, bad: bool) -> None:
    low = "14 percent last year" if "percent" in level else "9 million tonnes the previous season"
    text = f"{level}, up from {low}, a rise of {stated}, a survey found on Monday."
    assert bool(_alarms(text, "a rise of")) is bad
    assert _verdicts(text, "a rise of")  # read either way: the right change passes


# ------------------------------------------------------------------ read after fault22's blind figure


def test_a_multiples_participle_naming_another_object_is_never_failed_as_the_pairs() -> None:
    # the lead took the participle form out after review24: its object is as often another quantity
    # ("halving the gap with the bus fare", "doubling the club's ticket income") as the pair's own
    for text in (
        "Off-peak fares between Cork and Limerick will fall from €12 to €9 in May, halving the gap "
        "with the coach fare.",
        "Season tickets will rise from £180 to £270, doubling the club's income from the stand.",
    ):
        assert not [v for v in _numeric(text) if v.status is Status.FAIL], text


BUSES = (
    "The commission operates 1,850 buses from seven garages. Of those, {a} are standard diesel buses, "
    "{b} are hybrid buses bought between 2006 and 2008 and 150 are older buses still used on peak-hour "
    "routes."
)


def test_parts_listed_of_those_with_a_span_of_years_and_a_smaller_count_before() -> None:
    # 1,190 + 690 + 150 = 2,030 buses, more than 1,850; "seven garages" cannot be their whole
    assert _alarms(BUSES.format(a="1,190", b="690"), "1,850") == [Status.WARN]
    assert _alarms(BUSES.format(a="1,090", b="590"), "1,850") == []


def test_parts_told_with_a_verb_of_using_stay_unread() -> None:
    text = (
        "The survey asked 1,850 commuters how they travel. Of those, 1,190 used the bus, 690 used the train "
    )
    assert _verdicts(text + "and 150 used a bicycle.", "1,850") == []


def test_a_change_of_another_quantity_of_the_same_subject_is_not_read_against_the_level_before() -> None:
    # the head of the subject (profit) is not what the sentence before told (revenue)
    text = (
        "The company's revenue rose to $5.2 billion last year. The company's profit has grown from "
        "$3.1 billion in 2015, an increase of 20 percent."
    )
    assert _verdicts(text, "$3.1 billion") == []


def test_a_change_named_again_of_another_measure_is_not_read() -> None:
    text = "Rents rose from $1,210 to $1,350 last year. Tenants say the rise of $200{what} hurt more."
    assert _alarms(text.format(what=""), "$200") == [Status.WARN]
    assert _verdicts(text.format(what=" in property taxes"), "$200") == []
