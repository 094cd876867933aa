"""A descriptor read before its person is named is a guess, and gives no second identity (round alarm16).

"Rhineland-Palatinate's interior minister said the damage … ran to 'several billion euros'"
names nobody; the extraction waits for a later name and may give the words to whoever is named
next ("Finance Minister Olaf Scholz said …", paragraphs on). The identity check
(:func:`.attribution_identity.identity_verdicts`) then read "finance" against "interior" as one
person's two roles. A descriptor mention that comes before every mention naming the person is
linked by that guess, not by the text, so it gives no role to set against the person's named one;
a descriptor after the name ("Scholz, the interior minister, said") still does.

Nor does a descriptor inside the person's own words: "Bordoloi said the Union Home Minister had
called him" speaks *of* a minister; a speaker who names a post in what they say names another
person (:func:`in_own_words`; the lead's sixteenth-session probe, where the extraction took the
minister for the chief minister who spoke).
"""

from __future__ import annotations

from factcheck.model import Report, Span, Speaker

__all__ = ["before_the_name", "in_own_words"]


def before_the_name(text: str, speaker: Speaker, mention: Span) -> bool:
    """True when ``mention`` starts before every mention of ``speaker`` that holds a word of the
    speaker's name (compared lower case)."""
    name_words = {w.lower() for w in speaker.name.split() if len(w) > 1}
    named = [
        m.start
        for m in speaker.mentions
        if name_words & {w.strip(".,’'").lower() for w in text[m.start : m.end].split()}
    ]
    return bool(named) and mention.start < min(named)


def in_own_words(report: Report, speaker: Speaker, mention: Span) -> bool:
    """True when ``mention`` lies inside a piece of a quote ``speaker`` is given: what a person
    says of "the Union Home Minister" is about someone else."""
    return any(
        q.speaker == speaker.id and any(p.start <= mention.start and mention.end <= p.end for p in q.pieces)
        for q in report.quotes
    )
