"""Whether a person in view fits a descriptor by post: "The agency's spokesman said" is no woman
named before, and "Its chief executive said", "Ahmed's lawyer said" are a post of the body or the
person that owns it, not whoever was named last.

The registry gives a descriptor no role names to the last person named when that person may hold
it (:func:`~factcheck.extraction.speaker_fit._may_hold`): a noun that is no office ("lawyer",
"executive") fits anyone.  Two things a reader uses tell more:

* **gender**: a gendered noun ("spokesman", "chairwoman") does not take up a person whose
  evidence says the other gender (evidence stays soft: a person with none still fits);
* **an owner**: a post "of" someone ("Its chief executive", "Ahmed's lawyer", "The Fisheries
  Agency's spokesman for the coast") is that owner's; a person known by another role
  (a minister, a secretary) is not it, and when nobody known holds it the words are an unnamed
  source of their own, whom a later "the lawyer" takes up.
"""

from __future__ import annotations

import re

from factcheck.extraction.speaker_words import gender_evidence
from factcheck.extraction.text import UPPER

__all__ = ["gender_clash", "owned_by", "owned_by_body", "owned_post", "voice_of"]

#: An owner before a post: a possessive pronoun, or a name or a body in the possessive ("Ahmed's",
#: "The Fisheries Agency’s").
_OWNER = re.compile(
    r"(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|(?:[Tt]he\s+)?[" + UPPER + r"][\w.&-]*"
    r"(?:\s+[" + UPPER + r"][\w.&-]*){0,4}(?:[’']s|s[’']))\s"
)


def owned_post(words: str) -> bool:
    """True when a descriptor's words open on an owner ("Its chief executive", "Ahmed's lawyer")."""
    return _OWNER.match(words) is not None


def owned_by_body(words: str) -> bool:
    """True when a descriptor's owner is "its" ("Its chief executive said"): a body's post, held by
    no person in view but one the text ties to it by role (the last person named, no role of whom
    names it, is not its holder; nor is a body's name misread as a person's, "Samsung
    Electronics")."""
    return re.match(r"[Ii]ts\s", words) is not None


def owned_by(words: str, name: str) -> bool:
    """True when a descriptor's owner is the person of ``name`` ("Ahmed's lawyer" and Ahmed): a
    post of someone is never that someone."""
    match = _OWNER.match(words)
    if match is None:
        return False
    owner = match.group().strip().removesuffix("’s").removesuffix("'s").rstrip("’'").split()
    return bool(owner) and owner[-1] in name.split()


def gender_clash(words: str, gender: str | None) -> bool:
    """True when a descriptor's words say one gender ("the spokesman") and a person's evidence
    (``gender``) says the other."""
    said = gender_evidence(words, "")
    return said is not None and gender is not None and said != gender


#: "her spokesman", "its spokeswoman": the voice of the person or body just named, as "a spokesman
#: for" them is (:mod:`~factcheck.extraction.org_voice`), no unnamed source of its own.
_VOICE = re.compile(r"(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+spokes(?:man|woman|person)\b")


def voice_of(words: str) -> bool:
    """True when a descriptor is a spokesperson owned by a pronoun ("her spokesman said")."""
    return _VOICE.match(words) is not None
