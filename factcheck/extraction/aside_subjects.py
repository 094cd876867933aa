"""A reported clause whose subject stands before the attribution and its hearer or medium:
"The summit, she told Spanish radio, had proved that …", "The talks, the minister told
reporters, were over".

"The risks, he says, are apparent" was read as one clause split by its cue.  With a hearer, a
platform or a time between the cue and the comma, the words after that comma were taken for the
writer's aside, as they are after a whole clause ("Spending fell 0.4 per cent, the bureau said on
Thursday, the third fall in a row"), and the short subject before the cue for no clause at all,
so the whole quotation was lost.  A short noun phrase with no verb before the cue, and a finite
verb right after the aside, make one interrupted clause again.
"""

from __future__ import annotations

import re

from factcheck.extraction.reported import FINITE_OR_PAST
from factcheck.extraction.speaker_words import OPENING_WORDS, PREPOSITIONS, SUBORDINATORS

#: A present tense in the third person opening the predicate: "buys time", "remains open".
_PRESENT = re.compile(r"[a-z]{2,}s\b")
#: Spaces and an opening quotation mark before the predicate.
_OPENING_MARK = re.compile(r"\s*[“\"‘']?")
#: The longest subject, in words, read before such an aside.
MAX_SUBJECT_WORDS = 6


def interrupted_subject(text: str, start: int, clause_start: int, rest: int) -> bool:
    """True when ``text[start:clause_start]`` is a short subject (a noun phrase of at most
    :data:`MAX_SUBJECT_WORDS` words, no verb, no fronted preposition or adverb) and the words
    after the aside, from ``rest`` on, open on its finite verb: "The summit, she told Spanish
    radio, had proved …" (an opening quotation mark is passed over: "The aid, he wrote on
    Telegram, “buys time, not victory,” and …")."""
    subject = text[start:clause_start].strip().rstrip(",").strip()
    words = subject.split()
    if not 1 <= len(words) <= MAX_SUBJECT_WORDS or "," in subject:
        return False
    first = words[0].lower()
    if first in PREPOSITIONS or first in SUBORDINATORS or first in OPENING_WORDS:
        return False  # "On Monday, she told CNN, …", "However, …": no subject
    if FINITE_OR_PAST.search(subject):
        return False
    opening = _OPENING_MARK.match(text, rest)
    at = opening.end() if opening is not None else rest
    return bool(FINITE_OR_PAST.match(text, at) or _PRESENT.match(text, at))


#: "as" opening the words before a cue: "…, as The Times reported on Saturday, he has …".
_AS_ASIDE = re.compile(r"\s*as\b", re.I)


def wire_report(lemma: str, text: str, clause_start: int, cue_start: int) -> bool:
    """True for "reported" closing a clause as "said" does, before a time or a place and a comma:
    "Inflation fell to 8.8 percent in March, the statistics bureau INDEC reported on Friday,
    giving …" (the words after the comma are the writer's); not after "as" ("…, as The Times
    reported on Saturday, he has …": what follows is the report's)."""
    return lemma == "report" and not _AS_ASIDE.match(text, clause_start, cue_start)
