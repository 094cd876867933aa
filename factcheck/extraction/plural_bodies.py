"""Bodies named by the people they gather: "United Nurses of Alberta", "Communications Workers of
America", "the United Auto Workers".

Union and professional bodies of state and provincial news are often named by a plural of a
person's noun, capitalised inside a longer capitalised name.  Such a name is a body, not an
unnamed group ("the two senators from Ohio") nor a person called "Alberta" or "Workers".
"""

from __future__ import annotations

from factcheck.extraction.phrase_base import _is_cap, _plural_person

#: Capitalised words before a plural that make a group, not a name: "Republican Senators of Ohio".
_NOT_OPENING = frozenset(
    """the a an republican republicans democratic democrat democrats conservative liberal labour
    senior top former retired many some""".split()
)


def plural_body_name(words: list[str], plural_at: int) -> bool:
    """True when the capitalised plural at ``plural_at`` of ``words`` belongs to a body's name: it
    follows another capitalised word that is no article ("United Nurses", "Communications
    Workers"), and every word after it is capitalised or a connector ("of Alberta")."""
    if plural_at < 1 or not _is_cap(words[plural_at]) or not _plural_person(words[plural_at].lower()):
        return False
    before = words[plural_at - 1]
    if not _is_cap(before) or before.lower().rstrip(".,") in _NOT_OPENING:
        return False
    return all(_is_cap(w) or w.lower() in ("of", "for", "and", "the") for w in words[plural_at + 1 :])
