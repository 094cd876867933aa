"""Speakers in the layouts of desks abroad and of trade press: Nigerian, Singaporean, South
African and New Zealand papers, technology and sports pages.

Every article and sentence here is written for these tests in the style of the desk named.
"""

from __future__ import annotations

from pathlib import Path

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


@pytest.mark.parametrize(("pronoun", "name"), [("him", "Tokunbo Wahab"), ("her", "Bisola Adeyemi")])
def test_according_to_a_pronoun_takes_up_the_person_named_before(pronoun: str, name: str) -> None:
    text = (
        "Lagos govt to demolish illegal structures on drainage channels\n\n"
        "The Commissioner for the Environment, Mr Tokunbo Wahab, disclosed this on Sunday "
        "while inspecting the Mile 12 channel.\n\n"
        + (
            "A resident of Agboyi-Ketu, Mrs Bisola Adeyemi, spoke to our correspondent at the market.\n\n"
            if pronoun == "her"
            else ""
        )
        + f"According to {pronoun}, residents who dump refuse in the channels will be prosecuted."
    )
    assert said_by(text, "residents who dump refuse") == (name, pronoun)


def test_a_named_subject_before_an_adverb_and_its_verb_is_a_later_she() -> None:
    text = (
        "Flood victims demand compensation\n\n"
        "The commissioner, Mr Tokunbo Wahab, visited the area on Sunday.\n\n"
        "Mrs Bisola Adeyemi also attended. She said the water had reached her knees in June."
    )
    assert said_by(text, "the water had reached") == ("Bisola Adeyemi", "She")


@pytest.mark.parametrize("post", ["CTO", "CFO", "COO"])
def test_a_chief_officers_post_is_no_company(post: str) -> None:
    text = (
        "Battery startup raises $40 million\n\n"
        f"Priya Raman co-founded the business in 2021 with {post} Daniel Okafor.\n\n"
        "The company declined to disclose its valuation, which investors put at $180 million."
    )
    report = extract(text)
    assert post not in [e.name for e in report.entities]
    assert said_by(text, "to disclose its valuation")[0] != post


@pytest.mark.parametrize(
    ("apposition", "name"),
    [
        ("Lumen, a battery startup based in Oakland,", "Lumen"),
        ("Kestrel Foods, the snack maker,", "Kestrel Foods"),
    ],
)
def test_a_name_an_appositive_calls_a_company_is_the_company(apposition: str, name: str) -> None:
    text = (
        "Startup raises $40 million for delivery robots\n\n"
        f"{apposition} has raised $40 million in a round led by Northgate Ventures.\n\n"
        "The company said revenue doubled last year."
    )
    assert said_by(text, "revenue doubled") == (name, "The company")


def test_a_company_director_in_apposition_is_a_person_not_a_company() -> None:
    text = (
        "Council approves harbour plan\n\n"
        "Ivor Penrose, a retired company director, spoke against the plan at Tuesday's meeting.\n\n"
        "The company said the plan would create 200 jobs."
    )
    assert "Ivor Penrose" not in [e.name for e in extract(text).entities if e.kind.value == "organisation"]


@pytest.mark.parametrize(
    ("apposition", "name"),
    [
        ("Tom Walsh, a retired coal miner,", "Tom Walsh"),
        ("Sarah Byrne, a property developer,", "Sarah Byrne"),
        ("Walsh, a coal miner,", "Walsh"),
    ],
)
def test_a_person_whose_trade_is_a_business_noun_is_no_company(apposition: str, name: str) -> None:
    text = (
        "Town fights pit closure\n\n"
        "Hundreds marched through Ashby on Saturday behind Tom Walsh and the colliery band.\n\n"
        f"{apposition} spoke at the rally outside the town hall.\n\n"
        "The company said the pit had lost money for five years."
    )
    report = extract(text)
    assert name not in [e.name for e in report.entities if e.kind.value == "organisation"]
    assert said_by(text, "the pit had lost money")[0] is None


@pytest.mark.parametrize("descriptor", ["His manager", "The manager"])
def test_a_post_goes_to_the_one_known_by_it_not_to_the_last_person_named(descriptor: str) -> None:
    text = (
        "Late Mitchell goal sends Wanderers into cup final\n\n"
        "Wanderers manager Gary Holt praised his side's character after the 2-1 win.\n\n"
        "Rovers captain Tom Evans, who scored the penalty, said the dressing room was devastated.\n\n"
        f"Mitchell's goal was his 14th of the season. {descriptor} said the striker had earned "
        "every minute since arriving last summer."
    )
    assert said_by(text, "the striker had earned") == ("Gary Holt", descriptor)


