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

__all__ = ["past_or_participle", "told_with_same_verb"]

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


def told_with_same_verb(text: str, first: Figure, second: Figure) -> bool:
    """True when both figures stand right after one past verb ("recruited 4,000 …" and "recruited
    7,000 …"): one claim told twice, when the speaker and the counted noun are one too."""
    verb = _verb(text, first)
    return verb is not None and verb == _verb(text, second)
