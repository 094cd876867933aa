"""Speakers in the layouts of other desks: British, Canadian and wire styles.

Every article and sentence here is written for these tests in the style of the desk named.
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck import Report


def extract(text: str) -> Report:
    return factcheck.extract(factcheck.Document(text=text))


def said_by(text: str, opening: str) -> tuple[str | None, str | None]:
    """The speaker's name and the mention as written of the quote that opens with ``opening``."""
    report = extract(text)
    quote = next(q for q in report.quotes if q.span.of(text).startswith(opening))
    speaker = report.speaker(quote.speaker)
    mention = quote.mention.of(text) if quote.mention else None
    return (speaker.name if speaker is not None else None), mention


@pytest.mark.parametrize(
    ("earlier", "later", "name"),
    [
        ("Labour leader Sir Keir Starmer", "Sir Keir", "Keir Starmer"),
        ("The chief medical officer, Dame Sally Davies,", "Dame Sally", "Sally Davies"),
    ],
)
def test_a_knight_or_dame_is_called_by_the_given_name(earlier: str, later: str, name: str) -> None:
    text = (
        "Ministers under fire over hospital waiting lists\n\n"
        f"{earlier} said waiting lists had reached a record high.\n\n"
        f'"Patients are paying the price for years of neglect," {later} said.'
    )
    assert said_by(text, "Patients are paying") == (name, later)


@pytest.mark.parametrize("programme", ["the BBC's Andrew Marr Show", "Comedy Central's The Daily Show"])
def test_a_programme_named_after_tell_is_the_hearer_not_the_speaker(programme: str) -> None:
    text = (
        "Booster jabs 'first line of defence', says minister\n\n"
        "Health Secretary Sajid Javid said booster jabs were the government's best hope.\n\n"
        f'Mr Javid told {programme}: "The vaccines are working. We just need people to come forward."'
    )
    assert said_by(text, "The vaccines are working") == ("Sajid Javid", "Mr Javid")


@pytest.mark.parametrize(
    ("first", "name"),
    [
        (
            "Sentencing, Judge Michael Fitton QC said the offences were a gross breach of trust.",
            "Michael Fitton",
        ),
        (
            "Conservative backbencher Steve Baker MP said the rules would be a disaster for business.",
            "Steve Baker",
        ),
        ("The charity's founder, Jane Okoro OBE, said the money had gone to gambling debts.", "Jane Okoro"),
    ],
)
def test_letters_after_a_name_are_no_part_of_it(first: str, name: str) -> None:
    surname = name.split()[-1]
    text = (
        "Former council leader jailed for fraud\n\n"
        f"{first}\n\n"
        f'"This was a calculated and prolonged deception," Mr {surname} said.'
    )
    assert said_by(text, "This was a calculated") == (name, f"Mr {surname}")


def test_a_sons_suffix_stays_in_his_name() -> None:
    text = (
        "Trump family weighs in on the race\n\n"
        "Donald Trump said on Monday that the polls were wrong.\n\n"
        "Donald Trump Jr. said the campaign had raised record sums."
    )
    report = extract(text)
    assert {s.name for s in report.speakers} == {"Donald Trump", "Donald Trump Jr."}


def reported(text: str) -> list[tuple[str, str | None]]:
    """(content, mention as written) of each indirect quote."""
    report = extract(text)
    return [
        (q.span.of(text), q.mention.of(text) if q.mention else None)
        for q in report.quotes
        if q.kind is factcheck.QuoteKind.INDIRECT
    ]


WIRE = "U.S. will not rejoin Paris accord soon -official\n\nWASHINGTON, June 4 (Reuters) - "


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States has no plans to rejoin the accord, a senior official said on Sunday, "
        "a day after the decision drew condemnation from allies.",
        "The United States has no plans to rejoin the accord, a senior official told reporters on Sunday, "
        "as protests spread to a third city.",
        "The United States has no plans to rejoin the accord, a senior official said, "
        "amid condemnation from allies.",
    ],
)
def test_the_writers_time_clause_after_a_closing_cue_is_no_part_of_the_words(sentence: str) -> None:
    assert reported(f"{WIRE}{sentence}") == [
        ("The United States has no plans to rejoin the accord", "a senior official")
    ]


