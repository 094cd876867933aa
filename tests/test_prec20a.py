"""False alarms on the blind alarm20 set, classes A-F (issue 13, branch ``prec20a``): general
preconditions a careful reader applies, each with the near miss that must still be judged.  Every
passage here is written for these tests in the style of farm, tourism, ambulance, marathon and
school copy; none is taken from an article.

* a figure told as an aim (target, goal, planned, forecast, budgeted) is not the actual it aims at,
  and two aims of different years are two aims (plugins/numeric_targets.py);
* a figure told for an earlier period ("A year earlier,", "In 2005,", "a year ago") is not one
  told for none, nor for another year (plugins/numeric_periods.py);
* a compound measure ("13 minutes 2 seconds") is one duration (plugins/numeric_compound.py);
* "among them" after "Runners from 108 countries" counts runners, not countries
  (plugins/numeric_qualified.py);
* "doubled, from A to B" takes the pair it names (numeric_clauses.names_its_pair);
* a headline figure the body gives again by another noun is supported
  (plugins/numeric_headline_support.py).
"""

from __future__ import annotations

from factcheck import Document, check
from factcheck.testing import alarms as _alarms


def _numeric(text: str, relation: str | None = None) -> list[str]:
    return _alarms(check(Document(text=text)), "numeric", relation)


# ------------------------------------------------------------------ A: an aim is not the actual

COFFEE = (
    "Growers uproot ageing coffee trees\n\n"
    "By Staff Reporter\n\n"
    "The national coffee area is estimated at about 640,000 hectares, most of it in the central "
    "highlands, the agriculture ministry said on Tuesday.\n\n"
    "{second} the national coffee area to 520,000 hectares, saying old plantations on steep land "
    "were exposed to drought.\n"
)


def test_a_target_is_not_a_restatement_of_the_actual() -> None:
    text = COFFEE.format(second="The ministry has set a target of reducing")
    assert _numeric(text, "restatement") == []


def test_two_actuals_of_one_area_still_warn() -> None:
    alarms = _numeric(COFFEE.format(second="The ministry said farmers had already cut"), "restatement")
    assert len(alarms) == 1 and "640,000" in alarms[0] and "520,000" in alarms[0]


VISITORS = (
    "Hotels full as tourism booms\n\n"
    "By Staff Reporter\n\n"
    "The city had set a target of 8.5 million visitors for the year, which it will exceed by about "
    "190,000.\n\n"
    "Hotel occupancy averaged 71% over the first ten months, the tourism department said.\n\n"
    "The city has set a target of 9.75 million visitors {when}, including 3.9 million foreign "
    "visitors, which would be an increase of about 12% on this year's total.\n"
)


def test_two_targets_of_different_years_are_two_targets() -> None:
    assert _numeric(VISITORS.format(when="in 2030"), "restatement") == []


def test_one_target_told_twice_with_another_figure_still_warns() -> None:
    alarms = _numeric(VISITORS.format(when="for the year"), "restatement")
    assert len(alarms) == 1 and "8.5 million" in alarms[0] and "9.75 million" in alarms[0]


# ------------------------------------------------------------------ B: a period set apart

MILK = (
    "Milk prices slide again\n\n"
    "By Staff Reporter\n\n"
    "Converted at the average exchange rate for the month, the farm-gate milk price was about "
    "31.8 euro cents per litre.\n\n"
    "{opening} when the currency was weaker, the farm-gate milk price was about 36.2 euro cents "
    "per litre, the dairy board said.\n"
)


def test_a_figure_told_a_year_earlier_is_not_the_current_one() -> None:
    assert _numeric(MILK.format(opening="A year earlier,"), "restatement") == []


def test_the_same_period_told_twice_with_another_figure_still_warns() -> None:
    alarms = _numeric(MILK.format(opening="In the same month,"), "restatement")
    assert len(alarms) == 1 and "31.8" in alarms[0] and "36.2" in alarms[0]


EARNINGS = (
    "Tea earnings climb\n\n"
    "By Staff Reporter\n\n"
    "At the average exchange rate for the year, the 2006 export earnings of the tea board are "
    "equivalent to about $781 million.\n\n"
    "In {year}, when the shilling was weaker, the export earnings of the tea board were worth "
    "roughly $648 million, the board said.\n"
)


