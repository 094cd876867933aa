"""Figures with their hedges as intervals, on the styles of seven probe sets by different writers
(fig24): one group of tests per rule, each with near misses that keep the reading they had before.
Every sentence was written for these tests in the style of news copy; none is quoted from an article.
"""

from __future__ import annotations

import pytest

from factcheck.extraction.figures import extract_figures


def texts(sentence: str) -> list[str]:
    """The words of every figure found in ``sentence``."""
    return [f.span.of(sentence) for f in extract_figures(sentence)]


def hedges(sentence: str) -> list[tuple[str, str | None, float | None, float | None]]:
    """Each figure's words, hedge class and bounds."""
    return [(f.span.of(sentence), f.hedge, f.lower, f.upper) for f in extract_figures(sentence)]


# ---------------------------------------------------------------------------- labels of a series


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("About 30,000 people in the region live with type 2 diabetes.", ["About 30,000"]),
        ("The goalie was pulled in Game 4 after letting in five goals on 19 shots.", ["five", "19"]),
        ("Position 2 on the school board goes to a runoff in December.", []),
        ("The dealer told him the van was grade three and had 40,000 km on it.", ["40,000"]),
        ("She now wears a size 10 and runs 5km a day.", ["5"]),
        ("Pupils at decile 2 schools sat 1,200 exams.", ["1,200"]),
        ("The club sit sixth in League Two, 12 points off the top.", ["12"]),
        ("One top-10 shareholder voted against the deal.", []),
        ("The suit, No. 1:21-cv-00417, names 14 defendants.", ["14"]),
    ],
)
def test_a_number_labelling_a_member_of_a_series_is_no_figure(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a unit or a word of quantity after the number keeps it a figure
        ("They have won the league 3 times in 20 years.", ["3", "20"]),
        ("Sea level 2 metres higher would flood the port.", ["2"]),
        ("The game 20 minutes later was called off.", ["20"]),
        ("Their size grew 15 percent last year.", ["15 percent"]),
        # a hyphen between two numbers is a range, between a capital word and a number a name
        ("Repairs will take 3-4 weeks.", ["3", "4"]),
        # a word linking two numbers is no label head: "5-foot-11", "an 8-by-10-inch print"
        ("The guard, a 6-foot-4 rookie, signed for $2 million.", ["6", "4", "$2 million"]),
        ("She framed an 8-by-10-inch print.", ["8", "10"]),
    ],
)
def test_a_label_noun_before_a_quantity_keeps_the_figure(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


# ---------------------------------------------------------------------------- results beside their words


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Jets evened the series 2-2 with 18,000 fans watching.", ["18,000"]),
        ("The win levels the three-match series 1-1.", ["three"]),
        ("They finished the round robin with a 9-2 record and 41 points.", ["41"]),
        ("The Blues beat the Rangers 5-3 on Friday in front of 17,500.", ["17,500"]),
        ("Her rink beat Alberta's Jane Cole 8-6 to take the title worth $50,000.", ["$50,000"]),
    ],
)
def test_a_result_beside_series_record_or_the_side_beaten_is_no_figure(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The scheme would beat Ontario's 5-10 per cent target.", ["5", "10 per cent"]),
        ("Police beat back 20-30 protesters at the gate.", ["20", "30"]),
        ("A series of 3-4 storms hit the coast.", ["3", "4"]),
    ],
)
def test_a_range_near_the_words_of_a_result_stays_a_range(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


# ---------------------------------------------------------------------------- hedge words


@pytest.mark.parametrize(
    ("sentence", "words", "hedge", "lower", "upper"),
    [
        ("Some inmates have been held longer than eight months.", "longer than eight", "more than", 8, None),
        ("Stays shorter than 3 days are not billed.", "shorter than 3", "less than", None, 3),
        ("The clinic loses something like $4,000 a week.", "something like $4,000", "about", 3800, 4200),
        ("Crowds often topped 300 on market day.", "topped 300", "more than", 300, None),
        ("Organisers said turnout could top 62 per cent.", "top 62 per cent", "more than", 62, None),
        ("Insiders put the price north of $3 billion.", "north of $3 billion", "more than", 3e9, None),
        ("Her costs are nearer 40p a litre.", "nearer 40", "about", 38, 42),
        ("He said he had read it probably 30 times.", "probably 30", "about", 28.5, 31.5),
        ("The fund raised a little under $8 million.", "a little under $8 million", "under", None, 8e6),
        ("The deal fell just shy of 5,000 votes.", "just shy of 5,000", "nearly", 4750, 5000),
    ],
)
def test_a_hedge_word_bounds_the_figure(
    sentence: str, words: str, hedge: str, lower: float | None, upper: float | None
) -> None:
    figs = {f.span.of(sentence): f for f in extract_figures(sentence)}
    fig = figs[words]
    assert fig.hedge == hedge
    assert fig.lower == pytest.approx(lower) if lower is not None else fig.lower is None
    assert fig.upper == pytest.approx(upper) if upper is not None else fig.upper is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The top 10 firms hired 400 people.", [("10", None, 10, 10), ("400", None, 400, 400)]),
        ("As the deadline gets nearer 30 staff have quit.", [("30", None, 30, 30)]),
        ("Probably 2024 will be better, she said.", []),
    ],
)
def test_a_hedge_word_that_is_no_hedge_keeps_the_plain_reading(
    sentence: str, expected: list[tuple[str, str | None, float, float]]
) -> None:
    assert hedges(sentence) == expected


