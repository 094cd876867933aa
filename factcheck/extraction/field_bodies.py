"""A ministry named by its field alone: "the interior ministry said", "the defence ministry
said", "a spokesperson for Norway's climate ministry said".

Agency wires and the English-language press of continental Europe, the Middle East and Latin
America write a government's ministries in lower case and without the country, which the story's
dateline gives ("The interior ministry said 1.28 million people marched").  Such words name one
body as surely as "the Interior Ministry" does: a descriptor of a body that its field names
(:data:`~factcheck.extraction.phrase_posts.PORTFOLIOS`, "foreign", "home"), not a pointer back
to whatever body came last, and when no body of that name came before, the body itself.
"""

from __future__ import annotations

from factcheck.extraction.phrase_posts import PORTFOLIOS

#: Heads of a government body that a field names ("the health ministry", "the labour department").
FIELD_BODY_HEADS = frozenset({"ministry", "department", "ministries"})
#: Fields besides the portfolios of ministers' posts: "the foreign ministry", "the home office".
FIELDS = PORTFOLIOS | frozenset({"foreign", "home", "emergencies", "emergency", "migration", "social"})


def field_body(words: list[str]) -> bool:
    """True for the words of a body named by its field and its head, without a determiner:
    ["interior", "ministry"], ["foreign", "affairs", "ministry"] (at most two words of field)."""
    if len(words) < 2 or len(words) > 3 or words[-1].lower() not in FIELD_BODY_HEADS:
        return False
    return all(w.lower() in FIELDS for w in words[:-1])


def field_fits(descriptor: str, body: str) -> bool:
    """False when a ministry named by its field ("interior ministry") meets a body whose name is of
    another field ("foreign ministry", "Ministry of Foreign Affairs"): a spokesperson for the
    interior ministry is no voice of the foreign ministry named before.  True otherwise (a field
    word of the descriptor in the body's name, spelled alike to four letters: "defense ministry"
    and "Ministry of Defence"; or a descriptor or body with no field)."""
    words = descriptor.split()
    if not field_body(words):
        return True
    theirs = [w.lower()[:4] for w in body.split()]
    if not any(w.lower() in FIELDS for w in body.split()):
        return True  # "the Ministry" or an acronym: nothing to tell the fields apart by
    return all(w.lower()[:4] in theirs for w in words[:-1])
