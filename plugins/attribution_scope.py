"""The time scope of a reported count: all of it so far, one day's part ("300 on Saturday alone"), or
a target ("more than 3,000 would be open by Saturday night").

Part of the ``attribution`` plugin's paraphrase pairing: a speaker's count told with the quote's
verb and noun is the quote's count told again only when both have one scope (review22: "Almost
3,000 shelters have been opened so far" is no contradiction of "more than 3,000 would be open by
Saturday night", nor "arrested 300 people on Saturday alone" of "More than 800 people have been
arrested since the protests began").
"""

from __future__ import annotations

import re

from factcheck.model import Figure

__all__ = ["scopes_differ"]

#: "alone" closing the figure's clause: a part of a larger count ("on Saturday alone").
_PART = re.compile(r"[^,.;:!?]{0,40}?\balone\b")
#: A modal of the future right after the figure and up to three words: a target.
_TARGET_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:would|will|should)\s+be\b")
#: A modal or an aim right before the figure in its clause: a target ("expects to open 3,000").
_TARGET_BEFORE = re.compile(
    r"\b(?:would|will|aims?\s+to|plans?\s+to|expects?\s+to|hopes?\s+to)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:more|fewer|less)\s+than\s+|about\s+|almost\s+|nearly\s+|some\s+|up\s+to\s+)?$"
)


def _scope(text: str, figure: Figure) -> str:
    after = text[figure.span.end : figure.span.end + 60]
    before = text[max(0, figure.span.start - 60) : figure.span.start]
    before = re.split(r"[,.;:!?]", before)[-1]
    if _PART.match(after):
        return "part"
    if _TARGET_AFTER.match(after) or _TARGET_BEFORE.search(before):
        return "target"
    return "count"


def scopes_differ(text: str, a: Figure, b: Figure) -> bool:
    """True when the two figures' counts have different time scopes: one a part ("alone") or a
    target (a modal of the future) and the other not."""
    return _scope(text, a) != _scope(text, b)
