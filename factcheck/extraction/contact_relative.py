"""A cue inside a relative clause with no relative pronoun: "…, chanting while lawmakers argued
over how to pay for a raise the governor promised last week."

"the governor promised" there qualifies "a raise"; it is no "CLAUSE, SPEAKER CUE." attribution
of the words before the comma.  When the last phrase before a closing cue opens with an article
or a possessive ("the governor") right after a lower-case word that is no conjunction,
preposition or post ("a raise | the governor promised"), the cue reports nothing of that clause.
"""

from __future__ import annotations

import re

from factcheck.extraction.speaker_words import PREPOSITIONS, TITLE_WORDS
from factcheck.vocabulary import PERSON_NOUNS

#: Words a clause (and so a speaker phrase) may follow: conjunctions, relatives, adverbs of time.
_OPENERS = frozenset(
    """and but or nor so yet as while when whenever because since after before although though if
    unless until once that which who whom whose where then now also still however meanwhile
    later earlier today yesterday tonight said says told""".split()
)
#: An article or a possessive opening a phrase.
_ARTICLE = re.compile(r"\b(?:the|a|an|his|her|its|their)\s+")
#: The word before a position.
_WORD_BEFORE = re.compile(r"([A-Za-z’'-]+)\s+$")


def in_contact_relative(text: str, clause_start: int, cue_start: int) -> bool:
    """True when the words from ``clause_start`` to a cue end in "NOUN the SPEAKER" ("a raise the
    governor"): the cue stands in a relative clause of that noun."""
    segment = text[clause_start:cue_start]
    articles = list(_ARTICLE.finditer(segment))
    if not articles:
        return False
    last = articles[-1]
    phrase = segment[last.end() :].split()
    if len(phrase) > 4 or any(w.lower() in _OPENERS for w in phrase):
        return False  # the speaker phrase is the last few words before the cue, with no clause inside
    before = _WORD_BEFORE.search(segment, 0, last.start())
    if before is None:
        return False
    word = before.group(1)
    return (
        word.islower()
        and word not in _OPENERS
        and word not in PREPOSITIONS
        and word not in PERSON_NOUNS
        and word not in TITLE_WORDS
        and not word.endswith("ly")
    )
