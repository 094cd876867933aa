"""Questions put to a speaker: "Asked whether he would run again, Ruiz said …", "… she said when
asked about the vote", "Asked by reporters if the deal was dead, …".

The question is an attribution of its own (kind "asked"): its content is the question, from the
word that opens it ("whether", "why", "about", …) to the comma or the sentence's end; its asker
is the one named after "by", else nobody the text names (a reporter, the writer).  The answer
that follows is read by the other readers, with its own speaker.
"""

from __future__ import annotations

import re

import attrs

from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.phrases import parse_phrase
from factcheck.first_chars import looking_first
from factcheck.model import Span
from factcheck.word_index import WordGate

#: The cue: "Asked" opening a sentence or after a quotation, "asked" after "when" or "being".
_ASKED = re.compile(r"\b[Aa]sked\b")
_ASKED = looking_first(_ASKED)  # same matches, tried only where one can start
_ASKED_GATE = WordGate(_ASKED)  # tried only in a sentence holding "asked"
#: What follows "asked" up to the question: an asker after "by", a time or manner, then the
#: question's opening word and the question itself, up to a comma or the sentence's end.
_QUESTION = re.compile(
    r"\s+(?:by\s+(?P<by>[^,;:“”\"]{2,60}?)\s+)?"
    r"(?:(?:on|at|in|during|last|this|earlier|later|recently|again|specifically|directly|repeatedly|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,;:“”\"]{0,40}?\s+)?"
    r"(?P<q>(?:whether|if|why|what|how|who|whom|which|where|about)\b[^,;:“”\"]{3,200}?)\s*(?=,|[.?!]\s*$|[?!]\s)"
)


@attrs.frozen
class Question:
    """A question put to someone: its words, the cue "asked", and the asker when named."""

    content: Span
    cue_span: Span
    asker: Phrase | None = None


def questions(text: str, sentence: Span) -> list[Question]:
    """The questions "asked" puts in one sentence, with no subject of its own before it."""
    found: list[Question] = []
    words = sentence.of(text)
    for cue in _ASKED.finditer(words) if _ASKED_GATE.may_match(text, sentence.start, sentence.end) else ():
        before = words[: cue.start()].rstrip()
        if cue.group()[0] == "A":
            if before.strip(" “\"'") and not before.endswith(("”", '"')):
                continue  # "Asked" inside a sentence is no opening
        elif not re.search(r"\b(?:when|being)$", before):
            continue  # "Ruiz asked whether …" has a subject: the other readers read it
        question = _QUESTION.match(words, cue.end())
        if question is None:
            continue
        at = sentence.start
        asker = None
        if question.group("by"):
            asker = parse_phrase(text, at + question.start("by"), at + question.end("by"))
        content = Span(at + question.start("q"), at + question.end("q"))
        found.append(Question(content, Span(at + cue.start(), at + cue.end()), asker))
    return found


#: A clause that opens on the question put to its speaker: not the speaker's words.
ASKED_OPENING = re.compile(r"\s*(?:[Ww]hen\s+)?[Aa]sked\b")
