"""What a count reached by a verb of change counts: the subject of the verb (round alarm18).

"The number of A grades rose to 24,800, or 16% of all entries" and "At Advanced Higher, … entries
rose to 17,600": neither figure names a noun after it, so both were read as precise amounts told
without their noun and paired by their context words ("rose", "entries"), and warned as one
quantity told twice.  In "<subject> rose to N", "<subject> reached N", "<subject> stood at N"
the subject says what N counts, as a noun after it would ("24,800 A grades", "17,600 entries").
Two such counts whose subjects' head words differ ("grades", "entries") are two quantities; the
same subject ("entries rose to 17,600" / "entries reached 17,900") is still compared.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_memo import per_figure
from .numeric_text import TextIndex, _stem

__all__ = ["change_subject", "change_subjects_apart"]

#: "<noun> rose to", "<noun> has climbed to", "<noun> stood at", "<noun> reached": the word before
#: the verb heads the subject.
_SUBJECT_VERB = re.compile(
    r"(?P<noun>[A-Za-z][A-Za-z'’-]+)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:rose|risen|rises|fell|fallen|falls|climbed|climbs|increased|decreased|dropped|grew|grown|"
    r"jumped|slipped|declined|reached|reaches|stood|stands|totall?ed|totals)"
    r"(?:\s+(?:to|at))?\s+$",
    re.I,
)
#: Words before a verb that head no subject of their own.
_NOT_SUBJECT = frozenset(
    """it this that which who what there they he she we i its their his her also then now again
    number total figure figures count tally level share amount""".split()
)


@per_figure
def change_subject(index: TextIndex, figure: Figure) -> str:
    """The stem of the head of the subject of the verb of change right before ``figure`` in its
    clause ("The number of A grades rose to 24,800": "grade"), or ""."""
    clause = index.clause(figure)
    before = index.text[clause.start : figure.span.start]
    match = _SUBJECT_VERB.search(before)
    if match is None:
        return ""
    word = match.group("noun").lower()
    return "" if word in _NOT_SUBJECT else _stem(word)


def change_subjects_apart(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when both figures are reached by a verb of change whose subjects differ ("A grades
    rose to 24,800" / "entries rose to 17,600"): two quantities."""
    sa, sb = change_subject(index, a), change_subject(index, b)
    return bool(sa and sb and sa != sb)
