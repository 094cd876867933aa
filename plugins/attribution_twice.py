"""One quoted sentence given to two people (the ``attribution`` checker's ``quoted-twice`` check):
"“We are being asked to buy the blueprints for a house before anyone has told us who is paying the
mortgage,” he said" after "Mayor Naheed Nenshi …", and the same words later after "Chabot summed up
the concerns of many residents".

News often quotes a striking line twice, in the lede and again further down; a slip in the
attribution of one of the two gives the same words to two people, and a reader cannot tell whose
they are.  Read only when all of these hold:

* two direct quotes, each with a speaker of kind person, hold one sentence of at least
  :data:`LEAST_WORDS` words with the same words (case, apostrophes and punctuation aside);
* the speakers are two people: different ids, sharing no name (a surname told twice is one person);
* neither quote's sentence, nor the writer's sentence the later quote closes, says the words are
  repeated or echoed ("echoing", "repeated", "quoting", "in the words of", "a joint statement",
  "both said"), nor names the other person by surname, as written (a speaker quoting another is
  quoting, not misattributed; "said" is no mention of Dr Said).  "As Adeyemi put it: “…”" gives
  the words to Adeyemi, so it is no echo (round para24).

``warn``, never ``fail``: two people may have used the same words (a slogan, a shared statement).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.model import Quote, QuoteKind, Span, SpeakerKind, Status, Verdict

from .attribution_context import Context, short

__all__ = ["LEAST_WORDS", "quoted_twice_verdicts"]

#: A quoted sentence is judged from this many words (fewer are a stock phrase or a slogan).
LEAST_WORDS = 8

_SENTENCE = re.compile(r"[^.!?…]+[.!?…]*")
_ECHO = re.compile(
    r"\b(?:echo(?:ed|ing|es)?|repeat(?:ed|ing|s)?|quot(?:ed|ing|es)|recit(?:ed|ing)|read\s+out|"
    r"in\s+the\s+words\s+of|borrow(?:ed|ing)|same\s+words|joint\s+statement|jointly|both\s+said)\b",
    re.I,
)


def _key(words: str) -> str:
    """Words as compared: lower case, straight apostrophes, one space, no punctuation."""
    return " ".join(re.findall(r"[\w'-]+", words.lower().replace("’", "'")))


def _around(text: str, span: Span) -> str:
    """The quote and the text of its paragraph around it (the writer's words that frame it)."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    return text[start : end if end != -1 else len(text)]


def quoted_twice_verdicts(ctx: Context) -> Iterator[Verdict]:
    """Warn where one quoted sentence is given to two people, under the conditions of this module."""
    report = ctx.report
    seen: dict[str, tuple[Quote, Span]] = {}
    warned: set[frozenset[str]] = set()
    for quote in report.quotes:
        if quote.kind is QuoteKind.INDIRECT or quote.speaker is None or ctx.in_title(quote.span):
            continue
        speaker = report.speaker(quote.speaker)
        if speaker is None or speaker.kind is not SpeakerKind.PERSON:
            continue
        for piece in quote.pieces or (quote.span,):
            yield from _sentences(ctx, quote, piece, seen, warned)


def _named_at(text: str, quote: Quote, surname: str) -> list[Span]:
    """Where the text names a quote's speaker: the mention and cue, and when the mention is no name
    ("he said"), the last time the speaker's surname stands before the quote."""
    spans = [s for s in (quote.mention, quote.cue_span) if s is not None]
    mention = text[quote.mention.start : quote.mention.end] if quote.mention else ""
    if surname and surname not in mention:
        at = text.rfind(surname, 0, quote.span.start)
        if at != -1:
            spans.append(Span(at, at + len(surname)))
    return spans


def _sentences(
    ctx: Context,
    quote: Quote,
    piece: Span,
    seen: dict[str, tuple[Quote, Span]],
    warned: set[frozenset[str]],
) -> Iterator[Verdict]:
    """The verdicts of one quoted piece's sentences against the sentences quoted before."""
    report = ctx.report
    text = report.document.text
    speaker = report.speaker(quote.speaker)
    if speaker is None:
        return
    words = ctx.words(piece)
    for match in _SENTENCE.finditer(words):
        key = _key(match.group(0))
        if len(key.split()) < LEAST_WORDS:
            continue
        here = Span(piece.start + match.start(), piece.start + match.end())
        first = seen.setdefault(key, (quote, here))
        other = report.speaker(first[0].speaker)
        if other is None or other.id == speaker.id or first[0].id == quote.id:
            continue
        names = {w.lower() for s in (speaker, other) for w in s.name.split() if len(w) > 2}
        mine = {w.lower() for w in speaker.name.split() if len(w) > 2}
        theirs = {w.lower() for w in other.name.split() if len(w) > 2}
        if not names or mine & theirs:
            continue  # one person named two ways
        framing = _around(text, quote.span) + " " + _around(text, first[0].span)
        if _ECHO.search(framing) or any(
            # a surname is matched as written ("Said", "Young"): the verb "said" names nobody
            re.search(rf"\b{re.escape(w)}\b", _around(text, q.span))
            for q, w in ((quote, other.surname), (first[0], speaker.surname))
            if w
        ):
            continue  # one speaker quoting or echoing the other
        pair = frozenset((first[0].id, quote.id))
        if pair in warned:
            continue
        warned.add(pair)
        yield Verdict(
            Status.WARN,
            f"the same words are quoted from {other.name} and from {speaker.name}: "
            f"'{short(match.group(0).strip(), 60)}'",
            details=(
                f"The article quotes '{match.group(0).strip()}' from {other.name} and again from "
                f"{speaker.name}; one of the two attributions may be wrong."
            ),
            evidence=[
                first[1],
                here,
                *_named_at(text, first[0], other.surname),
                *_named_at(text, quote, speaker.surname),
            ],
            data={"check": "quoted-twice", "speaker": speaker.id, "other": other.id, "quote": quote.id},
        )
