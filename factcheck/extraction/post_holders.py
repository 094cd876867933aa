"""A descriptor that names a post ("the president said") and two people in view: one known by that
post ("President Barack Obama"), and one named since in a sentence that sets them apart from the
post ("At the town hall, a retired teacher, Grace Adeyemi, had a question for the president.").

The registry gives a descriptor to the last person named when that person may hold the post
(:func:`~factcheck.extraction.speaker_fit._may_hold`): someone with no role given may be a
minister.  But a person whose own sentence goes on to name "the president" as someone else, whom
they ask, meet or write to, is not the president: the holder named before is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extraction.speaker_entry import _Entry
from factcheck.extraction.speaker_words import OFFICE_HEADS

__all__ = ["post_named_apart"]

#: How far before the descriptor a mention of the last person is read, in characters.
REACH = 600
#: The end of a sentence: a full stop, question or exclamation mark before a space, or a line break.
_SENTENCE_END = re.compile(r"[.!?][”\"’']?(?=\s)|\n")


@lru_cache(maxsize=256)
def _the_post(head: str) -> re.Pattern[str]:
    """The pattern of "the <head>", with up to two words between ("the Brazilian president")."""
    return re.compile(r"\b[Tt]he\s+(?:[\w’'-]+\s+){0,2}?" + re.escape(head) + r"\b")


def post_named_apart(text: str, head: str, last: _Entry | None, at: int) -> bool:
    """True when ``head`` is a post and a sentence that names ``last`` (the last person named) in
    the few paragraphs before ``at`` (the descriptor) goes on to name "the <head>" after that
    mention and before the descriptor: someone else holds the post."""
    if head not in OFFICE_HEADS or last is None:
        return False
    post = _the_post(head)
    for mention in last.mentions:
        if not at - REACH <= mention.end <= at:
            continue
        stop = _SENTENCE_END.search(text, mention.end, at)
        if post.search(text, mention.end, stop.start() if stop else at):
            return True
    return False
