"""False alarms on blind articles of other styles (issue 13, branch ``alarm16``): general rules,
each with the near miss that must still alarm.  Every passage here is written for these tests in
the style of regional election, transport, court and business copy; none is taken from an article.

* a multiple told in another clause than "from A to B" is another clause's
  (plugins/numeric_clauses.py ``multiple_elsewhere``);
* a change told before "from A to B", with a finite verb of change of its own between them, is
  another subject's change (``own_verb_between``);
* a part naming its own plural noun against a whole of one named in the singular ("34 packages of
  one kilogramme each") is no part of it (plugins/numeric_singular.py);
* two durations of two events ("stole … over six years", "pay … for 10 years") are two
  quantities (``durations_apart``).
"""

from __future__ import annotations

from factcheck_plugins.numeric_partitive import part_of_the_other
from factcheck_plugins.numeric_text import TextIndex

from factcheck import Document, check
from factcheck.model import Status
from factcheck.testing import alarms as _alarms


def _numeric(text: str, relation: str | None = None) -> list[str]:
    return _alarms(check(Document(text=text)), "numeric", relation)


# ------------------------------------------------------------------ a multiple of another clause

COAST = (
    "Opposition gains on the coast\n\n"
    "By Staff Reporter\n\n"
    "The People's Front won 82 seats in the assembly, up from 61 five years ago, and 34 of the "
    "coastal seats, up from 17.\n\n"
    'Its leader told supporters: "{line}"\n'
)


def test_a_multiple_in_another_clause_is_not_the_from_to_change() -> None:
    line = "From 61 to 82 across the state is a big step, and on the coast we have doubled."
    assert _numeric(COAST.format(line=line), "multiple") == []


def test_a_multiple_in_the_clause_of_its_from_to_is_still_judged() -> None:
    line = "Across the state we have doubled from 61 to 82, and on the coast we did better still."
    alarms = _numeric(COAST.format(line=line), "multiple")
    assert len(alarms) == 1 and "doubled" in alarms[0]


# ------------------------------------------------------------------ a change with a verb of its own

FARES = (
    "Tram use slips after fare rise\n\n"
    "By Staff Reporter\n\n"
    "{line} The operator said it carried 41 million passengers over the period.\n"
)


def test_a_change_of_another_verb_is_not_the_change_from_a_to_b() -> None:
    line = (
        "Passenger numbers fell by about 6% in the first quarter after the single fare rose "
        "from 3 euros to 5 euros."
    )
    assert _numeric(FARES.format(line=line), "change") == []


def test_a_change_told_with_its_from_to_is_still_judged() -> None:
    line = "The single fare rose by about 6% in the first quarter, from 3 euros to 5 euros."
    alarms = _numeric(FARES.format(line=line), "change")
    assert len(alarms) == 1 and "6%" in alarms[0]


# ------------------------------------------------------------------ a whole of one, in the singular

SEIZURE = (
    "Cocaine found in lorry at port\n\n"
    "By Staff Reporter\n\n"
    "Customs officers found 28 kilogrammes of cocaine, in {line}, hidden behind pallets of frozen "
    "vegetables in a refrigerated trailer.\n"
)


def test_a_part_against_a_whole_of_one_of_another_noun_is_no_part() -> None:
    report = check(Document(text=SEIZURE.format(line="28 packages of one kilogramme each")))
    assert _alarms(report, "numeric", "part-whole") == []


def test_a_part_against_its_own_noun_still_fails() -> None:
    text = SEIZURE.format(line="28 packages") + "\nOf the 24 packages, 26 were wrapped in tape.\n"
    alarms = _numeric(text, "part-whole")
    assert len(alarms) == 1 and "26" in alarms[0]


# ------------------------------------------------------------------ durations of two events

COURT = (
    "Former treasurer jailed for theft from charity\n\n"
    "By Court Reporter\n\n"
    "A former charity treasurer who stole €86,000 from the charity over six years has been jailed "
    "for three years, with the final nine months suspended.\n\n"
    "The woman (61) had pleaded guilty at the Circuit Criminal Court to 14 sample counts of theft.\n\n"
    "The judge jailed her for three years, with the final nine months suspended, and {line}\n"
)


