"""A headline figure after a verb of passing is a bound the body's figure meets (round alarm18).

"'Kesari Dhoop' crosses Rs 200 crore worldwide in 10 days" over a body that gives "grossed Rs 212
crore worldwide in its first ten days": the verb ("crosses", "passes", "tops", "surpasses",
"exceeds", "breaks", "goes past") says the total is now past the round figure, as "above 200"
would; the extractor reads the figure bare, since the verb is no hedge word.  So the headline's
figure is read as the open bound the verb gives, and a bare body figure past it within
:data:`.attribution_headline_reads.BOUND_REACH` agrees with it (docs/checkers/attribution.md,
section 2b: "an open bound the body meets").  "falls below", "dips under", "drops below" give the
bound from above.  A body figure on the wrong side ("Rs 178 crore" for "crosses Rs 200 crore") or
far past it is not what the headline bounds, and the headline is judged as before.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .attribution_headline_reads import BOUND_REACH

__all__ = ["passed_bound_met"]

#: Right before the headline figure: a verb of passing a mark from below ("crosses the").
_PAST = re.compile(
    r"\b(?:cross(?:es|ed)?|pass(?:es|ed)?|tops?|topped|surpass(?:es|ed)?|exceed(?:s|ed)?|breaks?|broke|"
    r"go(?:es)?\s+past|went\s+past|hits?\s+more\s+than)\s+(?:the\s+)?$",
    re.I,
)
#: ... or from above ("falls below", "dips under").
_BELOW = re.compile(
    r"\b(?:falls?|fell|dips?|dipped|drops?|dropped|slips?|slipped|sinks?|sank)\s+(?:below|under)\s+"
    r"(?:the\s+)?$",
    re.I,
)


def passed_bound_met(text: str, figure: Figure, other: Figure) -> bool:
    """True when the headline's bare ``figure`` follows a verb of passing and the bare body figure
    ``other`` lies past it, within :data:`BOUND_REACH` ("crosses Rs 200 crore" / "Rs 212 crore")."""
    if figure.hedge is not None or other.hedge is not None or other.range_with is not None:
        return False
    before = text[max(0, figure.span.start - 30) : figure.span.start]
    if _PAST.search(before):
        return figure.value <= other.value <= figure.value * (1 + BOUND_REACH)
    if _BELOW.search(before):
        return figure.value * (1 - BOUND_REACH) <= other.value <= figure.value
    return False
