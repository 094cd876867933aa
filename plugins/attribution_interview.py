"""Whose voice a quotation with no cue is read in, when the headline gives one person's own words
(the ``attribution`` checker's speaker check, :func:`.attribution_speaker.nobody_could_name`).

An interview or a profile puts its subject's words in the headline, in quote marks and in the first
person, beside the subject's name: "‘I turned down the money and I’d do it again’: Imogen
Hartley-Voss on fame …", "Kasich: ‘We are going all the way to Cleveland’".  The body then quotes
the subject throughout, and after the first exchanges the writer often drops the cue: a paragraph
that is only "‘People assume I regret it. I genuinely don’t …’" is the subject's answer to a
reader, whom the headline has told who is speaking.  Such a quotation is not one "attributed to
nobody"; the checker says ``unknown`` with that reason instead of ``warn``.

Read only when every one of these holds: the headline holds words in quote marks that speak in the
first person ("I", "we", "my" …); it names, outside those marks, a person the body gives
statements to (a speaker, by full name or surname); and the quotation itself speaks in the first
person (a quotation about "he" or "they" may be anyone's).
"""

from __future__ import annotations

import re

from factcheck.model import Quote, SpeakerKind

from .attribution_context import Context
from .attribution_headline import HEADLINE_QUOTE

__all__ = ["FIRST_PERSON", "headline_voice"]

#: A speaker's own voice: "I", "I’m", "me", "my", "we", "us", "our".
FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|ll|d)|me|my|we|us|our|ours)\b", re.I)
#: A word of a name: letters, with hyphens and apostrophes inside ("Hartley-Voss", "O’Neill").
NAME_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def headline_voice(ctx: Context, quote: Quote) -> str | None:
    """The name of the person whose own first-person words the headline quotes, when the body gives
    them statements and ``quote`` speaks in the first person too (None otherwise)."""
    title = ctx.headline
    if title is None or not FIRST_PERSON.search(ctx.words(quote.span)):
        return None
    text = ctx.report.document.text
    marks = list(HEADLINE_QUOTE.finditer(text, title.start, title.end))
    if not any(FIRST_PERSON.search(m.group(1)) for m in marks):
        return None
    outside = text[title.start : title.end]
    for m in reversed(marks):  # blank the quoted words: the name must stand outside them
        start, end = m.start() - title.start, m.end() - title.start
        outside = outside[:start] + " " * (end - start) + outside[end:]
    words = set(NAME_WORD.findall(outside))
    for speaker in ctx.report.speakers:
        if speaker.kind is not SpeakerKind.PERSON:
            continue
        surname = speaker.surname or speaker.name.split()[-1]
        if surname in words:
            return speaker.name
    return None
