"""Speakers and quotes in wire, business and regional copy unlike the tuning set (helper spk7):
body descriptors that point back to the right body, cue verbs that are not speech, and reversed
"told" frames.

Every sentence here is written for these tests in the style of the desk named.
"""

from __future__ import annotations

import factcheck
from factcheck import Report


def extract(text: str) -> Report:
    return factcheck.extract(factcheck.Document(text=text))


def said_by(text: str, opening: str) -> str | None:
    """The speaker's name of the quote that opens with ``opening``."""
    report = extract(text)
    quote = next(q for q in report.quotes if q.span.of(text).startswith(opening))
    speaker = report.speaker(quote.speaker)
    return speaker.name if speaker is not None else None


def test_the_commission_is_the_body_named_commission_not_the_country_that_spoke_last() -> None:
    text = (
        "Mekong dam talks end without deal\n\n"
        "Fish catches on the river have halved since 2010, according to the Mekong River "
        "Commission.\n\n"
        "Vietnam had pushed for a wider ban on new dams.\n\n"
        "The four countries will meet again in Phnom Penh in June, the commission said in a statement."
    )
    assert said_by(text, "The four countries will meet") == "Mekong River Commission"


def test_the_company_is_no_industry_body() -> None:
    text = (
        "Harbourline Foods Ltd on Monday announced a plan to build a plant near Nashik.\n\n"
        "According to industry body AFPA, packaged food sales rose 8% in the year.\n\n"
        "The company also said it would hire 2,000 workers at the site."
    )
    assert said_by(text, "it would hire 2,000 workers") == "Harbourline Foods Ltd"


def test_a_place_based_company_points_back_to_the_company() -> None:
    text = (
        "Kestrel Logistics NV said on Thursday its quarterly profit rose 12%.\n\n"
        "Net profit rose to $41 million, the Hamburg-based company said."
    )
    assert said_by(text, "Net profit rose") == "Kestrel Logistics NV"


def test_a_company_named_by_an_apposition_is_the_company() -> None:
    text = (
        "Ranking the rich\n\n"
        "Ledgerline, a private company that tracks fortunes, was started in 2010.\n\n"
        '"The numbers are hard to check," said Oren Batz of the Index Group.\n\n'
        "The company says it has found more than 2,000 billionaires."
    )
    assert said_by(text, "it has found more than 2,000") == "Ledgerline"


def test_a_body_descriptor_never_points_back_to_a_country() -> None:
    text = (
        "Power cuts to continue\n\n"
        "Kenya and Uganda signed a power deal on Monday. Kenya had pushed for a lower price.\n\n"
        "The utility said the cuts would last until March."
    )
    assert said_by(text, "the cuts would last") != "Kenya"


def quotes_of(text: str) -> list[str]:
    """The words of every quote of the text."""
    return [q.span.of(text) for q in extract(text).quotes]


def test_a_cue_word_after_an_article_or_an_ordinal_is_a_noun() -> None:
    text = (
        "Two held after armed raid on Leeds jeweller\n\n"
        "Two men were arrested on Friday. A second suspect is still being sought, officers said."
    )
    assert not any(q.startswith("is still being sought") for q in quotes_of(text))


def test_add_before_an_owners_noun_adds_no_words() -> None:
    text = "Councils add their own mark-up to the tariff, which is why bills differ from town to town."
    assert not any(q.startswith("their own mark-up") for q in quotes_of(text))
    inverted = '"We will win this seat," added his campaign manager, Tom Reyes.'
    assert said_by(inverted, "We will win") == "Tom Reyes"


def test_told_a_hearer_and_an_adjunct_closes_the_words_before_it() -> None:
    text = (
        "Platinum miner lifts output goal\n\n"
        "The mine will reach full output by 2028, chief executive Sipho Dlamini told analysts "
        "on a conference call.\n\n"
        "The ceasefire was holding, a spokesman for the rebels told AFP by phone."
    )
    quotes = quotes_of(text)
    assert "The mine will reach full output by 2028" in quotes
    assert "The ceasefire was holding" in quotes
    assert said_by(text, "The mine will reach") == "Sipho Dlamini"


