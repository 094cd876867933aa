"""False alarms on a second set of blind figure-dense articles (issue 13, branch ``alarm19``):
general rules, each with the near miss that must still be judged.  Every passage here is written
for these tests in the style of harvest, utility, library and transfer copy; none is taken from an
article.

* a count owned by a name the article does not open on is another party's
  (plugins/numeric_owners.py);
* counts whose clauses carry two sides of an opposite pair ("eastern" / "western") are two
  quantities (plugins/numeric_opposites.py);
* a count glossed by its share of a whole ("…, or 70 percent of the total") is a part, told for
  the group its clause names (plugins/numeric_share_glosses.py);
* a sentence opening on some members of a set ("In a few island municipalities, …") tells their
  figures, not the whole's (plugins/numeric_subsets.py);
* a stated multiple names what it compares with ("twice the herd of an average family farm",
  "four times the €11 million"): the two figures of one kind in the sentence may not be it
  (plugins/numeric_comparands.py).
"""

from __future__ import annotations

from factcheck import Document, check
from factcheck.testing import alarms as _alarms


def _numeric(text: str, relation: str | None = None) -> list[str]:
    return _alarms(check(Document(text=text)), "numeric", relation)


# ------------------------------------------------------------------ another party's count

RICE = (
    "{country} curbs rice exports as floods cut the crop\n\n"
    "By Staff Reporter\n\n"
    "The food ministry now expects a rice harvest of 35.2 million tonnes, down from 38.1 million "
    "tonnes in 2016.\n\n"
    "{owner}'s harvest is expected at about 41 million tonnes, compared with 44 million tonnes in "
    "2016, after the worst floods in decades.\n"
)


def test_a_count_owned_by_a_name_the_article_does_not_open_on_is_another_partys() -> None:
    assert _numeric(RICE.format(country="Bangladesh", owner="Myanmar"), "restatement") == []


def test_a_count_owned_by_the_articles_own_subject_is_still_judged() -> None:
    alarms = _numeric(RICE.format(country="Bangladesh", owner="Bangladesh"), "restatement")
    assert len(alarms) == 1 and "35.2 million" in alarms[0] and "41 million" in alarms[0]


# ------------------------------------------------------------------ two sides of a pair

WATER = (
    "Water sales slip\n\n"
    "By Staff Reporter\n\n"
    "The water utility serving the northern half of the region billed 310 million cubic meters of "
    "water in 2020, down 2.5 percent from 318 million cubic meters in 2019, the company said on "
    "Monday.\n\n"
    "The utility serving the {side} half of the region {verb} that its billed volume fell by 3.5 "
    "percent, to 402 million cubic meters, reflecting a larger share of factories.\n"
)


def test_counts_for_two_opposite_sides_are_two_quantities() -> None:
    assert _numeric(WATER.format(side="southern", verb="reported"), "restatement") == []


def test_counts_for_one_side_told_twice_are_still_judged() -> None:
    alarms = _numeric(WATER.format(side="northern", verb="later reported"), "restatement")
    assert len(alarms) == 1 and "310 million" in alarms[0] and "402 million" in alarms[0]


# ------------------------------------------------------------------ a part glossed by its share

USE = (
    "Water sales slip\n\n"
    "By Staff Reporter\n\n"
    "The water utility serving the north of the region billed 880 million cubic meters of water in "
    "2020, down 2.5 percent from 902 million cubic meters in 2019, the company said on Monday.\n\n"
    "Household customers used 620 million cubic meters, or 70 percent of the total, up from 600 "
    "million, while business customers used 260 million, down from 302 million.\n"
)


def test_a_part_glossed_by_its_share_is_not_its_whole_told_again() -> None:
    assert _numeric(USE, "restatement") == []


def test_a_glossed_part_told_again_for_its_own_group_is_still_judged() -> None:
    text = USE + "\nHousehold customers used 660 million cubic meters in 2020, according to the regulator.\n"
    alarms = _numeric(text, "restatement")
    assert any("620 million" in alarm and "660 million" in alarm for alarm in alarms)


