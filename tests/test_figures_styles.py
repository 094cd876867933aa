"""The figure extractor on the styles of other desks: wire kickers and datelines, Canadian, UK,
Indian and markets copy.  Every sentence was written for these tests in the style of such copy;
none is quoted from an article.
"""

from __future__ import annotations

import pytest

from factcheck.extraction.figures import extract_figures


def texts(sentence: str) -> list[str]:
    """The words of every figure found in ``sentence``."""
    return [f.span.of(sentence) for f in extract_figures(sentence)]


# ---------------------------------------------------------------------------- kickers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UPDATE 4-Death toll from Andes quake rises to 212\n\nLIMA, March 3 (Reuters) - ...", ["212"]),
        ("UPDATE 2-Canada's jobless rate edges up to 6.4%\n", ["up to 6.4%"]),
        ("RPT-WRAPUP 1-Storm cuts power to 80,000 homes in Nova Scotia\n", ["80,000"]),
        ("Oil prices slip\nCORRECTED-UPDATE 3-Shell to cut 250 jobs in Aberdeen\n", ["250"]),
    ],
)
def test_the_number_of_a_wire_kicker_is_no_figure(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_number_glued_to_a_hyphen_inside_a_sentence_stays_a_figure() -> None:
    # not at the start of a line, and no capitals before it: a compound (the score "4-3" is a
    # result, no figure: tests/test_figure18.py)
    assert texts("The Oilers won 4-3 and now sit 2-point clear of Calgary.") == ["2"]


def test_a_line_break_ends_what_a_figure_counts() -> None:
    text = "UPDATE 4-Death toll from Andes quake rises to 212\n\nRescuers search rubble"
    (toll,) = extract_figures(text)
    assert toll.unit is None
    table = "Nationality Deaths\nPeruvian 198\nChilean 9\nBolivian 5\n"
    assert [f.unit for f in extract_figures(table)] == [None, None, None]


# ---------------------------------------------------------------------------- names


def test_a_number_word_inside_a_name_is_no_figure() -> None:
    text = (
        "Manchester United manager Erik ten Hag said his side had lost two of its last five games. "
        "Ten Hag was unhappy with the referee."
    )
    assert texts(text) == ["two", "five"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ten Republicans voted against the bill.",
        "The Post gave Fiorina three Pinocchios.",
        "On Monday three Americans were hurt in the blast.",
        "Voters handed Biden two Senate seats.",
        "The deal gave Ottawa ten Airbus planes.",
    ],
)
def test_a_count_beside_a_capitalised_word_stays_a_figure(sentence: str) -> None:
    assert len(extract_figures(sentence)) == 1


# ---------------------------------------------------------------------------- change or range


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "The central bank raised its key rate 13 times, from a record low of 0.1 per cent to 4.35"
            " per cent.",
            "0.1 per cent",
            "4.35 per cent",
        ),
        (
            "Clinton favours raising the minimum wage from the current $7.25 to $12.",
            "$7.25",
            "$12",
        ),
        (
            "The jobless rate climbed from a revised 5.8 percent to 6.1 percent in May.",
            "5.8 percent",
            "6.1 percent",
        ),
    ],
)
def test_from_x_to_y_after_a_verb_of_change_is_two_values(sentence: str, first: str, second: str) -> None:
    figures = [f for f in extract_figures(sentence) if f.span.of(sentence) in (first, second)]
    assert [f.span.of(sentence) for f in figures] == [first, second]
    assert all(f.range_with is None and f.lower == f.upper == f.value for f in figures)


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        (
            "Forecasts for the deficit range from C$20 billion to C$25 billion.",
            "C$20 billion",
            "C$25 billion",
        ),
        (
            "Fares rose last year, and seats now vary from 375 to 400 on each flight.",
            "375",
            "400",
        ),
        ("Economists expect growth of between 6.5% and 7% in 2024-25.", "6.5%", "7%"),
        ("Tickets cost from £45 to £120.", "£45", "£120"),
    ],
)
def test_a_range_stays_a_range(sentence: str, low: str, high: str) -> None:
    a, b = (f for f in extract_figures(sentence) if f.span.of(sentence) in (low, high))
    assert a.range_with == b.id and b.range_with == a.id


