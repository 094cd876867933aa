"""What a count is in its clause, for the restatement check: a threshold to reach, a pool at stake
or a tally (:func:`role`), and whether it is stated or supposed (:func:`supposed`).  Two figures of
different roles, or one stated and one supposed, are two quantities (docs/checkers/numeric.md,
"Restatements": the same role, the same world).
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_text import TextIndex
from .numeric_thresholds import defined_after, target_noun

__all__ = ["role", "supposed"]

_THRESHOLD = re.compile(
    r"\b(?:needs?|needed|takes|required?|requires|clinch\w*|threshold|magic\s+number|short\s+of|"
    r"to\s+(?:win|secure|pass|override|block))\b",
    re.I,
)
_WHOEVER = re.compile(
    r"\b(?:whoever|whichever\s+\w+|the\s+first\s+(?:one\s+|candidate\s+)?to)\s+(?:can\s+|could\s+|will\s+)?"
    r"(?:gets?|reach(?:es)?|wins?|secures?|collects?)\s+$",
    re.I,
)
"""The count a conditional winner must reach ("Whoever gets 240 votes will carry the budget")."""
_POOL = re.compile(r"\b(?:at\s+stake|available|outstanding|remaining|up\s+for\s+grabs|in\s+all)\b", re.I)


def role(index: TextIndex, figure: Figure) -> str:
    """What a count of delegates, seats or votes is: a threshold to reach, a pool at stake, or a tally."""
    clause = index.clause(figure)
    near = index.text[max(clause.start, figure.span.start - 50) : min(clause.end, figure.span.end + 60)]
    near += " " + defined_after(index.text, figure)[1]  # "990. That's the number of delegates you need"
    if _THRESHOLD.search(near) or _WHOEVER.search(index.text, clause.start, figure.span.start):
        return "threshold"
    if target_noun(index.text, clause.start, figure):
        return "threshold"  # "needs 55 percent of the remaining delegates to reach 860": a target
    if _POOL.search(near):
        return "pool"
    return "tally"


#: A conditional modal and a verb of outcome that takes the figure (at most three words between
#: them, no stop), or a clause opening with "if"/"unless" that the figure is in (no comma before it).
#: A modal before a verb of stance ("she would back a $12 minimum wage") states a position, which
#: the same person may contradict elsewhere, and is read as stated.
_SUPPOSED = re.compile(
    r"\b(?:would|could|might)\s+(?:\w+\s+)?"
    r"(?:give|bring|leave|put|push|lift|raise|cut|reach|hit|top|exceed|total|mean|win|take)"
    r"(?:\s+[\w'’-]+){0,3}\s+$"
    r"|^\W*(?:if|unless)\b[^,;:]*$",
    re.I,
)


def supposed(index: TextIndex, figure: Figure) -> bool:
    """True when the figure is what a conditional's outcome verb takes ("a coalition with the Greens
    would give the Alliance 80 seats", "could reach 5,000") or inside an "if" clause ("if turnout tops 60
    percent"): no statement of the actual count beside it ("won 68 seats").  A modal further off
    governs another verb ("said it could hurt the plan to spare up to 5 million immigrants")."""
    clause = index.clause(figure)
    return bool(_SUPPOSED.search(index.text[clause.start : figure.span.start]))
