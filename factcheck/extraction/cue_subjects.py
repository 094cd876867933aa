"""Cue subjects: the speaker phrase that goes with a cue.

* :func:`_subject_before` — the phrase that ends right before a cue ("Ana Ruiz, an aide, said"),
  auxiliaries, adverbs, asides, party tags and relative clauses skipped;
* :func:`_sentence_subject` — the subject at the start of a sentence, for a participle cue;
* :func:`_coordinated_subject` — the subject of an earlier verb joined by "but"/"and".

The phrase after a cue (an inverted cue's speaker, the source after "according to") is read in
:mod:`~factcheck.extraction.cue_after`.
"""

from __future__ import annotations

import itertools
import re

import attrs

from factcheck.extraction.aged import opening_post, post_and_name
from factcheck.extraction.apposed import name_apposed_after
from factcheck.extraction.body_names import field_pair_body
from factcheck.extraction.clause_subject import subordinate_subject
from factcheck.extraction.cue_words import CUE_RE, STANCE_RE
from factcheck.extraction.document_owner import published_owner
from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.phrases import parse_phrase
from factcheck.extraction.post_fields import post_field_pair
from factcheck.extraction.signed_statement import strip_signed_statement
from factcheck.extraction.speaker_words import (
    ANONYMOUS_PLURALS,
    AP_PARTY_TAG,
    OPENING_WORDS,
    ORG_NOUNS,
    ORG_WORDS,
    PARTY_TAG,
    PLACE_WORDS,
)
from factcheck.extraction.subject_asides import comma_aside, dash_aside
from factcheck.extraction.subjects import (
    NO_GROUP_OPENING,
    appositive_subject,
    described_group,
    no_group_inside,
    noun_subject,
)
from factcheck.extraction.text import DATELINE_OPENING, word_alternation
from factcheck.model import Span
from factcheck.vocabulary import PERSON_NOUNS

AUXILIARIES = (
    r"(?:has|have|had|will|would|also|later|further|then|again|previously|earlier|recently|"
    r"has\s+also|had\s+also|repeatedly|reportedly|once|even|publicly|privately|separately|"
    r"is|was|were|are|has\s+been|does|do|did|can|could|may|might|must|should|still|also|not|never|"
    r"(?:has|have|had|does|do|did|is|was|are|were)n[’']t|of\s+course,?|"
    # adverbs and times between a subject and its cue: "The budget office now says", "Clinton's
    # advisers have long insisted", "Trump at the time said", "The party this week announced",
    # "Dianne Feinstein last week said", "officially announced" (never "the family said")
    r"now|already|always|long|both|all|each|first|too|alone|at\s+the\s+time|"
    # a verb that leads into the cue: "Becker went on to say", "he began by saying", "Ruiz
    # interjected to say" (the subject is the lead verb's)
    r"(?:went|goes|go|going)\s+on\s+to|(?:began|begins|started|starts|opened|opens)\s+by|"
    r"interject(?:s|ed)\s+to|"
    r"(?:just\s+)?(?:this|last|that|(?:earlier|later)\s+this|late\s+last)\s+"
    r"(?:week|month|year|weekend|morning|afternoon|evening|night|spring|summer|fall|winter)|"
    # a means with no commas: "Jeb Bush in a Medium post said", "Trump in his announcement speech
    # called", "The senator in a letter to donors warned"
    r"in\s+(?:a|an|his|her|their|its|the)\s+(?:[\w’'-]+\s+){0,4}?(?:interview|statement|speech|email|e-mail|"
    r"letter|post|tweet|call|conference|appearance|address|op-ed|memo|release|filing|remarks|video|"
    r"memoir|column|editorial|essay|ad)(?:\s+to\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?|"
    # a day: "RNC spokesman Sean Spicer on Thursday evening said"
    r"on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?-i:(?!(?:family|ally|rally|assembly|supply|daily|weekly|monthly|quarterly|monopoly|anomaly|elderly|bully)\b)"
    r"[a-z]{2,}ly))"
)


PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.I)


#: The words that open a clause, so a speaker phrase never reaches back past them.
_BOUNDARY_WORDS = (
    "that and but while as when said says told added because since after before if although though unless "
    "until whether once so where"
).split()
#: "Yet" opens a clause after a full stop, a comma, "and" or "but" ("Yet some voters said"), not
#: inside a speaker phrase ("A senior official who has not yet been named said").
_YET_OPENING = r"(?:(?<![\w’'] )|(?<=\band )|(?<=\bbut ))(?<![\w’'])yet\b"


