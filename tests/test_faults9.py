"""Round 9 of fault recall (issue 13, branch ``faults9``): a chronology's dates and a noun left out
after "from A <noun> to" (plugins/numeric_dated.py).  The articles are written for these tests.

A paragraph opening with a date label ("Oct. 2: …") is of that day in every sentence; two mentions
whose sentences name one calendar day share it as they would share a context word; and "from about
48,000 households to more than 212,000" counts households twice.
"""

from __future__ import annotations

from factcheck_plugins.numeric_dated import calendar_days, elided_noun, label_date, same_day

from factcheck import Document, check
from factcheck.model import Figure, Span, Status

STORM = (
    "Timeline: How Storm Ilse cut power across the coast\n\n"
    "HALIFAX — Storm Ilse left hundreds of thousands of homes in the dark last week, the worst outage "
    "the province's utility has recorded, officials said on Monday.\n\n"
    "Here is how the outage unfolded:\n\n"
    "Oct. 2: The storm makes landfall near Sheet Harbour in the evening. Trees fall across lines in "
    "three counties. By midnight about 48,000 households are without power.\n\n"
    "Oct. 3: Crews from New Brunswick arrive. Outages peak at more than 212,000 households.\n\n"
    "Oct. 6: Power is back for most of the city.\n\n"
    "{line}\n"
)


def _restatements(text: str) -> list[tuple[Status, str]]:
    report = check(Document(text=text))
    return [
        (v.status, v.summary)
        for v in report.verdicts
        if v.checker == "numeric" and v.data.get("relation") == "restatement"
    ]


def _alarms(text: str) -> list[str]:
    return [s for status, s in _restatements(text) if status in (Status.FAIL, Status.WARN)]


def test_an_entry_of_a_chronology_is_of_its_labelled_day() -> None:
    # "Oct. 2:" dates "By midnight about 48,000 households …"; the summary names Oct. 2 again
    line = (
        "Outages spread fastest between Oct. 2 and Oct. 3, when they went from about 61,000 "
        "households to more than 212,000."
    )
    alarms = _alarms(STORM.format(line=line))
    assert len(alarms) == 1 and "48,000" in alarms[0] and "61,000" in alarms[0]


def test_the_figure_after_from_a_noun_to_counts_that_noun() -> None:
    # "to more than 170,000" counts households, as the Oct. 3 entry's "more than 212,000" does
    line = (
        "Outages spread fastest between Oct. 2 and Oct. 3, when they went from about 48,000 "
        "households to more than 170,000."
    )
    alarms = _alarms(STORM.format(line=line))
    assert len(alarms) == 1 and "212,000" in alarms[0] and "170,000" in alarms[0]


def test_a_summary_that_agrees_with_the_entries_passes() -> None:
    line = (
        "Outages spread fastest between Oct. 2 and Oct. 3, when they went from about 48,000 "
        "households to more than 212,000."
    )
    found = _restatements(STORM.format(line=line))
    assert len(found) >= 2 and all(status is Status.PASS for status, _ in found)


def test_a_month_alone_is_no_shared_day() -> None:
    # "In October" holds many days: the count may be of another one
    line = "In October, about 61,000 households were left in the dark by a second storm."
    assert _alarms(STORM.format(line=line)) == []


def test_an_entry_of_another_day_is_another_count() -> None:
    line = "Oct. 9: A second storm leaves about 61,000 households in the dark."
    assert _alarms(STORM.format(line=line)) == []


def test_an_entry_of_another_month_is_not_compared() -> None:
    # the label's month dates the entry: November is not the October night of the first entry
    line = "Nov. 4: A second storm leaves about 61,000 households without power by midnight."
    assert _alarms(STORM.format(line=line)) == []


def test_date_labels_and_calendar_days() -> None:
    text = "Oct. 2: The storm arrives.\n\nJune 16-18 — Crews work.\n\nOn Oct. 2 it rained. May 5 fell.\n"
    first, second, third = Span(8, 26), Span(41, 52), Span(54, 74)
    assert label_date(text, first) == ("oct", "2")
    assert label_date(text, second) == ("jun", "16")
    assert label_date(text, third) is None  # "On Oct. 2" opens no entry
    assert calendar_days(text, third) == frozenset({"oct 2"})
    # a weekday before the date, and the day first, as British and most other English news write it
    assert label_date("Monday, Oct. 2: Rain.\n", Span(15, 20)) == ("oct", "2")
    assert label_date("4 July: Polls open.\n", Span(8, 19)) == ("jul", "4")
    assert calendar_days("Polls opened on 4 July.", Span(0, 23)) == frozenset({"jul 4"})
    assert calendar_days("It cost $12 June buyers.", Span(0, 24)) == frozenset()
    assert same_day(frozenset({"oct 2"}), frozenset({"oct 2", "oct 3"}), frozenset())
    assert not same_day(frozenset({"oct 2"}), frozenset({"oct 3"}), frozenset())
    # the month already shared as a context word ("july") counts once
    assert not same_day(frozenset({"jul 10"}), frozenset({"jul 10"}), frozenset({"july"}))


