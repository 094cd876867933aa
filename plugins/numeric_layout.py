"""Layout labels are nobody: a name the text gives only as a section label (the numeric checker's
subjects, docs/checkers/numeric.md "different subjects"; round faults16).

Archive and wire copy carry section labels on lines of their own, in capitals and closed by a full
stop: "ABSTRACT.", "FULL TEXT.", "CORRECTION APPENDED.", "LETTERS.".  The extractor may read such a
word as a body's name ("FULL", "TEXT") and resolve a descriptor near it to that body ("The company
said it had suspended 125,000 accounts …" in the abstract), so the restatement check read the
abstract as about "FULL" and the body's "the social media company said … it had suspended 125,000
Twitter accounts" as about Twitter, two subjects, and kept silent when the two figures differed.
An entity named nowhere but on such lines is layout, not a subject.
"""

from __future__ import annotations

import functools
import re

from factcheck.word_runs import is_word_char

__all__ = ["label_only"]

#: A line of capitals alone, closed by a full stop: a section label ("FULL TEXT.").
_LABEL_LINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z &'’-]*\.[ \t]*$")


def label_only(name: str, text: str) -> bool:
    """True when ``name`` is written in capitals and every place the text gives it is a label line."""
    if not name.isupper() or not re.search(r"[A-Z]{2}", name):
        return False
    labels = _label_lines(text)
    if not labels:
        return False  # most articles have none: no search for the name
    found = _whole_word_places(name, text)
    return bool(found) and all(any(start <= at < end for start, end in labels) for at in found)


def _whole_word_places(name: str, text: str) -> list[int]:
    """Where ``re.finditer(rf"\\b{re.escape(name)}\\b", text)`` finds ``name``, found with
    ``str.find`` (a pattern compiled for each name of a long text filled ``re``'s cache and read
    the text once a name through the engine): the next place from where the last match ended,
    with a word boundary on either side."""
    found: list[int] = []
    size = len(text)
    first_word = is_word_char(name[0])
    last_word = is_word_char(name[-1])
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        before = at > 0 and is_word_char(text[at - 1])
        after = end < size and is_word_char(text[end])
        if before != first_word and after != last_word:
            found.append(at)
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)
    return found


@functools.lru_cache(maxsize=8)
def _label_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the text's label lines, read once per text (the checker asks for each name)."""
    return tuple((m.start(), m.end()) for m in _LABEL_LINE.finditer(text))
