"""A nickname in quotation marks inside a person's name: `Sharon "Shaz" Ellery`, `Dorothy 'Dot'
Kowalski`, `James “Jimmy” Walsh`.

Local news, obituaries and profiles give the name a person goes by between the given name and the
surname. Read as it stands, the quotation marks cut the name in two (the subject of "…, said" was
the appositive after it, and the nickname a one-word quotation), so the person never came into
view and the next "she said" went to someone else. The extraction reads a copy of the text in which
the nickname and its marks are blanked (the same length, so every span stays where it was); the
person is then "Sharon Ellery".
"""

from __future__ import annotations

import re

from factcheck.extraction.speaker_words import first_names
from factcheck.first_chars import looking_first

__all__ = ["blank_nicknames", "squeeze_name"]

#: A given name, a nickname of one to three capitalised words in quotation marks, then a
#: capitalised surname (the marks may be straight or curly, double or single).
_NICKNAME = re.compile(
    r"(?<![\w’'])(?P<given>[A-Z][a-z’'-]+)[^\S\n]+"
    r"(?P<nick>(?:[\"“][A-Z][\w’'.-]*(?:[^\S\n][A-Z][\w’'.-]*){0,2}[\"”]|"
    r"[‘'][A-Z][\w.-]*(?:[^\S\n][A-Z][\w.-]*){0,2}[’'])[^\S\n]+)"
    r"(?=(?:O[’']|Mc)?[A-Z][a-z])"
)
_NICKNAME = looking_first(_NICKNAME)  # same matches, tried only where one can start


def blank_nicknames(text: str) -> str:
    """``text`` with each nickname between a known given name and a surname blanked by spaces
    (the marks and the space after them included); the text unchanged when there is none."""
    if "“" not in text and '"' not in text and "'" not in text and "‘" not in text:
        return text
    names = first_names()
    pieces: list[str] = []
    last = 0
    for match in _NICKNAME.finditer(text):
        if match.group("given").lower() not in names:
            continue
        pieces.append(text[last : match.start("nick")])
        pieces.append(" " * len(match.group("nick")))
        last = match.end("nick")
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def squeeze_name(name: str) -> str:
    """A name read from the blanked text, with the blank where a nickname stood closed up
    ("Sharon        Ellery" -> "Sharon Ellery")."""
    return re.sub(r"[^\S\n]{2,}", " ", name) if "  " in name else name
