""" "£15m in rebates" names rebates (round recall18).

"The £17m of rebates" was read as counting rebates and "£15m in rebates" as counting nothing, so
the two were never one quantity told twice.  After an amount of money, "in" and a lower-case word
name what the money is, as "of" does (:meth:`.numeric_text.TextIndex.counted`, which also leaves
out an amount in an elided series: "$110,684 in rent on June 9, and $169,758 on July 10").
"""

from __future__ import annotations

import re

from factcheck.model import Figure

__all__ = ["money_in"]

#: "£15m in rebates", "$90 million in incentives", "$3.2 billion in income taxes": after an amount,
#: "in" and a lower-case word name what the money is, as "of" does ("the £17m of rebates"); not
#: "in total" / "in all" (a sum), "in the first quarter", "in Ohio", "in 2016" (a time or a place).
_MONEY_IN = re.compile(r"^\s+in\s+(?=[a-z])(?!(?:total|all|each|turn|part|full|return|recent|late|early)\b)")


def money_in(figure: Figure, rest: str) -> int:
    """How many characters of ``rest`` (the words right after a money figure) are the "in" that
    names what the money is ("£15m in rebates" -> the length of " in "), or 0: read only for an
    amount of a currency, before a lower-case word."""
    if figure.currency is None:
        return 0
    match = _MONEY_IN.match(rest)
    return match.end() if match else 0
