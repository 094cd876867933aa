"""Posts written as one hyphenated word: "secretary-treasurer", "Director-General",
"attorney-general", "editor-in-chief".

Each part is a post of its own (a person noun), save the small words that join them
("in", "at"), so "secretary-treasurer of the union" is a person's post, as "treasurer of the
union" is, and not a body.  A hyphenated word with a part that is no post ("state-owned",
"Labour-run", "co-op") is none.
"""

from __future__ import annotations

from factcheck.vocabulary import PERSON_NOUNS

#: Small words inside a compound post: "editor-in-chief", "commander-in-chief".
_JOINERS = frozenset({"in", "at", "of"})


def compound_post(word: str) -> bool:
    """Whether ``word`` is a post written as several posts joined by hyphens."""
    parts = word.lower().strip(".,").split("-")
    if len(parts) < 2 or not all(parts):
        return False
    if parts[0] not in PERSON_NOUNS or parts[-1] not in PERSON_NOUNS:
        return False
    return all(part in PERSON_NOUNS or part in _JOINERS for part in parts[1:-1])


def person_noun(word: str) -> bool:
    """Whether ``word`` (lower case) names a person by post: a person noun or a compound post."""
    return word in PERSON_NOUNS or compound_post(word)