def test_words_that_go_on_after_a_cues_time_are_still_the_speakers() -> None:
    sentence = (
        "State auditor Ann Kerr reviewed the invoices. The council has paid twice for the same contract, "
        "she said in a telephone interview, and it has yet to ask for the money back."
    )
    [(content, mention)] = reported(f"{WIRE}{sentence}")
    assert mention == "she"
    assert content.startswith("The council has paid") and content.endswith("ask for the money back")


@pytest.mark.parametrize(
    "country", ["The United States", "South Africa", "New Zealand", "The United Kingdom"]
)
def test_a_country_of_several_words_is_no_person(country: str) -> None:
    text = f"{WIRE}{country} said on Monday it would send more troops to the region."
    report = extract(text)
    assert [(s.name, s.kind) for s in report.speakers] == [
        (country.removeprefix("The "), factcheck.SpeakerKind.ORGANISATION)
    ]


def test_a_countrys_name_is_no_part_of_the_role_it_owns() -> None:
    text = f"{WIRE}South Africa's Health Minister Zweli Mkhize said the lockdown would be eased from Monday."
    report = extract(text)
    [speaker] = report.speakers
    assert (speaker.name, speaker.role) == ("Zweli Mkhize", "Health Minister")


@pytest.mark.parametrize(
    ("unnamed", "descriptor"),
    [
        ("a senior White House official told reporters", "the official"),
        ("a Republican committee aide said in an email", "the aide"),
    ],
)
def test_a_descriptor_takes_up_the_unnamed_source_before_it(unnamed: str, descriptor: str) -> None:
    text = (
        f"{WIRE}The United States has no plans to rejoin the accord, {unnamed} on Sunday.\n\n"
        f'"The president made his decision, and it is final for now," {descriptor} said.\n\n'
        "U.N. Ambassador Nikki Haley said the president believed in climate change."
    )
    name, mention = said_by(text, "The president made his decision")
    assert mention == descriptor and name is not None and name.lower().startswith("a ")


def test_a_person_named_after_the_unnamed_source_is_the_descriptor() -> None:
    text = (
        f"{WIRE}A senior official said the talks had stalled.\n\n"
        "Trade official Maria Lopez said on Monday the talks would resume.\n\n"
        '"We are not there yet," the official said.'
    )
    assert said_by(text, "We are not there yet") == ("Maria Lopez", "the official")


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        (
            "The talks have stalled over farm subsidies, a senior EU diplomat told reporters on Thursday.",
            "a senior EU diplomat",
        ),
        (
            "The talks have stalled over farm subsidies, Trade Minister Mary Ng told The Globe and Mail.",
            "Trade Minister Mary Ng",
        ),
        (
            "The talks have stalled over farm subsidies, the commissioner told a Senate panel on Wednesday.",
            "the commissioner",
        ),
    ],
)
def test_a_clause_before_tell_and_its_hearer_is_the_speakers(sentence: str, mention: str) -> None:
    assert reported(f"{WIRE}{sentence}") == [("The talks have stalled over farm subsidies", mention)]


def test_what_is_told_is_no_hearer() -> None:
    sentence = "At every stop on the tour of the state, he tells one joke about the governor."
    assert reported(f"{WIRE}Senator Ann Ruiz spoke for an hour. {sentence}") == []


@pytest.mark.parametrize(
    "sentence",
    [
        'Ambassador Nikki Haley told CNN\'s "State of the Union" that Trump believed in climate change.',
        "Clinton's call to “make America whole again” answered Trump's “Make America Great Again” slogan.",
    ],
)
def test_a_title_after_a_possessive_is_a_named_work_not_speech(sentence: str) -> None:
    text = f"{WIRE}President Donald Trump spoke on Friday. {sentence}"
    report = extract(text)
    assert all(
        q.span.of(text) not in ("State of the Union", "Make America Great Again") for q in report.quotes
    )


