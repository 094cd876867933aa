"""Self-reported figures: a figure whose only origin is the party it concerns.

Part of the ``sources`` plugin: ``info`` for a figure about a country whose every cited origin
(or, with none, whose speaker) is an official of that country (docs/sources.md).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from factcheck import Report, Source, SourceRole, Span, Status, Verdict
from factcheck.first_chars import looking_first

from .sources_cited import sentence_spans
from .sources_quotes import _QuoteIndex, _speaker_of

_COUNTRIES: dict[str, tuple[str, ...]] = {
    "Russia": ("Russia", "Russian", "Russians", "Moscow", "Kremlin"),
    "Ukraine": ("Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev"),
    "China": ("China", "Chinese", "Beijing"),
    "United States": ("United States", "U.S.", "US", "American", "Americans", "Washington"),
    "United Kingdom": ("United Kingdom", "Britain", "British", "UK", "London"),
    "France": ("France", "French", "Paris"),
    "Germany": ("Germany", "German", "Germans", "Berlin"),
    "Turkey": ("Turkey", "Turkish", "Ankara"),
    "Iran": ("Iran", "Iranian", "Iranians", "Tehran"),
    "Israel": ("Israel", "Israeli", "Israelis"),
    "Syria": ("Syria", "Syrian", "Syrians", "Damascus"),
    "India": ("India", "Indian", "Indians", "New Delhi"),
    "Belarus": ("Belarus", "Belarusian", "Minsk"),
    "Saudi Arabia": ("Saudi Arabia", "Saudi", "Riyadh"),
    "North Korea": ("North Korea", "North Korean", "Pyongyang"),
}


_OFFICIAL = re.compile(
    r"\b(?:minist(?:er|ry)|official|diplomat|spokes(?:man|woman|person)|government|president|premier|"
    r"prime minister|ambassador|governor|mayor|police|general|commander|agenc(?:y|ies)|authorit(?:y|ies)|"
    r"office|service|department|prosecutor|kremlin)\b",
    re.I,
)


_COUNTRY_OF = {name: country for country, names in _COUNTRIES.items() for name in names}


# One pass over the words finds every name; longer names first, so "North Korean" is not
# cut to "North Korea" (no name starts inside another, so no mention is lost to overlap).
_COUNTRY_NAME = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(n) for n in sorted(_COUNTRY_OF, key=lambda n: (-len(n), n)))
    + r")(?!\w)"
)
_COUNTRY_NAME = looking_first(_COUNTRY_NAME)  # same matches, tried only where one can start


def _countries(words: str) -> set[str]:
    """The countries ``words`` name (by country, people, capital or seat of government)."""
    return {_COUNTRY_OF[m.group()] for m in _COUNTRY_NAME.finditer(words)}


def _speaker_words(report: Report, speaker_id: str | None) -> str:
    speaker = report.speaker(speaker_id)
    if speaker is None:
        return ""
    parts = [speaker.name, speaker.role or "", speaker.organisation or "", *speaker.roles]
    parts.extend(report.words(m) for m in speaker.mentions)
    return " ".join(parts)


class _Sentences:
    """The sentences of one text, split once: which sentence holds a span, and the countries it names."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = sentence_spans(text)
        self.starts = [span.start for span in self.spans]
        self._countries: dict[Span, set[str]] = {}

    def holding(self, span: Span) -> Span | None:
        """The sentence that wholly contains ``span`` (None when it straddles two or none)."""
        index = bisect.bisect_right(self.starts, span.start) - 1
        if index >= 0 and self.spans[index].contains(span):
            return self.spans[index]
        return None

    def countries(self, sentence: Span) -> set[str]:
        """The countries ``sentence`` names (each sentence is scanned once)."""
        found = self._countries.get(sentence)
        if found is None:
            found = self._countries[sentence] = _countries(sentence.of(self.text))
        return found


def _self_reported(report: Report) -> Iterator[Verdict]:
    sentences = _Sentences(report.document.text)
    quote_index = _QuoteIndex(report)
    origins_of: dict[str, list[Source]] = {}
    for source in report.sources:
        if source.role is SourceRole.ORIGIN:
            for figure_id in dict.fromkeys(source.figures):
                origins_of.setdefault(figure_id, []).append(source)
    for figure in report.figures:
        origins = origins_of.get(figure.id, [])
        sentence = sentences.holding(figure.span)
        if sentence is None:
            sentence = figure.span
        concerns = _countries(report.words(figure.unit_span) if figure.unit_span else figure.unit or "")
        if not concerns:
            concerns = sentences.countries(sentence)
        if not concerns:
            continue
        parties: list[tuple[str, Span | None]] = []
        if origins:
            for origin in origins:
                words = origin.name + " " + _speaker_words(report, origin.via)
                if not (_countries(words) & concerns and _OFFICIAL.search(words)):
                    break
                parties.append((origin.name, origin.span))
            if len(parties) != len(origins):
                continue
        else:
            speaker = _speaker_of(quote_index, figure.span)
            words = _speaker_words(report, speaker)
            if not speaker or not (_countries(words) & concerns and _OFFICIAL.search(words)):
                continue
            person = report.speaker(speaker)
            parties.append((person.name if person else speaker, None))
        country = ", ".join(sorted(concerns))
        claim = next((c.id for c in report.claims if figure.id in c.figures), None)
        names = "; ".join(name for name, _ in parties)
        via = {s.via for s in origins if s.via}
        via_names = ", ".join(p.name for v in via if (p := report.speaker(v)) is not None)
        evidence = [figure.span, *(span for _, span in parties if span is not None)]
        yield Verdict(
            Status.INFO,
            f"self-reported: {report.words(figure.span)!r} comes only from {names}"
            + (f" (via {via_names})" if via_names else "")
            + f", an interested party ({country})",
            claim=claim,
            details=f"The only origin the article gives for {report.words(figure.span)!r} is the side the "
            f"figure concerns ({country}); look for an independent source.",
            evidence=sorted(set(evidence)),
            data={
                "check": "self-reported",
                "figure": figure.id,
                "origins": [s.id for s in origins],
                "country": sorted(concerns),
            },
        )