# ---------------------------------------------------------------------------- what is counted


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        (
            "All 2,472 Republican National Convention delegates will vote.",
            "Republican National Convention delegates",
        ),
        (
            "The carrier added 142,000 net new postpaid subscribers in the quarter.",
            "net new postpaid subscribers",
        ),
        (
            "About 600 South Carolina Republican primary voters were polled.",
            "South Carolina Republican primary voters",
        ),
    ],
)
def test_a_long_name_before_the_counted_noun_reaches_the_noun(sentence: str, unit: str) -> None:
    (figure,) = extract_figures(sentence)
    assert figure.unit == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Three New Brunswick towns cast first ballots at midnight.", "New Brunswick towns"),
        ("She named 13 major Republican candidates figure in the poll.", "major Republican candidates"),
    ],
)
def test_what_is_counted_stops_at_its_plural_noun(sentence: str, unit: str) -> None:
    (figure,) = extract_figures(sentence)
    assert figure.unit == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The Australian dollar fell to 64.26 U.S. cents.", "U.S. cents"),
        ("Around 880,000 fixed-rate loans will roll off this year.", "fixed-rate loans"),
        ("The magnitude 6.8 earthquake struck at night.", "earthquake"),
        ("The toll in more than 60 years rose to 2,901.", "years"),
        ("At least four U.N. peacekeepers were hurt.", "U.N. peacekeepers"),
    ],
)
def test_initialisms_and_compounds_are_one_word_and_a_past_verb_ends_the_noun(
    sentence: str, unit: str
) -> None:
    assert extract_figures(sentence)[0].unit == unit


# ---------------------------------------------------------------------------- a change by X to Y


def test_a_change_by_x_to_a_level_y_is_two_values() -> None:
    sentence = "The company's headcount fell by 7,530 to 328,764 employees in the quarter."
    change, level = extract_figures(sentence)
    assert (change.value, level.value) == (7530, 328764)
    assert change.range_with is None and level.range_with is None and change.upper == 7530


def test_a_change_by_a_range_stays_a_range() -> None:
    low, high = extract_figures("Economists expect rents to rise by 5 to 10 per cent next year.")
    assert low.range_with == high.id and (low.lower, high.upper) == (5, 10)


# ---------------------------------------------------------------------------- addresses, indexes, money


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A one-bedroom condo at 1200 Bay St. listed at $649,000.", ["one", "$649,000"]),
        ("The count at 21 Elstow Road, Bedford, ended at 4.30am.", []),
        ("A spokesman at 10 Downing Street said the vote would go ahead.", []),
        ("The ASX 200 closed up 0.2% while the Nifty 50 slipped 0.1%.", ["0.2%", "0.1%"]),
    ],
)
def test_street_numbers_and_index_names_are_no_figures(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


def test_a_street_that_names_what_is_counted_keeps_the_count() -> None:
    (figure,) = extract_figures("Five Bay Street banks led the C$2 billion deal.")[:1]
    assert (figure.value, figure.unit) == (5, "Bay Street banks")


@pytest.mark.parametrize(
    ("sentence", "words", "currency", "value"),
    [
        ("The interim budget of Rs 47.66 lakh crore was tabled.", "Rs 47.66 lakh crore", "INR", 4.766e13),
        ("Infosys declared a dividend of Rs. 18 per share.", "Rs. 18", "INR", 18),
        ("The lender sold a EUR 500 million bond.", "EUR 500 million", "EUR", 5e8),
    ],
)
def test_a_currency_word_or_code_before_an_amount(
    sentence: str, words: str, currency: str, value: float
) -> None:
    (figure,) = extract_figures(sentence)
    assert (figure.span.of(sentence), figure.currency, figure.value) == (
        words,
        currency,
        pytest.approx(value),
    )


# ---------------------------------------------------------------------------- results


@pytest.mark.parametrize(
    "sentence",
    [
        "Chelsea lost 1-2 to Arsenal on Saturday.",
        "It was a 0-3 home defeat for the Oilers.",
        "The Supreme Court issued a 4-5 ruling on the case.",
    ],
)
def test_a_result_is_no_range(sentence: str) -> None:
    # neither side of a result is a figure (tests/test_figure18.py), so no range either
    assert extract_figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("UPDATE 3-Death toll in Andes quake climbs past 2,900\n", "climbs past 2,900"),
        ("The S&P/TSX composite index rose past 20,000 points on Friday.", "rose past 20,000"),
    ],
)
def test_a_verb_of_rising_before_past_is_a_hedge(sentence: str, words: str) -> None:
    figure = next(f for f in extract_figures(sentence) if f.value >= 2000)
    assert (figure.span.of(sentence), figure.hedge, figure.upper) == (words, "more than", None)


def test_past_as_an_adjective_is_no_hedge() -> None:
    (figure,) = extract_figures("Prices have doubled in the past 10 years.")
    assert (figure.value, figure.hedge) == (10, None)


