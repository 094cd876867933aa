"""Round alarm22r (issue 13): false alarms on fresh consistent text, each beside a real
contradiction of the same shape that is still flagged."""

from __future__ import annotations

import factcheck
from factcheck import Document, check
from factcheck.model import Figure
from plugins.numeric_change_nouns import change_noun_apart
from plugins.numeric_proposals import proposals_apart
from plugins.numeric_text import TextIndex

_LOBSTER = (
    "Maine lobster catch climbs as prices ease\n\n"
    "PORTLAND, Maine -- Maine's lobster fleet landed 96.4 million pounds of lobster in the 2021-22 "
    "season, which closed last week, up 12 percent from the season before, state officials said.\n\n"
    "{middle} Only {figure} million pounds were landed that season.\n\n"
    "Prices fell sharply as the catch grew, dealers said.\n"
)


def _alarms(text: str, checker: str) -> list[str]:
    report = factcheck.check_text(text)
    return [v.summary for v in report.verdicts if v.checker == checker and v.status.value in ("warn", "fail")]


def test_that_season_of_an_earlier_named_season_is_another_count() -> None:
    text = _LOBSTER.format(middle="The 2019-20 season was cut short by a shellfish toxin.", figure="86.1")
    assert not [s for s in _alarms(text, "numeric") if "86.1" in s]


def test_that_season_of_the_same_named_season_still_differs() -> None:
    text = _LOBSTER.format(middle="The 2021-22 season was cut short by a shellfish toxin.", figure="86.1")
    assert [s for s in _alarms(text, "numeric") if "86.1" in s]


_QUOTE = (
    "Maine lobster catch climbs as prices ease\n\n"
    "PORTLAND, Maine -- Maine's lobster fleet had a strong season this year, with landings up 12 "
    "percent from the season before, state officials said on Monday.\n\n"
    "{middle} Only 61.5 million pounds were landed that season.\n\n"
    '"We landed more than 90 million pounds and we are not complaining," said Tom Rowe, who fishes '
    "out of Stonington.\n"
)


def test_that_season_against_a_speakers_count_is_no_paraphrase() -> None:
    text = _QUOTE.format(middle="The 2019-20 season was cut short by a shellfish toxin.")
    assert not [s for s in _alarms(text, "attribution") if "61.5" in s]


def test_that_season_of_the_openings_season_still_differs_from_the_speaker() -> None:
    text = _QUOTE.replace("had a strong season this year", "had a strong 2021-22 season").format(
        middle="The 2021-22 season was cut short by a shellfish toxin."
    )
    assert [s for s in _alarms(text, "attribution") if "61.5" in s]


_WAGE = (
    "Minimum wage for 2025 set at 9,860 pesos\n\n"
    "MANILA, June 3 -- The country's minimum wage will rise 1.8 percent next year to 9,860 pesos "
    "a day, the wage board decided on Tuesday.\n\n"
    "{line}\n"
)


def _pair(line: str, first: str, second: str) -> bool:
    text = _WAGE.format(line=line)
    report = check(Document(text=text))
    index = TextIndex.build(text, report.figures)
    by_text = {text[f.span.start : f.span.end]: f for f in report.figures}
    return proposals_apart(index, by_text[first], by_text[second])


def test_a_rate_proposed_in_the_talks_is_not_the_rate_set() -> None:
    line = "Employers first proposed cutting the minimum wage by 1.2 percent, to 9,570 pesos."
    assert _pair(line, "9,860", "9,570")


def test_a_rate_set_told_again_with_another_figure_is_still_one_quantity() -> None:
    line = "Under the decision, the minimum wage rises to 9,570 pesos on Jan. 1."
    assert not _pair(line, "9,860", "9,570")


def test_two_proposals_are_still_compared() -> None:
    line = "Unions demanded 11,000 pesos, and employers proposed cutting it to 9,570 pesos."
    assert not _pair(line, "11,000", "9,570")


_REVENUE = (
    "Customs revenue falls 3.7% in real terms in 2023, agency reports\n\n"
    "Staff Reporter\n"
    "Quito, January 12, 2024\n\n"
    "Ecuador's customs revenue totalled $4.12 billion in 2023, slightly below the $4.18 billion "
    "collected in 2022, the customs agency said on Thursday.\n\n"
    "{line}\n\n"
    "In December alone, customs revenue was $362 million, up 2.9 percent in real terms on "
    "December 2022, the agency said.\n"
)