LEFT_BOUNDARY = re.compile(
    # a dateline first ("WASHINGTON (Reuters) -"), then punctuation and the words that open a clause
    # (a hyphen or two between spaces is a dash: "Inside the hall - which … - Adel Nour said"; a
    # comma between digits is a figure's: "the 50,000 per day city officials expected")
    # (the words as one trie: a whole word between two boundaries is one word, so the order of the
    # alternatives never mattered among them, and a trie drops most at the first letter)
    r"(?:\([A-Z][\w .&-]{1,30}\)\s*[-—–―]+|^|,(?!\d)|[;:“”\"(—–―\n]|\s--?(?=\s)|\b"
    + word_alternation(_BOUNDARY_WORDS)
    + r"\b|"
    + _YET_OPENING
    + r")\s*",
    re.I,
)


#: How far before a cue a speaker phrase may begin, in characters.
SUBJECT_WINDOW = 300


#: A short phrase of time fronted without a comma, then a pronoun: "In 2010 she", "Last week he".
FRONTED_PRONOUN = re.compile(
    r"\s*(?:In|On|At|After|Before|During|Since|Last|This|Later|Earlier)\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+"
    r"(he|she|they|we|I)\s*"
)


def _subject_before(text: str, start: int, cue_start: int) -> Phrase | None:
    """The speaker phrase that ends just before a cue (auxiliaries and adverbs skipped).

    Only the :data:`SUBJECT_WINDOW` characters before the cue are read: a speaker phrase, with an
    appositive or relative clause, is never longer.
    """
    sentence_start = start
    far = appositive_subject(text, start, cue_start)
    if far is not None:  # "Ana Ruiz, an aide whose office drafted the bill, said"
        return far
    owned = published_owner(text, start, cue_start, parse_phrase)
    if owned is not None:  # "The figures, published by NHS England on Thursday, show"
        return owned
    start = max(start, cue_start - SUBJECT_WINDOW)
    left = text[start:cue_start]
    if PASSIVE.search(left):
        return None  # "are reported to have", "is observed on"
    trimmed = re.sub(r"(?:\s+" + AUXILIARIES + r")+\s*$", "", left, flags=re.I)
    # a number's thousands comma stays inside the clause: "…, which represents about 30,000 nurses,"
    relative = re.search(r",\s*(?:who|which|whose)\b(?:[^,]|(?<=\d),(?=\d{3}))*,\s*$", trimmed)
    relative = relative or APPOSITIVE_AFTER_NAME.search(trimmed)
    if relative is not None and post_and_name(relative.group()):
        relative = None  # "One of the victims, retired schoolteacher Linda Morales, told": her name
    if relative:  # "Manuel Moleno, who witnessed the crash, said"; "Jo Ames, wearing a cap, said"
        trimmed = trimmed[: relative.start()]
    aside = comma_aside(trimmed)  # "Ruiz, after the audit came out in May, first said"
    if (
        aside is not None
        and not post_and_name(aside.group())  # "One of the tenants, retired nurse Ada Price, told"
        and (subject := _subject_before(text, sentence_start, start + aside.start()))
    ):
        return subject
    dash = dash_aside(trimmed)  # "Becker — after a long pause — told me"
    if dash is not None:
        inside = parse_phrase(text, start + dash.start("inside"), start + dash.end("inside"))
        if (inside is None or inside.kind != "person") and (
            subject := _subject_before(text, sentence_start, start + dash.start())
        ):
            return subject
    share = SHARE_ASIDE.search(trimmed)
    if share is not None and (group := _subject_before(text, sentence_start, start + share.start())):
        return group  # "A third of independents, 33%, say": the group, its share as a figure aside
    trimmed = strip_signed_statement(trimmed)  # "…, in a statement by his aide, Mr X, on Monday,"
    trimmed = ASIDE_AFTER_SUBJECT.sub("", trimmed)  # "Sanders, meanwhile, said"
    if not RELATIVE_WORD.search(trimmed[-60:]):  # "the people who live there said": "there" is theirs
        trimmed = AFTER_SUBJECT.sub("", trimmed)  # "Ford itself said", "Her campaign workers here said"
    # "Sen. Rand Paul (R-Ky.) said", "Chuck Schumer, D-N.Y., called": the name before the tag
    trimmed = PARTY_TAG_AT_END.sub("", trimmed)
    end = start + len(trimmed.rstrip())
    if re.search(r"(?:^|[\s,])(?:and|but)$", trimmed.rstrip()) and sentence_start >= start:
        # "Wilson praised Rubio's positions and said …": the sentence's subject speaks, or that of
        # a clause the verb before "and" stands in ("… after a parent, Ann Coyle, read … and said")
        return subordinate_subject(text, sentence_start, cue_start) or _sentence_subject(
            text, sentence_start, cue_start
        )
    boundaries = [start] + [
        m.end()
        for m in LEFT_BOUNDARY.finditer(text, start, end)
        if m.end() < end and not _in_body_name(text, m, end)
    ]
    boundary = boundaries[-1]
    joined = PLACES_JOINED.search(text, boundaries[-2], boundary) if len(boundaries) > 1 else None
    if joined is not None:
        head = text[boundaries[-2] : joined.start()].split()
        if len(head) <= 3 and head and head[-1].lower() in ANONYMOUS_PLURALS:
            boundary = boundaries[-2]  # "Officials in Kabul and Kandahar said": one subject
    if end <= boundary:
        return None
    relative = re.fullmatch(r"\s*(who|which)\s*", text[boundary:end])
    if relative is not None:
        # "Weaver, who said …": the relative pronoun stands for the name before it
        comma = text.rfind(",", start, boundary + relative.start(1))
        antecedent = _subject_before(text, sentence_start, comma) if comma > start else None
        if antecedent is None and comma > start:
            # "… with help from Labor Secretary Thomas Perez, who said …": the name before the comma
            trailing = TRAILING_NAME.search(text, start, comma)
            antecedent = parse_phrase(text, trailing.start(1), trailing.end(1)) if trailing else None
            antecedent = antecedent if antecedent is not None and antecedent.kind == "person" else None
        if antecedent is None or antecedent.kind == "pronoun":
            return None
        return attrs.evolve(antecedent, span=Span(boundary + relative.start(1), boundary + relative.end(1)))
    who = GROUP_WHO.search(text, boundary, end)
    if who is not None:
        # "business leaders who say …", "the 30 percent of voters who said …": the group speaks
        group = _trailing_group(text, boundary, who.start())
        if group is not None:
            return attrs.evolve(group, span=Span(who.start(1), who.end(1)))
    phrase = parse_phrase(text, boundary, end) or _group(text, boundary, end)
    if phrase is None:
        # "In 2010 she said …": a fronted phrase with no comma, then the pronoun that speaks
        pronoun = FRONTED_PRONOUN.fullmatch(text, boundary, end)
        if pronoun is not None:
            return parse_phrase(text, pronoun.start(1), end)
        return noun_subject(text, boundary, end, cue_start)
    if phrase.kind == "person" and sentence_start < boundary:
        # "A former governor of Oyo State, Senator Rasheed Adeyemi, warned": the post is his role
        post = opening_post(text[sentence_start:boundary])
        if post is not None:
            phrase = attrs.evolve(phrase, role=f"{post}, {phrase.role}" if phrase.role else post)
    # an appositive: "Oleg Syromolotov, Russia's deputy foreign minister, said", "Jane Doe, the
    # Riverside MP, said": a description between commas after a name is the name's role
    described = re.match(r"\s*(?:the|a|an|[A-Z][\w.]*[’']s?)\s", text[boundary:end]) is not None
    # "Her son, Gareth Marlowe, a teacher in Leeds, said": one unnamed person after a name, too
    one_of = phrase.kind == "anonymous" and re.match(r"\s*(?:a|an)\s", text[boundary:end]) is not None
    if (
        phrase.kind == "descriptor"
        or (described and phrase.kind == "person" and text[:boundary].rstrip().endswith(","))
        or (one_of and phrase.head not in ANONYMOUS_PLURALS and not FINDING_SOURCE.match(text, boundary, end))
    ):
        m = re.search(r"([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)+),\s*$", text[start:boundary])
        placed = m is not None and PLACE_BEFORE.search(
            text, max(0, start + m.start(1) - 12), start + m.start(1)
        )
        if m and not placed:  # "In New Hampshire, a young woman asked": a place, no name
            named = parse_phrase(text, start + m.start(1), start + m.end(1))
            if named is not None and named.kind == "person":
                role = phrase.role or re.sub(
                    r"^(?:the|a|an)\s+", "", text[boundary:end].strip(" ,"), flags=re.I
                )
                return attrs.evolve(named, role=role)
    return phrase


