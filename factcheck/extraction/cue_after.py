"""The speaker phrase after a cue: the source after "according to" and the speaker of an
inverted cue.

* :func:`_citation` — the source after "according to", a name, a body or an unnamed source
  (:func:`_cited` when it is no name or body: "exit polls", "data released Friday by …");
* :func:`_speaker_after` — the phrase right after an inverted cue ("said Lee", "added Sunil
  Pillai of the …"), with a role in apposition (:func:`named_after_post`, :func:`_is_role`).

Split from :mod:`~factcheck.extraction.cue_subjects`, which reads the phrase before a cue.
"""

from __future__ import annotations

import re

import attrs

from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.phrases import parse_phrase
from factcheck.extraction.speaker_words import OBJECT_PRONOUNS
from factcheck.model import Span
from factcheck.vocabulary import PERSON_NOUNS

#: The most words "according to" may cite ("the officer in charge of the CIA's base that night"
#: has 11); a longer citation is a list of documents, not one source.
CITED_WORDS = 12


#: Where a long citation goes on to say how the source came out ("… obtained by The Post").
CITED_TAIL = re.compile(
    r"\s(?:that|which|who|obtained|released|conducted|published|posted|sent|written|reviewed|seen|"
    r"shared|provided|filed|issued|made)\b"
)


def _cited(text: str, start: int, end: int) -> Phrase | None:
    """What "according to" cites when it is no name or body: "exit polls", "FEC filings",
    "data released Friday by state regulators", "someone in attendance" (an unnamed source)."""
    words = text[start:end].strip(" .;:")
    if len(words.split()) > CITED_WORDS:
        # "an email from the union's president obtained by The Post": what is cited, before the
        # words that say how it came out
        cut = CITED_TAIL.search(words)
        words = words[: cut.start()].rstrip(" ,") if cut else words
    if not words or len(words.split()) > CITED_WORDS or not words[:1].isalnum():
        return None
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    head = words.split()[-1].lower()
    return Phrase(Span(start + lead, start + lead + len(words)), "anonymous", name=words, head=head)


#: The full stop of an honorific or title before a name ("said Dr. Helen Ford").
HONORIFIC_DOT = (
    "(?:"
    + "|".join(
        rf"(?<=\b{t})"
        for t in (
            "Dr Mr Mrs Ms Sen Rep Ald Del Gov Gen Lt Col Sgt Capt Prof Rev Sr Jr St Adm Maj Cmdr Insp No"
        ).split()
    )
    + r")\.(?=\s)"
)


#: A pronoun cited after "according to", in the object case.
OBJECT_PRONOUN = re.compile(r"\s*(?P<word>him|her|them)\s*", re.I)


def _citation(text: str, start: int, stop: int) -> Phrase | None:
    """The source after "according to": a name before a gloss in brackets is the source ("the RAI
    (Italian public broadcasting service) and press agencies" cites the RAI first)."""
    pronoun = OBJECT_PRONOUN.fullmatch(text, start, stop)
    if pronoun is not None:  # "According to him, residents who dump refuse … will be prosecuted"
        word = pronoun.group("word")
        return Phrase(
            Span(pronoun.start("word"), pronoun.end("word")), "pronoun", pronoun=OBJECT_PRONOUNS[word.lower()]
        )
    bracket = text.find("(", start, stop)
    if bracket != -1 and not re.search(r"[:“”\"]", text[start:bracket]):
        named = parse_phrase(text, start, bracket)
        if named is not None and named.kind in ("person", "organisation"):
            return named
    return parse_phrase(text, start, stop) or _cited(text, start, stop)


#: A name in apposition right after a post, up to a comma or the sentence's end: ", Rick Salas."
#: A hometown after the name ("her daughter, Ann Keefe of Milton.") or an age (", 70,") may follow.
_NAME_AFTER_POST = re.compile(
    r",\s*((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*)"
    r"(?:\s+of\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?|,\s*\d{1,3}(?=,))?\s*(?=[,;]|\.?\s*$|\.\s)"
)


def named_after_post(text: str, post: Phrase, at: int, end: int) -> tuple[Phrase, int] | None:
    """The person named in apposition right after a post that ends at ``at`` ("the owner, Rick
    Salas.", "his spokesperson, Kim Soo-kyung."), with the post as role, and where the name ends."""
    named = _NAME_AFTER_POST.match(text, at, end)
    person = named and parse_phrase(text, named.start(1), named.end(1))
    if named and person and person.kind == "person" and person.name:
        return attrs.evolve(person, role=person.role or post.role), named.end(1)
    return None


def _speaker_after(text: str, start: int, end: int) -> Phrase | None:
    """The speaker phrase right after an inverted cue ("said Lee", "added Sunil Pillai of the …")."""
    m = re.match(
        r"\s*((?:[^,.;:!?“”\"]|\.(?=\S)|(?<=\b[A-Z])\.|" + HONORIFIC_DOT + r"){1,80})", text[start:end]
    )
    if not m:
        return None
    words = m.group(1)
    if (bracket := words.find("(")) > 0:
        # a tag in brackets ends the name: "said Sen. Rand Paul (R-Ky.)", "said Ald. Ana Ruiz (22nd)"
        words = words[:bracket]
    # stop at a lowercase word that is not part of a name ("said Lee in a statement")
    cut = re.search(
        r"\s(?:in|at|on|during|after|before|to|with|from|last|this|when|while|as|because)\s", words
    )
    if cut:
        tail = words[cut.start() :]
        if not re.match(r"\s(?:of|for)\s", tail):
            words = words[: cut.start()]
    phrase_end = start + m.start(1) + len(words.rstrip())
    of_org = re.search(r"\s+of\s+(?:the\s+)?[A-Z]", words)
    if of_org:
        phrase_end = start + m.start(1) + of_org.start()
    elif (of_body := re.search(r"\s+of\s+the\s+[a-z]", words)) is not None:
        # a named person of a body told in lower case: "said Paul Johnson of the agency", "says
        # Stu Rothenberg of the non-partisan Rothenberg-Gonzales Political Report"
        member = parse_phrase(text, start + m.start(1), start + m.start(1) + of_body.start())
        if member is not None and member.kind == "person" and member.name:
            return member
    phrase = parse_phrase(text, start + m.start(1), phrase_end)
    if phrase is not None and phrase.kind == "descriptor" and not of_org:
        # the post, then the name in apposition: "said the owner, Rick Salas." is Salas
        named = named_after_post(text, phrase, phrase_end, end)
        if named is not None:
            return named[0]
    if phrase is not None and phrase.kind == "person" and not of_org:
        # a role in apposition: "said Michel Sidibe, the executive director of UNAIDS."
        role = re.match(r",\s*([^,;:!?“”\"]{3,80}?)\s*(?:[,;]|\.?$)", text[phrase_end:end])
        if role and _is_role(role.group(1)):
            # "said John Smith, a spokesman for the navy", "…, the father of one of the sailors"
            phrase = attrs.evolve(phrase, role=re.sub(r"^(?:the|a|an)\s+", "", role.group(1), flags=re.I))
    return phrase


def _is_role(words: str) -> bool:
    """True for an appositive that gives a person's role: a noun for a person among its first
    words, after an article or a possessive ("a spokesman for the navy", "UNAIDS' director")."""
    lowered = [w.strip("’'.,").lower() for w in words.split()]
    head = next((i for i, w in enumerate(lowered[:5]) if w in PERSON_NOUNS), None)
    if head is None:
        return False
    return (
        head == 0
        or lowered[0] in ("a", "an", "the")
        or bool(re.search(r"[’']s?$", words.split()[0]))
        or (words[:1].isupper())
    )
