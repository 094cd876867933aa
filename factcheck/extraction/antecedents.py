"""Antecedents: the people and bodies a sentence names outside speaker phrases.

Each is noted in the speaker registry as someone a later "he", "she", "it" or "the company"
may mean: the bodies a sentence names, a named person who opens a sentence, and every person
a zone names with first-name, honorific or title evidence.  They change when what counts as a
mention changes, not when attribution rules do.
"""

from __future__ import annotations

import re

import attrs

from factcheck.extraction.aged import aged_subject_antecedent
from factcheck.extraction.apposed_bodies import APPOSED_BODY_NOUNS
from factcheck.extraction.apposed_one_name import note_one_name_subject
from factcheck.extraction.body_names import CORPORATE_CAPITALS
from factcheck.extraction.fronted_voice import FRONTED_VOICE, fronted_voice
from factcheck.extraction.late_subjects import note_late_subject, note_unnamed_subject
from factcheck.extraction.name_particles import HYPHENED_ARTICLE
from factcheck.extraction.named_intro import introduced_by_name
from factcheck.extraction.nature_names import river_at
from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.phrases import parse_phrase
from factcheck.extraction.speaker_words import (
    AP_PARTY_TAG,
    HONORIFIC_GENDER,
    NOT_ORG_ACRONYMS,
    ORG_WORDS,
    PARTY_TAG,
    RELATIONS,
    first_names,
)
from factcheck.extraction.speakers import SpeakerRegistry
from factcheck.extraction.subject_tails import TAILED_SUBJECT
from factcheck.extraction.surname_aside import LINKING_ASIDE
from factcheck.extraction.text import DATELINE_OPENING, UPPER, word_alternation
from factcheck.first_chars import looking_first
from factcheck.model import Span
from factcheck.vocabulary import PERSON_NOUNS
from factcheck.word_index import WordGate

PARTY_TAG_RE = re.compile(PARTY_TAG)
AP_PARTY_TAG_RE = re.compile(AP_PARTY_TAG + r"(?=,)")
ORG_MENTION = re.compile(
    r"\b(?:[A-Z]\.){2,}(?=[\s,;:)]|$)|\b[A-Z][A-Z&-]{1,9}\b|"
    r"\b(?:[A-Z][\w’'.-]*[ \t]+(?:(?:of|for|and|on|the)[ \t]+)?){0,6}(?:"
    + word_alternation(
        [*(w.capitalize() for w in ORG_WORDS if w != "who"), *CORPORATE_CAPITALS]
    )  # "WHO", never "Who"
    + r")\b(?:[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w’'.-]*[ \t]*)+)?"
)
ORG_MENTION = looking_first(ORG_MENTION)  # same matches, tried only where one can start


#: Nouns an appositive gives a business by ("Lumen, a battery startup based in Oakland, …").
BUSINESS_NOUNS = (
    "company|startup|start-up|firm|maker|manufacturer|retailer|carrier|airline|insurer|lender|"
    "chain|conglomerate|developer|producer|provider|supplier|brewer|miner|automaker|distributor"
)
#: A capitalised name, then an appositive whose head is a business noun: the name is a body
#: though it has no "Inc." or "Bank" to show it.  The noun must end its phrase ("a company
#: director" is a person).
APPOSED_BODY = re.compile(
    r"(?<![\w’'.-])(?P<name>[A-Z][\w&’'.-]*(?:[ \t]+[A-Z][\w&’'.-]*){0,3}),[ \t]+(?:a|an|the)[ \t]+"
    r"(?:[\w’'$.-]+[ \t]+){0,4}?(?P<noun>" + BUSINESS_NOUNS + "|" + APPOSED_BODY_NOUNS + r")"
    r"(?=[ \t]*[,.;]|[ \t]+(?:based|that|which|founded|headquartered|in|from|with|whose|owned|"
    r"backed|listed)\b)"
)
APPOSED_BODY = looking_first(APPOSED_BODY)  # same matches, tried only where one can start


