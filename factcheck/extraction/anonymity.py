"""A source's request not to be named is no statement of theirs.

"An analyst, who declined to be named, said …", "the boy's mother, who did not want to be
named", "his family, who asked that he not be named", "asking that his unit not be identified for
security reasons": the words after the verb are the condition the source spoke on, which the
writer reports to explain an unnamed source; they state nothing a reader could check.  The verbs
that carry them (decline, refuse, ask, want) are read elsewhere as stances, requests or wishes.
"""

from __future__ import annotations

import re

from factcheck.model import Span

#: "to be named", "not to be identified", "that he not be named", "his unit not be named" (with a
#: reason after: "for security reasons", "because the talks were private").
NOT_TO_BE_NAMED = re.compile(
    r"(?:that\s+)?(?:(?:[A-Za-z’']+\s+){0,3}not\s+(?:to\s+)?be|(?:not\s+)?to\s+be)\s+"
    r"(?:named|identified|quoted\s+by\s+name)\b",
    re.IGNORECASE,
)
#: After the request, only its reason may follow in the same clause.
REASON = re.compile(r"\s*(?:$|for\b|because\b|as\b|so\b|in\s+order\b|since\b|,)", re.IGNORECASE)


def asks_not_to_be_named(text: str, content: Span) -> bool:
    """True when ``content`` (what a cue's object was read as) is a request for anonymity."""
    words = content.of(text).strip()
    match = NOT_TO_BE_NAMED.match(words)
    return match is not None and REASON.match(words, match.end()) is not None
