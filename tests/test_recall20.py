"""Faults the checkers missed (issue 13, branch ``recall20``): general rules, each with near misses
that must stay silent.  Every passage here is written for these tests in the style of council,
health, survey and election copy; none is taken from an article.

* parts of one whole told as a list past the whole: after a colon, after "N of them", after
  "Of the M" (plugins/numeric_part_lists.py);
* shares of one whole closed by "the remaining K%" / "shared the rest" past 100%
  (plugins/numeric_share_rest.py).
"""

from __future__ import annotations

import pytest

from factcheck import Document, check
from factcheck.model import Status


def _verdicts(text: str, relation: str) -> list[tuple[Status, str]]:
    report = check(Document(text=text))
    return [(v.status, v.summary) for v in report.verdicts if v.data.get("relation") == relation]


def _statuses(text: str, relation: str, words: str) -> list[Status]:
    """The statuses of the relation's verdicts whose summary holds ``words``."""
    return [status for status, summary in _verdicts(text, relation) if words in summary]


# ------------------------------------------------------------------ parts of one whole in a list

CLINIC = "Council sets out clinic plans\n\nBy a staff reporter\n\n{line}\n\nThe plan goes to a vote in May.\n"


@pytest.mark.parametrize(
    "line",
    [
        # a colon after the whole, every item naming what it counts
        "The trust will run 38 clinics: 21 town clinics, 12 village clinics and 8 mobile clinics.",
        # "N of them" in the next sentence, the verb repeated
        "The region employs 4,100 care workers. Of the total, officials said, 2,300 of them are home "
        "carers, 1,250 are residential staff and 700 are day-centre staff.",
        # "N of the <noun>", the noun's one count two sentences back
        "Assessors visited 180 care homes this year. The reports were published on Monday. In all, 95 of "
        "the homes were rated good, 61 were rated adequate and the remaining 31 were rated poor.",
        # "Of the M <noun>, N …", closed by "the remaining"
        "Of the 120 new apprentices, 70 will be electricians, 40 plumbers and the remaining 20 joiners.",
        # "Of those, N were …" after the whole's sentence
        "The service took 9,400 calls in June. Of those, 4,600 were life-threatening, 3,200 were urgent "
        "and 2,300 were routine.",
    ],
)
def test_parts_listed_past_their_whole_warn(line: str) -> None:
    assert _statuses(CLINIC.format(line=line), "total", "the listed parts") == [Status.WARN]


@pytest.mark.parametrize(
    "line",
    [
        # the same forms adding up
        "The trust will run 38 clinics: 21 town clinics, 10 village clinics and 7 mobile clinics.",
        "The region employs 4,100 care workers. Of the total, officials said, 2,300 of them are home "
        "carers, 1,050 are residential staff and 700 are day-centre staff.",
        "Of the 120 new apprentices, 70 will be electricians, 30 plumbers and the remaining 20 joiners.",
        # a hedged rounding that does agree: about 1,100 may be 1,050
        "The region employs 4,100 care workers. Officials said 2,300 of them are home carers, about "
        "1,100 are residential staff and 700 are day-centre staff.",
    ],
)
def test_parts_listed_within_their_whole_pass(line: str) -> None:
    assert set(_statuses(CLINIC.format(line=line), "total", "the listed parts")) <= {Status.PASS}


