"""A reported statement that runs on past its figure (round fault22r2).

"Boinnet said 3,500 new constables would be recruited this year, with the exercise running for a
single day in every constituency": the statement's claim ends at its figure's clause; the words
after a comma or a "because" add a manner, a place or a reason the quote may not repeat.  The
paraphrase check (:mod:`.attribution_paraphrase`) scores a clause by the share of its content
words a quote sentence holds, so the run-on words pulled the share of a statement under the
coverage the check needs, and the quote's "recruit 5,000 constables this year" was never set
against it.  :func:`statement_heads` gives, beside each clause of a reported statement, its head:
the words up to the first comma or "because" after the clause's last figure.  A pair found only
through a head is judged ``warn`` at most (the cut words might have said something that
reconciles the two).  The cut words do not date the head's figure either (:func:`head_sentences`):
"would invest €2.4 billion in expanding Barajas, the airport's largest overhaul since Terminal 4
opened in 2006" gives the year of the terminal, not of the investment.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from factcheck.model import Figure, Span

__all__ = ["head_sentences", "statement_heads"]

#: Where a statement runs on past its figure: a comma, or a reason ("… because the cost …").
RUN_ON = re.compile(r",\s+|\s+because\s+", re.I)

#: A head keeps at least this many words after its figure ("3 soles on the main line").
_MIN_WORDS = 2


def statement_heads(
    pieces: Sequence[Span], text: str, figures_in: Callable[[Span], Sequence[Figure]]
) -> list[tuple[Span, bool]]:
    """Each clause of a reported statement (``False``) followed, when it runs on past its last
    figure, by its head (``True``): the clause up to the first comma or "because" after it."""
    out: list[tuple[Span, bool]] = []
    for piece in pieces:
        out.append((piece, False))
        figures = figures_in(piece)
        if not figures:
            continue
        last = max(f.span.end for f in figures)
        match = RUN_ON.search(text, last, piece.end)
        if match is None or len(text[last : match.start()].split()) < _MIN_WORDS:
            continue
        if not text[match.end() : piece.end].strip():
            continue
        out.append((Span(piece.start, match.start()), True))
    return out


def head_sentences(sentences: tuple[Span, ...], head: Span) -> tuple[Span, ...]:
    """``sentences`` with the one holding ``head`` ending where the head ends, so the times read
    for the head's figures (:func:`.attribution_times.times_apart`) are the head's own."""
    return tuple(
        Span(s.start, head.end) if s.start <= head.start < s.end and head.end < s.end else s
        for s in sentences
    )
