"""Money told in another currency: a conversion is its source's, and "US$" is not "$" (round alarm18).

Two general rules of copy that gives amounts in two currencies, for the numeric checker's
restatements (docs/checkers/numeric.md, "a quantity, not a label"):

* **a conversion is no quantity of its own.**  "Revenue was 1.15 trillion baht, about US$35.4
  billion at the current rate", "the monthly minimum will be 1,573,770 won, or about US$1,390",
  "HK$215 million (US$27.7 million)", "1.05 million pesos, worth about $320 when the peso traded
  at 3,280": the second amount is the first told in another currency, at some day's rate.  Two
  conversions of two different amounts (this year's revenue and last year's, at two rates) were
  read as one quantity told twice; the amounts they convert are compared instead, as a gloss in
  another unit of measure is (:mod:`.numeric_glosses`, which reads only dashes, brackets and ",
  or").  A conversion is an amount in one currency right after an amount in another (a currency
  code the extractor gives, or a currency named in words after the number, "baht", "won",
  "zloty"), with at most four words of the first amount's noun or rate between them ("R1,150 per
  box, about US$143") and then a bracket, a dash or a comma, perhaps with "or", "worth", "then",
  "now", "equal to", "which was worth".
* **"US$" and a bare "$" are two currencies.**  A writer who marks a dollar amount with its
  country ("US$614,000", "NZ$254 billion", "HK$") writes a bare "$" for the article's own
  dollar, so "about US$614,000" today and "about $492,000" in May 2013 are no one quantity, though
  the extractor may read both as one currency code.  Two bare amounts, or two marked alike, are
  still compared.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_text import TextIndex

__all__ = ["CURRENCY_WORDS", "dollar_marks_apart", "is_conversion"]

#: Currencies named in words after the number ("1.15 trillion baht"); "pounds" is left out (weight).
CURRENCY_WORDS = frozenset(
    """baht won crowns crown kronor krona kroner zloty zlotys zlotych pesos peso yuan renminbi rupees
    rupee rupiah ringgit dong lira lire dinars dinar dirhams dirham riyals riyal rand shillings
    shilling naira cedis cedi francs franc euros euro dollars dollar yen reais real soles forint lei
    hryvnias hryvnia rubles roubles ruble rouble taka kwacha birr""".split()
)
#: Between an amount and its conversion: a few words of its noun or rate, then a bracket, a dash or
#: a comma with the words that introduce an equivalent.
_GAP = re.compile(
    r"\s*(?:[A-Za-z’'-]+\s+){0,4}?[A-Za-z’'-]*\s*"
    r"(?:\(|[—–]|--|,)\s*"
    r"(?:(?:which|that)\s+(?:is|was|are|were)\s+)?"
    r"(?:(?:or|worth|then|now|equal\s+to|equivalent\s+to|roughly|some)\s+)*",
    re.I,
)
#: The mark a dollar amount carries: "US$", "NZ$", "HK$", "A$"; "" for a bare "$".
_DOLLAR = re.compile(r"([A-Z]{0,3})\$")


def _currency(figure: Figure) -> str | None:
    """The figure's currency: the extractor's code, or a currency named in words after it."""
    if figure.currency:
        return figure.currency
    words = (figure.unit or "").lower().split()
    return words[-1] if words and words[-1] in CURRENCY_WORDS else None


def is_conversion(index: TextIndex, figure: Figure) -> bool:
    """True when ``figure`` converts the amount right before it into another currency ("1.15
    trillion baht, about US$35.4 billion"): that amount's equivalent, not a quantity of its own."""
    mine = _currency(figure)
    if mine is None or index.share(figure):
        return False
    positions = index.figures_from(0, figure.span.start)
    if not positions:
        return False
    anchor = index.figures[positions[-1]]
    theirs = _currency(anchor)
    if anchor.span.end > figure.span.start or theirs is None or index.share(anchor):
        return False
    if index.sentence_of(anchor.span) != index.sentence_of(figure.span):
        return False
    if theirs == mine and _mark(index.text, anchor) == _mark(index.text, figure):
        return False
    return _GAP.fullmatch(index.text, anchor.span.end, figure.span.start) is not None


def _mark(text: str, figure: Figure) -> str | None:
    """The country mark of a dollar amount ("US", "NZ"; "" for a bare "$"), or ``None``."""
    found = _DOLLAR.search(text, figure.span.start, figure.span.end)
    return None if found is None else found.group(1)


def dollar_marks_apart(text: str, a: Figure, b: Figure) -> bool:
    """True when one amount is marked with its country's dollar ("US$614,000") and the other is a
    bare "$" ("$492,000"), or the two name different countries: two currencies."""
    ma, mb = _mark(text, a), _mark(text, b)
    return ma is not None and mb is not None and ma != mb
