"""Whose statement "the statement" is: the person or body the text says made it ("Ganye … said in
a statement that …", "In a statement released Tuesday, Cumberland Health said …", "Obama released
a statement condemning …"), whom a later "“…,” the statement said" means.

Press statements are quoted twice in news: first credited to their author, then by the document
itself ("the statement said", "the message read"). The document's noun pointed to no one, or to the
last body in view (an agency quoted in between). The registry remembers the author per noun, as
it does for reports (:mod:`~factcheck.extraction.report_owner`).
"""

from __future__ import annotations

import re

from factcheck.model import Span

__all__ = ["STATEMENT_REACH", "statement_made"]

#: How far (in characters) after its author's credit "the statement" still means that author: a
#: few paragraphs ("The company confirmed …. …, the statement added" is no statement credited
#: pages before).
STATEMENT_REACH = 1200

#: A statement's nouns; "the statement" and "the message" point back to the author.
_NOUN = r"(?:[\w-]+\s+){0,2}(?P<noun>statement|message)\b"
#: An aside after the name ("Ganye, who had governed the state since 2012,") may stand before.
_ASIDE = r"(?:,[^.;:“”\"]{0,160}?,)?"
#: After the author's name: "said in a statement", "wrote in an emailed statement", "released a
#: statement", "issued a three-sentence statement".
_AFTER = re.compile(
    _ASIDE + r"\s+(?:(?:also|later|on\s+\w+|\w+day|earlier|then)\s+)?"
    r"(?:(?:said|says|added|wrote|stated|announced|confirmed)\b[^.;:“”\"]{0,40}?\bin\s+an?"
    r"|(?:released|issued|provided|sent|put\s+out|posted)\s+(?:a|an|its))\s+" + _NOUN
)
#: Before the author's name, opening the sentence: "In a statement released Tuesday, X said".
_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)In\s+an?\s+" + _NOUN + r"[^.;:“”\"]{0,60},\s+(?:the\s+)?$")


def statement_made(text: str, span: Span) -> str | None:
    """The noun ("statement", "message") of a statement the name at ``span`` is said to have made
    in its sentence, else None."""
    after = _AFTER.match(text, span.end)
    if after is not None:
        return after["noun"]
    before = _BEFORE.search(text, max(0, span.start - 120), span.start)
    return before["noun"] if before is not None else None