# ------------------------------------------------------------------ a subset of the places

LOANS = (
    "Danes still borrow 16 books a year each\n\n"
    "By Staff Reporter\n\n"
    "Denmark's libraries lent 93 million books last year, or about 16 for every resident, the "
    "culture ministry said on Tuesday.\n\n"
    "{scope}, residents borrowed more than 25 books each.\n"
)


def test_a_sentence_opening_on_some_places_is_not_the_headlines_figure() -> None:
    scope = "In a few island municipalities with fewer than 3,000 people"
    assert _numeric(LOANS.format(scope=scope), "restatement") == []


def test_a_sentence_opening_on_a_year_is_still_judged() -> None:
    alarms = _numeric(LOANS.format(scope="In 2012"), "restatement")
    assert len(alarms) == 1 and "16" in alarms[0] and "more than 25" in alarms[0]


# ------------------------------------------------------------------ what a multiple compares with

FARM = "Dairy support scheme unveiled\n\nBy Staff Reporter\n\n{line}\n"


def test_a_multiple_of_a_quantity_the_sentence_does_not_give_is_not_judged() -> None:
    line = (
        "Under the plan, a farm with 600 cows would receive support for 480 cows, twice the herd "
        "of an average family farm."
    )
    assert _numeric(FARM.format(line=line), "multiple") == []


def test_a_multiple_naming_the_earlier_figures_words_is_still_judged() -> None:
    line = (
        "The farm kept 200 cows in its first season and now keeps 600 cows, twice the herd of its "
        "first season."
    )
    alarms = _numeric(FARM.format(line=line), "multiple")
    assert len(alarms) == 1 and "200" in alarms[0] and "600" in alarms[0]


def test_a_multiple_of_a_figure_of_another_currency_is_not_set_against_a_rate() -> None:
    line = (
        "The fee, worth about £40 million at an exchange rate of 88 pence to the euro, is almost "
        "four times the €11 million the club paid in 2015."
    )
    assert _numeric(FARM.format(line=line), "multiple") == []


def test_a_multiple_of_the_figure_it_names_is_still_judged() -> None:
    line = "The fee of €40 million is almost four times the €14 million the club paid in 2015."
    alarms = _numeric(FARM.format(line=line), "multiple")
    assert len(alarms) == 1 and "€14 million" in alarms[0] and "€40 million" in alarms[0]


def test_a_contraction_owns_no_count() -> None:
    text = (
        "Union grows again\n\n"
        "By Staff Reporter\n\n"
        "As the annual survey of the movement observed, the union now has members in 30 states across "
        "the country, more than ever before in its long history.\n\n"
        "That's 21 states with more than 1,000 members, the survey said.\n"
    )
    alarms = _numeric(text, "restatement")
    assert len(alarms) == 1 and "30" in alarms[0] and "21" in alarms[0]


def test_a_stretch_of_time_opening_a_sentence_is_no_subset() -> None:
    scope = "For 14 straight years"
    alarms = _numeric(LOANS.format(scope=scope), "restatement")
    assert len(alarms) == 1 and "16" in alarms[0] and "more than 25" in alarms[0]


# ------------------------------------------------------------------ a rival's count

FERRY = (
    "Ferry traffic grows\n\n"
    "By Staff Reporter\n\n"
    "The ferry company carried 1.2 million passengers on its Irish Sea routes last year, the company "
    "said on Monday.\n\n"
    "{line}\n"
)


def test_a_count_told_for_a_rival_is_another_partys() -> None:
    line = (
        "Its main rival carried 1.5 million passengers on its Irish Sea routes last year, according "
        "to its report."
    )
    assert _numeric(FERRY.format(line=line), "restatement") == []


def test_a_rival_named_after_the_figure_leaves_it_judged() -> None:
    line = (
        "The company carried 1.5 million passengers on its Irish Sea routes last year, more than its "
        "main rival, according to its report."
    )
    alarms = _numeric(FERRY.format(line=line), "restatement")
    assert len(alarms) == 1 and "1.2 million" in alarms[0] and "1.5 million" in alarms[0]
