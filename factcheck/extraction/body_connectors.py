"""A body's name with "of the" or "for the" inside: "the Office for the Coordination of
Humanitarian Affairs", "the Organisation for the Prohibition of Chemical Weapons", "the Society for
the Protection of Animals", "the Bank of the West".

A run of capitalised words took one lower-case connector before a capital ("Department of
Justice"), so "for the Coordination" stopped at "the": the phrase was no speaker at all, and a UN
agency's statement went unread or to the agency quoted before. "of"/"for" then "the" before a
capital joins the two halves of one name when the word before the connector is a body's own noun
("Office", "Society", "Bank"): "Staff for the House Select Committee" and "the ranking Democrat on
the Senate Intelligence Committee" stay a person's or a committee's.
"""

from __future__ import annotations

from factcheck.extraction.phrase_base import _looks_org

__all__ = ["joins_body"]

_BEFORE_THE = frozenset({"of", "for"})


def joins_body(words: list[str], at: int) -> bool:
    """True when ``words[at]`` ("for", "of") and the "the" after it join the body's noun before
    (``words[at - 1]``: "Office") to the capitalised word after ("Coordination")."""
    return (
        0 < at < len(words) - 2
        and words[at] in _BEFORE_THE
        and words[at + 1] == "the"
        and words[at + 2][:1].isupper()
        and words[at - 1][:1].isupper()
        and _looks_org([words[at - 1]])
    )
