"""Built-in checker plugin ``sources``: who published an article, and whom it cites.

Annotation (``factcheck_annotate``):

* tags the publisher source with what the source registry's lists say of it
  (state affiliation, reliability), each tag naming its list and date; a wire
  agency named in a dateline of a copy republished elsewhere becomes a second
  publisher source;
* finds the bodies cited as the origin of claims and figures ("according to the
  health ministry", "data from the statistics office show", "a report by Amnesty
  International", "Russian law enforcement agencies currently possess
  information about ...") and the venues where things were said ("at the OSCE
  conference on counter-terrorism"), links each figure in the same sentence to
  its origin, and records the speaker through whom an origin inside a quote is
  cited (``Source.via``).

The ``sources`` checker turns that into verdicts (``data["check"]`` is ``publisher``
or ``self-reported``): ``info`` per publisher tag, ``unknown`` for a publisher found
but in no list, no verdict when the text names no publisher (nothing a reader needs),
and ``info`` for a figure whose only origin is the party it concerns (self-reported).
A wire credited without "By" ("(AP) —", "Dec 29 (Reuters) -", a line "AP") is the
publisher when the extractor found none.  docs/sources.md has each precondition.
"""

from __future__ import annotations

import bisect
import functools
import os
import re
import weakref
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import attrs

from factcheck import Checker, Report, Source, SourceRole, Span, Status, Tag, Verdict, hookimpl
from factcheck.extraction.text import SpanIndex
from factcheck.model import Figure
from factcheck.registry import REGISTRY_ENV, Match, Registry, registry_for
from factcheck.sentences import sentences

from .sources_wire import WIRES, find_wire_credit, wires_beside, with_url_publisher, with_wire_credit

if TYPE_CHECKING:
    from factcheck.manager import FactcheckPluginManager

__all__ = [
    "WIRES",
    "CitedSource",
    "factcheck_annotate",
    "factcheck_checkers",
    "find_cited_sources",
    "find_wire_credit",
    "sentence_spans",
    "use_registry",
]

# ------------------------------------------------------------------ registry access

_override: list[Registry] = []


def use_registry(registry: Registry | None) -> None:
    """Make the plugin use ``registry`` (None: back to bundled + $FACTCHECK_REGISTRY + plugins)."""
    _override.clear()
    if registry is not None:
        _override.append(registry)


#: Registries built for each plugin manager, keyed by what changes them: the enabled plugins'
#: names and ``$FACTCHECK_REGISTRY``.  Weak keys, so a finished manager takes its registry along.
_BUILT: weakref.WeakKeyDictionary[FactcheckPluginManager, dict[tuple[tuple[str, ...], str], Registry]] = (
    weakref.WeakKeyDictionary()
)


def _registry() -> Registry:
    """The registry for the check under way: its plugin manager's entries, user files, bundled lists.

    Built once per manager (and plugin set and ``$FACTCHECK_REGISTRY``), so ``-p`` plugins'
    ``factcheck_source_entries`` count and ``--disable`` leaves out a blocked plugin's entries.
    """
    if _override:
        return _override[0]
    from factcheck.manager import current_plugin_manager

    pm = current_plugin_manager()
    env = os.environ.get(REGISTRY_ENV, "")
    names = tuple(sorted(name for name, plugin in pm.list_name_plugin() if plugin is not None))
    key = (names, env)
    per_manager = _BUILT.setdefault(pm, {})
    registry = per_manager.get(key)
    if registry is None:
        files = [p for p in env.split(os.pathsep) if p.strip()]
        registry = registry_for(pm, files)
        per_manager.clear()  # only the newest plugin set of a manager is worth keeping
        per_manager[key] = registry
    return registry


def _lookup(registry: Registry, source: Source, url: str | None) -> Match:
    by_name = registry.lookup(name=source.name)
    if url and source.role is SourceRole.PUBLISHER and source.id == "s1":
        by_url = registry.lookup(url=url)
        if by_url.found:
            return by_url
    if not by_name.found and "." in source.name and " " not in source.name:
        return registry.lookup(url=source.name)
    return by_name


