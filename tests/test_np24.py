"""A definite phrase with a figure refers back to the one earlier figure of its noun (issue 13,
branch ``np24``; plugins/numeric_phrases.py, plugins/numeric_phrase_refs.py).

"The $63.5-million plan" presupposes the plan's cost was told before; when the text told one cost
of a plan, and it differs under every reading, a careful reader looks.  Every passage here is
written for these tests in the style of council, budget, farming and health copy; none is taken
from an article.
"""

from __future__ import annotations

from factcheck_plugins.numeric_phrases import read_phrase
from factcheck_plugins.numeric_text import TextIndex

import factcheck
from factcheck import Document
from factcheck.model import Status


def _restated(text: str) -> list[tuple[Status, str, str]]:
    """The numeric restatement verdicts that are not ``pass`` nor ``unknown``: (status, a, b)."""
    report = factcheck.check(Document(text=text))
    out = []
    for v in report.verdicts:
        if (
            v.checker == "numeric"
            and v.data.get("relation") == "restatement"
            and v.status in (Status.WARN, Status.FAIL)
        ):
            spans = sorted(text[e.start : e.end] for e in v.evidence)
            out.append((v.status, spans[0], spans[-1]))
    return out


def _warned(text: str, later: str) -> bool:
    return any(later in a or later in b for _, a, b in _restated(text))


# ---------------------------------------------------------------------------- the reader


def _phrase(text: str, figure_text: str):  # type: ignore[no-untyped-def]
    report = factcheck.check(Document(text=text))
    index = TextIndex.build(text, report.figures, report.document.title_span, report.sentences)
    start = text.index(figure_text)
    figure = next(f for f in report.figures if f.span.start <= start < f.span.end)
    return read_phrase(index, figure)


def test_reader_definite_count_with_relative_clause() -> None:
    """ "the 2,300 nurses who …": definite, head "nurse", the clause kept as what narrows it."""
    text = "Hospitals hire staff\n\nThe board said the 2,300 nurses who joined this year would stay on.\n"
    p = _phrase(text, "2,300")
    assert p.definite and p.head == "nurse" and p.narrowing.strip().startswith("who")
    assert "this year" in p.times


def test_reader_amount_before_its_noun_and_after_it() -> None:
    """ "the $8.4-billion program" (head after) and "a program worth $4.8 billion" (noun priced)."""
    text = (
        "Schools budget\n\nThe province will fund a building program worth $4.8 billion, the minister said. "
        "Auditors will review the $8.4-billion program each year.\n"
    )
    assert _phrase(text, "$8.4-billion").head == "program"
    assert _phrase(text, "$4.8 billion").priced == "program"


def test_reader_that_before_a_plural_is_no_determiner() -> None:
    """ "estimates that about 23,000 tonnes were …": a conjunction, not "that" pointing back."""
    text = "Fish\n\nThe agency estimates that about 23,000 tonnes of cod were thrown back last year.\n"
    assert not _phrase(text, "23,000").definite


def test_reader_partial_count_is_no_definite_phrase() -> None:
    """ "the 300 of them who …" is a part of a group, not a group told again."""
    text = "Jobs\n\nThe plant employs 1,200 people. Managers met the 300 of them who work nights.\n"
    assert not _phrase(text, "300").definite


# ---------------------------------------------------------------------------- catches

PROGRAM = (
    "Province widens school building drive\n\nBy a staff reporter\n\n"
    "The province will fund a school-building program worth $4.8 billion over five years, the "
    "education minister said on Tuesday.\n\n"
    "Last year the province spent $3.9 billion on repairs to older schools, most of them in the north.\n\n"
    "Teachers' unions welcomed the announcement but said class sizes remained too large.\n\n"
    "The minister said auditors would review the {later} program every year.\n"
)


def test_priced_noun_told_again_with_another_amount_warns() -> None:
    """ "a program worth $4.8 billion" … "the $5.8-billion program": the one program's cost told
    again differently (last year's spending, told by another noun, is no second program)."""
    found = _restated(PROGRAM.format(later="$5.8-billion"))
    assert [s for s, _, _ in found] == [Status.WARN]


def test_priced_noun_told_again_with_the_same_amount_is_silent() -> None:
    """Near miss: the same cost ("$4.8-billion")."""
    assert _restated(PROGRAM.format(later="$4.8-billion")) == []