def test_a_headline_change_the_body_tells_as_a_like_change_is_told() -> None:
    line = "After adjusting for inflation, however, customs revenue fell by 3.7 percent in real terms."
    assert not [s for s in _alarms(_REVENUE.format(line=line), "numeric") if "3.7%" in s]


def test_a_headline_change_the_body_never_tells_still_warns() -> None:
    line = "After adjusting for inflation, however, customs revenue was lower in real terms."
    assert [s for s in _alarms(_REVENUE.format(line=line), "numeric") if "3.7%" in s]


_CLEARED = (
    "Forest loss in Borneo province slows\n\n"
    "PONTIANAK, March 2 -- About 4,210 square kilometres of forest were cleared in the province last year, "
    "down from 6,050 square kilometres the year before, the forestry office said on Thursday. "
    "That is a reduction of 1,840 square kilometres.\n\n"
    "{line}\n"
)


def _figures(text: str) -> tuple[TextIndex, dict[str, Figure]]:
    report = check(Document(text=text))
    return TextIndex.build(text, report.figures), {text[f.span.start : f.span.end]: f for f in report.figures}


def test_a_difference_told_by_a_noun_is_not_a_districts_level() -> None:
    line = "Ketapang district followed with 1,520 square kilometres, or 36% of the total."
    index, found = _figures(_CLEARED.format(line=line))
    assert change_noun_apart(index, found["1,840"], found["1,520"])


def test_two_differences_told_by_nouns_are_still_compared() -> None:
    line = "The reduction of 1,520 square kilometres was the largest in a decade, the office said."
    assert [s for s in _alarms(_CLEARED.format(line=line), "numeric") if "1,520" in s]
    index, found = _figures(_CLEARED.format(line=line))
    assert not change_noun_apart(index, found["1,840"], found["1,520"])


def test_a_level_told_after_a_change_verb_is_left_to_the_change_rules() -> None:
    line = "Clearing in Ketapang district fell by 1,520 square kilometres, officials said."
    index, found = _figures(_CLEARED.format(line=line))
    assert not change_noun_apart(index, found["1,840"], found["1,520"])


_PEAK = (
    "Colombia's forest loss falls for a second year\n\n"
    "BOGOTA, August 4, 2024 -- Colombia lost 1,420 square kilometres of forest in the 12 months to "
    "June, the environment ministry said on Friday, the lowest figure since records began.\n\n"
    '"But 1,400 square kilometres is still far too much," the minister said.\n\n'
    "{line}\n"
)


def test_a_peak_of_a_past_twelve_month_period_is_another_time() -> None:
    line = "Forest loss peaked at 1,780 square kilometres in the 12 months to June 2021."
    assert not [s for s in _alarms(_PEAK.format(line=line), "numeric") if "1,780" in s]


def test_a_figure_of_the_articles_own_period_still_differs() -> None:
    line = "Forest loss came to 1,780 square kilometres in the 12 months to June, officials said."
    assert [s for s in _alarms(_PEAK.format(line=line), "numeric") if "1,780" in s]


_DOUBLED = (
    "Cocoa exports more than double\n\n"
    "ACCRA, May 5 -- The country exported 412,000 tonnes of cocoa this season, more than double "
    "the 198,000 tonnes of last season, the cocoa board said on Tuesday. {line}\n"
)


def test_a_multiple_before_a_concessive_clause_is_not_that_clauses_pair() -> None:
    line = (
        "Earnings roughly doubled as well, although the average price slipped from US$2.44 per kg in "
        "2022 to US$2.36, a drop of 8 US cents, or 3.3 percent."
    )
    assert not [s for s in _alarms(_DOUBLED.format(line=line), "numeric") if "doubled" in s]


def test_a_multiple_of_its_own_pair_is_still_judged() -> None:
    line = "Earnings roughly doubled as well, from US$2.44 million to US$2.36 million."
    assert [s for s in _alarms(_DOUBLED.format(line=line), "numeric") if "doubled" in s]
