"""A quotation after a beat: "Asked about Hollins, Mirza was more forthcoming. 'If they want …'".

Feature and sports writing often gives a quotation no verb of saying, only a sentence before it
in the same paragraph that describes how its speaker, named as that sentence's subject, was or
sounded ("Mirza was more forthcoming.", "Okafor was unrepentant."). The quotation is that
person's, not the last statement's before the paragraph (which was "Sir Graham declined to
comment.").  Read only when the paragraph opens with that sentence (an opening phrase up to a
comma allowed), its verb is a form of "be" or of seeming, and its subject is a person the article
has named in full.
"""

from __future__ import annotations

import re

from factcheck.extraction.phrases import parse_phrase
from factcheck.extraction.speakers import SpeakerRegistry
from factcheck.extraction.text import UPPER
from factcheck.model import Span

#: The beat: an optional opening phrase and comma, a name, a form of "be" or seeming, a short
#: predicate with no quotation mark, the sentence's end, then only space before the quotation.
BEAT = re.compile(
    r"\s*(?:[A-Z][^.,;:“”\"‘’]{0,80},\s+)?(?P<name>["
    + UPPER
    + r"][\w’'-]+(?:\s+["
    + UPPER
    + r"][\w’'-]+){0,2})"
    r"\s+(?:was|is|seemed|seems|sounded|sounds|looked|looks|remained|remains)\s+"
    r"[^.!?;:“”\"‘’\n]{1,60}[.!]\s+$"
)


def beat_speaker(text: str, registry: SpeakerRegistry, paragraph: Span, opening: int) -> str | None:
    """The speaker id of the person a beat opening ``paragraph`` names, for the quotation whose
    opening mark is at ``opening``; None when the paragraph does not open on such a beat."""
    beat = BEAT.fullmatch(text, paragraph.start, opening)
    if beat is None:
        return None
    name = beat.group("name")
    if not (registry.knows_surname(name.split()[-1]) or " " in name):
        return None
    phrase = parse_phrase(text, beat.start("name"), beat.end("name"))
    if phrase is None or phrase.kind != "person" or not phrase.name:
        return None
    if " " not in phrase.name and not registry.knows_surname(phrase.name):
        return None
    return registry.resolve(phrase, text)
