"""A speaker's reported count against the same speaker's quoted count of one noun, bounds that are
not rounded, and one quoted sentence given to two people (issue 13, branch ``para24``).

plugins/attribution_counted.py pairs a reported statement with a quote by speaker and by the
counted noun ("2,600 new rangers" / "4,000 rangers") rather than by the words the two share;
plugins/attribution_figures.agree_rounded no longer widens a bound ("more than 2 million" is not
1.8 million rounded); plugins/attribution_twice.py reads "as X put it" as X's own words and a
surname as written ("said" is no mention of Dr Said); the headline-owner warning points at the
names.  Every passage here is written for these tests in the style of wildlife, transport,
housing and labour copy; none is taken from an article.
"""

from __future__ import annotations

import attrs
import pytest

import factcheck
from factcheck import Document
from factcheck.model import Status, Verdict


def _alarms(text: str, check: str = "paraphrase") -> list[Verdict]:
    """The fail/warn verdicts of one check of the attribution checker."""
    return [
        v
        for v in factcheck.check(Document(text=text)).verdicts
        if v.data.get("check") == check and v.status in (Status.FAIL, Status.WARN)
    ]


# ------------------------------------------------------------------ by speaker and counted noun

RANGERS = (
    "Parks agency to expand ranger corps\n\nBy a staff reporter\n\n"
    "The wildlife service will widen patrols in the northern reserves, its director said on Monday.\n\n"
    "“We are going to hire {quoted} rangers {qwhen}, and each of them will be trained in tracking and "
    "first aid,” the service's director, Joyce Wanjiru, told a news conference in the capital.\n\n"
    "Poaching of rhinos fell last season after the agency added night patrols on the border.\n\n"
    "Wanjiru told members of the county assembly that {reported} new rangers would be hired for the "
    "service {rwhen} under a programme funded by donors and the treasury to fight organised poaching "
    "gangs.\n"
)


def _rangers(
    quoted: str = "4,000", reported: str = "2,600", qwhen: str = "this year", rwhen: str = "this year"
) -> str:
    return RANGERS.format(quoted=quoted, reported=reported, qwhen=qwhen, rwhen=rwhen)


def test_reported_count_of_the_quoted_noun_differing_warns() -> None:
    """One speaker, one counted noun ("new rangers" / "rangers"), one time: 2,600 and 4,000 cannot
    both be what she said; ``warn`` (the pair is found by a rule on the nouns)."""
    found = _alarms(_rangers())
    assert [v.status for v in found] == [Status.WARN]
    assert "2,600" in found[0].summary and "4,000" in found[0].summary


def test_reported_count_agreeing_is_silent() -> None:
    """Near miss: the same count told again."""
    assert _alarms(_rangers(reported="4,000")) == []


def test_reported_count_rounding_that_agrees_is_silent() -> None:
    """Near miss: "nearly 5,000" for the quote's 4,870."""
    assert _alarms(_rangers(quoted="4,870", reported="nearly 5,000")) == []


def test_reported_count_of_another_year_is_silent() -> None:
    """Near miss: the statement names another year than the quote's."""
    assert _alarms(_rangers(qwhen="in 2025", rwhen="in 2027")) == []


def test_reported_count_of_another_group_is_silent() -> None:
    """Near miss: "female rangers" is a group of the rangers the quote counts, not the count told again."""
    text = _rangers().replace("new rangers would be hired", "female rangers would be hired")
    assert _alarms(text) == []


def test_reported_count_of_another_place_is_silent() -> None:
    """Near miss: the statement counts the rangers of one named reserve."""
    text = _rangers().replace("for the service this year", "for the service in Samburu this year")
    assert _alarms(text) == []


def test_a_plan_against_a_tally_is_silent() -> None:
    """Near miss: the statement tells rangers already hired; the quote, rangers to be hired."""
    text = _rangers().replace("new rangers would be hired", "new rangers had been hired")
    assert _alarms(text) == []


def test_two_quoted_counts_of_the_noun_are_silent() -> None:
    """Near miss: the speaker's quotes count rangers twice (4,000 to hire, 2,600 already serving):
    which of them the statement tells is unsaid."""
    text = _rangers(reported="3,000").replace(
        "Poaching of rhinos fell last season",
        "“We already have 2,600 rangers in the field,” Wanjiru added. Poaching of rhinos fell last season",
    )
    assert _alarms(text) == []


def test_a_statement_on_another_topic_is_silent() -> None:
    """Near miss: another statement by the same speaker counts another noun (vehicles)."""
    text = _rangers().replace(
        "new rangers would be hired for the service", "new patrol vehicles would be bought for the service"
    )
    assert _alarms(text) == []


