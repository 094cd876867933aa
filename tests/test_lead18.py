"""The lead's rules of the eighteenth session, each on sentences written for it."""

from __future__ import annotations

import factcheck
from factcheck.testing import quote_speakers


def _speaker_of(text: str, words: str) -> str | None:
    """The name of the speaker of the one quote whose words start with ``words``."""
    found = {q: s for q, s in quote_speakers(factcheck.check_text(text)).items() if q.startswith(words)}
    assert len(found) == 1, found
    return next(iter(found.values()))


def test_the_work_is_the_body_that_did_it() -> None:
    text = (
        "Fatal police shootings fall for a third year\n\n"
        "By Anne Marsh\n\n"
        "The Hartford Courant analysed 1,200 police records from 40 states over five years. The analysis "
        "found that fatal shootings had fallen by a fifth since 2015.\n\n"
        "The Nursing Standard surveyed 800 nurses in March. The survey showed that most planned to "
        "leave the profession within two years.\n\n"
        "The Resolution Foundation published a report on Monday. The report said that pay had "
        "stalled for a decade.\n"
    )
    assert _speaker_of(text, "fatal shootings") == "Hartford Courant"
    assert _speaker_of(text, "most planned") == "Nursing Standard"
    assert _speaker_of(text, "pay had stalled") == "Resolution Foundation"


def test_a_work_done_by_one_body_is_not_anothers() -> None:
    # near miss: the body that only commented on the survey did not conduct it
    text = (
        "Nurses plan to quit, union says\n\n"
        "By Anne Marsh\n\n"
        "The Royal Standard conducted a national survey of 2,000 members in March. The Nursing "
        "Union welcomed the work on Tuesday.\n\n"
        "The survey found that pay was the main complaint.\n"
    )
    assert _speaker_of(text, "pay was the main") == "Royal Standard"
