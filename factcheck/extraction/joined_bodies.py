"""A body's name of capitalised words joined by "for" and "and", with a place at its end:
"Citizens for Responsibility and Ethics in Washington said", "Doctors for Human Rights in Gaza
said".

Advocacy groups are named this way ("Americans for Prosperity", "Physicians for Human Rights"),
and some carry the place they work in inside the name.  Two readings broke such a name: the
"and" closed the speaker phrase, leaving "Ethics in Washington", and "in Washington" made the
place the speaker (a place named after a group of people is where they are: "voters in Iowa").
When the words before "in" are one body's name by the rule for joined names (capitalised words
joined by "for" or "and", no first name among them), the whole run, place included, is that
body.
"""

from __future__ import annotations

import re

from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.speaker_words import first_names
from factcheck.model import Span

__all__ = ["and_in_joined_body", "joined_body_in_place"]

_CAP = r"[A-Z][\w’'-]*"
#: Capitalised words joined by "for", "and", "of", "the", then "in" and a place of one to three
#: capitalised words.
_JOINED_IN_PLACE = re.compile(
    rf"(?P<body>{_CAP}(?:\s+(?:(?:for|and|of|the)\s+)*{_CAP})+)\s+in\s+(?:the\s+)?"
    rf"(?P<place>{_CAP}(?:\s+{_CAP}){{0,2}})"
)
#: A capitalised run with "for" inside it, ending right before an "and": "Citizens for Responsibility ".
_FOR_RUN_BEFORE = re.compile(rf"{_CAP}\s+for\s+(?:(?:the|of)\s+)?(?:{_CAP}\s+){{0,3}}?{_CAP}\s*$")
#: Capitalised words (with "of", "for", "the", "and", "on", "in" between) to the end: "Ethics in Washington".
_CAP_RUN_AFTER = re.compile(rf"\s*{_CAP}(?:\s+(?:(?:of|for|the|and|on|in)\s+)*{_CAP})*\s*")


def _joined(words: list[str]) -> bool:
    """True for capitalised words joined by "for" or "and" with no first name among them."""
    inner = [w for w in words[1:-1] if w in ("and", "for")]
    rest = [w for w in words if w not in ("and", "for", "of", "the")]
    names = first_names()
    return bool(inner) and all(w[:1].isupper() for w in rest) and not any(w.lower() in names for w in rest)


def joined_body_in_place(words: str, start: int = 0) -> Phrase | None:
    """The body a run of joined capitalised words and a place names ("Citizens for Responsibility
    and Ethics in Washington"), read from ``words`` standing at ``start``; None for any other words."""
    stripped = words.strip()
    match = _JOINED_IN_PLACE.fullmatch(stripped)
    if match is None or not _joined(match.group("body").split()):
        return None
    at = start + len(words) - len(words.lstrip())
    head = match.group("body").split()[-1].lower()
    return Phrase(
        Span(at, at + len(stripped)), "organisation", name=stripped, head=head, place=match.group("place")
    )


def and_in_joined_body(text: str, and_start: int, and_end: int, end: int) -> bool:
    """True for an "and" inside such a name: a capitalised run with "for" in it before the "and",
    capitalised words after it up to ``end`` ("Citizens for Responsibility and Ethics in Washington")."""
    before = _FOR_RUN_BEFORE.search(text, max(0, and_start - 60), and_start)
    if before is None or _CAP_RUN_AFTER.fullmatch(text, and_end, end) is None:
        return False
    # no first name among the words: "Secretary for Digital Development and Information Desmond
    # Lim" is a post and a person
    words = text[before.start() : end].split()
    return _joined(words[: words.index("in")] if "in" in words else words)