def test_a_friend_is_no_post_another_persons_friend_is_not_taken_up(benchmarks: Path) -> None:
    # HuffPost on the passengers of a lost flight (polnear/train): the co-pilot's childhood
    # friend is not the cadet's friend named paragraphs before
    path = next((benchmarks / "polnear" / "train").glob("huff-post_2016-05-19_these-are*.txt"))
    text = path.read_text(encoding="utf-8")
    assert said_by(text, "He\xa0had “wanted to be a pilot")[0] != "Mahamat Saleh Oumar"


@pytest.mark.parametrize(
    ("post", "name"),
    [
        ("Minister for Foreign Affairs Vivian Balakrishnan", "Vivian Balakrishnan"),
        ("Senior Minister of State for Manpower Dr Koh Poh Koon", "Koh Poh Koon"),
        ("Minister for Health Stephen Donnelly", "Stephen Donnelly"),
    ],
)
def test_a_post_for_a_field_then_a_name_is_that_named_person(post: str, name: str) -> None:
    text = (
        "Employers to pay more for older workers from 2026\n\n"
        f"Employers will pay higher contribution rates for older workers from January, {post} said.\n\n"
        "The increase will be split between employers and employees, he said in Parliament."
    )
    assert said_by(text, "Employers will pay")[0] == name
    assert said_by(text, "The increase will be split") == (name, "he")


@pytest.mark.parametrize(
    "spokesman", ["A spokesman for Mayor Frank Jackson", "A spokeswoman for Prime Minister Anthony Albanese"]
)
def test_a_spokesman_for_a_named_office_holder_is_not_that_person(spokesman: str) -> None:
    text = (
        "City defends march route\n\n"
        f"{spokesman} defended the march route and said police had trained for 18 months."
    )
    name = spokesman.split()[-2] + " " + spokesman.split()[-1]
    assert said_by(text, "police had trained")[0] != name


@pytest.mark.parametrize(
    "apposition",
    [
        "the health minister, Stephen Donnelly, said on Tuesday",
        "Stephen Donnelly, the health minister, said on Tuesday",
        "Ireland's health minister, Stephen Donnelly, told RTÉ",
    ],
)
def test_a_name_and_post_in_apposition_before_a_trailing_cue_are_the_speaker(apposition: str) -> None:
    text = (
        "Hospital waiting lists to be cut by 2026\n\n"
        f"Waiting lists will be cut by a third within two years, {apposition}."
    )
    report = extract(text)
    quote = next(q for q in report.quotes if q.span.of(text).startswith("Waiting lists"))
    assert quote.span.of(text) == "Waiting lists will be cut by a third within two years"
    assert report.speaker(quote.speaker).name == "Stephen Donnelly"  # type: ignore[union-attr]


def test_a_body_named_ahead_is_not_an_outlet_named_later_as_a_hearer() -> None:
    text = (
        "Water companies face record fines over sewage spills\n\n"
        "Water companies in England face record fines after the regulator found that six firms "
        "had failed to manage their sewage works.\n\n"
        "Ofwat said on Thursday it would fine three firms a combined £168m.\n\n"
        'The environment secretary, Steve Reed, told the BBC: "The days of this are over."'
    )
    assert said_by(text, "six firms had failed")[0] != "BBC"


def test_a_party_and_state_tag_is_no_body() -> None:
    text = (
        "Lawmakers split over Saudi bill\n\n"
        "Rep. Peter King (R-N.Y.) said he would vote for the bill on Tuesday.\n\n"
        "The committee said the pages would be released within weeks."
    )
    assert not [e for e in extract(text).entities if e.name.startswith("R-")]


def test_an_irish_name_with_accents_and_a_particle_is_one_person() -> None:
    text = (
        "The last ferryman of Lough Corrib\n\n"
        "For 41 years, Seán Ó Flaithearta has carried passengers and post across Lough Corrib. "
        "On Friday, he will make his final crossing.\n\n"
        '"The lake has been my office, my church and my pub," he said.\n\n'
        "Ó Flaithearta said he did not blame anyone for the bridge."
    )
    assert said_by(text, "The lake has been")[0] == "Seán Ó Flaithearta"
    assert said_by(text, "he did not blame") == ("Seán Ó Flaithearta", "Ó Flaithearta")


def test_a_participle_after_a_cues_time_is_the_writers_not_the_speakers() -> None:
    text = (
        "Airline pilots vote to strike over pay, union says\n\n"
        "Pilots at Lufthansa have voted in favour of strike action over pay, the union said on "
        "Monday, raising the prospect of walkouts before Easter."
    )
    report = extract(text)
    quote = next(q for q in report.quotes if q.span.of(text).startswith("Pilots at"))
    assert quote.span.of(text) == "Pilots at Lufthansa have voted in favour of strike action over pay"


