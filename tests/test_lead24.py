"""The lead's rules of the twentieth session, on sentences written for them."""

from __future__ import annotations

import factcheck


def _figure(text: str, written: str) -> factcheck.Figure:
    report = factcheck.check_text(text)
    start = text.index(written)
    return next(f for f in report.figures if f.span.start <= start < f.span.end)


def test_over_after_handed_is_the_verbs_particle_not_a_hedge() -> None:
    text = "The housing agency handed over 46,000 new homes to buyers in the year to March, officials said.\n"
    figure = _figure(text, "46,000")
    assert figure.hedge is None
    assert figure.lower == figure.upper == 46000


def test_over_after_turned_is_the_particle_too() -> None:
    text = "The company turned over 1,200 documents to investigators on Friday.\n"
    assert _figure(text, "1,200").hedge is None


def test_took_over_and_a_bare_over_stay_hedges() -> None:
    text = "Gunmen took over 200 hostages at the mall. Over 300 people were rescued by nightfall.\n"
    assert _figure(text, "200").lower == 200 and _figure(text, "200").upper is None
    assert _figure(text, "300").hedge is not None


_MAYOR = (
    "HARTFORD, Conn. (AP) — Mayor Luke Bronin said the city had made progress on housing.\n\n"
    '"We built 5,000 homes this year," Bronin told reporters on Tuesday.\n\n'
)


def _paraphrase_alarms(tail: str) -> list[factcheck.Verdict]:
    report = factcheck.check_text(_MAYOR + tail + "\n")
    return [
        v
        for v in report.verdicts
        if v.checker == "attribution" and v.status in (factcheck.Status.FAIL, factcheck.Status.WARN)
    ]


def test_a_part_of_the_quoted_count_is_not_its_paraphrase() -> None:
    report = factcheck.check_text(_MAYOR + "Bronin said 3,000 of the homes had been built by the city.\n")
    assert not [v for v in report.verdicts if v.status in (factcheck.Status.FAIL, factcheck.Status.WARN)]
    reasons = [v.data.get("reason", "") for v in report.verdicts if v.data.get("check") == "counted-noun"]
    assert any("part of a whole" in r for r in reasons)


def test_the_whole_count_told_again_differently_is_still_flagged() -> None:
    assert _paraphrase_alarms("Bronin said the city had built 3,000 homes this year.")


def test_that_season_reads_each_documents_own_sentences() -> None:
    from factcheck_plugins.that_time import that_time_years

    from factcheck.sentences import split_sentences

    first = (
        "The 2015-16 season was delayed by more than a month. "
        "Only 16.1 million pounds were landed that season."
    )
    second = "Boats stayed in port. The 2019 catch was poor. Only 9.2 million pounds were landed that year."
    for text, year in ((first, 2015), (second, 2019), (first, 2015)):
        sentences = tuple(split_sentences(text, whole_quotes=False))
        report = factcheck.check_text(text)
        figure = next(f for f in report.figures if "million" in report.words(f.span))
        assert year in that_time_years(text, figure, sentences)


def test_the_outlets_line_between_byline_and_date_is_the_publisher() -> None:
    from factcheck.extraction.publisher import find_publisher

    text = (
        "Levee repairs stall as the river rises\n"
        "By Dana Whitley\n"
        "The Bayou City Beat\n"
        "November 8, 2001\n\n"
        "Work on the levee stopped on Monday, a parish engineer said.\n"
    )
    found = find_publisher(text)
    assert found is not None and found[0] == "The Bayou City Beat"


def test_a_place_or_a_desk_between_byline_and_date_is_no_publisher() -> None:
    from factcheck.extraction.publisher import find_publisher

    for middle in ("The Hague", "The Senior Political Correspondent"):
        text = f"Court rules on ferry case\nBy Dana Whitley\n{middle}\nNovember 8, 2001\n\nJudges ruled.\n"
        assert find_publisher(text) is None, middle


def _numeric_alarms(text: str) -> list[factcheck.Verdict]:
    report = factcheck.check_text(text)
    return [
        v
        for v in report.verdicts
        if v.checker == "numeric" and v.status in (factcheck.Status.FAIL, factcheck.Status.WARN)
    ]


def test_a_definite_phrase_told_as_the_base_of_a_rise_is_not_a_restatement() -> None:
    text = (
        "Council sets £48.2m budget for 2024/25\n\n"
        "LEEDS - Councillors on Tuesday approved a budget of £48.2m for 2024/25, a rise of 6 per cent "
        "on the £45.5m budget for the current year.\n\n"
        "Of the total, £20.1m goes to adult social care.\n"
    )
    assert not _numeric_alarms(text)


