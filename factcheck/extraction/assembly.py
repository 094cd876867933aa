"""From quote drafts to the Report's quotes: pieces joined into one statement, the quote's
kind of attribution and how its speaker was found, words quoted inside reported speech folded
into it, titles nobody speaks left out.

The pipeline reads the text into drafts (:class:`QuoteDraft`); this module only assembles them.
"""

from __future__ import annotations

import re

import attrs

from factcheck.extraction.clause_cues import CLAUSE_KINDS
from factcheck.extraction.cue_words import CUE_KINDS, CUES, STANCE_KINDS
from factcheck.extraction.labels import LABEL_CUES
from factcheck.extraction.quotes import RawQuote
from factcheck.extraction.reported import MAX_SENTENCE, Attribution
from factcheck.model import Found, Quote, QuoteKind, Span
from factcheck.spans import SpanIndex


@attrs.define
class QuoteDraft:
    """A quotation read in a sentence, with its attribution and speaker once resolved."""

    raw: RawQuote
    sentence: Span
    paragraph: int
    kind: QuoteKind
    attribution: Attribution | None = None
    speaker: str | None = None
    continued: bool = False


FOUND_BY_PHRASE = {
    "pronoun": Found.PRONOUN,
    "descriptor": Found.DESCRIPTOR,
    "org-descriptor": Found.DESCRIPTOR,
}


def found_by(attribution: Attribution | None, speaker: str | None, continued: bool) -> Found:
    """How a quote's speaker was found, from the phrase that names it and whether it was carried over."""
    if speaker is None:
        return Found.NONE
    if attribution is not None and attribution.cue in LABEL_CUES:
        return Found.LABEL
    if continued or attribution is None:
        return Found.CONTINUED
    return FOUND_BY_PHRASE.get(attribution.phrase.kind, Found.EXPLICIT)


#: Small words a title leaves in lower case ("Talk Bernie to Me", "Super Lives of the Super Rich").
TITLE_SMALL_WORDS = frozenset("a an the and or but of to in on at for by with from as vs nor".split())


def a_title(text: str, draft: QuoteDraft) -> bool:
    """True for quoted words no one is said to speak that are written as a title: every word but
    the small ones capitalised, no sentence inside ("Super Lives of the Super Rich")."""
    quoted = draft.raw.inner.of(text)
    words = re.findall(r"[\w’'-]+", quoted)
    if len(words) < 2 or re.search(r"[.!?]\s+\S", quoted.strip()):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in words) and any(
        w.lower() not in TITLE_SMALL_WORDS for w in words[1:]
    )


def a_named_work(text: str, draft: QuoteDraft) -> bool:
    """True for a title in quote marks right after a possessive or a work's noun: a programme, a
    book or a film named with its owner (CNN's “State of the Union”, Trump's “The Art of the
    Deal”) or its kind ("his book, “…”"), no speech, whoever a cue after it names."""
    before = text[max(0, draft.raw.outer.start - 40) : draft.raw.outer.start].rstrip()
    owned = before.endswith(("'s", "’s"))
    return (owned or WORK_BEFORE.search(before) is not None) and a_title(text, draft)


#: A work's noun right before its title: "his 2002 book, “…”", "Tuesday’s episode of “…”", "the
#: civil rights anthem “…”", "a popular play called “…”" (never "entitled", which PolNeAR and news
#: writing use for an editorial's headline, the editorial's own words).
WORK_BEFORE = re.compile(
    r"\b(?:book|episode\s+of|show|program|programme|anthem|song|album|film|movie|series|documentary|"
    r"play|novel|memoir|slogan)(?:\s+(?:called|named))?,?$"
)


def make_quote(
    number: int,
    pieces: list[Span],
    kind: QuoteKind,
    attribution: Attribution | None,
    speaker: str | None,
    continued: bool,
    settled: dict[Span, str],
) -> Quote:
    """One quote from its pieces and attribution; a speaker the registry settled later is used
    when none was resolved where the quote stands."""
    if speaker is None and attribution is not None:
        speaker = settled.get(attribution.phrase.span)
    return Quote(
        id=f"q{number}",
        span=pieces[0].cover(pieces[-1]),
        kind=kind,
        cue=attribution.cue if attribution else None,
        cue_span=attribution.cue_span if attribution else None,
        speaker=speaker,
        mention=attribution.phrase.span if attribution else None,
        found=found_by(attribution, speaker, continued),
        attribution=attribution_kind(attribution),
        pieces=pieces,
    )


def fold_quoted_words(quotes: list[Quote]) -> list[Quote]:
    """A partial quote inside reported speech of the same speaker ("said his rival was in
    “serious trouble”") is part of that one attribution: it becomes the indirect quote's
    ``verbatim`` words, not a second quote.  Quotes are numbered again in order."""
    indirect = SpanIndex([q for q in quotes if q.kind is QuoteKind.INDIRECT], lambda q: q.span)
    folded: dict[str, list[Span]] = {}
    kept: list[Quote] = []
    for quote in quotes:
        if quote.kind is QuoteKind.PARTIAL:
            holder = next(
                (
                    h
                    for h in indirect.around(quote.span, MAX_SENTENCE)
                    if h.speaker == quote.speaker and any(p.contains(quote.span) for p in h.pieces)
                ),
                None,
            )
            if holder is not None:
                folded.setdefault(holder.id, []).append(quote.span)
                continue
        kept.append(quote)
    if not folded:
        return quotes
    return [
        attrs.evolve(q, id=f"q{number}", verbatim=sorted(folded.get(q.id, ())))
        for number, q in enumerate(kept, start=1)
    ]


def attribution_kind(attribution: Attribution | None) -> str:
    """The kind of attribution a cue makes ("said", "wrote", "believes", "found", "asked")."""
    if attribution is None:
        return "said"
    if attribution.kind is not None:
        return attribution.kind
    if attribution.cue in CUES:
        return CUE_KINDS.get(CUES[attribution.cue], "said")
    if attribution.cue in CLAUSE_KINDS:
        return CLAUSE_KINDS[attribution.cue]
    return STANCE_KINDS.get(attribution.cue.split(" ")[0], "said")


def same_cue(one: Attribution | None, other: Attribution | None) -> bool:
    """True when two pieces were attributed by the same cue in the text."""
    return one is not None and other is not None and one.cue_span == other.cue_span


def relations(drafts: list[QuoteDraft]) -> list[list[QuoteDraft]]:
    """Group quotation pieces that make one attribution: one speaker, one cue, one content.

    A quotation split by its attribution (``“…,” she said. “…”``) and the quoted sentences that
    carry on after it in the same paragraph are pieces of one statement.  Pieces join when they
    follow each other in one paragraph, are quotations (not partial quotes inside a clause) and
    are attributed by the same cue; a quotation that runs on into the next paragraph joins the
    piece it continues.
    """
    groups: list[list[QuoteDraft]] = []
    for draft in drafts:
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and draft.kind is QuoteKind.DIRECT
            and last.kind is QuoteKind.DIRECT
            and (
                (draft.paragraph == last.paragraph and same_cue(draft.attribution, last.attribution))
                or (last.raw.continues and draft.raw.continued and draft.speaker == last.speaker)
            )
        ):
            groups[-1].append(draft)
        else:
            groups.append([draft])
    return groups