def test_a_bare_descriptor_takes_up_the_body_a_named_descriptor_became_not_a_time_zone() -> None:
    text = (
        "Airline pilots vote to strike over pay, union says\n\n"
        "Pilots at Lufthansa have voted for strike action, the Vereinigung Cockpit union said on Monday.\n\n"
        "Some 97.6% of members who took part in the ballot backed industrial action, the union said "
        "in a statement.\n\n"
        "Lufthansa shares were down 2.1% at 6.85 euros by 1130 GMT."
    )
    assert said_by(text, "Some 97.6%") == ("Vereinigung Cockpit union", "the union")


def test_was_quoted_as_saying_after_a_quote_names_the_speaker_not_a_fragment() -> None:
    text = (
        "South Korea's Yoon vows firm response after missile launch\n\n"
        "President Yoon Suk Yeol on Monday vowed a firm response to any provocation.\n\n"
        '"The government will respond overwhelmingly to any provocation," Yoon was quoted as saying.'
    )
    assert said_by(text, "The government will respond") == ("Yoon Suk Yeol", "Yoon")


def test_according_to_a_post_then_a_name_in_apposition_is_the_named_person() -> None:
    text = (
        "South Korea's Yoon vows firm response after missile launch\n\n"
        "Yoon made the remarks during a meeting with senior aides, according to his spokesperson, "
        "Kim Soo-kyung.\n\n"
        "Chinese Foreign Ministry spokesperson Mao Ning told a briefing that all sides should wait."
    )
    assert said_by(text, "Yoon made the remarks")[0] == "Kim Soo-kyung"


def test_a_dateline_set_off_by_a_horizontal_bar_is_no_part_of_the_speaker() -> None:
    # HuffPost sets its datelines off with U+2015, not an em dash
    text = (
        "Obama administration expands refugee program\n\n"
        "WASHINGTON ― The Obama administration said Tuesday it would expand a refugee program.\n\n"
        "The current system has not stopped people from entering the country illegally, officials said."
    )
    assert said_by(text, "it would expand") == ("Obama administration", "The Obama administration")


def test_an_unnamed_source_set_off_by_dashes_is_named_without_them() -> None:
    text = (
        "Republican grandees back Clinton\n\n"
        "Other prominent Republicans — three former administration big shots — have also said "
        "they are supporting Clinton."
    )
    name, _ = said_by(text, "they are supporting")
    assert name is not None and not name.endswith(("—", "―", "–"))


@pytest.mark.parametrize(
    ("article", "clause", "body"),
    [
        ("nyt_2016-07-25_political-futur*.txt", "He was referring", "state-owned Dubai company"),
        ("usa-today_2016-04-01_obama-asi*.txt", "They include", "Chinese military"),
    ],
)
def test_a_clause_before_a_bodys_noun_is_no_part_of_the_bodys_name(
    benchmarks: Path, article: str, clause: str, body: str
) -> None:
    # polnear/train: "He was referring to a 2006 controversy over a state-owned Dubai company
    # that sought to manage …", "They include Chinese military … that …"
    path = next((benchmarks / "polnear" / "train").glob(article))
    names = [e.name for e in extract(path.read_text(encoding="utf-8")).entities]
    assert not [n for n in names if n.startswith(clause)]
    assert body in names


@pytest.mark.parametrize("cue", ["announced", "confirmed", "wrote"])
def test_a_writers_clause_after_other_closing_cues_and_their_time_ends_the_words(cue: str) -> None:
    text = (
        "Ford government to cap rent increases at 2.5% for 2026\n\n"
        "TORONTO — The Ontario government will cap rent increases at 2.5 per cent next year, Housing "
        f"Minister Paul Calandra {cue} Thursday, as tenants across the province struggle with record rents."
    )
    report = extract(text)
    quote = next(q for q in report.quotes if q.span.of(text).startswith("The Ontario government"))
    assert quote.span.of(text) == "The Ontario government will cap rent increases at 2.5 per cent next year"
    assert report.speaker(quote.speaker).name == "Paul Calandra"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('Senate Majority Leader Chuck Schumer, D-N.Y., called the measure "a cruel bill."', "Chuck Schumer"),
        ("House Speaker Mike Johnson, R-La., said the House would not take up the bill.", "Mike Johnson"),
    ],
)
def test_an_ap_style_party_tag_between_commas_is_no_speaker(sentence: str, name: str) -> None:
    text = (
        "Senate Democrats block GOP border bill as shutdown looms\n\n"
        f"WASHINGTON (AP) — {sentence}\n\n"
        'Asked whether a shutdown could be avoided, he said: "That is up to the Senate."'
    )
    report = extract(text)
    assert not [e for e in report.entities if e.name[:2] in ("D-", "R-")]
    assert said_by(text, "That is up to the Senate")[0] == name


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("Campaign group Fair Go Australia", "Fair Go Australia"),
        ("The regulator Ofwat", "Ofwat"),
        ("Water company Thames Water", "Thames Water"),
        ("Market research firm Roy Morgan", "Roy Morgan"),
    ],
)
def test_a_body_noun_before_a_name_makes_it_a_body(words: str, name: str) -> None:
    text = f"Bills to rise again\n\n{words} said households would pay more from April.\n"
    kinds = {e.name: e.kind.value for e in extract(text).entities}
    assert kinds.get(name) == "organisation"