#: "a new USA TODAY/Suffolk University Poll finds": a document that finds, no person in apposition.
FINDING_SOURCE = re.compile(
    r"\s*(?:a|an)\s+(?:[\w/.’'-]+\s+){0,5}?(?:poll|survey|study|report|analysis|review|audit|census)\b", re.I
)

#: A preposition right before capitalised words: a place or a time, no person in apposition.
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|across|inside|outside|around|throughout)\s+$", re.I)

#: An owner and the fields of a body it owns, before "and": "Peru's energy", "the state's health".
OWNED_FIELDS = re.compile(r"[\w.]+[’']s\s+(?:[a-z]+\s+){0,2}[a-z]+\s*$")

_NOT_LOWER = re.compile(r"[^a-z]")


#: A name run that ends a clause before its comma: "… from Labor Secretary Thomas Perez".
TRAILING_NAME = re.compile(r"((?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'-]*)\s*$")
#: "who" closing the words before a cue, after a word: "business leaders who (say)".
GROUP_WHO = re.compile(r"(?<=\w)\s+(who)\s*$")


def _trailing_group(text: str, start: int, end: int) -> Phrase | None:
    """The longest unnamed group of at most four words that ends ``text[start:end]``: "business
    leaders", "voters" ("… the 30 percent of voters")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if not words or words[-1].group().lower() in _NO_GROUP_HEAD:
        return None  # "Clinton is", "quoted the president as": no group ends there
    for word in words[-4:]:
        opening = word.group().lower()
        if opening in NO_GROUP_OPENING or (opening.endswith("ed") and opening not in PERSON_NOUNS):
            continue  # "of GOP primary voters", "included staff members": the group starts later
        if no_group_inside(text[start + word.start() : end].lower().split()):
            continue  # "fire from business leaders", "law protects tenants": no group yet
        group = _group(text, start + word.start(), end)
        if group is not None and group.kind == "anonymous":
            return group
    return None


def _people_group(group: Phrase | None) -> Phrase | None:
    """``group`` when its head names people ("GOP primary voters", "staff members") and no word of
    it is a verb's past ("Trump made in 2006", "KGB planted newspaper articles"); else None."""
    if group is None or group.name is None or group.head is None:
        return None
    head = group.head
    if head not in ANONYMOUS_PLURALS and head[:-1] not in PERSON_NOUNS:
        return None
    if any(w.endswith("ed") or w in PAST_WITHOUT_ED for w in group.name.lower().split()):
        return None
    return group


