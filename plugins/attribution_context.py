"""The ``attribution`` checker's view of a report: look-ups every check needs, built once."""

from __future__ import annotations

import bisect
import re

import attrs

from factcheck.model import Figure, Report, Span, Speaker, SpeakerKind

from .attribution_rules import content_words

__all__ = ["HEADLINE_WORDS", "Context", "short"]

#: A first line read as a headline has at most this many words.
HEADLINE_WORDS = 25


@attrs.frozen
class Context:
    """A report with the look-ups every check needs, each built once per report.

    The figures are kept sorted by start so the figures inside a span are found by
    bisection; content words of a span are worked out once.
    """

    report: Report
    claim_of_quote: dict[str, str]
    title: Span | None
    _figure_order: list[int] = attrs.field(factory=list, eq=False, repr=False)
    _figure_starts: list[int] = attrs.field(factory=list, eq=False, repr=False)
    _figures_memo: dict[Span, tuple[Figure, ...]] = attrs.field(factory=dict, eq=False, repr=False)
    _words_memo: dict[Span, tuple[str, ...]] = attrs.field(factory=dict, eq=False, repr=False)
    _people: list[tuple[frozenset[str], list[int]]] = attrs.field(factory=list, eq=False, repr=False)
    _marked: list[tuple[list[Span], list[int]]] = attrs.field(factory=list, eq=False, repr=False)
    _lower: list[frozenset[str]] = attrs.field(factory=list, eq=False, repr=False)

    @classmethod
    def of(cls, report: Report) -> Context:
        """Index ``report``."""
        claims = {c.quote: c.id for c in report.claims if c.quote is not None}
        figures = report.figures
        order = sorted(range(len(figures)), key=lambda i: figures[i].span.start)
        return cls(report, claims, report.document.title_span, order, [figures[i].span.start for i in order])

    @property
    def headline(self) -> Span | None:
        """The headline: the extractor's title, else the first line when it reads as one
        (3 to 25 words standing alone above a blank line, as archives print a headline with a full stop)."""
        if self.title is not None:
            return self.title
        text = self.report.document.text
        start = len(text) - len(text.lstrip())
        end = text.find("\n", start)
        after = text.find("\n", end + 1)
        if end < 0 or text[end + 1 : after if after >= 0 else len(text)].strip():
            return None
        line = text[start:end].rstrip()
        if not 3 <= len(line.split()) <= HEADLINE_WORDS or line[:1] in "\"“‘'":
            return None
        return Span(start, start + len(line))

    def words(self, span: Span) -> str:
        """The words of a span, on one line."""
        return " ".join(self.report.words(span).split())

    def speaker_label(self, speaker: Speaker | None) -> str:
        """A speaker's name with the first role the article gives ("Ann Lee (Foreign Minister)")."""
        if speaker is None:
            return "nobody"
        return f"{speaker.name} ({speaker.role})" if speaker.role else speaker.name

    def in_title(self, span: Span) -> bool:
        """True when the span lies in the headline."""
        return self.title is not None and self.title.contains(span)

    def figures_in(self, span: Span) -> list[Figure]:
        """The figures inside a span, in the report's order."""
        found = self._figures_memo.get(span)
        if found is None:
            figures = self.report.figures
            # a figure inside the span starts inside it
            low = bisect.bisect_left(self._figure_starts, span.start)
            high = bisect.bisect_right(self._figure_starts, span.end)
            inside = sorted(i for i in self._figure_order[low:high] if span.contains(figures[i].span))
            found = self._figures_memo[span] = tuple(figures[i] for i in inside)
        return list(found)

    def content(self, span: Span) -> tuple[str, ...]:
        """The distinct :func:`content_words` of the words of a span, in order, worked out once."""
        found = self._words_memo.get(span)
        if found is None:
            found = self._words_memo[span] = tuple(dict.fromkeys(content_words(self.words(span))))
        return found

    def people(self) -> tuple[frozenset[str], list[int]]:
        """The last words of the names of the people the report knows (entities and speakers of
        kind person) and the sorted starts of all their mentions, built on the first call."""
        if not self._people:
            people = [
                s for s in (*self.report.entities, *self.report.speakers) if s.kind is SpeakerKind.PERSON
            ]
            surnames = frozenset(p.name.split()[-1] for p in people if p.name.split())
            self._people.append((surnames, sorted(m.start for p in people for m in p.mentions)))
        return self._people[0]

    def lower_case_words(self) -> frozenset[str]:
        """The words the text writes in lower case somewhere (built on the first call): a capitalised
        word among them ("Outside", "National") is no name."""
        if not self._lower:
            text = self.report.document.text
            self._lower.append(frozenset(re.findall(r"\b[a-z][a-z'’-]*\b", text)))
        return self._lower[0]

    def marked_quotes(self) -> tuple[list[Span], list[int]]:
        """The spans of the direct and partial quotes in order, with the running maximum of their
        ends (so the quotes reaching past an offset are found by bisection), built once."""
        if not self._marked:
            spans = sorted(q.span for q in self.report.quoted())
            reach: list[int] = []
            for span in spans:
                reach.append(max(reach[-1], span.end) if reach else span.end)
            self._marked.append((spans, reach))
        return self._marked[0]


def short(words: str, limit: int = 70) -> str:
    """``words`` cut to ``limit`` characters with an ellipsis."""
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"
