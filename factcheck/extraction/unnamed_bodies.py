"""A body the article describes but never names: "The central bank … has signaled it will not
raise rates", "The army said it had deployed 30 helicopters", "The county clerk's office reported".

A body descriptor took up the latest body that had spoken whenever that body's kind was unknown,
so an unnamed central bank, army or clerk's office spoke as the pollster, the health agency or the
newspaper quoted before it. For a descriptor whose noun a body's own name nearly always carries
(army, police, command, office, court, council, university, state; a bank, a commission or an
agency only with a modifier: "Wells Fargo" is "the bank", but "the central bank" a central bank), a body
named before is meant only when its name or the nouns the text called it by hold that noun or one
of its class; otherwise the descriptor names a body of its own, unnamed (the source is the
descriptor's words, as an unnamed official's are).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.extraction.body_fit import BODY_CLASSES
from factcheck.extraction.speaker_fit import _name_words

if TYPE_CHECKING:
    from factcheck.extraction.speaker_entry import _Entry

__all__ = ["MODIFIED_HEADS", "OWN_NAME_HEADS", "describes_only", "holds_its_noun", "unnamed_body_name"]

#: Nouns of a body that its name carries when the text names it ("Bank of Canada", "Pakistan
#: Army", "Cook County Clerk's Office"): a descriptor of one of them means no body of another name.
OWN_NAME_HEADS = frozenset(
    "army navy military police command office court tribunal council university state".split()
)
#: Nouns a body is often named without ("Wells Fargo" is "the bank", "the Board of Elections" "the
#: commission"): a descriptor of one means an unnamed body only with a modifier ("the central
#: bank", "the electoral commission", "the federal civil protection agency").
MODIFIED_HEADS = frozenset("bank commission agency".split())

#: A determiner opening a descriptor, dropped from the unnamed body's name.
_DETERMINER = re.compile(r"^(?:[Tt]he|[Ii]ts|[Tt]heir)\s+")


#: A descriptor and nothing else: a determiner, up to four modifiers, the noun ("The county
#: clerk's office", "the provincial disaster office"); no "Her submission to the court".
_DESCRIPTOR_ONLY = re.compile(
    r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?!(?:of|to|for|in|at|by|on)\s)[\w’'-]+\s+){0,4}(?P<head>[\w-]+)"
)


def describes_only(words: str, head: str) -> bool:
    """True when ``words`` are a determiner, modifiers and the noun ``head``, nothing more (with
    one modifier at least for a noun of :data:`MODIFIED_HEADS`)."""
    found = _DESCRIPTOR_ONLY.fullmatch(words.strip().rstrip(","))
    if found is None or found["head"].lower() != head:
        return False
    return head in OWN_NAME_HEADS or len(found.group().split()) > 2


def holds_its_noun(head: str, entry: _Entry) -> bool:
    """True when ``entry`` may be the body "the <head>" means by its own words: its name or the
    nouns the text called it by hold the noun or another of its class ("bank" and "lender")."""
    words = entry.kinds | _name_words(entry.name)
    if head in words:
        return True
    kind = next((group for group in BODY_CLASSES if head in group), None)
    return kind is not None and bool(words & kind)


def unnamed_body_name(words: str) -> str:
    """The name an unnamed body goes by: the descriptor's words without their determiner ("The
    central bank" -> "central bank", "The county clerk's office" -> "county clerk's office")."""
    return _DETERMINER.sub("", words.strip().rstrip(",")) or words