def test_an_unresolved_speaker_is_silent() -> None:
    """Near miss: the statement's speaker is nobody the text names ("she" after another woman and
    before any mention of the director), so it is not set against the director's quote."""
    text = (
        "Parks agency to expand ranger corps\n\nBy a staff reporter\n\n"
        "She said 2,600 new rangers would be hired this year, with recruitment drives held in every "
        "county bordering a reserve.\n\n"
        "“We are going to hire 4,000 rangers this year, and each of them will be trained in tracking "
        "and first aid,” the service's director, Joyce Wanjiru, told a news conference.\n"
    )
    assert _alarms(text) == []


def test_the_counted_noun_is_read_after_a_figure_with_no_unit() -> None:
    """The noun after the figure is read from the text when the extraction gives none."""
    text = (
        "Relief effort reaches flooded districts\n\nBy a staff reporter\n\n"
        "“We have handed out 1.4 million emergency ration kits, and the warehouses are sending more every "
        "day,” the relief coordinator, Paolo Reyes, said on Friday.\n\n"
        "Rain is expected to ease by the weekend, forecasters said.\n\n"
        "Reyes said 2.3 million emergency ration kits had been handed out so far in the provinces hit "
        "by the floods, mostly along the coast.\n"
    )
    found = _alarms(text)
    assert [v.status for v in found] == [Status.WARN]


# ------------------------------------------------------------------ a bound is not rounded


def test_a_bound_past_the_quoted_figure_warns() -> None:
    """A bound is no rounding: "more than 2 million" excludes the quote's 1.8 million."""
    text = (
        "Museums report record year\n\nBy a staff reporter\n\n"
        "“We had 1.8 million visitors across our galleries in 2023, more than ever before,” the museums' "
        "director, Ingrid Berg, said on Tuesday.\n\n"
        "Berg said the group had welcomed more than 2 million visitors in the year, and that she "
        "expected further growth once the new wing opens.\n"
    )
    assert [v.status for v in _alarms(text)] == [Status.WARN]


def test_a_bound_the_quoted_figure_meets_is_silent() -> None:
    """Near miss: "more than 1.5 million" holds the quote's 1.8 million."""
    text = (
        "Museums report record year\n\nBy a staff reporter\n\n"
        "“We had 1.8 million visitors across our galleries in 2023, more than ever before,” the museums' "
        "director, Ingrid Berg, said on Tuesday.\n\n"
        "Berg said the group had welcomed more than 1.5 million visitors in the year, and that she "
        "expected further growth once the new wing opens.\n"
    )
    assert _alarms(text) == []


# ------------------------------------------------------------------ one quoted sentence, two people

UNIONS = (
    "Unions press for higher wage floor\n\nBy a staff reporter\n\n"
    "Talks between the unions and employers resumed on Monday. Union leader Grace Mensah said the "
    "gap was wide. “No nurse in this country should earn less than it costs to rent a room in the "
    "city,” Mensah said.\n\n"
    "The employers have not yet made a counter-offer.\n\n"
    "{later}\n"
)


def test_as_someone_put_it_gives_the_words_to_them() -> None:
    """The words after "As X put it: “…”" are X's: when the article gave them to Mensah first,
    one of the two attributions is wrong."""
    later = (
        "As Kofi Boateng, president of the transport workers, put it at the rally: “No nurse in this country "
        "should earn less than it costs to rent a room in the city.”"
    )
    assert [v.status for v in _alarms(UNIONS.format(later=later), "quoted-twice")] == [Status.WARN]


@pytest.mark.parametrize(
    "later",
    [
        # two people quoting one joint statement
        "In a joint statement, Mensah and the transport workers' leader Kofi Boateng said: “No nurse in "
        "this country should earn less than it costs to rent a room in the city.”",
        # one quoting the other, said so
        "Kofi Boateng, the transport workers' leader, repeated the line at the rally. “No nurse in this "
        "country should earn less than it costs to rent a room in the city,” Boateng said.",
        # both said it, the writer says
        "Kofi Boateng, who leads the transport workers, was at her side and both said the same. “No nurse "
        "in this country should earn less than it costs to rent a room in the city,” Boateng said.",
    ],
)
def test_near_misses_of_one_sentence_given_to_two_people_stay_silent(later: str) -> None:
    assert _alarms(UNIONS.format(later=later), "quoted-twice") == []


def test_a_surname_that_is_a_word_is_matched_as_written() -> None:
    """A surname as written: "said" is no mention of Dr Said; the later quote's paragraph does
    not name her, so the same sentence given to another person warns."""
    text = (
        "Reef turns white as seas warm\n\nBy a staff reporter\n\n"
        "“We are watching the reef lose its colour in front of our eyes, week after week,” said Dr "
        "Amina Said, a marine ecologist who led the survey.\n\n"
        "Sea temperatures reached a record in March.\n\n"
        "Joseph Mwangi, who runs a dive school, said he had never seen the reef so pale. “We are "
        "watching the reef lose its colour in front of our eyes, week after week,” he said.\n"
    )
    assert [v.status for v in _alarms(text, "quoted-twice")] == [Status.WARN]