# ------------------------------------------------------------------ sentences

#: A stretch of text between blank lines (lines holding nothing but spaces count as blank).
_BLOCK = re.compile(r"\S(?:.*\S)?(?:[^\S\n]*\n[^\S\n]*\S(?:.*\S)?)*")


def sentence_spans(text: str) -> list[Span]:
    """Split ``text`` into sentence spans by the extractor's rules, a line break ending none by itself.

    Each stretch between blank lines is split by :func:`factcheck.sentences.sentences`
    as one paragraph, so a single line break ends a sentence only where end punctuation and a
    capital do.  Two things differ from :func:`~factcheck.sentences.split_sentences` on
    purpose.  Lines: a heading line that names the origin, such as "According to the Health
    Ministry, new cases by region:", holds the rows of figures under it, so the rows are cited
    from it.  Quotations: each quoted sentence is a sentence (``whole_quotes=False``), so in
    "According to the ministry, 300 died. We fear 2,000 more are missing," the governor said,
    the governor's own 2,000 is not cited from the ministry.

    The split of the last texts is remembered: the annotation and the checker both need it.
    """
    return list(_sentence_spans(text))


@functools.lru_cache(maxsize=2)
def _sentence_spans(text: str) -> tuple[Span, ...]:
    return tuple(
        sentence
        for block in _BLOCK.finditer(text)
        for sentence in sentences(text, Span(*block.span()), whole_quotes=False)
    )


# ------------------------------------------------------------------ cited bodies

_HEAD = (
    r"(?i:ministry|ministries|office|agency|agencies|service|services|department|police|committee|"
    r"commission|bureau|organi[sz]ations?|institute|council|government|authorities|army|military|"
    r"court|bank|fund|watchdog|regulator|directorate|administration|prosecutors?|secretariat|"
    r"observatory|inspectorate|coast guard|statistics agency|statistics office)"
)
_ORG_WORDS = {
    "international",
    "watch",
    "organization",
    "organisation",
    "agency",
    "ministry",
    "office",
    "service",
    "institute",
    "bank",
    "fund",
    "commission",
    "council",
    "committee",
    "nations",
    "union",
    "forces",
    "force",
    "police",
    "foundation",
    "centre",
    "center",
    "network",
    "bureau",
    "department",
    "authority",
    "court",
    "program",
    "programme",
    "observatory",
    "monitor",
    "federation",
    "association",
    "party",
    "university",
    "statistics",
    "rosstat",
}
_CAP = r"[A-Z][\w’'\-]*(?:\.(?=[A-Z\s])[A-Z]?)*"  # "Amnesty", "U.N." (a full stop inside initials)
_NAMED = rf"{_CAP}(?:\s+(?:of\s+|for\s+|the\s+|and\s+|on\s+)*{_CAP}){{0,6}}"
_COMMON = (
    rf"(?:(?:[\w’'\-]+|(?:[A-Z]\.){{2,3}})\s+){{0,4}}?{_HEAD}(?:\s+{_HEAD})*"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})*|\s+[A-Z]{{2,8}})?\b"
)
_BODY = rf"(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]|[Aa]n)\s+)?(?P<body>{_COMMON}|{_NAMED})"

