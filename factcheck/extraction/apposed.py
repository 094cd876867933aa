"""The subject of a sentence that opens with a description and a name in apposition: "But the
National Publicity Secretary of the party, Chief Obinna Eze, dismissed …, saying …"."""

from __future__ import annotations

import re

from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.phrases import parse_phrase

#: The rest of a description, then a name in apposition between commas: "'s spokesman, Obinna Eze,",
#: " of the party, Chief Obinna Eze,".
_REST_THEN_NAME = re.compile(
    r"(?:[’']s(?:\s+[a-z][a-z-]*){1,3})?(?:\s+(?:of|for)\s+(?:(?:the|his|her|their|its)\s+)?[a-z]+(?:\s+[a-z]+){0,2})?"
    r",\s+(?P<name>(?:[A-Z][\w’'.&-]*\s+){0,4}[A-Z][\w’'.&-]*),"
)


def name_apposed_after(text: str, end: int, stop: int) -> Phrase | None:
    """The name in apposition right after a sentence's opening description that ends at ``end``
    (what follows the description's head, "of the party" or "'s spokesman", may come first)."""
    found = _REST_THEN_NAME.match(text, end, stop)
    if found is None:
        return None
    return parse_phrase(text, found.start("name"), found.end("name"))
