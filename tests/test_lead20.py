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
