"""Open cues: any verb in the place of "said" next to a quotation attributes it.

The cue list (cue_words.CUES) holds the verbs that report speech anywhere in a sentence.  Right
next to a quotation the place itself says that the words are someone's, whatever the verb:

* ``“…,” Dawson shouted.``, ``“…,” she elaborated, “…”``, ``“…” Clinton remarked, …``,
  ``“…,” Trump shot back.`` (a few irregular past tenses, and a particle of reply);
* ``“…,” quipped the mayor.`` (the verb first, then the speaker);
* ``He responds, “…”``, ``Howard continued: “…”`` (the speaker and verb before the mark).

The speaker must read as a name, a pronoun for a person, a body or a described person
(``the former pollster``); the verb must be a past tense or a present third person, alone or
with an adverb or a particle ("back", "in", "on", "up"), and end the clause.
"""

from __future__ import annotations

import functools
import re

from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.phrases import parse_phrase
from factcheck.extraction.reported import Attribution
from factcheck.model import Span

#: Verbs ending in "-ed"/"-s" that never stand for saying next to a quotation.
NOT_SAYING = frozenset(
    """was has is does needs means seems appears makes takes gets goes comes looks
    used based called named titled headlined entitled dubbed labeled labelled marked signed printed
    read reads featured features included includes contained contains showed shows""".split()
)
#: A verb of the cue's place: a past tense or a present third person, lower case.
_VERB = r"(?P<verb>[a-z]{3,}(?:ed|s)|shot|hit|struck|spoke|wrote|swore|went)"
_ADVERB = r"(?:[a-z]+ly\s+)?"
#: The particle of a phrasal verb of reply: "Trump shot back", "she fired back", "he chimed in".
_PARTICLE = r"(?:\s+(?:back|in|on|up))?"
#: What may follow a cue that ends its clause: punctuation, a closing mark or a phrase of place,
#: time or manner ("…” she posted on Facebook", "…” he added, quoting …").
_CLAUSE_END = (
    r"(?=\s*(?:[.,;:!?“”\"]|$)|\s+(?:in|on|at|to|during|after|before|from|via|with|while|as|when|"
    r"of|about|through|outside|inside|over|under|later|again|then|quoting|adding|referring|alluding|"
    r"pointing|noting|citing|laughing|smiling)\b)"
)
#: The speaker phrase beside the verb: up to seven words, "the" first or not.
_WHO = r"(?P<who>(?:[Tt]he\s+)?(?:[A-Za-z][\w’'.-]*\s+){0,5}?[A-Za-z][\w’'.-]*)"
#: ", SPEAKER VERB" after a closing mark.
SPEAKER_VERB = re.compile(r"[\s,]*" + _WHO + r"\s+" + _ADVERB + _VERB + _PARTICLE + _CLAUSE_END)
#: ", VERB SPEAKER" after a closing mark: "“…,” quipped the mayor."
VERB_SPEAKER = re.compile(r"[\s,]*" + _VERB + _PARTICLE + r"\s+" + _WHO + r"(?=\s*(?:[.,;!?]|$))")
#: "SPEAKER VERB[,:]" before an opening mark.
BEFORE_MARK = re.compile(r"[\s,]*" + _WHO + r"\s+" + _ADVERB + _VERB + r"\s*[,:]\s*$")
#: "… and VERB[,:]" before an opening mark: a second verb of the sentence's subject.
JOINED_BEFORE_MARK = re.compile(r"\s(?:and|but)\s+" + _ADVERB + _VERB + r"\s*[,:]\s*$")
#: The subject opening a sentence, then a verb (or an adverb) in lower case.
SUBJECT_FIRST = re.compile(
    r"\s*(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*|[Hh]e|[Ss]he|[Tt]hey|[Ww]e)"
    r"(?=\s+[a-z])"
)
#: Kinds of speaker phrase an open cue accepts.
SPEAKERS = frozenset({"person", "organisation", "descriptor", "org-descriptor"})
#: Pronouns that speak.
PERSONAL = frozenset({"he", "she", "they", "i", "we"})


def _speaker(text: str, start: int, end: int) -> Phrase | None:
    phrase = parse_phrase(text, start, end)
    if phrase is None:
        return None
    if phrase.kind == "pronoun":
        return phrase if (phrase.pronoun or "") in PERSONAL else None
    if phrase.kind not in SPEAKERS:
        return None
    if phrase.kind in ("person", "organisation") and not text[start:end][:1].isupper():
        return None
    return phrase


def _verb(word: str) -> bool:
    """True for a word that may be a verb of saying here (not "was", "based", "reads")."""
    return word not in NOT_SAYING and not word.endswith(("ss", "us", "is", "ness"))


