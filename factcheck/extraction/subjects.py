"""Subjects far from their cue: "NAME, APPOSITIVE, said …".

News writing often puts a long description between a speaker's name and the verb of saying:

* "Arturo Ruiz, Mexico's ambassador to the United States from 2007 to 2013, said …";
* "Pete Lane, an Indiana consultant whose firm was hired by the campaign, said …";
* "Dana Kim, a senior vice president in the Boca Raton office of Some Bank, said …".

The description (an appositive, perhaps holding a relative clause or prepositions) is the
speaker's role; the name that opens the clause is the speaker.  :func:`appositive_subject`
reads that shape in the text before a cue; the caller tries it where the phrase right before
the cue reads as no speaker, or as the description itself.

An unnamed group may likewise be known by the words after its noun ("people familiar with the
matter", "those surveyed", "Those over 60"): :func:`described_group`.
"""

from __future__ import annotations

import re

import attrs

from factcheck.extraction.body_apposed import named_body
from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.phrases import parse_phrase
from factcheck.extraction.seat_tags import AFTER_NAME_TAG
from factcheck.extraction.speaker_words import ANONYMOUS_PLURALS, ORG_NOUNS
from factcheck.extraction.text import UPPER
from factcheck.model import Span
from factcheck.vocabulary import PERSON_NOUNS

#: Words a group does not open with: prepositions, verbs, "is".
NO_GROUP_OPENING = frozenset("of to in with for on at by from as into is are was were has have".split())


def no_group_inside(words: list[str]) -> bool:
    """True when a word before the last of ``words`` cannot stand inside a group of people: a
    preposition after no plural of people ("fire from business leaders"; "critics from both parties"
    is one), a verb in -s before no preposition ("law protects tenants"; "teachers unions" is one)."""
    for i, word in enumerate(words[:-1]):
        if word in NO_GROUP_OPENING and word not in ("of", "in"):
            linked = i > 0 and words[i - 1] in ANONYMOUS_PLURALS
        else:
            verb = re.fullmatch(r"[a-z]+[^s’']s", word) is not None and word[:-1] not in PERSON_NOUNS
            linked = not verb or words[i + 1] in NO_GROUP_OPENING
        if not linked:
            return True
    return False


#: A clause's start before the name: the sentence's start, or an opening phrase ("On Monday, ",
#: "In a statement, ") or a conjunction ("But ") before it.
_OPENING = (
    r"(?:(?:[Ii]n|[Oo]n|[Aa]t|[Aa]fter|[Bb]efore|[Dd]uring|[Ll]ast|[Ll]ater|[Ee]arlier|[Mm]eanwhile|"
    r"[Tt]his|[Ff]or)\b[^,;:“”\"]{0,50},\s+|(?:But|And|Yet|Still|Now|Meanwhile|However),?\s+|"
    # a fronted participle: "Speaking at a media briefing, "
    r"(?:Speaking|Addressing|Appearing|Testifying|Writing)\b[^,;:“”\"]{0,60},\s+)?"
)
#: NAME , APPOSITIVE[, MORE] , [auxiliaries] (to the cue).  The appositive opens like a
#: description: an article, a possessive, a number (an age), a preposition ("at the Royal
#: Institute"), a capitalised title or place word, or a relative pronoun.
APPOSITIVE_SUBJECT = re.compile(
    # a post in lower case may open the name: "Independent reef scientist Dr Jonas Okwuosa, of …,"
    r"\s*"
    + _OPENING
    + r"(?P<name>(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+(?:[a-z][\w-]*\s+){1,3}(?=["
    + UPPER
    + r"]))?"
    # a capital of any Latin alphabet opens a name: "Öztürkmen, a former academic, said"
    r"[" + UPPER + r"][\w’'.-]*(?:\s+(?:[" + UPPER + r"][\w’'.-]*|de|van|von|al|bin|da|"
    r"(?:of|for|and)(?=\s+[A-Z])|[a-z]+(?:\s+[a-z]+)?(?=\s*,\s*(?:which|who|whose)\b))){0,7})"
    # a party-hometown or seat tag may follow the name: "Ald. Jeanette Price, 9th Ward, a close ally …,"
    r"(?:\s*\([A-Z][^()]{0,20}\))?(?:\s*,\s*" + AFTER_NAME_TAG + r"(?=\s*,))?"
    r"\s*,\s+(?P<role>(?:the|a|an|at|of|from|with|who|whose|which|[A-Z][\w.-]*(?:[’']s?)?|\d{1,3}|[a-z][\w-]*)\b"
    # a short bracket inside the description: "Director of the Blood Service (NBTS)",
    # "director (operations) of the Fire Service"
    r"(?:[^;:“”\"()]|\([^();:“”\"]{1,30}\)){1,260}?)"
    r"\s*,\s*(?:(?:also|has|have|had|will|would|later|then|previously|recently|earlier|again)\s+)*$"
)
#: NAME (ASIDE) [auxiliaries] (to the cue): "Sen. Jo Ames (a Maine Democrat elected in 2012) says".
PARENTHESIS_SUBJECT = re.compile(
    r"\s*" + _OPENING + r"(?P<name>[" + UPPER + r"][\w’'.-]*(?:\s+[" + UPPER + r"][\w’'.-]*){0,4})\s*"
    r"\((?P<role>[^()]{3,160})\)"
    r"\s*(?:(?:also|has|have|had|will|would|later|then|previously|recently|earlier|again)\s+)*$"
)
#: PLURAL NOUN who/whose CLAUSE (to the cue), no comma: "Supporters who have heard from the
#: campaign say", "The state officials whose laws were struck down say"; or PLURAL NOUN VERBing
#: …: "Democrats trying to regain control of the Senate say".
RELATIVE_GROUP = re.compile(
    r"\s*"
    + _OPENING
    + r"(?P<name>(?:[Tt]he\s+|(?:[Mm]any|[Ss]ome|[Mm]ost)\s+(?:of\s+(?:the|their|his|her)\s+)?)?"
    r"(?:[\w’'-]+\s+){0,3}?[A-Za-z][a-z]+s)"
    # "who’d rather …", and a participle: "Democrats trying to regain the Senate say"
    r"\s+(?:who|whose|who[’'](?:d|ve|re|ll)|"
    r"(?P<participle>(?!(?:during|including|according|regarding|concerning)\b)[a-z]{3,}ing))"
    r"\s+[^,;:“”\"()]{3,140}?\s+$"
)
#: The cues a group described by a participle may speak by ("Democrats trying to … say").
_SAYS = re.compile(r"(?:say|says|said|told|tell|tells)\b")
#: Participles that are cues themselves: "Keeps saying she opposed …" holds no group.
_SPEAKING_PARTICIPLES = frozenset(
    "saying telling arguing claiming noting adding insisting asking calling".split()
)
#: An appositive opening on a lower-case word that is no article, preposition or relative.
_BARE_ROLE = re.compile(r"(?!(?:the|a|an|at|of|from|with|who|whose|which)\b)[a-z]")
#: "one of the two no votes", "one of the plaintiffs": one of a group, a description of a person.
_ONE_OF = re.compile(r"one\s+of\b")
#: A capitalised word opening an appositive, no possessive: "Director of the Blood Service".
_TITLED_ROLE = re.compile(r"[A-Z][\w.-]*(?![\w.-]*[’'])\b")


