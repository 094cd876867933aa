"""A writer's count narrowed by a clause the quote does not say is another set (fault20).

"Of the 552,073 full-time candidates who wrote, 334,718 passed," the minister said; later, in the
writer's words, "Of the 290,407 candidates who wrote mathematics, 133,505 … achieved 30 per cent":
both count candidates who wrote, among many shared words, but the writer's relative clause narrows
the set to those who wrote mathematics, which the quote does not say.  A careful reader takes the
two for two sets, one inside the other, not the quote's figure told again.

A figure is **narrowed away** from a quoted one when the words after its counted noun open a
relative clause ("who", "that", "which") with a content word of four letters or more that the
quote's words do not hold.  The same clause repeated ("Of the 525,073 candidates who wrote, …"
against the quote's "candidates who wrote") is still compared.
"""

from __future__ import annotations

import re

from factcheck.model import Figure, Quote

__all__ = ["narrowed_away"]

#: The counted noun (up to three words) and the relative clause after a figure, to the clause's end.
_RELATIVE = re.compile(r"\s+(?:[\w-]+\s+){1,3}?(?:who|that|which)\s+(?P<clause>[^,.;:()\"“”]{3,80})", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")


def narrowed_away(text: str, figure: Figure, quote: Quote) -> bool:
    """True when ``figure``'s noun is narrowed by a relative clause naming a word the quote does not."""
    match = _RELATIVE.match(text, figure.span.end)
    if match is None:
        return False
    said = text[quote.span.start : quote.span.end].lower()
    words = {w.lower() for w in _WORD.findall(match.group("clause"))}
    return any(not re.search(rf"\b{re.escape(w[:-1])}", said) for w in words)