def _a_persons_name(name: str, registry: SpeakerRegistry) -> bool:
    """True when an apposed name reads as a person's: a first name opening two or more words, or
    the surname of a person the article has named ("Tom Walsh, a retired coal miner," and later
    "Walsh, a coal miner,": "miner", "developer" and "producer" are trades as well as businesses)."""
    words = name.split()
    if len(words) > 1:
        return words[0].lower() in first_names()
    return registry.knows_surname(name)


def _apposed_body_at(text: str, start: int, registry: SpeakerRegistry) -> bool:
    """True when the name at ``start`` has an appositive that makes it a body (:data:`APPOSED_BODY`)
    and does not read as a person's name."""
    match = APPOSED_BODY.match(text, start)
    return match is not None and not _a_persons_name(match.group("name"), registry)


def note_bodies(
    text: str, registry: SpeakerRegistry, sentence: Span, taken: list[Span], acronyms_only: bool = False
) -> None:
    """Note every organisation the sentence names, outside speaker phrases, as an antecedent.

    In a headline, where every word may be capitalised, only acronyms count.  A dateline names
    where the story was filed, no body ("NEW YORK (AP) — The company …" is no body "YORK").  A
    name an appositive calls a company is one ("Lumen, a battery startup based in Oakland, …").
    """
    dateline = DATELINE_OPENING.match(text, sentence.start, sentence.end)
    if not acronyms_only:
        for match in APPOSED_BODY.finditer(
            text, dateline.end() if dateline else sentence.start, sentence.end
        ):
            span = Span(match.start("name"), match.end("name"))
            if any(t.overlaps(span) for t in taken) or _a_persons_name(match.group("name"), registry):
                continue
            registry.note(
                Phrase(span, "organisation", name=match.group("name"), head=match.group("noun")), text
            )
    for match in ORG_MENTION.finditer(text, dateline.end() if dateline else sentence.start, sentence.end):
        span = Span(match.start(), match.end())
        words = match.group().strip()
        if (text[span.start - 1 : span.start] == "(" and PARTY_TAG_RE.match(text, span.start - 1)) or (
            text[span.start - 2 : span.start] == ", " and AP_PARTY_TAG_RE.match(text, span.start)
        ):
            continue  # "Rep. Peter King (R-N.Y.)", "Chuck Schumer, D-N.Y.,": a party and a state, no body
        if acronyms_only and not words.replace(".", "").isupper():
            continue
        if any(t.overlaps(span) for t in taken) or words.replace(".", "").upper() in NOT_ORG_ACRONYMS:
            continue
        if words.isupper() and match.start() == sentence.start and len(words) > 5:
            continue  # a shouted headline word, not an acronym
        phrase = parse_phrase(text, span.start, span.end)
        if phrase is not None and phrase.kind == "organisation":
            registry.note(phrase, text)


def note_subject(text: str, registry: SpeakerRegistry, sentence: Span, taken: list[Span]) -> None:
    """Note a named person who opens a sentence ("IMF research chief Olivier Blanchard downplayed …")."""
    match = SUBJECT_NAME.match(text, sentence.start, sentence.end)
    if match is None:
        apposed = APPOSED_SUBJECT.match(text, sentence.start, sentence.end)
        if apposed is not None and any(w in PERSON_NOUNS for w in apposed.group("post").lower().split()):
            match = apposed  # "The company's former finance chief, Priya Nair, is cooperating …"
    if match is None:
        match = FRONTED_SUBJECT.match(text, sentence.start, sentence.end)  # "In Ilagan, Jun Mercado, 45, …"
    if match is None:
        alone = SURNAME_SUBJECT.match(text, sentence.start, sentence.end)
        if alone is not None and registry.knows_surname(alone.group("name")):
            match = alone  # "Okafor was unmoved.": a person the article has named in full
    if match is None and (
        note_late_subject(text, registry, sentence, taken)
        or note_unnamed_subject(text, registry, sentence, taken)
        or note_late_subject(text, registry, sentence, taken, TAILED_SUBJECT)
    ):
        return  # "In Kyiv, President Oleksandr Hrytsenko thanked …", "A senior official … denied …"
    if match is None:  # "Across the mountain in Constantia, retired accountant Pieter van der Merwe has …"
        match = fronted_voice(text, sentence.start, sentence.end, registry.knows_surname)
    if match is None:
        aged = aged_subject_antecedent(text, sentence.start, sentence.end)
        if aged is not None:  # "Before he was sentenced, the 52-year-old stood …": Albrecht, 52,
            named = parse_phrase(text, *aged)
            if named is not None and named.kind == "person":
                registry.note(named, text)
        else:
            note_one_name_subject(text, registry, sentence)  # "His wife, Dianne, is blunter."
        return
    span = Span(match.start("name"), match.end("name"))
    if any(t.overlaps(span) for t in taken) or _apposed_body_at(text, span.start, registry):
        return  # "Flood Re, the government-backed scheme, covers …": a body (note_bodies)
    phrase = parse_phrase(text, span.start, span.end)
    if (
        phrase is not None
        and phrase.kind == "person"
        and (_named_enough(text, phrase) or match.re is SURNAME_SUBJECT or match.re is FRONTED_VOICE)
    ):
        registry.note(phrase, text)


