"""The person a "he" or "she" takes up when the sentence just before names that person and no one
else, though not as its opening subject: "The other no vote came from board member Linda Haskett,
who did not speak. In an email on Wednesday, she wrote …", "That's how Warren Patterson, head of
strategy at a bank, put it. He estimated …", "His deputy, Jason Reid, was less sure. Asked about
the last game, he said …".

A pronoun that opens a sentence (after a fronted phrase at most) most often means the one person
the sentence before named, more than the person who spoke last a paragraph earlier. The names are
read here; whether each is one person's the article knows, and whether the gender agrees, is the
registry's (:meth:`~factcheck.extraction.speaker_view.SpeakerView._sole_named_before`).
"""

from __future__ import annotations

import re

from factcheck.extraction.subject_before import (
    _LEADING_QUOTE,
    _OPENERS,
    _QUOTED,
    _balanced,
    _sentence_start,
    pronoun_sentence_start,
)
from factcheck.model import Span
from factcheck.vocabulary import PERSON_NOUNS

#: A run of capitalised words: a name, a body, a place or a word opening a sentence.
_RUN = re.compile(r"[A-Z][\w’'-]+(?:[ \t]+(?:[A-Z][\w’'-]+|de|van|von|bin|al))*")
#: A determiner and up to four words opening a sentence: "The radio talker", "A representative
#: for", "The Florida senator sought".
_DETERMINED = re.compile(
    r"(?:(?:But|And|Yet|Still|Then|So|Now)\s+)?(?:The|A|An|This|That|His|Her|Its|Their|One)\s+"
    r"(?P<words>[\w-]+(?:[ \t]+[\w-]+){0,3})"
)
#: A name apposed right after: "His lead, Jason Reid, was …".
_APPOSED_NAME = re.compile(r",\s+[A-Z]")
#: A noun of an agent: "talker", "investor", "strategist", "historian".
_AGENT = re.compile(r"[a-z]{3,}(?:er|or|ist|ian)")
#: Words in -er/-or that name no agent.
_NOT_AGENTS = frozenset(
    """other another former latter order matter number paper letter center centre corner power water
    after over under never ever either neither whether rather later major minor error sector factor
    floor door color colour labor labour river border quarter member""".split()
)
#: Nouns of a person in charge that the person nouns lack: "The Dons boss also felt …".
_BOSSES = frozenset({"boss", "bosses", "gaffer"})
#: What may open a sentence before its subject: nothing, or a conjunction.
_OPENING = re.compile(r"(?:(?:But|And|Yet|Still|Then|So|Now)\s+)?")
#: What may stand before the pronoun in its own sentence: nothing, or a fronted phrase and a comma
#: ("In an email to the paper on Wednesday, she", "Asked about the last game, he").
_FRONTED = re.compile(
    r"(?:(?:In|On|At|After|Before|During|Asked|Speaking|Writing|Later|Earlier|Afterwards|When|While|"
    r"Since|Outside|Inside|Throughout|Following|Despite|Like)\b[^.!?;:“”\"]{0,120},[ \t]+)?"
)
#: A "he" or "she" in the sentence before: the pronoun chain goes on there, so the one name
#: there is not what the next pronoun means ("…, he told me, … kinder to Mr. Trump. He said").
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


#: Prepositions that open a fronted phrase ("For Shropshire producer Gwen Maddox, who …, the cut
#: is …", "Among them was …"): no name and no subject.
_PREPOSITIONS = frozenset({"For", "Among", "With"})
_SKIPPED = _OPENERS | _PREPOSITIONS


def named_before(text: str, at: int) -> tuple[list[Span], list[Span], bool] | None:
    """The capitalised runs of the sentence right before the one that a pronoun at ``at`` opens
    (outside quotations), those standing between that sentence and the pronoun, and whether the
    first run opens that sentence (its subject); None when the pronoun does not open its sentence
    or the sentence before is inside a quotation."""
    floor = max(0, at - 800)
    own = pronoun_sentence_start(text, at, floor)
    if own <= floor:
        return None
    if _FRONTED.fullmatch(text, own, at) is None and not (
        text[own - 1] == "\n" and _LEADING_QUOTE.fullmatch(text, own, at)
    ):
        return None  # the pronoun opens no sentence, nor follows a quotation opening its paragraph
    before = _sentence_start(text, own - 1, floor)
    paragraph = text.rfind("\n", floor, before) + 1 or floor
    if not _balanced(text[paragraph:before]) or not _balanced(text[before:own]):
        return None  # the sentence before is inside a quotation or holds an open one
    if _SUBJECT_PRONOUN.search(_QUOTED.sub(" ", text[before:own])):
        return None
    if _described_subject(text, before):
        return None  # "The radio host has filled his speeches for Cruz … He": the host
    runs = _runs(text, before, own)
    opening = bool(runs) and _OPENING.fullmatch(text, before, runs[0].start) is not None
    return runs, _runs(text, own, at), opening


def _described_subject(text: str, start: int) -> bool:
    """True when the sentence at ``start`` opens with an unnamed person as its subject ("The radio
    talker has …", "A representative for Mr. Pinchuk said …"), no name apposed to it."""
    found = _DETERMINED.match(text, start)
    if found is None or _APPOSED_NAME.match(text, found.end()):
        return False
    return any(
        w in PERSON_NOUNS or w in _BOSSES or (_AGENT.fullmatch(w) and w not in _NOT_AGENTS)
        for w in found["words"].lower().split()
    )


def _runs(text: str, start: int, end: int) -> list[Span]:
    """The capitalised runs in ``text[start:end]`` outside quotations, openers left out."""
    blanked = _QUOTED.sub(lambda m: " " * len(m.group()), text[start:end])
    spans = []
    for run in _RUN.finditer(blanked):
        words = run.group().split()
        skip = 0
        while skip < len(words) and re.split(r"[’']", words[skip])[0] in _SKIPPED:  # "That’s", "For"
            skip += 1
        if skip == len(words):
            continue
        first = run.start() + run.group().index(words[skip])
        spans.append(Span(start + first, start + run.end()))
    return spans