def _a_name(words: str) -> bool:
    """True when ``words`` read as one person's name alone ("Kostas Stamoulis")."""
    phrase = parse_phrase(words, 0, len(words))
    return phrase is not None and phrase.kind == "person" and phrase.name == words and not phrase.role


#: Capitalised words then a verb in the past: a clause ("Mr. Mitchell resigned"), no description.
_NAMED_CLAUSE = re.compile(r"(?:[A-Z][\w.’'-]*\s+)+[a-z]+ed\b")


#: Names joined by "and": the rest of a list, no description ("Jones and Brown").
_NAME_LIST = re.compile(r"(?:[A-Z][\w.’'-]*\s+)+(?:and|or|&)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*")


def _names_post(role: str, words: int) -> bool:
    """True when one of the first ``words`` words of ``role`` is a person noun (a post)."""
    return any(w.strip("(),") in PERSON_NOUNS for w in role.lower().split()[:words])


#: Lower-case words that open no description: "Lee Epstein, along with Judge …, said".
_NOT_DESCRIPTION = re.compile(
    r"(?:along|together|as|like|including|such|also|then|now|and|or|but|through|via|in|on|for|to|by)\b"
)
#: Words that open a list or a clause, never a description: "Smith, and Jones said".
_NOT_ROLE = re.compile(r"(?:and|or|but|nor|so|then|that|if|when|while)\b", re.I)
#: A description holds no finite verb outside a relative clause ("the plan, the governor said").
_FINITE = re.compile(r"\b(?:is|are|was|were|said|says|told|did|does)\b")
#: Kinds of phrase that may open a clause as its speaker.
_SPEAKING = frozenset({"person", "organisation", "org-descriptor", "descriptor"})