#: Past tenses without "-ed" that a run of words before a participle may hold.
PAST_WITHOUT_ED = frozenset(
    "made took gave said told met ran won lost left held sent wrote went came".split()
)


#: Words ending in "s" that end no group: "Clinton is", "not the same as".
_NO_GROUP_HEAD = frozenset("is as was has his its this us does yes thus plus less unless across".split())


def _in_body_name(text: str, boundary: re.Match[str], end: int) -> bool:
    """True for an "and" between capitalised words of a body's name: "the Food and Agriculture
    Organization says", "the Department of Health and Human Services said"."""
    if boundary.group()[:3].lower() != "and":
        return False
    if OWNED_FIELDS.search(text, max(0, boundary.start() - 60), boundary.start()) and re.fullmatch(
        r"\s*(?:[a-z]+\s+){0,2}(?:ministry|department|agency|office|commission|regulator)\s*",
        text[boundary.end() : end],
    ):
        return True  # "Peru's energy and mines ministry said": one body of two fields
    if field_pair_body(text, boundary.start(), boundary.end(), end):
        return True  # "Vietnam's Ministry of Industry and Trade said": two fields of one body
    if post_field_pair(text, boundary.start(), boundary.end(), end):
        return True  # "Grace Banda, Minister of Trade and Industry, said": two fields of one post
    before = text[max(0, boundary.start() - 40) : boundary.start()].split()[-1:]
    if not (before and before[0][:1].isupper()):
        return False
    for word in text[boundary.end() : end].split():  # capitalised words up to a body's word: one name
        bare = _NOT_LOWER.sub("", word.lower())
        if not word[:1].isupper():
            if bare in ("of", "for", "the", "and", "on"):
                continue
            return False
        if bare in ORG_WORDS or bare[:-1] in ORG_WORDS:
            return True
    return False