# ---------------------------------------------------------------------------- phones, years, ages


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A Teck spokesperson, reached at +1 604 699 4000, declined to comment.", []),
        ("The embassy can be reached on +44 20 7946 0958 or by e-mail.", []),
        ("Call 111 for non-emergency advice; dial 999 in an emergency.", []),
        ("Prosecutors will call 10 witnesses.", ["10"]),
        ("The NHS budget for 2023/24 is £165.9bn, up 3.4% in cash terms.", ["£165.9bn", "3.4%"]),
        ("Green Party Leader Elizabeth May, 65, kept her seat.", []),
        ("In May, 40 people died in the floods.", ["40"]),
    ],
)
def test_phone_numbers_slashed_fiscal_years_and_ages_after_a_surname_like_a_month(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "words", "unit"),
    [
        ("The track was damaged at 50-odd places.", "50-odd", "places"),
        ("He has worked 35-plus hours a week since June.", "35-plus", "hours"),
    ],
)
def test_odd_and_plus_after_a_number_are_a_lower_bound(sentence: str, words: str, unit: str) -> None:
    (figure,) = extract_figures(sentence)
    assert (figure.span.of(sentence), figure.hedge, figure.lower, figure.upper, figure.unit) == (
        words,
        "at least",
        figure.value,
        None,
        unit,
    )


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("($1 = 1.3532 Canadian dollars)", "CAD"),
        ("The levy raised about 1.7 billion Australian dollars.", "AUD"),
        ("Glencore shares were down 1.1% at 467.5 pence.", "GBP"),
        ("The fund paid out 40 million dollars.", "USD"),
    ],
)
def test_a_currency_named_by_its_nation_after_the_amount(sentence: str, currency: str) -> None:
    figure = extract_figures(sentence)[-1]
    assert figure.currency == currency


def test_bowling_figures_are_no_range_but_a_duration_is() -> None:
    figures = extract_figures("Pandya took 3-44 in 10 overs. The repair took 5-10 days.")
    # bowling figures are a result, no figure (tests/test_figure18.py)
    assert [(f.value, f.range_with is not None) for f in figures] == [
        (10, False),
        (5, True),
        (10, True),
    ]


# ---------------------------------------------------------------------------- "over" as "during"


@pytest.mark.parametrize(
    ("sentence", "words", "hedge"),
    [
        ("The budget includes A$14.6 billion in cost-of-living relief over four years.", "four", None),
        ("The carrier plans to phase out the mandate over five years.", "five", None),
        ("Prices would climb gradually over six years.", "six", None),
        ("It has been over 10 years since the last surplus.", "over 10", "over"),
        ("The talks lasted over 2 hours.", "over 2", "over"),
        ("She moved to Winnipeg over 20 years ago.", "over 20", "over"),
    ],
)
def test_over_before_a_duration_after_a_noun_means_during(
    sentence: str, words: str, hedge: str | None
) -> None:
    figure = next(f for f in extract_figures(sentence) if f.unit == "years" or f.unit == "hours")
    assert (figure.span.of(sentence), figure.hedge) == (words, hedge)


def test_over_after_a_duration_is_no_hedge_of_the_next_figure() -> None:
    sentence = "A former bank executive was jailed for 6 1/2 years over £2.3m fraud."
    assert [(f.span.of(sentence), f.hedge) for f in extract_figures(sentence)] == [
        ("6 1/2", None),
        ("£2.3m", None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Victims can call Action Fraud on 0300 123 2040.",
        "His office can be reached at (613) 992-4523.",
        "Mark Hollis, 58, of 14 Ashdown Close, Reigate, pleaded guilty.",
    ],
)
def test_domestic_telephone_numbers_and_british_addresses_are_no_figures(sentence: str) -> None:
    assert texts(sentence) == []


def test_an_age_after_a_noun_for_a_person_is_no_figure() -> None:
    sentence = "One woman, 84, lost her life savings of £312,000. Of the victims, 12 were children."
    assert texts(sentence) == ["£312,000", "12"]


def test_a_change_without_by_then_a_level_is_two_values() -> None:
    sentence = "Tesco's share price rose 2p to 285.4p, and the index fell 120 to 20,105."
    assert [(f.value, f.range_with) for f in extract_figures(sentence)] == [
        (2, None),
        (285.4, None),
        (120, None),
        (20105, None),
    ]


def test_a_number_glued_after_a_plus_to_a_code_is_a_name() -> None:
    assert texts("Talks between Iran and the P5+1 resumed with 3 experts.") == ["3"]


def test_a_part_of_the_last_n_counts_what_the_whole_counts() -> None:
    sentence = "Sanders has won six of the past seven contests; the Oilers won 8 of their last 10."
    assert [f.unit for f in extract_figures(sentence)] == ["contests", "contests", None, None]


