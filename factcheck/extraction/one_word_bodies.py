"""A one-word name that the words around it show to be a body, not a person: "Ford said on
Tuesday it would invest $1.8 billion in its Oakville plant", "Ford said in a statement …",
"carmaker Ford said …".

A surname and a company's name are often one word (Ford, Dell, Boeing, Disney, Barclays), and a
one-word name before "said" reads as a surname.  When the article then names a person with that
surname ("Ontario Premier Doug Ford"), the company's words go to the person.  A careful reader
reads the company from the words beside the name, at a first mention that no person of the
article is called yet: the clause it says opens on "it" or "its" (a person is never "it"),
it speaks "in a statement" before anyone so called is named, or a business noun stands right
before it ("carmaker Ford").  Once a person with the name is in view, "Ford said" stays that
person (:meth:`~factcheck.extraction.speakers.SpeakerRegistry._one_word_reading` asks this module
only then).
"""

from __future__ import annotations

import re

__all__ = ["body_by_context", "business_noun_before", "business_role"]

#: After the name: a verb of saying, a day, "that" or "in a statement", then "its" or "it" and a
#: plan ("said on Tuesday it would invest", "said in a statement that its"); not "it would be", "it
#: would take", which a person says of anything.
_SAYS_IT = re.compile(
    r"\s+(?:said|says|announced|announces|confirmed|confirms|reported|reports|added)"
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+[A-Z][a-z]+)?"
    r"(?:\s+in\s+a\s+(?:written\s+|brief\s+)?statement)?(?:\s+that)?,?\s+"
    r"(?:its\b|it\s+(?:would|will|plans|planned|intends|intended|expects|expected|aims|aimed)\s+"
    r"(?:to\s+)?(?!be\b|not\b|take\b|have\b)[a-z]+)"
)
#: After the name: it speaks in a statement ("Ford said in a statement", "Ford said in a written
#: statement on Tuesday").
_IN_A_STATEMENT = re.compile(
    r"\s+(?:said|says|added)(?:\s+(?:on|late\s+on)\s+[A-Z][a-z]+)?\s+in\s+a\s+(?:written\s+|brief\s+)?statement\b"
)
#: A business noun right before the name ("carmaker Ford", "the US automaker Ford"); nouns a person
#: is also called by ("producer", "developer") are left out.
_BUSINESS_BEFORE = re.compile(
    r"\b(?:company|firm|corporation|startup|start-up|manufacturer|retailer|airline|insurer|lender|"
    r"conglomerate|brewer|miner|(?:car|auto|chip|drug|phone|plane)maker|bank)\s+$",
    re.I,
)


def body_by_context(text: str, start: int, end: int) -> bool:
    """True when the one-word name at ``start:end`` reads as a body by the words beside it: what
    it says opens on "it"/"its", it speaks in a statement, or a business noun stands before it."""
    return bool(
        _SAYS_IT.match(text, end) or _IN_A_STATEMENT.match(text, end) or business_noun_before(text, start)
    )


def business_noun_before(text: str, start: int) -> bool:
    """True when a business noun ends right before ``start`` ("carmaker Ford", "automaker ")."""
    return _BUSINESS_BEFORE.search(text, max(0, start - 30), start) is not None


def business_role(role: str) -> bool:
    """True when a "role" read before a one-word name is a business noun ("carmaker" of
    "carmaker Ford", "the US automaker"): the name is the business's."""
    return _BUSINESS_BEFORE.search(role.strip() + " ") is not None
