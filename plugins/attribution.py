"""Built-in checker plugin ``attribution``: who said it, and does the article support what it attributes.

The ``attribution`` checker judges how an article attributes its words
(docs/checkers/attribution.md has every verdict, threshold and example):

* **speaker** — every quote has a named speaker: one ``pass`` per named speaker
  covering all of that speaker's quotes; ``warn`` per quote left to a pronoun or
  descriptor that could not be resolved, or with no attribution; ``info`` per quote
  from an anonymous source, tagged ``anonymous`` with the words that make it so;
* **headline** — a headline that attributes a claim ("Senior diplomat: ...") is
  supported by a direct quote of that speaker (``pass``), only by the writer's
  paraphrase (``warn``) or not at all (``fail``); words the headline puts in quote
  marks must be quoted in the body;
* **paraphrase** — the writer's paraphrase against the speaker's own quote of the
  same claim: figures must agree as intervals (``fail`` when they cannot both be
  true), and a dropped or added qualifier is ``warn`` with both spans;
* **identity** — roles given to one speaker must not contradict (``warn``);
* **insertion** — bracketed words inside a quote are the writer's (``info``);
* **unattributed-figure** — a statement of fact with a figure and no speaker or
  cited source (``info``).

Every verdict's ``data["check"]`` names which of these it is.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

import attrs
from rapidfuzz import fuzz, process

from factcheck import Checker, Report, Span, Status, Verdict, checker, hookimpl
from factcheck.extraction.speakers import PERSON_NOUNS, PRONOUNS, acronym_key, initials
from factcheck.extraction.text import abbreviation_before
from factcheck.model import Figure, Quote, QuoteKind, Speaker, SpeakerKind

from .attribution_rules import (
    FIGURE_COVERAGE,
    FIGURE_SHARED_WORDS,
    MIN_SHARED_WORDS,
    SAME_CLAIM_COVERAGE,
    SUPPORT_COVERAGE,
    WORD_SIMILARITY,
    compare_figures,
    content_words,
    coverage,
    figure_interval,
    insertions,
    pair_figures,
    qualifier_shifts,
    role_conflicts,
    same_unit,
    shared_words,
    values_close,
    words_match,
)

__all__ = ["ATTRIBUTION", "check_attribution", "factcheck_checkers"]


@attrs.frozen
class _Context:
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
    _sentences: list[_QuoteSentences] = attrs.field(factory=list, eq=False, repr=False)

    @classmethod
    def of(cls, report: Report) -> _Context:
        """Index ``report``."""
        claims = {c.quote: c.id for c in report.claims if c.quote is not None}
        figures = report.figures
        order = sorted(range(len(figures)), key=lambda i: figures[i].span.start)
        return cls(report, claims, report.document.title_span, order, [figures[i].span.start for i in order])

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

    def quote_sentences(self, quotes: Sequence[Quote]) -> _QuoteSentences:
        """The index of the sentences of ``quotes`` (built on the first call; later calls reuse it)."""
        if not self._sentences:
            self._sentences.append(_QuoteSentences(self, quotes))
        return self._sentences[0]


def _short(words: str, limit: int = 70) -> str:
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


# ------------------------------------------------------------------ every quote has a named speaker

#: A partial quote of at most this many words with no cue and no speaker is a scare quote or a
#: name ("cause for concern", "national public health emergency"), not attributed speech.
SCARE_QUOTE_WORDS = 4


def _scare_quote(ctx: _Context, quote: Quote) -> bool:
    """True for a short partial quote with no attribution at all: a scare quote or a name, not speech."""
    return (
        quote.kind is QuoteKind.PARTIAL
        and quote.speaker is None
        and quote.mention is None
        and len(ctx.words(quote.span).split()) <= SCARE_QUOTE_WORDS
    )


def speaker_verdicts(ctx: _Context) -> Iterator[Verdict]:
    """One ``pass`` per named speaker; ``info`` per anonymous quote; ``warn`` per unresolved quote."""
    report = ctx.report
    named: dict[str, list[Quote]] = {}
    for quote in report.quotes:
        if ctx.in_title(quote.span) or _scare_quote(ctx, quote):
            continue
        speaker = report.speaker(quote.speaker)
        mention = ctx.words(quote.mention) if quote.mention is not None else None
        claim = ctx.claim_of_quote.get(quote.id)
        evidence = [quote.span] + ([quote.mention] if quote.mention is not None else [])
        base = {"check": "speaker", "quote": quote.id, "kind": quote.kind.value, "mention": mention}
        if speaker is not None and speaker.kind is SpeakerKind.ANONYMOUS:
            yield Verdict(
                Status.INFO,
                f"anonymous source '{mention or speaker.name}': '{_short(ctx.words(quote.span), 50)}'",
                claim=claim,
                details=(
                    f"The {quote.kind.value} quote is attributed to '{mention or speaker.name}', which names "
                    "no person or body a reader could check."
                ),
                evidence=evidence,
                data={**base, "tag": "anonymous", "speaker": speaker.id, "words": mention or speaker.name},
            )
        elif speaker is not None:
            named.setdefault(speaker.id, []).append(quote)
        elif mention is not None:
            yield Verdict(
                Status.WARN,
                f"unresolved speaker '{mention}': '{_short(ctx.words(quote.span), 50)}'",
                claim=claim,
                details=(
                    f"The {quote.kind.value} quote is attributed to '{mention}', a pronoun or description "
                    "that points to no person or body the article names before it."
                ),
                evidence=evidence,
                data={**base, "speaker": None},
            )
        else:
            yield Verdict(
                Status.WARN,
                f"no speaker: {quote.kind.value} quote '{_short(ctx.words(quote.span), 50)}' "
                "is attributed to nobody",
                claim=claim,
                details="No attribution was found for this quote in its sentence or paragraph.",
                evidence=evidence,
                data={**base, "speaker": None},
            )
    for speaker_id, quotes in named.items():
        speaker = report.speaker(speaker_id)
        if speaker is None:  # cannot happen: a Report checks its speaker ids
            continue
        direct = [q for q in quotes if q.kind is not QuoteKind.INDIRECT]
        indirect = [q for q in quotes if q.kind is QuoteKind.INDIRECT]
        mentions = sorted({ctx.words(q.mention) for q in quotes if q.mention is not None})
        counts = []
        if direct:
            counts.append(f"{len(direct)} quote{'s' if len(direct) != 1 else ''}")
        if indirect:
            counts.append(f"{len(indirect)} reported statement{'s' if len(indirect) != 1 else ''}")
        yield Verdict(
            Status.PASS,
            f"{' and '.join(counts)} attributed to {ctx.speaker_label(speaker)}",
            details=(
                f"Each is attributed to {speaker.name} ({speaker.kind.value}), by the words: "
                + "; ".join(f"'{m}'" for m in mentions)
                + "."
            ),
            evidence=[q.span for q in quotes],
            data={
                "check": "speaker",
                "speaker": speaker.id,
                "name": speaker.name,
                "quotes": [q.id for q in quotes],
                "claims": [ctx.claim_of_quote[q.id] for q in quotes if q.id in ctx.claim_of_quote],
                "direct": len(direct),
                "indirect": len(indirect),
                "mentions": mentions,
            },
        )


# ------------------------------------------------------------------ headlines


def _same_voice(report: Report, speaker: Speaker, other: Speaker | None) -> bool:
    """True when ``other`` is ``speaker`` or speaks for it (its role names the body)."""
    if other is None:
        return False
    if other.id == speaker.id:
        return True
    if speaker.kind is not SpeakerKind.ORGANISATION:
        return False
    if other.kind is SpeakerKind.ORGANISATION and _one_body(speaker.name, other.name):
        return True
    names = {speaker.name.lower(), acronym_key(speaker.name).lower(), initials(speaker.name).lower()}
    names.discard("")
    for text in (*other.roles, other.organisation or ""):
        words = set(re.findall(r"[\w.’'-]+", text.lower()))
        if speaker.name.lower() in text.lower() or names & {acronym_key(w).lower() for w in words}:
            return True
    return False


def _one_body(first: str, second: str) -> bool:
    """True when two organisation names are one body: one holds the other, or one is the other's initials
    ("IMF" / "The International Monetary Fund Wednesday")."""
    a, b = first.lower(), second.lower()
    if a in b or b in a:
        return True
    for short, full in ((first, second), (second, first)):
        key, spelled = acronym_key(short), initials(full)
        acronym = " " not in short.strip() and " " in full.strip() and len(key) >= 2
        if acronym and (key == spelled or (len(key) >= 3 and spelled.startswith(key))):
            return True
    return False


@attrs.frozen
class _Support:
    quote: Quote
    score: float
    shared: tuple[str, ...]


def _best_support(ctx: _Context, claim: Span, quotes: Sequence[Quote]) -> _Support | None:
    headline = ctx.words(claim)
    best: _Support | None = None
    for quote in quotes:
        score, shared = coverage(headline, ctx.words(quote.span))
        if len(shared) < min(2, len(set(content_words(headline)))):
            continue
        if best is None or score > best.score:
            best = _Support(quote, score, tuple(shared))
    return best


#: A direct quote supports a headline only when it comes within this much of the best paraphrase's
#: coverage: a quote repeating half the words while the paraphrase repeats them all does not say it.
QUOTE_MARGIN = 0.2

HEADLINE_CUE = re.compile(
    r"\b(?:says|say|said|warns|warned|claims|claimed|tells|told|urges|insists|admits|denies|announces)\b",
    re.I,
)
DETERMINERS = frozenset("the a an this that".split())


@attrs.frozen
class HeadlineClaim:
    """A claim a headline attributes: its words, its speaker, and the extractor's claim id (if any)."""

    span: Span
    speaker: Speaker
    claim: str | None