@pytest.mark.parametrize("post", ["Environment Secretary Steve Reed", "Deputy Secretary of State Tom Nides"])
def test_a_post_before_a_name_still_makes_a_person(post: str) -> None:
    name = " ".join(post.split()[-2:])
    text = f"Bills to rise again\n\n{post} said households would pay more from April.\n"
    assert {e.name: e.kind.value for e in extract(text).entities}.get(name) == "person"


def test_a_body_descriptor_takes_up_no_body_of_another_trade() -> None:
    # the bureau is the statistics office, not the research firm cited for the forecast
    text = (
        "Household spending falls for third month\n\n"
        "SYDNEY — Household spending fell 0.4 per cent in March, the Australian Bureau of "
        "Statistics said on Thursday.\n\n"
        "Economists had forecast a rise of 0.2 per cent, according to market research firm Roy Morgan.\n\n"
        "The bureau said spending on clothing and footwear fell the most, down 2.1 per cent.\n"
    )
    assert said_by(text, "spending on clothing")[0] == "Australian Bureau of Statistics"


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        (
            "Household spending fell 0.4 per cent in March, the Australian Bureau of Statistics said "
            "on Thursday, the third monthly fall in a row.",
            "Household spending fell 0.4 per cent in March",
        ),
        (
            "Canada lost 40,600 jobs in June, Statistics Canada said Friday, the first decline in five "
            "months, as the jobless rate climbed.",
            "Canada lost 40,600 jobs in June",
        ),
    ],
)
def test_after_a_wire_aside_the_writers_words_are_no_part_of_the_quote(sentence: str, reported: str) -> None:
    text = f"Figures out\n\n{sentence}\n"
    report = extract(text)
    assert [q.span.of(text) for q in report.quotes] == [reported]


def test_after_a_wire_aside_a_joined_clause_goes_on_with_the_words() -> None:
    text = (
        "Tax shares\n\nThe middle fifth of households paid 8.9 percent, the agency said in a June "
        "report, and the bottom fifth paid 0.8 percent.\n"
    )
    (quote,) = extract(text).quotes
    assert quote.span.of(text).startswith("The middle fifth") and quote.span.of(text).endswith("0.8 percent")


@pytest.mark.parametrize(
    ("post", "name"),
    [("First Minister", "John Swinney"), ("First Deputy Prime Minister", "Denis Manturov")],
)
def test_first_opening_a_post_is_part_of_it(post: str, name: str) -> None:
    text = f"Budget row\n\n{post} {name} said the budget would protect public services.\n"
    report = extract(text)
    (quote,) = report.quotes
    speaker = report.speaker(quote.speaker)
    assert speaker is not None and speaker.name == name and post in speaker.roles


def test_a_body_named_by_the_first_word_of_its_name_is_that_body() -> None:
    text = (
        "Harbour Freight profit slips\n\n"
        "AUCKLAND — Harbour Freight Holdings Ltd. reported a 6 per cent fall in half-year profit on "
        "Tuesday.\n\n"
        "Harbour said it carried 4 per cent fewer containers than a year earlier.\n"
    )
    assert said_by(text, "it carried 4 per cent")[0] == "Harbour Freight Holdings Ltd"
    kinds = {e.name: e.kind.value for e in extract(text).entities}
    assert "Harbour" not in kinds


@pytest.mark.parametrize(
    "source",
    ["Sources in the ministry", "Two senior officials close to the president", "people within the party"],
)
def test_unnamed_people_in_or_close_to_a_body_are_unnamed_sources_not_the_body(source: str) -> None:
    text = (
        "Farm bill heads to upper house\n\nThe Lok Sabha passed the farm bill on Friday after a walkout.\n\n"
        f"{source.capitalize() if source[0].islower() else source} said the bill is likely to be taken "
        "up next week.\n"
    )
    report = extract(text)
    (quote,) = [q for q in report.quotes if q.span.of(text).startswith("the bill is likely")]
    speaker = report.speaker(quote.speaker)
    assert speaker is not None and speaker.kind.value == "anonymous"


