"""Bodies whose name joins two fields with "and" after the body's noun: "Vietnam's Ministry of
Industry and Trade said", "the Department of Health and Social Care", "the Institute for Fiscal
and Monetary Studies".  The "and" is inside the name, not a clause's: the speaker is the whole
body, never "Trade".
"""

from __future__ import annotations

import re

from factcheck.extraction.phrases import PORTFOLIOS

#: A body's noun, "of"/"for", then one to three capitalised words, up to the "and".
_BODY_OF_FIELD = re.compile(
    r"\b(?:Ministry|Department|Office|Commission|Committee|Institute|Bureau|Agency|Council|Board|"
    r"Authority|Secretariat|Directorate|Centre|Center|School|Faculty|College|Academy|Museum)\s+(?:of|for)\s+"
    r"(?:the\s+)?(?:[A-Z][\w’'-]*,?\s+){1,3}$"
)
#: The field after the "and": capitalised words (one to three) up to the cue.
_FIELD_AFTER = re.compile(r"\s*(?:[A-Z][\w’'-]*\s*){1,3}")


def field_pair_body(text: str, and_start: int, and_end: int, end: int) -> bool:
    """True when the "and" at ``and_start``-``and_end`` joins two fields of one body's name: the
    body's noun and "of" before it, and after it up to ``end`` only capitalised words, one of them
    a field ("Trade", "Fisheries"; "the Ministry of Defence and Smith said" is two speakers)."""
    return (
        _BODY_OF_FIELD.search(text, max(0, and_start - 80), and_start) is not None
        and _FIELD_AFTER.fullmatch(text, and_end, end) is not None
        and any(word.lower() in PORTFOLIOS for word in text[and_end:end].split())
    )
