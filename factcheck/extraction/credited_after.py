"""A quotation credited by the sentence after it.

Wire and regional copy sometimes sets a quotation alone, as its own sentence or paragraph, and
names its speaker in the next sentence with a pointing word: "“…” This is according to Numsa
spokesperson Thandeka Ngcobo, who …" (a South African habit), "That was the verdict of Tuvalu's
chief negotiator, Losa Feleti, as …", "Those were the words of Mayor Ana Ruiz", "So said the
central bank's governor".  The pointing word takes up the quotation just before it; the person
after "of" / "according to" is its speaker.
"""

from __future__ import annotations

import re

from factcheck.extraction.cue_after import _speaker_after, named_after_post
from factcheck.extraction.labels import signature_below
from factcheck.extraction.reported import Attribution
from factcheck.model import Span

#: "This is according to", "That was the verdict of", "Those were the words of", "So said".
NEXT_SENTENCE_CREDIT = re.compile(
    r"[ \t]*\n?[ \t]*\n?[ \t]*(?P<cue>(?:This|That|These|Those)\s+(?:is|was|are|were)\s+(?:according\s+to|"
    r"the\s+(?:[a-z]+\s+){0,2}?(?:verdict|view|assessment|message|warning|words?|conclusion|reaction|response|"
    r"opinion|plea|argument|explanation)\s+of)|So\s+(?:said|says))\s+"
)


def credited_after(text: str, position: int) -> Attribution | None:
    """The attribution of a quotation that ends at ``position`` (after its closing mark) and ends
    its sentence, read from a next sentence that opens with a pointing credit; None otherwise."""
    match = NEXT_SENTENCE_CREDIT.match(text, position)
    if match is None:
        return None
    line_end = text.find("\n", match.end())
    end = line_end if line_end >= 0 else len(text)
    phrase = _speaker_after(text, match.end(), end)
    if phrase is None or phrase.kind == "pronoun":
        return None  # "This is according to him": nobody new is named; the reader above decides
    if phrase.kind == "descriptor" and text.startswith(",", phrase.span.end):
        # "That was the verdict of Tuvalu's chief negotiator, Losa Feleti, as …"
        named = named_after_post(text, phrase, phrase.span.end, end)
        if named is not None:
            phrase = named[0]
    cue = " ".join(match.group("cue").split()[-2:]).lower()
    return Attribution(phrase, cue, Span(match.start("cue"), match.end("cue")))


def credit_below(text: str, position: int) -> Attribution | None:
    """The attribution after a quotation that opens its sentence and has none of its own: a
    signature on the line below ("- Sanders.") or a pointing credit in the next sentence."""
    return signature_below(text, position) or credited_after(text, position)
