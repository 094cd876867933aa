"""What a figure counts: the words after it ("4,000 Russian citizens", "120-day", "thousands of
people"), read from the token view the figure scanner reads."""

from __future__ import annotations

from factcheck.extraction.figure_context import IRREGULAR_PLURALS, NUMBER_WORDS, PAST_VERBS
from factcheck.extraction.figure_words import (
    COMMON_VERBS,
    HEDGES,
    MEASURE_VERBS,
    PERCENT_WORDS,
    UNIT_STOP,
    VAGUE_HEADS,
)
from factcheck.extraction.tokens import TokenView

__all__ = ["unit_after"]

#: Verbs that end what a figure counts ("two crashes killed", "60 years rose").
_VERBS = frozenset({*COMMON_VERBS, *MEASURE_VERBS, *PAST_VERBS})


def unit_after(view: TokenView, end: int) -> tuple[str | None, tuple[int, int] | None]:
    """What the figure counts, from the words after it ("Russian citizens", "people")."""
    k = end + 1
    if view.raw(k) in ("-", "‐") and view.glued(end, k) and view.word(k + 1):
        # "120-day", "16-year-old", "billion-dollar"
        m = k + 1
        while view.raw(m + 1) == "-" and view.glued(m, m + 1) and view.word(m + 2):
            m += 2
        return view.text[view.toks[k + 1].start : view.toks[m].end], (
            view.toks[k + 1].start,
            view.toks[m].end,
        )
    if view.word(k) == "of" and view.word(end) in VAGUE_HEADS:
        k += 1  # "thousands of people", "tens of thousands of soldiers"
    if view.word(k) == "of" and view.word(k + 1) in (
        "these",
        "those",
        "the",
        "them",
        "its",
        "their",
        "our",
    ):
        k += 2
        # "won 8 of their last 10 (games)", "two of its past five elections": the part counts what
        # the whole after it counts
        if view.word(k) in ("last", "next", "first", "past", "previous", "final", "top") and (
            k + 1 < view.n and (view.toks[k + 1].kind == "num" or view.word(k + 1) in NUMBER_WORDS)
        ):
            k += 2
    if "\n" in view.text[view.toks[end].end : view.toks[k].start if k < view.n else view.toks[end].end]:
        return None, None  # "... rises to 187\n\nRPT-...": a line break ends the figure's phrase
    words: list[tuple[int, int]] = []  # first and last token of each word read
    m = k
    while m < view.n and len(words) < 5 and _counted_word(view, m, k):
        words.append((m, _word_last(view, m)))
        m = words[-1][1] + 1
    n = min(3, len(words))
    if n == 3 and not any(_plural(view.toks[last].low) for _, last in words[:3]):
        # a long name before the noun: "2,472 Republican National Convention delegates", "142,000
        # net new postpaid subscribers"; only up to a plural noun in the fourth or fifth word
        n = next((j + 1 for j in (3, 4) if j < len(words) and _plural(view.toks[words[j][1]].low)), 3)
    if n == 0:
        return None, None
    first, last = words[0][0], words[n - 1][1]
    return view.text[view.toks[first].start : view.toks[last].end], (
        view.toks[first].start,
        view.toks[last].end,
    )


def _word_last(view: TokenView, m: int) -> int:
    """The last token of the word at ``m``: an initialism ("U.S." in "65.12 U.S. cents") or a
    hyphenated compound ("fixed-rate" in "880,000 fixed-rate loans") is one word."""
    last = m
    if len(view.raw(m)) == 1 and view.raw(m).isupper():
        while (
            view.raw(last + 1) == "."
            and view.glued(last, last + 1)
            and len(view.raw(last + 2)) == 1
            and view.raw(last + 2).isupper()
            and view.glued(last + 1, last + 2)
        ):
            last += 2
        if last > m and view.raw(last + 1) == "." and view.glued(last, last + 1):
            last += 1
        return last
    while (
        view.raw(last + 1) in ("-", "‐")
        and view.glued(last, last + 1)
        and last + 2 < view.n
        and view.toks[last + 2].kind == "word"
        and view.glued(last + 1, last + 2)
    ):
        last += 2
    return last


def _counted_word(view: TokenView, m: int, k: int) -> bool:
    """True when token ``m`` can continue what is counted, read from token ``k``."""
    t = view.toks[m]
    if t.kind != "word" or t.low in UNIT_STOP or t.low in HEDGES:
        return False
    if m > k and not view.toks[m - 1].end + 1 >= t.start:
        return False
    # "two crashes killed": a verb ends what is counted
    return not (
        t.low.endswith("ly")
        or (
            m > k
            and (
                t.low.endswith("ed") or t.low in COMMON_VERBS or t.low in MEASURE_VERBS or t.low in PAST_VERBS
            )
        )
    )


def _plural(word: str) -> bool:
    """True for a word that reads as a plural noun ("delegates", "subscribers", "people")."""
    if word in IRREGULAR_PLURALS:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def percent_after(view: TokenView, end: int) -> tuple[bool, int]:
    """Whether a percent marker follows the number ending at token ``end``, and the token the
    figure then ends at: "%", "percent", "per cent", "pct", "-percent", and "pc" in lower case
    right after the number ("rose 11pc", as British and South Asian papers write it; "40 PCs" are
    computers); "percentage points" is no percent."""
    k = end + 1
    if view.raw(k) == "%" and view.toks[k].start - view.toks[end].end <= 1:
        return True, k
    if view.raw(k) in ("-", "‐") and view.glued(k - 1, k) and view.word(k + 1) in PERCENT_WORDS:
        k += 1
    w = view.word(k)
    if w in PERCENT_WORDS and not (w == "percentage" and view.word(k + 1) in ("point", "points")):
        return True, k
    if w == "per" and view.word(k + 1) == "cent":
        return True, k + 1
    if view.raw(k) == "pc" and view.toks[k].start - view.toks[end].end <= 1:
        return True, k
    return False, end