@pytest.mark.parametrize(
    "line",
    [
        # a partial list: "including" names some parts, from a larger whole
        "The trust runs 38 clinics, including 21 town clinics, 12 village clinics and 8 mobile clinics.",
        # parts of different wholes: two counts before "of them", which one is meant is not said
        "The region employs 4,100 care workers and 2,900 nurses. Officials said 2,300 of them are home "
        "carers, 1,250 are residential staff and 700 are day-centre staff.",
        # a colon announcing other things, not the whole's parts
        "The report gives three figures: 21 town clinics, 12 village clinics and 8 mobile clinics.",
        # items after the colon that count something else
        "The trust will run 38 clinics: 210 doctors, 120 nurses and 80 porters will staff them.",
        # one group of people cut two ways: sex, hours, contract
        "The region employs 4,100 care workers. Officials said 2,300 of them are women, 1,250 are "
        "part-time and 700 are agency staff.",
        # answers to a survey question may overlap
        "Of the 1,000 adults surveyed, 640 said they drive, 420 said they take the bus and 230 said "
        "they cycle.",
        # a change, not a part, in the list
        "The region employs 4,100 care workers. Officials said 2,300 of them are home carers, up from "
        "1,900 in 2019, and 700 are day-centre staff.",
    ],
)
def test_near_misses_of_parts_listed_stay_silent(line: str) -> None:
    assert _statuses(CLINIC.format(line=line), "total", "the listed parts") == []


# ------------------------------------------------------------------ shares closed by the rest

SURVEY = (
    "How the city gets to work\n\nBy a staff reporter\n\n{line}\n\nThe survey was paid for by the city.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        # the rest told as a share of its own in the next sentence
        "Asked how they mainly travel, 44% said the bus, 33% said they drive and 17% said they cycle. "
        "The remaining 11% walk.",
        # "the remaining N <noun> shared K%"
        "Ms Osei won 51% of the vote, ahead of Mr Hart, who took 41%. The remaining three candidates "
        "shared 12% between them.",
        # "shared the rest:" then the rest's shares
        "Ms Osei took 50.2% of the vote, up 6.1 percentage points, while Mr Hart's share fell to 44.0%. "
        "The other three candidates shared the rest: the Greens took 4.4%, Reform 2.9% and an "
        "independent 1.5%, down from 4.8% in 2019.",
    ],
)
def test_shares_closed_by_the_rest_past_100_warn(line: str) -> None:
    assert _statuses(SURVEY.format(line=line), "share-sum", "closed by") == [Status.WARN]


@pytest.mark.parametrize(
    "line",
    [
        # the same forms adding up
        "Asked how they mainly travel, 44% said the bus, 33% said they drive and 17% said they cycle. "
        "The remaining 6% walk.",
        "Ms Osei took 50.2% of the vote, up 6.1 percentage points, while Mr Hart's share fell to 44.0%. "
        "The other three candidates shared the rest: the Greens took 2.4%, Reform 1.9% and an "
        "independent 1.5%, down from 4.8% in 2019.",
        # a hedged rounding that does agree
        "Ms Osei won about 52% of the vote, ahead of Mr Hart, who took about 41%. The remaining three "
        "candidates shared 8% between them.",
    ],
)
def test_shares_closed_by_the_rest_within_100_pass(line: str) -> None:
    assert set(_statuses(SURVEY.format(line=line), "share-sum", "closed by")) <= {Status.PASS}


@pytest.mark.parametrize(
    "line",
    [
        # shares of a different base before: the rest closes only the shares of its own sentence
        "Turnout was 64%. Ms Osei won 51%, Mr Hart 41% and the remaining 8% went to three others.",
        # a share of another whole in a clause of its own: without it the others close at 100%
        "In the poll, 45% backed the plan and 40% opposed it, while 62% said they had heard of it. "
        "The remaining 15% were undecided.",
        "Ms Osei won 52% and Mr Hart 41%, with turnout at 38%. The remaining 7% went to three others.",
        # the count's progress is no part of the vote
        "With 97% of precincts reporting, Ms Osei had 55.1% and Mr Hart 43.9%. Others took the remaining 1%.",
        # changes, not levels, in the sentence before
        "Bus use rose 14% and car use fell 9%. The remaining 83% of trips were unchanged.",
    ],
)
def test_near_misses_of_shares_closed_by_the_rest_stay_silent(line: str) -> None:
    assert Status.WARN not in _statuses(SURVEY.format(line=line), "share-sum", "closed by")
    assert Status.FAIL not in _statuses(SURVEY.format(line=line), "share-sum", "")