_DOC_NOUN = (
    r"(?:reports?|study|studies|survey|analysis|statement|investigation|census|estimates?|assessment|review)"
)
_DATA_NOUN = r"(?i:data|figures|statistics|numbers|estimates|records|a tally|a count)"
_CUES: list[tuple[str, re.Pattern[str]]] = [
    (
        "according to",
        re.compile(
            rf"\b[Aa]ccording\s+to\s+(?:(?:a|an|the|new|latest|official|preliminary)\s+)*"
            rf"(?:(?:{_DOC_NOUN}|{_DATA_NOUN})\s+(?:by|from|of|released\s+by|published\s+by)\s+)?{_BODY}"
        ),
    ),
    (
        "report by",
        re.compile(
            rf"\b(?:[Aa]|[Aa]n|[Tt]he|[Nn]ew|[Ll]atest)\s+(?:[\w\-]+\s+){{0,2}}?{_DOC_NOUN}\s+"
            rf"(?:by|from|released\s+by|published\s+by)\s+{_BODY}"
        ),
    ),
    (
        "data from",
        re.compile(
            rf"\b{_DATA_NOUN}\s+(?:from|by|released\s+by|published\s+by|compiled\s+by|provided\s+by)\s+{_BODY}"
        ),
    ),
    (
        "body states",
        re.compile(
            rf"(?:^|(?<=[“\"‘(;])|(?<=\bthat\s)|(?<=,\s))[ \t]*{_BODY}\s+"
            r"(?:currently\s+|now\s+|also\s+|have\s+|has\s+)?"
            r"(?:possess(?:es)?\s+(?:information|data|evidence|records)|ha(?:s|ve)\s+(?:information|data|records|"
            r"evidence)|hold(?:s)?\s+(?:information|data|records)|estimat(?:e|es|ed)|recorded|registered|"
            r"counted|reported|documented|confirmed|put\s+the\s+(?:number|figure|toll)|"
            r"say|says|said|stated|told)\b",
            re.M,
        ),
    ),
]

#: What each cue's pattern cannot match without, as groups of words: every group must have one of
#: its words somewhere in the sentence (case as written: the parts these come from are case-sensitive
#: in the patterns).  A sentence without them is not run through the pattern: most sentences hold
#: no cue, and the patterns, tried at every character, are most of the cost of finding sources.
_CUE_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "according to": (("ccording",),),
    "report by": (
        ("by", "from"),
        tuple(
            "report stud survey analysis statement investigation census estimate assessment review".split()
        ),
    ),
    "data from": (("by", "from"),),
    "body states": (
        tuple(
            "possess has have hold estimat recorded registered counted reported documented confirmed put "
            "say said stated told".split()
        ),
    ),
}
_VENUE_NEEDS = tuple(
    "conference summit meeting forum session hearing briefing congress assembly symposium convention".split()
)


def _holds(words: str, needs: tuple[tuple[str, ...], ...]) -> bool:
    """True when ``words`` hold one word of every group of ``needs``."""
    return all(any(need in words for need in group) for group in needs)


_VENUE = re.compile(
    r"\b(?:at|during|on\s+the\s+sidelines\s+of)\s+(?P<venue>(?:the|a|an)\s+(?:[\w’'\-]+\s+){0,5}?"
    r"(?:conference|summit|meeting|forum|session|hearing|briefing|congress|assembly|symposium|convention)"
    r"(?:\s+(?:on|of)\s+[\w’'\-]+(?:\s+[\w’'\-]+){0,3}?)?)(?=[,.;:”\"]|\s+(?:in|on|at|that|where|when|and|with|"
    r"last|this|earlier)\b|\s*$)",
    re.M,
)

# Words that, when they begin a capitalised run, mean it is not a body's name.
_NOT_BODY_START = {
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "this",
    "that",
    "these",
    "those",
    "there",
    "but",
    "and",
}
# Person-like speakers ("the diplomat") are speakers, not bodies: a common phrase must end in a head noun.
_HEAD_RE = re.compile(rf"\b{_HEAD}\b", re.I)


@attrs.frozen
class CitedSource:
    """A body the text cites, or a venue: its name, role, the span of its words and the sentence."""

    name: str
    role: SourceRole
    span: Span
    sentence: Span
    cue: str


