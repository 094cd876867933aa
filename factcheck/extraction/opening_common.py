"""A capitalised common word opening a sentence is no speaker's name (issue 12, frag20).

A subject reader that meets one capitalised word before a cue reads it as a name: "Policymakers
argue that …", "Employers now seek …", "Eight years ago, he said …", "Someone called it …",
"Shortly after the vote, …". The word is a name only when the article uses it as one; a word that
opens a sentence, stands nowhere else in the text (not even inside a longer name), is no first
name and no outlet, and is a common word by its form is not:

* a word that stands for people without naming them: "We", "Someone", "None", "Neither", "I'm";
* a number word ("Eight"), an adverb in "-ly" ("Usually", "Shortly"), a past participle
  ("Courted by …");
* a noun of the speaker word lists ("Analysis shows", "Investigations have revealed");
* a plural of people or things in "-ers", "-ists", "-ents", "-ants", "-ions", "-ates", "-ces"
  ("Policymakers", "Proponents", "Associates", "Audiences"): an unnamed group, as "officials" is.

A word written with a capital inside ("TotalEnergies", "BNOnews") is a brand, and a known outlet
or a word the text uses again ("Apple said …; Apple's chief …") keeps its reading.
"""

from __future__ import annotations

import re

from factcheck.extraction.number_words import TENS, UNITS
from factcheck.extraction.speaker_words import (
    ANONYMOUS_PLURALS,
    DOCUMENTS,
    ORG_NOUNS,
    first_names,
)
from factcheck.vocabulary import PERSON_NOUNS

#: Words that stand for people without naming anyone, and a speaker's own contractions.
PEOPLE_WORDS = frozenset(
    """we i i'm i’m i'd i’d i've i’ve we're we’re we've we’ve someone somebody anyone anybody
    everyone everybody nobody none neither either both each few many most several such""".split()
)
#: Endings of plural nouns of people or things ("policymakers", "proponents", "projections").
_PLURAL_GROUP = re.compile(r"(?:ers|ists|ents|ants|ions|ates|ces|ians)$")
#: Where a sentence opens before a word: the text's start, a line break, or a full stop, a
#: question or exclamation mark or a closing quotation mark and a space.
_SENTENCE_OPEN = re.compile(r"(?:^|\n\s*|[.!?:;”\"’)]\s+)$")


def opens_sentence(text: str, start: int) -> bool:
    """True when a sentence (or a line) opens right before ``start``."""
    return _SENTENCE_OPEN.search(text, max(0, start - 4), start) is not None


def _once(text: str, word: str) -> bool:
    """True when ``word`` stands in ``text`` once only as a whole word (a possessive counts)."""
    return word in text and len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)) == 1


def common_opening(word: str, text: str, start: int) -> str | None:
    """How a one-word "name" written at ``text[start:]`` reads when it is a common word opening a
    sentence: "group" (an unnamed group: "Policymakers argue"), "none" (no one: "Eight years ago",
    "Someone called it"), or None when it may be a name (see the module's doc)."""
    if not word.isalpha() and not re.fullmatch(r"[A-Za-z]+['’][a-z]+", word):
        return None
    lower = word.lower()
    if (
        not word[:1].isupper()
        or any(c.isupper() for c in word[1:-1])
        or lower in first_names()
        or not opens_sentence(text, start)
        or not _once(text, word)
    ):
        return None
    if lower in PEOPLE_WORDS or lower in UNITS or lower in TENS:
        return "none"
    if (len(lower) > 4 and lower.endswith("ly")) or (len(lower) > 5 and lower.endswith("ed")):
        return "none"  # "Usually when …", "Courted by most of the field, …"
    plural = lower.endswith("s") and not lower.endswith(("ss", "us", "is"))
    singular = lower[:-1] if plural else lower
    if {lower, singular} & (ORG_NOUNS | DOCUMENTS | PERSON_NOUNS) or lower in ANONYMOUS_PLURALS:
        return "group" if plural else "none"
    if _PLURAL_GROUP.search(lower):
        return "group"
    return None