#: A run of capitalised words that may name a person ("Governor Tom Baker", "Amy Lee").
#: A run of capitalised words; a name's lower-case particle may join two of them ("Bill de Blasio").
CAPITALISED_RUN = re.compile(
    r"\b["
    + UPPER
    + r"][\w’'.-]*(?:[ \t]+(?:(?:(?:de|van|von|da|del|della|di|du|der|den|bin|ibn|al|le|la|ten|ter|dos|"
    r"das|do|[’']t)[ \t]+){1,2}|" + HYPHENED_ARTICLE + r")?"
    r"[" + UPPER + r"][\w’'.-]*){1,4}"
    r"(?:,?[ \t]+(?:Jr|Sr)\.?|[ \t]+(?:II|III|IV)\b)?"  # "Joseph R. Biden Jr.": the suffix is the name's
)
CAPITALISED_RUN = looking_first(CAPITALISED_RUN)  # same matches, tried only where one can start


def _named_enough(text: str, phrase: Phrase) -> bool:
    """True when a capitalised run surely names a person: a full name, a title, or an honorific
    before a single name ("Mrs. Okonkwo")."""
    words = phrase.span.of(text).split()
    return (
        " " in (phrase.name or "")
        or bool(phrase.role)
        or (len(words) > 1 and words[0].strip(".").lower() in HONORIFIC_GENDER)
    )


#: A person the text names by one name only, said so: "a woman everyone calls Marisol", "known to
#: regulars as Tito", "who goes by Nando", "gave her name only as Amira", "identified only as Karim".
CALLED_NAME = re.compile(
    r"\b(?:(?:everyone|everybody|people|friends|neighbou?rs|locals|regulars|customers|colleagues)\s+calls?\s+"
    r"(?:(?:her|him)\s+)?|known\s+(?:to\s+\w+\s+)?(?:only\s+|simply\s+)?as\s+|goes\s+by\s+|"
    r"gave\s+(?:her|his|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+|identified\s+only\s+as\s+|"
    r"identified\s+(?:only\s+)?by\s+(?:her|his|their)\s+first\s+name,?\s+)"
    r"(?P<name>[A-Z][a-z’'-]+)\b(?![ \t]+[A-Z])(?![ \t]+[a-z]{1,3}[- ][A-Z])(?![’']s)"
)
CALLED_NAME = looking_first(CALLED_NAME)  # same matches, tried only where one can start
CALLED_NAME_GATE = WordGate(CALLED_NAME)  # tried only in a zone holding its words
#: A name right before, closed by a comma: the aside after it names the same person again.
NAME_BEFORE = re.compile(r"[A-Z][\w’'-]+,\s*(?:who\s+|whom\s+)?$")


def _a_tag_after_name(text: str, start: int) -> bool:
    """True when a capitalised run at ``start`` is a party-hometown or seat tag after a name
    ("Rep. Patrick Lund, R-Eau Claire, …": "Claire" is a first name, but no person)."""
    return text[start - 2 : start] == ", " and AP_PARTY_TAG_RE.match(text, start) is not None


