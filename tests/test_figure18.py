"""Figures in the styles of other desks, issue 12's figure targets: what is not a figure (results
and tallies, telephone numbers, ages in an aside with "now", times and years) and money that was
read in pieces.  Every sentence was written for these tests in the style of news copy; none is
quoted from an article.
"""

from __future__ import annotations

import pytest

from factcheck.extraction.figures import extract_figures


def texts(sentence: str) -> list[str]:
    """The words of every figure found in ``sentence``."""
    return [f.span.of(sentence) for f in extract_figures(sentence)]


# ---------------------------------------------------------------------------- results and tallies


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Town were held to a 2-2 draw at home by Carlisle on Saturday.", []),
        ("Despite their 3-0 defeat to Celtic, the manager kept faith with 11 players.", ["11"]),
        ("The planning committee voted 7-4 on Tuesday to approve 320 new homes.", ["320"]),
        ("The measure passed 52-47 after a debate that lasted 14 hours.", ["14"]),
        ("The Wallabies won 31-24 in front of 48,000 fans.", ["48,000"]),
    ],
)
def test_neither_side_of_a_result_is_a_figure(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The party won 20-25 seats in the north, analysts said.", ["20", "25"]),
        ("Prices rose 5-7% in May.", ["5", "7%"]),
        ("Repairs will take 3-4 weeks, the council said.", ["3", "4"]),
    ],
)
def test_a_range_is_kept(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


# ---------------------------------------------------------------------------- money read in pieces


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("Both accused were granted bail of R20 000 on Monday.", "R20 000", 20_000),
        ("Looters took stock worth about R180 000, the owner said.", "about R180 000", 180_000),
        ("The municipality awarded a R65-million tender to the firm.", "R65-million", 65_000_000),
        ("She was told to pay more than R2.4-million to a consultant.", "more than R2.4-million", 2_400_000),
    ],
)
def test_a_glued_currency_letter_before_spaced_thousands_or_a_hyphened_scale(
    sentence: str, words: str, value: float
) -> None:
    (figure,) = extract_figures(sentence)
    assert (figure.span.of(sentence), figure.value, figure.currency) == (words, value, "ZAR")


@pytest.mark.parametrize(
    "sentence", ["The R2-D2 replica sold quickly.", "Staff wore N95 masks at the 3 sites."]
)
def test_a_letter_before_a_code_stays_a_name(sentence: str) -> None:
    assert all(f.currency is None for f in extract_figures(sentence))