def _is_body(words: str) -> bool:
    """True when ``words`` name an organisation rather than a person, a thing or a back-reference.

    The phrase must end in an institutional word ("Amnesty International", "health
    ministry", "Indonesian authorities") or an acronym ("UNICEF"), or be "<body> of
    <Name>" ("National Institute of Geophysics").  A title and a name after it
    ("Central Bank Governor Gideon Gono") is a person; a bare "the agency" points
    back to a body named earlier and is left alone.
    """
    tokens = words.split()
    if not tokens or tokens[0].lower() in _NOT_BODY_START:
        return False
    last = tokens[-1].strip("’'").lower()
    if len(tokens) == 1 and tokens[0].islower() and last not in _BARE_BODIES:
        return False
    if last in _ORG_WORDS or _HEAD_RE.fullmatch(last) or re.fullmatch(r"[A-Z]{2,8}s?", tokens[-1]):
        return True
    if tokens[-1] == "Survey" and len(tokens) > 1:
        return True  # a body named a survey: "the U.S. Geological Survey", "Ordnance Survey"
    return bool(re.search(rf"\b{_HEAD}\s+(?:of|for)\s+(?:the\s+)?[A-Z]", words))


# A single lowercase head noun is a back-reference ("the agency said") except these,
# which name the body well enough on their own ("police said").
_BARE_BODIES = {"police", "authorities", "prosecutors", "government", "military", "army"}
_TRAILING_TIME = re.compile(
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))+$"
)


def _trim_body(text: str, start: int, end: int) -> tuple[int, int]:
    words = text[start:end].rstrip(" ,.;:’'")
    words = _TRAILING_TIME.sub("", words).rstrip(" ,.;:’'")
    return start, start + len(words)


def find_cited_sources(text: str) -> list[CitedSource]:
    """Every cited origin and venue in ``text``, in text order (one per mention)."""
    found: list[CitedSource] = []
    for sentence in sentence_spans(text):
        words = sentence.of(text)
        taken: list[Span] = []
        for cue, pattern in _CUES:
            if not _holds(words, _CUE_NEEDS[cue]):
                continue
            for match in pattern.finditer(words):
                start, end = _trim_body(words, match.start("body"), match.end("body"))
                body = words[start:end]
                if not _is_body(body):
                    continue
                span = Span(sentence.start + start, sentence.start + end)
                if any(span.overlaps(t) for t in taken):
                    continue
                taken.append(span)
                found.append(CitedSource(_clean_name(body), SourceRole.ORIGIN, span, sentence, cue))
        venues = _VENUE.finditer(words) if any(need in words for need in _VENUE_NEEDS) else ()
        for match in venues:
            start, end = _trim_body(words, match.start("venue"), match.end("venue"))
            span = Span(sentence.start + start, sentence.start + end)
            if any(span.overlaps(t) for t in taken):
                continue
            taken.append(span)
            found.append(CitedSource(_clean_name(words[start:end]), SourceRole.VENUE, span, sentence, "at"))
    found.sort(key=lambda c: c.span)
    return found


def _clean_name(words: str) -> str:
    name = " ".join(words.split())
    return re.sub(r"^(?:the|a|an|its|their)\s+", "", name, flags=re.I)


# ------------------------------------------------------------------ annotation


def _next_ids(report: Report) -> Iterator[str]:
    numbers = [int(s.id[1:]) for s in report.sources if re.fullmatch(r"s\d+", s.id)]
    n = max(numbers, default=0)
    taken = {s.id for s in report.sources}
    while True:
        n += 1
        if f"s{n}" not in taken:
            yield f"s{n}"


class _QuoteIndex:
    """A report's attributed quotes, indexed by their words, cue and mention, for lookups by position."""

    def __init__(self, report: Report) -> None:
        said = [q for q in report.quotes if q.speaker]
        self.by_words = SpanIndex(said, lambda q: q.span)
        self.longest = max((len(q.span) for q in said), default=0)
        self.by_cue = SpanIndex([q for q in said if q.cue_span is not None], lambda q: q.cue_span or q.span)
        self.by_mention = SpanIndex([q for q in said if q.mention is not None], lambda q: q.mention or q.span)