def test_two_durations_of_two_events_are_two_quantities() -> None:
    line = "ordered her to pay €250 a month to the charity for 10 years."
    assert _numeric(COURT.format(line=line), "restatement") == []


def test_one_event_told_over_two_durations_still_warns() -> None:
    line = "said she had stolen from the charity over ten years."
    alarms = _numeric(COURT.format(line=line), "restatement")
    assert len(alarms) == 1 and "six" in alarms[0]


# ------------------------------------------------------------------ a fraction's hedge, read the other way

BEET = (
    "Sugar beet area shrinks\n\n"
    "By Staff Reporter\n\n"
    "The area sown to sugar beet has fallen to 330,000 hectares, {hedge} a quarter of the 1.5 million "
    "hectares planted in the early 1990s.\n"
)


def test_less_than_a_fraction_is_more_than_its_multiple() -> None:
    assert _numeric(BEET.format(hedge="less than"), "multiple") == []


def test_more_than_a_fraction_the_figures_do_not_give_still_warns() -> None:
    alarms = _numeric(BEET.format(hedge="more than"), "multiple")
    assert len(alarms) == 1 and "quarter" in alarms[0]


CHAMBER = "Women in the assembly\n\nBy Staff Reporter\n\n{line}\n"


def test_a_fraction_of_a_whole_named_in_words_compares_no_two_figures() -> None:
    line = "The number of women in the Assembly rises to 21, from 17, or nearly a quarter of the chamber."
    assert _numeric(CHAMBER.format(line=line), "multiple") == []


def test_a_fraction_whose_whole_is_told_beside_its_figure_is_still_judged() -> None:
    line = "Women now hold 31 of the 89 seats in the chamber, nearly a quarter of the seats."
    alarms = _numeric(CHAMBER.format(line=line), "multiple")
    assert len(alarms) == 1 and "quarter" in alarms[0]


# ------------------------------------------------------------------ a currency in words, a part "Of the …,"

FORECAST = (
    "Sensor maker cuts forecast\n\n"
    "By Staff Reporter\n\n"
    "For the year to March, the company now expects operating profit of 210 billion yen, down from its "
    "previous forecast of 280 billion yen, and sales of 2.55 trillion yen.\n\n"
    "It lowered its net profit forecast to 140 billion yen from 190 billion yen.\n"
)


def test_amounts_of_one_currency_in_words_count_no_common_noun() -> None:
    assert _numeric(FORECAST, "restatement") == []


BUDGET = (
    "Education gets biggest share of budget\n\n"
    "By Staff Reporter\n\n"
    "The education department will receive P528.8 billion next year, the largest allocation of any "
    "agency in the proposed national budget, the budget secretary said.\n\n"
    "Of the education department's budget, P349.6 billion goes to the salaries and benefits of "
    "teachers and other personnel.\n\n"
    "{line}\n"
)


def test_a_part_told_out_of_a_named_whole_is_no_restatement() -> None:
    line = "Teachers' groups said the allocation was still too small."
    assert _numeric(BUDGET.format(line=line), "restatement") == []


def test_a_part_is_set_apart_only_from_its_whole_and_from_other_things() -> None:
    # the rule itself, on the report's own index: the part "Of the education department's budget, …"
    # against its whole, and against a sentence that tells the part again in its own words
    line = "Salaries and benefits of teachers and other personnel take P394.6 billion, the minister said."
    report = check(Document(text=BUDGET.format(line=line)))
    index = TextIndex.build(
        report.document.text, report.figures, report.document.title_span, report.sentences
    )
    whole, part, again = (next(f for f in report.figures if report.words(f.span) == w) for w in WORDS)
    assert part_of_the_other(index, whole, part)
    assert not part_of_the_other(index, part, again)


WORDS = ("P528.8 billion", "P349.6 billion", "P394.6 billion")


# ------------------------------------------------------------------ a figure compared with another season

