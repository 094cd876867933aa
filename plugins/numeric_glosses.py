"""A figure that glosses the one before it in another measure (a conversion), not a quantity of
its own (the numeric checker's restatements, docs/checkers/numeric.md "a quantity, not a label").

News writers turn a figure into terms a reader can picture, right after it, set off by a dash,
brackets or ", or": "3,800 steps a day — roughly 30 minutes at an easy pace —", "a 40-mile (64km)
route", "£4.5m ($5.6m)", "1,200 hectares, or about 3,000 acres".  The gloss is the figure before
it told in another unit or currency, an equivalent the writer offers (often rounded, often
hedged), so it is that figure's, not a quantity the text states on its own; compared as one, it
pairs with any other figure of its unit ("for 20 minutes a day" of another group of walkers).

A gloss is read only when it names a unit of measure (time, distance, weight, area, volume) or a
currency that differs from the figure before it, which names what it counts too, and neither is a
share: "1,200 jobs — 8 percent of its staff" and "sold 400 homes — 120 of them in March" are a
share and a part, kept.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_text import _WORD, TextIndex, _stem

__all__ = ["MEASURE_STEMS", "is_gloss"]

#: Units of measure, as :func:`.numeric_text._stem` gives them: a gloss in one of these converts.
MEASURE_STEMS = frozenset(
    _stem(word)
    for word in """second minute hour day week month year mile kilometre kilometer km metre meter
    foot feet yard inch pound lb kilogram kg gram tonne ton ounce acre hectare litre liter gallon
    barrel calorie degree""".split()
)
#: Between a figure and its gloss: at most four words of the first figure's noun and rate ("steps
#: a day"), then a dash, an opening bracket or ", or" ("… a day — roughly 30 minutes").
GLOSS_GAP = re.compile(r"\s*(?:[A-Za-z’'-]+(?:\s+|(?=[,(—–]))){0,4}(?:[—–]|--|\s-|\(|,\s*or\b)\s*")


def is_gloss(index: TextIndex, figure: Figure) -> bool:
    """True when ``figure`` glosses the figure right before it in another unit of measure or
    currency ("3,800 steps a day — roughly 30 minutes"): that figure's equivalent, not a quantity
    of its own."""
    if not figure.unit and not figure.currency:
        return False
    positions = index.figures_from(0, figure.span.start)
    if not positions:
        return False
    anchor = index.figures[positions[-1]]
    if anchor.span.end > figure.span.start or not (anchor.unit or anchor.currency):
        return False
    if index.share(anchor) or index.share(figure):
        return False
    if GLOSS_GAP.fullmatch(index.text, anchor.span.end, figure.span.start) is None:
        return False
    if figure.currency or anchor.currency:
        return bool(figure.currency and anchor.currency and figure.currency != anchor.currency)
    mine, theirs = _stems(figure.unit or ""), _stems(anchor.unit or "")
    return bool(mine & MEASURE_STEMS) and not mine & theirs


def _stems(unit: str) -> frozenset[str]:
    """The stems of every word of a unit ("minutes": "minute"; "days" is kept, which the counted
    nouns' stems leave out as too common to match two contexts)."""
    return frozenset(_stem(word) for word in _WORD.findall(unit))
