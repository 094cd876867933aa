"""What a speaker's name may be: never a piece of a longer name, nor a place a preposition governs.

A speaker phrase is read from the words a subject reader hands over; on news of other desks those
words are sometimes a piece of something else, and a piece printed as a speaker is worse than no
speaker (issue 12, frag20):

* **a piece of a longer capitalised run**: "the far-right National Front" read as a person
  "Front", "the Gulf Open Athletics Championships" as "Athletics", "the Mesa Verde Unified School
  District" as "Mesa Verde", "Trump National Doral" as "Doral". A name that no first name opens,
  glued by one space to a capitalised word before it (no title, honorific, opening word or
  possessive) or after it, is no whole name;
* **a common word opening a sentence** ("Policymakers argue", "Eight years ago, he"): see
  :mod:`factcheck.extraction.opening_common`;
* **an unnamed group** whose plural a capital opens ("Residents on Cromwell Grove said"): a group,
  as "residents" is;
* **a place**: a "person" whose every word is a word of place names ("Columbia, South Carolina
  says", "in Hudson, New Hampshire Monday, the supporter retorted");
* **a broken piece of text**: a word cut at its hyphen ("Democratic-" of "Democratic-backed"), a
  month of a date ("Aug" of "Aug. 30"), a title-case run ("Ben Carson Defends Himself Against");
* **the object of a preposition**, before the name or inside its phrase ("voters outside metro
  New York know"): "residents of Sheung Shui and Tuen Mun were complaining",
  "Speaking at the Gudaibiya Palace, the envoy said", "voters outside metro New York know": a name
  right after "in", "at", "of", "from", "near", "outside" … (perhaps after "the", a place word such
  as "metro", or another name and "and") is where or what, not who.

:func:`fit_name` says so: the registry then names the body the whole run names, or leaves the
words without a speaker.
"""

from __future__ import annotations

import re

import attrs

from factcheck.extraction.cue_words import CUES
from factcheck.extraction.opening_common import common_opening
from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.phrase_words import BODY_HEADS
from factcheck.extraction.speaker_words import (
    ANONYMOUS_PLURALS,
    HONORIFICS,
    OPENING_WORDS,
    ORG_NOUNS,
    ORG_WORDS,
    PLACE_WORDS,
    ROYAL_TITLES,
    TIME_WORDS,
    TITLE_WORDS,
    first_names,
)

#: A capitalised word right before a name, one space between (the name's run goes on leftwards).
_CAP_BEFORE = re.compile(r"(?:^|[\s(\"“‘'])(?P<word>[A-Z][\w’'&-]*) $")
#: Small words inside a body's name, between two capitalised words ("Committee for a Responsible
#: Federal Budget", "University of Chicago").
_JOINED = re.compile(r" (?:of|for|and|the|a|on)(?: (?:the|a))? $")
#: A capitalised word right after a name, one space between (the run goes on rightwards).
_CAP_AFTER = re.compile(r" (?P<word>[A-Z][\w’'&-]*)")

#: Prepositions whose object is a place or a thing, never the subject of the cue after it ("by",
#: "for", "to" and "with" are left: "a report by Oxfam", "a spokesman for X", "according to X").
_PLACE_PREPOSITIONS = (
    "in|at|of|from|near|outside|inside|across|around|throughout|into|between|among|within|beyond"
)
#: Words that may stand between the preposition and the name: "at the X", "outside metro X".
_PLACE_MODIFIERS = "the|metro|downtown|central|northern|southern|eastern|western|greater|rural|suburban"
_NAME = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
#: The words before a governed name: a preposition, perhaps "the", perhaps a name and "and".
_GOVERNED = re.compile(
    rf"(?<![\w-])(?:{_PLACE_PREPOSITIONS})\s+(?P<the>(?:{_PLACE_MODIFIERS})\s+)?(?P<and>{_NAME}\s+(?:and|or)\s+)?$"
)


#: Title words that qualify a post rather than name one ("National Security Adviser", "Acting
#: Director"): glued to a name that no first name opens ("National Front"), they are the name's.
_QUALIFYING_TITLES = frozenset(
    """deputy foreign vice prime senior interior defense defence finance economy trade health
    education energy agriculture transport home first special high acting former assistant state
    federal national central regional relief refugee humanitarian police army air navy security
    intelligence economic permanent supreme bank""".split()
)


def _opens_name(word: str) -> bool:
    """True for a word that may stand before a name without being part of it: a title, an
    honorific, an opening word, a day, a possessive or an acronym ("UN envoy" is read apart)."""
    bare = word.strip(".").lower()
    if bare.endswith(("'s", "’s")) or word.isupper() or bare in ("the", "a", "an"):
        return True
    parts = bare.split("-")
    return any(
        (part in TITLE_WORDS and part not in _QUALIFYING_TITLES)
        or part in HONORIFICS
        or part in ROYAL_TITLES
        or part in OPENING_WORDS
        for part in parts
    )


