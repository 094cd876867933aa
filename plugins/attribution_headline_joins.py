"""A headline's joining word inside its quote marks (the ``attribution`` checker's quoted-words
rule, :func:`.attribution_headline.headline_verdicts`).

A headline that sets a speaker's words against its own frame often joins the two with a
conjunction and lets the quote marks open before it: "Merkel: Greece must keep to reforms, 'but we
will not leave anyone alone'", "Police chief defends officers, 'and I would do it again'".  The
body quotes the speaker's words without it ("We will not leave anyone alone," she said): the
conjunction is the headline's join of its two clauses, not words the speaker is said to have
given.  Such quoted words are matched without their opening conjunction, and only when what is
left is more than a scare quote (the words that remain are the speaker's claim and are still
matched in full).
"""

from __future__ import annotations

__all__ = ["JOINS", "without_join"]

#: Conjunctions a headline joins its frame and a speaker's words with.
JOINS = frozenset({"but", "and", "yet", "so", "or", "nor"})


def without_join(tokens: list[str], least: int) -> list[str] | None:
    """The quoted ``tokens`` without an opening joining conjunction, when they open with one and
    more than ``least`` words remain; otherwise ``None`` (nothing to read again)."""
    if len(tokens) > least + 1 and tokens[0].lower() in JOINS:
        return tokens[1:]
    return None