def open_attribution_after(text: str, start: int, end: int) -> Attribution | None:
    """Attribution right after a closing mark by a verb not in the cue list (see module doc)."""
    match = SPEAKER_VERB.match(text, start, end)
    if match is not None and _verb(match.group("verb")):
        phrase = _speaker(text, match.start("who"), match.end("who"))
        if phrase is not None:
            return Attribution(phrase, match.group("verb"), Span(match.start("verb"), match.end("verb")))
    match = VERB_SPEAKER.match(text, start, end)
    if match is not None and _verb(match.group("verb")):
        phrase = _speaker(text, match.start("who"), match.end("who"))
        # "…,” quipped the mayor.", "…,” agrees Michelle Stevens, 30, of Gainesville: a present
        # tense only before a name ("…” reads the sign" names no speaker)
        named = match.group("verb").endswith("ed") or (phrase is not None and phrase.kind == "person")
        if phrase is not None and phrase.kind != "pronoun" and named:
            return Attribution(phrase, match.group("verb"), Span(match.start("verb"), match.end("verb")))
    return None


#: "… as SPEAKER[, aside,] put it:" before an opening mark.
AS_PUT_IT = re.compile(
    # (capitalised too, opening its sentence: "As Tom Ridge put it, “…”")
    r"\b[Aa]s\s+"
    + _WHO
    + r"(?:,[^,“”\"]{1,80},)?\s+(?P<verb>put|puts|said|says|wrote|writes)\s+it\s*[,:]\s*$"
)
#: A clause that leads into a quotation by a colon: its subject, then a verb, no quotation mark.
COLON_LEAD = re.compile(
    r"(?:\s+(?:has|have|had|also|since|then|later|again|[a-z]+ly))*\s+[a-z]{3,}[^“”\"]{0,120}:\s*$"
)


#: A phrase or clause fronted before the subject of a colon lead, up to its comma: "Asked which
#: ward was his favourite, he demurred: “…”", "Along with the photo, Lee had written: “…”", "To
#: that, Becker added: “…”".
FRONTED_BEFORE_SUBJECT = re.compile(
    r"\s*(?:(?:Asked|Pressed|Speaking|Responding|Along\s+with|Alongside|To\s+that|In|On|At|After|Before|"
    r"During|Later|Earlier|When|As|While|Then|Now|Still|Afterward|Afterwards)\b[^,;:“”\"]{0,100},\s*)"
    r"(?=[A-Z]|(?:he|she|they|we)\b)"
)
#: The subject of a colon lead, then an aside before its verb: "Tom Becker, D-Ward 3,", "Dana
#: Lee, a transit analyst at the university,".
SUBJECT_BEFORE_ASIDE = re.compile(
    r"\s*(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*),[^,;:“”\"]{1,80},(?=\s+[a-z])"
)


#: A lead-in that gives another's words: "She cited Lincoln's words:", "posted the council's
#: reply:", "read the sign aloud:", "pointed to the ruling's last line:".
ANOTHERS_WORDS = re.compile(
    r"\b(?:cit|quot|recit)(?:e|es|ed|ing)\b|\bread\s+(?:out\s+|aloud\s+)?(?:the|a|an)\b|[’']s\s+(?:[a-z]+\s+){0,2}"
    r"(?:words|reply|response|answer|statement|line|lines|message|letter|tweet|post|note|motto|slogan|"
    r"remarks?|comments?|warning|verdict|ruling|sign|text)\b"
)
#: A capitalised word, then the word after it: "Chidi Okafor" (the lookahead keeps "Tom Okafor"
#: in "Chidi Tom Okafor").
_CAPITALISED_THEN = re.compile(r"[A-Z][a-z]+\s+(?=([A-Z][\w’'.-]*))")
_WORD_EDGE = re.compile(r"\b")


#: The capitalised words running up to a point ("Las Vegas " before "Aces").
_RUN_BEFORE = re.compile(r"(?:[A-Z][a-z]+\s+)+$")
#: An article right before a run of capitalised words ("the Las Vegas Aces"; one opening the run,
#: "The Aces", is read by :func:`_after_article`): English puts no article before a person's name, so
#: such a run names a team, a firm, a ship or a place ("the Chicago Sky", "the Northern Line"), and
#: its last word is nobody's surname.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$")


def _after_article(text: str, start: int) -> bool:
    """True when the capitalised word at ``start`` ends a run that an article opens or precedes."""
    window = text[max(0, start - 80) : start]
    run = _RUN_BEFORE.search(window)
    if run is None:
        return False
    first = window[run.start() :]
    if re.match(r"(?:The|An)\s", first):
        return True
    return _ARTICLE_BEFORE.search(window[: run.start()]) is not None