# ---------------------------------------------------------------------------- numbers to call


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Anyone with information should contact Crime Stoppers on 0800 555 111.", []),
        ("Witnesses can call the incident room on 1300 274 800 or Crimeline on 32211.", []),
        ("Call the council at 02380 83300, said 40 residents in a letter.", ["40"]),
    ],
)
def test_a_number_given_as_where_to_call_is_no_figure(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister called on 30 countries to join the pact.", ["30"]),
        ("Neighbours had contacted police on 12 occasions since March.", ["12"]),
        ("The jeweller sold the ring at 450 last week.", ["450"]),
        ("The collider's 27-kilometre ring ran at 3.5-4 TeV.", ["27", "3.5", "4"]),
    ],
)
def test_a_count_after_call_on_stays_a_figure(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


# ---------------------------------------------------------------------------- ages with "now"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Her grandfather, now 91, still opens the shop at dawn.", []),
        ("The record belongs to Okafor, now 38 and a sprint coach in Lagos.", []),
        ("Mr Lindqvist, now 67, sold 300 cattle last year.", ["300"]),
    ],
)
def test_an_age_in_an_aside_with_now_is_no_figure(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sales, now 76, fell in March.", ["76"]),
        ("The index, now 112, has doubled.", ["112"]),
        ("Unemployment, now 7.4, is falling.", ["7.4"]),
    ],
)
def test_a_level_in_an_aside_with_now_stays_a_figure(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


# ---------------------------------------------------------------------------- hours of the day


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("By four o'clock the water had reached the first floor.", []),
        ("Crews were still working at 3 in the morning to restore 900 homes.", ["900"]),
        ("The bars stay open until 11 at night, 7 days a week.", ["7"]),
        ("The first bus left around 5 in the morning.", []),
    ],
)
def test_an_hour_of_the_day_is_no_figure(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


def test_a_count_before_in_the_morning_stays_a_figure() -> None:
    assert texts("The bakery sold 40 in the morning and 25 at night.") == ["40", "25"]


# ---------------------------------------------------------------------------- years


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The pact aims to cut emissions by 40% from 2005 levels.", ["40%"]),
        ("Output is still below 2019 levels, the ministry said.", []),
        ("Rents have risen sharply since about 2015, and 1,200 families wait for homes.", ["1,200"]),
        ("The mill closed in around 1998.", []),
    ],
)
def test_a_year_before_levels_or_after_since_about_is_no_figure(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The plant employs about 2000 workers.", ["about 2000"]),
        ("Since about 2015 people have moved to the coast.", ["about 2015"]),
    ],
)
def test_a_count_near_a_year_stays_a_figure(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


# ---------------------------------------------------------------------------- hedges


@pytest.mark.parametrize(
    ("sentence", "words", "hedge"),
    [
        (
            "The upgrade will cost in the region of £40 million, the trust said.",
            "in the region of £40 million",
            "about",
        ),
        ("Residents say the real number of empty homes is closer to 3,000.", "closer to 3,000", "about"),
        ("On a good night maybe 200 people turn up.", "maybe 200", "about"),
        ("Perhaps 15 families still live on the estate.", "Perhaps 15", "about"),
    ],
)
def test_a_hedge_of_other_desks_is_read(sentence: str, words: str, hedge: str) -> None:
    (figure,) = extract_figures(sentence)
    assert (figure.span.of(sentence), figure.hedge) == (words, hedge)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The festival opens with a film about 12 miners trapped underground.", "12"),
        ("Voters care about 2 things: rents and buses.", "2"),
        ("The council must get closer to 400 homes a year to meet the target.", "400"),
        ("By Sunday parts of the estate were under 6 feet of water.", "6"),
    ],
)
def test_a_preposition_that_spells_a_hedge_is_none(sentence: str, words: str) -> None:
    figure = extract_figures(sentence)[-1]
    assert (figure.span.of(sentence), figure.hedge) == (words, None)


@pytest.mark.parametrize(
    ("sentence", "words", "hedge"),
    [
        ("I think about 10 people came.", "about 10", "about"),
        ("Water levels stayed under 2 metres all week.", "under 2", "under"),
        ("Prices could go up to 5% next year.", "up to 5%", "up to"),
    ],
)
def test_the_same_words_before_a_number_stay_a_hedge(sentence: str, words: str, hedge: str) -> None:
    (figure,) = extract_figures(sentence)
    assert (figure.span.of(sentence), figure.hedge) == (words, hedge)


def test_perhaps_before_a_year_hedges_no_number() -> None:
    assert extract_figures("Perhaps 2020 will be kinder to the high street.") == []


# ---------------------------------------------------------------------------- "half" in a word


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Scrum-half Cian Doyle kicked 14 points.", ["14"]),
        ("The retailer posted a 12 per cent fall in first-half sales.", ["12 per cent"]),
        ("Families sheltered in a half-built school 3 kilometres away.", ["3"]),
        ("Only 900 fans watched in a half-empty stadium.", ["900"]),
    ],
)
def test_half_inside_a_hyphened_word_is_no_fraction(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The show runs for a half-hour each night.", "a half"),
        ("Half the squad was injured.", "Half"),
        ("Turnout fell by one-half in the north.", "one-half"),
    ],
)
def test_half_as_a_quantity_stays_a_figure(sentence: str, words: str) -> None:
    assert words in texts(sentence)


# ---------------------------------------------------------------------------- numbers that name


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dispatchers fielded some 911 calls about the fire before 40 crews arrived.", ["40"]),
        ("A neighbour dialled 999 after hearing 3 shots.", ["3"]),
        ("The Warsaw WIG 20 index lost 2.1% on Monday.", ["2.1%"]),
    ],
)
def test_an_emergency_number_or_an_index_name_is_no_figure(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The control room took 112 calls overnight.", ["112"]),
        ("Pupils sit 112 tests before they turn 16.", ["112", "16"]),
        ("The benchmark fell 300 index points.", ["300"]),
    ],
)
def test_a_count_of_calls_or_points_stays_a_figure(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected
