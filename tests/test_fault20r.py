"""Preconditions for the false alarms of fault20, each on sentences written for it, with a near miss
that must still be flagged."""

from __future__ import annotations

import factcheck
from factcheck.testing import alarms


def _alarms(text: str) -> list[str]:
    return alarms(factcheck.check_text(text))


def _article(*paragraphs: str) -> str:
    return "Headline of the day\n\nBy Jo Bloggs\n\n" + "\n\n".join(paragraphs) + "\n"


# ---------------------------------------------------------------- part and whole
def test_instead_of_sets_two_values_side_by_side() -> None:
    text = _article(
        "The weaker lira means a hotel room costing 3,000 lira a night now costs a German visitor "
        "roughly €95 instead of €82."
    )
    assert not _alarms(text)
    text = _article(
        "The new locks let the canal take forty barges instead of thirty-two, a gain of a quarter."
    )
    assert not _alarms(text)


def test_a_part_of_its_whole_is_still_judged() -> None:
    # near miss: "N of the M" is a part and its whole
    text = _article("The new locks let the canal take forty of the thirty-two barges waiting at the weir.")
    assert any("larger than the whole" in a for a in _alarms(text))


def test_a_whole_held_by_another_named_body_is_a_sibling() -> None:
    paragraphs = (
        "The university said this week that its intake of freshmen had reached a record.",
        "The Faculty of Law took in 610 students, up from 540 last year.",
        "The School of Medicine, which opened a new campus in March, accounted for 880 of the new students.",
    )
    assert not _alarms(_article(*paragraphs))
    # near miss: the same body's count is a whole
    near = (
        paragraphs[0],
        "The School of Medicine took in 610 students, up from 540 last year.",
        "The School of Medicine, which opened a new campus in March, accounted for 880 of the new students.",
    )
    assert any("larger than the whole" in a for a in _alarms(_article(*near)))


# ---------------------------------------------------------------- changes
def test_a_count_of_places_is_not_the_level_that_changed() -> None:
    text = _article(
        "Court figures show that 9,820 civil claims were waiting across the 27 county courts in "
        "June, up from 8,900 a year earlier, an increase of 920 or about 10 per cent."
    )
    assert not _alarms(text)


def test_a_level_told_before_its_change_is_still_judged() -> None:
    # near miss: the level itself, then "up from", then a wrong change
    text = _article(
        "Court figures show that 27 county courts were open in June, up from 21 a year earlier, "
        "an increase of 9."
    )
    assert _alarms(text)


# ---------------------------------------------------------------- multiples
def test_two_comparands_of_one_subject_are_not_compared() -> None:
    text = _article(
        "The harvest this autumn was more than double the 2019 figure of 31,000 tonnes, and about "
        "three times the average of 36,000 tonnes a year over the previous decade."
    )
    assert not _alarms(text)


def test_a_multiple_with_one_figure_on_each_side_is_still_judged() -> None:
    text = _article(
        "The harvest this autumn was 50,000 tonnes, more than double the 2019 figure of 31,000 tonnes."
    )
    assert any("multiple" in a for a in _alarms(text))


def test_one_quantitys_two_levels_against_something_else() -> None:
    text = _article(
        "Meanwhile, the number of residents working abroad slipped 2.1 percent to 4.21 million from 4.3 "
        "million, meaning the country still sent more than twice as many workers abroad as it took in."
    )
    assert not _alarms(text)
    # near miss: the "as" clause names the earlier time, so the two levels are the comparands
    near = _article(
        "The number of residents working abroad rose to 4.21 million from 3.3 million, more than "
        "twice as many as a year earlier."
    )
    assert any("multiple" in a for a in _alarms(near))


# ---------------------------------------------------------------- restatements
def test_a_capacity_and_a_load_are_two_quantities() -> None:
    paragraphs = [
        "After the refit the vessel can now carry 44 freight lorries, the operator said.",
        "The ship's first crossing after the refit left Holyhead on Friday with 310 passengers and "
        "39 freight lorries.",
    ]
    assert not _alarms(_article(*paragraphs))
    # near miss: a load past the capacity is still compared
    paragraphs[1] = paragraphs[1].replace("39 freight", "52 freight")
    assert any("one quantity twice" in a for a in _alarms(_article(*paragraphs)))


def test_a_negated_state_and_the_plain_state_are_two_counts() -> None:
    first = (
        "The country's tax tribunals ended 2022 with 38,400 unresolved tax appeals, the most ever "
        "recorded, according to figures published on Monday."
    )
    resolved = (
        "The tribunals received 71,000 new tax appeals during the year and resolved 64,300, leaving "
        "them 6,700 appeals further behind."
    )
    assert not _alarms(_article(first, resolved))
    # near miss: the same state twice with two figures
    near = "By the spring, the 64,300 unresolved tax appeals had become a political issue."
    assert any("one quantity twice" in a for a in _alarms(_article(first, near)))


def test_a_sum_over_two_groups_is_not_one_group_told_again() -> None:
    first = "Of the 4.12 million patients in public hospitals, 2.4 million were women and 1.72 million men."
    together = (
        "Taken together, public and private hospitals treated 5.96 million patients in the state, meaning "
        "public hospitals saw just under 70% of patients counted in the ministry's data."
    )
    assert not _alarms(_article(first, together))
    # near miss: one group told twice
    near = "Public hospitals treated 5.96 million patients in the state, the ministry's data show."
    assert any("one quantity twice" in a for a in _alarms(_article(first, near)))


def _survey(share: str) -> str:
    return _article(
        "The institute published a survey of 1,500 residents aged 25 to 49 on Tuesday.",
        f"It found that 945 respondents, or {share}, said they were worried about childcare costs. Of "
        "those, 400 said they were very worried.",
        "The survey also asked about work. Of the 1,500 respondents, 600, or 40 per cent, said they had "
        "cut their hours.",
    )


def test_a_bare_share_gives_its_whole_by_the_division() -> None:
    # 945 is 63% of 1,500: the 1,500 is the whole the share gives, not the 945 told again
    assert not _alarms(_survey("63 per cent"))
    # near miss: 945 is not 53% of 1,500, so the division does not part them
    assert _alarms(_survey("53 per cent"))


def test_a_wider_noun_and_its_narrower_part() -> None:
    paragraphs = [
        "The floods covered about 41,000 hectares of farmland and other land across the valley.",
        "About 28,300 hectares of irrigated farmland were lost, the ministry said.",
    ]
    assert not _alarms(_article(*paragraphs))
    near = [
        "The floods covered about 41,000 hectares of farmland across the valley.",
        "About 28,300 hectares of farmland were flooded, the ministry said.",
    ]
    assert any("one quantity twice" in a for a in _alarms(_article(*near)))


def test_a_narrowed_antecedent_is_not_pointed_back_at_from_another_topic() -> None:
    paragraphs = [
        "Of the 184,220 pupils who sat chemistry, 97,000 passed with a grade of C or better.",
        "In biology, 71.2 per cent of the 162,950 pupils passed at that level.",
    ]
    assert not _alarms(_article(*paragraphs))
    # near miss: a later sentence that repeats the clause points back at the narrowed count
    paragraphs[1] = "In the end, 71.2 per cent of the 148,220 pupils who sat chemistry passed at that level."
    assert any("one quantity twice" in a for a in _alarms(_article(*paragraphs)))


# ---------------------------------------------------------------- quote and paraphrase
def test_a_writers_count_narrowed_by_a_clause_the_quote_does_not_say() -> None:
    lead = (
        "The matric pass rate rose for a third year, to 68.2 per cent, Education Minister Thandi Modise "
        "announced on Tuesday."
    )
    quote = (
        '"Of the 412,306 full-time candidates who wrote, 281,040 passed, and 90,512 achieved a pass good '
        'enough for a degree," Modise told a crowded hall in Pretoria.'
    )
    maths = (
        "Mathematics remained a weak point. Of the 241,718 candidates who wrote mathematics, 104,200, or "
        "43 per cent, achieved 30 per cent or more."
    )
    assert not _alarms(_article(lead, quote, maths))
    # near miss: the writer's clause says what the quote says, so the figure is the quote's told again
    near = maths.replace("who wrote mathematics", "who wrote")
    assert any("differs from the quote" in a for a in _alarms(_article(lead, quote, near)))


# ---------------------------------------------------------------- recall: a list led by its whole
def test_shares_of_a_list_led_by_its_whole_must_fit_in_100() -> None:
    text = _article(
        "Of the area flooded, 48 per cent was farmland, 37 per cent woodland and 22 per cent towns."
    )
    assert any("more than 100%" in a for a in _alarms(text))
    text = _article(
        "Of the homes inspected, 52 per cent were in good repair, 31 per cent were in fair condition "
        "since 2019, and 24 per cent were in poor repair."
    )
    assert any("more than 100%" in a for a in _alarms(text))


def test_a_led_list_that_fits_or_may_overlap_is_silent() -> None:
    # near misses: shares that fit, and answers told with a verb of their own (they may overlap)
    assert not _alarms(
        _article("Of the area flooded, 48 per cent was farmland, 31 per cent woodland and 21 per cent towns.")
    )
    assert not _alarms(
        _article(
            "Of those polled, 52 per cent named housing, 41 per cent named jobs and 30 per cent named crime."
        )
    )


# ---------------------------------------------------------------- recall: changes
def test_a_level_named_at_length_before_its_change() -> None:
    def text(fall: str) -> str:
        return _article(
            "There were 8,400 new social-rented homes finished across all regions in 2023, down from "
            f"9,400 in 2019, the last year before the supply crisis began, a fall of {fall}."
        )

    assert any("stated change" in a for a in _alarms(text("about 2,000")))
    assert not _alarms(text("about 1,000"))  # near miss: the change the figures give


def test_a_multiple_between_two_figures_with_a_currency_mark_they_do_not_carry() -> None:
    def text(to: str) -> str:
        return _article(
            f"Mobile payments in Ghana doubled this year, rising from GH¢410 million in 2022 to GH¢{to} "
            "million, according to the central bank."
        )

    assert any("multiple" in a for a in _alarms(text("640")))
    assert not _alarms(text("830"))  # near miss: a doubling


# ---------------------------------------------------------------- recall: parts listed after a long lead
def test_parts_listed_after_a_lead_naming_where_the_whole_is() -> None:
    def text(last: str) -> str:
        return _article(
            "Of the 96 buses in the Galway city fleet, 41 are diesel buses, 12 are electric buses and "
            f"{last} are hybrid buses, the operator said."
        )

    assert any("more than the whole" in a for a in _alarms(text("57")))
    assert not _alarms(text("43"))  # near miss: the parts fit


# ---------------------------------------------------------------- recall: an undertaking named by its cost
def _programme(later: str) -> str:
    return _article(
        "The water utility will spend €2.4bn over the next six years on supply in the Limerick region.",
        "Galway will receive the largest single allocation, including €2.1bn for a new reservoir.",
        f"The utility said the {later} Limerick programme would be finished in stages by 2030.",
    )


def test_an_amount_of_another_place_is_not_meant_by_the_places_programme() -> None:
    assert any("one quantity twice" in a for a in _alarms(_programme("€2.9bn")))
    assert not _alarms(_programme("€2.4bn"))  # near miss: the cost told again


def test_an_amount_set_aside_is_a_cost() -> None:
    def text(later: str) -> str:
        return _article(
            "The state government has set aside Rs7.2bn for its school meals programme this year.",
            f"Officials said the {later} programme also pays for kitchens in 400 schools.",
        )

    assert any("one quantity twice" in a for a in _alarms(text("Rs8.1bn")))
    assert not _alarms(text("Rs7.2bn"))
