"""An attribution told inside the reported statement is no word of what was said (round recall22).

"In the meantime, Mr McQueen said, the number of summary trials scheduled across Scotland had
reached 20,500": the extraction's span of the reported statement runs from the sentence's start,
over the speaker's name and the verb of saying set in as an aside, to the end of what was said.
The paraphrase check (:mod:`.attribution_paraphrase`) scores a statement against a quote sentence
by the share of the statement's content words the sentence holds; the name ("McQueen") and the
lead-in ("In the meantime") are words no quote of the speaker repeats, so they lower the share and a
restatement of "We now have 18,450 summary trials scheduled" went unread.  :func:`said_part` gives
the part after the aside when the statement's span holds its own cue and mention set off by commas
("…, Mr McQueen said, …"); a statement whose cue stands outside it is left whole.
"""

from __future__ import annotations

from factcheck.model import Quote, Span

__all__ = ["said_part"]


def said_part(text: str, quote: Quote) -> Span:
    """The span of what a reported statement says: after its attribution when that stands inside
    the span as an aside between commas (", Mr McQueen said, "), else the whole span."""
    cue, mention = quote.cue_span, quote.mention
    if cue is None or mention is None or not (quote.span.contains(cue) and quote.span.contains(mention)):
        return quote.span
    end = max(cue.end, mention.end)
    start = min(cue.start, mention.start)
    before = text[quote.span.start : start].rstrip()
    after = text[end : quote.span.end]
    if not before.endswith(",") or not after.lstrip().startswith(","):
        return quote.span  # no aside set off by commas: the attribution is the statement's own frame
    rest = end + (len(after) - len(after.lstrip())) + 1
    rest += len(text[rest : quote.span.end]) - len(text[rest : quote.span.end].lstrip())
    return Span(rest, quote.span.end) if rest < quote.span.end else quote.span
