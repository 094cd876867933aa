"""Judgements the speaker registry makes of one phrase or one entry: whether a role is a noun
phrase, whether a name is an outlet's or a country's, whether a descriptor's head may name an
entry ("the senator" a person of that post), whether a body is named for another; and the word
tables the registry reads with them (relatives, trade bodies, kin groups).  Kept apart
from :mod:`factcheck.extraction.speakers`, whose :class:`SpeakerRegistry` decides in what order
they are asked.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extraction.body_fit import kind_fits
from factcheck.extraction.phrase_base import Phrase, _is_cap
from factcheck.extraction.phrase_posts import PORTFOLIOS
from factcheck.extraction.speaker_book import _title_word
from factcheck.extraction.speaker_entry import _Entry
from factcheck.extraction.speaker_words import (
    COUNTRIES,
    COUNTRY_NAMES,
    OFFICE_HEADS,
    ORG_NOUNS,
    ORG_WORDS,
    PLACE_WORDS,
    TITLE_WORDS,
)
from factcheck.registry import bundled_registry

_ROLE_ENDS_NOT = frozenset(
    """by for over at with of to on in into from and or but the a an his her their its as than that
    who which whose when while after before about against""".split()
)
_CLAUSE_WORDS = frozenset("has have had been was were is are will would did does do said says".split())


def plausible_role(role: str) -> bool:
    """True for a role that reads as a description of a person, not a fragment of a clause: it
    does not end in a preposition, an article or a lower-case past tense ("Carson endorsed",
    "delegate lead for"), and holds no auxiliary before a relative clause."""
    words = role.strip(" ,.").split()
    if not words:
        return False
    last = words[-1]
    if last.lower() in _ROLE_ENDS_NOT or (last.islower() and last.endswith("ed")):
        return False
    # an auxiliary counts only before a relative clause: "conservative icon who founded the
    # institute and is a committeeman" describes; "he is also most able candidate" does not
    before = []
    for word in words:
        if word.lower() in ("who", "whose", "which", "that"):
            break
        before.append(word.lower())
    return not any(w in _CLAUSE_WORDS for w in before)


def _written_lower(text: str, word: str) -> bool:
    """True when ``text`` has ``word`` (lower case) as a whole word somewhere."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, at + 1)
    return False


@lru_cache(maxsize=4096)
def known_outlet(name: str) -> bool:
    """True when the bundled source registry knows ``name`` as an outlet (by name or alias)."""
    return bool(bundled_registry().lookup(name=name).entries)


#: Heads of a descriptor that may point to a news outlet: "the newspaper", "the broadcaster".
OUTLET_HEADS = frozenset(
    "newspaper paper broadcaster network channel station outlet website site magazine agency publisher "
    "daily tabloid service programme program show".split()
)


def _outlet_for_another(phrase: Phrase, name: str) -> bool:
    """True when ``name`` is a news outlet and the descriptor names another kind of body: outlets
    are named as hearers and sources ("told the BBC", "according to CNN"), and "the regulator",
    "the company" or "the ministry" is none of them."""
    return phrase.head not in OUTLET_HEADS and known_outlet(name)


def _may_hold(head: str | None, entry: _Entry | None, any_post: bool = False) -> _Entry | None:
    """The nearest person, for a descriptor no role names, unless the descriptor is a post and the
    person is known by a role that does not name it ("the minister" is not Mayor Ana Ruiz nor
    Senate Majority Leader Cornyn; "the senator" may be the Senate leader, one stem; "the
    diplomat", no post, may be Deputy Foreign Minister Syromolotov).  With ``any_post`` every
    head counts as a post: someone else known by it is there to take it ("the manager", when
    "Wanderers manager Gary Holt" was named before "Rovers captain Tom Evans")."""
    if entry is None or not head or (head not in OFFICE_HEADS and not any_post):
        return entry
    words = {_title_word(w) for role in entry.roles for w in role.split()}
    if head in words or any(w[:5] == head[:5] for w in words if len(w) >= 5):
        return entry  # "the senator" is Senate leader Ames: one stem
    # a person known by a role that names no post of this kind is not "the minister"
    return None if any(w[:1].isalpha() for w in words) else entry


#: A household that speaks together: unnamed people, never a body named before ("the family").
KIN_GROUPS = frozenset({"family", "couple", "families"})