def test_the_headline_owner_warning_points_at_the_names() -> None:
    """The headline-owner warning's evidence holds the headline's owner phrase, so a reader sees
    whom the headline names as well as the words."""
    text = (
        "Transport minister: 'The new line will pay for itself within ten years'\n\n"
        "By a staff reporter\n\n"
        "The rail company's chief executive, Lars Holm, said ticket sales had beaten forecasts. “The new "
        "line will pay for itself within ten years,” Holm said.\n\n"
        "Transport Minister Eva Lind said the government would fund a second phase.\n"
    )
    found = _alarms(text, "headline-owner")
    assert len(found) == 1
    named = {text[e.start : e.end] for e in found[0].evidence}
    assert "Transport minister" in named


def test_spans_of_time_are_measures_not_counts() -> None:
    """Near miss: "about 25 minutes" beside the team leader and "17 minutes" to get the trucks ready
    are two spans of time the same speaker tells; minutes measure, they count no thing."""
    text = (
        "Guard recalls night of the attack\n\nBy a staff reporter\n\n"
        "“It took us 17 minutes to get the trucks ready,” the guard, Tom Ruiz, said.\n\n"
        "The base had been warned twice that week.\n\n"
        "Ruiz said he spent about 25 minutes, standing beside the team leader on the roof, as the "
        "first shots were fired at the compound.\n"
    )
    assert [v for v in _alarms(text) if v.data.get("rule") == "counted-noun"] == []


# ------------------------------------------------------------------ a change told of a named thing


def test_a_reported_change_of_the_quoted_thing_differing_warns() -> None:
    """A percentage told as the change of a named thing ("cargo had grown 9 per cent" / "Cargo
    grew 5 per cent"): one speaker, one thing, one direction, two figures."""
    text = (
        "Airport cargo climbs in first half\n\nBy a staff reporter\n\n"
        "The airport's chief executive, Sofia Lund, told reporters that cargo had grown 9 per cent, "
        "helped by new freight routes to Asian hubs and a larger fleet of night flights.\n\n"
        "“Cargo grew 5 per cent in the first six months, and that was with the runway closed for two "
        "weeks,” Lund said at the terminal.\n"
    )
    found = [v for v in _alarms(text) if v.data.get("rule") == "counted-noun"]
    assert [v.status for v in found] == [Status.WARN]


def test_a_reported_change_in_the_other_direction_or_period_is_silent() -> None:
    """Near miss: another period named on each side ("in 2023" and "in the first half of 2024")."""
    text = (
        "Airport cargo climbs in first half\n\nBy a staff reporter\n\n"
        "The airport's chief executive, Sofia Lund, told reporters that cargo had grown 9 per cent in "
        "2023, helped by new freight routes to Asian hubs and a larger fleet of night flights.\n\n"
        "“Cargo grew 5 per cent in the first half of 2024, and that was with the runway closed for two "
        "weeks,” Lund said at the terminal.\n"
    )
    assert [v for v in _alarms(text) if v.data.get("rule") == "counted-noun"] == []


# ------------------------------------------------------------------ a speaker in doubt, two readings

PASSES = (
    "Free bus passes to reach every pensioner by spring, says Minister\n\n"
    "By a staff reporter\n\n"
    "Every pensioner in the State will be able to travel free on regional buses from March, the "
    "Minister for Rural Affairs has said, in an expansion that will bring the scheme to all 26 counties.\n\n"
    "Maura Kenny said the extension would cost an additional €41 million in a full year.\n\n"
    "“From March we will bring free travel to an extra 180,000 pensioners who cannot get to a town "
    "without a car,” "
    "she told the Dáil on Tuesday. “That is the biggest single step this scheme has taken.”\n\n"
    "Some 410,000 people already hold a pass under the programme, which began as a pilot in 2019.\n\n"
    "The Minister said that the expansion would bring free travel to 120,000 additional pensioners and "
    "that operators would be paid through a tender run by the transport authority.\n"
)


def _in_doubt(other: str) -> list[Verdict]:
    """The counted-noun alarms on PASSES with "The Minister" put in doubt between Maura Kenny (the
    extraction's choice) and ``other`` (a person the text does not quote), as the speaker-doubt
    reading marks a descriptor two people may fit."""
    from factcheck_plugins.attribution import ATTRIBUTION

    from factcheck.api import extract
    from factcheck.manager import run_checkers
    from factcheck.model import Speaker

    report = extract(Document(text=PASSES))
    report = attrs.evolve(report, speakers=(*report.speakers, Speaker(id="sp90", name="Tom Walsh")))
    at = PASSES.index("The Minister said")
    quotes = [
        attrs.evolve(q, doubt=f"'The Minister' may rather be {other}, named nearer")
        if q.mention is not None and q.mention.start == at
        else q
        for q in report.quotes
    ]
    assert quotes != list(report.quotes)
    report = attrs.evolve(report, quotes=quotes)
    return [
        v
        for v in run_checkers(report, {"attribution": ATTRIBUTION}).verdicts
        if v.data.get("rule") == "counted-noun" and v.status in (Status.FAIL, Status.WARN)
    ]


