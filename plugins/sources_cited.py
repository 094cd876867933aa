"""Bodies an article cites, and venues: "according to the health ministry", "a report by Amnesty
International", "data from the statistics office show", "at the OSCE conference".

Part of the ``sources`` plugin: :func:`find_cited_sources` reads them sentence by sentence
(:func:`sentence_spans`, the extractor's split with a line break ending no sentence by itself);
the annotation links each to the figures of its sentence.
"""

from __future__ import annotations

import functools
import re

import attrs

from factcheck import SourceRole, Span
from factcheck.sentences import sentences

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
    """True when ``words`` hold one word of every group of ``needs``.

    Plain loops, not ``all(any(...))``: it runs for every cue of every sentence, and the two
    generators cost more than the substring tests."""
    for group in needs:
        for need in group:
            if need in words:
                break
        else:
            return False
    return True


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
