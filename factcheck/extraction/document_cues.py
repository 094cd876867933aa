"""A document that speaks next to a quotation: "“…,” the letter reads.", "“…,” it states.",
"“…,” the passage continued.", "The memo reads: “…”".

Beside a quotation the words are a document's as "said" gives them to a person, but "read",
"state" and "continue" are no cues of their own (a sign reads, five states vote, talks continue),
and a document's noun ("the passage", "the note", "the message") is no speaker phrase, so such a
quotation was left without a source or went on with the last person quoted before it.  Here the
place decides: the verb right beside the mark, the subject "it" or a document's noun with its
article or owner, and nothing else in the clause.
"""

from __future__ import annotations

import re

from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.phrases import parse_phrase
from factcheck.extraction.reported import Attribution
from factcheck.extraction.text import word_alternation
from factcheck.model import Span

#: Nouns of a written or recorded piece that may "read" or "state" its words.
DOCUMENT_NOUNS = (
    "letter letters memo memorandum note message email e-mail statement editorial passage post tweet "
    "document report release ad advert advertisement caption headline column filing complaint "
    "lawsuit order ruling text excerpt notice invitation flyer leaflet card script transcript page "
    "website site entry platform petition resolution bill chapter book motion brief sign banner "
    "poster placard plaque inscription label warning summary preface foreword"
).split()
#: The verbs a document speaks by beside a quotation.
_VERB = r"(?P<verb>reads|read|states|stated|continues|continued|concludes|concluded)"
#: The document: "it", or a noun with its article or owner and up to two words before it.
_WHO = (
    r"(?P<who>[Ii]t|(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ne|[Aa]n?|"
    r"[A-Z][\w.’'-]*[’']s?)\s+(?:[\w’'-]+\s+){0,2}?(?:" + word_alternation(DOCUMENT_NOUNS) + r"))"
)
#: ", DOCUMENT VERB." right after a closing mark.
_AFTER = re.compile(r"[\s,]*" + _WHO + r"\s+" + _VERB + r"(?=\s*(?:[.,;:!?“”\"]|$))")
#: "DOCUMENT VERB:" or "DOCUMENT VERB," right before an opening mark, opening its clause.
_BEFORE = re.compile(r"(?:^|(?<=[.;:!?”\"]\s)|(?<=,\s)|\n)\s*" + _WHO + r"\s+" + _VERB + r"\s*[,:]\s*$")


def _document(text: str, start: int, end: int) -> Phrase:
    """The phrase of a document: as the phrase reader reads it, else a described body."""
    phrase = parse_phrase(text, start, end)
    if phrase is not None and phrase.kind in ("pronoun", "org-descriptor", "organisation"):
        return phrase
    return Phrase(Span(start, end), "org-descriptor", head="report")


def document_after(text: str, start: int, end: int) -> Attribution | None:
    """The document that speaks right after a closing mark at ``start`` ("“…,” the letter reads")."""
    m = _AFTER.match(text, start, end)
    if m is None:
        return None
    phrase = _document(text, m.start("who"), m.end("who"))
    return Attribution(phrase, m.group("verb").lower(), Span(m.start("verb"), m.end("verb")))


def document_before(text: str, start: int, end: int) -> Attribution | None:
    """The document that speaks right before an opening mark at ``end`` ("The memo reads: “…”")."""
    m = _BEFORE.search(text[start:end])
    if m is None:
        return None
    phrase = _document(text, start + m.start("who"), start + m.end("who"))
    verb = Span(start + m.start("verb"), start + m.end("verb"))
    return Attribution(phrase, m.group("verb").lower(), verb)
