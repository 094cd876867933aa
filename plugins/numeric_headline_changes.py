"""A headline change the body tells as a like change is told (round alarm22r, issue 13).

Headline "Tax revenue falls 4.4% in real terms in 2016"; body "revenue fell by 4.4 percent in real
terms".  The restatement rule (plugins/numeric_restated.py) reads the body's figure as a change
(after "fell by") and the headline's as a level, so the two are never one quantity, and the
headline then counts as a figure the body never gives: set against "In December alone, tax
revenue was …, up 4.1 percent in real terms", a month's change, it warned.

A careful reader takes a headline figure told right after a change word ("falls 4.4%") and a body
figure of the same value told right after a change word of the same direction ("fell by 4.4
percent") as one figure (:func:`.attribution_headline_changes.told_as_like_change`, the reading
the headline-figure check already makes): the body tells the headline's change, and another value
elsewhere is another change.  A body that tells the change the other way ("rose 4.4 percent") or
another value only ("fell 3.9 percent") does not tell it, and the headline is judged as before.
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.model import Figure

from .attribution_headline_changes import told_as_like_change
from .numeric_text import TextIndex, agree_at_precision

__all__ = ["headline_change_told"]


def headline_change_told(index: TextIndex, headline: Figure, body: Iterable[Figure]) -> bool:
    """True when a body figure agrees with the headline figure ``headline`` and both are told
    as changes of one direction."""
    text = index.text
    return any(
        agree_at_precision(headline, figure, text) and told_as_like_change(text, headline, 0, figure)
        for figure in body
    )
