"""A participle cue right after another cue speaks for that cue's subject: "Ruiz and Becker will
meet next week, Lee said, adding, “…”" is Lee's, not the sentence subject's ("Ruiz and Becker");
"“…,” Becker told the Herald, adding, “…”" is Becker's, not the hearer's.

A participle with no subject of its own ("…, adding, “…”") took the subject that opens the sentence,
which is right when the sentence's own verb is the speaker's ("Becker welcomed the vote, saying …")
and wrong when the sentence is a reported clause closed by "X said": then X goes on speaking.
"""

from __future__ import annotations

import re

from factcheck.extraction.cue_subjects import _subject_before
from factcheck.extraction.phrase_base import Phrase

#: A cue of saying closing the words before the participle, with its hearer for "told", then a
#: comma: "…, Lee said, ", "…, Becker told reporters, ".
_CUE_BEFORE = re.compile(
    r"(?P<cue>\b(?:said|says|added|adds|wrote|writes|noted|notes|explained|explains|"
    r"told\s+[^,;:“”\"]{1,40}))\s*,\s*$"
)


def speaker_of_cue_before(text: str, sentence_start: int, participle_start: int) -> Phrase | None:
    """The subject of the cue that closes ``text[sentence_start:participle_start]`` ("…, Lee said,"
    before "adding"), if the words there end so."""
    m = _CUE_BEFORE.search(text, sentence_start, participle_start)
    if m is None:
        return None
    return _subject_before(text, sentence_start, m.start("cue"))