def test_a_speaker_in_doubt_is_read_as_the_reading_quoted_counting_the_noun() -> None:
    """Of the two readings of "The Minister" (Maura Kenny, Tom Walsh), only Kenny is quoted counting
    pensioners: the statement is set against her quote, ``warn``."""
    assert [v.status for v in _in_doubt("Tom Walsh")] == [Status.WARN]


def test_a_speaker_in_doubt_with_an_unknown_reading_is_silent() -> None:
    """Near miss: the doubt names nobody the report knows, so the speaker stays unresolved."""
    assert _in_doubt("the junior minister") == []


def test_an_abstention_says_why() -> None:
    """The same speaker and noun at two named times: no alarm, an ``unknown`` saying why."""
    verdicts = factcheck.check(Document(text=_rangers(qwhen="in 2025", rwhen="in 2027"))).verdicts
    found = [v for v in verdicts if v.data.get("rule") == "counted-noun"]
    assert [(v.status, v.data["reason"]) for v in found] == [(Status.UNKNOWN, "the two name different times")]


def test_a_count_told_with_another_verb_is_silent() -> None:
    """Near miss: rangers trained are not rangers hired; "received" and "welcomed" only tally, but
    two verbs of two acts tell two counts."""
    text = (
        "Parks agency reports on ranger corps\n\nBy a staff reporter\n\n"
        "“We have hired 4,000 rangers, and each of them is on patrol,” the service's director, Joyce "
        "Wanjiru, told a news conference in the capital.\n\n"
        "Poaching of rhinos fell last season after the agency added night patrols on the border.\n\n"
        "Wanjiru told members of the county assembly that the agency had trained 2,600 new rangers under "
        "a programme funded by donors and the treasury to fight organised poaching gangs.\n"
    )
    verdicts = factcheck.check(Document(text=text)).verdicts
    found = [(v.status, v.data.get("reason")) for v in verdicts if v.data.get("rule") == "counted-noun"]
    assert found == [(Status.UNKNOWN, "one is told as trained and the other as hired")]


@pytest.mark.parametrize(
    "later",
    [
        # nurses who left are not nurses hired: the clauses share no word but the noun
        "Mbeki said 800 nurses had left the service this year, most of them for jobs abroad.",
        # nurses still needed
        "Mbeki said the board still needs 800 nurses this year.",
    ],
)
def test_two_acts_on_one_noun_are_silent(later: str) -> None:
    """Near miss: one speaker, one noun, two acts told with different words."""
    text = (
        "Health board under pressure\n\nBy a staff reporter\n\n"
        "“We hired 500 nurses this year, more than in any year before,” the board's chief, Ruth Mbeki, "
        f"said.\n\nWaiting lists grew again in the spring.\n\n{later}\n"
    )
    assert _alarms(text) == []


@pytest.mark.parametrize(
    "later",
    [
        "Mbeki said admissions had risen 8 per cent at the children's hospital.",  # a part of them
        "Mbeki said emergency admissions had risen 8 per cent.",  # a kind of them
    ],
)
def test_a_change_narrowed_to_a_part_is_silent(later: str) -> None:
    """Near miss: the statement's change is of a part of what the quote's change is of."""
    text = (
        "Health board under pressure\n\nBy a staff reporter\n\n"
        "“Admissions rose 12 per cent this winter,” the board's chief, Ruth Mbeki, said.\n\n"
        f"Waiting lists grew again.\n\n{later}\n"
    )
    assert _alarms(text) == []


def test_an_increment_against_a_total_is_silent() -> None:
    """Near miss: "an additional 2,600 rangers" counts rangers on top of others, not the quote's
    total told again."""
    text = _rangers().replace(
        "that 2,600 new rangers would be hired", "that an additional 2,600 rangers would be hired"
    )
    verdicts = factcheck.check(Document(text=text)).verdicts
    found = [(v.status, v.data.get("reason")) for v in verdicts if v.data.get("rule") == "counted-noun"]
    assert found == [(Status.UNKNOWN, "one counts an increment ('an additional …') and the other a total")]


def test_the_year_before_is_another_time() -> None:
    """Near miss: "the year before" against the quote's "this year"."""
    assert _alarms(_rangers(rwhen="the year before")) == []
