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

import re

__all__ = ["label_only"]

#: A line of capitals alone, closed by a full stop: a section label ("FULL TEXT.").
_LABEL_LINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z &'’-]*\.[ \t]*$")


def label_only(name: str, text: str) -> bool:
    """True when ``name`` is written in capitals and every place the text gives it is a label line."""
    if not name.isupper() or not re.search(r"[A-Z]{2}", name):
        return False
    found = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    if not found:
        return False
    labels = [(m.start(), m.end()) for m in _LABEL_LINE.finditer(text)]
    return all(any(start <= at < end for start, end in labels) for at in found)