def test_a_dateline_in_capitals_with_a_colon_is_no_body_and_no_part_of_the_words() -> None:
    text = (
        "Toll rises in Kerala floods\n\n"
        "THIRUVANANTHAPURAM: The death toll in the floods has risen to 42, Chief Minister Pinarayi "
        "Vijayan said on Sunday.\n"
    )
    report = extract(text)
    assert [q.span.of(text) for q in report.quotes] == ["The death toll in the floods has risen to 42"]
    assert "THIRUVANANTHAPURAM" not in [e.name for e in report.entities]


@pytest.mark.parametrize("outlet", ["Sky Sports", "Fox Sports"])
def test_a_sports_broadcaster_heard_by_a_player_is_a_body(outlet: str) -> None:
    text = (
        "Rovers held at home\n\n"
        f'Striker Kwame Mensah, who scored twice, told {outlet}: "It is frustrating. We have to be '
        'more clinical."\n'
    )
    report = extract(text)
    assert {e.name: e.kind.value for e in report.entities}.get(outlet) == "organisation"
    assert said_by(text, "It is frustrating")[0] == "Kwame Mensah"


@pytest.mark.parametrize(
    ("full", "short", "name"),
    [
        ("Vice President Joseph R. Biden Jr.", "Mr. Biden", "Joseph R. Biden Jr."),
        ("Health Secretary Robert F. Kennedy Jr.", "Kennedy", "Robert F. Kennedy Jr."),
        ("Martin Luther King III", "King", "Martin Luther King III"),
        ("Admiral Harry B. Harris Jr.", "Admiral Harris", "Harry B. Harris Jr."),
    ],
)
def test_a_generational_suffix_is_part_of_the_name_and_the_surname_still_finds_it(
    full: str, short: str, name: str
) -> None:
    text = (
        "Visit to Ohio\n\n"
        f"{full} toured a steel plant in Youngstown on Monday.\n\n"
        f'"These jobs are coming back," {short} said.\n'
    )
    report = extract(text)
    assert said_by(text, "These jobs are coming back")[0] == name
    assert [e.name for e in report.entities if e.kind.value == "person"] == [name]


def test_this_as_a_cues_object_points_back_and_is_no_quote() -> None:
    text = (
        "FG to release palliatives\n\n"
        "The Federal Government will begin paying N500bn in palliatives to the states next week.\n\n"
        "The Minister of Finance, Mr Wale Edun, disclosed this on Tuesday while briefing State House "
        "correspondents in Abuja.\n\nHe said this at a news conference later.\n"
    )
    assert not [q for q in extract(text).quotes if q.span.of(text).startswith(("this", "a news"))]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("She said this is the best budget in a decade.", "this is the best budget in a decade"),
        ("He said this week the plant would hire 200 people.", "the plant would hire 200 people"),
    ],
)
def test_this_opening_the_reported_clause_is_part_of_it_unless_a_time(sentence: str, content: str) -> None:
    text = f"Budget day\n\n{sentence}\n"
    assert [q.span.of(text) for q in extract(text).quotes] == [content]


def test_a_subject_with_an_ap_party_tag_is_who_he_is_next() -> None:
    text = (
        "Benghazi report released\n\nHouse Republicans released the report on Tuesday.\n\n"
        "House Majority Leader Kevin McCarthy, R-Calif., revealed this last fall when he boasted of "
        'how the inquiry was hurting her in the polls. "Everybody thought she was unbeatable, right?" '
        "he told Fox News.\n"
    )
    report = extract(text)
    assert said_by(text, "Everybody thought")[0] == "Kevin McCarthy"
    assert {e.name: e.kind.value for e in report.entities}.get("House Republicans") != "person"


def test_a_statement_signed_by_an_aide_is_the_principals() -> None:
    text = (
        "Labour rejects palliatives\n\n"
        "The NLC President, Joe Ajaero, in a statement signed by his media aide, Benson Upah, said "
        "workers would not accept crumbs from the table.\n"
    )
    assert said_by(text, "workers would not accept")[0] == "Joe Ajaero"


@pytest.mark.parametrize(
    ("post", "name"),
    [
        ("The Minister for Finance", "Paschal Donovan"),
        ("Federal Minister for Information", "Attaullah Khattak"),
    ],
)
def test_a_minister_for_a_field_before_an_unlisted_name_is_that_person(post: str, name: str) -> None:
    text = (
        "Budget passes first vote\n\n"
        f"{post} {name} said the budget was balanced. Later Mary Byrne, a backbencher, arrived.\n"
    )
    assert said_by(text, "the budget was balanced")[0] == name