# ---------------------------------------------------------------------------- dates in capitals


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("PUBLISHED NOV 14, 2021, 6:00 AM SGT  About 300 staff were hired.", ["About 300"]),
        ("11:20, 9 JUN 2022  A crowd of 4,000 gathered.", ["4,000"]),
        ("Filed March/09/2016 with 12 exhibits.", ["12"]),
    ],
)
def test_a_day_beside_a_month_in_capitals_or_between_slashes_is_a_date(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


def test_a_count_after_a_month_word_of_another_kind_stays() -> None:
    assert texts("Sales in May rose 12 percent.") == ["12 percent"]


# ---------------------------------------------------------------------------- "over" that does not hedge


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The study will track 2,000 adults in rural Kenya over four years.",
            [("2,000", None, 2000, 2000), ("four", None, 4, 4)],
        ),
        ("Villagers lodge objection over 45-home scheme.", [("45", None, 45, 45)]),
        ("Row over 10-year deal splits the board.", [("10", None, 10, 10)]),
    ],
)
def test_over_as_during_or_about_is_no_hedge(
    sentence: str, expected: list[tuple[str, str | None, float, float]]
) -> None:
    assert hedges(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Spending over 10 years rose.", [("over 10", "over", 10, None)]),
        ("Passengers faced over 20-minute delays.", [("over 20", "over", 20, None)]),
        ("The council fought over 300 homes.", [("over 300", "over", 300, None)]),
        ("It is the highest in over two years.", [("over two", "over", 2, None)]),
    ],
)
def test_over_as_more_than_stays_a_hedge(
    sentence: str, expected: list[tuple[str, str | None, float, float]]
) -> None:
    assert hedges(sentence) == expected


# ------------------------------------------------------------------------ years after a preposition of time


@pytest.mark.parametrize(
    "sentence",
    [
        "The rule adopted in 2022 allows councils to cap rents.",
        "Unemployment at its lowest since 2019 gives the minister room.",
        "The levy stays until 2030 unless MPs act.",
    ],
)
def test_a_year_after_a_preposition_of_time_is_no_figure(sentence: str) -> None:
    assert texts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Grants went out in 2000 homes across the county.", ["2000"]),
        ("Free meals were served in 1500 schools last year.", ["1500"]),
    ],
)
def test_a_count_after_in_stays_a_figure(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


# ---------------------------------------------------------------------------- bare hours of the day


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I catch the bus at 6:15 so I'm at my desk by 8. It's nine miles.", ["nine"]),
        ("Residents meet the mayor tonight at 6. Bring 2 forms of ID.", ["2"]),
        ("We eat dinner with the twins at seven and then do 40 minutes of reading.", ["40"]),
        ("The bar was still serving at half twelve, said one of 30 neighbours.", ["30"]),
    ],
)
def test_a_bare_hour_that_ends_its_clause_in_a_sentence_about_the_day_is_no_figure(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("By Tuesday night the death toll stood at 9.", ["9"]),
        ("The death toll rose to 11 at midday and stayed at 11.", ["11", "11"]),
        ("Ministers met this morning and agreed to cap it at 8, a spokesman said.", ["8"]),
        ("Half the 200 seats were empty at 7 in the evening.", ["Half", "200"]),
    ],
)
def test_a_level_or_a_count_after_at_stays_a_figure(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected
