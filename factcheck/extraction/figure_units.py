"""What a figure counts: the words after it ("4,000 Russian citizens", "120-day", "thousands of
people"), read from the token view the figure scanner reads."""

from __future__ import annotations

from factcheck.extraction.figure_words import COMMON_VERBS, HEDGES, MEASURE_VERBS, UNIT_STOP, VAGUE_HEADS
from factcheck.extraction.tokens import TokenView

__all__ = ["unit_after"]


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
    m = k
    while m < view.n and m - k < 3:
        t = view.toks[m]
        if t.kind != "word" or t.low in UNIT_STOP or t.low in HEDGES:
            break
        if m > k and not view.toks[m - 1].end + 1 >= t.start:
            break
        if t.low.endswith("ly") or (
            m > k and (t.low.endswith("ed") or t.low in COMMON_VERBS or t.low in MEASURE_VERBS)
        ):
            break  # "two crashes killed": a verb ends what is counted
        m += 1
    if m == k:
        return None, None
    return view.text[view.toks[k].start : view.toks[m - 1].end], (
        view.toks[k].start,
        view.toks[m - 1].end,
    )