STANDFIRST = (
    "Council pledges cash for road repairs\n\n"
    "Council's $36.5-million plan aims to fix 900 kilometres of road over three years\n\n"
    "By a staff reporter\n\n"
    "The city council approved money for road repairs on Monday after a winter that left thousands "
    "of potholes across the region.\n\n"
    "About $21 million will go to arterial roads and $15.5 million to residential streets, the "
    "works director said.\n\n"
    "The opposition said the {later} plan would do little for rural roads.\n"
)


def test_definite_phrase_against_the_standfirst_warns() -> None:
    """The standfirst's "$36.5-million plan" is the antecedent of "the $46.5-million plan"."""
    assert _warned(STANDFIRST.format(later="$46.5-million"), "$46.5-million")


def test_definite_phrase_agreeing_with_the_standfirst_is_silent() -> None:
    """Near miss: the plan's cost told again the same."""
    assert _restated(STANDFIRST.format(later="$36.5-million")) == []


HARVEST = (
    "Wheat harvest falls\n\nBy a staff reporter\n\n"
    "Farmers harvested 4.6 million tonnes of wheat in 2021, the grain board said on Friday, down "
    "from 5.2 million tonnes in 2020.\n\n"
    "Exporters shipped 1.9 million tonnes, mostly to Egypt.\n\n"
    "The board said it hoped the 2021 harvest of {later} tonnes would be the low point.\n"
)


def test_a_year_s_measure_told_again_warns() -> None:
    """ "the 2021 harvest of 6.4 million tonnes" refers back to 2021's 4.6 million tonnes (the
    exports, told without a year, and 2020's harvest are not meant)."""
    assert _warned(HARVEST.format(later="6.4 million"), "6.4 million")


def test_a_year_s_measure_rounded_is_silent() -> None:
    """Near miss: a rounding that agrees ("4.6 million" told as "about 4.6 million")."""
    assert _restated(HARVEST.format(later="about 4.6 million")) == []


# ---------------------------------------------------------------------------- near misses


def test_same_noun_for_another_place_is_silent() -> None:
    """ "the 4,800 homes in Kaduna" after Kano's 4,200 homes: another place, no reference back."""
    text = (
        "Housing\n\nBy a staff reporter\n\n"
        "The state finished 4,200 new homes in Kano last year, officials said.\n\n"
        "Builders blamed the price of cement for delays.\n\n"
        "Officials said the 4,800 homes in Kaduna would be finished by June.\n"
    )
    assert not _warned(text, "4,800")


def test_rounding_that_agrees_is_silent() -> None:
    """ "the 2 million households" after 1.97 million households: the same count rounded."""
    text = (
        "Power cuts\n\nBy a staff reporter\n\n"
        "Storms left 1.97 million households without power on Sunday, the grid operator said.\n\n"
        "Crews worked through the night.\n\n"
        "The operator said the 2 million households would be reconnected by Wednesday.\n"
    )
    assert _restated(text) == []


def test_two_antecedents_leave_it_unjudged() -> None:
    """ "the 1,600 delegates" after 1,944 and 1,428 delegates: which one is meant is not said."""
    text = (
        "Delegates\n\nBy a staff reporter\n\n"
        "The front-runner has won 1,944 delegates so far. Her rival has won 1,428 delegates.\n\n"
        "Both campaigns are now in California.\n\n"
        "Party officials said the 1,600 delegates would meet in July.\n"
    )
    assert not _warned(text, "1,600")


def test_a_definite_phrase_with_a_new_time_is_silent() -> None:
    """ "the 4,500 jobs created this year" after last year's 4,200 jobs: another year's jobs."""
    text = (
        "Jobs\n\nBy a staff reporter\n\n"
        "The region's factories added 4,200 jobs last year, the chamber of commerce said.\n\n"
        "Exports of machinery grew strongly.\n\n"
        "The chamber said the 4,500 jobs created this year were mostly in engineering.\n"
    )
    assert not _warned(text, "4,500")