#: An unnamed group as a subject: "Six in 10", "Outside experts", "most voters", "those who back
#: her", "many of his supporters".  Read only where no name, pronoun or body was found.
GROUP = re.compile(
    r"\s*(?:(?:most|many|some|few|several|all|both|other|those|these|more|fewer|half|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+in\s+(?:\d+|ten))?|"
    r"(?:\d+|a\s+third|a\s+quarter)\s+(?:percent|per\s+cent|%)|a\s+(?:majority|minority|number))"
    r"(?:\s+of)?\s+)?(?:the\s+|his\s+|her\s+|their\s+)?(?:[a-zA-Z-]+\s+){0,4}?"
    r"(?:[a-z]+(?<!s)s|people|who\s+[a-z ]{3,40}|in\s+(?:\d+|ten))\s*$"
)


def _group(text: str, start: int, end: int) -> Phrase | None:
    """An unnamed group that speaks ("Outside experts also say"), as an anonymous source."""
    opener = re.match(r"\s*([A-Za-z]+)\s+", text[start:end])
    if opener is not None and opener.group(1).lower() in OPENING_WORDS:
        start += opener.end()  # "which forecasters said": the group is the forecasters
    described = described_group(text, start, end)  # "people familiar with the matter"
    if described is not None:
        return described
    words = text[start:end]
    if (
        len(words.split()) > 7
        or not GROUP.fullmatch(words)
        or (words.strip()[:1].isupper() and len(words.split()) == 1)
    ):
        return None
    lead = len(words) - len(words.lstrip())
    head = words.split()[-1].lower()
    return Phrase(Span(start + lead, end), "anonymous", name=words.strip(), head=head)


#: An adverb set off by commas after a subject: "Sanders, meanwhile,", "The mayor, however,".
ASIDE_AFTER_SUBJECT = re.compile(
    r"(?<=\w),\s*(?:[a-z]+ly|meanwhile|however|too|also|though|instead|then|now|still|in turn|"
    r"for (?:his|her|their|its) part|of course|"
    # "in a brief interview on Saturday", "in a statement Tuesday", "in his speech"
    r"in (?:a|an|his|her|their|its) (?:[\w’'-]+ ){0,4}?(?:interview|statement|speech|email|e-mail|letter|"
    r"post|tweet|call|conference|appearance|address|op-ed|memo|release)(?: [^,]{1,40})?"
    # "…, in a statement signed by his media aide, Benson Upah, said": the signer named too
    r"(?:,\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})?|"
    # a short phrase of place, time or manner: "Gates, in contrast,", "Judge Roe, in her dissent,",
    # "Democratic economists, like their Republican counterparts,"
    r"(?:in|at|on|during|after|like|unlike|with|by)\s+(?:[\w’'.-]+\s+){0,5}[\w’'.-]+|"
    # an age, or an age and a place: "Butz, 49,", "Maria Lopez, 34, of Dayton,"
    r"\d{1,3}(?:,\s*(?:of\s+|from\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?|"
    # "Polk County GOP Chairman Will Rogers, for example,", "Sperling, then 38,"
    r"for example|for instance|then \d{1,3})\s*,?\s*$"
)


#: A group's share as a figure set off by commas before a cue: ", 33%,", ", 67 percent,".
SHARE_ASIDE = re.compile(r",\s*\d[\d.]*\s*(?:%|percent|per\s+cent)\s*,\s*$")


#: A relative pronoun: the words after it are a clause of the subject's own.
RELATIVE_WORD = re.compile(r"\b(?:who|which|that|whom|whose|where)\b")
#: A word after a subject that is no part of it: "Ford itself said", "campaign workers here said".
AFTER_SUBJECT = re.compile(
    r"(?<=\w)\s+(?:itself|himself|herself|themselves|here|there|too|alone|instead|overall)\s*$"
)


#: A lawmaker's party and state in brackets after the name: "(R-Ky.)", "(D-Calif.)", "(I-Vt.)".
PARTY_TAG_AT_END = re.compile(
    # "Katrin Hoffmeister (CDU) said", "the Election Commission of Pakistan (ECP) said": a party or
    # an acronym in brackets after the name
    r"\s*" + PARTY_TAG + r"\s*$|,\s*" + AP_PARTY_TAG + r",?\s*$|(?<=\w)\s*\([A-Z][A-Za-z&.-]{1,7}\)\s*$"
)