#: Last words of a body's name that the run before them completes ("Anti-Scam and Cyber Crime
#: Command", "William Osler Health System"), beside the body words of the speaker word lists.
BODY_TAILS = frozenset(
    """command system convention institution enforcement chamber front review tribunal guard finance
    community budget championships championship games open festival project united""".split()
)


def _body_tail(name: str) -> bool:
    """True when a name's last word is a body's ("… Coast Guard", "… Nurses United" is not)."""
    last = name.split()[-1].lower()
    return last in BODY_TAILS or last in ORG_WORDS or last in ORG_NOUNS or last in BODY_HEADS


def run_before(name: str, text: str, start: int, floor: int) -> int | None:
    """Where the capitalised run that ``name`` (written from ``start``) ends starts, when the name
    is a piece of it: one word, or words ending on a body's word, that no first name opens, glued
    by one space to capitalised words before it that are no title (a title of a post's kind, such
    as "National", may open a body's name: "National Front"), no honorific, no opening word and no
    possessive, and the word right before no first name ("Al Sharpton"). From ``floor`` on (the
    phrase's own words) the run goes on over "of", "for", "and" and "the" ("The Committee for a
    Responsible Federal Budget"). None when the name stands alone."""
    first = name.split()[0]
    if first.lower() in first_names() or first.strip(".").lower() in HONORIFICS:
        return None
    if " " in name and not _body_tail(name):
        return None  # "Datuk Hafiz Othman", "Acting Insp Kinsella": a person after a title
    line_start = text.rfind("\n", 0, start) + 1
    at = None
    while (before := _CAP_BEFORE.search(text, max(line_start, start - 40), start)) is not None:
        word = before.group("word")
        if _opens_name(word) or (at is None and word.lower() in first_names()):
            break
        at = start = before.start("word")
        joined = _JOINED.search(text, max(floor, start - 40), start)
        if joined is not None and _CAP_BEFORE.search(text, max(floor, start - 40), joined.start() + 1):
            start = joined.start() + 1  # "Committee for a Responsible …": over the connector
    return at


def run_after(text: str, end: int) -> bool:
    """True when a capitalised word (no day or opening word) is glued by one space to a name
    ending at ``end``: "Mesa Verde Unified …", the run goes on."""
    after = _CAP_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group("word").lower()
    return word not in TIME_WORDS and word not in OPENING_WORDS


#: A verb of saying right after a name: the name is its subject ("Voting ended in Ohio and Trump
#: said …"), though a preposition and another name stand before it.
_CUE_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b")


def governed(text: str, start: int, end: int) -> str | None:
    """How the words right before a name at ``text[start:end]`` (on its line) end on a
    preposition of place: "the" when "the" or a place word stands between ("at the Gudaibiya
    Palace", "outside metro New York"), "" when the preposition does, or another name and "and"
    that no verb of saying follows ("residents of Sheung Shui and Tuen Mun were complaining", but
    "Voting ended in Ohio and Trump said"); None when they do not."""
    line_start = text.rfind("\n", 0, start) + 1
    found = _GOVERNED.search(text, max(line_start, start - 80), start)
    if found is None:
        return None
    verb = _CUE_NEXT.match(text, end)
    if found.group("and") and verb is not None and verb.group("verb") in CUES:
        return None
    return "the" if found.group("the") else ""


def _name_at(phrase: Phrase, text: str) -> tuple[int, int] | None:
    """Where the phrase's name is written inside its words (the last time), None when it is not
    written there as it stands."""
    words = phrase.span.of(text)
    name = phrase.name or ""
    at = words.rfind(name) if name else -1
    if at < 0:
        return None
    return phrase.span.start + at, phrase.span.start + at + len(name)


#: Months as datelines and dates write them ("Aug. 30", "MAY 2024"): no name.
MONTHS = frozenset(
    """jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june
    july august september october november december""".split()
)
#: Capitalised words of a title-case line that no person's name holds ("Ben Carson Defends Himself
#: Against Claims"): a pronoun, a verb of saying (a preposition may stand in a body's name:
#: "Doctors Without Borders").
_TITLE_CASE_WORDS = frozenset("he she his her him himself herself they them their we you says said".split())


def broken_name(name: str, text: str, end: int) -> bool:
    """True when a person's "name" is a broken piece of text: a word cut at its hyphen
    ("Democratic-" of "Democratic-backed"), a bracket left open or shut ("PiS) party's club"), a
    month of a date ("Aug" of "Aug. 30", "MAY" in capitals), or a run of a title-case line that
    holds a pronoun or "Says" ("Ben Carson Defends Himself Against")."""
    if name.endswith("-") or name.count("(") != name.count(")"):
        return True
    words = name.split()
    if len(words) == 1 and words[0].lower().strip(".") in MONTHS:
        month = words[0]
        return month.isupper() or re.match(r"\.?\s+\d", text[end : end + 4]) is not None
    return len(words) > 2 and any(w.lower() in _TITLE_CASE_WORDS for w in words[1:])


