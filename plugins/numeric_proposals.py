"""A figure a party proposed or demanded is not the figure decided (round alarm22r, issue 13).

In "South Korea's minimum wage will rise 1.5 percent next year to 8,720 won" and "Business groups
first proposed cutting the minimum wage by 2.1 percent, to 8,410 won" a careful reader reads two
figures of one noun: the rate set, and a rate one side asked for in the bargaining before it.
News of a wage deal, a budget, a quota or a settlement tells both all the time; the proposal is
no second telling of the outcome, however many words the two sentences share.

:func:`proposed` reads a verb or noun of proposal ("proposed", "demanded", "their demand",
"asked for", "sought", "pledged") in the figure's own clause before it.  A stated position
("would back a $12 minimum wage", "called for a $15 minimum wage", "supports a $14 hourly wage")
is left to the speaker and subject rules, which compare one speaker's two positions and set two
speakers' side by side; "offers" (a company "offers eight weeks of paid leave") and "urged" ("urged
it to release the 22 pages") tell no proposed figure;
:func:`proposals_apart` parts two differing figures of which exactly one is so told.  Two
proposals ("Unions demanded 10,000 won" / "the unions' demand of 10,500 won") or two outcomes
are still compared, as two figures that agree at the precision of the less precise stay one.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_text import TextIndex, agree_at_precision

__all__ = ["proposals_apart", "proposed"]

_PROPOSAL = re.compile(
    r"\b(?:propos(?:ed|es|e|ing|als?)|demand(?:ed|s|ing)?|ask(?:ed|s|ing)?\s+for|sought|seek(?:s|ing)?|"
    r"pledg(?:ed|es|e|ing)|counter-?offer)\b",
    re.I,
)


def proposed(index: TextIndex, figure: Figure) -> bool:
    """True when the figure's clause, before it, tells it as what someone proposed or demanded."""
    clause = index.clause(figure)
    return _PROPOSAL.search(index.text, clause.start, figure.span.start) is not None


def proposals_apart(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when the two figures differ and exactly one is told as a proposal or demand: the
    figure asked for and the figure set are two quantities."""
    if agree_at_precision(a, b, index.text):
        return False
    return proposed(index, a) != proposed(index, b)
