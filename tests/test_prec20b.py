"""Preconditions of round alarm20 (classes G-J), each on sentences written for it, each beside a
near miss that must still be flagged: a change told in the currency's subunit, an exchange rate
read as the level of a change, a headline's noun "claims", a writer's figure set beside a quote."""

from __future__ import annotations

import factcheck
from factcheck.testing import alarms, quote_speakers


def _numeric(text: str) -> list[str]:
    return alarms(factcheck.check_text(text), "numeric")


def _attribution(text: str) -> list[str]:
    return alarms(factcheck.check_text(text), "attribution")


# --------------------------------------------------------------------- G: a change in the subunit


def test_a_change_told_in_the_currency_subunit_is_a_hundredth_of_its_unit() -> None:
    assert not _numeric(
        "A one-litre bottle of sunflower oil cost on average 7.49 zlotys in March, compared with "
        "7.55 zlotys a year earlier, a fall of 6 groszy, or under 1 per cent."
    )
    assert not _numeric("Petrol rose from Rs 96.20 to Rs 96.72 a litre, an increase of 52 paise.")
    assert not _numeric("A loaf of white bread cost £1.42 last month, up 3p from £1.39 a year before.")
    assert not _numeric("Regular gasoline averaged $2.79 a gallon, down 6 cents from $2.85 a year earlier.")


def test_a_change_in_the_subunit_that_does_not_match_is_still_flagged() -> None:
    assert _numeric(
        "A one-litre bottle of sunflower oil cost on average 7.49 zlotys in March, compared with "
        "7.55 zlotys a year earlier, a fall of 16 groszy."
    )
    assert _numeric("Petrol rose from Rs 96.20 to Rs 96.72 a litre, an increase of 72 paise.")
    assert _numeric("A loaf of white bread cost £1.42 last month, up 5p from £1.39 a year before.")
    assert _numeric("Regular gasoline averaged $2.79 a gallon, down 9 cents from $2.85 a year earlier.")


def test_levels_told_in_the_subunit_are_compared_as_they_stand() -> None:
    # both levels in cents: "4 cents" is no hundredth of them
    assert not _numeric("The price fell from 36.2 cents to 32.2 cents a litre, a fall of 4 cents.")
    assert _numeric("The price fell from 36.2 cents to 32.2 cents a litre, a fall of 7 cents.")


# --------------------------------------------------------------------- H: an exchange rate


_REVENUE = (
    "Hotel revenue in Bali reached 12.4 trillion rupiah, or about US$850 million at an exchange rate "
    "of around 14,600 rupiah to the dollar, up 9.2% from 11.36 trillion rupiah a year earlier."
)


def test_an_exchange_rate_is_no_level_of_a_change_of_an_amount() -> None:
    assert not _numeric(_REVENUE)


def test_a_change_between_two_rates_is_still_judged() -> None:
    assert not _numeric("The rupiah weakened to 14,600 per dollar from 14,100, a rise of 3.5%.")
    assert _numeric("The rupiah weakened to 14,600 to the dollar from 14,100, a fall of 30%.")


def test_a_change_between_two_rates_may_be_the_currency_s_own() -> None:
    # a rupee buys 0.4% fewer dollars when the dollar costs 83.21 rupees instead of 82.88
    assert not _numeric("The rupee fell 0.4% to 83.21 per dollar from 82.88 on Friday.")
    assert not _numeric("The rupiah weakened to 14,600 per dollar from 14,100, a fall of 3.4%.")
    assert _numeric("The rupee fell 4% to 83.21 per dollar from 82.88 on Friday.")


# --------------------------------------------------------------------- I: the noun "claims"


_STORM = (
    "Ciara claims top 41,000 as adjuster shortage slows payouts\n\n"
    "By Fiona Hale\nLEEDS, 3 March 2020\n\n"
    "Insurers have received about 41,000 claims from households and businesses for damage caused by "
    "Storm Ciara, the Association of British Insurers said on Tuesday, and have settled roughly half "
    "of them.\n\n"
    '"We expect most of the remaining claims to be paid before the summer," said Mark Shaw, the '
    'association\'s director of general insurance. "Nobody should be left waiting for months."\n\n'
    "Aviva, the largest home insurer, has received 9,000 Ciara claims, or about one in five of all "
    "claims filed, and has closed about 6,000 of them.\n"
)


