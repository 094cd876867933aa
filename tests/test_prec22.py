"""False alarms on consistent figure-dense articles of a new writer (issue 13, branch ``prec22``):
general rules, each beside a real contradiction of the same shape that must still be flagged.
Every passage here is written for these tests in the style of business, farm, education and
fire-season copy; none is taken from an article.

* a headline change told in the body as a change of the same value and direction is the
  headline's own figure (plugins/attribution_headline_changes.py);
* "would reach 40% to 70% of the average": two shares joined by "to", lower first, followed by the
  one whole they are both taken of, are the ends of one range (plugins/numeric_ranges.py);
* a figure told for the nation and one told for a state (province, city) are two quantities;
  a figure told for "some counties" is a subset's; a figure dated to a past year the opening never
  names is no figure of the article's own time (plugins/numeric_scopes.py);
* "1,485 students across the country's eleven faculties, up from 1,260": the level that changed is
  the count the place count locates (plugins/numeric_level_changes.py);
* "16,241 of the places" after a lede's "more than 16,000 places": a hedged whole from another
  sentence that rounds the part is the part told again (plugins/numeric_whole_restated.py);
* "forecasts range from 9.1 million to 9.8 million": the two ends of a range, no change
  (plugins/numeric_change_ranges.py).
"""

from __future__ import annotations

from factcheck import Document, check
from factcheck.testing import alarms as _alarms


def _alarms_of(text: str, checker: str = "numeric", relation: str | None = None) -> list[str]:
    return _alarms(check(Document(text=text)), checker, relation)


# ------------------------------------------------------------------ a headline change told as a change

RENTS = (
    "Lisbon office rents climb 4.8% but stay short of their record\n\n"
    "By Staff Reporter\n\n"
    "Prime office rents in the Portuguese capital averaged 27.5 euros per square metre a month in "
    "the second half of the year, against 26.25 euros a year earlier, a broker said in a report "
    "published on Tuesday, citing deals signed across the city's main districts.\n\n"
    "The increase of 1.25 euros, or {told}, was the steepest in five years.\n\n"
    "Office rents remain below their record of 29.2 euros and would have to climb another 1.7 "
    "euros, or about 6.2%, to reach that peak again.\n"
)


def test_a_headline_change_told_as_a_like_change_in_the_body_is_given() -> None:
    assert _alarms_of(RENTS.format(told="4.8%"), "attribution", "headline-figure") == []


def test_a_headline_change_the_body_tells_otherwise_still_warns() -> None:
    alarms = _alarms_of(RENTS.format(told="3.9%"), "attribution", "headline-figure")
    assert len(alarms) == 1 and "4.8%" in alarms[0]


# ------------------------------------------------------------------ a range of one share of one whole

RAIN = (
    "Reservoirs fall as spring rains fail\n\n"
    "By Staff Reporter\n\n"
    "The weather office had forecast in February that spring rainfall would reach {pair} the "
    "long-term average across the southern plains.\n"
)


def test_a_range_of_one_share_before_its_whole_is_no_pair_of_shares() -> None:
    assert _alarms_of(RAIN.format(pair="55% to 85% of")) == []


def test_two_shares_of_a_contest_before_their_whole_still_fail() -> None:
    text = (
        "Mayor holds city hall\n\n"
        "By Staff Reporter\n\n"
        "The mayor beat her challenger 52% to 61% of the vote in Sunday's run-off, officials said.\n"
    )
    alarms = _alarms_of(text, relation="share-sum")
    assert len(alarms) == 1 and "100%" in alarms[0]


# ------------------------------------------------------------------ the nation and a state

HARVEST = (
    "Drought cuts the state's wheat crop by a fifth\n\n"
    "By Staff Reporter\n\n"
    "Kansas farmers harvested 260 million bushels of wheat, down from 325 million bushels a year "
    "earlier, the agriculture department said.\n\n"
    "Average yields in the state fell to 41 bushels an acre from 52 bushels an acre.\n\n"
    "{second}\n"
)


def test_a_national_average_is_no_restatement_of_the_states() -> None:
    second = "The national picture was milder. U.S. wheat yields averaged 46.5 bushels an acre."
    assert _alarms_of(HARVEST.format(second=second), relation="restatement") == []


def test_a_state_average_told_again_with_another_value_still_warns() -> None:
    second = "The state's farmers said statewide wheat yields averaged 46.5 bushels an acre."
    alarms = _alarms_of(HARVEST.format(second=second), relation="restatement")
    assert len(alarms) == 1 and "41" in alarms[0] and "46.5" in alarms[0]


