"""A name joined by an ampersand is a firm's, never a person's.

"Fenwick & Daughters said …", "Marks & Spencer said …", "Procter & Gamble announced …": two
capitalised names joined by "&" name a business (a partnership, a family firm, a law firm), as
"Ltd" or "PLC" would. Read as a person, the firm's words went to no one, and "the company said"
later took up another body named after it.
"""

from __future__ import annotations

import re

import attrs

from factcheck.extraction.phrase_base import Phrase

__all__ = ["ampersand_body"]

#: Capitalised words joined by an ampersand, alone or inside a word ("AT&T", "Fenwick & Daughters").
_AMPERSAND = re.compile(r"[A-Z][\w’'.-]*\s*&\s*[A-Z]")
#: A couple, not a firm: "Mr & Mrs Hale said".
_COUPLE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s*&", re.I)


def ampersand_body(phrase: Phrase) -> Phrase:
    """The phrase read as a body when its name joins capitalised words by "&" (a person or an
    unnamed source before); any other phrase as it was."""
    name = phrase.name
    if not name or phrase.kind not in ("person", "anonymous") or not _AMPERSAND.search(name):
        return phrase
    if _COUPLE.search(name):
        return phrase
    return attrs.evolve(phrase, kind="organisation", head=None, role=None, pronoun=None)