def test_the_agency_is_never_the_wire_that_publishes_the_story() -> None:
    text = (
        "Canada's economy adds 54,000 jobs\n\n"
        "OTTAWA, Oct 9 (Reuters) - Canada's economy added 54,000 jobs in September, far more than "
        "expected, Statistics Canada said on Friday.\n\n"
        "Analysts polled by Reuters had forecast a gain of 10,000 jobs. The unemployment rate fell to "
        "7.4% from 7.6% in August, the agency said."
    )
    report = extract(text)
    [quote] = [q for q in report.quotes if q.span.of(text).startswith("The unemployment rate")]
    speaker = report.speaker(quote.speaker)
    assert speaker is not None and (speaker.name, speaker.kind) == (
        "Statistics Canada",
        factcheck.SpeakerKind.ORGANISATION,
    )


NURSES = (
    "Premier defends hospital funding as nurses walk off the job\n\n"
    "Health Minister Mary-Anne Thomas said negotiations with the union would resume on Monday.\n\n"
)


def test_she_takes_up_the_unnamed_nurse_who_spoke_last() -> None:
    text = (
        f"{NURSES}One nurse at the Royal Melbourne Hospital, who did not want to be named, said she had "
        "cried in the car park after a 16-hour shift.\n\n"
        '"I love my job, but I can\'t keep doing this," she said.'
    )
    name, mention = said_by(text, "I love my job")
    assert mention == "she" and name is not None and name.startswith("One nurse")


@pytest.mark.parametrize(
    "middle",
    [
        # one who asks is not the one who answers
        "A reporter asked her whether the talks would fail.\n\n",
        # an aside names the person, who stays the one in view
        "Union secretary Lisa Fitzpatrick, a nurse for 20 years, said staff were exhausted.\n\n",
        # a person of the article named after the unnamed source
        "A nurse at the hospital said wards were full. Thomas disagreed.\n\n",
    ],
)
def test_she_is_not_an_unnamed_source_that_asks_or_stands_aside(middle: str) -> None:
    text = f'{NURSES}{middle}"We will find a way through this," she said.'
    name, _ = said_by(text, "We will find a way")
    assert name is not None and not name.lower().startswith(("a ", "one "))


@pytest.mark.parametrize("descriptor", ["the Spaniard", "the Egyptian", "the Frenchman"])
def test_one_of_a_nation_named_by_it_is_the_person_in_view(descriptor: str) -> None:
    text = (
        "Klopp hails late winner at Villa Park\n\n"
        "Villa manager Unai Emery was left frustrated by the decision to allow the goal to stand.\n\n"
        f'"For me it is a clear foul. Everybody saw it," {descriptor} said.'
    )
    assert said_by(text, "For me it is a clear foul") == ("Unai Emery", descriptor)


def test_a_nations_adjective_inside_a_longer_phrase_is_no_descriptor() -> None:
    text = (
        "UN panel blames Syria for gas attacks\n\n"
        "This is the first time in the history of the Syrian crisis that blame has been assigned to "
        "the government, diplomats said."
    )
    assert all(s.name != "the Syrian" for s in extract(text).speakers)


@pytest.mark.parametrize(
    ("signature", "name"),
    [("— Priya S., 31, Mississauga, Ont.", "Priya S."), ("— Jordan K., 29, Moncton", "Jordan K.")],
)
def test_a_signature_with_age_and_town_signs_the_quote_above(signature: str, name: str) -> None:
    text = (
        "Young Canadians on the housing crunch\n\n"
        "We asked readers under 35 to tell us about their search for a home.\n\n"
        '"We saved for six years. Every time we got close to a down payment, prices went up."\n'
        f"{signature}\n"
    )
    assert said_by(text, "We saved for six years") == (name, name)


