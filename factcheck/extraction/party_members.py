"""A party's member named by the party's noun alone: "the Republican said", "The veteran
Socialist also accused …", "the Tory MP's rival, the Democrat, said".

Political news calls a person by their party as it calls them by their post ("the senator"). The
phrase reader read "the Republican" as no one and "The veteran Socialist" as a person named
"Socialist"; here such words are a descriptor whose head is the party noun, resolved like "the
senator" to the person the article named before (docs/accuracy.md, seventeenth session).
"""

from __future__ import annotations

import re

from factcheck.extraction.phrase_base import Phrase
from factcheck.model import Span

__all__ = ["PARTY_MEMBERS", "party_member"]

#: Nouns of a party's member, written with a capital.
PARTY_MEMBERS = frozenset(
    """Republican Democrat Socialist Conservative Liberal Communist Tory Labourite Nationalist
    Centrist Gaullist Peronist Sandinista Chavista Whig Unionist Republicans Democrats""".split()
)
_MEMBER = re.compile(r"\s*(?P<words>[Tt]he\s+(?P<role>(?:[a-z][\w’'-]*\s+){0,3})(?P<noun>[A-Z][a-z]+))\s*")


def party_member(words: str, start: int) -> Phrase | None:
    """The descriptor "the (veteran) Republican" when ``words`` (standing at ``start``) are "the",
    up to three lower-case words and one party member's noun; None for other words."""
    found = _MEMBER.fullmatch(words)
    if found is None or found["noun"] not in PARTY_MEMBERS or found["noun"].endswith("s"):
        return None
    span = Span(start + found.start("words"), start + found.end("words"))
    role = (found["role"] + found["noun"]).strip()
    return Phrase(span, "descriptor", role=role, head=found["noun"].lower())
