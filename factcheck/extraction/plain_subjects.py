"""A sentence opened by a group named by a plain plural noun, for a participle cue after a comma:
"The opposition parties walked out of the count, alleging that …", "On Tuesday, the unions' agents
left the talks, saying …".

:func:`~factcheck.extraction.cue_subjects._sentence_subject` reads a name or "the" + words up to a
person or body noun; a group of people named by a plural common noun ("parties", "agents",
"growers") is no name, so a participle cue after such a subject had no speaker and its clause was
dropped.  The group is an unnamed source: the phrase is anonymous, as "critics" or "officials" are; the
post's holder is the name after it.
"""

from __future__ import annotations

import re

from factcheck.extraction.apposed import name_apposed_after
from factcheck.extraction.cue_subjects import OPENING_PHRASE
from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.phrases import parse_phrase
from factcheck.spans import Span

#: Plural nouns for groups of people that the agent-noun shape ("growers", "residents") misses.
GROUP_PLURALS = frozenset(
    """parties agents members officials unions groups lawmakers legislators councillors councilors
    critics opponents campaigners protesters protestors activists families relatives neighbours
    neighbors villagers locals staff police authorities experts scientists economists analysts
    leaders ministers delegates senators voters parents teachers nurses doctors""".split()
)
_AGENT_PLURAL = re.compile(r"[a-z]{3,}(?:ers|ors|ists|ants|ents|ians)")
#: "the [possessor's] [up to three words] NOUN" and then a verb: a past tense, "had" or "have".
_GROUP_SUBJECT = re.compile(
    r"(?P<group>(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Tt]heir)\s+(?:[\w-]+(?:[’']s?)?\s+){0,3}?"
    r"(?P<noun>[a-z]+))\s+(?:had\s+|have\s+|also\s+|then\s+)?[a-z]+ed\b"
)


def group_subject(text: str, start: int, stop: int) -> Phrase | None:
    """The group of people that opens the sentence at ``start`` (before ``stop``), or None."""
    opening = OPENING_PHRASE.match(text, start, stop)
    if opening is not None:
        start = opening.end()  # "On Tuesday, the parties' agents walked out, …"
    m = _GROUP_SUBJECT.match(text, start, stop)
    if m is None:
        return None
    noun = m.group("noun")
    if noun not in GROUP_PLURALS and not _AGENT_PLURAL.fullmatch(noun):
        return None
    return Phrase(
        span=Span(m.start("group"), m.end("group")), kind="anonymous", name=m.group("group"), head=noun
    )


#: "The [up to four words] post," opening a sentence: a post in lower case before a comma.
_POST_SUBJECT = re.compile(r"(?P<post>(?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){0,4}?[a-z]+)(?=,)")


def plain_subject(text: str, start: int, stop: int) -> Phrase | None:
    """The subject opening the sentence at ``start`` when it is no name: the person named in
    apposition after a post ("The peace adviser, Ana Ruiz, …"), else a group (:func:`group_subject`)."""
    opening = OPENING_PHRASE.match(text, start, stop)
    at = opening.end() if opening is not None else start
    m = _POST_SUBJECT.match(text, at, stop)
    if m is not None:
        post = parse_phrase(text, m.start("post"), m.end("post"))
        if post is not None and post.kind == "descriptor":
            apposed = name_apposed_after(text, m.end("post"), stop)
            if apposed is not None and apposed.kind == "person":
                return apposed
    return group_subject(text, start, stop)
