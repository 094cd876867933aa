"""Figures, records and findings named with their owner: "according to the council's own figures",
"Immigration Department figures released yesterday show", "The figures, published by the Care
Quality Commission on Thursday, show", "according to a bulletin of the Essex Highways Agency",
"Her preliminary findings suggest", "according to the company's website".

A document that carries its owner's name is the owner's word, as "a spokesperson for the ministry"
speaks for the ministry: the speaker is the owner (a body, a person, a descriptor that points back
to one, or a pronoun), the mention the whole phrase as written. The indefinite "a statement from
X" / "a Gallup poll" is read in :mod:`~factcheck.extraction.issued_by`; figures "obtained by" a
newspaper are not its words, and a bare "the figures" names no owner.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.speaker_words import NOT_ORG_ACRONYMS, PLACE_WORDS, TIME_WORDS
from factcheck.model import Span

#: Nouns of what a body or a person keeps, counts or publishes.
_DOCUMENT = (
    r"(?:figures|data|statistics|numbers|estimates?|records|results|tally|count|projections|"
    r"forecasts?|bulletin|website|findings|report|statement|survey|poll|study|analysis|audit|review)"
)
#: Words between an owner and the document: "own", "latest", "preliminary", "annual", a year.
_BETWEEN = (
    r"(?:(?:own|latest|new|recent|preliminary|provisional|official|annual|quarterly|monthly|weekly|"
    r"daily|\d{4})\s+){0,2}"
)
#: A time after the document or its owner: "released yesterday", "on Thursday", "last month".
_TIME_TAIL = (
    r"(?:\s+(?:on\s+\w+(?:\s+\d{1,2})?|last\s+\w+|this\s+\w+|yesterday|today|earlier\s+this\s+\w+|"
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})))?"
)
#: What an owner does to a document it owns ("obtained by" a newspaper is no owner's).
_ISSUED = r"(?:(?:published|released|provided|compiled|issued|collected|produced|posted)\s+)?"

#: "the council's own figures", "the Controller of Budget's report for the period": the owner's
#: name or descriptor, then the possessive.
_POSSESSED = re.compile(
    r"(?P<owner>(?:[Tt]he\s+)?(?:[\w&./-]+\s+){0,5}?[\w&./-]+)[’']s?\s+"
    + _BETWEEN
    + _DOCUMENT
    + r"\b[^,;:“”\"]{0,60}"
)
#: "Her preliminary findings", "its latest figures": a pronoun owner.
_PRONOUN_OWNED = re.compile(
    r"(?P<owner>[Hh]er|[Hh]is|[Tt]heir|[Ii]ts)\s+" + _BETWEEN + _DOCUMENT + r"\b[^,;:“”\"]{0,60}"
)
#: "Immigration Department figures released yesterday", "a Star Tribune/MPR News poll": a name,
#: then the document.
_NAME_THEN = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?"
    + _BETWEEN
    + r"(?P<owner>[A-Z][\w&.-]*(?:(?:\s+|\s*/\s*)(?:(?:of|for|and)\s+)?[A-Z][\w&.-]*){0,6})\s+"
    + _BETWEEN
    + _DOCUMENT
    + r"(?:\s+(?:published|released|issued|posted))?"
    + _TIME_TAIL
)
#: "The figures, published by NHS England on Thursday", "a bulletin of the Essex Highways
#: Agency", "figures provided by the sheriff's office": the document, then its owner.
_THEN_OWNER = re.compile(
    # "a report by X" is read by issued_by and report_owner; here "the figures, published by X",
    # "figures provided by X" and "a bulletin of X"
    r"(?:(?P<article>[Aa]n?|[Tt]he)\s+)?"
    + _BETWEEN
    + _DOCUMENT
    + r",?\s+"
    + _ISSUED
    # after "of" only a name or "the" and a name: "a review of his work in Ukraine" has no owner
    + r"(?:(?P<link>by|from)\s+|of\s+(?=(?:the\s+)?[A-Z]))"
    r"(?P<owner>.+?)(?:\s*\([A-Z][\w.&-]*\))?" + _TIME_TAIL + r",?"
)


def _no_owner(name: str) -> bool:
    """True when ``name`` is a place, a time or a country's abbreviation, no owner to name."""
    name = re.sub(r"^[Tt]he\s+", "", name.strip())
    key = name.lower().strip(". ")
    return key in PLACE_WORDS or key in TIME_WORDS or re.sub(r"[.\-\s]", "", name).upper() in NOT_ORG_ACRONYMS


def document_owner(
    text: str, start: int, end: int, parse: Callable[[str, int, int], Phrase | None]
) -> Phrase | None:
    """The owner of the document that ``text[start:end]`` names with its owner, as the phrase's
    speaker (its span the whole phrase), or None for other words. ``parse`` reads a phrase."""
    words = text[start:end]
    stripped = words.rstrip(" ,.")
    lead = len(stripped) - len(stripped.lstrip())
    stop = start + len(stripped)
    begin = start + lead
    span = Span(begin, stop)
    found = _PRONOUN_OWNED.fullmatch(text, begin, stop)
    if found is not None:
        pronoun = {"her": "she", "his": "he", "their": "they", "its": "it"}[found["owner"].lower()]
        return Phrase(span, "pronoun", pronoun=pronoun)
    for pattern, kinds in (
        (_THEN_OWNER, ("organisation", "person", "org-descriptor")),
        (_POSSESSED, ("organisation", "person", "org-descriptor", "descriptor")),
        (_NAME_THEN, ("organisation", "person")),
    ):
        found = pattern.fullmatch(text, begin, stop)
        if found is None:
            continue
        owner = found["owner"]
        if pattern is _THEN_OWNER and found["link"] and (found["article"] or "").lower() in ("a", "an"):
            return None  # "a new report by X": issued_by's and report_owner's reading
        if _no_owner(owner) or re.search(r"\b(?:obtained|seen|leaked)\b", found.group()):
            return None
        phrase = parse(text, found.start("owner"), found.end("owner"))
        if phrase is None or phrase.kind not in kinds:
            return None
        if phrase.kind in ("organisation", "person") and not phrase.name:
            return None
        if (
            pattern is _NAME_THEN
            and " " not in owner
            and phrase.kind != "organisation"
            and not owner.isupper()
        ):
            return None  # "Early analysis suggests": a capitalised word, no owner's name
        return attrs.evolve(phrase, span=span)
    return None


def published_owner(
    text: str, start: int, end: int, parse: Callable[[str, int, int], Phrase | None]
) -> Phrase | None:
    """The owner of "The figures, published by NHS England on Thursday," when those words are the
    whole of ``text[start:end]`` (a clause's subject with its aside, before the cue); else None."""
    if "," not in text[start:end]:
        return None
    stripped = text[start:end].rstrip(" ,")
    begin = start + len(stripped) - len(stripped.lstrip())
    stop = start + len(stripped)
    found = _THEN_OWNER.fullmatch(text, begin, stop)
    indefinite = found is not None and (found["article"] or "").lower() in ("a", "an")
    if found is None or indefinite or "," not in found.group() or _no_owner(found["owner"]):
        return None
    phrase = parse(text, found.start("owner"), found.end("owner"))
    if phrase is None or phrase.kind not in ("organisation", "person") or not phrase.name:
        return None
    return attrs.evolve(phrase, span=Span(begin, stop))
