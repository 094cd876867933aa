"""A writer's count narrowed by a clause the quote does not say is another set (fault20).

"Of the 552,073 full-time candidates who wrote, 334,718 passed," the minister said; later, in the
writer's words, "Of the 290,407 candidates who wrote mathematics, 133,505 … achieved 30 per cent":
both count candidates who wrote, among many shared words, but the writer's relative clause narrows
the set to those who wrote mathematics, which the quote does not say.  A careful reader takes the
two for two sets, one inside the other, not the quote's figure told again.

A figure is **narrowed away** from a quoted one when the words after its counted noun open a
relative clause ("who", "that", "which") with a content word of four letters or more that the
quote's words do not hold.  The same clause repeated ("Of the 525,073 candidates who wrote, …"
against the quote's "candidates who wrote") is still compared.  A phrase of a kind of place
narrows the same way: "recruited 4,000 teachers in rural districts since 2019" against the
governor's "We have recruited 7,000 teachers since 2019" counts the rural part (review20); "in
the state" or "in Lagos" names no kind of place and narrows nothing here.
"""

from __future__ import annotations

import re

from factcheck.model import Figure, Quote

__all__ = ["narrowed_away", "narrowed_to_a_kind_of_place"]

#: The counted noun (up to three words) and the relative clause after a figure, to the clause's end.
_RELATIVE = re.compile(r"\s+(?:[\w-]+\s+){1,3}?(?:who|that|which)\s+(?P<clause>[^,.;:()\"“”]{3,80})", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")


#: The counted noun and a phrase of place with no article, of a kind of place: "4,000 teachers in
#: rural districts", "300 nurses at private clinics" (not "in the state", "in Lagos").
_KIND_OF_PLACE = re.compile(
    r"\s+(?:[\w-]+\s+){1,2}?(?:in|at|across|outside)\s+(?P<clause>(?:[a-z]{3,}\s+)?[a-z]{3,}s)\b(?!\s+of\b)"
    # a list of places ("shelters in schools, mosques and public buildings") says where all of
    # them are, it narrows nothing
    r"(?!,|\s+(?:and|or)\s)"
)


def narrowed_away(text: str, figure: Figure, quote: Quote) -> bool:
    """True when ``figure``'s noun is narrowed by a relative clause, or by a phrase of a kind of
    place ("4,000 teachers in rural districts", review20), naming a word the quote does not."""
    match = _RELATIVE.match(text, figure.span.end)
    return _names_unsaid(text, match, quote) or narrowed_to_a_kind_of_place(text, figure, quote)


def narrowed_to_a_kind_of_place(text: str, figure: Figure, quote: Quote) -> bool:
    """True when ``figure``'s noun is narrowed by a phrase of a kind of place naming a word the
    quote does not ("had recruited 4,000 teachers in rural districts" against "We have recruited
    7,000 teachers"): the paraphrase pairing's precondition too."""
    return _names_unsaid(text, _KIND_OF_PLACE.match(text, figure.span.end), quote)


def _names_unsaid(text: str, match: re.Match[str] | None, quote: Quote) -> bool:
    """True when the narrowing words ``match`` found name a word of four letters or more that the
    quote's words do not hold."""
    if match is None:
        return False
    said = text[quote.span.start : quote.span.end].lower()
    words = {w.lower() for w in _WORD.findall(match.group("clause"))}
    return any(not re.search(rf"\b{re.escape(w[:-1])}", said) for w in words)