def _names_another(role: str | None, name: str) -> bool:
    """True when a descriptor's words end in two capitalised words that are no post, field or
    body (a name read into the role: "Minister for Finance Paschal Donovan") and ``name`` shares
    no word with them."""
    words = (role or "").split()
    holds = len(words) > 2 and all(
        _is_cap(w) and w.lower().strip(".,") not in TITLE_WORDS | PORTFOLIOS | ORG_WORDS | ORG_NOUNS
        for w in words[-2:]
    )
    return holds and not set(words) & set(name.split())


def _same_sentence_after(text: str, end: int, at: int) -> bool:
    """True when a body named at ``at`` stands after a descriptor ending at ``end`` in the same
    sentence: it is named in the descriptor's own words, and is not the body meant."""
    return end <= at and not re.search(r"[.!?]\s|\n", text[end:at])


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """The words of a body's name, in lower case: what kind of body it says it is ("Canadian
    Federation of Students" is a federation, no department)."""
    return frozenset(w.lower() for w in name.split())


#: Works a body writes ("the study found", "the report said").
_WORKS = frozenset("study report survey analysis paper review research audit".split())
#: Words naming a publication, which prints a work but does not write it: "The study, published in
#: the New Zealand Medical Journal, found …" is not the journal's finding.
_PUBLICATIONS = frozenset("journal newspaper magazine gazette herald tribune times post".split())


def _of_kind(head: str | None, entry: _Entry) -> bool:
    """:func:`kind_fits` of a body descriptor's noun and a body, read from the nouns the text
    called it by and the words of its name; a work ("the study") is never a publication's."""
    words = entry.kinds | _name_words(entry.name)
    if head in _WORKS and words & _PUBLICATIONS:
        return False
    return kind_fits(head, words)


def _country(name: str) -> bool:
    """True for a country's name ("Tanzania", "the United States"), which no body descriptor means."""
    lowered = name.lower().removeprefix("the ")
    return (lowered in COUNTRIES and lowered not in _CAPITALS) or lowered in COUNTRY_NAMES


#: Capitals in COUNTRIES, which name a government ("Washington said"): bodies a descriptor may mean.
_CAPITALS = frozenset("washington moscow beijing london paris berlin tokyo kyiv kiev tehran ankara".split())


#: A relative of each gender introduced by a possessive ("Her father", "his wife").
_RELATIVE = {
    "m": re.compile(
        r"\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:\w+\s+)?(?:father|husband|son|brother|grandfather|uncle)\b"
    ),
    "f": re.compile(
        r"\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:\w+\s+)?(?:mother|wife|daughter|sister|grandmother|aunt)\b"
    ),
}
#: A body of a trade's members ("industry body SIAM", "the trade group Airlines UK"): no company.
_TRADE_BODY = re.compile(r"\b(?:industry|trade|employers'?|lobby)\s+(?:body|group|association|lobby)\b", re.I)
#: Body nouns of no trade: "the group" may be any body, named so or not.
_ANY_BODY = frozenset({"group", "body", "organisation", "organization", "groups"})


def _unnamed_noun(words: str) -> str:
    """The noun an unnamed source is named by: "nurse" in "One nurse at the Royal Melbourne
    Hospital", "official" in "a senior White House official"."""
    lowered = words.lower().split()
    cut = next((i for i, w in enumerate(lowered) if i and w in _AFTER_NOUN), len(lowered))
    return lowered[cut - 1] if cut else ""


_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w-]*")
#: Words that end an unnamed source's noun phrase: "a spokeswoman for the ministry".
_AFTER_NOUN = frozenset({"at", "for", "with", "from", "in", "on", "of", "who", "familiar", "close", "to"})


def _knighted(phrase: Phrase, text: str) -> bool:
    """True when one name follows "Sir" or "Dame", which go before a given name ("Sir Keir")."""
    words = phrase.span.of(text).split()
    return len(words) >= 2 and words[-2].lower() in ("sir", "dame") and words[-1] == phrase.name


def _person_like(entry: _Entry) -> bool:
    """False for a "person" whose name is a place or holds a body's word ("New Hampshire",
    "United States", "Wisconsin Republican", "Politico"): never the one a "he" or "she" means
    while a person is in view."""
    if entry.gender is not None or entry.roles:
        return True
    words = entry.name.lower().replace("-", " ").split()
    return not (all(w in PLACE_WORDS for w in words) or any(w in ORG_WORDS or w in ORG_NOUNS for w in words))
