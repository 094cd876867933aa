"""Where given runs of word characters stand in a text, whole, without reading every word of it."""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = ["FIND_EACH", "is_word_char", "whole_runs"]

#: Up to this many runs (a news article's names), each is looked for with ``str.find``; past it (a
#: long text naming many people), one pass over the words of the text is cheaper.
FIND_EACH = 48

_WORD_RUN = re.compile(r"\w+")


def is_word_char(char: str) -> bool:
    """True for a character ``\\w`` matches: a letter, a digit or a number (``str.isalnum``), or "_"."""
    return char.isalnum() or char == "_"


def whole_runs(text: str, runs: Collection[str]) -> list[tuple[int, str]]:
    """(start, run) of every run of word characters of ``text`` (``\\w+``, as long as it goes) that
    is one of ``runs``, in text order: what a loop over every run of the text keeps, found by
    ``str.find`` of each of ``runs`` when there are few (the text is read once a run, in C)."""
    if len(runs) > FIND_EACH:
        return [(run.start(), run.group()) for run in _WORD_RUN.finditer(text) if run.group() in runs]
    found: list[tuple[int, str]] = []
    size = len(text)
    for run in runs:
        if not run:
            continue
        at = text.find(run)
        while at >= 0:
            end = at + len(run)
            if (at == 0 or not is_word_char(text[at - 1])) and (end == size or not is_word_char(text[end])):
                found.append((at, run))  # a whole run: no word character on either side
            at = text.find(run, at + 1)
    found.sort()
    return found
