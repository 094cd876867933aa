""" "Range from A to B" gives the two ends of a range, not a change from A to B (round prec22, issue 13).

"Forecasts for 2010 range from 11.2 million to 12.0 million vehicles, or growth of about 8% to
15%": the change rule (plugins/numeric_change_relations.py) read every "from A to B" as a level A
and a later level B, and judged "about 8%" as the change between them.  A careful reader reads a
verb or noun of spread right before "from" ("range from", "ranging from", "vary from", "estimates
run from", "spanning from") as the two ends of one set of values told at one time: no level comes
before the other, and the percentages after them are the ends of another range, each measured
from a level of its own.  "Sales should rise from 9.1 million to 9.9 million, or growth of about
15%" is still a change, and judged.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

__all__ = ["ends_of_a_range"]

_SPREAD_FROM = re.compile(
    r"\b(?:range[sd]?|ranging|var(?:y|ies|ied|ying)|span(?:s|ned|ning)?|run(?:s|ning)?|ran)"
    r"\s+from\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$",
    re.I,
)


#: The first end told with its own time before "to" ("ranged from 1.20 euros in January to 1.80
#: euros in June"): two levels at two times, a change after all (review22).
_TIMED_END = re.compile(
    r"[^,;.\n]{0,30}?\b(?:in|on|by)\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|(?:19|20)\d\d)\b[^,;.\n]{0,12}?\bto\b"
)


def ends_of_a_range(text: str, first: Figure) -> bool:
    """True when ``first`` follows "range from" (or another verb of spread and "from"): it and the
    figure after "to" are the two ends of one range, not two levels of a change; not when the first
    end is told with a time of its own ("from 1.20 euros in January to 1.80 euros in June")."""
    if _SPREAD_FROM.search(text, max(0, first.span.start - 40), first.span.start) is None:
        return False
    return _TIMED_END.match(text, first.span.end) is None