def appositive_subject(text: str, sentence_start: int, cue_start: int) -> Phrase | None:
    """The named speaker of "NAME, APPOSITIVE, CUE" in ``text[sentence_start:cue_start]``.

    NAME must open the sentence (after an opening phrase or a conjunction at most) and read as a
    person (or a body, before a relative clause or an appositive naming a body, "the agency
    that …"); a person's appositive becomes the phrase's role.  Also
    "NAME (ASIDE) CUE" and "PLURAL NOUN who CLAUSE CUE".  None when the text has another shape.
    """
    window = text[sentence_start:cue_start]
    if "," not in window and "(" not in window and " who" not in window and "ing " not in window:
        return None  # the cheap test first: none of the four shapes
    match = APPOSITIVE_SUBJECT.fullmatch(text, sentence_start, cue_start) or PARENTHESIS_SUBJECT.fullmatch(
        text, sentence_start, cue_start
    )
    if match is None:
        group = RELATIVE_GROUP.fullmatch(text, sentence_start, cue_start)
        if group is None:
            return None
        if group.group("participle") and (
            not _SAYS.match(text, cue_start)
            or group.group("participle") in _SPEAKING_PARTICIPLES
            or re.search(r"[a-z]ed\s", group.group("name"))
        ):
            return None  # "Many carried placards supporting …", "Keeps saying she opposed …"
        phrase = parse_phrase(text, group.start("name"), group.end("name"))
        if phrase is not None and phrase.kind in ("anonymous", "org-descriptor"):
            return phrase
        words = group.group("name")
        if len(words.split()) > 1 or (phrase is not None and phrase.name != words):
            return None
        # "Supporters who …": a plural noun alone opening the sentence is an unnamed group
        span = Span(group.start("name"), group.end("name"))
        return Phrase(span, "anonymous", name=words, head=words.lower())
    role = match.group("role").strip()
    if _NOT_DESCRIPTION.match(role):
        return None
    if _BARE_ROLE.match(role) and not _ONE_OF.match(role) and not _names_post(role, 3):
        return None  # a bare lower-case appositive must name a post: "research director for IHS"
    if _TITLED_ROLE.match(role) and _a_name(role.split(",")[0].strip()):
        return None  # "The Director of the Division, Kostas Stamoulis, said": the name is after
    if _NAMED_CLAUSE.match(role):
        return None  # "Disillusioned, Mr. Mitchell resigned, convinced …": a clause, no description
    parts = role.split(",")
    if _NAME_LIST.fullmatch(parts[0].strip()):
        return None  # "Smith, Jones and Brown, the three councillors, said": a list of names
    if any(re.match(r"[a-z]+ed\b", part.strip()) for part in parts[1:]):
        return None  # "…, vice chairwoman for the campaign, emailed supporters …": a verb, no description
    if any(_NOT_ROLE.match(part.strip()) for part in parts):
        return None  # "Trump, the nominee, and Clinton said": a list, not a description
    relative = re.match(r"(?:who|whose|which)\b", role) is not None
    outside = re.split(r"\b(?:who|whose|which|that)\b", role)[0]
    if _FINITE.search(outside):
        return None
    phrase = parse_phrase(text, match.start("name"), match.end("name"))
    body_noun = next((w for w in re.findall(r"[a-z]+", outside.lower()) if w in ORG_NOUNS), None)
    if phrase is None and body_noun is not None:
        # "The Consumentenbond, the country's largest consumer association, said": a name the
        # reader does not know, described as a body, is that body
        phrase = named_body(text, match.start("name"), match.end("name"), body_noun)
    named = phrase is not None and phrase.kind == "person" and bool(phrase.name)
    # "The Federal Aviation Administration, the agency that oversees air travel, said": a body
    # described as a body
    body = (
        phrase is not None
        and phrase.kind == "organisation"
        and any(w in ORG_NOUNS for w in re.findall(r"[a-z]+", outside.lower()))
    )
    if phrase is None or not (named or body or (relative and phrase.kind in _SPEAKING)):
        return None
    if " and " in match.group("name") and phrase.kind != "organisation":
        return None  # "Smith and Jones, the two senators, said": two people, not one name
    if phrase.kind != "person":
        return phrase
    role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.I)
    return attrs.evolve(phrase, role=phrase.role or role)


#: An unnamed group known by what it knows or where it stands: "people familiar with the
#: matter", "People briefed on the talks", "those surveyed", "Those over 60".
DESCRIBED_GROUP = re.compile(
    r"\s*(?:(?:most|many|some|several|two|three|four|other)\s+)?(?:[Pp]eople|[Tt]hose|[a-z]+s)\s+"
    r"(?:familiar\s+with|close\s+to|with\s+(?:direct\s+|first-?hand\s+)?knowledge\s+of|briefed\s+on|"
    r"involved\s+in|aware\s+of|surveyed|polled|questioned|interviewed|over\s+\d+|under\s+\d+|"
    r"aged\s+\d+)\b[^,;:“”\"]{0,60}"
)


def described_group(text: str, start: int, end: int) -> Phrase | None:
    """``text[start:end]`` as an unnamed group known by what follows its noun (see
    :data:`DESCRIBED_GROUP`), an anonymous source; None for any other words."""
    words = text[start:end]
    if DESCRIBED_GROUP.fullmatch(words.rstrip()) is None:
        return None
    lead = len(words) - len(words.lstrip())
    name = words.strip()
    return Phrase(
        Span(start + lead, start + lead + len(name)), "anonymous", name=name, head=name.split()[0].lower()
    )