def test_the_noun_left_out_after_from_to() -> None:
    text = "It went from about 10,000 hectares to more than 156,000. Prices rose from 40 percent to 55."
    to = Figure(id="f1", span=Span(38, 55), value=156000.0)
    assert elided_noun(text, to) == "hectares"
    share = Figure(id="f2", span=Span(88, 90), value=55.0)
    assert elided_noun(text, share) == ""  # a share names no noun


# --------------------------------------------------------------------------- a count named again
# paragraphs later: "the 45 posts to be cut" (plugins/numeric_anaphora.py COUNT_REACH)

COUNCIL = (
    "Council to cut jobs and close libraries\n\n"
    "Ashworth District Council will cut 45 posts and close two libraries to save money next year, "
    "a report to its cabinet says.\n\n"
    "The council must save about £2.4m after the cost of caring for older residents rose faster than "
    "expected.\n\n"
    'Council leader Priya Nair said the choices were painful. "Nobody came into politics to close '
    'libraries," she said.\n\n'
    "Opposition councillors said the closures would hurt the poorest families most.\n\n"
    "{line}\n"
)


def test_a_count_named_again_paragraphs_later_warns() -> None:
    line = "The 31 posts to be cut are mostly vacant, the report says."
    alarms = _alarms(COUNCIL.format(line=line))
    assert len(alarms) == 1 and "45" in alarms[0] and "31" in alarms[0]


def test_a_count_named_again_paragraphs_later_agrees() -> None:
    line = "The 45 posts to be cut are mostly vacant, the report says."
    found = _restatements(COUNCIL.format(line=line))
    assert found and all(status is Status.PASS for status, _ in found)


def test_an_of_phrase_names_another_set() -> None:
    # "of the parks department" says whose posts: not the council's 45 told pages before
    line = "The 31 posts of the parks department are mostly vacant, the report says."
    assert _alarms(COUNCIL.format(line=line)) == []


def test_another_count_of_the_noun_between_leaves_no_antecedent() -> None:
    line = "The council also runs a depot with 60 posts. The 31 posts to be cut are mostly vacant."
    assert _alarms(COUNCIL.format(line=line)) == []


def test_a_far_mention_of_another_place_is_another_count() -> None:
    # pointing back from afar, a mention still needs its antecedent's subject
    line = "In Bramley, the 31 posts to be cut are mostly vacant, Bramley's report says."
    assert _alarms(COUNCIL.format(line=line)) == []


def test_money_named_again_from_afar_is_not_read_as_a_reference() -> None:
    # "the $15 minimum wage" is a level of its own, not the "$12 minimum wage" told paragraphs before
    text = (
        "Wage fight splits council race\n\n"
        "Mayor Dana Ortiz wants to raise the city's minimum wage to $15 an hour by 2027. Her rival, "
        "council member Rob Hale, has said he would not go above a $12 minimum wage.\n\n"
        "The city's restaurant association says higher pay would force some diners to close.\n\n"
        "Unions plan to march on City Hall on Saturday.\n\n"
        "Turnout in the last mayoral race was low.\n\n"
        "Ortiz started a petition this week calling on council members to support the $15 minimum "
        "wage, a swipe at Hale.\n"
    )
    assert _alarms(text) == []


FLU = (
    "Flu admissions reach 2,140 patients as winter peaks\n\n"
    "Hospitals in the region admitted {lede} patients with flu in the past month, the health board "
    "said on Thursday.\n\n"
    "Waiting times in emergency departments rose to their highest since records began.\n\n"
    "The board asked people with mild symptoms to stay at home and call a pharmacist.\n\n"
    "\u201cThese 2,140 patients are only the tip of the iceberg,\u201d said Dr Ama "
    "Mensah, the board's medical director.\n"
)


def test_a_reference_back_is_to_the_body_count_not_the_headline() -> None:
    # the quote's "These 2,140 patients" agrees with the headline but points back at the lede's count
    alarms = _alarms(FLU.format(lede="1,610"))
    assert len(alarms) == 1 and "1,610" in alarms[0] and "2,140" in alarms[0]


def test_a_reference_back_that_agrees_with_the_body_passes() -> None:
    found = _restatements(FLU.format(lede="2,140"))
    assert found and all(status is Status.PASS for status, _ in found)


def test_three_sentences_on_a_count_still_points_back() -> None:
    # round 5 read no reference back past two sentences (tests/test_numeric_anaphora.py kept this
    # text silent); with no other count of pages before, "the 22 pages" can only be the 28
    text = (
        "Inquiry\n\nThe agency may declassify 28 pages of the report. Lawyers pressed for years. "
        "Families sued twice. A senator urged it to release the 22 pages.\n"
    )
    alarms = _alarms(text)
    assert len(alarms) == 1 and "28" in alarms[0] and "22" in alarms[0]
