"""A named person who opens a sentence, when the verb does not follow the name at once:
"In Kyiv, President Oleksandr Hrytsenko thanked …", "Von Alvensleben on Saturday ruled out …",
"Finance Minister Avigdor Shemesh struck a more cautious tone.", "Kılıçoğlu, the 74-year-old
leader of the CHP who heads a six-party alliance, struck a defiant tone."

:data:`~factcheck.extraction.antecedents.SUBJECT_NAME` reads a name and its verb side by side,
the verb regular ("-ed", "-s") or one of a few irregular pasts.  European, Middle Eastern and
Latin American copy in English (wires and local English-language sites) often puts a place or a
time before the subject, a day between the subject and its verb, an appositive with a relative
clause inside it, and irregular pasts of manner ("struck a defiant tone", "took a harder line",
"drew a red line").  The person such a sentence opens on is the one a following "he" or "she"
means, as for a subject read the ordinary way; a surname alone counts only when the article has
named its person in full before.
"""

from __future__ import annotations

import re

from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.phrases import parse_phrase
from factcheck.extraction.speaker_words import HONORIFIC_GENDER, first_names
from factcheck.extraction.speakers import SpeakerRegistry
from factcheck.extraction.text import UPPER
from factcheck.model import Span
from factcheck.vocabulary import PERSON_NOUNS

#: Irregular pasts that follow a subject in news narrative ("struck a more cautious tone").
IRREGULAR_PASTS = (
    "struck|took|made|gave|spoke|met|went|came|led|left|held|saw|told|said|wrote|ran|won|lost|sent|"
    "brought|sought|stood|kept|set|put|cut|hit|drew|threw|chose|broke|rose|fell|got|became|began|"
    "thought|felt|found|built|paid|heard|meant|sat|shook|spent|stuck|swore|taught|understood|"
    "withdrew|upheld|oversaw|knew|let|fought|flew|dealt|bought|sold|beat|bore|forgave|overtook"
)
#: A fronted participle or phrase of company, whoever it names: "Flanked by Albanese at a press
#: conference,", "Joined by aides,", "Standing beside the mayor,", "Alongside Ms Reeves,".  The
#: subject after it is the sentence's person, as after a phrase of place.
FRONTED_COMPANY = (
    r"(?:[" + UPPER + r"][a-z]+(?:ed|en)\s+by|[" + UPPER + r"][a-z]{2,}ing|Alongside|Beside|"
    r"(?:Together|Along)\s+with)"
)
#: A fronted phrase of place or time, closed by a comma ("In Kyiv,", "On Monday,", "Back in Lagos,"),
#: or of company (:data:`FRONTED_COMPANY`).
_FRONTED = (
    r"(?:(?:In|At|On|From|Outside|Inside|Near|Back\s+in|Back\s+at|Earlier|Later|Meanwhile|Elsewhere|"
    r"Separately|After|Before|During|" + FRONTED_COMPANY + r")\b[^,;:“”\"\n]{0,60},\s+)"
)
#: What may stand between the subject and its verb: an appositive closed by a comma (a relative
#: clause inside it), a weekday, "last week", or ", for his part,".
_BETWEEN = (
    r"(?:,\s+(?:the|a|an|who|whose|[" + UPPER + r"][\w’'.-]*[’']s)\s[^;:“”\"\n]{1,160}?,"
    r"|\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:last|this|earlier\s+this)\s+(?:week|month|year)"
    r"|,\s+for\s+(?:his|her)\s+part,)"
)
LATE_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet|Still|Now),?\s+)?" + _FRONTED + r"?"
    r"(?!(?:The|A|An)\s)(?P<name>(?:[A-Za-z.]+[ \t]+){0,4}?[" + UPPER + r"][\w’'.-]+"
    r"(?:[ \t]+(?:(?:van|von|de|der|den|ten|ter|da|do|dos|das|del|della|di|du|la|le)[ \t]+){0,2}"
    r"[" + UPPER + r"][\w’'.-]*){0,3})"
    r"(?P<between>" + _BETWEEN + r")?"
    r"\s+(?:also\s+|later\s+|then\s+|again\s+)?(?:[a-z]+ed|[a-z]+s|" + IRREGULAR_PASTS + r")\b"
)

#: Words of a clause or a phrase before a name, never in a subject that is a person's name.
_NOT_IN_NAME = frozenset(
    """with when while before after shortly as if because since until that which who whom whether in
    at on to by from into about like than but his her their its it had has have was is were did does
    would could should then where what how why yet also the a an""".split()
)
#: Last words of a place or an institution named after a person or a saint ("Mary Immaculate
#: School", "St Thomas Hospital"), none of them a surname.
_INSTITUTION_HEADS = frozenset(
    "school college academy hospital clinic airport university stadium mosque temple cathedral".split()
)
#: The word after the subject, read as its verb ("struck", "thanks", "fans").
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
#: Plurals of a following or a crowd, read as a verb by "-s" ("Harry Styles fans queued").
_CROWDS = frozenset("fans supporters followers loyalists backers admirers devotees voters".split())


