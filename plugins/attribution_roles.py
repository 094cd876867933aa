"""What a figure is to the sentence that gives it, for the paraphrase check of figures restated
outside quote marks (docs/checkers/attribution.md, "Figures restated outside quote marks"; round
alarm10): a count a rule requires ("A majority in the 271-seat chamber requires 136") is a threshold,
never a restatement of a speaker's forecast or tally ("we would expect the Greens to win between
118 and 131 seats").
"""

from __future__ import annotations

import re

from factcheck.model import Figure

__all__ = ["is_requirement", "roles_differ"]

#: A verb of requirement taking the figure, at most two words between ("requires 136", "needs
#: another 40 seats", "is required: 50"), or the figure followed by "needed" / "required".
_REQUIRED_BEFORE = re.compile(r"\b(?:requires?|required|needs?|needed)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_REQUIRED_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}(?:needed|required)\b", re.I)
_THRESHOLD_WORDS = re.compile(r"\b(?:requires?|required|needs?|needed|majority|threshold)\b", re.I)


_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")


def is_requirement(text: str, figure: Figure) -> bool:
    """True when a verb of requirement takes the figure ("requires 136", "136 needed")."""
    before = text[max(0, figure.span.start - 40) : figure.span.start]
    after = text[figure.span.end : figure.span.end + 40]
    return bool(_REQUIRED_BEFORE.search(before) or _REQUIRED_AFTER.match(after))


def roles_differ(text: str, figure: Figure, other: Figure) -> bool:
    """True when one of two figures is a requirement (:func:`is_requirement`) and the other's
    sentence says nothing of one (no "need", "require", "majority", "threshold" within 60
    characters in its sentence): a count to reach and a count expected or won are two quantities."""
    for a, b in ((figure, other), (other, figure)):
        if is_requirement(text, a):
            before = _SENTENCE_END.split(text[max(0, b.span.start - 60) : b.span.start])[-1]
            after = _SENTENCE_END.split(text[b.span.end : b.span.end + 60])[0]
            if not _THRESHOLD_WORDS.search(before + " " + after):
                return True
    return False