def test_a_total_of_earlier_parts_is_silent() -> None:
    """ "the 2,000 hectares" after 1,500 and 500 hectares told in one sentence: their total."""
    text = (
        "Fire\n\nBy a staff reporter\n\n"
        "The fire burned 1,500 hectares of pine forest and 500 hectares of farmland.\n\n"
        "Firefighters from three provinces were sent.\n\n"
        "Farmers said the 2,000 hectares would take a decade to recover.\n"
    )
    assert not _warned(text, "2,000")


def test_a_part_of_them_is_silent() -> None:
    """ "the 300 of them who work nights" after 1,200 staff: a part, not the staff told again."""
    text = (
        "Plant\n\nBy a staff reporter\n\n"
        "The plant employs 1,200 workers, the company said.\n\n"
        "Orders fell by a fifth this year.\n\n"
        "Managers met the 300 of them who work nights on Friday.\n"
    )
    assert not _warned(text, "300")


def test_a_relative_clause_the_antecedent_does_not_say_is_silent() -> None:
    """ "the 410 candidates who wrote chemistry" after 520 candidates sat the exams: a set of its own."""
    text = (
        "Exams\n\nBy a staff reporter\n\n"
        "This year 520 candidates sat the final exams at the college, the registrar said.\n\n"
        "Results were published on Thursday.\n\n"
        "Of the 410 candidates who wrote chemistry, most passed.\n"
    )
    assert not _warned(text, "410")


FREEZE = (
    "Water bills frozen\n\nBy a staff reporter\n\n"
    "The regulator said on Monday it was freezing water bills for about 640,000 households in the "
    "capital for two years.\n\n"
    "The utility serves about 910,000 households in all, and about 70,000 businesses.\n\n"
    "Consumer groups said relief for the {later} households covered by the freeze was overdue.\n"
)


def test_the_clause_after_the_noun_picks_one_of_two_counts() -> None:
    """ "the 460,000 households covered by the freeze": of the two counts of households, the one
    whose sentence says the freeze is meant."""
    assert _warned(FREEZE.format(later="460,000"), "460,000")


def test_the_clause_picks_a_count_that_agrees() -> None:
    """Near miss: the freeze's count told again the same."""
    assert _restated(FREEZE.format(later="640,000")) == []


def test_its_before_an_amount_refers_back() -> None:
    """ "its $33 million refit" after "the $38 million refit": the ship's one refit."""
    text = (
        "Ferry returns\n\nBy a staff reporter\n\n"
        "The ferry spent ten weeks in dry dock for the $38 million refit, which added a new deck.\n\n"
        "It carried about 900,000 passengers last year.\n\n"
        "[Photo: The ferry leaves the harbour before its $33 million refit.]\n"
    )
    assert _warned(text, "$33 million")


# ---------------------------------------------------------------------------- two units, never paired


def test_another_year_named_by_both_is_silent() -> None:
    """ "240 schools … last year" and "about 300 schools … next year": two rounds of inspections."""
    text = (
        "School inspections\n\nBy a staff reporter\n\n"
        "Inspectors visited 240 schools between February and August last year under the new review "
        "program, the department said.\n\n"
        "The state has about 1,240 schools.\n\n"
        "The department said the second round of inspections, covering about 300 schools, would begin "
        "in February next year.\n"
    )
    assert not _warned(text, "300")


# ---------------------------------------------------- a measure told by its verb, "units of"

BILL = (
    "City water bill hits $2.4 million as leaks grow\n\nBy a staff reporter\n\n"
    "The city paid $2.4 million for water in 2023, an audit published on Tuesday found, much of it "
    "lost through leaking mains.\n\n"
    "The audit found that one pipe in five was more than 80 years old.\n\n"
    "Council members said the {later} water bill for {year} showed repairs could not wait.\n"
)


def test_a_headline_measure_told_by_its_verb_is_the_antecedent() -> None:
    """ "water bill hits $2.4 million" (headline, its year told by the body) … "the $2.9 million water
    bill for 2023"."""
    assert _warned(BILL.format(later="$2.9 million", year="2023"), "$2.9 million")


def test_a_headline_measure_of_another_year_is_silent() -> None:
    """Near miss: "the $2.9 million water bill for 2021": the body tells the headline's figure for 2023."""
    assert not _warned(BILL.format(later="$2.9 million", year="2021"), "$2.9 million")