def _speaker_named(ctx: _Context, phrase: str) -> Speaker | None:
    """The speaker a headline's subject names: by name, surname, acronym, or a role's head noun."""
    tokens = [t for t in re.findall(r"[\w’'.-]+", phrase.lower()) if t not in DETERMINERS]
    if not tokens:
        return None
    for speaker in ctx.report.speakers:
        if speaker.kind is SpeakerKind.ANONYMOUS:
            continue
        names = {speaker.name.lower(), speaker.surname.lower(), acronym_key(speaker.name).lower()}
        if " ".join(tokens) in names or tokens[-1] in names or phrase.lower().strip() in names:
            return speaker
        heads = {ctx.words(m).lower().split()[-1] for m in speaker.mentions if ctx.words(m)}
        heads |= {role.lower().split()[-1] for role in speaker.roles if role.strip()}
        if tokens[-1] in heads and tokens[-1] in PERSON_NOUNS and len(tokens) <= 3:
            return speaker
    return None


def headline_claims(ctx: _Context) -> list[HeadlineClaim]:
    """Claims the headline attributes: the extractor's "Speaker: claim" claims, else a
    "Claim, speaker says" or "Speaker says claim" headline whose speaker the body names."""
    report = ctx.report
    title = ctx.title
    if title is None:
        return []
    found = [
        HeadlineClaim(c.span, speaker, c.id)
        for c in report.claims
        if ctx.in_title(c.span) and (speaker := report.speaker(c.speaker)) is not None
    ]
    if found:
        return found
    text = report.document.text
    words = title.of(text)
    for cue in HEADLINE_CUE.finditer(words):
        before, after = words[: cue.start()], words[cue.end() :]
        if "," in before and not after.strip(" .!?"):  # "Claim, diplomat says"
            comma = before.rindex(",")
            subject, claim = before[comma + 1 :], Span(title.start, title.start + comma)
        elif after.strip() and "," not in before:  # "UNHCR says refugee numbers highest"
            offset = cue.end() + len(after) - len(after.lstrip())
            subject, claim = before, Span(title.start + offset, title.end)
        else:
            continue
        speaker = _speaker_named(ctx, subject)
        if speaker is not None and len(claim) > 0:
            holder = next((c.id for c in report.claims if c.span.overlaps(claim)), None)
            return [HeadlineClaim(claim, speaker, holder)]
    return []


