"""The subject of a subordinate clause for a second verb joined to it: "The books were removed
after a parent, Meredith Coyle, read passages aloud and said they contained graphic content."

"… and said" usually shares the sentence's subject ("Wilson praised Rubio and said …"); when the
verb before "and" stands in a clause opened by "after", "when", "because" …, the subject of that
clause speaks.  Only a named person or body counts; otherwise the sentence's subject is read as
before.
"""

from __future__ import annotations

import re

from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.phrases import parse_phrase

#: A subordinator, then its clause's subject (perhaps "a parent, NAME," or "NAME, a parent,"),
#: then a finite verb ("went after Hillary Clinton for …" is a preposition's object, no clause).
_CLAUSE_SUBJECT = re.compile(
    r"\b(?:after|when|before|because|since|while|until|once)\s+"
    r"(?:(?:a|an|the|his|her|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,\s+)?"
    r"(?P<name>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*)"
    r"(?:,\s+[^,;:“”\"]{1,60},)?"
    r",?\s+(?:[a-z]+ly\s+)?(?=[a-z]+(?:ed|s)\b|(?:read|met|took|made|gave|went|came|spoke|told|said|left|held|"
    r"saw|won|lost|ran|sat|stood|began|wrote|got|was|had|did|rose|threw|brought|sent|kept|struck)\b)"
)


def subordinate_subject(text: str, sentence_start: int, cue_start: int) -> Phrase | None:
    """The named subject of the last subordinate clause before a cue joined by "and"/"but" to a
    verb of that clause, or None (no such clause, or its subject names no person or body)."""
    last = None
    for match in _CLAUSE_SUBJECT.finditer(text, sentence_start, cue_start):
        last = match
    if last is None or re.search(r"[;:“”\"]", text[last.end() : cue_start]):
        return None
    phrase = parse_phrase(text, last.start("name"), last.end("name"))
    if phrase is None or phrase.kind not in ("person", "organisation"):
        return None
    return phrase
