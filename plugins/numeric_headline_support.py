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
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.model import Figure

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
    if not counted:
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
