"""A count named again by the noun of the verb it was first told with: "will cut 1,450 jobs" …
"the 1,450 job cuts", "lost 300 jobs" … "the 300 job losses", "hired 40 nurses" … "the 40 hires".

A definite mention refers back to an earlier count only when its noun phrase adds no word to the
earlier one (:func:`.numeric_anaphora.refers_back`: "the 7,500 elite troops" is a narrower set than
"5,500 troops"). A word made from the verb the earlier count was told with adds nothing: the job
cuts are the jobs cut. Such a word is taken out of the later mention's words before that test
(docs/checkers/numeric.md, "a count named again by its verb's noun").
"""

from __future__ import annotations

import re

from factcheck.model import Figure

__all__ = ["verb_nominal_removed", "verb_told"]

#: The word right before a figure, after at most one hedge word ("cut about 1,450").
_VERB_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:(?:about|some|around|nearly|almost|over|up\s+to)\s+)?$")


def _same_stem(word: str, verb: str) -> bool:
    """True when ``word`` is a form of ``verb``'s noun: "cuts"/"cut", "losses"/"lost",
    "creation"/"created", "hires"/"hired" (the first three letters for a short verb, four for a
    longer one)."""
    n = 3 if len(verb) <= 4 else 4
    return len(word) >= n and word[:n] == verb[:n]


def verb_nominal_removed(text: str, earlier: Figure, later_units: frozenset[str]) -> frozenset[str]:
    """``later_units`` without the words made from the verb told right before ``earlier``."""
    found = _VERB_BEFORE.search(text, max(0, earlier.span.start - 30), earlier.span.start)
    if found is None:
        return later_units
    verb = found.group(1).lower()
    if len(verb) < 3:
        return later_units
    return frozenset(w for w in later_units if not _same_stem(w.lower(), verb))


def verb_told(text: str, earlier: Figure, head: str) -> bool:
    """True when ``head`` (the later mention's head noun, "cut" of "the 1,540 job cuts") is made
    from the verb told right before ``earlier`` ("will cut 1,450 jobs")."""
    return not verb_nominal_removed(text, earlier, frozenset({head}))
