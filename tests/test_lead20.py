"""The lead's rules of the eighteenth session, each on sentences written for it."""

from __future__ import annotations

import factcheck
from factcheck.testing import alarms, quote_speakers


def _speakers(text: str) -> dict[str, str | None]:
    return quote_speakers(factcheck.check_text(text))


def _speaker_of(text: str, words: str) -> str | None:
    """The name of the speaker of the one quote whose words start with ``words``."""
    found = {q: s for q, s in _speakers(text).items() if q.startswith(words)}
    assert len(found) == 1, found
    return next(iter(found.values()))


_FARMS = (
    "Farm incomes fall for third year\n\n"
    "By Siobhan Kerr\n\n"
    "A report by the Ulster Farmers' Union warned that dairy farmers were being hit hardest. The "
    "union believes that another poor year would force hundreds out of the industry.\n\n"
    "Agriculture minister Andrew Muir told the Assembly that help was on the way.\n"
)


def test_a_work_by_a_body_whose_name_has_a_plural_possessive() -> None:
    assert _speaker_of(_FARMS, "dairy farmers") == "Ulster Farmers' Union"
    # the union's belief stays the union's, not the Assembly named later
    assert _speaker_of(_FARMS, "another poor year") == "Ulster Farmers' Union"


def test_a_plural_subject_estimates_in_the_present() -> None:
    text = (
        "Input costs\n\nEconomists at Queen's University Belfast estimate that input costs rose by 14% "
        "over the period.\n\nThe estimate that 3,000 farms closed was revised on Monday.\n"
    )
    quotes = _speakers(text)
    assert any(q.startswith("input costs rose") for q in quotes)
    # near miss: "the estimate that …" is the noun
    assert not any("3,000 farms" in q for q in quotes)


def _change(rise: str, to: str) -> list[str]:
    return alarms(
        factcheck.check_text(
            "Premiums to rise\n\nOne of the state's biggest home insurers has requested an average "
            f"increase of {rise}, which would raise its average annual premium to {to} from about $1,200.\n"
        )
    )


def test_a_change_between_two_hedged_levels_is_judged_on_the_readings_that_go_its_way() -> None:
    # 1,300 / 1,200 is a rise of 8.3%: the hedged pair may also read as a fall, which is no reason to fail
    assert not _change("8.3 percent", "about $1,300")
    # no reading of "about" makes 1,200 to 1,300 a rise of 30%, nor 1,200 to 1,100 a rise at all
    assert _change("30 percent", "about $1,300")
    assert _change("8 percent", "about $1,100")


# ---------------------------------------------------------------- after review20's misfires


def test_a_count_told_with_the_quotes_verb_over_another_period_is_not_compared() -> None:
    text = (
        "Nurses drive\n\nBy Health Reporter\n\n"
        "\u201cWe have hired 5,200 nurses since 2021,\u201d Health Secretary Joan Adeyemi told the assembly "
        "on Wednesday.\n\nAdeyemi said the department had hired 1,900 nurses this year alone.\n"
    )
    assert not alarms(factcheck.check_text(text))


def test_a_count_paired_with_a_quote_by_its_verb_alone_is_at_most_a_warning() -> None:
    text = (
        "Nurses drive\n\nBy Health Reporter\n\n"
        "\u201cWe have hired 5,200 nurses since 2021,\u201d Health Secretary Joan Adeyemi told the assembly "
        "on Wednesday.\n\nAdeyemi said the department had hired 3,900 nurses since 2021, after "
        "closing two training colleges.\n"
    )
    report = factcheck.check_text(text)
    assert any("3,900" in s for s in alarms(report))
    assert not [v for v in report.verdicts if v.status.value == "fail"]


def test_shares_closed_by_the_rest_read_at_the_hedges_the_rest_implies() -> None:
    text = (
        "Commuting survey\n\nBy a staff reporter\n\nAsked how they mainly travel, nearly 48% said the "
        "bus, about 33% said they drive and 17% said they cycle. The remaining 5% walk.\n"
    )
    assert not alarms(factcheck.check_text(text))
    # near miss: no reading of the hedges leaves 11% for the rest
    assert alarms(factcheck.check_text(text.replace("remaining 5%", "remaining 11%")))


def test_parts_told_by_their_agent_cut_the_whole_another_way() -> None:
    text = (
        "Apprentices\n\nBy a staff reporter\n\nOf the 120 new apprentices, 70 will be electricians "
        "and 60 will be trained by the city council.\n"
    )
    assert not alarms(factcheck.check_text(text))
    # near miss: a breakdown of one kind still adds up past its whole
    plumbers = text.replace("will be trained by the city council", "will be plumbers")
    assert alarms(factcheck.check_text(plumbers))


def test_claims_before_a_gerund_clause_is_the_verb() -> None:
    text = (
        "Passport delays\n\nBy Home Affairs Reporter\n\nInterior minister Lucia Ferrante claims "
        "processing times for passports have fallen by half since March.\n"
    )
    assert _speaker_of(text, "processing times") == "Lucia Ferrante"


def test_the_target_told_again_without_its_year_is_the_same_target() -> None:
    text = (
        "Housing pledge\n\nBy Political Staff\n\nThe government has set a target of building 180,000 "
        "new homes a year by 2030, the housing ministry said on Monday.\n\nOpposition MPs said the "
        "target of 150,000 new homes a year was never realistic.\n"
    )
    assert any("180,000" in s and "150,000" in s for s in alarms(factcheck.check_text(text)))


def test_a_first_names_usual_sex_does_not_turn_a_gendered_post_away() -> None:
    text = (
        "Libraries to close\n\nBy Local Reporter\n\nCouncil spokesperson Alex Brennan said four "
        "libraries would close in June.\n\n\u201cWe looked at every option,\u201d the spokeswoman said.\n"
    )
    assert _speaker_of(text, "We looked at every option") == "Alex Brennan"


_INTERVIEW = (
    "'We are stretched thin': the fire chief on a record summer\n\n"
    "By Dana Whitford\n\n"
    "Fire chief Morgan Reilly has led the city's fire department since 2019. We spoke to her about "
    "the busiest wildfire season on record. This interview has been condensed.\n\n"
    "DW: How many calls did you get this summer?\n\n"
    "MR: Just over 4,100, which is about 900 more than last year. Our crews were exhausted.\n\n"
    "DW: Was the city ready?\n\n"
    "MR: Partly. We had the trucks. We did not have the people.\n"
)


def test_an_interviews_turns_labelled_by_initials_are_the_named_persons() -> None:
    speakers = _speakers(_INTERVIEW)
    assert speakers.get("Partly. We had the trucks. We did not have the people.") == "Morgan Reilly"
    # the writer's initials label the questions: the writer's own words, no quote
    assert not any("Was the city ready" in q for q in speakers)


def test_initials_nobody_was_named_by_attribute_nothing() -> None:
    text = _INTERVIEW.replace("Fire chief Morgan Reilly", "The fire chief")
    assert not any(s == "Morgan Reilly" for s in _speakers(text).values())