def test_a_naira_amount_gives_no_figure_of_nought() -> None:
    # Nigerian dailies write naira as "N48,000": the letter is the currency, and the group after
    # the comma is no figure of 0 (a figure of 0 would be compared with others)
    text = "Fertiliser prices soar\n\nA 50kg bag now sells for N48,000, up from N16,000 last year.\n"
    figures = extract_figures(text)
    assert not [f for f in figures if f.value == 0]
    assert [(f.span.of(text), f.value, f.currency) for f in figures if f.currency] == [
        ("N48,000", 48000, "NGN"),
        ("N16,000", 16000, "NGN"),
    ]


# ---------------------------------------------------------------------------- glued currencies


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # South African, Kenyan, Gulf, Malaysian, Philippine and Indian copy glue the currency on
        (
            "The regulator cut the utility's revenue claim by R12.8bn, so homes will pay about R640 more.",
            [("R12.8bn", 12.8e9, None, "ZAR"), ("about R640", 640, "about", "ZAR")],
        ),
        (
            "The county collected roughly Sh72 million in levies, short of a KSh90 million target.",
            [("roughly Sh72 million", 72e6, "about", "KES"), ("KSh90 million", 90e6, None, "KES")],
        ),
        ("The emirate will build a Dh2.4 billion solar park.", [("Dh2.4 billion", 2.4e9, None, "AED")]),
        ("Putrajaya set aside RM35 million for flood relief.", [("RM35 million", 35e6, None, "MYR")]),
        ("The bridge costs over P3.2 billion.", [("over P3.2 billion", 3.2e9, "over", "PHP")]),
        ("The state approved a Rs1,250 crore package.", [("Rs1,250 crore", 1.25e10, None, "INR")]),
        ("Lagos signed a ₦7 billion road contract.", [("₦7 billion", 7e9, None, "NGN")]),
        # the local prefixes are only ever money, even before one digit; a code like PHP may be a version
        (
            "Tea sold for under Rs9 a cup, and bus fares rose to KSh5.",
            [("under Rs9", 9, "under", "INR"), ("KSh5", 5, None, "KES")],
        ),
        ("Homes will pay roughly R75 more each month.", [("roughly R75", 75, "about", "ZAR")]),
    ],
)
def test_a_currency_prefix_glued_to_the_amount_is_read_with_it(
    sentence: str, expected: list[tuple[str, float, str | None, str]]
) -> None:
    got = [(f.span.of(sentence), f.value, f.hedge, f.currency) for f in extract_figures(sentence)]
    assert got == [(text, pytest.approx(value), hedge, currency) for text, value, hedge, currency in expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nurses still lack N95 masks, and the P4 lab on the N1 highway stays shut.",
        "Fans queued to see R2-D2 before the G20 summit.",
        # after a hedge the letter still names a grade, a school year or a road
        "Clinics received some N95 masks, which filter better than N95-grade cloth.",
        "Pupils up to P6 return to class, and around R2 and R3 taxis blocked roads.",
        # a longer code before a lone digit is a version
        "The host drops PHP7 and moves sites to PHP8.1 next year.",
    ],
)
def test_a_single_letter_before_digits_is_a_name_unless_the_amount_is_money(sentence: str) -> None:
    assert texts(sentence) == []


# ---------------------------------------------------------------------------- compounds and halves


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a number word hyphened to a noun starts a compound ("two-wheelers"), not more of the amount
        ("Dealers sold 4.2 lakh two-wheelers in March.", [("4.2 lakh", 420_000), ("two", 2)]),
        ("The carmaker shipped 1 million three-wheelers abroad.", [("1 million", 1e6), ("three", 3)]),
        (
            "The census counted two million twenty-one thousand voters.",
            [("two million twenty-one thousand", 2_021_000)],
        ),
        # "a <unit> and a half" is one and a half units, not half of one
        ("The trial lasted a year and a half.", [("a year and a half", 1.5)]),
        ("Commuters lose an hour and a half every week.", [("an hour and a half", 1.5)]),
        ("The crowd waited almost a month and a half.", [("almost a month and a half", 1.5)]),
    ],
)
def test_compounds_and_halves(sentence: str, expected: list[tuple[str, float]]) -> None:
    assert [(f.span.of(sentence), f.value) for f in extract_figures(sentence)] == [
        (text, pytest.approx(value)) for text, value in expected
    ]


def test_pc_after_a_number_is_percent_and_pcs_are_computers() -> None:
    # "11pc" is how British and South Asian papers write per cent; "PCs" are computers
    headline = "Exports climb 14pc in second quarter as rupee steadies"
    [figure] = extract_figures(headline)
    assert (figure.span.of(headline), figure.value, figure.is_percent) == ("14pc", 14, True)
    sentence = "The school bought 40 PCs and 12 PC games."
    assert [f.is_percent for f in extract_figures(sentence)] == [False, False]
