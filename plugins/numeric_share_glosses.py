"""A count glossed by its share of a whole is a part of the whole it gives (round alarm19).

"The concessionaire billed 493 million cubic meters of water in 2020" and "Residential customers
used 352 million cubic meters, or 71 percent of the total": the same noun and year, but the second
count says itself that it is a share of a whole, and 352 million is 71 percent of about 493
million: the first figure is that whole, and the two are a part and its whole, not one quantity
told twice.

A figure is **glossed** when a percentage follows it in its sentence after a comma and at most
"or", "about", "some", "roughly", "nearly", "almost" or "around" ("352 million cubic meters, or 71
percent of the total"), the percentage followed by "of".  A glossed figure and another figure are
not one quantity when the other is the whole the gloss gives (a bare share, "1,210 respondents,
or 60.5 per cent, said …", names no whole but still gives one by the division, fault20): it lies in
the part divided by the share, every reading of the roundings and hedges of the part and the share
allowed.  The glossed figure is also told for the group its clause names before it ("Residential
customers used"): a figure whose sentence names none of those words (last year's total, "down
from 509 million cubic meters in 2019") is not the group's count told again.  "Residential
customers used 360 million cubic meters" against the glossed 352 million is still compared.
"""

from __future__ import annotations

import re

from factcheck.model import Figure, Interval

from .numeric_memo import per_figure
from .numeric_text import TextIndex, reading, share_reading

__all__ = ["gloss_share", "whole_of_gloss"]

_BETWEEN = re.compile(
    r"(?:\s+[A-Za-z][\w-]*){0,3}\s*,\s*(?:or\s+)?(?:(?:about|some|roughly|nearly|almost|around|just)\s+)?",
    re.I,
)
_OF = re.compile(r"\s+of\b", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
_STOP = frozenset("""that this those these their with from into than were been have about some""".split())


def gloss_share(index: TextIndex, figure: Figure, *, bare: bool = False) -> Figure | None:
    """The percentage glossing ``figure`` as a share of a whole ("…, or 71 percent of the total"), or
    None; with ``bare``, also a share that names no whole ("1,210 respondents, or 60.5 per cent,")."""
    return _bare_gloss(index, figure) if bare else _gloss(index, figure)


@per_figure
def _gloss(index: TextIndex, figure: Figure) -> Figure | None:
    return _gloss_share(index, figure, bare=False)


@per_figure
def _bare_gloss(index: TextIndex, figure: Figure) -> Figure | None:
    return _gloss_share(index, figure, bare=True)


def _gloss_share(index: TextIndex, figure: Figure, *, bare: bool) -> Figure | None:
    following = index.first_after(figure.span.start, index.sentence_of(figure.span))
    if following is None or not following.is_percent or figure.is_percent:
        return None
    if not _BETWEEN.fullmatch(index.text, figure.span.end, following.span.start):
        return None
    if bare and re.match(r"\s*[,;)]", index.text[following.span.end : following.span.end + 3]):
        return following
    return following if _OF.match(index.text, following.span.end) else None


def _whole(part: Interval, share: Interval) -> Interval | None:
    if None in (part.lower, part.upper, share.lower, share.upper) or not share.lower or share.lower <= 0:
        return None
    assert part.lower is not None and part.upper is not None and share.upper is not None
    return Interval(part.lower * 100 / share.upper, part.upper * 100 / share.lower)


@per_figure
def _group(index: TextIndex, figure: Figure) -> frozenset[str]:
    """Whose part the figure is: its clause's words before it ("Residential customers used")."""
    clause = index.clause(figure)
    return frozenset(w.lower() for w in _WORD.findall(index.text, clause.start, figure.span.start)) - _STOP


def whole_of_gloss(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when one figure is glossed as a share and the other is the whole that share gives, or
    the other's sentence names none of the words of the glossed figure's group."""
    for part, other in ((a, b), (b, a)):
        # "1,210 respondents, or 60.5 per cent, said …" names no whole, but the division tells it:
        # the other count is the whole the share gives (fault20)
        share = gloss_share(index, part, bare=True)
        if share is None:
            continue
        whole = _whole(reading(part, index.text), share_reading(share, index.text))
        if whole is not None and other.value > part.value and whole.intersects(reading(other, index.text)):
            return True
        if gloss_share(index, part) is None:
            continue  # a bare share parts the two only by the division
        group = _group(index, part)
        sentence = index.sentences[index.sentence_of(other.span)].of(index.text).lower()
        if group and not any(w in sentence and re.search(rf"\b{re.escape(w)}\b", sentence) for w in group):
            return True
    return False
