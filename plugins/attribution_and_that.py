"""A reported statement of two things said, joined by "and that" (round fault22r).

"Tuan said the country had received 12.5 million foreign visitors in the year and that the goal
for 2019 would be 18 million": one verb of saying carries two statements, each its own "that"
clause.  The paraphrase check (:mod:`.attribution_paraphrase`) scores a clause of the statement
against a quote sentence by the share of the clause's content words the sentence holds; it split
a statement only at ", and", ", but", ";" …, so the second statement's words ("goal", "2019")
stayed in the first's clause, the share fell under the coverage the check needs, and a quoted
"15.5 million international visitors this year" was never set against the reported 12.5 million.
:func:`second_that_clauses` cuts a clause where "and that" (no comma before it) opens a second
reported statement.  Only reported statements are cut, never a quote's sentence nor the writer's
own statements: "said … and that …" is the frame of reported speech.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.model import Span

__all__ = ["second_that_clauses"]

#: "… in the year and that the goal …": a second "that" clause of the same verb of saying.  The
#: words after it must open a clause (a subject word, not the end of the statement).
AND_THAT = re.compile(r"\s+and\s+that\s+(?=\S)")


def second_that_clauses(pieces: Sequence[Span], text: str) -> list[Span]:
    """The clauses of a reported statement, each cut again where "and that" opens a second
    statement; a cut leaving either side without a word is not made."""
    out: list[Span] = []
    for piece in pieces:
        start = piece.start
        for match in AND_THAT.finditer(text, piece.start, piece.end):
            if text[start : match.start()].strip() and text[match.end() : piece.end].strip():
                out.append(Span(start, match.start()))
                start = match.end()
        out.append(Span(start, piece.end))
    return out
