"""Clause cues: a "that" clause after a participle or an adjective of stance attributes it.

The cue list (cue_words.CUES) holds the verbs that report speech in any shape.  Two shapes say that
a clause is someone's whatever the word before "that":

* ``…, VERBing [OBJECT] that CLAUSE`` — a participle after a comma: "…, joking that the debate
  ran long", "…, quickly reminding viewers that he had voted for it"; its speaker is the one who
  spoke last in the sentence (a quotation's or a clause's speaker), or the sentence's subject;
* ``SUBJECT is [not] ADJECTIVE that CLAUSE`` — a belief: "she is sure that …", "Aides were
  confident that …", "The campaign is convinced that …"; also ``SUBJECT made [it] clear that``;
* ``SUBJECT VERB … “partial quote”`` — words quoted inside the predicate of a sentence whose
  subject is a name, a body or a person are that subject's: "Mr. Frum called the moment “a
  display of panic”", "Sanders credited her victory to “a closed primary”" (read by
  :func:`partial_subject` where no reported clause holds the quotation).

The clause must hold a finite verb; the speaker must read as a name, a pronoun for a person, a
body or an unnamed group.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extraction.cue_subjects import _sentence_subject, _subject_before
from factcheck.extraction.cue_words import CUES
from factcheck.extraction.reported import CLAUSE, FINITE, Attribution, Reported, _inside, _trim
from factcheck.extraction.speaker_words import PARTY_TAG
from factcheck.model import Span
from factcheck.word_index import WordGate

#: Words ending in "-ing" that are no participle of attribution before "that".
NOT_PARTICIPLES = frozenset(
    """including meaning during according something nothing anything everything being having
    morning evening thing bring king ring sing spring string ensuring assuming given considering
    making doing getting going taking""".split()
)
#: ", [adverb] VERBing [one to three words] that ".
PARTICIPLE_THAT = re.compile(
    r",\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{3,}ing)(?:\s+(?:[\w’'.-]+\s+){0,2}?[\w’'.-]+)?,?\s+that\s+"
)
#: Adjectives of belief or certainty that take a "that" clause.
BELIEF_ADJECTIVES = (
    "sure certain convinced confident aware adamant hopeful optimistic worried concerned skeptical "
    "sceptical doubtful unaware positive afraid fearful insistent"
)
#: SUBJECT is [not] [adverb] ADJECTIVE that; SUBJECT made [it] clear that.
ADJECTIVE_THAT = re.compile(
    r"\b(?P<be>is|was|are|were|am|remains|remained|seemed|seems|appeared|appears|felt|feels|"
    r"[’']s|[’']re)\s+(?:not\s+|also\s+|still\s+|now\s+)?(?:[a-z]+ly\s+)?"
    r"(?P<cue>" + "|".join(BELIEF_ADJECTIVES.split()) + r")\s+that\s+"
    r"|\b(?P<made>made|makes|make)\s+(?:it\s+)?(?P<clear>clear)\s+that\s+"
)
_ADJECTIVE_THAT_GATE = WordGate(ADJECTIVE_THAT)  # tried only in a sentence holding its words
#: Kinds of phrase that may hold a belief or speak.
SPEAKING = frozenset({"person", "organisation", "org-descriptor", "descriptor", "anonymous"})
#: Pronouns that stand for who speaks or believes ("it" rarely does: "it is clear that").
PERSONAL = frozenset({"he", "she", "they", "i", "we", "you"})
#: The kind of attribution each clause cue makes.
CLAUSE_KINDS = {**dict.fromkeys(BELIEF_ADJECTIVES.split(), "believes"), "clear": "said"}


def _speaks(phrase_kind: str, pronoun: str | None) -> bool:
    if phrase_kind == "pronoun":
        return (pronoun or "").lower() in PERSONAL
    return phrase_kind in SPEAKING


def _clause(text: str, begin: int, end: int) -> Span | None:
    content = _trim(text, begin, end)
    if content is None:
        return None
    words = content.of(text)
    return content if CLAUSE.search(words) or FINITE.search(words) else None


def clause_attributions(
    text: str,
    sentence: Span,
    quotes: Sequence[Span],
    found: Sequence[Reported],
    earlier: Sequence[Attribution] = (),
) -> list[Reported]:
    """Reported clauses after a participle or an adjective of stance in one sentence (see module doc).

    ``found`` is what the cue rules read in the sentence; ``earlier`` the attributions of its
    quotations, whose speaker a participle after them continues.
    """
    out: list[Reported] = []
    if "that" not in text[sentence.start : sentence.end]:
        return out
    contents = [r.content for r in found]
    cues = [r.attribution.cue_span for r in found] + [a.cue_span for a in earlier]
    for match in PARTICIPLE_THAT.finditer(text, sentence.start, sentence.end):
        verb = match.group("verb")
        cue_span = Span(match.start("verb"), match.end("verb"))
        if verb in CUES or verb in NOT_PARTICIPLES or _inside(cue_span.start, [*quotes, *contents]):
            continue
        if any(c.overlaps(cue_span) for c in cues):
            continue
        content = _clause(text, match.end(), sentence.end)
        if content is None:
            continue
        before = [
            a for a in (*earlier, *(r.attribution for r in (*found, *out))) if a.cue_span.end <= match.start()
        ]
        phrase = (
            max(before, key=lambda a: a.cue_span.start).phrase
            if before
            else _sentence_subject(text, sentence.start, match.start())
        )
        if phrase is None or not _speaks(phrase.kind, phrase.pronoun):
            continue
        out.append(Reported(content, Attribution(phrase, verb, cue_span)))
    for match in _ADJECTIVE_THAT_GATE.finditer(text, sentence.start, sentence.end):
        word = "cue" if match.group("cue") else "clear"
        cue_span = Span(match.start(word), match.end(word))
        if _inside(cue_span.start, [*quotes, *contents]) or any(c.overlaps(cue_span) for c in cues):
            continue
        content = _clause(text, match.end(), sentence.end)
        if content is None:
            continue
        verb_start = match.start("be") if match.group("be") else match.start("made")
        phrase = _subject_before(text, sentence.start, verb_start)
        if phrase is None or not _speaks(phrase.kind, phrase.pronoun):
            continue
        out.append(Reported(content, Attribution(phrase, match.group(word).lower(), cue_span)))
    return out


#: Words after a subject that show no verb follows it (a list, a clause, a preposition).
_NOT_VERB = frozenset(
    """and or but of in on at for to from with by as that which who whom whose when where while
    if than the a an his her its their this these those""".split()
)
#: The word after the subject: an adverb or an auxiliary may come first.
_VERB_AFTER = re.compile(
    # a party-state tag may stand between the name and the verb: "Rep. Paul Ryan (R-WI) said “…”"
    r"(?:\s+" + PARTY_TAG + r")?"
    r"\s+(?:(?:[a-z]+ly|has|have|had|is|was|are|were|will|would|also|then|again)\s+)*(?P<verb>[a-z][a-z’'-]+)\b"
)


def partial_subject(text: str, sentence: Span, quote_start: int) -> Attribution | None:
    """The subject of the sentence whose predicate quotes a few words at ``quote_start``, with the
    verb after it as the cue; None when the sentence opens with no speaker or the quotation comes
    before the verb."""
    phrase = _sentence_subject(text, sentence.start, quote_start)
    if phrase is None or not _speaks(phrase.kind, phrase.pronoun) or phrase.kind == "anonymous":
        return None
    verb = _VERB_AFTER.match(text, phrase.span.end, quote_start)
    if verb is None or verb.group("verb") in _NOT_VERB:
        return None
    return Attribution(phrase, verb.group("verb"), Span(verb.start("verb"), verb.end("verb")))
