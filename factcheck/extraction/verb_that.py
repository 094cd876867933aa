""" "VERB that CLAUSE": any verb, or a verb and a noun of saying, with a "that" clause.

"Clinton reiterated to ABC News that …", "He expressed concern that …": the clause after the
verb and "that" is what the subject says, thinks or finds (:func:`_verb_that`), where the verb
is no cue of :data:`~factcheck.extraction.cue_words.CUES`.
"""

from __future__ import annotations

import re

from factcheck.extraction.cue_subjects import _subject_before
from factcheck.extraction.cue_words import CUES
from factcheck.extraction.reported import CLAUSE, FINITE, Attribution, Reported, _inside, _trim
from factcheck.model import Span

#: Any verb with a "that" clause: "Clinton reiterated to ABC News that …", "He conceded that …";
#: a verb of reply with its particle: "Lafleur shot back that …", "she fired back that …".
VERB_THAT = re.compile(
    r"\b(?P<verb>[a-z]{3,}(?:ed|es|s)(?:\s+back)?|(?:shot|hit|struck|wrote)\s+back)(?:\s+(?:[a-z]+ly|(?:to|with)\s+[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*){0,3}))?"
    r",?\s+that\s+"
)


#: A verb and a noun of saying or thinking with a "that" clause: "He expressed concern that …",
#: "made the case that …", "voiced hope that …", "raised the possibility that …".
NOUN_THAT = re.compile(
    r"\b(?P<verb>express(?:es|ed|ing)?|voic(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|mak(?:e|es|ing)|made|"
    r"giv(?:e|es|ing)|gave|offer(?:s|ed|ing)?|sound(?:s|ed|ing)?|issu(?:e|es|ed|ing))"
    r"\s+(?:(?:the|a|an|his|her|their|its|some|new|growing|deep|serious|grave|strong|private|public)\s+)?"
    r"(?P<noun>concerns?|hopes?|fears?|worr(?:y|ies)|doubts?|confidence|optimism|case|argument|"
    r"claims?|assurances?|possibility|warnings?|predictions?|belief|complaints?|accusations?|"
    r"promises?|pledges?|suggestions?)\s+that\s+"
)


#: "made (it) clear [on Tuesday night] that …", "makes it plain that …": a statement made plain.
MADE_CLEAR = re.compile(
    r"\b(?P<verb>made|makes?|making)\s+(?:it\s+)?(?P<noun>clear|plain|known)"
    r"(?:\s+(?:on\s+)?\w+day(?:\s+(?:morning|afternoon|evening|night))?)?,?\s+that\s+"
)


#: Words ending like a verb that never take an attribution's "that" clause.
NOT_VERB_THAT = frozenset(
    """does was has is says said means ensures requires needs was times days years ways
    times months weeks hours minutes votes points percent less unless thus plus""".split()
)


def _verb_that(
    text: str, sentence: Span, quotes: list[Span], used_cues: list[Span], found: list[Reported]
) -> list[Reported]:
    """ "SUBJECT VERB [to NAME] that CLAUSE" with a verb not in the cue list: a clause after a verb
    and "that" is what the subject says, thinks or finds; so is the clause after a verb and a noun
    of saying or thinking (:data:`NOUN_THAT`).  The subject must be a name, a pronoun,
    a body or an unnamed group; the clause must have a finite verb."""
    out: list[Reported] = []
    if text.find("that", sentence.start, sentence.end) < 0:
        return out  # both patterns need "that": most sentences have none, and are not scanned
    matches = [*VERB_THAT.finditer(text, sentence.start, sentence.end)]
    matches += NOUN_THAT.finditer(text, sentence.start, sentence.end)
    matches += MADE_CLEAR.finditer(text, sentence.start, sentence.end)
    for match in matches:
        verb = match.group("verb")
        cue_span = Span(
            match.start("verb"), match.end("noun") if "noun" in match.groupdict() else match.end("verb")
        )
        if (
            verb in NOT_VERB_THAT
            or verb.lower() in CUES
            or _inside(cue_span.start, quotes)
            or any(u.overlaps(cue_span) for u in used_cues)
            or any(
                r.content.start <= cue_span.start < r.content.end or r.attribution.cue_span == cue_span
                for r in found
            )
        ):
            continue
        phrase = _subject_before(text, sentence.start, cue_span.start)
        if phrase is None:
            continue
        content = _trim(text, match.end(), sentence.end)
        words = content.of(text) if content is not None else ""
        if content is None or not (CLAUSE.search(words) or FINITE.search(words)):
            continue
        out.append(Reported(content, Attribution(phrase, verb, cue_span)))
    return out