def test_a_definite_phrase_restating_the_headline_differently_still_warns() -> None:
    text = (
        "Council sets £48.2m budget for 2024/25\n\n"
        "LEEDS - Councillors on Tuesday approved the council's spending plans for 2024/25.\n\n"
        "Opposition members said the £45.5m budget would not cover rising care costs.\n"
    )
    assert _numeric_alarms(text)


def test_an_outlet_line_with_a_date_of_its_own_comma_is_read() -> None:
    from factcheck.extraction.publisher import find_publisher

    text = (
        "Cocoa farmers protest late payments\n\n"
        "By Kwame Mensah\n\n"
        "The Accra Evening Mirror, Tuesday, June 4, 2019\n\n"
        "Hundreds of cocoa farmers marched in Kumasi on Monday, a union official said.\n"
    )
    found = find_publisher(text)
    assert found is not None and found[0] == "The Accra Evening Mirror"


def test_a_section_label_with_a_date_stays_no_outlet() -> None:
    from factcheck.extraction.publisher import find_publisher

    text = "Striker signs for Leeds\n\nTransfer News, March 12, 2019\n\nThe deal was agreed on Monday.\n"
    assert find_publisher(text) is None


def test_a_whole_found_by_reference_smaller_than_its_part_is_no_whole() -> None:
    text = (
        "Road deaths rise again\n\n"
        'KUALA LUMPUR - "Almost 20 people die on our roads every day," the transport minister said on '
        "Monday.\n\n"
        "Police figures show 4,485 of those killed were motorcyclists or pillion riders, or 62.7 per "
        "cent of the total.\n"
    )
    assert not _numeric_alarms(text)


def test_an_explicit_whole_smaller_than_its_part_still_fails() -> None:
    text = "Hospital staffing\n\nOf the 3,000 staff at the hospital, 3,400 are nurses, or 62 per cent.\n"
    alarms = _numeric_alarms(text)
    assert any(v.status is factcheck.Status.FAIL for v in alarms)


_ROADS = (
    "Road deaths fall slightly in 2023\n\n"
    "La Tercera (English edition) | Santiago, February 12, 2024\n\n"
    "A total of 1,973 people died on Chile's roads in 2023, according to the National Road Safety "
    "Commission (Conaset), a decrease of 112 from the 2,085 deaths recorded in 2022, the highest "
    "figure since records began in 2000.\n\n"
    "The fall of 5.4% is the first since 2020, when lockdowns emptied the roads.\n\n"
)


def test_a_figure_in_a_year_when_clause_is_that_years() -> None:
    later = (
        "The previous record of 2,085 deaths in 2022 had been a jump of 96 on 2021, when 1,989 people "
        "died. Before the pandemic, in 2019, the figure was 1,780.\n"
    )
    assert not _numeric_alarms(_ROADS + later)


def test_a_year_when_clause_of_the_same_year_is_still_compared() -> None:
    later = "In 2023, when 1,937 people died on the roads, the commission launched a helmet campaign.\n"
    assert _numeric_alarms(_ROADS + later)


def test_that_after_told_before_people_is_a_conjunction_not_a_demonstrative() -> None:
    text = (
        "Ferry capsizes on the Meghna\n\n"
        "Divers pulled 85 people from the river after the ferry capsized near Chandpur on Sunday "
        "evening, the fire service said.\n\n"
        "The shipping minister told parliament that 140 people had died, most of them women and children.\n"
    )
    assert not _numeric_alarms(text)


def test_a_label_noun_already_identified_leaves_the_number_a_count() -> None:
    for text, written in (
        ("At this stage 40 people remain in hospital, officials said.\n", "40"),
        ("In the first phase 1,200 homes will be connected to the grid.\n", "1,200"),
        ("For the next game 20,000 fans are expected at the ground.\n", "20,000"),
    ):
        assert _figure(text, written).value == float(written.replace(",", "")), text


def test_a_bare_label_noun_still_labels_its_number() -> None:
    report = factcheck.check_text("Patients with type 2 diabetes joined the Phase 3 trial in May.\n")
    assert not report.figures


def test_no_longer_than_is_an_upper_bound() -> None:
    figure = _figure("Calls must be answered in no longer than 48 hours, the regulator said.\n", "48")
    assert figure.lower is None and figure.upper == 48


def test_a_count_of_hours_after_during_is_no_year() -> None:
    assert (
        _figure("The new jet flew during 2000 hours of flight tests in the desert.\n", "2000").value == 2000
    )
    report = factcheck.check_text("The mine was closed during 2000 and reopened in 2004.\n")
    assert not report.figures
