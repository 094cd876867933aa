"""A count of some of the kinds a whole was said to include (round sum24).

"The hospital employs 5,100 people, including doctors, nurses, care assistants and technicians."
… "the 5,600 nurses and care assistants at the hospital": the kinds listed after "including" are
parts of the whole, so a later definite count of only such kinds, told of the same thing, is a
part of it and cannot be larger.

Read only when all of these hold:

* the whole W is a count (no share, no money) followed in its clause by ", including" and a list of
  words with no figure in it, up to the end of the sentence, a semicolon, or ", and <verb>";
* the part P stands in a later sentence, right after "the" (a definite count points back at what
  the text already told), is a count of W's kind, and the words that say what it counts (up to a
  preposition, a verb or punctuation) are all words of the list ("nurses and care assistants");
* P's sentence and W's share a content word outside the list and the counted nouns ("hospital"):
  it is told of the same place or body ("the 5,600 nurses across the country" is not).

A part read this way is ``warn`` at most (the part-whole judge's reading through context).
"""

from __future__ import annotations

import re

from factcheck.model import Span

from .numeric_text import Relation, TextIndex

__all__ = ["listed_kinds_parts"]

_INCLUDING = re.compile(r"\s*[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2},\s+including\s+", re.I)
#: Where the list after "including" ends: a figure, a semicolon or full stop, ", and <verb>".
_LIST_END = re.compile(
    r"[;.!?\d]|,\s+(?:and|but|while)\s+(?:has|have|had|is|are|was|were|will|runs|operates)\b", re.I
)
_NOUNS_OF_PART = re.compile(r"\s+((?:[a-z][\w'’-]*)(?:(?:\s+and\s+|\s*,\s*|\s+)[a-z][\w'’-]*){0,5})", re.I)
_STOP_AFTER = frozenset(
    """at in of on for from across with by who which that have has had are were was is will would
    say said said the a an""".split()
)
_STOP = frozenset(
    """the a an and or of in on at to for with by from its their his her this that these those is are
    was were has have had be been say says said who which also than more some about""".split()
)


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", text)}


def listed_kinds_parts(index: TextIndex) -> list[Relation]:
    """A part-whole relation (read through context) for every later definite count of kinds only
    that a whole was said to include (module docstring)."""
    text = index.text
    found: list[Relation] = []
    for whole in index.figures:
        if whole.is_percent or whole.currency or index.in_title(whole):
            continue
        head = _INCLUDING.match(text, whole.span.end)
        if head is None:
            continue
        number = index.sentence_of(whole.span)
        sentence = index.sentences[number]
        end = _LIST_END.search(text, head.end(), sentence.end)
        listed = _words(text[head.end() : end.start() if end else sentence.end]) - _STOP
        if not listed:
            continue
        context = _words(sentence.of(text)) - _STOP - listed - _words(head.group(0))
        for part in index.figures:
            if part.span.start <= sentence.end or part.is_percent or part.currency:
                continue
            if not re.search(r"\bthe\s+$", text[max(0, part.span.start - 5) : part.span.start], re.I):
                continue
            nouns = _NOUNS_OF_PART.match(text, part.span.end)
            if nouns is None:
                continue
            kinds: list[str] = []
            for word in re.findall(r"[A-Za-z][\w'’-]*", nouns.group(1)):
                if word.lower() in _STOP_AFTER:
                    break
                kinds.append(word.lower())
            kinds = [w for w in kinds if w != "and"]
            if not kinds or not set(kinds) <= listed:
                continue
            own = index.sentences[index.sentence_of(part.span)]
            if not (_words(own.of(text)) - _STOP - listed) & context:
                continue
            link = f"{' '.join(kinds)} among the kinds of ‘{' '.join(head.group(0).split())}’"
            found.append(
                Relation(
                    "part-whole",
                    (("part", (part.id,)), ("whole", (whole.id,))),
                    link,
                    Span(whole.span.start, head.end()),
                    (("explicit", False),),
                )
            )
    return found
