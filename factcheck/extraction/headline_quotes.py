"""A quotation in the headline that the body quotes again: "‘We are running out of people’:
Ukrainian troops brace for …" over a body that has the commander say “We are running out of
people. …”, or "Ben-Ami tells cabinet Israel ‘will not be bound’" over "… would “not be bound” by
any deal".

Headlines of wires and of English-language sites abroad lead with a few words of the story's
main quotation, in single or double marks, and credit them nowhere in the headline itself.  The
words are that speaker's: the headline gets a quote with the speaker, cue and mention of the
body quote that repeats them (four words or more, all but one of them as one
run of the body quote's words).
"""

from __future__ import annotations

import re

import attrs

from factcheck.model import Found, Quote, QuoteKind, Span

#: A quotation in a headline: in double marks, or in single marks that no letter touches outside
#: (not an apostrophe: "Trump’s ‘incredibly hateful’ rhetoric").
TITLE_QUOTE = re.compile(
    r"[“\"](?P<double>[^“”\"\n]{6,200}?)[”\"]|(?<![\w’'])[‘'](?P<single>[^‘’'\n]{6,200}?)[’'](?![\w’'])"
)
_WORD = re.compile(r"[^\W_][\w’'-]*")
#: The fewest words of a headline quotation read against the body.
MIN_WORDS = 4


def headline_quotes(text: str, title: Span, quotes: list[Quote]) -> list[Quote]:
    """A quote for each quotation of the headline that no quote covers and that a body quote with
    a speaker repeats, credited as that body quote (the first that repeats it)."""
    out: list[Quote] = []
    for match in TITLE_QUOTE.finditer(text, title.start, title.end):
        group = "double" if match.group("double") is not None else "single"
        span = Span(match.start(group), match.end(group))
        words = [w.lower() for w in _WORD.findall(span.of(text))]
        if len(words) < MIN_WORDS or any(q.span.overlaps(span) for q in quotes):
            continue
        source = next(
            (
                q
                for q in quotes
                if q.speaker is not None
                and q.span.start >= title.end
                and _repeats(words, [w.lower() for w in _WORD.findall(q.span.of(text))])
            ),
            None,
        )
        if source is not None:
            out.append(
                attrs.evolve(
                    source,
                    span=span,
                    pieces=(span,),
                    kind=QuoteKind.DIRECT,
                    found=Found.CONTINUED,
                    verbatim=(),
                )
            )
    return out


def _repeats(words: list[str], body: list[str]) -> bool:
    """True when the body's words hold the headline's words as one run (from four words, all
    but one of them: "will not be bound" in "would not be bound")."""
    need = len(words) if len(words) < 4 else len(words) - 1
    runs = {tuple(words[i : i + need]) for i in range(len(words) - need + 1)}
    return any(tuple(body[j : j + need]) in runs for j in range(len(body) - need + 1))