def test_a_post_holding_an_unread_name_is_no_person_named_later() -> None:
    # the field is no minister's portfolio and the name no listed first name: the words stay one
    # descriptor, which must not become the next person the article names
    text = (
        "Camps full, says commissioner\n\n"
        "The Commissioner for Refugees Chidubem Okafor said the camps were full. Later Mary Byrne, a "
        "volunteer, arrived.\n"
    )
    assert said_by(text, "the camps were full")[0] != "Mary Byrne"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Her son, Gareth Marlowe, a teacher in Leeds, said the family had found boxes of letters.",
            "Gareth Marlowe",
        ),
        (
            "Her granddaughter, Dr Ffion Marlowe-Evans, a paediatrician in Cardiff, said the family had "
            "found boxes of letters.",
            "Ffion Marlowe-Evans",
        ),
    ],
)
def test_a_relation_a_name_and_an_appositive_before_the_cue_is_the_name(sentence: str, name: str) -> None:
    text = f"Edith Marlowe, 1931-2024\n\n{sentence}\n"
    assert said_by(text, "the family had found")[0] == name


def test_a_place_before_one_unnamed_person_is_no_name(benchmarks: Path) -> None:
    # The New York Times on a town hall (polnear/train): "In New Hampshire, a young woman asked Mrs.
    # Clinton about several women who said …" names no person "New Hampshire" in apposition
    path = next((benchmarks / "polnear" / "train").glob("nyt_2015-12-31_trump-turns-attacks*.txt"))
    report = extract(path.read_text(encoding="utf-8"))
    assert "New Hampshire" not in [e.name for e in report.entities if e.kind.value == "person"]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Codelsa said output at its northern mines fell 4 percent in May.", "output at its northern mines"),
        ("Sir Alistair Brayne said that was not enough.", "that was not enough"),
    ],
)
def test_a_reported_clause_keeps_its_first_word(sentence: str, content: str) -> None:
    text = f"Mines and money\n\n{sentence}\n"
    assert next(q.span.of(text) for q in extract(text).quotes).startswith(content)


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("Irish Rail", "Irish Rail"),
        ("ESB Networks", "ESB Networks"),
        ("The London Metal Exchange", "London Metal Exchange"),
        ("Ashby Rovers", "Ashby Rovers"),
        ("The Ohio State Highway Patrol", "Ohio State Highway Patrol"),
    ],
)
def test_a_name_ending_in_a_word_of_a_body_is_a_body(subject: str, name: str) -> None:
    text = f"Storm disruption\n\n{subject} said services would resume on Friday.\n"
    assert {e.name: e.kind.value for e in extract(text).entities}.get(name) == "organisation"


@pytest.mark.parametrize(
    ("words", "name"),
    [("Defending, Eoin Cassidy SC", "Eoin Cassidy"), ("Mr Femi Falana SAN", "Femi Falana")],
)
def test_letters_after_a_name_are_no_part_of_it(words: str, name: str) -> None:
    text = f"Trial adjourned\n\n{words} said his client had been in Galway that night.\n"
    assert said_by(text, "his client had been")[0] == name


def test_a_party_in_brackets_after_a_name_leaves_it_a_person() -> None:
    text = (
        "Plant to close\n\nEconomics minister Katrin Hoffmeister (CDU) said the state was ready to help "
        "the 1,200 workers.\n"
    )
    report = extract(text)
    assert said_by(text, "the state was ready")[0] == "Katrin Hoffmeister"
    (quote,) = report.quotes
    speaker = report.speaker(quote.speaker)
    assert speaker is not None and speaker.kind.value == "person"


def test_what_a_body_should_explain_is_no_statement_of_theirs() -> None:
    text = (
        "Senate backs flood probe\n\nSen. Ramon Villacorta, chair of the finance committee, backed the "
        "resolution, saying the Department of Public Works and Highways should explain the delays.\n\n"
        "Engineers could add flashing lights or rumble strips to the bridge approach, the report found.\n"
    )
    report = extract(text)
    for quote in report.quotes:
        speaker = report.speaker(quote.speaker)
        assert speaker is None or "Highways" not in speaker.name
        assert not quote.span.of(text).startswith(("Sen. Ramon", "flashing lights"))


@pytest.mark.parametrize(
    ("subject", "name"),
    [("Peru's energy and mines ministry", "energy and mines ministry"), ("The Treasury", "Treasury")],
)
def test_a_body_named_by_its_fields_or_as_the_treasury_speaks(subject: str, name: str) -> None:
    text = f"Output rises\n\n{subject} said copper shipments would rise by 5 percent this year.\n"
    _, mention = said_by(text, "copper shipments would rise")
    assert mention is not None and name in mention


