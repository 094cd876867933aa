"""A post named by two fields joined with "and": "Grace Banda, Minister of Trade and Industry,
said", "Dr Abdulrahman Al Suwaidi, Minister of Human Resources and Emiratisation, said".

Governments name many posts by two portfolios ("Minister of Information and Broadcasting",
"Secretary for Environment and Ecology"); the "and" is inside the post, not between two
speakers, so the speaker is the person the post describes, never "Industry".  Read when the
words before the "and" are a post's noun, "of" or "for" and one to three capitalised words, and
the words after it are one to three capitalised words that either close an appositive with a
comma or hold a portfolio ("the Minister of Defence and Smith said" stays two speakers).
"""

from __future__ import annotations

import re

from factcheck.extraction.phrase_posts import PORTFOLIOS

#: A post's noun, "of"/"for", then one to three capitalised words, up to the "and".
_POST_OF_FIELD = re.compile(
    r"\b(?:Minister|Secretary|Commissioner|Director|Director-General|Administrator|Chairman|"
    r"Chairwoman|Chairperson|Chair)\s+(?:of\s+State\s+for\s+|of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*,?\s+){1,3}$"
)
#: The field after the "and": capitalised words, then the appositive's closing comma or nothing.
_FIELD_AFTER = re.compile(r"\s*(?P<field>(?:[A-Z][\w’'-]*\s*){1,3})(?P<comma>,\s*)?")


def post_field_pair(text: str, and_start: int, and_end: int, end: int) -> bool:
    """True when the "and" at ``and_start``-``and_end`` joins two fields of one post's name, the
    words after it running to ``end`` (see the module's docstring)."""
    if _POST_OF_FIELD.search(text, max(0, and_start - 80), and_start) is None:
        return False
    after = _FIELD_AFTER.fullmatch(text, and_end, end)
    if after is None:
        return False
    return bool(after.group("comma")) or any(w.lower() in PORTFOLIOS for w in after.group("field").split())
