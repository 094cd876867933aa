"""A currency named in words is no counted noun (round alarm16).

"210 billion yen" and "140 billion yen" are amounts of one currency, as "$210 billion" and "$140
billion" are; the word "yen" (or "euros", "pesos", "krónur") after the number names the currency
the extractor reads (``Figure.currency``), not a thing counted. Read as a counted noun it made any
two amounts of the currency "the same counted noun", so an operating profit forecast and a net
profit forecast were taken for one quantity told twice. The restatement rules
(:func:`.numeric_mentions._units`) leave the currency word out, so such amounts are compared as
amounts told without a noun are ("distinctive amounts", docs/checkers/numeric.md).
"""

from __future__ import annotations

from factcheck.model import Figure

from .numeric_conversions import CURRENCY_WORDS

__all__ = ["currency_words"]


def currency_words(figure: Figure) -> frozenset[str]:
    """The words, lower case, that name the figure's currency after its number ("yen", "euros"):
    its unit when it has a currency, else the currency words of its unit ("won", "crowns")."""
    if not figure.unit:
        return frozenset()
    if figure.currency is None:
        # a currency the extractor gives no code ("7,530 won", "3.74 billion crowns"): its word
        # names the currency all the same (round alarm18, :data:`.numeric_conversions.CURRENCY_WORDS`)
        return frozenset(w for w in figure.unit.lower().split() if w in CURRENCY_WORDS)
    return frozenset(figure.unit.lower().split())
