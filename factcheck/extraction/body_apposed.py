"""A body named at the start of a sentence, with what it is in apposition before the cue: "The
Consumentenbond, the country's largest consumer association, said …".

:func:`factcheck.extraction.subjects.appositive_subject` reads "NAME, APPOSITIVE, CUE" when NAME
reads as a person or as a body by itself ("The Federal Aviation Administration, the agency that
oversees air travel, said"). A one-word name the phrase reader does not know as a body (a foreign
or coined name: "The Consumentenbond", "The Riksbank") read as no one, and the appositive spoke
("the country's largest consumer association said"). The appositive tells what the name is: a
name of capitalised words after "The", described as a body, is that body.
"""

from __future__ import annotations

import re

from factcheck.extraction.phrase_base import Phrase
from factcheck.model import Span

__all__ = ["named_body"]

#: "The" and one to four capitalised words, nothing else.
_THE_NAME = re.compile(r"\s*The\s+(?P<name>[A-Z][\w’'&.-]+(?:\s+[A-Z][\w’'&.-]+){0,3})\s*")


def named_body(text: str, start: int, end: int, head: str) -> Phrase | None:
    """The organisation "The Consumentenbond" names, when ``text[start:end]`` is "The" and
    capitalised words; ``head`` is the body noun of its appositive. None for other words."""
    found = _THE_NAME.fullmatch(text, start, end)
    if found is None:
        return None
    return Phrase(Span(found.start("name"), found.end("name")), "organisation", name=found["name"], head=head)