def headline_verdicts(ctx: _Context) -> Iterator[Verdict]:
    """Judge each headline claim attributed to a speaker, and the headline's own quoted words."""
    report = ctx.report
    if ctx.title is None:
        return
    body_quotes = [q for q in report.quotes if not ctx.in_title(q.span)]
    for headline in headline_claims(ctx):
        claim = headline.claim
        speaker = headline.speaker
        words = ctx.words(headline.span)
        own = [q for q in body_quotes if _same_voice(report, speaker, report.speaker(q.speaker))]
        direct = _best_support(ctx, headline.span, [q for q in own if q.kind is not QuoteKind.INDIRECT])
        indirect = _best_support(ctx, headline.span, [q for q in own if q.kind is QuoteKind.INDIRECT])
        own_set = set(own)
        others = _best_support(ctx, headline.span, [q for q in body_quotes if q not in own_set])
        data: dict[str, object] = {"check": "headline", "speaker": speaker.id, "threshold": SUPPORT_COVERAGE}
        label = ctx.speaker_label(speaker)
        paraphrase_score = indirect.score if indirect is not None else 0.0
        if (
            direct is not None
            and direct.score >= SUPPORT_COVERAGE
            and direct.score >= paraphrase_score - QUOTE_MARGIN
        ):
            yield Verdict(
                Status.PASS,
                f"headline supported by a quote: {speaker.name} is quoted saying it",
                claim=claim,
                details=(
                    f"The headline gives '{words}' to {label}; the direct quote "
                    f"'{_short(ctx.words(direct.quote.span), 120)}' repeats {direct.score:.0%} of its "
                    f"content words ({', '.join(direct.shared)})."
                ),
                evidence=[headline.span, direct.quote.span],
                data={
                    **data,
                    "support": "quote",
                    "quote": direct.quote.id,
                    "coverage": round(direct.score, 2),
                },
            )
            continue
        if indirect is not None and indirect.score >= SUPPORT_COVERAGE:
            near = (
                f" The closest direct quote of {speaker.name} repeats only {direct.score:.0%} "
                f"('{_short(ctx.words(direct.quote.span), 80)}')."
                if direct is not None
                else f" The body quotes {speaker.name} directly nowhere on this."
            )
            yield Verdict(
                Status.WARN,
                f"headline supported only by paraphrase: {speaker.name} is not quoted saying it",
                claim=claim,
                details=(
                    f"The headline '{ctx.words(ctx.title)}' puts '{words}' in quote-like form as the words "
                    f"of {label}; the body has it only as the writer's paraphrase "
                    f"'{_short(ctx.words(indirect.quote.span), 160)}' ({indirect.score:.0%} of the "
                    f"headline's content words: {', '.join(indirect.shared)})." + near
                ),
                evidence=[headline.span, indirect.quote.span] + ([direct.quote.span] if direct else []),
                data={
                    **data,
                    "support": "paraphrase",
                    "quote": indirect.quote.id,
                    "coverage": round(indirect.score, 2),
                    "best_direct": direct.quote.id if direct else None,
                    "best_direct_coverage": round(direct.score, 2) if direct else 0.0,
                },
            )
            continue
        if others is not None and others.score >= SUPPORT_COVERAGE:
            other = report.speaker(others.quote.speaker)
            who = ctx.speaker_label(other) if other is not None else "nobody named"
            yield Verdict(
                Status.WARN,
                f"headline gives {speaker.name} words the body gives to {who}",
                claim=claim,
                details=(
                    f"The headline attributes '{words}' to {label}; the body's closest statement, "
                    f"'{_short(ctx.words(others.quote.span), 160)}', is attributed to {who}."
                ),
                evidence=[headline.span, others.quote.span],
                data={
                    **data,
                    "support": "other speaker",
                    "quote": others.quote.id,
                    "coverage": round(others.score, 2),
                },
            )
            continue
        best = max(
            (s for s in (direct, indirect, others) if s is not None), key=lambda s: s.score, default=None
        )
        yield Verdict(
            Status.FAIL,
            f"headline not supported: no quote or paraphrase of {speaker.name} says '{_short(words, 60)}'",
            claim=claim,
            details=(
                f"The headline attributes '{words}' to {label}, but no statement in the body repeats "
                f"{SUPPORT_COVERAGE:.0%} of its content words"
                + (
                    f" (closest: {best.score:.0%}, '{_short(ctx.words(best.quote.span), 100)}')."
                    if best
                    else "."
                )
            ),
            evidence=[headline.span] + ([best.quote.span] if best else []),
            data={**data, "support": None, "coverage": round(best.score, 2) if best else 0.0},
        )
    yield from _headline_quoted_words(ctx, body_quotes)