def _speaker_of(quotes: _QuoteIndex, span: Span) -> str | None:
    """The speaker of the narrowest quote whose words contain ``span``."""
    holding = quotes.by_words.around(span, quotes.longest)
    if not holding:
        return None
    return min(holding, key=lambda q: len(q.span)).speaker


def _speaker_in_sentence(quotes: _QuoteIndex, sentence: Span) -> str | None:
    """The speaker of a quote whose cue (else whose speaker's words) lies in ``sentence``."""
    for index in (quotes.by_cue, quotes.by_mention):
        found = sorted(index.inside(sentence), key=lambda q: int(q.id.lstrip("q") or 0))
        if found:
            return found[0].speaker
    return None


def _figure_key(figure: Figure) -> tuple[float, str | None, bool, str | None]:
    return figure.value, figure.hedge, figure.is_percent, figure.currency


def _same_figure(a: Figure, b: Figure) -> bool:
    """A restatement: same value, hedge, percent-ness and counted noun (or a distinctive number)."""
    if (a.value, a.hedge, a.is_percent, a.currency) != (b.value, b.hedge, b.is_percent, b.currency):
        return False
    if a.unit and b.unit:
        return a.unit.lower() == b.unit.lower()
    # Without a counted noun on both, only a distinctive number is taken as the same
    # figure: "two" or "5 percent" twice in an article are usually different things.
    return not a.is_percent and abs(a.value) >= 1000


def _tagged_publishers(report: Report, registry: Registry, ids: Iterator[str]) -> list[Source]:
    out: list[Source] = []
    url = report.document.url
    publishers = [s for s in report.sources if s.role in _OUTLETS]
    for source in report.sources:
        if source.role in _OUTLETS and not source.tags:
            source = attrs.evolve(source, tags=_lookup(registry, source, url).tags)
        out.append(source)
    if publishers:
        for wire in wires_beside(report, publishers, ids):
            out.append(attrs.evolve(wire, tags=_lookup(registry, wire, None).tags))
    return out


def annotate(report: Report, registry: Registry | None = None) -> Report:
    """Tag publishers, add cited origins and venues with their figures and via; return the new report."""
    registry = registry if registry is not None else _registry()
    report = with_wire_credit(with_url_publisher(report, registry))
    ids = _next_ids(report)
    sources = _tagged_publishers(report, registry, ids)
    known = {s.name.casefold(): i for i, s in enumerate(sources) if s.role not in _OUTLETS}
    linked: dict[str, str] = {}
    index_of_figures = SpanIndex(report.figures, lambda f: f.span)
    quote_index = _QuoteIndex(report)
    for cited in find_cited_sources(report.document.text):
        if cited.role is SourceRole.ORIGIN:
            figures = [f.id for f in index_of_figures.inside(cited.sentence)]
            via = _speaker_of(quote_index, cited.span)
        else:
            figures = []
            via = _speaker_in_sentence(quote_index, cited.sentence)
        key = cited.name.casefold()
        if key in known:
            index = known[key]
            old = sources[index]
            merged = tuple(dict.fromkeys([*old.figures, *figures]))
            sources[index] = attrs.evolve(old, figures=merged, via=old.via or via)
        else:
            known[key] = len(sources)
            sources.append(
                Source(next(ids), cited.name, cited.role, span=cited.span, figures=figures, via=via)
            )
        for figure_id in figures:
            linked.setdefault(figure_id, sources[known[key]].id)
    # A figure restated elsewhere (a lead summing up a quoted number) shares its origin: the
    # first linked figure, in text order, that is the same figure.  Linked figures are indexed
    # by what _same_figure compares first, so each figure is compared with few others.
    order = {figure.id: n for n, figure in enumerate(report.figures)}
    by_key: dict[tuple[float, str | None, bool, str | None], list[Figure]] = {}
    for other in report.figures:
        if other.id in linked:
            by_key.setdefault(_figure_key(other), []).append(other)
    for figure in report.figures:
        if figure.id in linked:
            continue
        candidates = [other for other in by_key.get(_figure_key(figure), ()) if _same_figure(figure, other)]
        if not candidates:
            continue
        other = min(candidates, key=lambda f: order[f.id])
        index = next(i for i, s in enumerate(sources) if s.id == linked[other.id])
        sources[index] = attrs.evolve(sources[index], figures=(*sources[index].figures, figure.id))
        linked[figure.id] = sources[index].id
        by_key[_figure_key(figure)].append(figure)
    by_figure: dict[str, list[str]] = {}
    for source in sources:
        for figure_id in source.figures:
            by_figure.setdefault(figure_id, []).append(source.id)
    claims = []
    for claim in report.claims:
        extra = [sid for fid in claim.figures for sid in by_figure.get(fid, [])]
        merged_ids = tuple(dict.fromkeys([*claim.sources, *extra]))
        claims.append(attrs.evolve(claim, sources=merged_ids) if merged_ids != claim.sources else claim)
    return attrs.evolve(report, sources=sources, claims=claims)