SEASONS = (
    "Striker leaves for Barcelona\n\n"
    "By Staff Reporter\n\n"
    "His best season for the club was 2008-09, when he scored 28 league goals in 33 matches.\n\n"
    "This season he scored 21 league goals{tail}, and finished third in the scoring chart.\n"
)


def test_a_figure_compared_with_another_season_is_not_that_seasons_figure() -> None:
    assert _numeric(SEASONS.format(tail=", seven fewer than in 2008-09"), "restatement") == []


# ------------------------------------------------------------------ "those …" after a list

ARRIVALS = (
    "Migrant arrivals fall\n\n"
    "By Staff Reporter\n\n"
    "{line}\n\n"
    "About 14,000 of {those} were unaccompanied minors, officials said.\n"
)


def test_those_after_a_list_of_counts_names_no_whole() -> None:
    line = (
        "Nigerians were the largest group this year, with 17,800 arrivals, followed by Guineans with "
        "9,400, Ivorians with 9,100 and Bangladeshis with 9,000."
    )
    assert _numeric(ARRIVALS.format(line=line, those="those arriving"), "part-whole") == []


def test_those_after_a_single_count_is_still_its_whole() -> None:
    line = "In all, 9,000 migrants landed on the island this year."
    alarms = _numeric(ARRIVALS.format(line=line, those="those arriving"), "part-whole")
    assert len(alarms) == 1 and "14,000" in alarms[0]


# ------------------------------------------------------------------ headline figures the body bears out

JOBS = (
    "Jobless rate eases but youth rate remains {bound}\n\n"
    "By Staff Reporter\n\n"
    "The official unemployment rate fell to 33.9% in the second quarter, the statistics agency said.\n\n"
    "Among those aged 15 to 24, the youth jobless rate was 61.4%, the agency said.\n"
)


def test_a_headline_bound_the_body_meets_is_no_disagreement() -> None:
    report = check(Document(text=JOBS.format(bound="above 60%")))
    assert _alarms(report, "attribution", "headline-figure") == []


def test_a_headline_bound_the_body_misses_still_warns() -> None:
    report = check(Document(text=JOBS.format(bound="above 70%")))
    alarms = _alarms(report, "attribution", "headline-figure")
    assert len(alarms) == 1 and "70%" in alarms[0]


THEFT = (
    "Former treasurer jailed for stealing {amount} from members\n\n"
    "By Court Reporter\n\n"
    "A former treasurer who stole more than €400,000 from members of a credit union over six years "
    "has been jailed.\n\n"
    "He had pleaded guilty to 24 sample counts of theft. The total taken was €412,680, the court heard.\n"
)


def test_a_headline_figure_truncating_the_bodys_is_no_disagreement() -> None:
    report = check(Document(text=THEFT.format(amount="€412,000")))
    assert _alarms(report, "attribution", "headline-figure") == []


def test_a_headline_figure_neither_truncating_nor_rounding_still_warns() -> None:
    report = check(Document(text=THEFT.format(amount="€452,000")))
    assert len(_alarms(report, "attribution", "headline-figure")) == 1


MARGIN = (
    "Governor carries state by 10 points as suburbs swing\n\n"
    "By Staff Reporter\n\n"
    "With 99% of precincts reporting, the governor had 54.7% of the vote to her challenger's 44.3%.\n\n"
    "Her party also gained in the suburbs, where it will hold 12 of the 19 suburban seats in the state "
    "senate, up from 11.\n"
)


def test_a_headline_margin_the_bodys_shares_give_is_no_disagreement() -> None:
    assert _alarms(check(Document(text=MARGIN)), "attribution", "headline-figure") == []


def test_a_headline_margin_the_shares_do_not_give_still_alarms() -> None:
    text = (
        "Governor carries state by 12 points\n\nBy Staff Reporter\n\nWith 99% of precincts reporting, the "
        "governor carried the state with 54.7% of the vote to her challenger's 44.3%.\n\nThe governor "
        "carried the state by 14 points four years ago, when turnout was higher.\n"
    )
    report = check(Document(text=text))
    alarms = _alarms(report, "attribution", "headline-figure") + _alarms(report, "numeric")
    assert any("12" in a and "14" in a for a in alarms)


