"""What an amount of money names: not its currency's word (round alarm16), but the noun after "in"
(round recall18).

**A currency named in words is no counted noun** (round alarm16).

"210 billion yen" and "140 billion yen" are amounts of one currency, as "$210 billion" and "$140
billion" are; the word "yen" (or "euros", "pesos", "krónur") after the number names the currency
the extractor reads (``Figure.currency``), not a thing counted. Read as a counted noun it made any
two amounts of the currency "the same counted noun", so an operating profit forecast and a net
profit forecast were taken for one quantity told twice. The restatement rules
(:func:`.numeric_mentions._units`) leave the currency word out, so such amounts are compared as
amounts told without a noun are ("distinctive amounts", docs/checkers/numeric.md).

**"£15m in rebates" names rebates** (round recall18, :func:`money_in`): "the £17m of rebates" was
read as counting rebates and "£15m in rebates" as counting nothing, so the two were never one
quantity told twice.  After an amount, "in" and a lower-case word name what the money is, as "of"
does (:meth:`.numeric_text.TextIndex.counted`).
"""

from __future__ import annotations

import re

from factcheck.model import Figure

__all__ = ["currency_words", "money_in"]

#: "£15m in rebates", "$90 million in incentives", "$3.2 billion in income taxes": after an amount,
#: "in" and a lower-case word name what the money is, as "of" does ("the £17m of rebates"); not
#: "in total" / "in all" (a sum), "in the first quarter", "in Ohio", "in 2016" (a time or a place).
_MONEY_IN = re.compile(r"^\s+in\s+(?=[a-z])(?!(?:total|all|each|turn|part|full|return|recent|late|early)\b)")


def currency_words(figure: Figure) -> frozenset[str]:
    """The words, lower case, that name the figure's currency after its number ("yen", "euros"):
    its unit when it has a currency, else none."""
    if figure.currency is None or not figure.unit:
        return frozenset()
    return frozenset(figure.unit.lower().split())


def money_in(figure: Figure, rest: str) -> int:
    """How many characters of ``rest`` (the words right after a money figure) are the "in" that
    names what the money is ("£15m in rebates" -> the length of " in "), or 0: read only for an
    amount of a currency, before a lower-case word."""
    if figure.currency is None:
        return 0
    match = _MONEY_IN.match(rest)
    return match.end() if match else 0