def test_two_years_earnings_are_two_quantities() -> None:
    assert _numeric(EARNINGS.format(year="2005"), "restatement") == []


def test_one_years_earnings_told_twice_with_another_figure_still_warn() -> None:
    alarms = _numeric(EARNINGS.format(year="2006"), "restatement")
    assert len(alarms) == 1 and "$781 million" in alarms[0] and "$648 million" in alarms[0]


# ------------------------------------------------------------------ C: a compound duration

AMBULANCE = (
    "Ambulance times published\n\n"
    "By Staff Reporter\n\n"
    "Ninety per cent of red calls were reached within 13 minutes 2 seconds.\n\n"
    "The service said its amber and green categories, covering less serious calls, had median "
    "response times of 12 minutes 13 seconds and 17 minutes 40 seconds respectively.\n"
)


def test_the_seconds_of_two_compound_durations_are_no_shared_context() -> None:
    assert _numeric(AMBULANCE, "restatement") == []


MEDIAN = (
    "Ambulance times published\n\n"
    "By Staff Reporter\n\n"
    "The median response time for the most urgent calls was {first}, the service "
    "said.\n\n"
    "The median response time for the most urgent calls, {second}, was the best in the country.\n"
)


def test_a_compound_duration_agrees_with_its_rounding() -> None:
    text = MEDIAN.format(first="12 minutes 50 seconds", second="13 minutes")
    assert _numeric(text, "restatement") == []


def test_a_compound_duration_told_again_with_other_seconds_warns() -> None:
    text = MEDIAN.format(first="12 minutes 27 seconds", second="12 minutes 57 seconds")
    alarms = _numeric(text, "restatement")
    assert len(alarms) == 1 and "12" in alarms[0]


# ------------------------------------------------------------------ D: the noun a count qualifies

MARATHON = (
    "Record field finishes marathon\n\n"
    "By Staff Reporter\n\n"
    "{whole} finished the marathon, among them {part} from the United States, 1,350 from Britain "
    "and 980 from China.\n"
)


def test_among_them_after_a_qualifying_count_counts_the_qualified_noun() -> None:
    text = MARATHON.format(whole="Runners from 108 countries", part="about 2,100")
    assert _numeric(text, "part-whole") == []


def test_a_whole_heading_its_phrase_is_still_judged() -> None:
    alarms = _numeric(MARATHON.format(whole="Some 1,080 runners", part="about 2,100"), "part-whole")
    assert any("2,100" in a for a in alarms)


def test_a_part_naming_the_qualifying_noun_is_still_judged() -> None:
    text = MARATHON.format(whole="Runners from 108 countries", part="some 120 countries")
    assert any("120" in a for a in _numeric(text, "part-whole"))


# ------------------------------------------------------------------ E: a multiple takes its own pair

ENTRANTS = (
    "Overseas runners flock to marathon\n\n"
    "By Staff Reporter\n\n"
    "Overseas entrants made up about 41 per cent of finishers, up from 29 per cent last year, "
    "{tail}.\n"
)


def test_doubled_from_a_to_b_takes_the_pair_it_names() -> None:
    tail = "meaning the number of overseas finishers roughly doubled, from about 3,440 to about 6,730"
    assert _numeric(ENTRANTS.format(tail=tail), "multiple") == []


def test_doubled_with_no_pair_of_its_own_is_still_judged() -> None:
    tail = "meaning their share of the field roughly doubled"
    assert len(_numeric(ENTRANTS.format(tail=tail), "multiple")) == 1


# ------------------------------------------------------------------ F: a headline figure supported

SCHOOLS = (
    "Schools open with {headline} teaching jobs empty\n\n"
    "By Staff Reporter\n\n"
    "Public schools in the state began the academic year with about 1,000 teaching positions "
    "unfilled, even after cutting some 600 positions, a survey of school districts found.\n\n"
    "Districts had eliminated about 600 teaching jobs since the last school year and still had "
    "roughly 1,000 vacancies when classes began, the survey found.\n"
)


def test_a_headline_figure_the_body_gives_by_another_noun_is_supported() -> None:
    assert _numeric(SCHOOLS.format(headline="1,000"), "restatement") == []


def test_a_headline_figure_no_body_figure_supports_still_warns() -> None:
    alarms = _numeric(SCHOOLS.format(headline="800"), "restatement")
    assert any("800" in a for a in alarms)
