"""The parts speaker phrases are read with: the :class:`Phrase` a reading gives, the token
pattern, and the word tests (capitalised, a title, an acronym, a post, a possessive) that
:mod:`factcheck.extraction.phrases` and the modules around it share."""

from __future__ import annotations

import re

import attrs

from factcheck.extraction.place_bodies import place_body
from factcheck.extraction.speaker_words import (
    COUNTRIES,
    COUNTRY_NAMES,
    DEMONYM_PERSONS,
    DEMONYMS,
    ORG_NOUNS,
    ORG_WORDS,
    PLACE_WORDS,
    TITLE_WORDS,
)
from factcheck.model import Span
from factcheck.vocabulary import PERSON_NOUNS

TOKEN = re.compile(r"[^\W\d_][\w’'.&-]*|[,]")  # a word opens on a letter of any alphabet ("Şahin", "Łukasz")


@attrs.frozen
class Phrase:
    """A speaker phrase as read: its span, its kind, and the name and role it gives.

    ``kind`` is one of "pronoun", "person", "organisation", "descriptor" (pointing at
    a person), "org-descriptor" (pointing at an organisation), "anonymous".
    """

    span: Span
    kind: str
    name: str | None = None
    role: str | None = None
    head: str | None = None
    pronoun: str | None = None
    place: str | None = None


def _is_cap(token: str) -> bool:
    return token[:1].isupper()


#: A share of a group as a speaker: "About two-thirds of those surveyed say …", "… while about
#: two-thirds say …".
SHARE_OF = re.compile(
    r"(?i)(?:about|around|nearly|almost|more\s+than|over|some|roughly|just|only|fewer\s+than|less\s+than)?\s*"
    r"(?:half|a\s+third|a\s+quarter|a\s+fifth|\w+[-\s](?:thirds|quarters|fifths|tenths)|most|many|a\s+majority|"
    r"the\s+majority|[\d.,]+\s*(?:%|percent|per\s+cent)|\w+(?:-\w+)?\s+(?:percent|per\s+cent)|"
    r"(?:one|\d+)\s+in\s+\w+|\w+\s+out\s+of\s+\w+)(?:\s+of\s+\S.*|\s*)$"
)


def _is_title(token: str) -> bool:
    """True for a title word, hyphenated ones too ("Secretary-General", "Vice-President")."""
    word = token.lower().strip(".")
    if word == "del" and not token.endswith("."):
        return False  # "Del. Ana Ortiz" (a delegate), but "Daniel Ortega del Solar", "Alessandro Del Piero"
    return word in TITLE_WORDS or ("-" in word and all(part in TITLE_WORDS for part in word.split("-")))


#: A possessive ending ("Russia's", "officials'"), and a full stop after a word of two or more
#: lower-case letters (a sentence's end, not an initial): compiled once, read for every word.
_POSSESSIVE_END = re.compile(r"[’']s?$")
_FULL_STOP_AFTER_WORD = re.compile(r"[a-z]{2}\.$")


#: A sentence's full stop after a word in capitals ("… in The BMJ."), not an abbreviation's ("U.S.").
_FULL_STOP_AFTER_CAPITALS = re.compile(r"(?<![.\w])[A-Z]{2,}\.$")


def _as_written(raw: str) -> str:
    """The phrase as written, without edge commas or the full stop that ends its sentence."""
    words = raw.strip(" ,")
    if _FULL_STOP_AFTER_WORD.search(words) or _FULL_STOP_AFTER_CAPITALS.search(
        words.split()[-1] if words else ""
    ):
        return words[:-1]
    return words


def _plural_person(word: str) -> bool:
    """True for a noun for a person with a plural "s" ("senators", "colleagues")."""
    return word.endswith("s") and word[:-1] in PERSON_NOUNS


def _people(word: str) -> bool:
    """True for the plural of a noun for a person ("colleagues", "deputies"): an unnamed group."""
    return _plural_person(word) or (word.endswith("ies") and word[:-3] + "y" in PERSON_NOUNS)


def _names_post(word: str) -> bool:
    """True for a word that names a post or a person's role ("Secretary", "Sen.", "chair"; a
    shared one too: "Co-author", "co-chair")."""
    lowered = word.lower().strip(".")
    return (
        lowered in PERSON_NOUNS
        or _is_title(word)
        or (lowered.startswith("co-") and lowered[3:] in PERSON_NOUNS)
    )


def _strip_possessive(token: str) -> str:
    return _POSSESSIVE_END.sub("", token)


def _is_acronym(token: str) -> bool:
    bare = token.replace(".", "").replace("-", "")
    return len(bare) >= 2 and bare.isupper() and bare.isalpha()


def _looks_org(words: list[str]) -> bool:
    lowered = [_strip_possessive(w).lower().strip(".") for w in words]
    # "WHO" is the health agency; "Who" opens a question ("Who would he appoint?")
    if any(w in ORG_WORDS and (w != "who" or word.isupper()) for w, word in zip(lowered, words, strict=True)):
        return True
    if len(words) > 1 and (" ".join(lowered) in COUNTRY_NAMES or lowered[0] == "statistics"):
        return True  # "The United States", "South Africa"; "Statistics Canada", a state's statistics office
    if place_body(words):
        return True  # "Alberta Health Services", "Nova Scotia Health": a public body of a place
    if len(words) == 1 and (_is_acronym(words[0]) or lowered[0] in COUNTRIES):
        return lowered[0] not in PERSON_NOUNS  # "the MP", "an MLA" name a person by their seat
    return all(_is_acronym(w) for w in words)


#: A plural noun for people of a trade or kind, in lower case: "growers", "operators", "economists".
_AGENTS = re.compile(r"[a-z]{3,}(?:ers|ors|ists|ants|ents|ians)")


#: A date after a name: "on Oct", "on Monday".
_ON_DATE = re.compile(
    r"\s+on\s+(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|(?:Janu|Febru)ary|March|April|May|June|"
    r"July|August|(?:Septem|Octo|Novem|Decem)ber|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:\s+\d{1,2})?\W*$"
)


def _unknown_word(word: str) -> bool:
    """True for a capitalised word no list knows, nor shaped like a nationality or party
    ("Republican", "Chinese", "Tory"): a given name the first-name list lacks ("Dafydd")."""
    lowered = word.lower().strip(".,")
    known = TITLE_WORDS | ORG_WORDS | ORG_NOUNS | PLACE_WORDS | DEMONYMS | DEMONYM_PERSONS | COUNTRIES
    return (
        word.isalpha()
        and _is_cap(word)
        and not word.isupper()
        and lowered not in known
        and not _names_post(word)
        and not lowered.endswith(("an", "ese", "ish", "ic", "ist", "ite", "ory", "al"))
    )