# ------------------------------------------------------------------ a multiple told before its levels

TRAM = "Tram use soars\n\nBy a staff reporter\n\n{lede}\n\n{levels}\n\nThe council meets on Monday.\n"


@pytest.mark.parametrize(
    ("lede", "levels"),
    [
        (
            "Tram use in the city has tripled since the first line opened in 2009, the operator said.",
            "The network carried 38,500 passengers a day last year, compared with 15,100 in its first "
            "full year.",
        ),
        (
            "Parking a car in Leeds costs more than three times as much as in Hull, a motoring group found.",
            "A day in a city-centre car park in Leeds cost £14.20, compared with £5.10 in Hull and £9.80 "
            "in York.",
        ),
    ],
)
def test_a_multiple_the_next_sentence_does_not_give_warns(lede: str, levels: str) -> None:
    assert _statuses(TRAM.format(lede=lede, levels=levels), "multiple", "") == [Status.WARN]


@pytest.mark.parametrize(
    ("lede", "levels"),
    [
        # the same forms, the levels giving the multiple
        (
            "Tram use in the city has tripled since the first line opened in 2009, the operator said.",
            "The network carried 45,500 passengers a day last year, compared with 15,100 in its first "
            "full year.",
        ),
        (
            "Parking a car in Leeds costs more than three times as much as in Hull, a motoring group found.",
            "A day in a city-centre car park in Leeds cost £16.20, compared with £5.10 in Hull and £9.80 "
            "in York.",
        ),
    ],
)
def test_a_multiple_the_next_sentence_gives_passes(lede: str, levels: str) -> None:
    assert _statuses(TRAM.format(lede=lede, levels=levels), "multiple", "") == [Status.PASS]


@pytest.mark.parametrize(
    ("lede", "levels"),
    [
        # the earlier figure is not told as earlier: two places now, not then and now
        (
            "Tram use in the city has tripled since the first line opened in 2009, the operator said.",
            "The network carried 38,500 passengers a day last year, compared with 15,100 on the buses.",
        ),
        # the figure after "compared with" is another place's, not the comparand's
        (
            "Parking a car in Leeds costs more than three times as much as in Hull, a motoring group found.",
            "A day in a city-centre car park in Leeds cost £14.20, compared with £9.80 in York and £5.10 "
            "in Hull.",
        ),
        # the earlier level a year back, the multiple over a longer span
        (
            "Tram use in the city has tripled since 2009, the operator said.",
            "Trams in the city carried 38,500 passengers a day last month, compared with 25,100 a "
            "year earlier.",
        ),
        # the earlier level of another year than the multiple's
        (
            "Tram use in the city has tripled since 2009, the operator said.",
            "Trams in the city carried 38,500 passengers a day last year, compared with 25,100 in 2015.",
        ),
        # the levels are two sentences away
        (
            "Tram use in the city has tripled since the first line opened in 2009, the operator said. "
            "Fares have been frozen since 2019.",
            "The network carried 38,500 passengers a day last year, compared with 15,100 in its first "
            "full year.",
        ),
    ],
)
def test_near_misses_of_a_multiple_before_its_levels_stay_silent(lede: str, levels: str) -> None:
    assert _statuses(TRAM.format(lede=lede, levels=levels), "multiple", "") == []


# ------------------------------------------------------------------ an undertaking named again by its cost

PARKS = "Parks plan agreed\n\nBy a staff reporter\n\n{first}\n\nThe vote was 31 to 9.\n\n{later}\n"


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            "The council will spend £5.2m on its parks over the next two years, the leader said.",
            "“The £6.5m programme is long overdue,” said Councillor Ann Burke.",
        ),
        (
            "The new stand, built at a cost of about Rs 1,140 crore, will hold 30,000 people.",
            "Critics asked whether the Rs 1,410 crore project would ever pay for itself.",
        ),
    ],
)
def test_an_undertaking_named_again_at_another_cost_warns(first: str, later: str) -> None:
    verdicts = _verdicts(PARKS.format(first=first, later=later), "restatement")
    assert [status for status, _ in verdicts] == [Status.WARN]