def test_a_comma_inside_a_figure_ends_no_speaker_phrase() -> None:
    text = (
        "Teachers union backs Sanders\n\n"
        "The group polled members online ahead of the vote: 2,318 teachers said they wanted to endorse "
        "Sanders, while 95 members favored Clinton."
    )
    assert "2,318 teachers" in {s.name for s in extract(text).speakers}


def test_a_post_named_in_the_same_sentence_is_not_the_minister_who_opens_it() -> None:
    text = (
        "Minister defends forecasts\n\n"
        "OTTAWA (CP) — Finance Minister Claire Beaulieu defended her government's forecasts on Thursday, "
        "a day after the parliamentary budget officer said the deficit would be about $8 billion larger."
    )
    report = extract(text)
    [quote] = [q for q in report.quotes if q.span.of(text).startswith("the deficit")]
    speaker = report.speaker(quote.speaker)
    assert speaker is None or speaker.name != "Claire Beaulieu"


DIGEST = (
    "Analyst View: Labor wins power, may need independents to govern\n\n"
    "SYDNEY, May 21 (Reuters) - Australia's Labor Party won Saturday's general election.\n\n"
    "Here are comments from analysts:\n\n"
    "LYDIA FENWICK, CHIEF ECONOMIST, COASTAL BANK, SYDNEY:\n\n"
    '"A minority government is still a real possibility, but it matters less for markets."\n\n'
    '"The bigger story for the Australian dollar is the Reserve Bank, which will lift rates."\n\n'
    "MARK TALLIS, SENIOR STRATEGIST, HARBOURSIDE MARKETS, MELBOURNE:\n\n"
    '"The teal independents have taken at least five blue-ribbon Liberal seats in the cities."\n\n'
    "Counting of postal votes will continue for up to two weeks.\n\n"
    '"We cannot call the result until the last postal votes are in," the electoral commission said.\n'
)


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("A minority government", "Lydia Fenwick"),
        ("The bigger story", "Lydia Fenwick"),
        ("The teal independents", "Mark Tallis"),
    ],
)
def test_a_label_alone_on_its_line_gives_its_speaker_to_the_quotes_below(opening: str, name: str) -> None:
    assert said_by(DIGEST, opening)[0] == name


def test_a_labels_turn_ends_at_a_paragraph_of_the_writers() -> None:
    name, _ = said_by(DIGEST, "We cannot call the result")
    assert name != "Mark Tallis"


@pytest.mark.parametrize("condition", ["as long as", "as soon as"])
def test_a_condition_after_a_cues_time_goes_on_with_the_words(condition: str) -> None:
    sentence = (
        "The bridge will reopen to traffic, the city's chief engineer said on Monday, "
        f"{condition} the last inspections are complete."
    )
    [(content, _)] = reported(f"{WIRE}{sentence}")
    assert content.startswith("The bridge will reopen") and content.endswith("inspections are complete")


def test_one_of_a_nation_with_nobody_in_view_names_no_person() -> None:
    text = (
        "Carmaker cuts outlook\n\n"
        "Volkswagen cut its sales forecast for China on Tuesday.\n\n"
        '"We expect a weak year in every market," the German said.'
    )
    assert all(s.name.lower() not in ("german", "the german") for s in extract(text).speakers)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said Delaney pointed a handgun at officers before two of them fired.",
        "The flag showed a six-pointed star beside the candidate's name.",
    ],
)
def test_pointed_without_out_or_to_is_no_speech(sentence: str) -> None:
    text = f"Family demands release of bodycam video\n\n{sentence}"
    assert all(not q.span.of(text).startswith(("a handgun", "star")) for q in extract(text).quotes)
    assert all(q.cue != "pointed" for q in extract(text).quotes)


def test_a_party_tag_between_name_and_verb_keeps_a_partial_quote_the_speakers() -> None:
    text = (
        "Ryan condemns image\n\n"
        "Rep. Paul Ryan (R-WI) said “anti-Semitic images, they have got no place in a presidential campaign.”"
    )
    assert said_by(text, "anti-Semitic images") == ("Paul Ryan", "Rep. Paul Ryan")