def test_claims_followed_by_a_verb_of_its_own_is_the_noun() -> None:
    assert not _attribution(_STORM)


def test_claims_followed_by_a_clause_is_still_the_verb() -> None:
    headline = "Shaw claims 60,000 homes were flooded in Yorkshire alone"
    assert _attribution(headline + _STORM[_STORM.index("\n") :])


# --------------------------------------------------------------------- J: beside the quote


_SMOG = (
    "Smog season ends with cleaner air, but not clean air\n\n"
    "By Priya Raman\nNEW DELHI, 2 December 2021\n\n"
    "The city recorded an average pollution index of 312 in November, down from 356 a year earlier, "
    "according to the monitoring board.\n\n"
    'Residents were unimpressed. "My daughter still coughs every morning, even though the index fell '
    'from 356 to 312," said a shopkeeper in Rohini, one of the worst-hit districts, where the November '
    "average was 371.\n"
)


def test_a_figure_in_the_quote_s_own_sentence_is_set_beside_it() -> None:
    assert not _attribution(_SMOG)


def test_a_writer_s_sentence_that_changes_the_quote_s_figure_is_still_flagged() -> None:
    text = _SMOG + (
        "\nIn Rohini the pollution index fell from 365 to 312 over the year, though morning readings "
        "there remained the worst of any district.\n"
    )
    assert _attribution(text)


def _eggs(quoted: str) -> str:
    return (
        "Egg prices paid to farmers slide for a third month\n\n"
        "By Jan Kowalski\nDEBRECEN, 4 June 2013\n\n"
        "Packing stations paid poultry farmers an average of 41.20 forints per egg in May, down from "
        "45.80 forints a year earlier.\n\n"
        '"Farmers cannot go on like this," said the chairman of a regional egg producers\' group. '
        f'"A year ago we got {quoted} forints an egg. Now it is 41.20, and feed costs more."\n\n'
        "Shop prices have barely moved. A single free-range egg cost on average 68.90 forints in "
        "supermarkets in May, compared with 69.50 forints a year earlier.\n"
    )


def test_a_quoted_figure_the_writer_gives_too_is_the_writer_s_to_compare() -> None:
    # the farmer repeats the writer's 45.80; the shop prices are set against the writer's figure
    assert not _attribution(_eggs("45.80"))


def test_a_writer_s_figure_that_differs_from_the_quote_is_still_flagged() -> None:
    found = _attribution(_eggs("48.50"))
    assert any("'45.80'" in summary and "'48.50'" in summary for summary in found)


# --------------------------------------------------------------------- J: whose quote it is

_PIGS = (
    "Pig prices slide\n\nBy Ewa Lis\nPOZNAN, 3 May 2015\n\n"
    "Abattoirs paid 4.10 zloty a kilogram in April.\n\n"
    '"We are losing money on every animal," said the head of a regional pig breeders\' union.\n\n'
    "Exports to Asia have not made up for the loss of the Russian market.\n\n"
)


def test_the_holder_of_a_post_of_an_unnamed_body_is_no_person_named_paragraphs_later() -> None:
    text = _PIGS + "Agriculture Minister Jan Kowal has asked Brussels for aid.\n"
    assert quote_speakers(factcheck.check_text(text)) == {"We are losing money on every animal,": None}


def test_a_name_in_the_descriptor_s_own_paragraph_may_still_be_the_holder() -> None:
    text = _PIGS.replace("union.\n\nExports", "union. Jan Kowal, who keeps 900 sows, wants aid.\n\nExports")
    assert quote_speakers(factcheck.check_text(text)) == {"We are losing money on every animal,": "Jan Kowal"}


# --------------------------------------------------------------------- I: the noun in the body


def test_claims_after_a_count_or_a_preposition_is_the_noun() -> None:
    text = (
        "Storm payouts\n\nBy Ann Lee\n\nAviva, the largest insurer, has received 9,000 Ciara claims, or "
        "about one in five of all claims filed.\n\nThe regulator has logged 240 complaints about Ciara "
        "claims handling, compared with 180 at the end of February.\n"
    )
    assert not factcheck.check_text(text).quotes


def test_claims_before_a_clause_is_still_the_verb() -> None:
    text = "Storm payouts\n\nAviva claims 9,000 homes were damaged by the storm, more than any insurer.\n"
    assert [q.cue for q in factcheck.check_text(text).quotes] == ["claims"]