def note_people(
    text: str,
    registry: SpeakerRegistry,
    people_read: dict[str, tuple[Phrase | None, int]],
    zone: Span,
    taken: list[Span],
) -> None:
    """Note every person the zone names outside speaker phrases, as an antecedent for "he"/"she".

    A run counts only when it reads as a person and its name starts with a known first name
    (or it has a title): capitalised words alone are not a person ("New York", "Monday Night").
    """
    names = first_names()
    if len(zone.of(text).split(None, 6)) < 6:  # (split no further than the count needs)
        return  # a byline or a caption credit names its writer, who says nothing in the article
    for called in CALLED_NAME_GATE.finditer(text, zone.start, zone.end):
        # "a woman everyone calls Marisol", "a man who gave his name only as Tomás": one name is
        # all the text gives of the person, whom a later "she" or "he" means (not another name
        # of someone named just before: "Tsege, known to everyone as Andy")
        if NAME_BEFORE.search(text, max(0, called.start() - 40), called.start()):
            continue
        registry.note(
            Phrase(Span(called.start("name"), called.end("name")), "person", name=called["name"]), text
        )
    for match in CAPITALISED_RUN.finditer(text, zone.start, zone.end):
        span = Span(match.start(), match.end())
        owner = POSSESSIVE_END.search(match.group())
        if owner is not None:  # "Tomás Arriaga's fine strike": the owner is named
            span = Span(span.start, span.start + owner.start())
        words = [w.strip(".,’'").lower() for w in match.group().split()]
        if not any(w in names or w in HONORIFIC_GENDER or w in PERSON_NOUNS for w in words) and not (
            (post := _POST_AFTER.match(text, match.end()))
            and post.group(1).split()[0].lower() in PERSON_NOUNS
        ):
            continue  # no first name, honorific or title: not read as a person (cheap test first)
        if (
            any(t.overlaps(span) for t in taken)
            or _a_tag_after_name(text, span.start)
            or river_at(text, span.start)
        ):
            continue
        if _apposed_body_at(text, span.start, registry):
            continue  # "Flood Re, the government-backed scheme,": a body (note_bodies)
        # a name comes back many times in one article: read each run of words once
        known = people_read.get(span.of(text))
        if known is None:
            read = parse_phrase(text, span.start, span.end)
            if read is not None and (read.kind != "person" or not read.name or not _named_enough(text, read)):
                read = None
            known = people_read[span.of(text)] = (read, span.start)
        phrase, first_at = known
        if phrase is None or not phrase.name:
            continue
        shift = span.start - first_at
        phrase = attrs.evolve(phrase, span=Span(phrase.span.start + shift, phrase.span.end + shift))
        name = phrase.name or ""
        post = _POST_AFTER.match(text, span.end) if owner is None else None
        if post is not None and post.group(1).split()[0].lower() in PERSON_NOUNS:
            phrase = attrs.evolve(phrase, role=post.group(1))  # "accompanied by X, Minister of Energy,"
        elif (
            not phrase.role
            and (before := _POST_BEFORE.search(text, max(0, span.start - 60), span.start))
            and before.group(1).split()[-1].lower() in PERSON_NOUNS
            and before.group(1).split()[-1].lower() not in RELATIONS  # "His niece, Maria Kaya": no post
        ):
            phrase = attrs.evolve(phrase, role=before.group(1))  # "with his lawyer, Kim Ji-ho": the lawyer
        if phrase.role or name.split()[0].lower() in names or " " not in name:
            # "a retired nurse named Carol Jennings": the person the text turns to
            salient = owner is None and introduced_by_name(text, span.start)
            registry.note(phrase, text, salient=salient, in_view=owner is None)


#: A post owned by someone, in apposition right before a name: "with his lawyer, Kim Ji-ho", "her
#: campaign manager, Ana Ruiz,".  The name is the one a later "the lawyer" means.
_POST_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),\s+$")
#: A post in apposition after a name, capitalised and closed by a comma or a full stop: ", Minister
#: of Energy and Infrastructure,".
_POST_AFTER = re.compile(r",\s+([A-Z][a-z]+(?:\s+(?:of|for|and|the|[A-Z][\w’'-]*)){0,6})(?=[,.])")

#: A possessive ending a capitalised run ("Tomás Arriaga's", "Ms. Ames’").
POSSESSIVE_END = re.compile(r"(?:[’']s|(?<=s)[’'])$")