#: A short phrase that opens a sentence before its subject: "In 2016, ", "On Monday, ", "Later, ",
#: with a place's state or a day after commas ("At a rally in Ames, Iowa, on Sunday, "), or an
#: adverb ("Essentially, ").
OPENING_PHRASE = re.compile(
    r"\s*(?:(?i:in|on|at|after|before|during|since|by|for|last|this|later|earlier|meanwhile|still|yet|"
    r"now|then|today|yesterday|like|unlike|despite|amid|with|without|asked|following|here|across|"
    r"outside|inside|throughout|elsewhere|instead|however|indeed|separately|overall|besides|moreover|"
    r"nevertheless|afterward|afterwards|recently|previously|from|under|among|within|near|beyond|back)"
    r"\b[^,]{0,60},\s*|[A-Z][a-z]+ly,\s*)",
)


#: A subordinate clause opening a sentence before its subject: "As the results came in, he …",
#: "While he respects her, he …" (up to its comma).
SUBORDINATE_OPENING = re.compile(
    r"\s*(?:As|While|When|Although|Though|Because|Since|If|After|Before|Once|Until|Unless|Whether)\b"
    r"[^,;:“”\"]{3,120},\s*"
)


#: A participle phrase set off by commas after a name: "John Archer, wearing a campaign T-shirt,",
#: with a place and its state inside ("Trump, speaking at a rally in Wilmington, N.C.,").
APPOSITIVE_AFTER_NAME = re.compile(
    r"(?<=[a-z]),\s*(?:also\s+|[a-z]+ly\s+)?(?:[a-z]+ing|[a-z]+ed|[a-z]+(?=\s+by\b))\b[^,]{0,80}"
    r"(?:,\s*[A-Z][A-Za-z.]{1,12})?,\s*$"
)


#: Two places joined by "and" after "in": the "and" does not start a new subject.
PLACES_JOINED = re.compile(r"\b(?:in|near)\s+(?:the\s+)?[A-Z][\w’'-]*\s+and\s*$")


#: "… but", "… and also" right before a cue: the cue's verb may share the subject of a verb before.
_JOINED = re.compile(r"\s(?:but|and)\s+(?:also\s+|later\s+|then\s+)?$")


#: What lies between that earlier verb and the cue: no comma, colon or quote mark, then the join.
_COORDINATED = re.compile(r"[^,;:“”\"]*" + _JOINED.pattern)


def _coordinated_subject(text: str, start: int, cue: int) -> Phrase | None:
    """The subject of "SUBJECT welcomed the plan but warned that …": the speaker of an earlier
    cue or stance verb of the sentence that "but"/"and" joins the cue to, with no comma between."""
    if _JOINED.search(text, start, cue) is None:
        return None  # most cues: no "but"/"and" right before them, no verb lists to build
    verbs = [*CUE_RE.finditer(text, start, cue), *STANCE_RE.finditer(text, start, cue)]
    for earlier in sorted(verbs, key=lambda m: m.start(), reverse=True):
        if _COORDINATED.fullmatch(text, earlier.end(), cue):
            return _subject_before(text, start, earlier.start())
    return None


#: A segment after an opening phrase's comma that may still belong to it: a state, a day.
PLACE_OR_DAY = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|on\s+[A-Z][a-z]+day),\s*")


def _place_or_day(words: str) -> bool:
    """True for a place's state or country ("Iowa", "N.H.", "Calif.") or a day ("on Sunday")."""
    if words.startswith("on "):
        return True
    if re.fullmatch(r"(?:[A-Z][a-z]{0,4}\.)+|(?:[A-Z]\.){2,}", words):
        return True  # "Calif.", "N.H.", "D.C."
    return all(w.lower() in PLACE_WORDS for w in words.split())


