"""A count another named body holds is no whole for "N of the <noun>" (fault20).

"The School of Computing took in 1,390 students. … The College of Humanities and Sciences
accounted for 2,150 of the new students": "the new students" are the university's whole intake,
and the 1,390 are one school's share of it, a sibling of the 2,150, not their whole.  A careful
reader reads a whole named back by its noun from another sentence only when nothing says the
count belongs to someone else: when both sentences open on a named body ("The School of …",
"The College of …") and the two names differ, neither sentence naming the other's body, the two
counts are two holders' parts of something larger, and no part and whole are established.

Near miss still judged: the same body in both ("The School of Computing took in 1,390 students.
… The School of Computing's new building seats 2,150 of the new students"), or a whole told
without a named body ("The university took in 1,390 students.").
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_text import TextIndex

__all__ = ["bodies_apart", "named_body"]

#: A sentence opening on a named body: "The" and capitalised words (joined by "of", "and", "for",
#: "&"), then a verb or a comma ("The School of Computing took", "The College of Arts, which").
_BODY = re.compile(
    r"\s*[\"“]?The\s+(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|and|for|&|the)\s+)*[A-Z][\w’'-]*)*)\s*(?=,|\s+[a-z])"
)


def named_body(index: TextIndex, figure: Figure) -> str:
    """The named body ``figure``'s sentence opens on ("The School of Computing took …":
    "School of Computing"), or "" when it opens otherwise."""
    sentence = index.sentences[index.sentence_of(figure.span)]
    match = _BODY.match(index.text, sentence.start, figure.span.start)
    return match.group("name") if match else ""


def bodies_apart(index: TextIndex, whole: Figure, part: Figure) -> bool:
    """True when ``whole`` and ``part`` stand in two sentences that open on two different named
    bodies, neither sentence naming the other's: two holders' counts, not a part and its whole."""
    if index.sentence_of(whole.span) == index.sentence_of(part.span):
        return False
    one, other = named_body(index, whole), named_body(index, part)
    if not one or not other or one == other:
        return False
    sentences = (
        index.sentences[index.sentence_of(whole.span)].of(index.text),
        index.sentences[index.sentence_of(part.span)].of(index.text),
    )
    return one not in sentences[1] and other not in sentences[0]
