"""A headline figure the body gives again is supported, whatever noun the body counts it by (round
alarm20, class F).

Headline "Oklahoma schools start year with 1,000 teaching jobs empty"; body "about 1,000 teaching
positions unfilled, even after cutting some 600 positions" and "eliminated about 600 teaching
jobs … and still had roughly 1,000 vacancies".  The body tells the headline's 1,000 twice, by
other nouns ("positions", "vacancies"), so the headline is supported; the "600 teaching jobs"
that shares its noun is another quantity.  The restatement rule already took a headline figure
that the body repeats *as one quantity* (the same noun) for the body's own
(``numeric_restated._told_in_body``); a careful reader also takes it so when a body figure of the
same value and kind stands in a sentence that says a word of what the headline counts, and is at
least as close to the headline's words (the context words the two share) as the differing body
figure is: "At least 71 deaths in Mexico 'likely linked' to swine flu" against "at least 100 deaths
… were 'likely linked'" and, from another source, "71 people have died" still warns, the
headline's words being the 100's.

Near miss still judged: a headline figure no body figure agrees with ("1,200 teaching jobs
empty" against "about 600 teaching jobs" and "roughly 1,000 vacancies").

A body figure of the headline's value supports it only when the body does not tell the headline's
verb of another number: headline "Schools cut 1,000 teaching jobs", body "about 1,000 teaching
positions unfilled, even after cutting some 600 positions": the cuts are the 600, the 1,000 are
vacancies, and the headline still warns (review20).  Without the verb ("start year with 1,000
teaching jobs empty") the support stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.model import Figure

from .attribution_same_verb import past_or_participle
from .numeric_text import _WORD, TextIndex, _stem, agree_at_precision

__all__ = ["support_in_body"]


def support_in_body(
    index: TextIndex,
    headline: Figure,
    kind: tuple[bool, str],
    counted: frozenset[str],
    body: Sequence[tuple[Figure, tuple[bool, str], int]],
) -> int:
    """How well the body supports a headline figure: the most context words a body figure of its
    ``kind`` (share, currency) that agrees with it at precision, in a sentence saying a word of
    what the headline counts (``counted``: its counted stems), shares with it; -1 when none does.
    ``body``: the body's figures with their kinds and the context words each shares with the
    headline figure (the same hedge word counting as one)."""
    best = -1
    if not counted or _verb_told_of_another(index, headline, kind, body):
        return best
    text = index.text
    for figure, other_kind, shared in body:
        if other_kind != kind or shared <= best or not agree_at_precision(headline, figure, text):
            continue
        number = index.sentence_of(figure.span)
        if number < 0:
            continue
        sentence = index.sentences[number]
        words = {_stem(w.group(0)) for w in _WORD.finditer(text, sentence.start, sentence.end)}
        if counted & words:
            best = shared
    return best


#: The word right before a figure (its verb, when it has one: "cut 1,000", "cutting some 600").
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")
#: Words before a figure that are no verb of it.
_NO_VERB = frozenset("with of to from by in on at for and or than the a an as is are was were be".split())


def _word_before(text: str, figure: Figure) -> str | None:
    match = _WORD_BEFORE.search(text, max(0, figure.span.start - 30), figure.span.start)
    return match.group(1).lower() if match else None


def _verb_stem(word: str) -> str | None:
    """The headline verb's stem its body forms start with ("cuts" → "cut", "closes" → "clos",
    "hires" → "hir"); None for a word too short or no verb."""
    if word in _NO_VERB:
        return None
    for ending in ("es", "s", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    return word if len(word) >= 3 else None


def _verb_told_of_another(
    index: TextIndex,
    headline: Figure,
    kind: tuple[bool, str],
    body: Sequence[tuple[Figure, tuple[bool, str], int]],
) -> bool:
    """True when the headline's verb ("Schools cut 1,000 teaching jobs") is told in the body right
    before figures of its kind, and none of them agrees with the headline's ("even after cutting
    some 600 positions"): the body gives what the headline says of another number, and a body
    figure of the headline's value told of something else ("about 1,000 teaching positions
    unfilled") supports nothing (review20)."""
    text = index.text
    word = _word_before(text, headline)
    stem = _verb_stem(word) if word is not None else None
    if stem is None:
        return False
    told = False
    for figure, other_kind, _ in body:
        before = _word_before(text, figure)
        if other_kind != kind or before is None or not before.startswith(stem):
            continue
        if len(before) > len(stem) + 4 or not past_or_participle(before):
            continue  # "cutting", "closed", "hired"; not "cutoff", not "closes"
        if agree_at_precision(headline, figure, text):
            return False  # the body tells the headline's count with its verb
        told = True
    return told