# ------------------------------------------------------------------ some members of a set


def test_a_figure_of_some_counties_is_no_restatement_of_the_states_average() -> None:
    second = "The west fared worst, with some counties reporting yields below 30 bushels an acre."
    assert _alarms_of(HARVEST.format(second=second), relation="restatement") == []


def test_a_figure_of_the_whole_state_told_again_still_warns() -> None:
    second = "The west fared worst, and average yields in the state came to 30 bushels an acre."
    alarms = _alarms_of(HARVEST.format(second=second), relation="restatement")
    assert len(alarms) == 1 and "41" in alarms[0] and "30" in alarms[0]


# ------------------------------------------------------------------ a past year and the article's time

FIRES = (
    "Chile's 2024 fire season burned 430,000 hectares\n\n"
    "By Staff Reporter\n\n"
    "Forest fires have burned about 430,000 hectares across Chile this season, the forestry agency "
    "said on Monday.\n\n"
    "The previous record for area burned, about 570,000 hectares, was set in 2017.\n\n"
    "{second}\n"
)


def test_a_past_record_is_no_restatement_of_a_regions_figure_of_today() -> None:
    second = (
        "Maule, which rarely sees large fires, was among the hardest-hit regions, with about 510,000 "
        "hectares burned."
    )
    assert _alarms_of(FIRES.format(second=second), relation="restatement") == []


def test_the_past_record_told_again_for_its_own_year_still_warns() -> None:
    second = "In 2017, about 510,000 hectares burned."
    alarms = _alarms_of(FIRES.format(second=second), relation="restatement")
    assert len(alarms) == 1 and "570,000" in alarms[0] and "510,000" in alarms[0]


# ------------------------------------------------------------------ the level a place count locates

ADMISSIONS = (
    "Law schools to admit more students\n\n"
    "By Staff Reporter\n\n"
    "Law will take 2,340 students across the country's nine law faculties, up from 2,100, an "
    "increase of {change}, the commission said.\n"
)


def test_the_count_a_place_count_locates_is_the_level_that_changed() -> None:
    assert _alarms_of(ADMISSIONS.format(change="240")) == []


def test_a_change_that_does_not_match_that_level_still_fails() -> None:
    alarms = _alarms_of(ADMISSIONS.format(change="340"))
    assert len(alarms) == 1 and "2,100" in alarms[0] and "2,340" in alarms[0]


def test_a_change_of_the_size_of_the_place_count_is_the_places_own() -> None:
    text = (
        "Dealer network grows\n\n"
        "By Staff Reporter\n\n"
        "The firm sold 1,485 cars across its 40 dealers, up from 30, an increase of 10, the company said.\n"
    )
    assert _alarms_of(text) == []


# ------------------------------------------------------------------ a lede's rounding is no whole

PLACES = (
    "Colleges leave places empty\n\n"
    "By Staff Reporter\n\n"
    "The country's colleges failed to fill {lede} first-year places this autumn, the ministry "
    "said on Friday.\n\n"
    "In the main admission round, 8,412 of the places on offer went unfilled, up from 7,020 a year "
    "earlier.\n"
)


def test_a_hedged_whole_that_rounds_the_part_is_the_part_told_again() -> None:
    assert _alarms_of(PLACES.format(lede="more than 8,000")) == []


def test_a_whole_the_part_exceeds_under_every_reading_still_warns() -> None:
    alarms = _alarms_of(PLACES.format(lede="fewer than 8,000"))
    assert len(alarms) == 1 and "8,412" in alarms[0]


# ------------------------------------------------------------------ a range of forecasts

SALES = "Truck sales to recover\n\nBy Staff Reporter\n\nSales fell to 8.4 million trucks last year. {told}\n"


def test_a_range_of_forecasts_is_no_change_from_its_low_end_to_its_high_end() -> None:
    told = "Forecasts for this year range from 9.1 million to 9.9 million trucks, or growth of 8% to 18%."
    assert _alarms_of(SALES.format(told=told)) == []


def test_a_change_from_one_level_to_another_still_fails() -> None:
    told = "This year sales should rise from 9.1 million to 9.9 million trucks, or growth of about 15%."
    alarms = _alarms_of(SALES.format(told=told))
    assert len(alarms) == 1 and "9.1 million" in alarms[0] and "9.9 million" in alarms[0]