def place_only(name: str) -> bool:
    """True when every word of a person's "name" is a word of place names ("South Carolina",
    "New York", "Capitol Hill"): a place, no person; a one-word first name ("Virginia",
    "Jordan") may be a person."""
    words = name.split()
    if len(words) == 1 and words[0].lower() in first_names():
        return False
    return all(w.lower() in PLACE_WORDS for w in words)


def _title_case(text: str, at: int) -> bool:
    """True when the line holding ``at`` is written in title case (a headline: "Sanders Says He
    Will …"), where every word is capitalised and a run says nothing of a name's end."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def fit_name(phrase: Phrase, text: str, *, speaking: bool, known: bool = False) -> Phrase | None:
    """The phrase a person's or body's phrase may stand for, None when it names no one: a name
    that is a piece of a capitalised run inside its own words is the body the whole run names
    ("The far-right National Front" is the National Front, no person "Front"); a piece of a run
    that goes on outside them, or (for a speaker) a name a preposition governs that is no person's
    and no body's ("residents of Sheung Shui and Tuen Mun"), is no one. ``known``: the name is a
    person's the article named before, whatever stands around it."""
    if phrase.kind != "person" or not phrase.name or known:
        return phrase
    if place_only(phrase.name):
        return None  # "Stacy Baker of Columbia, South Carolina says": the place says nothing
    if broken_name(phrase.name, text, phrase.span.end):
        words = phrase.name.split()
        if len(words) > 2 and words[0].lower() in first_names() and phrase.name.endswith(words[-1]):
            # "Ben Carson Defends Himself Against Claims …": the first name and the surname
            return attrs.evolve(phrase, name=" ".join(words[:2]))
        return None  # "a number of Democratic-backed measures", "Aug. 30"
    if phrase.span.of(text) == phrase.name:
        reading = common_opening(phrase.name, text, phrase.span.start)
        if reading == "none":
            return None  # "Eight years ago, he …", "Someone called it …": no one named
        if reading == "group":  # "Policymakers argue …": an unnamed group, as "officials" is
            return Phrase(phrase.span, "anonymous", name=phrase.name, head=phrase.name.lower())
    where = _name_at(phrase, text)
    if where is None or _title_case(text, phrase.span.start):
        return phrase
    start, end = where
    name = phrase.name
    words = name.split()
    if words[0].lower() in ANONYMOUS_PLURALS and len(words) > 1 and words[1].islower():
        # "Residents on Cromwell Grove said": an unnamed group, as "residents" alone is
        # ("Doctors Without Borders" is a body's name)
        return Phrase(phrase.span, "anonymous", name=name, head=words[0].lower())
    if start > phrase.span.start and governed(text, start, end) is not None:
        lead = text[phrase.span.start : start].split()
        titled = re.match(
            r"(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+(?P<name>[A-Z][\w’'-]+)\s+(?:of|from|at)\b", phrase.span.of(text)
        )
        if titled is not None:
            # "Mr. Morgan of the Sierra Club said": Mr. Morgan, not the club
            return attrs.evolve(phrase, name=titled.group("name"), role=None)
        if any(w.lower() in ORG_NOUNS or w.lower() in ORG_WORDS for w in lead):
            # "The Association of Major Power Consumers in Ontario", "the police prefecture in
            # Nantes": the body the whole phrase names, not the place
            whole = re.sub(r"^[Tt]he\s+", "", phrase.span.of(text)).strip()
            return attrs.evolve(phrase, kind="organisation", name=whole, head=None)
        return None  # "voters outside metro New York know …": the voters, not New York
    run = run_before(name, text, start, phrase.span.start)
    if run is not None and run < phrase.span.start:
        return None
    if run is not None and _body_tail(name):
        return attrs.evolve(phrase, kind="organisation", name=text[run:end], head=name.split()[-1].lower())
    if _body_tail(name) and " " in name and name.split()[0].lower() not in first_names():
        # "The Mesa Verde Unified School District", "Anti-Scam and Cyber Crime Command": a body
        return attrs.evolve(phrase, kind="organisation", head=name.split()[-1].lower())
    if _body_tail(name) or any(_opens_name(w) for w in text[phrase.span.start : start].split()):
        return phrase  # "Professor Knittel", "Brookings": a person, a body
    how = governed(text, phrase.span.start, phrase.span.end) if speaking else None
    if how == "the":
        return None  # "Speaking at the Gudaibiya Palace, the envoy said": a place, no one
    if name.split()[0].lower() in first_names():
        return phrase
    if end == phrase.span.end and run_after(text, end):
        return None  # "the Mesa Verde Unified School District" is no "Mesa Verde"
    return None if how is not None else phrase
