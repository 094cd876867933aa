"""Per-document memos for the numeric checker's one-figure readings (issue 16, the adversarial row).

The restatement check (:mod:`.numeric_restated`) compares each figure with up to
:data:`~.numeric_restated.RESTATEMENT_REACH` earlier figures on each side of its value, and every
pair runs its preconditions (periods, targets, owners, opposite sides, parts …).  Most of them read
each figure alone ("the period set for this figure", "the name owning its noun") and only then
compare the two readings, so a figure's reading was computed again for every pair it was in: some
sixty times on a page full of figures of one noun.

:func:`per_figure` keeps such a reading on the document's :class:`~.numeric_text.TextIndex`, keyed by
the function, the figure and the further arguments; :func:`per_index` keeps a reading of the index
alone or of the index and plain values (a word).  The index is built once per document and read by
no other, so nothing is kept from one document to the next.  A memoised function must read only
the index (its text, sentences and figures, which never change), the figure and its arguments, and
return a value nobody changes (a string, a bool, a frozenset, a tuple).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from typing import Any, Concatenate, ParamSpec, TypeVar, cast

from factcheck.model import Figure

from .numeric_text import TextIndex

__all__ = ["MEMOISED", "per_figure", "per_index"]

_P = ParamSpec("_P")
_T = TypeVar("_T")

#: Every memoised function, as its module holds it (each with ``__wrapped__``, the plain function):
#: for a test that checks the same verdicts come out with and without the memos.
MEMOISED: list[Callable[..., object]] = []


def per_figure(function: Callable[[TextIndex, Figure], _T]) -> Callable[[TextIndex, Figure], _T]:
    """``function(index, figure)`` computed once per index and figure object.

    The figure is kept beside the value, so it stays alive with the memo and its ``id`` names no
    other object while the memo lasts; a figure equal to a remembered one but another object is
    read again (never a wrong value, at worst a second reading).  Two arguments only: this is
    called some thirty times for each pair of figures compared, and each further argument would
    cost a tuple a call."""
    slot = (function,)  # the key of this function's table in the index's memo

    @functools.wraps(function)
    def memoised(index: TextIndex, figure: Figure, /) -> _T:
        table: Any = index._memo.get(slot)
        if table is None:
            table = index._memo[slot] = {}
        found = table.get(id(figure))
        if found is not None and found[0] is figure:
            return found[1]  # type: ignore[no-any-return]
        value = function(index, figure)
        table[id(figure)] = (figure, value)
        return value

    MEMOISED.append(memoised)
    return memoised


def per_index(function: Callable[Concatenate[TextIndex, _P], _T]) -> Callable[Concatenate[TextIndex, _P], _T]:
    """``function(index, ...)`` computed once per index and further arguments (hashable values)."""

    @functools.wraps(function)
    def memoised(index: TextIndex, /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        key: tuple[Hashable, ...] = (function, args, tuple(kwargs.items()))
        memo = index._memo
        if key in memo:
            return cast(_T, memo[key])
        value = memo[key] = function(index, *args, **kwargs)
        return value

    MEMOISED.append(memoised)
    return memoised
