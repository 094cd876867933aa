"""An inverted cue after a clause that trails the quotation: "“To see how many projects could
change with one vote is stunning,” since so many passed by a single vote, said Dana Lee, who
teaches public finance …", "“She may claim it, but the numbers look poor” that Becker can win the ward,
said Sam Ortiz, …".

After a closing mark the first cue was read with its subject before it, so the trailing clause
("so many passed by a single vote", "Becker can win the ward") was taken for the speaker.  A cue
set off by a comma and followed by a name ("…, said Dana Lee") is inverted: the name after it
speaks, as it does right after the mark.
"""

from __future__ import annotations

import re

from factcheck.extraction.cue_after import _speaker_after
from factcheck.extraction.phrase_base import Phrase

#: Kinds of phrase that may speak after an inverted cue.
_SPEAKERS = frozenset({"person", "descriptor", "organisation", "org-descriptor"})


def trailing_inverted(text: str, offset: int, cue: re.Match[str], end: int) -> Phrase | None:
    """The speaker named right after ``cue`` (up to ``end``) when the words from ``offset`` (a closing
    mark) to the cue end on a comma and the cue is a verb of saying in the inverted order ("…, said
    Dana Lee")."""
    if not text[offset : cue.start()].rstrip().endswith(","):
        return None
    if cue.group(1).lower() not in ("said", "says", "added", "adds", "wrote", "writes", "noted", "notes"):
        return None
    after = re.match(r"\s+[A-Z]", text[cue.end() : cue.end() + 3])
    if after is None:
        return None
    phrase = _speaker_after(text, cue.end(), end)
    if phrase is None or phrase.kind not in _SPEAKERS:
        return None
    return phrase