def _sentence_subject(text: str, start: int, stop: int) -> Phrase | None:
    """The subject at the start of a sentence: a name, or "the" + words up to a person or body noun."""
    dateline = DATELINE_OPENING.match(text, start, stop)
    if dateline is not None:
        start = dateline.end()  # "OTTAWA (Reuters) - The Bank of Canada held …, saying …"
    opening = OPENING_PHRASE.match(text, start, stop) or SUBORDINATE_OPENING.match(text, start, stop)
    if opening is not None:
        start = opening.end()  # "In 2016, Mrs. Schlafly endorsed Trump, saying …"
        while (more := PLACE_OR_DAY.match(text, start, stop)) is not None and _place_or_day(more.group(1)):
            start = more.end()  # "At a rally in Ames, Iowa, on Sunday, Mrs. Clinton …"
    m = re.match(
        r"\s*((?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){0,6}(?:[a-z]+\s+(?=[A-Z]))?(?:[A-Z][\w’'.-]*\s+){0,5}"
        r"[A-Z][\w’'.-]*|[Hh]e|[Ss]he|[Ii]t)\b",
        text[start:stop],
    )
    if not m:
        return None
    end = start + m.end(1)
    head = re.match(r"\s+([a-z]+)\b(?!-)", text[end:stop])  # ("state-owned" is no "state")
    if head and (head.group(1) in PERSON_NOUNS or head.group(1) in ORG_NOUNS):
        end += head.end()
    elif re.search(r"[’']s$", text[start:end]):
        # "India's central bank kept rates …, saying …": after a possessive, up to the noun it owns
        # (the first noun of a person or body among the next words: "federal rail operator")
        owned = next(
            (
                w
                for w in itertools.islice(re.finditer(r"\s+([a-z][a-z-]*)\b", text[end:stop]), 1, 4)
                if w.group(1) in PERSON_NOUNS or w.group(1) in ORG_NOUNS
            ),
            None,
        )
        if owned is not None and re.fullmatch(r"(?:\s+[a-z][a-z-]*)+", text[end : end + owned.end()]):
            end += owned.end()
            named = _NAME_APPOSED.match(text, end, stop)
            if named is not None:
                # "Spain's largest bank, Banco Meridional, was fined after admitting …": the name
                phrase = parse_phrase(text, named.start(1), named.end(1))
                if phrase is not None and phrase.kind in ("organisation", "person"):
                    return phrase
    described = parse_phrase(text, start + m.start(1), end)
    one_of = m.group(1) in ("One", "Another") and re.match(r"\s+of\s", text[end:stop]) is not None
    if one_of or (described is not None and described.kind in ("descriptor", "org-descriptor")):
        # "One of the men, Jesse Ellison, 70, had served … and said": one of a group, then his name
        # "the National Publicity Secretary of the party, Chief Obinna Eze, dismissed …, saying …",
        # "The party's spokesman, Obinna Eze, …": the name in apposition is the subject
        apposed = name_apposed_after(text, end, stop)
        if apposed is not None and apposed.kind == "person":
            return apposed
    return described


#: A name in apposition after a description: ", Banco Meridional," (one to five capitalised words).
_NAME_APPOSED = re.compile(r",\s+((?:[A-Z][\w’'.&-]*\s+){0,4}[A-Z][\w’'.&-]*),")


#: A name and a description in apposition between commas, right before a cue: ", the health
#: minister, Stephen Donnelly, said", ", Stephen Donnelly, the health minister, said".
APPOSED_PAIR_END = re.compile(r",\s+(?P<one>[^,;:“”\"]{2,80}?),\s+(?P<two>[^,;:“”\"]{2,80}?),\s*$")
#: How a description in apposition opens: an article, a possessive ("Ireland's"), a lower-case word.
_DESCRIPTION = re.compile(r"(?:the|a|an|its|his|her|their)\s|[A-Z][\w.-]*[’']s\s|[a-z]")


def _apposed_pair(text: str, start: int, cue: int, phrase: Phrase) -> tuple[int, Phrase] | None:
    """Where a clause ends before "…, POST, NAME, CUE" or "…, NAME, POST, CUE", and the person
    with the post as role: the two words in apposition are the speaker, not the clause's end."""
    if phrase.kind != "person" or not phrase.name:
        return None
    pair = APPOSED_PAIR_END.search(text[start:cue])
    if pair is None:
        return None
    one = Span(start + pair.start("one"), start + pair.end("one"))
    two = Span(start + pair.start("two"), start + pair.end("two"))
    if one.start <= phrase.span.start and phrase.span.end <= one.end:
        post = two
    elif two.start <= phrase.span.start and phrase.span.end <= two.end:
        post = one
    else:
        return None
    if not _DESCRIPTION.match(post.of(text)):
        return None
    role = parse_phrase(text, post.start, post.end)
    if role is None or role.kind != "descriptor":
        return None
    named = parse_phrase(text, one.start if post is two else two.start, one.end if post is two else two.end)
    if named is None or named.kind != "person" or named.name != phrase.name:
        return None
    return start + pair.start() + 1, attrs.evolve(named, role=named.role or role.role)
