"""One reading of a document's words, and patterns tried only where a word they need is there.

Many rules run a pattern on every sentence of a text, though the pattern cannot match without
one of a few literal words: a cue verb, a month's name, "rest" or "remainder".  ``required_words``
reads those words from the parsed pattern itself (so the list cannot drift from the pattern);
``WordIndex`` reads a text's words once (each word lower-cased, with its place); and
``WordGate.may_match(text, start, end)`` says whether the window ``text[start:end]`` holds one of
the needed words.  When it does not, the pattern cannot match there, and the call is skipped::

    _GATE = WordGate(PATTERN)
    ...
    if _GATE.may_match(text, sentence.start, sentence.end):
        found = PATTERN.search(text, sentence.start, sentence.end)

A word the reader counts as needed is one the pattern can only match as a whole word: bounded by
``\\b``, by characters that cannot be word characters, or by the pattern's own non-word literals.
The index's words are the maximal runs of ``\\w`` (the same characters ``\\b`` reads), so such a
match is always one of the index's words.  At the ends of a window a word may be cut, as it is for
the pattern searched with ``pos`` and ``endpos``; the gate looks at the cut pieces too.

Under ``re.IGNORECASE`` four non-ASCII letters match ASCII ones (ſ, K, ı, İ: "ſaid" is "said" to the
pattern, not to ``str.lower``).  In a text holding one of them, every gate of a case-blind pattern
says yes.  A pattern compiled with ``re.ASCII`` (another idea of a word) gets no gate.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from functools import lru_cache
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["FOLDING", "WordGate", "WordIndex", "required_words", "word_index"]

#: The non-ASCII characters that ``re.IGNORECASE`` matches to an ASCII letter or digit.
FOLDING = "\u0130\u0131\u017f\u212a"  # İ ı ſ and the Kelvin sign
_FOLDING_RE = re.compile("[" + FOLDING + "]")
_WORD = re.compile(r"\w+")
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")
#: At most this many strings are spelt out of one run of literal parts.
_MAX_STRINGS = 5000

_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)}
_BOUNDS = {_sre.AT_BOUNDARY, _sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING, _sre.AT_END, _sre.AT_END_STRING}
#: a word boundary, put at the ends of an alternation's branches when the pattern bounds them
_BOUND = (_sre.AT, _sre.AT_BOUNDARY)
_NON_WORD_CATEGORIES = {_sre.CATEGORY_SPACE, _sre.CATEGORY_NOT_WORD}


def _is_word_char(code: int) -> bool:
    return _WORD.match(chr(code)) is not None


# --- what a part of a pattern can match -------------------------------------------------------


def _spell(items: Any) -> set[str] | None:
    """Every string a sequence of parsed parts can match, or None when they are not a few literals."""
    out = {""}
    for op, av in items:
        found = _spell_item(op, av)
        if found is None:
            return None
        out = {a + b for a in out for b in found}
        if len(out) > _MAX_STRINGS:
            return None
    return out


def _spell_item(op: Any, av: Any) -> set[str] | None:
    """Every string one parsed part can match, or None."""
    if op is _sre.LITERAL:
        return {chr(av)}
    if op is _sre.IN:
        if not all(o is _sre.LITERAL for o, _ in av):
            return None
        return {chr(a) for _, a in av}
    if op is _sre.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            found = _spell(branch)
            if found is None:
                return None
            out |= found
        return out
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _spell(sub)
    if op in _REPEATS:
        low, high, sub = av
        if high > 3:
            return None
        found = _spell(sub)
        if found is None:
            return None
        out = set()
        for n in range(low, high + 1):
            for parts in itertools.product(found, repeat=n):
                out.add("".join(parts))
            if len(out) > _MAX_STRINGS:
                return None
        return out
    return None


def _zero_width(op: Any) -> bool:
    return op is _sre.AT or op is _sre.ASSERT or op is _sre.ASSERT_NOT


def _edge(op: Any, av: Any, last: bool) -> tuple[bool, bool] | None:
    """For one consuming part: (every non-empty match starts, or with ``last`` ends, with a non-word
    character; the part can match nothing), or None when it is not known."""
    if op is _sre.LITERAL:
        return not _is_word_char(av), False
    if op is _sre.IN:
        for o, a in av:
            if o is _sre.LITERAL and not _is_word_char(a):
                continue
            if o is _sre.CATEGORY and a in _NON_WORD_CATEGORIES:
                continue
            if o is _sre.RANGE and a[1] - a[0] < 256 and not any(map(_is_word_char, range(a[0], a[1] + 1))):
                continue
            return False, False
        return True, False
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _sequence_edge(sub, last)
    if op is _sre.BRANCH:
        non_word, empty = True, False
        for branch in av[1]:
            found = _sequence_edge(branch, last)
            if found is None:
                return None
            non_word, empty = non_word and found[0], empty or found[1]
        return non_word, empty
    if op in _REPEATS:
        low, _high, sub = av
        found = _sequence_edge(sub, last)
        return None if found is None else (found[0], found[1] or low == 0)
    return None


def _sequence_edge(items: Any, last: bool) -> tuple[bool, bool] | None:
    """``_edge`` for a sequence of parts: the first (or with ``last`` the last) parts decide."""
    seq = list(items)
    non_word = True
    for op, av in reversed(seq) if last else seq:
        if _zero_width(op):
            continue
        found = _edge(op, av, last)
        if found is None:
            return None
        non_word = non_word and found[0]
        if not found[1]:
            return non_word, False
    return non_word, True


def _bounded(items: list[tuple[Any, Any]], at: int, step: int) -> bool:
    """Whether the character next to position ``at`` of ``items`` (before it with step -1, after it
    with step 1) is sure to be no word character, or the pattern's edge at a boundary."""
    i = at
    while 0 <= i < len(items):
        op, av = items[i]
        if op is _sre.AT:
            if av in _BOUNDS:
                return True
        elif op is _sre.ASSERT_NOT and step < 0 and _no_word_behind(av):
            return True
        elif not _zero_width(op):
            found = _edge(op, av, last=step < 0)
            if found is None or not found[0]:
                return False
            if not found[1]:
                return True
        i += step
    return False


