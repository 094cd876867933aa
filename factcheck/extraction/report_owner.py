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

__all__ = ["WORK_BY", "WORK_DONE", "work_by", "work_done", "work_noun"]

#: "a (new) report by|from X (and a partner)": the document's noun and its author.
WORK_BY = re.compile(
    r"^(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:new|latest|annual|recent|joint|fresh)\s+)?"
    r"(?P<noun>report|study|survey|analysis|review|audit|assessment)\s+"
    r"(?:(?:published|released|issued|commissioned|conducted|compiled)\s+(?:(?:on|this|last)\s+\w+\s+)?)?"
    r"(?:by|from)\s+(?:the\s+)?"
    r"(?P<owner>[A-Z][\w&.'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.'’-]*){0,6})"
    r"(?:\s+and\s+(?:a|an|its|their|other|several|two|three)\s+[a-z][\w\s-]{0,50})?$"
)


def work_by(words: str) -> tuple[str, str] | None:
    """The document's noun and its author's name in "a new report by Oxfam South Africa and a
    local partner organisation", or None for other words."""
    found = WORK_BY.match(words.strip())
    return (found["noun"], found["owner"]) if found is not None else None


#: What the author of a work does, right after the author's name: "The Washington Post analysed
#: 1,200 records", "Gallup polled 1,000 adults", "the college conducted a survey of": the verb's
#: noun (or the work named after it) is the document a later "the analysis" refers to.
WORK_DONE = re.compile(
    r"\s+(?:(?:has|had|have|also|recently|last\s+\w+)\s+){0,2}"
    r"(?:(?P<verb>surveyed|polled|analy[sz]ed|studied|reviewed|audited|assessed)\b"
    r"|(?:conducted|carried\s+out|published|released|issued|compiled)\s+(?:a|an|its)\s+"
    r"(?:(?:new|recent|national|annual|joint|detailed|\w+-\w+)\s+){0,2}"
    r"(?P<noun>report|study|survey|analysis|review|audit|assessment|poll)\b)"
)
_VERB_NOUN = {
    "surveyed": "survey",
    "polled": "poll",
    "analysed": "analysis",
    "analyzed": "analysis",
    "studied": "study",
    "reviewed": "review",
    "audited": "audit",
    "assessed": "assessment",
}


def work_done(text: str, end: int) -> str | None:
    """The document's noun when the name ending at ``end`` is followed by what an author of a work
    does ("Gallup polled …" gives "poll", "the trust published a report" gives "report"), else
    None."""
    found = WORK_DONE.match(text, end)
    if found is None:
        return None
    return found["noun"] or _VERB_NOUN[found["verb"]]


def work_noun(words: str) -> str:
    """The last word of a phrase, lower-cased: the work of "The new survey" ("survey"), which the
    phrase keeps in its words though a document's head is read as "report"."""
    return words.rsplit(None, 1)[-1].strip(".,;:").lower() if words.strip() else ""
