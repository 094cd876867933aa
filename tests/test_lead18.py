"""The lead's rules of the seventeenth session, each on sentences written for it."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.extraction.outlet_names import outlet_phrase
from factcheck.testing import alarms, quote_speakers


def _speaker_of(text: str, words: str) -> str | None:
    """The name of the speaker of the one quote whose words start with ``words``."""
    found = {q: s for q, s in quote_speakers(factcheck.check_text(text)).items() if q.startswith(words)}
    assert len(found) == 1, found
    return next(iter(found.values()))


def test_the_work_is_the_body_that_did_it() -> None:
    text = (
        "Fatal police shootings fall for a third year\n\n"
        "By Anne Marsh\n\n"
        "The Washington Post analysed 1,200 police records from 40 states over five years. The analysis "
        "found that fatal shootings had fallen by a fifth since 2015.\n\n"
        "The Health Foundation surveyed 800 nurses in March. The survey showed that most planned to "
        "leave the profession within two years.\n\n"
        "The Resolution Foundation published a report on Monday. The report said that pay had "
        "stalled for a decade.\n"
    )
    assert _speaker_of(text, "fatal shootings") == "Washington Post"
    assert _speaker_of(text, "most planned") == "Health Foundation"
    assert _speaker_of(text, "pay had stalled") == "Resolution Foundation"


def test_a_persons_studies_are_no_work_of_theirs() -> None:
    # near miss (review18): a person who "studied law" did not write "the study" a body published
    text = (
        "Graduates earn more, report says\n\n"
        "By Anne Marsh\n\n"
        "Ms Adaeze Okafor studied law in Lagos before moving to London in 2010.\n\n"
        "The study, published by the Policy Institute on Monday, found that graduates earned 30 "
        "percent more.\n"
    )
    assert _speaker_of(text, "graduates earned") != "Adaeze Okafor"


def test_a_work_done_by_one_body_is_not_anothers() -> None:
    # near miss: the body that only commented on the survey did not conduct it
    text = (
        "Nurses plan to quit, union says\n\n"
        "By Anne Marsh\n\n"
        "The Sentinel Trust conducted a national survey of 2,000 members in March. The Nursing "
        "Union welcomed the work on Tuesday.\n\n"
        "The survey found that pay was the main complaint.\n"
    )
    assert _speaker_of(text, "pay was the main") == "Sentinel Trust"


def test_an_outlet_named_the_and_one_word() -> None:
    text = (
        "Housing minister quits over donations\n\n"
        "By Anne Marsh\n\n"
        "The Guardian reported on Monday that the minister had resigned. The newspaper said he had "
        "been under pressure for weeks.\n\n"
        "According to The Independent, the party had lost 3,000 members since January.\n\n"
        "The Economist said the pound would fall further. The economist at Barclays, Jane Holt, "
        "said it would not.\n"
    )
    assert _speaker_of(text, "the minister had resigned") == "Guardian"
    assert _speaker_of(text, "he had been under pressure") == "Guardian"
    assert _speaker_of(text, "the party had lost") == "Independent"
    assert _speaker_of(text, "the pound would fall") == "Economist"


def test_a_capitalised_body_noun_is_no_outlet() -> None:
    # near miss: house styles that capitalise "the Ministry" do not name an outlet with it
    text = (
        "Ministry defends school closures\n\n"
        "By Anne Marsh\n\n"
        "The Ministry of Education closed 40 rural schools last year. The Ministry said the pupils "
        "had moved to larger schools nearby.\n"
    )
    speaker = _speaker_of(text, "the pupils had moved") or ""
    assert speaker.startswith("Ministry") and outlet_phrase("The Ministry", 0) is None


def test_one_of_a_nation_after_the_is_a_person_not_the_newspaper() -> None:
    # near miss: "the Australian" in lower case after a player's name is the player
    text = (
        "Medvedev edges past De Minaur in five sets\n\n"
        "By Anne Marsh\n\n"
        "Alex de Minaur lost 6-4 in the fifth set after almost five hours on court.\n\n"
        '"I gave everything, it just was not enough tonight," the Australian said.\n\n'
        "The Australian said afterwards that his hip had held up well.\n"
    )
    assert _speaker_of(text, "I gave everything") == "Alex de Minaur"
    assert _speaker_of(text, "afterwards that his hip") == "Alex de Minaur"


@pytest.mark.parametrize(
    ("quote", "attribution", "speaker"),
    [
        ("We are concerned,", "governor Tiff Macklem said.", "Tiff Macklem"),
        ("Rates will fall,", "senior economist Jane Doe said on Tuesday.", "Jane Doe"),
        ("We are alarmed,", "the governor, Tiff Macklem, said.", "Tiff Macklem"),
    ],
)
def test_a_short_quotation_before_a_role_and_a_name(quote: str, attribution: str, speaker: str) -> None:
    text = (
        "Bank of Canada holds key rate at 5%\n\n"
        "By Pete Evans\n\n"
        "The Bank of Canada held its key interest rate at 5 per cent on Wednesday.\n\n"
        f'"{quote}" {attribution}\n'
    )
    report = factcheck.check_text(text)
    direct = [q for q in report.quotes if q.kind.value == "direct"]
    assert [report.words(q.span) for q in direct] == [quote]
    assert _speaker_of(text, quote) == speaker


def test_a_short_title_in_a_sentence_is_still_no_quotation() -> None:
    # near miss: two capitalised words in marks inside a sentence, a verb after them
    text = (
        "Festival line-up announced\n\n"
        "By Pete Evans\n\n"
        'Her debut novel, "Salt Roads," critics said, was the surprise of the year.\n'
    )
    assert all(
        not factcheck.check_text(text).words(q.span).startswith("Salt")
        for q in factcheck.check_text(text).quotes
    )


def test_a_party_member_named_by_the_party() -> None:
    text = (
        "Incumbent fights to keep his seat\n\n"
        "By Anne Marsh\n\n"
        "Jean Dufour has represented the district for 22 years. At his headquarters he said he had "
        "delivered a new tram line.\n\n"
        'The veteran Socialist also accused his rival of running "candidates chosen by an algorithm".\n\n'
        "Senator Mark Hale voted against the bill on Tuesday. The Republican said the measure would "
        "raise taxes on 40,000 families.\n"
    )
    assert _speaker_of(text, "his rival of running") == "Jean Dufour"
    assert _speaker_of(text, "the measure would raise") == "Mark Hale"
    assert all(s.name not in ("Socialist", "Republican") for s in factcheck.check_text(text).speakers)


def test_a_body_named_by_a_word_the_reader_does_not_know_with_its_description() -> None:
    text = (
        "Energy bills: complaints soar\n\n"
        "By Anne Marsh\n\n"
        "Gas prices rose again in March.\n\n"
        "The Consumentenbond, the country’s largest consumer association, said it had received "
        "more than 9,000 complaints in a month.\n\n"
        "The Riksbank, Sweden’s central bank, said inflation would fall below 3 percent.\n"
    )
    assert _speaker_of(text, "it had received") == "Consumentenbond"
    assert _speaker_of(text, "inflation would fall") == "Riksbank"


def test_an_opening_phrase_before_a_body_description_names_no_body() -> None:
    # near miss: "Meanwhile," and "In Amsterdam," are no body's name
    text = (
        "Energy bills: complaints soar\n\n"
        "By Anne Marsh\n\n"
        "Meanwhile, the consumer group said it had received 9,000 complaints.\n\n"
        "In Amsterdam, the tenants' association said rents had risen 8 percent.\n"
    )
    names = {s.name for s in factcheck.check_text(text).speakers}
    assert not names & {"Meanwhile", "In Amsterdam", "Amsterdam"}


def _alarms(text: str) -> list[str]:
    """The summaries of the fail and warn verdicts of a text."""
    return alarms(factcheck.check_text(text))


_CUTS = (
    "Turbine maker to cut jobs in Germany\n\n"
    "By Anne Marsh\n\n"
    "Kessler AG, the Bremen-based maker of wind turbines, will cut {first} jobs in Germany over the "
    "next two years, the company said on Wednesday, blaming weak orders.\n\n"
    "The company employs 9,800 people in Germany. Shares in Kessler fell 3.8% to €27.15.\n\n"
    "Analysts said the {second} job cuts were larger than expected.\n"
)


def test_a_count_named_again_by_its_verbs_noun() -> None:
    assert any("1,450" in s and "1,540" in s for s in _alarms(_CUTS.format(first="1,450", second="1,540")))
    assert not _alarms(_CUTS.format(first="1,450", second="1,450"))


def test_a_noun_not_made_from_the_verb_still_narrows_the_set() -> None:
    # near miss: "the 1,540 engineering jobs" is a narrower set than the jobs cut, not a reference back
    text = _CUTS.format(first="1,450", second="1,540").replace("job cuts", "engineering jobs")
    assert not _alarms(text)


def test_a_headline_span_of_years_against_a_year_in_the_body_is_not_judged() -> None:
    text = (
        "Harbour City end 19-year wait with final win\n\n"
        "By Anne Marsh\n\n"
        "Harbour City won their first provincial championship since 1994 last night, beating "
        "Ridgeway 31-18 in front of 14,850 people.\n\n"
        '"This year we let in about 18 a game," said coach Darren Whyte.\n'
    )
    assert not _alarms(text)


def test_a_preposition_of_time_ends_what_a_figure_counts() -> None:
    from factcheck_plugins.numeric_subjects import noun_phrase

    text = "Environmentalists said the 13,325 square kilometres cleared over the year were a record."
    report = factcheck.check_text(text)
    figure = next(f for f in report.figures if report.words(f.span).startswith("13,325"))
    assert noun_phrase(text, figure) == {"square", "kilometres", "cleared"}


_POWER = (
    "Coal still dominant\n\nBy Anne Marsh\n\n{sentence}\n\n"
    "The grid operator published the figures on Monday.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year 58% of the country's electricity came from coal, 30% came from gas and 15% came "
        "from wind farms.",
        "According to the ministry, 88.2% of all doses given have been Covishield, 13.6% have been "
        "Covaxin and 0.2% have been Sputnik V.",
    ],
)
def test_a_list_of_shares_of_one_whole_past_100_percent_warns(sentence: str) -> None:
    alarms = _alarms(_POWER.format(sentence=sentence))
    assert len(alarms) == 1 and "listed shares add to more than 100%" in alarms[0]


@pytest.mark.parametrize(
    "sentence",
    [
        # possession and opinion: answers that may overlap
        "The survey found 60% of households have a car, 45% have a bicycle and 20% have neither.",
        "About 52% of voters said they backed the plan, 40% said they opposed it and 15% were unsure.",
        # a list that fits
        "Last year 55% of the country's electricity came from coal, 30% came from gas and 15% came "
        "from wind farms.",
    ],
)
def test_no_alarm_on_shares_that_may_overlap_or_fit(sentence: str) -> None:
    assert not _alarms(_POWER.format(sentence=sentence))


def test_a_change_told_level_first_with_the_years_of_both_levels() -> None:
    text = (
        "Burglaries fall for a fourth year\n\n"
        "By Anne Marsh\n\n"
        "Police recorded {b} burglaries in 2014, down from 7,915 in 2013, a drop of 2,014.\n"
    )
    assert any("a fall of “2,014”" in s for s in _alarms(text.format(b="5,001")))
    assert not _alarms(text.format(b="5,901"))


def test_a_figure_glued_to_its_unit_is_no_level_of_a_change() -> None:
    # near miss: "60-kilogram bags" qualifies the noun; the level is 12.6 million
    text = (
        "Colombian coffee harvest falls\n\n"
        "By Anne Marsh\n\n"
        "Colombia produced 12.6 million 60-kilogram bags of coffee in 2021, down about 9% from "
        "13.9 million in 2020, the growers' federation said.\n"
    )
    assert not _alarms(text)


_VISITORS = (
    "Foreign visitors reach record\n\n"
    "By Anne Marsh\n\n"
    "The number of foreign visitors reached a record 8.35 million last year, the tourism agency said.\n\n"
    "Arrivals rose {c} from 7.33 million in 2006, the fifth consecutive year of growth.\n"
)


def test_a_change_told_in_the_sentence_after_its_level() -> None:
    alarms = _alarms(_VISITORS.format(c="24%"))
    assert len(alarms) == 1 and "does not match the level before it" in alarms[0]
    assert not _alarms(_VISITORS.format(c="14%"))


def test_an_unhedged_fraction_word_is_no_loose_bound_for_a_change() -> None:
    # "an increase of a quarter" for a 50% rise: warned before recall18's fraction rule, and again
    text = (
        "Enrolment up\n\nBy Anne Marsh\n\n"
        "Enrolment rose from 1,200 to 1,800, an increase of a quarter, the rector said.\n"
    )
    assert any("a quarter" in s for s in _alarms(text))


def test_a_road_number_before_a_distance_is_no_glued_currency() -> None:
    # review18: "the N2 500 metres before the off-ramp" is a road, then a distance
    report = factcheck.check_text("A truck overturned on the N2 500 metres before the off-ramp.")
    assert [(report.words(f.span), f.currency) for f in report.figures] == [("500", None)]
    fine = factcheck.check_text("The magistrate imposed a fine of R50 000 on Tuesday.")
    assert [(f.value, f.currency) for f in fine.figures] == [(50000.0, "ZAR")]