@functools.lru_cache(maxsize=4)
def surnames_in_full(text: str) -> frozenset[str]:
    """Every capitalised word (and each of its prefixes ending at a word's edge, "Okafor" of
    "Okafor's") that follows a capitalised word in ``text``: the surnames the text gives in full.
    A run of capitalised words after an article ("the Las Vegas Aces", "The Aces") gives none: a
    person's name takes no article, so "Aces" is a team's name, not a surname given in full.
    Read once per text, as a search of the text for each quotation would be slow on long ones."""
    out: set[str] = set()
    for match in _CAPITALISED_THEN.finditer(text):
        word, at = match.group(1), match.end()
        if _after_article(text, at):
            continue
        out.update(word[:i] for i in range(1, len(word) + 1) if _WORD_EDGE.match(text, at + i))
    return frozenset(out)


def _led_in(text: str, start: int, end: int) -> Attribution | None:
    """ "Or, as Tom Ridge put it: “…”"; "Clinton has since apologized for what happened: “…”": a
    sentence whose subject is a person (a name or a personal pronoun) leads by its colon into
    the words that follow, which are that person's."""
    put = AS_PUT_IT.search(text, start, end)
    if put is not None:
        phrase = _speaker(text, put.start("who"), put.end("who"))
        if phrase is not None:
            return Attribution(phrase, put.group("verb"), Span(put.start("verb"), put.end("verb")))
    begin = start
    fronted = FRONTED_BEFORE_SUBJECT.match(text, start, end)
    if fronted is not None:  # "Asked which ward was his favourite, he demurred: “…”"
        begin = fronted.end()
    opening = SUBJECT_FIRST.match(text, begin, end)
    lead = opening.end() if opening is not None else begin
    if opening is None or COLON_LEAD.fullmatch(text, lead, end) is None:
        # "Tom Becker, D-Ward 3, delivered a blunt message to the mayor: “…”"
        opening = SUBJECT_BEFORE_ASIDE.match(text, begin, end)
        if opening is None or COLON_LEAD.fullmatch(text, opening.end(), end) is None:
            return None
        lead = opening.end()
    phrase = _speaker(text, opening.start("who"), opening.end("who"))
    if phrase is None or phrase.kind not in ("person", "pronoun"):
        return None
    who = opening.group("who")
    if phrase.kind == "person" and " " not in who and who not in surnames_in_full(text):
        return None  # a word alone ("Why", "See") is a person only as the surname of a full name in the text
    verb = re.search(r"[a-z]{3,}", text[lead:end])
    if verb is None or ANOTHERS_WORDS.search(text, lead, end):
        return None  # "She cited Lincoln's words: “…”": the words are another's
    at = lead + verb.start()
    return Attribution(phrase, verb.group(), Span(at, at + len(verb.group())))


def _clause_starts(text: str, start: int, end: int) -> list[int]:
    """Where a clause may open after a fronted phrase: after a fronted opener ("Asked …,", "In …,")
    at ``start``, and after the last comma or dash before ``end``'s own comma."""
    out = []
    fronted = FRONTED_BEFORE_SUBJECT.match(text, start, end)
    if fronted is not None:
        out.append(fronted.end())
    inner = text[start:end].rstrip().rstrip(",:")
    cut = max(inner.rfind(", "), inner.rfind(" - "), inner.rfind(" — "))
    if cut > 0:
        out.append(start + cut + 2)
    return out


def open_attribution_before(text: str, start: int, end: int) -> Attribution | None:
    """Attribution leading into a quotation by a verb not in the cue list: "He responds, “…”";
    also a second verb joined by "and" to the subject's first ("He put on an accent and joked, “…”"),
    and a clause of a person's that leads in by a colon (:func:`_led_in`)."""
    match = BEFORE_MARK.fullmatch(text, start, end)
    if match is None:  # "During the first debate, Councillor Tom Becker cracked, “…”": after a fronted phrase
        match = next(
            (m for at in _clause_starts(text, start, end) if (m := BEFORE_MARK.fullmatch(text, at, end))),
            None,
        )
    if match is not None and _verb(match.group("verb")):
        phrase = _speaker(text, match.start("who"), match.end("who"))
        if phrase is not None:
            return Attribution(phrase, match.group("verb"), Span(match.start("verb"), match.end("verb")))
        return _led_in(text, start, end)
    joined = JOINED_BEFORE_MARK.search(text, start, end)
    if joined is None or not _verb(joined.group("verb")):
        return _led_in(text, start, end)
    opening = SUBJECT_FIRST.match(text, start, joined.start())
    phrase = _speaker(text, opening.start("who"), opening.end("who")) if opening else None
    if phrase is None:
        return None
    return Attribution(phrase, joined.group("verb"), Span(joined.start("verb"), joined.end("verb")))