def _people_plural(word: str) -> bool:
    """True for a plural noun of people after a name ("fans", "supporters", "officials"): the name
    is then a modifier of the crowd, no subject."""
    # "residents", "workers", "officials"; not "heads", "hosts", "judges", "chairs", verbs too
    return word in _CROWDS or (
        word.endswith(("ers", "ists", "ians", "ents", "als")) and word[:-1] in PERSON_NOUNS
    )


#: Words that join two subjects: no one person opens the sentence.
_JOINED = re.compile(r"\b(?:and|or|nor)\b|&")


def note_late_subject(
    text: str,
    registry: SpeakerRegistry,
    sentence: Span,
    taken: list[Span],
    pattern: re.Pattern[str] = LATE_SUBJECT,
) -> bool:
    """Note the named person a sentence opens on when a fronted phrase, a day, an appositive or
    an irregular past keeps the ordinary reading from seeing it; True when one was noted.

    The name must read as a person's: two words or more with a first name or a title, or one
    surname of a person the article has named in full ("Kılıçoğlu, the 74-year-old leader …").
    ``pattern`` reads the opening (its ``name`` and ``between`` groups): :data:`LATE_SUBJECT`, or
    :data:`~factcheck.extraction.subject_tails.TAILED_SUBJECT` for a subject with a longer tail.
    """
    opening = _opening(pattern, text, sentence, taken)
    if opening is None:
        return False
    match, span, phrase = opening
    if phrase.kind != "person" or not phrase.name or _JOINED.search(span.of(text)):
        return False  # "Trump and Clinton struck …": two people, no one "he" means
    after = _NEXT_WORD.match(text, match.end("between") if match.group("between") else span.end)
    if after is not None and _people_plural(after.group(1)):
        return False  # "In Toronto, Harry Styles fans queued …": the fans, not the singer
    words = span.of(text).split()
    if words[-1].lower().strip(".,’'") in _INSTITUTION_HEADS:
        return False  # "In Durban, Mary Immaculate School topped …": a school, no person
    if any(w.lower() in _NOT_IN_NAME for w in words):
        return False  # "it was unclear whether Sanders", "conversations with Carrier workers"
    honorific = words[0].lower().strip(".") in HONORIFIC_GENDER
    if " " not in phrase.name:
        if not (honorific or registry.knows_surname(phrase.name)):
            return False  # a word alone is a surname of a person named in full before, or nobody
    elif not (honorific or phrase.role or phrase.name.split()[0].lower() in first_names()):
        return False  # "Sony Pictures Classics bought …": capitalised words, no person's name
    registry.note(phrase, text)
    return True


#: An unnamed official opening a sentence before a verb that is no cue: "A senior official in the
#: Prime Minister's Office denied the report.", "One diplomat present described …".
UNNAMED_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet|Still|Now),?\s+)?(?P<name>(?:An?|One|Another)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:official|diplomat|source|aide|adviser|advisor|minister|commander|officer|spokesman|spokeswoman|"
    r"spokesperson)(?:\s+(?:in|at|with|from|of|close\s+to)\s+[^,;:“”\"\n]{1,60}?)?)"
    r"\s+(?:also\s+)?(?:[a-z]+ed|[a-z]+s|" + IRREGULAR_PASTS + r")\b"
)


def note_unnamed_subject(text: str, registry: SpeakerRegistry, sentence: Span, taken: list[Span]) -> bool:
    """Note the unnamed official a sentence opens on ("A senior official in the Prime Minister's
    Office denied the report."), whom a later "the official told …" takes up, not the last person
    named; True when one was noted."""
    opening = _opening(UNNAMED_SUBJECT, text, sentence, taken)
    if opening is None or opening[2].kind != "anonymous":
        return False
    phrase = opening[2]
    registry.resolve(phrase, text, speaking=False)
    return True


def _opening(
    pattern: re.Pattern[str], text: str, sentence: Span, taken: list[Span]
) -> tuple[re.Match[str], Span, Phrase] | None:
    """The ``name`` group ``pattern`` finds at the sentence's start, its span and its reading, when
    no speaker phrase already taken overlaps it and it reads as a phrase at all."""
    match = pattern.match(text, sentence.start, sentence.end)
    if match is None:
        return None
    span = Span(match.start("name"), match.end("name"))
    if any(t.overlaps(span) for t in taken):
        return None
    phrase = parse_phrase(text, span.start, span.end)
    return None if phrase is None else (match, span, phrase)