@pytest.mark.parametrize(
    ("first", "later"),
    [
        # the same cost told again, at its rounding
        (
            "The council will spend £5.2m on its parks over the next two years, the leader said.",
            "“The £5m programme is long overdue,” said Councillor Ann Burke.",
        ),
    ],
)
def test_an_undertaking_named_again_at_its_cost_passes(first: str, later: str) -> None:
    verdicts = _verdicts(PARKS.format(first=first, later=later), "restatement")
    assert [status for status, _ in verdicts] == [Status.PASS]


@pytest.mark.parametrize(
    ("first", "later"),
    [
        # another undertaking, narrowed by words the cost's sentence does not say
        (
            "The council will spend £5.2m on its parks over the next two years, the leader said.",
            "Councillors said the £6.5m library plan would have to wait.",
        ),
        (
            "The council will spend £5.2m on its parks over the next two years, the leader said.",
            "Councillors said the £6.5m plan for libraries would have to wait.",
        ),
        # another undertaking, said so
        (
            "The council will spend £5.2m on its parks over the next two years, the leader said.",
            "Councillors said a separate £6.5m programme would have to wait.",
        ),
        # two costs told before: which one is meant is not said
        (
            "Labour's plan would cost £5.2m and the Conservative plan £7.4m, officials said.",
            "“The £6.5m plan is long overdue,” said Councillor Ann Burke.",
        ),
    ],
)
def test_near_misses_of_an_undertaking_named_again_stay_silent(first: str, later: str) -> None:
    verdicts = _verdicts(PARKS.format(first=first, later=later), "restatement")
    assert Status.WARN not in [status for status, _ in verdicts]


# ------------------------------------------ a quote's count told again in reported speech

SPEECH = (
    "Mayor defends housing record\n\nBy a staff reporter\n\n"
    "“We have built 3,200 homes in four years, and every one of them meets the new standard,” Mayor "
    "Carla Mendes said in her address to the chamber of commerce.\n\n"
    "Opposition councillors said rents were still rising faster than wages.\n\n"
    "{later}\n"
)


@pytest.mark.parametrize(
    "later",
    [
        "In her speech, Ms Mendes said the city had built 2,100 homes since 2021, after clearing a "
        "backlog of more than 900 planning applications in 2020.",
    ],
)
def test_a_count_the_speaker_tells_again_with_its_verb_and_noun_warns(later: str) -> None:
    verdicts = [v for v in check(Document(text=SPEECH.format(later=later))).verdicts]
    paraphrase = [v.status for v in verdicts if v.data.get("check") == "paraphrase"]
    assert paraphrase == [Status.WARN]


@pytest.mark.parametrize(
    "later",
    [
        # the same count told again
        "In her speech, Ms Mendes said the city had built 3,200 homes since 2021, after clearing a "
        "backlog of more than 900 planning applications in 2020.",
        # another verb: another count ("approved" is not "built")
        "In her speech, Ms Mendes said the city had approved 2,100 homes since 2021, after clearing a "
        "backlog of more than 900 planning applications in 2020.",
        # another time named in the figure's own clause
        "In her speech, Ms Mendes said the city had built 2,100 homes last year, after clearing a "
        "backlog of more than 900 planning applications in 2020.",
        # another speaker
        "Councillor Tom Reyes said the city had built 2,100 homes since 2021, after clearing a "
        "backlog of more than 900 planning applications in 2020.",
    ],
)
def test_near_misses_of_a_count_told_again_stay_silent(later: str) -> None:
    verdicts = [v for v in check(Document(text=SPEECH.format(later=later))).verdicts]
    assert not [v for v in verdicts if v.data.get("check") == "paraphrase" and v.status is not Status.PASS]


# ------------------------------------------------------------------ a hyphened "and" opens no clause

