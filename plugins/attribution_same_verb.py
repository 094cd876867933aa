"""A figure the speaker's reported speech tells with the same verb and noun as the quote: "“We have
recruited 7,000 teachers in three years,” the governor said" … "In his speech, the governor said the
state had recruited 4,000 teachers since 2019, after dismissing more than 21,000 who failed a
competency test in 2017".

The paraphrase check compares a clause with a quote sentence when they share enough content words
(:data:`.attribution_rules.FIGURE_COVERAGE`); a reported statement that goes on into another event
("after dismissing …") shares too few of its words with the quote, though its figure is told with
the very verb and noun of the quote's.  A count told by one speaker with one verb and one counted
noun, in the quote and in the writer's report of the same speech, is one claim: the pair is compared
whatever else the clause says, its other preconditions kept (the same speaker, the same counted
noun, no other time in either clause: :func:`.attribution_times.times_apart`), and a difference is
``warn``, never ``fail`` (the two may still count over two spans of time the words leave unsaid).
"""

from __future__ import annotations

import re

from factcheck.model import Figure

__all__ = ["counting_verb", "past_or_participle", "told_with_same_verb"]

#: The verb right before a figure ("recruited 7,000", "have built 1,200", "had sold about 40,000").
_VERB_BEFORE = re.compile(r"\b([a-z]+)\s+$")
#: Past forms of common verbs of counting that do not end in -ed.
_IRREGULAR = frozenset(
    {
        "built",
        "spent",
        "sold",
        "paid",
        "lost",
        "cut",
        "hired",
        "made",
        "won",
        "bought",
        "grown",
        "gave",
        "given",
        "brought",
        "kept",
        "held",
        "taught",
        "sent",
        "found",
        "drew",
        "drawn",
        "met",
        "fed",
        "led",
    }
)


def past_or_participle(word: str) -> bool:
    """True for a lower-case past form ("recruited", "sold") or, with ``ing``, a participle
    ("cutting")."""
    return word.endswith(("ed", "ing")) or word in _IRREGULAR


def _verb(text: str, figure: Figure) -> str | None:
    match = _VERB_BEFORE.search(text, max(0, figure.span.start - 30), figure.span.start)
    if match is None:
        return None
    word = match.group(1)
    return word if word.endswith("ed") or word in _IRREGULAR else None


#: The passive told right after a figure and its noun ("3,000 shelters have been opened"): round recall22.
_PASSIVE_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,3}?(?:have|has|had|were|was|are|is)\s+(?:now\s+|already\s+|so\s+far\s+)?"
    r"been\s+([a-z]+)\b"
)


def _passive(text: str, figure: Figure) -> str | None:
    """The past verb of a passive right after the figure and up to three words of its noun
    ("Almost 3,000 shelters have been opened" -> "opened"), or None (round recall22)."""
    match = _PASSIVE_AFTER.match(text, figure.span.end, min(len(text), figure.span.end + 70))
    if match is None:
        return None
    word = match.group(1)
    return word if word.endswith("ed") or word in _IRREGULAR else None


def told_with_same_verb(text: str, first: Figure, second: Figure) -> bool:
    """True when both figures stand right after one past verb ("recruited 4,000 …" and "recruited
    7,000 …"), or one is told with it in the passive ("3,000 shelters have been opened" and "had
    opened more than 3,000 shelters", round recall22): one claim told twice, when the speaker and
    the counted noun are one too."""
    verbs = [_verb(text, f) or _passive(text, f) for f in (first, second)]
    return verbs[0] is not None and verbs[0] == verbs[1]


def counting_verb(text: str, figure: Figure) -> str | None:
    """The past verb a figure is told with: right before it ("had opened 1,600") or in the
    passive after it and its noun ("2,400 shelters have been inspected"); None when neither."""
    return _verb(text, figure) or _passive(text, figure)
