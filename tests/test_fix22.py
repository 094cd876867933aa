"""Known misfires left by review20 (issues 12 and 13), each fixed by a general rule and tested on
sentences written for it, beside a near miss that keeps today's behaviour."""

from __future__ import annotations

import factcheck
from factcheck.testing import alarms


def _attribution(text: str) -> list[str]:
    return alarms(factcheck.check_text(text), "attribution")


# ------------------------------------------------- 1: a writer's figure in the quote's own sentence


def test_the_quote_s_count_told_again_with_its_verb_beside_the_quote_is_compared() -> None:
    assert _attribution(
        '"We hired 400 nurses this year," said the health minister, Joan Maddox, whose department '
        "says it hired 250 nurses this year."
    )
    # the counted noun left unsaid: the verb names it
    assert _attribution('"We hired 400 nurses," said the minister, whose department says it hired 250.')


def test_another_quantity_beside_the_quote_stays_silent() -> None:
    assert not _attribution(
        '"We hired 400 nurses this year," said the health minister, Joan Maddox, whose department '
        "employs 2,500 nurses across the region."
    )
    assert not _attribution(
        '"Our takings fell from 900 euros to 610 euros a week," said a stallholder in the market town '
        "of Brive, where the average stall took 1,100 euros a week."
    )

