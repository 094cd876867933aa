"""Stances: a verb and its object ("SUBJECT endorsed Kasich", "SUBJECT called for a recount").

:func:`stance_objects` reads what a named subject took a stand on or spoke about, with a verb of
:data:`~factcheck.extraction.cue_words.STANCE_VERBS` and one of its joining words; the object
runs to the clause's end.
"""

from __future__ import annotations

import re

from factcheck.extraction.cue_subjects import PASSIVE, _sentence_subject, _subject_before
from factcheck.extraction.cue_words import _STANCE_FORMS, CUES, STANCE_GATE, STANCE_VERBS
from factcheck.extraction.reported import MAX_SENTENCE, THIS_OBJECT, Attribution, Reported, _inside
from factcheck.extraction.text import word_alternation
from factcheck.model import Span
from factcheck.sentences import abbreviation_before

#: Where an object ends: the sentence's end, a semicolon or dash, or a comma before a new clause.
OBJECT_END = re.compile(
    r"\s*(?:;|\s[—–]\s|--|,\s*(?:but|and|while|although|though|which|who|whom|whose|as|saying|calling|"
    r"adding|arguing|according|because|after|before|when|where|even|despite|since|so|noting|"
    r"[a-z]+ing\b))|[.!?](?:\s|$)"
)


#: Objects that are no content: a pronoun standing alone, or a bill or a measure named by a number.
EMPTY_OBJECT = re.compile(
    r"(?:it|this|that|them|him|her|so|too|here|there|back|up|down|out|in|(?:for\s+)?(?:hours|days|weeks|months|"
    r"years|decades))\W*$",
    re.I,
)


#: A second verb of the same subject: "praised the plan and said it would pass".
SECOND_VERB = re.compile(
    # "…, who voted against the plan, said …": the main verb after a relative clause's comma, too
    r"(?:\s+(?:and|but)\s+|,\s*)(?:[a-z]+ly\s+)?(?:" + word_alternation({*CUES, *_STANCE_FORMS}) + r")\b"
)


def _object_end(text: str, begin: int, end: int) -> int:
    """Where an object starting at ``begin`` ends: the first stop of :data:`OBJECT_END` that is not
    the full stop of an abbreviation or an initial ("supporting Mr. Cruz"), or a second verb of
    saying or stance ("and said …"), else ``end``."""
    second = SECOND_VERB.search(text, begin, end)
    end = second.start() if second is not None else end
    at = begin
    while stop := OBJECT_END.search(text, at, end):
        if text[stop.start()] != "." or not abbreviation_before(text, stop.start(), begin):
            return stop.start()
        at = stop.end()
    return end


def stance_objects(
    text: str, sentence: Span, quotes: list[Span], used_cues: list[Span], found: list[Reported]
) -> list[Reported]:
    """ "SUBJECT VERB [joining word] OBJECT": what a named subject took a stand on or spoke about.

    The subject must be a name, a pronoun for a person, a body or a described person; the verb
    one of :data:`STANCE_VERBS` with one of its joining words; the object runs to the clause's end.
    """
    if len(sentence) > MAX_SENTENCE:
        return []
    out: list[Reported] = []
    for match in STANCE_GATE.finditer(text, sentence.start, sentence.end):
        word = match.group(1)
        cue_span = Span(match.start(1), match.end(1))
        if (
            _inside(cue_span.start, quotes)
            or any(u.overlaps(cue_span) for u in used_cues)
            or any(
                r.content.start <= cue_span.start < r.content.end or r.attribution.cue_span.overlaps(cue_span)
                for r in (*found, *out)
            )
        ):
            continue
        joinings = STANCE_VERBS[_STANCE_FORMS[word]][1].split()
        if word.lower() in CUES and _STANCE_FORMS[word] not in JUDGING:
            # a speech cue's plain object was judged by the cue rules ("announced his discovery" is
            # no statement); here it takes its object only through a joining word ("warned of")
            joinings = [j for j in joinings if j != "-"]
        begin = _object_start(text, cue_span.end, sentence.end, joinings)
        if begin is None:
            continue
        end = _object_end(text, begin, sentence.end)
        while end > begin and text[end - 1] in ' ,;:.”"’)':
            end -= 1
        words = text[begin:end]
        if not re.search(r"[A-Za-z]{2}", words) or EMPTY_OBJECT.fullmatch(words) or len(words) > 400:
            continue
        if THIS_OBJECT.match(words):
            continue  # "disclosed this on Tuesday while briefing …": what was said came before
        if PASSIVE.search(text[max(sentence.start, cue_span.start - 12) : cue_span.start]):
            continue  # "was endorsed by": the subject is the object of the stance
        if word.lower().endswith("ing") and text[sentence.start : cue_span.start].rstrip().endswith(","):
            # "…, supporting the bill", "…, citing a poll": the sentence's speaker takes the stand
            earlier = [r for r in (*found, *out) if r.attribution.cue_span.start < cue_span.start]
            phrase = (
                earlier[-1].attribution.phrase
                if earlier
                else _sentence_subject(text, sentence.start, cue_span.start)
            )
        else:
            phrase = _subject_before(text, sentence.start, cue_span.start)
        if phrase is None or (phrase.kind == "pronoun" and (phrase.pronoun or "").lower() not in PERSONAL):
            continue
        cue = " ".join(text[cue_span.start : begin].split()).lower()  # "endorsed", "called for"
        kind = "stance" if _STANCE_FORMS[word] in JUDGING else None
        out.append(Reported(Span(begin, end), Attribution(phrase, cue or word.lower(), cue_span, kind)))
    return out


#: Speech cues whose plain object is a stand taken, like "slammed" or "hailed" ("criticized the
#: plan", "praised the volunteers"); their judgements "criticized X for Y" are read as speech too.
JUDGING = frozenset({"criticize", "praise"})


#: Pronouns that stand for who takes a stand ("it", "this" rarely do).
PERSONAL = frozenset({"he", "she", "they", "i", "we"})


#: Words that, right after a verb, show it takes no plain object here ("supported by", "backed up").
NOT_OBJECT = frozenset(
    """to by in on at for from with as that than up out back off over into and or but if when down away
    around through along ahead forward
    because while so not also only just there here""".split()
)


def _object_start(text: str, position: int, end: int, joinings: list[str]) -> int | None:
    """Where a stance verb's object begins: after one of its joining words, or right after the verb
    for a plain object ("-"); an infinitive keeps its "to" ("declined to comment"). None: no object."""
    for joining in sorted((j for j in joinings if j != "-"), key=len, reverse=True):
        joined = re.compile(r"\s+" + joining.replace("_", r"\s+") + r"\b").match(text, position, end)
        if joined is None:
            continue
        if joining == "to":
            if re.match(r"\s+[a-z]{2,}", text[joined.end() : end]) and not re.match(
                r"\s+the\b", text[joined.end() : end]
            ):
                return joined.start() + len(joined.group()) - 2  # "to comment"
            continue
        after = joined.end()
        if re.match(r"\s*(?:on|in|at|to|with|from|by)\s", text[after:end]):
            return None  # "talking about on Twitter": the joining word has no object of its own
        return after + len(text[after:end]) - len(text[after:end].lstrip())
    if "-" in joinings:
        first = re.match(r"\s+([\w“\"‘’'$]+)", text[position:end])
        if (
            first is not None
            and first.group(1).lower() not in NOT_OBJECT
            and not first.group(1).endswith("ed")
        ):
            return position + first.start(1)  # never "questions asked of …": a noun, then a verb
    return None