# ------------------------------------------------------------------ a quote's figure of another time

EMPLOYED = (
    "Jobless rate eases as hiring picks up\n\n"
    "By Staff Reporter\n\n"
    "The official unemployment rate fell to 33.9% in the second quarter, the statistics agency said.\n\n"
    "The number of employed people rose to 15.6 million, while the number of unemployed fell by 132,000 "
    "to 8.0 million.\n\n"
    '"The economy is recovering jobs lost during the pandemic, but we are still below where we were '
    'before Covid," said Nomvula Sithole, an economist at a Cape Town bank. "We had 16.4 million people '
    'employed{when}. We are now about 800,000 short of that."\n'
)


def test_a_quoted_figure_of_another_year_is_no_paraphrase() -> None:
    report = check(Document(text=EMPLOYED.format(when=" at the end of 2019")))
    assert _alarms(report, "attribution", "paraphrase") == []


def test_a_quoted_figure_of_no_other_time_still_differs_from_the_paraphrase() -> None:
    alarms = _alarms(check(Document(text=EMPLOYED.format(when=""))), "attribution", "paraphrase")
    assert len(alarms) == 1 and "16.4 million" in alarms[0]


def test_a_definite_reference_back_to_a_dated_quote_figure_is_still_compared() -> None:
    text = (
        "Red states outnumber blue states\n\nBy Staff Reporter\n\n"
        "Jane Roe, Gallup's senior editor, wrote: \"Our analysis of party affiliation at the state level "
        "in 2015 finds that 20 states are solidly Republican or leaning Republican, compared with 14 "
        'solidly Democratic or leaning Democratic states."\n\n'
        "The 26 states that Gallup classifies as solidly Republican or leaning Republican account for 152 "
        "electoral votes, less than the 187 of the Democratic states.\n"
    )
    alarms = _alarms(check(Document(text=text)), "attribution", "paraphrase")
    assert len(alarms) == 1 and "26" in alarms[0] and "20" in alarms[0]


# ------------------------------------------------------------------ a descriptor before its person is named

FLOOD = (
    "Flood damage could reach billions\n\n"
    "By Staff Reporter\n\n"
    "The state's interior minister said the damage to roads and bridges ran to \"several billion "
    'euros".\n\n'
    "The government has promised a reconstruction fund.\n\n"
    'Finance Minister Olaf Scholz said the fund would be "as large as it needs to be".\n'
)


def test_a_descriptor_before_anyone_is_named_gives_no_second_role() -> None:
    assert _alarms(check(Document(text=FLOOD)), "attribution", "identity") == []


def test_a_descriptor_after_the_name_still_gives_one() -> None:
    text = FLOOD + '\nScholz, the interior minister, said: "We will rebuild every bridge."\n'
    alarms = _alarms(check(Document(text=text)), "attribution", "identity")
    assert alarms and all("Scholz" in a and "interior minister" in a for a in alarms)


# ------------------------------------------------------------------ a measure is no part, nor its share

WAITS = (
    "Emergency waits\n\n"
    "By Health Reporter\n\n"
    "Of the 24,612 patients who attended the 31 major units in the week, 16,845 were dealt with within "
    "four hours, or {share}, against a target of 95%.\n"
)


def test_a_duration_after_a_part_is_no_part_of_the_share() -> None:
    report = check(Document(text=WAITS.format(share="68.4%")))
    assert _alarms(report, "numeric", "share-ratio") == []
    assert any(
        v.data.get("relation") == "share-ratio" and v.status is Status.PASS and "16,845" in v.summary
        for v in report.verdicts
    )


def test_the_share_of_the_part_past_the_duration_is_still_judged() -> None:
    alarms = _numeric(WAITS.format(share="64.8%"), "share-ratio")
    assert len(alarms) == 1 and "16,845" in alarms[0] and "64.8%" in alarms[0]
