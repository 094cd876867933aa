"""A quote that speaks of the person the paragraph before opens with, by a pronoun of theirs.

"Grayson then quickly lost endorsements." / "“Having whacked his ex-wife around, he has lost
support …”": the quote says "he" of the only person the paragraph before names, so a reader cannot
take it for that person's own words (round 7; docs/checkers/attribution.md, rule 4). Read from the
public Report only.
"""

from __future__ import annotations

import re

from factcheck.model import Quote, Span, Speaker, SpeakerKind

from .attribution_context import Context
from .attribution_text import PERSON_NOUNS

__all__ = ["speaks_of_by_pronoun"]

#: Third-person singular pronouns, by the gender they speak of.
THIRD_PERSON = {
    "m": re.compile(r"\b(?:he|him|his|himself)\b", re.I),
    "f": re.compile(r"\b(?:she|her|hers|herself)\b", re.I),
}
#: Words for anybody: a pronoun after one may be theirs ("Whoever wins, he will inherit …").
INDEFINITE = frozenset("whoever anyone anybody someone somebody everyone everybody nobody each every".split())
#: A capitalised word: a name when the text never writes it in lower case.
CAPITALISED = re.compile(r"\b[A-Z][a-z][\w’'-]*")
#: A capitalised word inside a sentence (not its first).
INSIDE = re.compile(r"(?<![.!?”\"])\s+([A-Z][a-z][\w’'-]*)")
#: A capitalised word opening a paragraph before a lower-case word: a name as the subject.
SUBJECT = re.compile(r"\s*([A-Z][a-z][\w-]*)(?:[’']s?)?\s+[a-z]")
NAME_WORD = re.compile(r"[^\W\d_]{2,}")


def _people(ctx: Context) -> list[Speaker]:
    return [s for s in (*ctx.report.entities, *ctx.report.speakers) if s.kind is SpeakerKind.PERSON]


def _opener(ctx: Context, before: Span) -> Speaker | None:
    """The person the paragraph before opens with: when its first word is a surname, the person of
    that surname last mentioned by then ("Grayson then lost …" after "… Grayson had a run-in … when
    he refused": the nearest person of that name in view), else the person of the first mention in
    its first 40 characters ("Senator Ruth Adeyemi lost …")."""
    text = ctx.report.document.text
    people = _people(ctx)
    first = SUBJECT.match(text, before.start, before.end)
    surnames, _ = ctx.people()
    if first is not None and first.group(1) in surnames:
        latest: tuple[int, Speaker | None] = (-1, None)
        for person in people:
            if person.name.split()[-1:] == [first.group(1)]:
                for m in person.mentions:
                    if latest[0] < m.start < before.end:
                        latest = (m.start, person)
        return latest[1]
    inside = sorted(
        (m.start, i)
        for i, p in enumerate(people)
        for m in p.mentions
        if before.start <= m.start < before.start + 40
    )
    return people[inside[0][1]] if inside else None


def _only_person(ctx: Context, before: Span, opener: Speaker) -> bool:
    """True when the paragraph before names nobody but ``opener``: no mention of another person the
    report knows, and no capitalised word that is the surname of somebody else."""
    text = ctx.report.document.text
    for person in _people(ctx):
        if person.id != opener.id and any(before.start <= m.start < before.end for m in person.mentions):
            return False
    surnames, _ = ctx.people()
    own = set(opener.name.split())
    return not any(w in surnames and w not in own for w in CAPITALISED.findall(before.of(text)))


def speaks_of_by_pronoun(ctx: Context, quote: Quote, before: Span, names: frozenset[str]) -> bool:
    """True when the quote speaks of the person the paragraph before opens with (whose name's words
    are ``names``) by a third-person pronoun of their gender, and that paragraph names nobody else:
    "he" then is that person, so the quote is not theirs. Not when the quote says "he" and "she"
    both, names somebody (a capitalised word past its first, "Obama said he …"), or speaks of a
    person by a noun or an indefinite pronoun before its first pronoun ("My father told me he …",
    "Whoever wins, he …"), nor when the person's
    gender is not known or is the other one ("Clinton lost Michigan." / "“He ran a better
    campaign.”" may be hers about her rival)."""
    if not names:
        return False
    opener = _opener(ctx, before)
    if opener is None or opener.gender not in THIRD_PERSON:
        return False
    words = ctx.words(quote.span)
    said = {g for g, pattern in THIRD_PERSON.items() if pattern.search(words)}
    if said != {opener.gender}:
        return False
    first = THIRD_PERSON[opener.gender].search(words)
    assert first is not None
    ahead = [w.lower().rstrip("s") for w in NAME_WORD.findall(words[: first.start()])]
    lower = ctx.lower_case_words()
    surnames, _ = ctx.people()
    if (
        any(w in PERSON_NOUNS or w in INDEFINITE for w in ahead)
        or any(w in surnames for w in NAME_WORD.findall(words))
        or any(w.lower() not in lower for w in INSIDE.findall(words))
    ):
        return False  # a person of its own before "he", or a name: "he" may be them
    return _only_person(ctx, before, opener)
