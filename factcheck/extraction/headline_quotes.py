"""A headline that opens with a quotation: "‘We were promised a road’: MP threatens to quit".

Sub-editors across the English-language press lead a headline with the words of someone the story
quotes, in marks, then a colon or a dash and what the story is about; a kicker may stand before
the marks ("Q&A: ‘We are not ready’").  The quotation is that person's, not the writer's: its
speaker is the one whose quotation in the body holds the same words, else the one person the rest
of the headline names ("‘We deserved more’ - Hartley frustrated as Rovers held").  A title in
marks ("‘Bloodline’ star …") has no colon or dash after it, and a quotation of one or two words
is a label, not a statement; neither is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.extraction.labels import KICKERS, SECTION_LABELS
from factcheck.extraction.speaker_entry import _Entry
from factcheck.model import Found, Quote, QuoteKind, Span, SpeakerKind

#: Optional kicker ("Q&A:", one of :data:`~factcheck.extraction.labels.KICKERS`), the quotation
#: in marks, then a colon or a spaced dash and more words, or the end of the headline after a kicker.
HEADLINE_QUOTATION = re.compile(
    r"(?P<kicker>[A-Z][\w&]{0,9}:\s+)?"
    r"(?P<open>[‘“'\"])(?P<words>(?:[^‘’“”\"]|’(?=\w)){3,160}?)(?P<close>[’”'\"])"
    r"(?:\s*:\s+(?P<rest>\S.*)|\s+[-–—]\s+(?P<dashed>\S.*)|\s*$)"
)
#: A word, for comparing a headline's quotation with the body's.
_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)?")


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _holds(body: list[str], words: list[str]) -> bool:
    """True when the body quotation's words hold the headline's, in order, as one run."""
    n = len(words)
    return any(body[i : i + n] == words for i in range(len(body) - n + 1))


def headline_quotation(text: str, title: Span | None) -> tuple[Span, str] | None:
    """The quotation a headline opens with (the span inside the marks) and the headline's words
    after it ("" when a kicker stands before it and nothing after), or None."""
    if title is None:
        return None
    match = HEADLINE_QUOTATION.fullmatch(title.of(text).strip())
    if match is None:
        return None
    rest = match.group("rest") or match.group("dashed")
    kicker = (match.group("kicker") or "").rstrip(": \t").upper()
    if kicker and kicker not in KICKERS and kicker not in SECTION_LABELS:
        return None  # "Kasich: ‘…’": a speaker before the colon, read as such a headline is
    if rest is None and not kicker:
        return None  # the whole headline in marks: no sign the words are someone's statement
    if len(_words(match.group("words"))) < 3:
        return None
    offset = title.start + len(title.of(text)) - len(title.of(text).lstrip())
    words = Span(offset + match.start("words"), offset + match.end("words"))
    return words, rest or ""


def headline_speaker(
    text: str, words: Span, rest: str, quotes: Iterable[Quote], entries: Iterable[_Entry]
) -> str | None:
    """Who speaks a headline's quotation: the speaker of a body quotation holding its words, else
    the one person whose last name the rest of the headline gives."""
    wanted = _words(words.of(text))
    for quote in quotes:
        if (
            quote.speaker is not None
            and quote.span.start > words.end
            and _holds(_words(quote.span.of(text)), wanted)
        ):
            return quote.speaker
    named = set(_words(rest))
    people = {
        e.id
        for e in entries
        if e.speaks and e.kind is SpeakerKind.PERSON and " " in e.name and _words(e.name)[-1] in named
    }
    return people.pop() if len(people) == 1 else None


def headline_quote(
    number: int, text: str, title: Span | None, quotes: list[Quote], entries: Iterable[_Entry]
) -> Quote | None:
    """The quote a headline opens with, numbered ``number``, or None (see the module's doc)."""
    found = headline_quotation(text, title)
    if found is None:
        return None
    words, rest = found
    if any(q.span.overlaps(words) for q in quotes):
        return None
    speaker = headline_speaker(text, words, rest, quotes, entries)
    return Quote(
        id=f"q{number}",
        span=words,
        kind=QuoteKind.DIRECT,
        cue=None,
        cue_span=None,
        speaker=speaker,
        mention=None,
        found=Found.CONTINUED if speaker is not None else Found.NONE,
        attribution="said",
        pieces=[words],
    )