HEADLINE_QUOTE = re.compile(r"(?<![\w’'])['‘\"“]([^'‘’\"“”]{2,80}?)['’\"”](?![\w’'])")


def _headline_quoted_words(ctx: _Context, body_quotes: Sequence[Quote]) -> Iterator[Verdict]:
    """Words a headline puts in quote marks must be quoted in the body."""
    title = ctx.title
    if title is None:
        return
    text = ctx.report.document.text
    headline_line = ctx.words(title)
    for match in HEADLINE_QUOTE.finditer(text, title.start, title.end):
        words = match.group(1).strip()
        if not re.search(r"[A-Za-z]{2}", words):
            continue
        span = Span(match.start(1), match.end(1))
        pattern = re.compile(re.escape(words).replace(r"\ ", r"\s+"), re.I)
        quoted: Span | None = None
        plain: Span | None = None
        for found in pattern.finditer(text):
            where = Span(found.start(), found.end())
            if title.overlaps(where):
                continue
            line_start = text.rfind("\n", 0, where.start) + 1
            line_end = text.find("\n", where.end)
            if " ".join(text[line_start : line_end if line_end >= 0 else len(text)].split()) == headline_line:
                continue  # the headline repeated as a line of page furniture
            inside = any(
                q.span.contains(where) and q.kind is not QuoteKind.INDIRECT for q in body_quotes
            ) or (text[max(0, where.start - 1) : where.start] in "\"“‘'" and where.start > 0)
            if inside:
                quoted = where
                break
            plain = plain or where
        data = {"check": "headline", "quoted_words": words}
        if quoted is not None:
            yield Verdict(
                Status.PASS,
                f"headline's quoted words '{words}' are quoted in the body",
                details=f"The headline puts '{words}' in quote marks; the body quotes the same words.",
                evidence=[span, quoted],
                data={**data, "support": "quote"},
            )
        elif plain is not None:
            yield Verdict(
                Status.WARN,
                f"headline quotes '{words}', but the body has those words only outside quote marks",
                details=(
                    f"The headline puts '{words}' in quote marks; in the body they are the writer's words."
                ),
                evidence=[span, plain],
                data={**data, "support": "paraphrase"},
            )
        else:
            yield Verdict(
                Status.FAIL,
                f"headline quotes '{words}', words the body never gives",
                details=f"The headline puts '{words}' in quote marks; the body does not contain them.",
                evidence=[span],
                data={**data, "support": None},
            )