def test_a_department_is_no_federation_named_before() -> None:
    text = (
        "Study permit cap cut again\n\nOTTAWA — The federal government will cut the number of new study "
        "permits by a further 10 per cent, Immigration Minister Marc Miller announced on Wednesday.\n\n"
        'The Canadian Federation of Students called the cap "a disaster for colleges".\n\n'
        "The department said about 437,000 permits would be issued in 2025.\n"
    )
    assert said_by(text, "about 437,000 permits")[0] != "Canadian Federation of Students"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Instead, the garda said, he had made regular cash withdrawals.",
            "he had made regular cash withdrawals",
        ),
        ("However, the minister said, the plan would go ahead.", "the plan would go ahead"),
    ],
)
def test_a_sentence_adverb_before_an_aside_is_no_part_of_the_words(sentence: str, content: str) -> None:
    text = f"Court hears of withdrawals\n\n{sentence}\n"
    assert [q.span.of(text) for q in extract(text).quotes] == [content]


@pytest.mark.parametrize("outlet", ["7 News", "60 Minutes"])
def test_a_broadcaster_named_with_a_figure_is_a_hearer(outlet: str) -> None:
    text = f"Crash under review\n\nAn ODOT spokesperson told {outlet} the agency is reviewing the crash.\n"
    assert [q.span.of(text) for q in extract(text).quotes] == ["the agency is reviewing the crash"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The results were delayed, with the Election Commission of Pakistan saying it could not "
            "announce a schedule.",
            "Election Commission of Pakistan",
        ),
        ("Republicans were irritated, with Sen. John McCain calling the plan a wish list.", "John McCain"),
    ],
)
def test_a_named_subject_after_with_speaks_by_the_participle(sentence: str, name: str) -> None:
    text = f"Delay\n\n{sentence}\n"
    report = extract(text)
    speakers = [report.speaker(q.speaker) for q in report.quotes]
    assert [s.name for s in speakers if s is not None] == [name]


FOOTBALL = (
    "Rovers held by Carden\n\n"
    "Ashby Rovers were held to a 1-1 draw by Carden City on Saturday. Tomás Arriaga's fine strike put "
    "the visitors ahead before Callum Dunmore headed an equaliser.\n\n"
    '"We should have won," said Rovers manager Ines Kowalczyk. "We had the chances."\n\n'
    "Arriaga, whose goal was his seventh of the season, was also disappointed. "
    '"We played well for an hour," the Argentine told BBC Radio Carden.\n\n'
    "Dunmore, who only came on in the 78th minute, rose highest to meet a corner. "
    '"I just attacked the ball," the 34-year-old said.\n'
)


@pytest.mark.parametrize(
    ("opening", "name"), [("We played well", "Tomás Arriaga"), ("I just attacked", "Callum Dunmore")]
)
def test_a_surname_subject_with_a_relative_clause_is_the_next_descriptor(opening: str, name: str) -> None:
    # "Arriaga, whose goal …" and "Dunmore, who only came on …": the player the paragraph is about,
    # named in full before (the first only as an owner, "Tomás Arriaga's fine strike")
    assert said_by(FOOTBALL, opening)[0] == name


def test_a_person_named_only_as_an_owner_is_taken_up_by_no_descriptor(benchmarks: Path) -> None:
    # The Washington Post on the Sanders campaign (polnear/dev or train): "Clinton's" standing before
    # "Sanders's campaign manager … said" is no one the manager's words belong to
    paths = [*(benchmarks / "polnear").glob("*/wash-post_2016-04-21_what-s-next-for-san*.txt")]
    text = paths[0].read_text(encoding="utf-8")
    assert said_by(text, "he expects the senator to be a member")[0] != "Hillary Clinton"


REEF = (
    "Coral reefs recover faster when parrotfish are protected\n\n"
    "The research tracked 84 reef sites across Fiji, Palau and the Solomon Islands after the bleaching "
    "of 2016.\n\n"
    '"Parrotfish are the gardeners of the reef," said lead author Dr Mei-Lin Tan.\n\n'
    "Independent reef scientist Dr Jonas Okwuosa, of the University of Exeter, who was not involved "
    'in the research, described the study as "unusually convincing, because of its length".\n\n'
    "He said the next step was to test whether the effect held in the Indian Ocean.\n\n"
    'Paper: Tan M-L, Ravuvu S, et al. "Herbivore protection accelerates coral recovery after '
    'bleaching." Nature Ecology & Evolution (2025).\n'
)


def test_a_judgement_names_its_object_not_its_speaker() -> None:
    # "…, who was not involved in the research, described the study as …": the scientist speaks
    # (the words before "described" were read as the study's, and the next "He said" as Dr Tan's)
    assert said_by(REEF, "the study as")[0] == "Jonas Okwuosa"
    assert said_by(REEF, "the next step")[0] == "Jonas Okwuosa"