#: A finite verb after a sentence's subject ("… was unmoved", "… spoke first", "… testified").
_VERB_AHEAD = (
    r"(?:\s+(?:also|later|then|never|still|already|once|first|previously|recently))?"  # "… also attended"
    r"\s+(?:[a-z]+s|[a-z]+ed|is|was|has|had|works|will|spoke|met|went|came|gave|took|made|wrote|"
    r"began|led|left|held|saw|told|said)\b"
)
SUBJECT_NAME = re.compile(
    r"(?P<name>(?:[A-Za-z.]+[ \t]+){0,4}?[" + UPPER + r"][\w’'.-]+(?:[ \t]+[" + UPPER + r"][\w’'.-]*){1,3}"
    r"(?:[ \t]+of[ \t]+[" + UPPER + r"][\w’'.-]+)?)"
    # "House Majority Leader Kevin McCarthy, R-Calif., revealed", "Sen. Rand Paul (R-Ky.) said"
    r"(?=(?:,[ \t]*"
    + AP_PARTY_TAG
    + r",|[ \t]*"
    + PARTY_TAG
    + r")?(?:"
    + _VERB_AHEAD
    + r")|,\s+(?:who|the|a|an)\s)"
)
#: A subject with an age in apposition, after a fronted phrase of place or time or none: "In the
#: town of Ilagan, resident Jun Mercado, 45, described …", "Amina Yusuf, 38, runs a stall".
FRONTED_SUBJECT = re.compile(
    r"(?:(?:In|At|On|Outside|Inside|Near|Across|Along|Behind|Back\s+in|Later|Earlier)\b[^,;:“”\"\n]{1,80},\s+)?"
    r"(?P<name>(?:[a-z]+[ \t]+){0,2}[" + UPPER + r"][\w’'.-]+(?:[ \t]+[" + UPPER + r"][\w’'.-]*){1,3})"
    r"(?=,[ \t]*\d{1,3},(?:" + _VERB_AHEAD + r"))"
)
#: Irregular pasts of standing, moving and acting after a known surname: "Marrone stood and faced
#: the gallery." (not after any capitalised run: "Had Sanders won the vote" opens no subject).
_IRREGULAR_AHEAD = (
    r"\s+(?:stood|sat|rose|ran|won|lost|sent|got|kept|brought|felt|heard|knew|found|paid|fell|drew|"
    r"drove|flew|grew|shook|wept|swore|threw|wore|built|became|chose|struck|fought|sought|spent)\b"
)
#: A surname alone opening a sentence before its verb: "Okafor was unmoved."
SURNAME_SUBJECT = re.compile(
    # after a fronted clause of time: "When it was his turn to speak, Marrone stood …"
    r"\s*(?:(?:When|After|Before|As|While|Once|Moments\s+later|Minutes\s+later)\b[^,;:“”\"\n]{1,80},\s+)?"
    r"(?:(?:But|And|Yet|Still|Now)\s+)?(?P<name>["
    + UPPER
    + r"][\w’'-]+)(?="
    + _VERB_AHEAD
    + r"|"
    + _IRREGULAR_AHEAD
    + r"|,\s+(?:who|whose)\s|,[ \t]*\d{1,3},(?:"  # "Brandt, 56, joined Kessler in 2021."
    + _VERB_AHEAD
    + r")|"
    + LINKING_ASIDE  # "Marshall, meanwhile, is drying books …"
    + _VERB_AHEAD
    + r")"
)
#: A post, then a name in apposition, opening a sentence: "The company's former finance chief,
#: Priya Nair, is cooperating …".
APPOSED_SUBJECT = re.compile(
    r"\s*(?P<post>(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w’'.-]*[’']s)\s+[^,.;:“”\"()]{0,80}?),\s+"
    r"(?P<name>[" + UPPER + r"][\w’'.-]+(?:\s+[" + UPPER + r"][\w’'.-]+){1,3})"
    # where the person works: "Another analyst, Ms Siti Rahmat of Straits Equity Research, was …"
    r"(?:\s+(?:of|at|from)\s+(?:the\s+)?[" + UPPER + r"][\w’'.&-]*(?:\s+[" + UPPER + r"][\w’'.&-]*){0,4})?"
    r",\s+(?=who\b|[a-z]+)"
)