def _no_word_behind(av: Any) -> bool:
    """Whether a negative look-behind turns down a word character before: ``(?<![\\w.])``."""
    direction, sub = av
    items = list(sub)
    if direction != -1 or len(items) != 1 or items[0][0] is not _sre.IN:
        return False
    return (_sre.CATEGORY, _sre.CATEGORY_WORD) in items[0][1]


def _flatten(items: Any) -> list[tuple[Any, Any]]:
    """The parts of a sequence with plain groups opened (a group changes what is captured only)."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is _sre.SUBPATTERN and not av[1] and not av[2]:
            sub = list(av[3])
            if len(sub) != 1 or sub[0][0] is not _sre.BRANCH:
                out.extend(_flatten(sub))
                continue
        out.append((op, av))
    return out


def _whole_words(spelt: str, left: bool, right: bool) -> list[str]:
    """The whole words of one spelt string: its inner word runs, and its edge runs when bounded."""
    out = []
    for m in _WORD.finditer(spelt):
        if (m.start() > 0 or left) and (m.end() < len(spelt) or right):
            out.append(m.group())
    return out


def _sequence_needs(items: Any) -> list[frozenset[str]]:
    """Sets of words a match of the sequence needs one of (each set on its own)."""
    seq = _flatten(items)
    needs: list[frozenset[str]] = []
    i = 0
    while i < len(seq):
        op, av = seq[i]
        if _zero_width(op) or _spell_item(op, av) is None:
            while op is _sre.SUBPATTERN and not av[1] and not av[2] and len(av[3]) == 1:
                op, av = av[3][0]  # a group holding one alternation
            if op is _sre.BRANCH:
                left = [_BOUND] if _bounded(seq, i - 1, -1) else []
                right = [_BOUND] if _bounded(seq, i + 1, 1) else []
                union = _branch_needs([left + list(b) + right for b in av[1]])
                if union is not None:
                    needs.append(union)
            elif op in _REPEATS and av[0] >= 1:  # at least once: what one round needs
                needs.extend(_round_needs(av[2], _bounded(seq, i - 1, -1), _bounded(seq, i + 1, 1)))
            i += 1
            continue
        j = i
        while j < len(seq) and not _zero_width(seq[j][0]) and _spell_item(*seq[j]) is not None:
            j += 1
        spelt = _spell(seq[i:j])
        if spelt is not None:
            need = _run_needs(spelt, _bounded(seq, i - 1, -1), _bounded(seq, j, 1))
            if need is not None:
                needs.append(need)
        i = j
    return needs


def _round_needs(sub: Any, left: bool, right: bool) -> list[frozenset[str]]:
    """What one round of a repeated part needs.  A round's edge is bounded when the pattern bounds
    the repeat there and a round ends (before the next) or starts (after the last) with a non-word
    character."""
    ends = _sequence_edge(sub, last=True)
    starts = _sequence_edge(sub, last=False)
    left = left and ends is not None and ends == (True, False)
    right = right and starts is not None and starts == (True, False)
    return _sequence_needs([_BOUND] * left + list(sub) + [_BOUND] * right)


def _run_needs(spelt: set[str], left: bool, right: bool) -> frozenset[str] | None:
    """One whole word of every spelt string (its longest), or None when one string has none."""
    chosen = set()
    for s in spelt:
        words = [w for w in _whole_words(s, left, right) if _ASCII_WORD.fullmatch(w)]
        if not words:
            return None
        chosen.add(max(words, key=lambda w: (w.lower() not in _COMMON, len(w))).lower())
    return frozenset(chosen)


#: Words of nearly every sentence: a set holding one is a gate that seldom shuts.
_COMMON = frozenset("a an and as at by for in is it of on s t that the to was".split())


def _cost(words: AbstractSet[str]) -> tuple[bool, int]:
    """How poor a set of words is as a gate: holding a common word, then its size."""
    return bool(words & _COMMON), len(words)


def _branch_needs(branches: Any) -> frozenset[str] | None:
    """The words an alternation needs: one set from every branch, joined (None if a branch has none)."""
    union: set[str] = set()
    for branch in branches:
        needs = _sequence_needs(branch)
        if not needs:
            return None
        union |= min(needs, key=_cost)
    return frozenset(union)


def required_words(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...] | None:
    """Sets of lower-cased words such that every match of ``pattern`` holds, as a whole word, one
    word of each set (in the pattern's case, or any case under ``re.IGNORECASE``); None when the
    pattern needs no word this reader can prove."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.ASCII:
        return None
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if parsed.state.flags & re.ASCII:
        return None
    needs = sorted(dict.fromkeys(_sequence_needs(parsed)), key=_cost)
    if len(needs) > 1:  # a set with a word of every sentence tells nothing when another is there
        needs = [n for n in needs if not n & _COMMON] or needs[:1]
    return tuple(needs) or None


# --- the index --------------------------------------------------------------------------------


def _is_word(char: str) -> bool:
    """Whether ``char`` is a word character (``\\w``: alphanumeric or the underscore)."""
    return char.isalnum() or char == "_"


class WordIndex:
    """The words of one text, read once: its lower-cased copy, the set of its lower-cased words,
    and, for each set of words a gate asks about, their places (found once per text)."""

    __slots__ = ("_hits", "aligned", "folds", "lower", "text", "vocabulary")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower = text.lower()
        #: every character lower-cases to one (only "İ" lower-cases to two): places agree
        self.aligned = len(self.lower) == len(text)
        #: the text's words, lower-cased (a character and its lower case are both word characters
        #: or neither, so the lower-cased text has the same words in the same places when aligned)
        self.vocabulary = frozenset(_WORD.findall(self.lower if self.aligned else text.lower()))
        #: the text holds a letter that ``re.IGNORECASE`` folds to an ASCII one
        self.folds = _FOLDING_RE.search(text) is not None
        self._hits: dict[frozenset[str], tuple[list[int], list[int]]] = {}

    def places(self, words: frozenset[str]) -> tuple[list[int], list[int]]:
        """The starts and the ends, in text order, of the text's words that are in ``words``
        (lower-cased)."""
        return self._hits.get(words) or self._find(words)

    def _find(self, words: frozenset[str]) -> tuple[list[int], list[int]]:
        """``places(words)``, found and kept per set of words."""
        text, lower, pairs = self.text, self.lower, []
        for word in words & self.vocabulary:
            at = lower.find(word)
            while at >= 0:
                after = at + len(word)
                opens = at == 0 or not _is_word(text[at - 1])
                if opens and (after == len(text) or not _is_word(text[after])):
                    pairs.append((at, after))
                at = lower.find(word, at + 1)
        pairs.sort()
        found = ([a for a, _ in pairs], [b for _, b in pairs])
        self._hits[words] = found
        return found

    def positions(self, word: str) -> list[int]:
        """The starts of ``word`` (any case) in the text, in order."""
        return self.places(frozenset({word.lower()}))[0]

    def words_in(self, start: int = 0, end: int | None = None) -> set[str]:
        """The lower-cased words of ``text[start:end]``, words cut by the window's ends cut too."""
        end = len(self.text) if end is None else end
        return {m.group().lower() for m in _WORD.finditer(self.text, start, end)}

    def holds(self, words: frozenset[str], start: int = 0, end: int | None = None) -> bool:
        """Whether ``text[start:end]`` holds one of ``words`` as a whole word (or as a piece of a
        word its ends cut, which a pattern searched with ``pos`` and ``endpos`` sees whole)."""
        end = len(self.text) if end is None else end
        starts, ends = self.places(words)
        if starts:
            k = bisect_left(starts, start)
            if k < len(starts) and ends[k] <= end:
                return True
        text = self.text
        if 0 < start < end and _is_word(text[start - 1]) and _is_word(text[start]):
            piece = _WORD.match(text, start, end)
            if piece is not None and piece.group().lower() in words:
                return True
        if start < end < len(text) and _is_word(text[end]) and _is_word(text[end - 1]):
            at = end - 1
            while at > start and _is_word(text[at - 1]):
                at -= 1
            if text[at:end].lower() in words:
                return True
        return False


@lru_cache(maxsize=8)
def word_index(text: str) -> WordIndex:
    """The word index of ``text`` (kept for the last few texts, keyed by the text itself: another
    document gets its own)."""
    return WordIndex(text)


class WordGate:
    """Whether a pattern may match in a window of a text, by the words it needs."""

    __slots__ = ("folding", "needs", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        #: the sets of words a match needs one of each, or None (no gate: always try)
        self.needs = required_words(pattern)
        self.folding = bool(pattern.flags & re.IGNORECASE)

    def may_match(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """False only when ``pattern`` cannot match in ``text[start:end]`` (as ``search(text, start,
        end)`` reads it)."""
        if self.needs is None:
            return True
        index = word_index(text)
        if not index.aligned or (self.folding and index.folds):
            return True
        end = len(text) if end is None else end
        hits = index._hits
        for words in self.needs:
            starts, ends = hits.get(words) or index._find(words)
            if starts:  # the first needed word at or after the start ends before the end
                k = bisect_left(starts, start)
                if k < len(starts) and ends[k] <= end:
                    continue
            # a word the window's ends may cut (two word characters across an end): look closer
            if start > 0:
                pair = text[start - 1 : start + 1]
                if (pair.isalnum() or "_" in pair) and index.holds(words, start, end):
                    continue
            if end < len(text):
                pair = text[end - 1 : end + 1]
                if (pair.isalnum() or "_" in pair) and index.holds(words, start, end):
                    continue
            return False
        return True

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """``pattern.search(text, start, end)``, not tried where it cannot match."""
        end = len(text) if end is None else end
        return self.pattern.search(text, start, end) if self.may_match(text, start, end) else None

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, start, end)``, not tried where it cannot match."""
        end = len(text) if end is None else end
        return self.pattern.finditer(text, start, end) if self.may_match(text, start, end) else iter(())
