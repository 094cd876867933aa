"""A regular expression that looks at the character where a match would start before trying it.

Python's engine finds a literal prefix or a set of first characters only for patterns that open
with a literal or a plain character class.  A pattern that opens with a word boundary, a
look-behind, a named group or an alternation of such ("\\b(?:said|says)", "(?<![\\w.])[A-Z]…")
is tried in full at every character of the text, though most characters cannot start a match:
its first branch, the next one, and so on.  ``first_chars`` reads from the parsed pattern the
characters a match can start with; ``looking_first`` puts them in front of the pattern as a
look-ahead (``(?=[…])``), so that at any other character the engine fails on one class test.

A match can start only with one of the characters found (the zero-width parts before the first
character, boundaries and look-arounds, still apply as before at the same place), so the
look-ahead turns down only places where the pattern would fail: the matches, their groups and
their order are the same.  A pattern that can match the empty string, or whose first character
is not known from a plain set (any character, a negated class, a back reference, flags changed
inside), is returned as it is.
"""

from __future__ import annotations

import re
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["first_chars", "looking_first"]

_CATEGORIES = {
    _sre.CATEGORY_DIGIT: r"\d",
    _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_NOT_SPACE: r"\S",
    _sre.CATEGORY_WORD: r"\w",
    _sre.CATEGORY_NOT_WORD: r"\W",
}

_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)}
_ZERO_WIDTH = {_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT}
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _char(code: int) -> str:
    """One character written for a character class."""
    return re.escape(chr(code))


def _class_items(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The items of a character class written out, or None for a negated one."""
    out = set()
    for op, av in items:
        if op is _sre.LITERAL:
            out.add(_char(av))
        elif op is _sre.RANGE:
            out.add(_char(av[0]) + "-" + _char(av[1]))
        elif op is _sre.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:  # NEGATE, or anything this reader does not know
            return None
    return out


def _first_of_sequence(items: Any) -> tuple[set[str], bool] | None:
    """The class items a sequence can start with, and whether it can match nothing."""
    chars: set[str] = set()
    for op, av in items:
        found = _first_of_item(op, av)
        if found is None:
            return None
        more, empty = found
        chars |= more
        if not empty:
            return chars, False
    return chars, True


def _first_of_item(op: Any, av: Any) -> tuple[set[str], bool] | None:
    """The class items one parsed element can start with, and whether it can match nothing."""
    if op is _sre.LITERAL:
        return {_char(av)}, False
    if op is _sre.IN:
        items = _class_items(av)
        return None if items is None else (items, False)
    if op in _ZERO_WIDTH:
        return set(), True
    if op is _sre.BRANCH:
        chars: set[str] = set()
        empty = False
        for branch in av[1]:
            found = _first_of_sequence(branch)
            if found is None:
                return None
            chars |= found[0]
            empty = empty or found[1]
        return chars, empty
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _first_of_sequence(sub)
    if op is _sre.ATOMIC_GROUP:
        return _first_of_sequence(av)
    if op in _REPEATS:
        low, high, sub = av
        found = _first_of_sequence(sub)
        if found is None:
            return None
        return (found[0], True) if low == 0 or high == 0 else found
    return None  # any character, a negated literal, a back reference, a conditional


def first_chars(pattern: re.Pattern[str]) -> str | None:
    """A character class holding every character a match of ``pattern`` can start with, or None
    when the pattern can match the empty string or its first character is not known."""
    if not isinstance(pattern.pattern, str):
        return None
    found = _first_of_sequence(_parser.parse(pattern.pattern, pattern.flags))
    if found is None or found[1] or not found[0]:
        return None
    return "[" + "".join(sorted(found[0])) + "]"


def looking_first(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead at its first characters (same matches, same groups), or
    ``pattern`` itself when they are not known."""
    chars = first_chars(pattern)
    if chars is None or _GLOBAL_FLAGS.match(pattern.pattern):  # global flags must stay first
        return pattern
    end = "\n)" if pattern.flags & re.VERBOSE else ")"
    return re.compile(f"(?={chars})(?:{pattern.pattern}{end}", pattern.flags)