def test_a_place_of_several_words_is_no_person_and_a_cited_title_no_quote() -> None:
    report = extract(REEF)
    assert "Solomon Islands" not in [e.name for e in report.entities if e.kind.value != "anonymous"]
    assert not [q for q in report.quotes if "Herbivore" in q.span.of(REEF)]


def test_a_family_that_speaks_is_unnamed_people_and_an_honour_no_body() -> None:
    text = (
        "Edith Marlowe, 1931-2024\n\nEdith Marlowe, MBE, a former headteacher, has died aged 92. The "
        "Mullingar Circuit Court honoured her in 2010.\n\nShe died peacefully at home on Sunday, her "
        "family said.\n"
    )
    report = extract(text)
    (quote,) = report.quotes
    speaker = report.speaker(quote.speaker)
    assert speaker is not None and speaker.kind.value == "anonymous"
    assert "MBE" not in [e.name for e in report.entities]


def test_dean_after_a_post_is_a_given_name() -> None:
    text = "Heatwave warning\n\nSenior meteorologist Dean Narramore said the heat would peak on Thursday.\n"
    assert said_by(text, "the heat would peak")[0] == "Dean Narramore"


@pytest.mark.parametrize("name", ["Nguyen Van Thanh", "Tran Minh Duc"])
def test_a_vietnamese_name_is_read_whole_with_its_family_name_first(name: str) -> None:
    text = f"Last ferry on the Mekong\n\n{name} said the ferry would stop running in December.\n"
    assert said_by(text, "the ferry would stop")[0] == name


def test_a_department_waiting_for_its_name_takes_no_university_named_later() -> None:
    text = (
        "Last ferry on the Mekong\n\nThe provincial transport department says the bridge will open in "
        "December.\n\nTran Minh Duc, a researcher at Can Tho University who studies the delta's economy, "
        "says the story is repeated across the region.\n"
    )
    assert said_by(text, "the bridge will open")[0] != "Can Tho University"


def test_a_department_is_no_news_agency_named_before() -> None:
    text = (
        "Study permit cap cut again\n\nOTTAWA — The federal government will cut study permits again, "
        "The Canadian Press has learned.\n\nThe department said about 437,000 permits would be issued "
        "in 2025.\n"
    )
    assert said_by(text, "about 437,000 permits")[0] != "Canadian Press"


def test_people_named_by_their_trade_in_a_place_are_unnamed_not_the_place() -> None:
    text = (
        "Flood recovery slow\n\nFarmers in the NSW Northern Rivers say they are still waiting for "
        "the grants promised after the floods.\n"
    )
    report = extract(text)
    (quote,) = report.quotes
    speaker = report.speaker(quote.speaker)
    assert speaker is not None and speaker.kind.value == "anonymous" and speaker.name == "Farmers"


def test_a_finding_that_closes_a_groups_words_is_the_sources_own() -> None:
    text = "Trust in police\n\nFour in 10 South Africans say they trust the police, the survey found.\n"
    quotes = {q.span.of(text): q.mention.of(text) if q.mention else None for q in extract(text).quotes}
    assert quotes.get("they trust the police") == "Four in 10 South Africans"


@pytest.mark.parametrize(
    ("sentence", "quotes"),
    [
        ("As the minister said he would, the government raised the levy on Friday.", []),
        (
            "As Trump said at the rally that the wall would be built, the crowd cheered.",
            ["the wall would be built"],
        ),
        (
            "As Clinton told the New York Daily News, tax relief is given in exchange for creating jobs.",
            ["tax relief is given in exchange for creating jobs"],
        ),
    ],
)
def test_the_words_of_an_as_clause_end_with_it(sentence: str, quotes: list[str]) -> None:
    text = f"Levy raised\n\n{sentence}\n"
    assert [q.span.of(text) for q in extract(text).quotes] == quotes


def test_a_body_named_inside_a_descriptors_words_is_not_the_body_meant() -> None:
    text = "Search for a manager\n\nThe club said it wants someone with Premier League experience.\n"
    assert said_by(text, "it wants someone")[0] != "Premier League"


def test_an_owner_is_the_pronoun_only_when_no_one_else_is_in_view() -> None:
    alone = (
        "Ardern loses majority\n\nJacinda Ardern's government lost its majority on Saturday.\n\n"
        '"We will listen to the voters," she said.\n'
    )
    assert said_by(alone, "We will listen")[0] == "Jacinda Ardern"
    # with a person in view, the owner stays no antecedent (bd7dc63)
    assert said_by(FOOTBALL, "We played well")[0] == "Tomás Arriaga"