CRASHES = "Road deaths fall\n\nBy a staff reporter\n\n{line}\n\nThe figures were published on Friday.\n"


def test_a_change_of_a_hyphened_noun_told_level_first_is_judged() -> None:
    line = "Police recorded 1,284 hit-and-run crashes in 2023, down from 1,702 in 2022, a fall of 518."
    assert [s for s, _ in _verdicts(CRASHES.format(line=line), "change")] == [Status.FAIL]
    line = "Police recorded 1,284 hit-and-run crashes in 2023, down from 1,702 in 2022, a fall of 418."
    assert [s for s, _ in _verdicts(CRASHES.format(line=line), "change")] == [Status.PASS]


def test_a_change_in_a_clause_of_its_own_after_a_level_first_pair_stays_silent() -> None:
    line = (
        "Police recorded 1,284 hit-and-run crashes in 2023, down from 1,702 in 2022, and burglaries "
        "fell by 518."
    )
    assert _verdicts(CRASHES.format(line=line), "change") == []


# ------------------------------------------------------------------ one quoted sentence given to two people

DERBY = (
    "Rovers hold on for a draw\n\nBy a staff reporter\n\n"
    "“We showed today that this squad will fight for every single point until May,” Rovers manager "
    "Tom Hale said after the match.\n\n"
    "The draw leaves Rovers two points above the relegation places.\n\n"
    "{later}\n"
)


def _twice(text: str) -> list[Status]:
    return [v.status for v in check(Document(text=text)).verdicts if v.data.get("check") == "quoted-twice"]


def test_one_quoted_sentence_given_to_two_people_warns() -> None:
    later = (
        "Captain Sam Reid, who made his 200th appearance, said the dressing room was united. “We showed "
        "today that this squad will fight for every single point until May,” Reid said."
    )
    assert _twice(DERBY.format(later=later)) == [Status.WARN]


@pytest.mark.parametrize(
    "later",
    [
        # the same speaker quoted again
        "Hale, who took over in March, was asked about the run-in. “We showed today that this squad will "
        "fight for every single point until May,” Hale said.",
        # one speaker echoing the other, said so
        "Captain Sam Reid echoed his manager. “We showed today that this squad will fight for every "
        "single point until May,” Reid said.",
        # a short stock phrase is no one's own words
        "Captain Sam Reid said the squad was united. “We will fight for every point,” Reid said. "
        "Hale added: “We will fight for every point.”",
    ],
)
def test_near_misses_of_one_quoted_sentence_given_to_two_people_stay_silent(later: str) -> None:
    assert _twice(DERBY.format(later=later)) == []


# ------------------------------------------ a quantity pointed back at in a reported clause

FOREST = (
    "Forest loss climbs\n\nBy a staff reporter\n\n"
    "Brazil's National Institute for Space Research recorded 8,420 square kilometres of forest cleared "
    "between August and July, up from 7,100 square kilometres a year earlier.\n\n"
    "Ministers promised new patrols.\n\n"
    "{later}\n"
)


def test_a_quantity_pointed_back_at_by_a_reported_clause_is_one_quantity() -> None:
    later = (
        "Greenpeace said the 8,240 square kilometres cleared over the year showed that pledges made in "
        "Glasgow meant little."
    )
    verdicts = _verdicts(FOREST.format(later=later), "restatement")
    assert Status.WARN in [status for status, _ in verdicts]


@pytest.mark.parametrize(
    "later",
    [
        # the same figure
        "Greenpeace said the 8,420 square kilometres cleared over the year showed that pledges made in "
        "Glasgow meant little.",
        # an indefinite mention in the reported clause is not pointed back at
        "Greenpeace said a further 2,240 square kilometres had been cleared in Bolivia, where pledges "
        "made in Glasgow meant little.",
    ],
)
def test_near_misses_of_a_reported_reference_stay_silent(later: str) -> None:
    verdicts = _verdicts(FOREST.format(later=later), "restatement")
    assert Status.WARN not in [status for status, _ in verdicts]