@hookimpl
def factcheck_annotate(report: Report) -> Report | None:
    """Tag the publisher and add cited origins and venues (see :func:`annotate`)."""
    return annotate(report)


# ------------------------------------------------------------------ the checker

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


#: The roles of the outlets an article came through: its publisher and the wires it credits.
_OUTLETS = (SourceRole.PUBLISHER, SourceRole.WIRE)


def _publisher_verdicts(report: Report, registry: Registry) -> Iterator[Verdict]:
    publishers = [s for s in report.sources if s.role in _OUTLETS]
    if not publishers:
        return  # no publisher in the text or its metadata: nothing a reader needs to be told
    list_names = ", ".join(f"{i.name} ({i.as_of})" if i.as_of else i.name for i in registry.lists.values())
    for source in publishers:
        match = _lookup(registry, source, report.document.url if source.id == "s1" else None)
        tags: Sequence[Tag] = source.tags or match.tags
        evidence = (source.span,) if source.span is not None else ()
        if not tags:
            note = (" " + " ".join(match.notes)) if match.notes else ""
            yield Verdict(
                Status.UNKNOWN,
                f"{source.name}: in no source list",
                details=f"{source.name!r} is in no list consulted ({list_names}); no tag is guessed.{note}",
                evidence=evidence,
                data={
                    "check": "publisher",
                    "source": source.id,
                    "lists": [i.name for i in registry.lists.values()],
                },
            )
            continue
        for tag in tags:
            value = (
                f"{tag.value}, {tag.detail}" if tag.detail and tag.key == "state_affiliation" else tag.value
            )
            scope = f" (for {tag.detail})" if tag.detail and tag.key != "state_affiliation" else ""
            when = f", {tag.as_of}" if tag.as_of else ""
            yield Verdict(
                Status.INFO,
                f"{source.name}: {value}{scope} — {tag.list_name}{when}",
                details=f"{tag.key.replace('_', ' ')} of {source.name} as given by {tag.list_name}"
                + (f" as of {tag.as_of}" if tag.as_of else "")
                + "; a list's word, not a finding of this tool.",
                evidence=evidence,
                data={
                    "check": "publisher",
                    "source": source.id,
                    "key": tag.key,
                    "value": tag.value,
                    "list": tag.list_name,
                    "as_of": tag.as_of,
                    "detail": tag.detail,
                },
            )


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


def check_sources(report: Report) -> Iterable[Verdict]:
    """Tag the publisher from the registry's lists and flag self-reported figures."""
    registry = _registry()
    yield from _publisher_verdicts(report, registry)
    yield from _self_reported(report)


@hookimpl
def factcheck_checkers() -> Sequence[Checker]:
    """Return the ``sources`` checker."""
    return [
        Checker(
            "sources",
            "Publisher's state affiliation and reliability from named lists; self-reported figures",
            check_sources,
        )
    ]
