"""The quoted speaker a reported statement's descriptor names, when the extraction gave it to another
(round recall22).

The paraphrase check (:mod:`.attribution_paraphrase`) compares a reported statement with the
direct quotes of the speaker the extraction gave it.  When that speaker is wrong, the statement
is never compared with the quote a reader sets it against: "The minister told the briefing that
more than 350,000 candidates had passed" after "Basic Education Minister Angie Motshekga" was
quoted giving 334,718, with the descriptor given to a place named in between; "Professor Ho said
the university had taken in 7,100 freshmen" after "NUS provost Ho Teck Hua" was quoted giving
7,400, the one person read as two.  A careful reader takes the descriptor for the person the text
gave it to, and so does :func:`meant_by_mention`, within strict preconditions:

* **a post**: the statement's mention is "the <post>" (one to three lower-case words, "the
  minister", "the chief executive"), the speaker it was given holds no such post (neither name
  nor roles say the post's last word), and exactly one other speaker quoted directly, named
  before the statement, does: the post's last word ends one of its roles ("Basic Education
  Minister", "state minister for disaster management") with no word before it that makes it
  another post ("Prime Minister", "deputy minister", "vice president": :data:`OTHER_POST`), and
  every other word of the descriptor in that role ("the prime minister" is not "state minister");
* **a split name**: the mention is a title and a surname ("Professor Ho", "Mr McQueen"), given
  to nobody or to a speaker of that bare surname (the extraction left it unmerged), and exactly
  one other person quoted directly, named before, has that word in the name ("Ho Wei Ming") or
  right before or after it in a mention ("NUS provost Ho Teck Hua" given to "Teck Hua": the
  extraction cut one name in two), of the sex the title tells when both are known.

Verdicts on such a pair are at most ``warn``: the speaker is the text's descriptor, read by a
rule, not the extraction's.
"""

from __future__ import annotations

import re

from factcheck.model import Quote, Report, Speaker, SpeakerKind

__all__ = ["OTHER_POST", "meant_by_mention"]

#: A word before a post's noun that makes it another post: "the minister" is not the prime minister.
OTHER_POST = frozenset(
    """prime vice deputy assistant associate junior shadow former ex acting interim chief head
    senior lead first""".split()
)
_POST = re.compile(r"^(?:the|The)\s+((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)$")
_TITLED = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Judge|Justice|Senator|Sen|Rep|Gov|"
    r"Governor|Mayor|President|Minister|General|Gen|Colonel|Col|Captain|Capt|Chief|Inspector|"
    r"Superintendent|Father|Rabbi|Imam|Sheikh)\.?\s+)([A-Z][\w'’-]+)$"
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: The sex a title tells, set against a speaker's (soft) gender: "Mrs Smith" is not John Smith.
_TITLE_SEX = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
}


def _post_word_of(role: str, post: str) -> bool:
    """True when ``post``'s last word ends a phrase of ``role`` (before "for", "of", "in", a comma)
    that holds every other word of the post ("the state minister") and no word of
    :data:`OTHER_POST` the post does not say ("Prime Minister" is not "the minister")."""
    said = [w.lower() for w in post.split()]
    for phrase in re.split(r"\b(?:for|of|in|at|with|to)\b|[,;(]", role):
        words = [w.lower() for w in _WORD.findall(phrase)]
        if words and words[-1] == said[-1]:
            return set(said) <= set(words) and not (set(words[:-1]) - set(said)) & OTHER_POST
    return False


def _holds(speaker: Speaker, post: str) -> bool:
    """True when the speaker's name or any of its roles says the post's last word."""
    last = post.split()[-1].lower()
    said = " ".join((speaker.name, *speaker.roles)).lower()
    return last in {w.lower() for w in _WORD.findall(said)}


def meant_by_mention(report: Report, quote: Quote, quoted: set[str]) -> str | None:
    """The id of the one other directly quoted speaker (``quoted``) the reported statement's
    mention names by a post or a split name (preconditions in the module docstring), or None.
    The statement may have no speaker (unresolved, or left in doubt by the extraction)."""
    if quote.mention is None:
        return None
    text = report.document.text
    mention = " ".join(text[quote.mention.start : quote.mention.end].split())
    given = report.speaker(quote.speaker) if quote.speaker is not None else None
    others = [
        s
        for s in report.speakers
        if s.id != quote.speaker and s.id in quoted and any(m.end <= quote.span.start for m in s.mentions)
    ]
    post = _POST.match(mention)
    if post is not None:
        if given is not None and _holds(given, post.group(1)):
            return None  # the extraction gave it to a holder of the post
        found = [s for s in others if any(_post_word_of(role, post.group(1)) for role in s.roles)]
        return found[0].id if len(found) == 1 else None
    titled = _TITLED.match(mention)
    if titled is None:
        return None
    word = titled.group(1)
    if given is not None and given.name != word:
        return None  # the extraction gave it to a person of a fuller name: its reading stands
    sex = _TITLE_SEX.get(mention.split()[0].rstrip(".").lower())
    found = []
    for speaker in others:
        if speaker.kind is not SpeakerKind.PERSON or (sex and speaker.gender and speaker.gender != sex):
            continue
        if word in speaker.name.split():
            found.append(speaker)  # "Professor Ho" and "Ho Teck Hua" left as two people
            continue
        name = re.escape(speaker.name)
        split = re.compile(rf"(?:\b{re.escape(word)}\s+{name}|{name}\s+{re.escape(word)})\b")
        if any(split.search(text, m.start, m.end) for m in speaker.mentions):
            found.append(speaker)  # "Ho" cut from "NUS provost Ho Teck Hua" into the role
    return found[0].id if len(found) == 1 else None