PORT = (
    "Port traffic grows\n\nBy a staff reporter\n\n"
    "The port handled 2.35 million twenty-foot units (TEUs) of containers in 2022, up from 2.1 "
    "million in 2021, the port authority said on Monday.\n\n"
    "Dredging of the main channel will start in May.\n\n"
    "Officials expect the {later} containers handled in 2022 to grow by 4 per cent this year.\n"
)


def test_units_of_a_noun_count_that_noun() -> None:
    """ "2.35 million twenty-foot units (TEUs) of containers" counts containers: "the 2.53 million
    containers handled in 2022" tells it again differently."""
    assert _warned(PORT.format(later="2.53 million"), "2.53 million")


def test_units_of_a_noun_told_again_the_same_is_silent() -> None:
    """Near miss: the same count."""
    assert _restated(PORT.format(later="2.35 million")) == []


PACKAGE = (
    "Minister pledges cash for waiting lists\n\nBy a staff reporter\n\n"
    "The health minister announced a £84 million package on Tuesday to cut the number of patients "
    "waiting more than a year for surgery.\n\n"
    "Waiting lists have grown every quarter since 2019.\n\n"
    "Health boards must say how they will spend their share of the {later} {noun} by March.\n"
)


def test_a_package_named_again_as_the_programme_warns() -> None:
    """ "a £84 million package" … "the £94m programme": one funded undertaking named by a word
    news uses in turn for it."""
    assert _warned(PACKAGE.format(later="£94m", noun="programme"), "£94m")


def test_a_package_named_again_the_same_is_silent() -> None:
    """Near miss: "the £84m programme"."""
    assert _restated(PACKAGE.format(later="£84m", noun="programme")) == []


def test_another_kind_of_undertaking_is_not_named_by_the_package() -> None:
    """Near miss: "the £94m bridge" is no word for the package."""
    assert not _warned(PACKAGE.format(later="£94m", noun="bridge"), "£94m")


def test_a_count_after_of_is_what_the_noun_holds() -> None:
    """ "a village of 50 houses" holds 50 houses and counts no villages: "the 58 villages in the
    programme" refers back to the 85 villages alone, and is told differently."""
    text = (
        "Broadband for villages\n\nBy a staff reporter\n\n"
        "The ministry will bring fibre to 85 villages that have no fixed internet, it said on Monday.\n\n"
        "Laying cable to a village of 50 houses on a hillside is expensive, engineers said.\n\n"
        "The operator said it would lay 400 kilometres of cable for the 58 villages in the programme.\n"
    )
    assert _warned(text, "58")


def test_a_capitalised_modifier_does_not_part_two_counts() -> None:
    """ "162,500 Twitter accounts" after "125,000 accounts": a brand before the noun names no other
    place, so the unit reader does not call the two counts two units (the old pairing may judge them)."""
    from factcheck_plugins.numeric_phrase_refs import units_apart

    text = (
        "Accounts suspended\n\nBy a staff reporter\n\n"
        "The company said it had suspended 125,000 accounts linked to extremism since mid-2015.\n\n"
        "Its shares fell 3 per cent on Friday.\n\n"
        "The firm said it had suspended 162,500 Twitter accounts linked to extremism since mid-2015.\n"
    )
    report = factcheck.check(Document(text=text))
    index = TextIndex.build(text, report.figures, report.document.title_span, report.sentences)
    ids = {text[f.span.start : f.span.end]: f.id for f in report.figures}
    assert frozenset((ids["125,000"], ids["162,500"])) not in units_apart(index)


def test_a_place_after_the_noun_parts_two_counts() -> None:
    """Near miss: "4,800 homes in Kaduna" after "4,200 homes in Kano": two units."""
    from factcheck_plugins.numeric_phrase_refs import units_apart

    text = (
        "Housing\n\nBy a staff reporter\n\n"
        "The state finished 4,200 new homes in Kano, officials said.\n\n"
        "Cement prices rose again.\n\n"
        "Builders finished 4,800 new homes in Kaduna, officials said.\n"
    )
    report = factcheck.check(Document(text=text))
    index = TextIndex.build(text, report.figures, report.document.title_span, report.sentences)
    ids = {text[f.span.start : f.span.end]: f.id for f in report.figures}
    assert frozenset((ids["4,200"], ids["4,800"])) in units_apart(index)
