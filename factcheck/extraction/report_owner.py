"""Whose report "the report" is: the author named with it first ("according to a new report by
Oxfam South Africa and a local partner organisation, … The report found …").

NGO and UN news items credit a report to its author once, then go on with "the report found",
"the study says". The author's name after "by" or "from" was read only when it ended the phrase
("a survey by the Getúlio Vargas Foundation"), and "the report" then went to a body named later
(the department the report calls on). Here the author may be followed by a co-author in lower
case ("and a local partner organisation"), and the registry remembers, per document noun, whose
work was met last: a later "the report" (or "the study", "the survey") is that author's.
"""

from __future__ import annotations

import re

__all__ = ["WORK_BY", "work_by"]

#: "a (new) report by|from X (and a partner)": the document's noun and its author.
WORK_BY = re.compile(
    r"^(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:new|latest|annual|recent|joint|fresh)\s+)?"
    r"(?P<noun>report|study|survey|analysis|review|audit|assessment)\s+"
    r"(?:(?:published|released|issued|commissioned|conducted|compiled)\s+(?:(?:on|this|last)\s+\w+\s+)?)?"
    r"(?:by|from)\s+(?:the\s+)?"
    r"(?P<owner>[A-Z][\w&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.-]*){0,6})"
    r"(?:\s+and\s+(?:a|an|its|their|other|several|two|three)\s+[a-z][\w\s-]{0,50})?$"
)


def work_by(words: str) -> tuple[str, str] | None:
    """The document's noun and its author's name in "a new report by Oxfam South Africa and a
    local partner organisation", or None for other words."""
    found = WORK_BY.match(words.strip())
    return (found["noun"], found["owner"]) if found is not None else None