#: The words that open a plain noun phrase: an article, a demonstrative, a possessive, a quantity.
_DETERMINER = (
    r"(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]hese|[Tt]hose|[Aa]n?|[Oo]ne|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Bb]oth|"
    r"[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w.-]*[’']s?)"
)
#: A number or a share that counts people: "four out of 10", "6 in 10", "a third", "33%", "67 percent".
_SHARE = (
    r"(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Oo]nly|[Jj]ust(?:\s+(?:over|under|shy\s+of))?|"
    r"[Mm]ore\s+than|[Ff]ewer\s+than|[Ll]ess\s+than|[Aa]t\s+least|[Aa]round|[Oo]ver|[Uu]nder)\s+)?"
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|half|[Aa]\s+(?:third|quarter|majority)|"
    r"two-thirds|three-quarters|[Hh]alf)"
    r"(?:\s+(?:in|out\s+of)\s+(?:\d+|ten)|\s*%|\s+percent)?"
)
#: A plain noun phrase before a cue, up to its head noun ("The NFL legend", "The source",
#: "Clinton's confidants", "About four out of 10 voters"), or a plural with a phrase of "of" after
#: it ("Proponents of the new bill").
NOUN_SUBJECT = re.compile(
    r"\s*(?:(?:" + _DETERMINER + r"|" + _SHARE + r"(?:\s+of)?)(?:\s+[\w’'-]+){0,5}?"
    r"|[A-Z][a-z]+s(?:\s+of(?:\s+[\w’'-]+){1,4})?)\s*"
)
#: Words that no plain subject holds: pronouns, verbs of a clause, words that open one.
_NO_SUBJECT_WORD = frozenset(
    """i you he she it we they me him us them is are was were be been being has have had do does did
    will would can could should may might must not no never that which who whom whose what when where
    why how if because while although though and or but so than as said says told say tell tells""".split()
)


#: Words a noun phrase does not end on.
_NOT_HEAD = frozenset(
    """of the a an to for in on at with by from their his her its our my your new old two three
    spring fall often overall""".split()
)
#: The verbs of saying, before which any plain noun phrase may speak; before other cues its head
#: must name a source (:func:`_names_a_source`).
SAYING = re.compile(r"(?:said|says|say|told|tells|tell|added|adds)\b")


#: Nouns for a source that are no person's post or body: "the source", "the person", "the narrator".
SOURCE_NOUNS = frozenset(
    """source sources person insider narrator speaker star legend magnate developer socialist
    fact-checker chairmen release memo letter cable column editorial petition website""".split()
)


def _names_a_source(name: str, head: str) -> bool:
    """True for a noun phrase that names who speaks by its head: a proper name ("The Vatican",
    "The Democrats"), a noun for a person, a group or a body."""
    words = name.split()
    return (
        words[-1][:1].isupper()
        or head in PERSON_NOUNS
        or head in ANONYMOUS_PLURALS
        or head in ORG_NOUNS
        or head in SOURCE_NOUNS
    )


def noun_subject(text: str, start: int, end: int, cue: int) -> Phrase | None:
    """``text[start:end]`` as a plain noun phrase that names no one in particular, an unnamed
    source: "The NFL legend", "The source", "Clinton's confidants", "About four out of 10 voters",
    "Proponents of the new bill".  Read where no name, body, pronoun or known noun was found
    before the cue at ``cue``; None for words that hold a clause or end on no noun ("talk-" before
    "show": a cue inside a word)."""
    match = NOUN_SUBJECT.fullmatch(text, start, end)
    if match is None:
        return None
    words = re.findall(r"[\w’'-]+", match.group().lower())
    if len(words) < 2 or len(words) > 9 or any(re.sub(r"[’'].*", "", w) in _NO_SUBJECT_WORD for w in words):
        return None
    last = words[-1]
    name = match.group().strip(" ,")
    if (
        last.endswith(("ly", "’s", "'s"))
        or name.endswith("-")
        or last in _NOT_HEAD
        or (last[:1].isdigit() and re.fullmatch(_SHARE, name) is None)  # "About 4 in 10" counts people
        or any(w.endswith("ed") and "-" not in w and w not in PERSON_NOUNS for w in words)
    ):
        return None  # "The documents included 44", "Editor’s", "the old": no noun to end on
    if SAYING.match(text, cue) is None and not _names_a_source(name, last):
        return None  # "The decision is expected", "the chance …": another verb needs a known source
    lead = len(match.group()) - len(match.group().lstrip())
    span = Span(start + lead, start + lead + len(name))
    return Phrase(span, "anonymous", name=name, head=last)