def test_on_condition_of_anonymity_is_no_ones_words() -> None:
    text = (
        "The talks had stalled over the price of gas, two officials told Reuters on condition of anonymity."
    )
    assert quotes_of(text) == ["The talks had stalled over the price of gas"]


def test_told_a_named_programme_or_paper_then_the_clause() -> None:
    text = (
        "Chief executive Mere Walker told RNZ’s Morning Report the industry needed more workers.\n\n"
        "The company told the Nikkei newspaper the cuts were overdue."
    )
    quotes = quotes_of(text)
    assert "the industry needed more workers" in quotes
    assert "the cuts were overdue" in quotes


BAKERY = (
    "A bakery passes to a new generation\n\n"
    "Marta Nowak, 26, took over the family bakery in Gdynia last spring.\n\n"
    '"People want to order on their phones now," Marta said.\n\n'
    "Her father is less sure about the changes. He still starts work at 4am.\n\n"
    '"She wants an app. I want the bread to be good," he said.'
)


def test_he_never_takes_a_woman_named_before() -> None:
    assert said_by(BAKERY, "She wants an app") not in ("Marta", "Marta Nowak")


def test_a_given_name_alone_is_the_one_person_of_that_given_name() -> None:
    assert said_by(BAKERY, "People want to order") == "Marta Nowak"
    two = BAKERY.replace("last spring.", "last spring with her cousin Marta Lis.")
    assert said_by(two, "People want to order") == "Marta"


def test_a_given_name_after_an_honorific_is_no_given_name() -> None:
    text = (
        "Finance minister Lou Jiwei spoke in Beijing on Monday.\n\n"
        '"The numbers are not final," Mr. Lou said.\n\n'
        'He added: "We will publish them in March."'
    )
    assert said_by(text, "We will publish") in ("Lou", "Lou Jiwei")


def test_people_of_a_trade_in_a_place_are_an_unnamed_group() -> None:
    text = "Ski season slow to start\n\nTour operators in Queenstown say bookings are down by a fifth."
    report = extract(text)
    quote = next(q for q in report.quotes if q.span.of(text).startswith("bookings are down"))
    speaker = report.speaker(quote.speaker)
    assert speaker is not None and (speaker.name, speaker.kind.value) == ("Tour operators", "anonymous")


def test_an_unlisted_given_name_after_a_title_stays_in_the_name() -> None:
    text = (
        "Library closure plan\n\n"
        "Councillor Iolo Gareth Pritchard said no decision had been taken.\n\n"
        '"We will listen to everyone," said Cllr Pritchard.'
    )
    assert said_by(text, "no decision had been taken") == "Iolo Gareth Pritchard"
    assert said_by(text, "We will listen") == "Iolo Gareth Pritchard"


def test_a_name_ends_at_the_date_after_it() -> None:
    text = "Resale flat prices rose 2.7% in the quarter, according to data released by URA on Oct 1."
    assert said_by(text, "Resale flat prices") == "URA"


def test_the_minister_is_the_person_given_that_post_in_apposition_after_an_object() -> None:
    text = (
        "Gulf plant opens\n\n"
        "The ruler opened the plant on Monday, accompanied by Fatima Hassan Al Mansoori, Minister of "
        "Water and Environment, and officials from Gulf Water.\n\n"
        "“This is a proud day,” said Omar Saeed, the plant director.\n\n"
        "The minister said demand would grow by 6% a year."
    )
    assert said_by(text, "demand would grow") in ("Fatima Hassan Al Mansoori", "Al Mansoori")


def test_points_out_counter_and_claim_report_words() -> None:
    text = (
        "Four-day week trial: the evidence is thin\n\n"
        "Dr Ruth Marsh points out that only a fifth of the firms supplied revenue data.\n\n"
        "Supporters counter that the evidence is stronger than critics admit.\n\n"
        "Opponents claim that the results prove nothing.\n\n"
        "His claim that the trial failed is wrong, and the shop sold it over the counter."
    )
    quotes = quotes_of(text)
    assert said_by(text, "only a fifth of the firms") == "Ruth Marsh"
    assert "the evidence is stronger than critics admit" in quotes
    assert "the results prove nothing" in quotes
    assert not any(q.startswith("the trial failed") for q in quotes)
