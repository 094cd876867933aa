"""Sentences whose subjects are two different one-word names count for two places (round alarm18).

"Thailand received 24.78 million foreign visitors last year" and "Bangkok, where the protests were
concentrated, received 16.2 million foreign visitors": the same counted noun, the same time, for a
country and its capital.  The names rule (docs/checkers/numeric.md, "the same subject") reads a
sentence-opening word as a name only when the text also capitalises it mid-sentence, and the
subject rule only known entities or runs of two capitalised words, so a place or body named by
one word at the head of its sentence was no subject at all.

A sentence's **opening name** is its first word when it is capitalised, of four letters or more,
no function word, written nowhere in the text in lower case (so "Revenue", "Visitors", which the
text writes as "revenue", "visitors" elsewhere, are common nouns), and followed straight by a
comma or a lower-case verb-like word, not by "of", "from", "per" or another word that would make
it the head of a longer noun phrase or a speaker ("said", "expects"), and in the figure's own
clause.  Two figures whose sentences open with different such names,
neither named in the other's sentence, are two quantities; "Thailand received …" and "Thailand
reported …" are still compared.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_memo import per_figure, per_index
from .numeric_text import TextIndex

__all__ = ["opening_name", "opening_names_apart"]

_FIRST = re.compile(r"\s*[“\"‘']?([A-Z][a-z]{3,})(?=(,\s)|\s+([a-z]+)\b)")
#: Capitalised sentence openers that are no names.
_NOT_NAMES = frozenset(
    """this that these those there their then when while after before some many most much more
    last next first only both each every such other also about under over with from into since
    until what which where here however meanwhile overall instead still even just like""".split()
)
#: A word after the first that makes it the head (or modifier) of a longer noun phrase.
_PHRASE_AFTER = frozenset("""of from per for in on at to and or with by as among between across""".split())

#: Verbs of speech or belief after the first word: it names a speaker, not the figure's subject.
_SPEECH = frozenset(
    """said says say told tells added warned argued noted believe believes believed think thinks
    thought expect expects expected estimate estimates estimated predict predicts predicted""".split()
)


@per_figure
def opening_name(index: TextIndex, figure: Figure) -> str:
    """The one-word name that opens ``figure``'s sentence and stands as its subject ("Bangkok,
    where …, received 16.2 million"), or ""."""
    number = index.sentence_of(figure.span)
    if number < 0:
        return ""
    sentence = index.sentences[number]
    match = _FIRST.match(index.text, sentence.start, sentence.end)
    if match is None or match.end(1) > figure.span.start:
        return ""
    word = match.group(1)
    if word.lower() in _NOT_NAMES or (match.group(3) or "") in _PHRASE_AFTER | _SPEECH:
        return ""  # "Analysts said the offering raised …": the speaker, not what the figure is of
    if index.clause(figure).start > match.start(1):
        return ""  # "Shares rose on Thursday, and the offering raised …": another clause's subject
    if _in_lower_case(index, word.lower()):
        return ""  # written in lower case too: a common noun
    return word


@per_index
def _in_lower_case(index: TextIndex, word: str) -> bool:
    """True when the text writes ``word`` (lower case) as a word of its own."""
    return word in index.text and re.search(rf"\b{word}\b", index.text) is not None


def opening_names_apart(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when the two figures' sentences open with different one-word names, neither named in
    the other's sentence: the same noun counted for two places or bodies."""
    na, nb = opening_name(index, a), opening_name(index, b)
    if not (na and nb) or na == nb:
        return False
    sa = index.sentences[index.sentence_of(a.span)].of(index.text)
    sb = index.sentences[index.sentence_of(b.span)].of(index.text)
    return (na not in sb or re.search(rf"\b{na}\b", sb) is None) and (
        nb not in sa or re.search(rf"\b{nb}\b", sa) is None
    )
