"""A cue joined by "and"/"but" to an earlier cue across the words that cue reported.

"Dr Rao said she had not been to the lane, but insisted the modelling was robust" and "He said
Wellington had “let one slip” and insisted the side would bounce back": the second verb of
saying has no subject of its own, and in news English it shares the subject of the verb of
saying before it, not of a noun inside the reported clause between them ("the lane",
"Wellington").  :func:`_coordinated_subject` reads the tight case (no comma or quotation mark
between the two verbs); this module reads the one where the first verb's reported clause,
with its commas and quoted words, stands between.
"""

from __future__ import annotations

import re

from factcheck.extraction.cue_subjects import _subject_before
from factcheck.extraction.cue_words import CUE_GATE, PARTICIPLES
from factcheck.extraction.phrase_base import Phrase

#: "… and", "… but", "… and also" right before the cue, after a word or a closing mark.
_JOINED = re.compile(r"[\w”\"’']\s*,?\s+(?:but|and)\s+(?:also\s+|later\s+|then\s+)?$")

#: The most a reported clause between the two verbs runs to, in characters.
_REACH = 300


def joined_after_report(text: str, start: int, cue: int) -> Phrase | None:
    """The subject of the sentence's first finite verb of saying (from ``start``) that has one,
    when the cue at ``cue`` is joined to it by "and"/"but" after the words it reported, with no
    semicolon, colon or line break between; None otherwise.

    The first such verb is the sentence's own: a later one ("did not know what he was talking
    about, and accused …") sits inside the reported words.  A participle ("issued a statement
    saying …, and said …") is no finite verb; the cue's own reading decides there.
    """
    if _JOINED.search(text, max(start, cue - 40), cue) is None:
        return None
    for verb in CUE_GATE.finditer(text, max(start, cue - _REACH), cue - 5):
        if verb.group(1).lower() in PARTICIPLES or verb.end() > cue - 5:
            continue
        if re.search(r"[;:\n]", text[verb.end() : cue]):
            return None
        subject = _subject_before(text, start, verb.start())
        if subject is not None:
            return subject
    return None
