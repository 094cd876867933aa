"""Changes and revisions told twice.

**Changes**: a figure after a verb of change ("added 142,000 subscribers", "gained 3,200
members") is a change over a stretch of time, not a level.

The restatement check (:mod:`.numeric_restated`) compares a change only with another change, and
only when both name what they count and both clauses name the same stretch of time: "We added
142,000 net new postpaid subscribers" and "the wireless unit added 177,500 postpaid subscribers in
the quarter" are one quantity told twice, where "added 142,000 … in the third quarter" and "A year
earlier, it added 118,000 …" are two, and "added 40 seats" is no count of the seats a party holds
(docs/checkers/numeric.md, "Restatements").

**Final figures**: a count "later revised to 2,579" and "the final figure of 2,579" both give the
last value of one count, so two such mentions name one quantity as plainly as two shared words
do; an estimate and its revision ("about 2,400 buildings", "later revised to 2,579") are not both
final and may differ.
"""

from __future__ import annotations

import re

from factcheck.first_chars import looking_first
from factcheck.model import Figure, Span

__all__ = ["change_period", "changes_apart", "is_final"]

#: The stretch of time a change is counted over, other than the present one: "a year earlier",
#: "a year ago", "the previous quarter", "last year", "the third quarter", "the first half", a year.
_PERIOD = re.compile(
    r"\b(?:(?:a|one|two|three|four|six)\s+\w+\s+(?:ago|earlier|before|later)|"
    r"(?:last|next|previous|prior|past|same)\s+(?:season|year|quarter|month|week|period|half)s?|"
    r"(?:first|second|third|fourth|1st|2nd|3rd|4th)[-\s](?:quarter|half)|"
    r"(?:q[1-4]|h[12])|(?:19|20)\d\d|"
    r"(?:january|february|march|april|june|july|august|september|october|november|december))\b",
    re.I,
)
_PERIOD = looking_first(_PERIOD)  # same matches, tried only where one can start
_CLAUSE_END = re.compile(r"[,;:.!?]")


def change_period(text: str, sentence: Span, figure: Figure) -> frozenset[str]:
    """The stretches of time the change's clause names, lower case: read from the start of its
    sentence (at most 80 characters before the figure) to the first comma or stop after it."""
    end = _CLAUSE_END.search(text, figure.span.end, sentence.end)
    start = max(sentence.start, figure.span.start - 80)
    words = text[start : end.start() if end else sentence.end]
    return frozenset(" ".join(m.group(0).lower().split()) for m in _PERIOD.finditer(words))


def changes_apart(
    change: tuple[bool, bool], counted: tuple[bool, bool], share: bool, periods: tuple[frozenset[str], ...]
) -> bool:
    """True when two figures cannot be one quantity for being changes: one a change and the other a
    level, or two changes of a share or a bare amount ("rose 9 per cent", "rose $2.37": too little
    named), or of a count whose clauses name different stretches of time (``periods``); False when
    both are levels (``change``: whether each is a change; ``counted``: whether each names what it
    counts; ``share``: whether they are shares)."""
    if not any(change):
        return False
    if not all(change) or not all(counted) or share:
        return True
    return periods[0] != periods[1]


#: What sets a figure as the last value of a count, right before it: "revised to", "revised
#: upward to", "corrected to", "the final figure of", "the final toll was", "the final tally, ".
_FINAL = re.compile(
    r"\b(?:(?:revised|corrected|raised|lowered)\s+(?:(?:up|down)(?:ward)?\s+)?to|"
    r"final\s+(?:figure|count|tally|toll|total|number|estimate)\s*(?:of|was|is|stood\s+at|stands\s+at|"
    r"came\s+to|reached|[,:]))\s+(?:(?:about|around|nearly|almost|some|more\s+than|over)\s+)?$",
    re.I,
)


def is_final(text: str, clause: Span, figure: Figure) -> bool:
    """True when the words right before the figure, in its clause, set it as a count's last value
    ("The number of buildings lost is later revised to 2,579", "The final figure of 2,579 means …")."""
    return bool(_FINAL.search(text, max(clause.start, figure.span.start - 60), figure.span.start))
