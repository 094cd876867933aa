"""The figure extractor, one rule per test, on sentences in the style of real news.

Sentences marked "seed" come from seeds/rt-2018-05-12-syromolotov.txt; the others
were written for these tests in the style of wire copy (VOA, Reuters, AP), each to
exercise one rule.
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extraction.figures import HEDGES, TOLERANCE, extract_figures
from factcheck.model import Figure

TOL = TOLERANCE


def texts(sentence: str) -> list[str]:
    """The words of every figure found in ``sentence``."""
    return [f.span.of(sentence) for f in extract_figures(sentence)]


def only(sentence: str) -> Figure:
    """The one figure of ``sentence``."""
    figures = extract_figures(sentence)
    assert len(figures) == 1, [f.span.of(sentence) for f in figures]
    return figures[0]


def approx(value: float | None) -> Any:
    """pytest.approx that lets None through."""
    return None if value is None else pytest.approx(value)


# ---------------------------------------------------------------------------- the seed


def test_seed_gives_exactly_the_four_expected_figures(seed_text: str, seed_expected: dict[str, Any]) -> None:
    figures = extract_figures(seed_text)
    got = [(f.span.of(seed_text), f.value, f.hedge, f.is_percent) for f in figures]
    want = [(g["text"], g["value"], g["hedge"], g["is_percent"]) for g in seed_expected["figures"]]
    assert got == want
    assert [f.id for f in figures] == ["f1", "f2", "f3", "f4"]


def test_seed_figures_keep_what_they_count(seed_text: str) -> None:
    units = [f.unit for f in extract_figures(seed_text)]
    assert units == ["Russian citizens", "Russian citizens", "people", None]
    first = extract_figures(seed_text)[0]
    assert first.unit_span is not None and first.unit_span.of(seed_text) == "Russian citizens"


# ---------------------------------------------------------------------------- numbers as written


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("Police said 4,000 people marched through the capital.", "4,000", 4000),
        ("Die Polizei zählte 4.000 Demonstranten, the agency reported.", "4.000", 4000),
        ("Organisers put the crowd at 4 000 on Saturday.", "4 000", 4000),
        ("The country's population is 1 414 021 100, the census found.", "1 414 021 100", 1414021100),
        ("Inflation eased to 2.7 in the index, the bureau said.", "2.7", 2.7),
        ("The refugee camp now holds 1.5 million people.", "1.5 million", 1_500_000),
        ("The company reported a loss of $2.3bn for the quarter.", "$2.3bn", 2.3e9),
        ("Tickets cost €40 each.", "€40", 40),
        ("Each family received £2,000 in compensation.", "£2,000", 2000),
        ("Donors pledged $225 million for the programme.", "$225 million", 225e6),
        ("The fund was worth US$ 1.2 billion.", "US$ 1.2 billion", 1.2e9),
    ],
)
def test_digits_separators_decimals_scales_and_money(sentence: str, words: str, value: float) -> None:
    figure = only(sentence)
    assert figure.span.of(sentence) == words
    assert figure.value == pytest.approx(value)
    assert figure.lower == figure.upper == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [("Tickets cost €40 each.", "EUR"), ("Each family received £2,000.", "GBP"), ("It raised $5m.", "USD")],
)
def test_money_gets_its_currency(sentence: str, currency: str) -> None:
    assert only(sentence).currency == currency


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("Aid agencies say three million people need food.", "three million", 3e6),
        ("Police detained a dozen protesters.", "a dozen", 12),
        ("The boat carried fifty-three migrants.", "fifty-three", 53),
        # VOA Special English style (news-attribution 12)
        (
            "Hunger affects nine hundred sixty-three million people.",
            "nine hundred sixty-three million",
            963e6,
        ),
        # news-attribution 22 writes numbers with hyphens
        (
            "There are more than eight-hundred-sixty-million adults",
            "more than eight-hundred-sixty-million",
            860e6,
        ),
        ("the world has more than one thousand million poor people", "more than one thousand million", 1e9),
        ("Officials counted nearly 11 and a half million displaced.", "nearly 11 and a half million", 11.5e6),
        ("More than half a million people fled.", "More than half a million", 5e5),
        ("Some two and a half million children are at risk.", "Some two and a half million", 2.5e6),
        ("The quake killed one hundred and six people.", "one hundred and six", 106),
        ("The growth rate fell to six point two percent.", "six point two percent", 6.2),
    ],
)
def test_number_words(sentence: str, words: str, value: float) -> None:
    figure = only(sentence)
    assert figure.span.of(sentence) == words
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("Half of the respondents said they felt safer.", "Half", 0.5),
        ("A third of the harvest was lost.", "A third", 1 / 3),
        ("Two-thirds of voters backed the plan.", "Two-thirds", 2 / 3),
        ("Nearly one in twenty adults is infected.", "Nearly one in twenty", 0.05),
        ("The disease kills one-in-three patients.", "one-in-three", 1 / 3),
        ("Three quarters of the children work.", "Three quarters", 0.75),
        ("The economy shrank by two-tenths of a percentage point.", "two-tenths", 0.2),
        ("One out of six children works, the ILO says.", "One out of six", 1 / 6),
    ],
)
def test_fractions_and_ratios(sentence: str, words: str, value: float) -> None:
    figure = only(sentence)
    assert figure.span.of(sentence) == words
    assert figure.value == pytest.approx(value)
    assert not figure.is_percent


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("Unemployment rose to 12% in March.", "12%", 12),
        ("Turnout was 12 per cent lower.", "12 per cent", 12),
        ("Prices rose 12 percent last year.", "12 percent", 12),
        ("literacy rose to eighty-percent", "eighty-percent", 80),
        ("Inflation hit 2.2 Million Percent, the bank said.", "2.2 Million Percent", 2.2e6),
    ],
)
def test_percentages(sentence: str, words: str, value: float) -> None:
    figure = only(sentence)
    assert figure.span.of(sentence) == words
    assert figure.is_percent
    assert figure.value == pytest.approx(value)


def test_percentage_points_are_not_a_percentage() -> None:
    figure = only("The rate rose 2 percentage points.")
    assert not figure.is_percent
    assert figure.unit == "percentage points"


# ---------------------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    ("sentence", "ends", "values", "bounds"),
    [
        ("Between 10 and 20 people were hurt.", ("10", "20"), (10, 20), (10, 20)),
        ("Officials expect 10-20 deaths.", ("10", "20"), (10, 20), (10, 20)),
        ("The outbreak could last two to three weeks.", ("two", "three"), (2, 3), (2, 3)),
        ("Between 30 and 40 percent were displaced.", ("30", "40 percent"), (30, 40), (30, 40)),
        ("Two to three million people need help.", ("Two", "three million"), (2e6, 3e6), (2e6, 3e6)),
        ("children between the ages of five and 14", ("five", "14"), (5, 14), (5, 14)),
        ("Doctors see about four or five cases a day.", ("about four", "five"), (4, 5), (4, 5)),
        ("Google holds around 10-15 exabytes of data.", ("around 10", "15"), (10, 15), (10, 15)),
    ],
)
def test_ranges_give_two_linked_figures(
    sentence: str, ends: tuple[str, str], values: tuple[float, float], bounds: tuple[float, float]
) -> None:
    low, high = extract_figures(sentence)
    assert (low.span.of(sentence), high.span.of(sentence)) == ends
    assert (low.value, high.value) == (pytest.approx(values[0]), pytest.approx(values[1]))
    for figure in (low, high):
        assert (figure.lower, figure.upper) == (pytest.approx(bounds[0]), pytest.approx(bounds[1]))
    assert low.range_with == high.id and high.range_with == low.id


def test_a_vague_hedge_keeps_a_ranges_ends_and_is_recorded() -> None:
    low, high = extract_figures("Some 20 to 30 people were hurt, police said.")
    assert (low.hedge, high.hedge) == ("about", "about")
    assert (low.lower, low.upper, low.lower_closed, low.upper_closed) == (20, 30, True, True)


def test_a_bounding_hedge_opens_the_end_of_a_range() -> None:
    low, _high = extract_figures("More than 10-20 people were hurt, police said.")
    assert (low.lower, low.lower_closed, low.upper) == (10, False, None)


def test_range_shares_percent_marker() -> None:
    low, high = extract_figures("Prices rose 10-20% in a year.")
    assert low.is_percent and high.is_percent


def test_a_change_from_one_value_to_another_is_not_a_range() -> None:
    # news-attribution 12 style: two values at two dates
    sentence = "Hunger fell from 34 percent in 1997 to 30 percent in 2005."
    figures = extract_figures(sentence)
    assert [f.span.of(sentence) for f in figures] == ["34 percent", "30 percent"]
    assert all(f.range_with is None and f.lower == f.upper for f in figures)


# ---------------------------------------------------------------------------- hedges as intervals


@pytest.mark.parametrize(
    ("sentence", "words", "hedge", "lower", "upper", "lower_closed", "upper_closed"),
    [
        ("Over 4,000 Russian citizens are fighting in Syria.", "Over 4,000", "over", 4000, None, False, True),
        ("More than 40 people died.", "More than 40", "more than", 40, None, False, True),
        ("Well over 70,000 people are infected.", "Well over 70,000", "over", 70000, None, False, True),
        ("The death toll exceeds 1,200.", "exceeds 1,200", "more than", 1200, None, False, True),
        ("At least 21 people were killed.", "At least 21", "at least", 21, None, True, True),
        ("No less than six people died.", "No less than six", "at least", 6, None, True, True),
        ("almost 3,000 of these people", "almost 3,000", "almost", 3000 * (1 - TOL), 3000, True, False),
        ("Nearly 3,500 homes were destroyed.", "Nearly 3,500", "nearly", 3500 * (1 - TOL), 3500, True, False),
        ("cases are nearing 24,000", "nearing 24,000", "nearly", 24000 * (1 - TOL), 24000, True, False),
        ("children under five", "under five", "under", None, 5, True, False),
        ("Less than 10 percent voted.", "Less than 10 percent", "less than", None, 10, True, False),
        ("fewer than 1,800 remain", "fewer than 1,800", "less than", None, 1800, True, False),
        ("children below five", "below five", "under", None, 5, True, False),
        ("Up to 10 percent are infected.", "Up to 10 percent", "up to", None, 10, True, True),
        ("as many as 50,000 people", "as many as 50,000", "up to", None, 50000, True, True),
        ("around 3,700 had been put on wanted lists", "around 3,700", "around", 3515, 3885, True, True),
        ("about 2,000 families", "about 2,000", "about", 1900, 2100, True, True),
        ("approximately 500 troops", "approximately 500", "approximately", 475, 525, True, True),
        ("roughly 500 troops", "roughly 500", "about", 475, 525, True, True),
        (
            "some 4.3 million refugees",
            "some 4.3 million",
            "about",
            4.3e6 * (1 - TOL),
            4.3e6 * (1 + TOL),
            True,
            True,
        ),
        ("500 or more people", "500 or more", "at least", 500, None, True, True),
    ],
)
def test_hedges_read_as_intervals(
    sentence: str,
    words: str,
    hedge: str,
    lower: float | None,
    upper: float | None,
    lower_closed: bool,
    upper_closed: bool,
) -> None:
    figure = only(sentence)
    assert figure.span.of(sentence) == words
    assert figure.hedge == hedge
    assert (figure.lower, figure.upper) == (approx(lower), approx(upper))
    if lower is not None:
        assert figure.lower_closed is lower_closed
    if upper is not None:
        assert figure.upper_closed is upper_closed


def test_hedge_text_keeps_the_words_as_written() -> None:
    assert only("Well over 70,000 people are infected.").hedge_text == "Well over"
    assert only("as many as 50,000 people").hedge_text == "as many as"


def test_hedge_classes_are_the_benchmark_list() -> None:
    fixed = {
        "over",
        "more than",
        "almost",
        "nearly",
        "around",
        "about",
        "approximately",
        "up to",
        "at least",
        "less than",
        "under",
    }
    assert set(HEDGES.values()) <= fixed


def test_tolerance_parameter_widens_the_band() -> None:
    (figure,) = extract_figures("about 100 people", tolerance=0.1)
    assert (figure.lower, figure.upper) == (pytest.approx(90), pytest.approx(110))


def test_over_as_a_time_preposition_is_no_hedge() -> None:
    # VOA Special English style (news-attribution 10)
    figure = only("Over the last twenty years, poverty has fallen.")
    assert figure.span.of("Over the last twenty years, poverty has fallen.") == "twenty"
    assert figure.hedge is None


def test_more_than_before_a_duration_is_a_hedge() -> None:
    sentence = "For more than fifty years the country has been at war."
    assert only(sentence).hedge == "more than"


# ---------------------------------------------------------------------------- not figures


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks opened on May 12, 2018 in Vienna.",
        "The law was passed on 12 May and signed on March 24.",
        "The refugees from the 1948 and 1967 wars are still waiting.",
        "Poverty fell between nineteen eighty-one and two thousand.",
        "The goal is to halve illiteracy by two-thousand-fifteen.",
        "The crash happened at 3:32 a.m. local time.",
        "The flight left at 14:45 and landed at 5 pm.",
        "Polls close at 8 p.m. Eastern, and the count starts at 9 p.m.",
        "It was the 10th time this year.",
        "He finished first in the race.",
        "Leaders of the G20 met as Covid-19 and H5N1 spread.",
        "Gunmen carried AK-47 rifles under Article 5 of the treaty.",
        "Flight 447 crashed into the Atlantic.",
        "John Smith, 45, was arrested at the scene.",
        "Test scores rose in every district.",
        "Exports more than doubled and imports rose twice as fast.",
        "The goal is to cut hunger in half by the end of the decade.",
        "Malaria is one of the biggest killers.",
        "One cell phone was found outside the hotel.",
        "Prices soared in the mid-1990s.",
        "We produced nothing in 2013-14.",
    ],
)
def test_not_figures(sentence: str) -> None:
    assert texts(sentence) == []


def test_year_counted_as_a_number_of_things_is_a_figure() -> None:
    assert texts("The company laid off 2000 workers.") == ["2000"]


def test_one_with_a_hedge_or_scale_is_a_figure() -> None:
    assert texts("They live on less than one dollar a day.") == ["less than one"]
    assert texts("Over one hundred people died in the crash.") == ["Over one hundred"]


def test_age_outside_an_appositive_is_a_figure() -> None:
    assert texts("A 16-year-old boy died of bird flu.") == ["16"]


def test_units_from_hyphenated_compounds() -> None:
    figure = only("The 120-day plan failed.")
    assert figure.unit == "day"


# ---------------------------------------------------------------------------- properties


@given(st.integers(min_value=0, max_value=10**15))
def test_any_integer_with_separators_parses_back(n: int) -> None:
    written = f"{n:,}"
    sentence = f"Officials counted {written} ballots."
    figures = extract_figures(sentence)
    if 1500 <= n <= 2100 and "," not in written:
        return  # could be a year; covered by the year tests
    assert [f.span.of(sentence) for f in figures] == [written]
    assert figures[0].value == n


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=99))
def test_any_decimal_parses_back(whole: int, frac: int) -> None:
    written = f"{whole}.{frac:02d}"
    (figure,) = extract_figures(f"The index stood at {written} points.")
    assert figure.value == pytest.approx(float(written))


HEDGE_WORDS = sorted(h for h in HEDGES if h.isascii() and h[0].isalpha())


@given(st.sampled_from(HEDGE_WORDS), st.integers(min_value=1, max_value=10**9))
def test_hedged_values_lie_in_their_interval(hedge: str, n: int) -> None:
    sentence = f"Officials said {hedge} {n:,} people were affected."
    for figure in extract_figures(sentence):
        assert figure.lower is None or figure.lower <= figure.value
        assert figure.upper is None or figure.value <= figure.upper


@settings(max_examples=300)
@given(st.text())
def test_arbitrary_text_never_crashes_and_spans_stay_inside(text: str) -> None:
    figures = extract_figures(text)
    for k, figure in enumerate(figures, start=1):
        assert figure.id == f"f{k}"
        assert 0 <= figure.span.start < figure.span.end <= len(text)
        assert figure.lower is None or figure.lower <= figure.value
        assert figure.upper is None or figure.value <= figure.upper
        assert math.isfinite(figure.value)


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(
            [
                "over",
                "about",
                "between",
                "and",
                "to",
                "-",
                "one",
                "half",
                "a",
                "million",
                "percent",
                "$",
                "4,000",
                "3.5",
                "twenty",
                "-five",
                "in",
                "of",
                "1/2",
                "%",
                "May",
                "2018",
                ",",
                "or more",
                "point",
                "e5",
                "x10^",
                "hundred",
                "and a half",
            ]
        ),
        max_size=12,
    )
)
def test_number_soup_never_crashes(words: list[str]) -> None:
    text = " ".join(words)
    for figure in extract_figures(text):
        assert figure.span.end <= len(text)
        assert figure.lower is None or figure.lower <= figure.value <= (figure.upper or math.inf)


# ---------------------------------------------------------------------------- rules found on wire-style copy


def test_a_margin_of_error_is_an_interval() -> None:
    sentence = "Support for the plan stood at 52% ± 3, the pollster said."
    figure = only(sentence)
    assert figure.span.of(sentence) == "52% ± 3"
    assert (figure.value, figure.lower, figure.upper) == (52, 49, 55)


def test_plus_or_minus_is_not_a_negative_number() -> None:
    assert only("The margin of error is plus or minus 3 percentage points.").value == 3


def test_two_figures_of_different_kinds_are_no_range() -> None:
    sentence = "Shares rose 3.2% to $182.50 in New York."
    figures = extract_figures(sentence)
    assert [f.span.of(sentence) for f in figures] == ["3.2%", "$182.50"]
    assert figures[0].is_percent and not figures[1].is_percent
    assert figures[1].currency == "USD" and figures[0].currency is None


def test_over_between_a_figure_and_a_duration_means_during() -> None:
    sentence = "The bill would create 1.2 million jobs over 10 years."
    assert [f.hedge for f in extract_figures(sentence)] == [None, None]
    assert only("She served over 10 years in prison.").hedge == "over"


def test_glued_m_before_people_is_million() -> None:
    assert only("The ministry said it had vaccinated 5m people.").value == 5e6


def test_index_and_adjective_compounds_are_not_figures() -> None:
    assert texts("The S&P 500 gained while the FTSE 100 fell.") == []
    assert texts("It made a one-time payment to the families.") == []


def test_what_is_counted_stops_at_the_verb() -> None:
    assert only("Two crashes killed everyone on board.").unit == "crashes"


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("The bill was approved by three fifths of the Senate.", "three fifths", 0.6),
        ("One twenty-fifth of the budget goes to defence.", "One twenty-fifth", 0.04),
        ("The deficit grew by one and a half percent.", "one and a half percent", 1.5),
        (
            "The stake is worth one hundred and three quarters million.",
            "one hundred and three quarters million",
            100.75e6,
        ),
        ("The survey found 3 million and a half people unemployed.", "3 million and a half", 3.5e6),
        ("A twenty-first of the vote went to independent candidates.", "A twenty-first", 1 / 21),
        ("The levy takes one one-hundredth of every ticket sold.", "one one-hundredth", 0.01),
        ("The duty adds one one hundred fifth to the price of a bottle.", "one one hundred fifth", 1 / 105),
        ("The duty adds one one hundred and fifth to the price.", "one one hundred and fifth", 1 / 105),
        (
            "Only three one hundred and twenty-fifths of the loan was repaid.",
            "three one hundred and twenty-fifths",
            3 / 125,
        ),
        ("Nineteen twentieths of the cases were closed within a year.", "Nineteen twentieths", 0.95),
        ("Twenty twenty-fifths of the seats went to the ruling party.", "Twenty twenty-fifths", 0.8),
    ],
)
def test_fractions_mixed_numbers_and_compound_denominators(sentence: str, words: str, value: float) -> None:
    figure = only(sentence)
    assert figure.span.of(sentence) == words
    assert figure.value == pytest.approx(value)


def test_compound_ordinals_are_not_figures() -> None:
    assert texts("Leaders of the twenty-first century met as he finished twenty-fifth.") == []
    assert (
        texts("The strike entered its one hundred fifth day as the two hundred and tenth session opened.")
        == []
    )


def test_a_count_before_an_ordinal_adjective_is_a_count() -> None:
    assert texts("Three hundred first responders were sent to the scene.") == ["Three hundred"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Merkel won a third term in the 2013 election.",
        "She celebrated a twenty-first birthday in custody.",
        "The team finished a fifth consecutive season without a trophy.",
        "The bank reported a third-quarter profit of $2 billion.",
        "A third man was arrested on Tuesday.",
        "Police found a fifth body in the rubble.",
    ],
)
def test_a_before_an_ordinal_and_its_noun_is_no_fraction(sentence: str) -> None:
    assert [w for w in texts(sentence) if w.lower().startswith("a ")] == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("A third said they would not vote at all.", "A third"),
        ("Prices rose by a fifth in March.", "a fifth"),
        ("Exports were a tenth lower than a year earlier.", "a tenth"),
        ("A fifth live in poverty, the report found.", "A fifth"),
        ("Nearly a third lost their jobs after the mine closed.", "Nearly a third"),
        ("About a third remain in camps near the border.", "About a third"),
    ],
)
def test_a_before_an_ordinal_that_ends_the_phrase_is_a_fraction(sentence: str, words: str) -> None:
    figure = only(sentence)
    assert figure.span.of(sentence) == words


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("Inflation slowed to 1,3 per cent in March, the statistics office said.", "1,3 per cent", 1.3),
        ("Diesel cost €1,75 a litre at the pump.", "€1,75", 1.75),
    ],
)
def test_a_decimal_comma_before_one_or_two_digits(sentence: str, words: str, value: float) -> None:
    figure = only(sentence)
    assert figure.span.of(sentence) == words
    assert figure.value == pytest.approx(value)


def test_digits_listed_with_commas_stay_apart() -> None:
    assert texts("The winning numbers were 1,3 and 5.") == ["1", "3", "5"]
    assert [f.value for f in extract_figures("Voters in districts 4,7,9 went to the polls.")] == [4, 7, 9]


def test_a_written_out_amount_in_comma_groups_is_one_figure() -> None:
    sentence = "The cheque was made out for three million, two hundred and forty thousand dollars."
    figure = only(sentence)
    assert figure.span.of(sentence) == "three million, two hundred and forty thousand"
    assert figure.value == 3_240_000


def test_a_power_of_any_base_is_read_whole() -> None:
    sentence = "The chip stores 8x2^10 bits, or roughly one thousand bytes."
    assert [(f.span.of(sentence), f.value) for f in extract_figures(sentence)] == [
        ("8x2^10", 8192),
        ("roughly one thousand", 1000),
    ]
    assert texts("The array holds 9x999^999 bits, the 5 engineers said.") == ["5"]


def test_a_plural_scale_after_a_number_counts_as_the_singular() -> None:
    sentence = "Two out of five hundreds TV sets tested by the agency were faulty."
    figure = only(sentence)
    assert figure.span.of(sentence) == "Two out of five hundreds"
    assert figure.value == pytest.approx(2 / 500)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Police said they seized a tonne of cocaine at the port.", "tonne"),
        ("One kilometre of the motorway was still under water on Sunday.", "kilometre"),
        ("A barrel is 159 litres, the energy agency noted.", "barrel"),
    ],
)
def test_one_unit_of_measure_is_a_figure_of_one(sentence: str, unit: str) -> None:
    figure = extract_figures(sentence)[0]
    assert (figure.value, figure.unit) == (1, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "Brent crude traded at $80 a barrel on Monday.",
        "The incumbent won by a mile, according to the count.",
        "One cell phone was found outside the hotel.",
    ],
)
def test_a_rate_an_idiom_or_a_single_thing_is_no_unit_figure(sentence: str) -> None:
    assert all(f.value != 1 for f in extract_figures(sentence))


@pytest.mark.parametrize(
    ("sentence", "words", "bounds", "unit"),
    [
        ("Tens of thousands of soldiers joined the offensive.", "Tens of thousands", (2e4, 1e5), "soldiers"),
        ("Hundreds of thousands fled the fighting, the UN said.", "Hundreds of thousands", (2e5, 1e6), None),
        ("Thousands of people marched through the capital.", "Thousands", (2e3, 1e6), "people"),
        ("The fraud cost taxpayers millions of dollars.", "millions", (2e6, 1e9), "dollars"),
        ("Hundreds were arrested after the match.", "Hundreds", (200, 1000), None),
        ("Dozens of homes were destroyed by the storm.", "Dozens", (24, 200), "homes"),
        ("Scores of villagers were killed in the raid.", "Scores", (40, 200), "villagers"),
        ("Several hundred people gathered outside the court.", "Several hundred", (300, 1000), "people"),
        ("A few thousand troops will stay in the country.", "A few thousand", (2000, 10000), "troops"),
    ],
)
def test_vague_quantities_are_intervals_with_an_open_top(
    sentence: str, words: str, bounds: tuple[float, float], unit: str | None
) -> None:
    figure = only(sentence)
    assert figure.span.of(sentence) == words
    assert (figure.lower, figure.upper, figure.lower_closed, figure.upper_closed) == (*bounds, True, False)
    assert figure.value == figure.lower
    if unit is not None:
        assert figure.unit == unit


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Of the three million, two hundred were never found.", ["three million", "two hundred"]),
        ("Turnout was one million, ten thousand fewer than in 2015.", ["one million", "ten thousand"]),
        (
            "Of the three million, two hundred thousand are children.",
            ["three million", "two hundred thousand"],
        ),
        (
            "The cheque was for three million, two hundred forty thousand dollars.",
            ["three million, two hundred forty thousand"],
        ),
    ],
)
def test_a_comma_before_a_round_group_ends_the_number(sentence: str, words: list[str]) -> None:
    assert texts(sentence) == words


def test_a_long_comma_chain_of_number_words_loses_no_other_figure() -> None:
    sentence = "Officials said 5 people died. " + "three million, " * 500
    figures = extract_figures(sentence)
    assert figures[0].span.of(sentence) == "5" and len(figures) == 501


@pytest.mark.parametrize("huge", ["5e999", "5x10^999", "2x2^2000", "9x9^-999", "1e-400"])
def test_a_number_out_of_range_is_no_figure_and_spoils_no_other(huge: str) -> None:
    assert texts(f"The array holds {huge} bits, the 5 engineers said.") == ["5"]


def test_locants_in_a_chemical_name_are_no_figures() -> None:
    assert texts("Levels of 1,4-dioxane rose near the plant.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Test scores of 500 students were analysed.",
        "She won the final with scores of 6-4, 6-3.",
        "The scores of both teams were level at half-time.",
    ],
)
def test_scores_as_results_are_no_vague_quantity(sentence: str) -> None:
    assert all(f.upper != 200 for f in extract_figures(sentence))


@pytest.mark.parametrize(
    ("sentence", "hedge", "bounds"),
    [
        ("Up to hundreds of thousands of people fled the fighting.", "up to", (None, 1e6)),
        ("More than tens of thousands marched in the capital.", "more than", (2e4, None)),
    ],
)
def test_a_hedge_before_a_vague_quantity_bounds_it(
    sentence: str, hedge: str, bounds: tuple[float | None, float | None]
) -> None:
    figure = only(sentence)
    assert (figure.hedge, figure.lower, figure.upper) == (hedge, *bounds)


def test_a_number_in_scientific_notation_ends_a_sentence() -> None:
    assert [f.value for f in extract_figures("The sample held 1.3x10^6.")] == [1.3e6]


def test_over_a_vague_number_of_years_is_a_duration_not_a_hedge() -> None:
    figure = only("The canyon formed over thousands of years.")
    assert (figure.hedge, figure.lower, figure.upper) == (None, 2000, 1e6)


@pytest.mark.parametrize(
    ("sentence", "money"),
    [
        ("Gas cost $3.50 a gallon of regular.", "$3.50"),
        ("The price of an ounce of gold rose to $1,900.", "$1,900"),
    ],
)
def test_a_rate_or_a_price_per_unit_is_no_unit_figure(sentence: str, money: str) -> None:
    assert texts(sentence) == [money]


def test_a_decimal_after_a_scale_word_starts_a_new_figure() -> None:
    sentence = "The fund lost $1.5 million; 1.5 million people were affected."
    assert texts(sentence) == ["$1.5 million", "1.5 million"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The server at 192.168.1.2 went down.",
        "Call 1-800-555-0199 for help.",
        "Apple unveiled the iPhone 15 as Sony cut the price of the PlayStation 5.",
    ],
)
def test_addresses_phone_numbers_and_product_names_are_not_figures(sentence: str) -> None:
    assert texts(sentence) == []


def test_a_decimal_range_is_a_range() -> None:
    low, high = extract_figures("Growth of 1.5-2.0 percent is expected.")
    assert (low.value, high.value, low.lower, high.upper) == (1.5, 2.0, 1.5, 2.0)


def test_spans_of_days_are_dates() -> None:
    # Reuters/Ipsos poll credit line style
    sentence = "The poll of 1,004 adults was conducted June 7-9; the summit is 7-9 July."
    assert texts(sentence) == ["1,004"]
    # a month written short with its full stop, as AP style writes it
    sentence = "The survey of 1,200 voters ran Nov. 3-14; early voting ends Oct. 28."
    assert texts(sentence) == ["1,200"]


def test_a_range_of_scores_is_a_range() -> None:
    assert [f.range_with is not None for f in extract_figures("The team needs 7-9 points.")] == [True, True]


# ---------------------------------------------------------------------------- zero and negatives


def test_almost_zero_is_the_point_zero_with_its_hedge() -> None:
    # In the style of a Reuters economics report.
    sentence = "Inflation fell to almost zero in March, the statistics office said."
    figure = only(sentence)
    assert (figure.span.of(sentence), figure.hedge) == ("almost zero", "almost")
    assert (figure.value, figure.lower, figure.upper) == (0, 0, 0)
    assert figure.lower_closed and figure.upper_closed
    assert 0 in figure.interval  # never an empty interval


def test_nearly_a_negative_number_falls_short_of_it_in_size() -> None:
    # In the style of an AP weather story.
    figure = only("Temperatures fell to nearly -10 degrees Celsius overnight in Moscow.")
    assert (figure.value, figure.hedge) == (-10, "nearly")
    assert (figure.lower, figure.upper) == (-10, approx(-10 + 10 * TOL))
    assert not figure.lower_closed and figure.upper_closed
    assert -9.8 in figure.interval and -10.2 not in figure.interval and -10 not in figure.interval


def test_below_a_negative_number_is_colder_than_it() -> None:
    # The bounding hedges keep their signed reading: "below -20C" is under -20.
    figure = only("Forecasters warned of temperatures below -20C in Siberia.")
    assert (figure.hedge, figure.lower, figure.upper, figure.upper_closed) == ("under", None, -20, False)


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        # In the style of a company results story (Reuters).
        ("The company reported a loss of about $5 million in the quarter.", "about $5 million", 5e6),
        # The same loss written with a minus sign before the currency sign.
        ("The fund posted a net change of approximately -$5 million.", "approximately -$5 million", -5e6),
    ],
)
def test_a_hedged_amount_of_money_keeps_its_sign_and_hedge(sentence: str, words: str, value: float) -> None:
    figure = only(sentence)
    assert (figure.span.of(sentence), figure.value, figure.currency) == (words, value, "USD")
    assert figure.hedge in ("about", "approximately")
    low, high = sorted((value * (1 - TOL), value * (1 + TOL)))
    assert (figure.lower, figure.upper) == (approx(low), approx(high))


@given(st.sampled_from(HEDGE_WORDS), st.integers(min_value=0, max_value=10**6))
def test_hedged_negative_and_zero_values_give_a_nonempty_interval(hedge: str, n: int) -> None:
    sentence = f"Temperatures of {hedge} -{n:,} degrees were recorded."
    for figure in extract_figures(sentence):
        assert figure.lower is None or figure.lower <= figure.value
        assert figure.upper is None or figure.value <= figure.upper
        if figure.lower is not None and figure.upper is not None:
            assert figure.lower < figure.upper or (figure.lower_closed and figure.upper_closed)


# ---------------------------------------------------------------------------- long inputs
# Each input is about 100 KB and once took from seconds to minutes (a pattern tried again
# from every character); a regression shows as a test that hangs.


def test_one_long_word_is_no_figure() -> None:
    assert extract_figures("x" * 100_000) == []


def test_a_long_run_of_at_signs_is_no_figure() -> None:
    assert extract_figures("a@" * 50_000) == []


def test_a_long_dotted_chain_is_no_figure() -> None:
    # Like an IP address or a version string, but 100 KB long.
    assert extract_figures("12.34.56." * 11_111) == []


def test_a_long_list_of_ones_ends_with_the_thousand_counted() -> None:
    figures = extract_figures("1," * 50_000 + "000 people were counted.")
    assert len(figures) == 50_000
    assert {f.value for f in figures[:-1]} == {1}
    assert (figures[-1].value, figures[-1].unit) == (1000, "people")


def test_a_long_list_of_two_digit_numbers_is_read_one_by_one() -> None:
    # Not South Asian digit grouping ("12,34,567"), which needs three digits at the end.
    figures = extract_figures("12," * 33_000)
    assert len(figures) == 33_000 and {f.value for f in figures} == {12}
