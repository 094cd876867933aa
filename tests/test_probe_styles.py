"""Checker preconditions found on articles of styles PolNeAR lacks (issue 13, round 4).

The probe articles in tests/data/probe_articles/ are our own text (see its README): wire copy,
Canadian, UK, Australian and Indian politics and business, markets, studies, disasters, sports.
Each rule below is tested on sentences written for the test in the same styles; each test fails
without its rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck.model import Report, Status, Verdict

PROBES = Path(__file__).resolve().parent / "data" / "probe_articles"
ALARMS = (Status.FAIL, Status.WARN)


def alarms(report: Report, checker: str | None = None) -> list[Verdict]:
    return [v for v in report.verdicts if v.status in ALARMS and (checker is None or v.checker == checker)]


def of_kind(report: Report, checker: str, check: str | None) -> list[Verdict]:
    return [v for v in report.verdicts if v.checker == checker and v.data.get("check") == check]


# --------------------------------------------------------------------------- the probe articles


def test_the_probe_articles_are_thirty_of_many_styles() -> None:
    files = sorted(PROBES.glob("*.txt"))
    assert len(files) == 30
    for path in files:
        headline, blank, *_ = path.read_text(encoding="utf-8").split("\n")
        assert headline.strip() and not blank.strip(), path.name  # headline, then a blank line
        assert 500 <= len(path.read_text(encoding="utf-8").split()) <= 900, path.name


@pytest.mark.parametrize("path", sorted(PROBES.glob("*.txt")), ids=lambda p: p.stem)
def test_no_alarm_on_a_probe_article_free_of_contradictions(path: Path) -> None:
    # every fail/warn on them was judged a false alarm and fixed by a general rule (docs/verdicts.md)
    report = factcheck.check_text(path.read_text(encoding="utf-8"), path=str(path))
    assert [f"{v.checker}: {v.summary}" for v in alarms(report)] == []


# --------------------------------------------------------------------------- numeric: part and whole


def test_members_of_families_are_no_part_of_a_count_of_families() -> None:
    report = factcheck.check_text(
        "Landslide buries village\n\nIn one hamlet of about 40 households, 11 members of three "
        "families were killed when the hillside gave way, a police officer said.\n"
    )
    assert alarms(report, "numeric") == []
    # the same words with one counted noun are a part and its whole, and are judged
    wrong = factcheck.check_text(
        "Landslide buries village\n\nIn one hamlet, 11 of the three families were killed when the "
        "hillside gave way, a police officer said.\n"
    )
    assert [v.status for v in alarms(wrong, "numeric")] == [Status.FAIL]


def test_a_part_with_its_noun_against_a_whole_that_names_none_is_still_judged() -> None:
    # "cast" is no noun of the whole's own: votes out of votes cast
    report = factcheck.check_text(
        "Recount ordered\n\nThe mayor led by about 2,500 votes out of nearly 1,900 cast in the ward, "
        "officials said.\n"
    )
    assert [v.status for v in alarms(report, "numeric")] == [Status.FAIL]


# --------------------------------------------------------------------------- numeric: headline figures


HOCKEY = (
    "Larsen scores twice, reaches 100 points as Jets beat Wild 4-2\n\n"
    "WINNIPEG — Erik Larsen scored twice on Saturday night to reach 100 points in a season for the "
    "first time, leading the Winnipeg Jets to a 4-2 win over the Minnesota Wild.\n\n"
    "The Jets have {team} points, six more than the Wild, who are fourth in the Central Division.\n"
)


def test_a_headline_figure_the_body_gives_again_is_not_compared_with_another_quantity() -> None:
    # the player's 100 points are told again in the body; the team's 74 points are another count
    report = factcheck.check_text(HOCKEY.format(team=74))
    assert alarms(report, "numeric") == []


def test_a_headline_figure_the_body_contradicts_is_still_flagged() -> None:
    changed = HOCKEY.format(team=74).replace("to reach 100 points", "to reach 80 points")
    report = factcheck.check_text(changed)
    assert [v.status for v in alarms(report, "numeric")] == [Status.WARN]


# --------------------------------------------------------------------------- attribution: headline


def test_a_precise_headline_figure_the_body_repeats_is_given_whatever_its_words() -> None:
    report = factcheck.check_text(
        "UPDATE 3-Death toll from Peru bus crash rises to 143, rescuers search ravine\n\n"
        "LIMA, March 2 (Reuters) - At least 143 people were killed when their coach plunged off a "
        "mountain road in the Andes on Friday, police said on Saturday.\n\n"
        "The toll rose through the day as rescuers reached the wreck. Officials had put the number of "
        "dead at 118 early on Saturday.\n"
    )
    found = of_kind(report, "attribution", "headline-figure")
    assert [(v.status, v.summary) for v in found if "143" in v.summary] == [
        (Status.PASS, "headline figure '143' is given in the body")
    ]


def test_a_headline_figure_the_body_never_gives_is_still_flagged() -> None:
    report = factcheck.check_text(
        "UPDATE 3-Death toll from Peru bus crash rises to 183, rescuers search ravine\n\n"
        "LIMA, March 2 (Reuters) - At least 143 people were killed when a bus plunged into a ravine in "
        "the Andes on Friday, police said on Saturday.\n\n"
        "The toll rose through the day as rescuers reached the wreck. Officials had put the number of "
        "dead at 148 early on Saturday.\n"
    )
    found = of_kind(report, "attribution", "headline-figure")
    assert [v.status for v in found if "183" in v.summary] == [Status.WARN]


REPORT_SAYS = (
    "Oceans on track for {figure}C of warming despite pledges, WMO report says\n\n"
    "The oceans are on course for between 1.4C and 1.8C of warming this century even if countries keep "
    "their promises to cut emissions, a World Meteorological Organization (WMO) report said on Monday.\n\n"
    '"We are running out of time," said Ana Ferreira, who led the WMO report. "The ocean does not '
    'negotiate."\n\n'
    "The WMO report said sea levels rose 4.6 mm a year over the past decade.\n"
)


def test_a_says_headline_that_keeps_its_lead_figure_is_no_unsupported_claim() -> None:
    # the headline paraphrases its lead ("on track" / "on course", "pledges" / "promises") but
    # keeps its figure, "1.8C": its words are in the body
    report = factcheck.check_text(REPORT_SAYS.format(figure="1.8"))
    assert [v.status for v in of_kind(report, "attribution", "headline")] == [Status.UNKNOWN]


def test_a_says_headline_whose_figure_and_words_are_not_in_the_body_is_flagged() -> None:
    report = factcheck.check_text(REPORT_SAYS.format(figure="2.6"))
    assert [v.status for v in of_kind(report, "attribution", "headline")] == [Status.WARN]


# --------------------------------------------------------------------------- attribution: paraphrase


def test_a_writers_figure_far_from_a_quoted_one_counts_another_thing() -> None:
    # the party's 61 seats to govern alone, and another party's "three or four seats": one noun,
    # two quantities, a factor of 15 apart
    report = factcheck.check_text(
        "Analyst View: Labour wins, may need minor parties\n\n"
        "WELLINGTON, Oct 15 (Reuters) - New Zealand's Labour Party won Saturday's election, but it was "
        "unclear whether it would win the 61 seats it needs to govern in its own right in the 120-seat "
        "lower house.\n\n"
        "Here are comments from analysts:\n\n"
        "TOM HARDY, POLITICAL ANALYST, SOUTHGATE UNIVERSITY:\n\n"
        '"The Greens had their best result ever, and may win three or four seats in the lower house, up '
        'from one. In the upper house they will hold the balance of power."\n'
    )
    assert alarms(report, "attribution") == []


def test_a_writers_figure_near_a_quoted_one_that_differs_still_warns() -> None:
    report = factcheck.check_text(
        "Port volumes fall\n\n"
        '"We handled 118,000 containers in the quarter, down from a year ago," said Ruth Oyelaran, '
        "the port's chief executive.\n\n"
        "The port handled 142,000 containers in the quarter, down from a year earlier.\n"
    )
    assert [v.status for v in of_kind(report, "attribution", "paraphrase")] == [Status.WARN]


def test_a_restatement_names_what_both_count_as_the_text_writes_it() -> None:
    report = factcheck.check_text(
        "Terminal figures revised\n\n"
        "The terminal moved 118,000 containers in the quarter, the port authority said on Monday.\n\n"
        "Later in its statement the authority said the terminal had moved 142,000 containers in the "
        "quarter.\n"
    )
    restated = [v for v in report.verdicts if v.checker == "numeric" and "restated" in v.details]
    assert restated and all("(what both count: containers)" in v.details for v in restated)


def test_one_in_every_n_is_no_count_a_writers_total_restates() -> None:
    report = factcheck.check_text(
        "Daily pill cut strokes by a fifth, trial finds\n\n"
        '"For every 60 people who take this pill for five years, we prevent one heart attack or '
        'stroke," said Dr Amina Yusuf, who led the study.\n\n'
        "In all, 512 people had a heart attack, stroke or died of heart disease during the study: 228 in "
        "the pill group and 284 in the placebo group.\n"
    )
    assert alarms(report, "attribution") == []


# --------------------------------------------------------------------------- numeric: dates, changes


def test_a_count_on_a_day_in_may_and_one_in_june_are_two_quantities() -> None:
    # "May 3" is a date as "June 3" is; "may" alone is a verb and names no time
    report = factcheck.check_text(
        "Flood shelters fill up\n\nThe river rose again on Friday. By May 3 the town's shelters held 1,240 "
        "evacuees, the mayor's office said in its daily report, and many more were waiting for beds in "
        "the school gymnasium.\n\nThe shelters held 1,610 evacuees by June 3, the mayor's office said in "
        "its daily report, as more families left the low-lying streets near the school.\n"
    )
    assert alarms(report, "numeric") == []


def test_a_part_after_a_verb_of_change_is_still_a_part_of_its_whole() -> None:
    # "lost 22 of the 18 by-elections": "lost" does not make 22 a change, the words make it a part
    report = factcheck.check_text(
        "Tories lose again\n\nThe Conservatives have lost 22 of the 18 by-elections held in this "
        "parliament, and the party chairman said turnout had been low.\n"
    )
    assert [v.status for v in alarms(report, "numeric")] == [Status.FAIL]


def test_a_change_from_one_rate_to_another_is_no_range_a_headline_figure_sits_in() -> None:
    # the extractor reads "from 0.1 per cent to 4.35 per cent" as a range; it is a change between two
    # values, and the headline's 2.0% is neither
    report = factcheck.check_text(
        "Perth home prices jump 2.0% in a month as rate cuts fuel buying\n\n"
        "PERTH - Home prices in Perth rose 1.4 per cent in June, the strongest monthly gain in two years, "
        "data from a property researcher showed on Monday.\n\n"
        "The central bank raised its cash rate 13 times in two years, from a record low of 0.1 per cent "
        "to 4.35 per cent, before cutting it in May, and home prices in Perth fell.\n"
    )
    found = of_kind(report, "attribution", "headline-figure")
    assert [v.status for v in found if "2.0%" in v.summary] == [Status.WARN]


# --------------------------------------------------------------------------- differences, signatures


def test_a_difference_is_no_level_a_quote_gives() -> None:
    # "$6 billion larger than projected" is a gap between two forecasts, not the quoted adjustment
    report = factcheck.check_text(
        "Minister defends forecasts\n\n"
        "HALIFAX (CP) — Finance Minister Ruth Okafor defended her forecasts on Thursday, a day after the "
        "budget officer said the deficit would be about $6 billion larger than the province projected.\n\n"
        'Okafor told reporters: "Our deficit projection includes a risk adjustment of $4 billion. The '
        'deficit projection is prudent, and we stand by it."\n'
    )
    assert alarms(report, "attribution") == []


def test_a_level_against_a_level_is_still_compared() -> None:
    report = factcheck.check_text(
        "Minister defends forecasts\n\n"
        "HALIFAX (CP) — Finance Minister Ruth Okafor said on Thursday the province's risk adjustment "
        "for the deficit projection was $6 billion.\n\n"
        'Okafor told reporters: "Our deficit projection includes a risk adjustment of $4 billion. The '
        'deficit projection is prudent, and we stand by it."\n'
    )
    assert [v.status for v in of_kind(report, "attribution", "paraphrase")] == [Status.FAIL]


VOX_POP = (
    "'We gave up': Young renters on the housing market\n\n"
    "We asked readers under 35 about their search for a home. Here is a selection of their answers.\n\n"
    '"We saved for six years, and every time we got close, prices went up by more than we had saved."\n\n'
    "— Mark T., 29, Vancouver\n\n"
    "\"I'm a nurse. I pay $2,300 a month for a one-bedroom apartment, which is more than half of what I "
    'take home."\n\n'
    "{signature}\n"
)


def test_a_quote_signed_on_the_line_below_with_age_and_town_has_a_speaker() -> None:
    report = factcheck.check_text(VOX_POP.format(signature="— Amélie D., 34, Montreal"))
    assert alarms(report, "attribution") == []


def test_a_quote_with_no_signature_below_is_still_attributed_to_nobody() -> None:
    report = factcheck.check_text(VOX_POP.format(signature="Vacancy rates fell to 1.5 per cent."))
    assert [v.status for v in of_kind(report, "attribution", "speaker") if v.status in ALARMS] == [
        Status.WARN
    ]


def test_estimates_that_range_from_one_share_to_another_are_still_a_range() -> None:
    # "range from 10% to 20%" is a range indeed: the headline's 15% sits in it
    report = factcheck.check_text(
        "Automation puts 15% of Ontario jobs at risk, study finds\n\n"
        "TORONTO - A study published on Monday looked at automation in the province over the next "
        "decade.\n\nEstimates of the jobs at risk in Ontario range from 10% to 20%, depending on how "
        "fast companies adopt the new tools, the study said.\n"
    )
    found = of_kind(report, "attribution", "headline-figure")
    assert [v.status for v in found if "15%" in v.summary] == [Status.PASS]


def test_the_signature_of_the_answer_above_names_no_speaker_for_the_next() -> None:
    text = VOX_POP.format(signature="Vacancy rates fell to 1.5 per cent.")
    report = factcheck.check_text(text)
    first = next(q for q in report.quotes if q.span.of(text).startswith("We saved"))
    speaker = report.speaker(first.speaker)
    assert speaker is not None and speaker.name == "Mark T."
    assert any(
        "I'm a nurse" in v.summary for v in of_kind(report, "attribution", "speaker") if v.status in ALARMS
    )