# ------------------------------------------------------------------ paraphrase against quote

CLAUSE_BREAK = re.compile(r",\s+(?:but|while|whereas|although|though|and)\s+|;\s+|(?<=[.!?…])\s+|:\s+")


def _pieces(span: Span, text: str) -> list[Span]:
    """Split a span into clauses (for a paraphrase) or sentences (for a quote)."""
    out = []
    start = span.start
    for match in CLAUSE_BREAK.finditer(text, span.start, span.end):
        if text[match.start() - 1] == "." and abbreviation_before(text, match.start() - 1, span.start):
            continue  # "U.S. officials", "Dr. Cordova": no sentence ends there
        out.append(Span(start, match.start()))
        start = match.end()
    out.append(Span(start, span.end))
    return [p for p in out if len(p) > 0]


@attrs.frozen
class _Pairing:
    paraphrase: Span
    quote: Quote
    quote_piece: Span
    figures: tuple[tuple[Figure, Figure], ...]
    score: float
    shared: tuple[str, ...]


#: A quote sentence shares at least this many content words with a paraphrase's clause to be
#: compared with it at all (every way of covering the same claim in :func:`_pairing` needs them).
LEAST_SHARED = min(FIGURE_SHARED_WORDS, MIN_SHARED_WORDS)


class _QuoteSentences:
    """The sentences of the direct quotes, and which of them share content words with a clause.

    Built once per report so a paraphrase is compared only with the quote sentences that
    share at least :data:`LEAST_SHARED` of its content words (by :func:`words_match`), not
    with every sentence of every quote.
    """

    def __init__(self, ctx: _Context, quotes: Sequence[Quote]) -> None:
        text = ctx.report.document.text
        self.quotes = list(quotes)
        self.position = {q.id: i for i, q in enumerate(self.quotes)}
        self.pieces = [_pieces(q.span, text) for q in self.quotes]
        self.postings: dict[str, list[tuple[int, int]]] = {}
        self.words: list[list[frozenset[str]]] = []
        for i, pieces in enumerate(self.pieces):
            self.words.append([])
            for j, piece in enumerate(pieces):
                words = frozenset(content_words(ctx.words(piece)))
                self.words[i].append(words)
                for word in words:
                    self.postings.setdefault(word, []).append((i, j))
        self.vocabulary = sorted(self.postings)
        self.by_length: dict[int, list[str]] = {}
        for word in self.vocabulary:
            self.by_length.setdefault(len(word), []).append(word)
        self._matches: dict[str, tuple[str, ...]] = {}

    def matches(self, word: str) -> tuple[str, ...]:
        """The words of the quote sentences that :func:`words_match` ``word``."""
        found = self._matches.get(word)
        if found is not None:
            return found
        maybe = {word} if word in self.postings else set()
        if len(word) >= 5:  # a prefix of 5+ letters: longer words that start with it, shorter it starts with
            at = bisect.bisect_left(self.vocabulary, word)
            while at < len(self.vocabulary) and self.vocabulary[at].startswith(word):
                maybe.add(self.vocabulary[at])
                at += 1
            maybe.update(word[:k] for k in range(5, len(word)) if word[:k] in self.postings)
        if len(word) >= 4:
            # fuzz.ratio is 2 * common / (both lengths), so a ratio of s needs the shorter word to be
            # at least s / (2 - s) of the longer; a looser cut-off keeps every match, checked below
            least = WORD_SIMILARITY / (200 - WORD_SIMILARITY) * 0.95
            cutoff = WORD_SIMILARITY - 10
            for length in range(max(4, int(len(word) * least)), int(len(word) / least) + 2):
                near = self.by_length.get(length, [])
                found_near = process.extract(word, near, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
                maybe.update(choice for choice, _, _ in found_near)
        found = self._matches[word] = tuple(sorted(w for w in maybe if words_match(word, w)))
        return found

    def coverage(self, words: tuple[str, ...], place: tuple[int, int]) -> tuple[float, list[str]]:
        """:func:`coverage` of a statement (its distinct content words) by the sentence at ``place``."""
        if not words:
            return 0.0, []
        theirs = self.words[place[0]][place[1]]
        shared = [w for w in words if not theirs.isdisjoint(self.matches(w))]
        return len(shared) / len(words), shared

    def sharing(self, words: Sequence[str], least: int) -> set[tuple[int, int]]:
        """(quote, sentence) positions of the sentences sharing at least ``least`` of ``words``."""
        counts: dict[tuple[int, int], int] = {}
        for word in dict.fromkeys(words):
            hit: set[tuple[int, int]] = set()
            for match in self.matches(word):
                hit.update(self.postings[match])
            for place in hit:
                counts[place] = counts.get(place, 0) + 1
        return {place for place, count in counts.items() if count >= least}


def _pairing(
    ctx: _Context, para_span: Span, candidates: Sequence[Quote], figures_only: bool, index: _QuoteSentences
) -> _Pairing | None:
    """The quote sentence that covers the same claim as some clause of the paraphrase, best first.

    ``candidates`` are quotes of ``index``; only the sentences that share enough content
    words with a clause are scored, in the order of ``candidates`` and of their sentences.
    """
    text = ctx.report.document.text
    best: _Pairing | None = None
    wanted = sorted(index.position[q.id] for q in candidates)
    allowed = set(wanted)
    for clause in _pieces(para_span, text):
        mine = ctx.figures_in(clause)
        if figures_only and not mine:
            continue  # only figure pairs count, and this clause has no figure
        mine_words = ctx.content(clause)
        if LEAST_SHARED > 0:
            places = sorted(p for p in index.sharing(mine_words, LEAST_SHARED) if p[0] in allowed)
        else:
            places = [(i, j) for i in wanted for j in range(len(index.pieces[i]))]
        for i, j in places:
            quote, piece = index.quotes[i], index.pieces[i][j]
            if quote.span.overlaps(para_span):
                continue
            score, shared = index.coverage(mine_words, (i, j))
            pairs = [
                (a, b)
                for a, b in pair_figures(mine, ctx.figures_in(piece))
                if score >= FIGURE_COVERAGE
                and (
                    (values_close(a, b) and len(shared) >= FIGURE_SHARED_WORDS)
                    or (same_unit(a, b) and len(shared) >= MIN_SHARED_WORDS)
                )
            ]
            if pairs:
                rank = 1.0 + score
            elif not figures_only and score >= SAME_CLAIM_COVERAGE and len(shared) >= MIN_SHARED_WORDS:
                rank = score
            else:
                continue
            if best is None or rank > (1.0 if best.figures else 0.0) + best.score:
                best = _Pairing(clause, quote, piece, tuple(pairs), score, tuple(shared))
    return best


COMMA_CLAUSE = re.compile(r"[^,;:—–]+")


def _relevant(text: str, piece: Span, paraphrase: str) -> str:
    """The document text with the quote piece's comma clauses that share no content word with the
    paraphrase blanked out (same length, so offsets hold): an omitted clause is not a dropped qualifier."""
    mine = content_words(paraphrase)
    chars = list(text[piece.start : piece.end])  # only the piece changes: the rest is copied as it is
    for match in COMMA_CLAUSE.finditer(text, piece.start, piece.end):
        if not shared_words(content_words(match.group()), mine):
            start, end = match.start() - piece.start, match.end() - piece.start
            chars[start:end] = " " * (end - start)
    return text[: piece.start] + "".join(chars) + text[piece.end :]


def _split_at(span: Span, figure: Figure | None, text: str) -> list[str]:
    if figure is None:
        return [span.of(text)]
    return [text[span.start : figure.span.start], text[figure.span.end : span.end]]


def paraphrase_verdicts(ctx: _Context) -> Iterator[Verdict]:
    """Compare the writer's paraphrases with the speaker's own quotes of the same claim."""
    report = ctx.report
    text = report.document.text
    direct = [q for q in report.quotes if q.kind is not QuoteKind.INDIRECT and not ctx.in_title(q.span)]
    if not direct:
        return
    items: list[tuple[Span, Speaker | None, str | None, list[Quote], bool]] = []
    for quote in report.quotes:
        if quote.kind is QuoteKind.INDIRECT and quote.speaker is not None and not ctx.in_title(quote.span):
            own = [q for q in direct if q.speaker == quote.speaker]
            if own:
                items.append(
                    (quote.span, report.speaker(quote.speaker), ctx.claim_of_quote.get(quote.id), own, False)
                )
    for claim in report.claims:
        if claim.speaker is None and claim.quote is None and claim.figures and not ctx.in_title(claim.span):
            items.append((claim.span, None, claim.id, direct, True))
    index = ctx.quote_sentences(direct)
    for span, speaker, claim_id, candidates, figures_only in items:
        pairing = _pairing(ctx, span, candidates, figures_only, index)
        if pairing is None:
            continue
        quote_speaker = report.speaker(pairing.quote.speaker)
        who = ctx.speaker_label(quote_speaker)
        problems: list[str] = []
        status = Status.PASS
        compared = []
        for mine, theirs in pairing.figures:
            result = compare_figures(mine, theirs, ctx.words(mine.span), ctx.words(theirs.span))
            compared.append({"paraphrase": mine.id, "quote": theirs.id, "outcome": result.outcome})
            if result.outcome == "disjoint":
                status = Status.FAIL
                problems.append(result.explanation)
            elif result.outcome != "same":
                status = Status.WARN if status is Status.PASS else status
                problems.append(result.explanation)
        anchor = pairing.figures[0] if pairing.figures else None
        relevant = _relevant(text, pairing.quote_piece, ctx.words(pairing.paraphrase))
        shifts = qualifier_shifts(
            _split_at(pairing.quote_piece, anchor[1] if anchor else None, relevant),
            _split_at(pairing.paraphrase, anchor[0] if anchor else None, text),
        )
        if shifts and status is Status.PASS:
            status = Status.WARN
        briefly = problems + [s.brief() for s in shifts]
        problems.extend(s.explain() for s in shifts)
        writer = "the writer's paraphrase" if speaker is not None else "the writer's own statement"
        para_words = _short(ctx.words(pairing.paraphrase), 90)
        quote_words = _short(ctx.words(pairing.quote_piece), 90)
        data = {
            "check": "paraphrase",
            "speaker": quote_speaker.id if quote_speaker else None,
            "quote": pairing.quote.id,
            "figures": compared,
            "coverage": round(pairing.score, 2),
            "shifts": [attrs.asdict(s) for s in shifts],
        }
        if status is Status.PASS:
            yield Verdict(
                Status.PASS,
                f"paraphrase agrees with the quote of {quote_speaker.name if quote_speaker else 'nobody'}: "
                f"'{_short(para_words, 50)}'",
                claim=claim_id,
                details=(
                    f"{writer.capitalize()} '{para_words}' and the direct quote of {who}, '{quote_words}', "
                    "cover the same claim; figures and qualifiers agree."
                ),
                evidence=[pairing.paraphrase, pairing.quote_piece],
                data=data,
            )
            continue
        verb = "contradicts" if status is Status.FAIL else "differs from"
        yield Verdict(
            status,
            f"paraphrase {verb} the quote: {'; '.join(briefly)}",
            claim=claim_id,
            details=(
                f"{writer.capitalize()} '{ctx.words(pairing.paraphrase)}' restates the direct quote of "
                f"{who}, '{ctx.words(pairing.quote_piece)}', but " + "; ".join(problems) + "."
            ),
            evidence=[pairing.paraphrase, pairing.quote_piece],
            data=data,
        )


# ------------------------------------------------------------------ one speaker, one identity

DETERMINER = re.compile(r"^(?:the|a|an|this|that)\s+", re.I)


def _roles_with_spans(ctx: _Context, speaker: Speaker) -> list[tuple[str, Span | None]]:
    """Every role the article gives a person: its roles, and descriptor mentions ("the foreign minister")."""
    out: list[tuple[str, Span | None]] = []
    name_words = {w.lower() for w in speaker.name.split()}
    for role in speaker.roles:
        span = next((m for m in speaker.mentions if role in ctx.report.words(m)), None)
        out.append((role, span))
    for mention in speaker.mentions:
        words = ctx.words(mention)
        lowered = words.lower()
        tokens = re.findall(r"[\w’'.-]+", lowered)
        if not tokens or lowered in PRONOUNS or name_words & set(tokens):
            continue
        if tokens[-1] not in PERSON_NOUNS:
            continue
        role = DETERMINER.sub("", words)
        if all(role.lower() != r.lower() for r, _ in out):
            out.append((role, mention))
    return out


def identity_verdicts(ctx: _Context) -> Iterator[Verdict]:
    """``warn`` when two roles given to one person contradict each other."""
    for speaker in ctx.report.speakers:
        if speaker.kind is not SpeakerKind.PERSON:
            continue
        roles = _roles_with_spans(ctx, speaker)
        spans = dict(roles)
        for first, second, reason in role_conflicts([r for r, _ in roles]):
            evidence = [s for s in (spans.get(first), spans.get(second)) if s is not None]
            yield Verdict(
                Status.WARN,
                f"{speaker.name} is called both '{first}' and '{second}'",
                details=(
                    f"The article gives {speaker.name} two roles that cannot both be right: {reason}. "
                    "Either a title is wrong or two people were taken for one."
                ),
                evidence=evidence,
                data={"check": "identity", "speaker": speaker.id, "roles": [first, second], "reason": reason},
            )


# ------------------------------------------------------------------ editorial insertions


def insertion_verdicts(ctx: _Context) -> Iterator[Verdict]:
    """``info`` for each bracketed insertion inside a direct or partial quote."""
    report = ctx.report
    for quote in report.quotes:
        if quote.kind is QuoteKind.INDIRECT:
            continue
        speaker = report.speaker(quote.speaker)
        who = speaker.name if speaker is not None else "the speaker"
        for span, words, kind in insertions(report.words(quote.span), quote.span.start):
            square = kind == "square"
            yield Verdict(
                Status.INFO,
                f"editorial insertion {ctx.words(span)} in {who}'s quote"
                + ("" if square else " (probably the writer's)"),
                claim=ctx.claim_of_quote.get(quote.id),
                details=(
                    f"The words '{words}' stand in {kind} brackets inside the quote: "
                    + (
                        "they are the writer's, not the speaker's, so the quote was edited."
                        if square
                        else "speech has no brackets, so they are most likely the writer's gloss."
                    )
                ),
                evidence=[span, quote.span],
                data={
                    "check": "insertion",
                    "quote": quote.id,
                    "speaker": quote.speaker,
                    "words": words,
                    "brackets": kind,
                },
            )


# ------------------------------------------------------------------ claims without a source

CITED = re.compile(
    r"\baccording to\b|\bconducted by\b|\b(?:reports?|surveys?|polls?|stud(?:y|ies)|census|data|figures|"
    r"statistics|estimates?|tally|records?|assessments?|analys[ie]s|officials?|authorities|police|media)\b"
    r"[^.]{0,80}?\b(?:shows?|showed|show(?:ing)?|found|finds|puts?|says?|said|suggests?|indicates?|reported|"
    r"estimated?|confirm(?:s|ed|ing)?)\b|\b(?:said|says|say|told|reported|reports?|report(?:ing)?|announced|"
    r"estimated|estimates|quoted|cited|predict(?:s|ed|ing)?|project(?:s|ed|ing)|forecasts?|forecasting|"
    r"confirm(?:s|ed|ing)|polled|surveyed|respondents)\b",
    re.I,
)
#: Words of a figure that describe rather than state: ages and durations ("16-year-old", "two years").
DESCRIPTIVE = re.compile(r"-year-old|\bunder-five\b|-day\b|-week\b|-month\b", re.I)
TIME_UNITS = frozenset("year years day days week weeks month months hour hours minute minutes".split())
#: A statement of fact has at least this many words (a table row "Australian 1" is not one).
MIN_STATEMENT_WORDS = 4


def _stated(ctx: _Context, figure: Figure) -> bool:
    """True for a figure that states a quantity, not an age or a duration that describes something."""
    text = ctx.report.document.text
    around = text[figure.span.start : min(len(text), figure.span.end + 10)]
    unit = (figure.unit or "").lower().split()
    compound = re.match(r"-[A-Za-z]", text[figure.span.end : figure.span.end + 2]) is not None  # "19-nation"
    return not compound and not DESCRIPTIVE.search(around) and not (unit and unit[-1] in TIME_UNITS)


def unattributed_verdicts(ctx: _Context) -> Iterator[Verdict]:
    """``info`` for a statement of fact with a figure and no speaker or cited source."""
    report = ctx.report
    body = [f for f in report.figures if not (ctx.title and ctx.title.contains(f.span))]
    for claim in report.claims:
        if claim.speaker is not None or claim.quote is not None or not claim.figures or claim.sources:
            continue
        words = ctx.words(claim.span)
        if CITED.search(words) or len(words.split()) < MIN_STATEMENT_WORDS:
            continue
        figures = [f for f in (report.figure(i) for i in claim.figures) if _stated(ctx, f)]
        if not figures:
            continue
        if ctx.in_title(claim.span) and all(
            any(
                b.is_percent == f.is_percent
                and (b.value == f.value or figure_interval(b).intersects(figure_interval(f)))
                for b in body
            )
            for f in figures
        ):
            continue  # the headline's figure is stated again in the body, which is judged there
        shown = ", ".join(f"'{ctx.words(f.span)}'" for f in figures)
        yield Verdict(
            Status.INFO,
            f"unattributed figure: {shown} in '{_short(words, 60)}'",
            claim=claim.id,
            details=(
                "A statement of fact with a figure, given in the writer's own voice: no speaker and "
                "no cited source says where the number comes from."
            ),
            evidence=[claim.span] + [f.span for f in figures],
            data={"check": "unattributed-figure", "speaker": None, "figures": [f.id for f in figures]},
        )


# ------------------------------------------------------------------ the checker


@checker("attribution")
def check_attribution(report: Report) -> Iterator[Verdict]:
    """Judge how the article attributes quotes and claims: speakers, headline, paraphrase, roles, sources."""
    ctx = _Context.of(report)
    yield from speaker_verdicts(ctx)
    yield from headline_verdicts(ctx)
    yield from paraphrase_verdicts(ctx)
    yield from identity_verdicts(ctx)
    yield from insertion_verdicts(ctx)
    yield from unattributed_verdicts(ctx)


ATTRIBUTION: Checker = check_attribution


@hookimpl
def factcheck_checkers() -> Sequence[Checker]:
    """Return this plugin's checker: ``attribution``."""
    return [ATTRIBUTION]
