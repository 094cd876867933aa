"""The paraphrase check's pairing: which sentence of a speaker's quotes a reported statement (or
the writer's own clause) tells again, and which of their figures are one count, under the
pairing's preconditions (same verb and noun, a difference is no level, times, places, scopes).

Part of the ``attribution`` plugin; :mod:`.attribution_paraphrase` judges the pairs this module
finds.  Kept apart because the two change for different reasons: the pairing grows a
precondition for each false pairing found, the judgement (fail, warn, hedges) rarely.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs
from rapidfuzz import fuzz, process

from factcheck.model import Figure, Quote, Span

from .attribution_and_that import second_that_clauses
from .attribution_beside import measure_differs
from .attribution_context import Context
from .attribution_figures import (
    pair_figures,
    same_unit,
    values_close,
)
from .attribution_narrowed import narrowed_to_a_kind_of_place
from .attribution_rules import (
    FIGURE_COVERAGE,
    FIGURE_SHARED_WORDS,
    MIN_SHARED_WORDS,
    SAME_CLAIM_COVERAGE,
    WORD_SIMILARITY,
    content_words,
    words_match,
)
from .attribution_run_on import head_sentences, statement_heads
from .attribution_same_verb import told_with_same_verb
from .attribution_scope import scopes_differ
from .attribution_text import abbreviation_before
from .attribution_times import times_apart
from .that_time import that_time_apart

__all__ = [
    "CLAUSE_BREAK",
    "DIFFERENCE_AFTER",
    "LEAST_SHARED",
    "MAX_CANDIDATES",
    "PREFIX_SCAN",
    "RARE_POSTINGS",
    "RESTATE_RATIO",
    "Pairing",
    "QuoteSentences",
    "both_distinctive",
    "by_words",
    "comparable",
    "difference",
    "distinctive_number",
    "find_pairing",
    "same_verb_and_noun",
    "split_pieces",
]


CLAUSE_BREAK = re.compile(r",\s+(?:but|while|whereas|although|though|and)\s+|;\s+|(?<=[.!?…])\s+|:\s+")


def split_pieces(span: Span, text: str) -> list[Span]:
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
class Pairing:
    """A reported statement (or the writer's clause) paired with the quote it tells again: the
    quote's piece, the figure pairs counted as one count, the share of the quote's content words."""

    paraphrase: Span
    quote: Quote
    quote_piece: Span
    figures: tuple[tuple[Figure, Figure], ...]
    score: float
    shared: tuple[str, ...]
    #: pairs admitted only because both figures are told with one verb and noun: at most ``warn``
    by_verb: frozenset[tuple[str, str]] = frozenset()
    #: the pairs were found through the statement's head only (attribution_run_on): at most ``warn``
    head: bool = False


#: A quote sentence shares at least this many content words with a paraphrase's clause to be
#: compared with it at all (every way of covering the same claim in :func:`_pairing` needs them).
LEAST_SHARED = min(FIGURE_SHARED_WORDS, MIN_SHARED_WORDS)


#: A word in more quote sentences than this is common: it does not pick candidates by itself.
RARE_POSTINGS = 12
#: A clause is scored against at most this many quote sentences: those sharing most rare words.
MAX_CANDIDATES = 24
#: At most this many longer words are taken as forms of one word by their shared prefix.
PREFIX_SCAN = 64


class QuoteSentences:
    """The sentences of the direct quotes, and which of them share content words with a clause.

    Built once per report so a paraphrase is compared only with the quote sentences that
    share at least :data:`LEAST_SHARED` of its content words (by :func:`words_match`), not
    with every sentence of every quote.
    """

    def __init__(self, ctx: Context, quotes: Sequence[Quote]) -> None:
        text = ctx.report.document.text
        self.quotes = list(quotes)
        self.position = {q.id: i for i, q in enumerate(self.quotes)}
        self.pieces = [split_pieces(q.span, text) for q in self.quotes]
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
        self.by_length: dict[tuple[str, int], list[str]] = {}
        for word in self.vocabulary:
            self.by_length.setdefault((word[:1], len(word)), []).append(word)
        self._matches: dict[str, tuple[str, ...]] = {}
        self._hits: dict[str, tuple[int, frozenset[tuple[int, int]]]] = {}
        self._allowed: dict[int, tuple[Sequence[Quote], frozenset[int]]] = {}

    def matches(self, word: str) -> tuple[str, ...]:
        """The words of the quote sentences that :func:`words_match` ``word``."""
        found = self._matches.get(word)
        if found is not None:
            return found
        maybe = {word} if word in self.postings else set()
        if len(word) >= 5:  # a prefix of 5+ letters: longer words that start with it, shorter it starts with
            at = bisect.bisect_left(self.vocabulary, word)
            stop = min(len(self.vocabulary), at + PREFIX_SCAN)  # bounded: the work stays linear
            while at < stop and self.vocabulary[at].startswith(word):
                maybe.add(self.vocabulary[at])
                at += 1
            maybe.update(word[:k] for k in range(5, len(word)) if word[:k] in self.postings)
        if len(word) >= 4:
            # fuzz.ratio is 2 * common / (both lengths), so a ratio of s needs the shorter word to be
            # at least s / (2 - s) of the longer; a looser cut-off keeps every match, checked below
            least = WORD_SIMILARITY / (200 - WORD_SIMILARITY) * 0.95
            cutoff = WORD_SIMILARITY - 10
            first = word[:1]
            for length in range(max(4, int(len(word) * least)), int(len(word) / least) + 2):
                near = self.by_length.get((first, length))
                if not near:
                    continue  # no word of the quotes of that first letter and length: nothing to score
                found_near = process.extract(word, near, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
                maybe.update(choice for choice, _, _ in found_near)
        found = self._matches[word] = tuple(sorted(w for w in maybe if words_match(word, w)))
        return found

    def _places(self, word: str) -> tuple[int, frozenset[tuple[int, int]]]:
        """How many postings the words matching ``word`` have, and the sentences holding them
        (worked out once a word: the clauses of a text repeat their words)."""
        found = self._hits.get(word)
        if found is None:
            matched = self.matches(word)
            places = frozenset(place for match in matched for place in self.postings[match])
            found = self._hits[word] = (sum(len(self.postings[match]) for match in matched), places)
        return found

    def allowed(self, quotes: Sequence[Quote]) -> frozenset[int]:
        """The positions of ``quotes`` in the index, worked out once per list of quotes."""
        key = id(quotes)
        found = self._allowed.get(key)
        if found is None or found[0] is not quotes:
            found = self._allowed[key] = (quotes, frozenset(self.position[q.id] for q in quotes))
        return found[1]

    def coverage(self, words: tuple[str, ...], place: tuple[int, int]) -> tuple[float, list[str]]:
        """:func:`coverage` of a statement (its distinct content words) by the sentence at ``place``."""
        if not words:
            return 0.0, []
        theirs = self.words[place[0]][place[1]]
        shared = [w for w in words if not theirs.isdisjoint(self.matches(w))]
        return len(shared) / len(words), shared

    def sharing(self, words: Sequence[str], least: int) -> set[tuple[int, int]]:
        """(quote, sentence) positions of the sentences sharing at least ``least`` of ``words``, one
        of them a rare word (in at most :data:`RARE_POSTINGS` sentences).

        A word most sentences hold says nothing about which sentence a clause restates: only
        the rare words pick candidates, at most :data:`MAX_CANDIDATES` of them, so each clause is
        scored against a bounded number of sentences and the whole comparison grows with the
        text, not with its square.
        """
        rare: set[tuple[int, int]] = set()
        counts: dict[tuple[int, int], int] = {}
        common: list[tuple[str, ...]] = []
        for word in dict.fromkeys(words):
            total, hit = self._places(word)
            if total > RARE_POSTINGS:
                common.append(self.matches(word))
                continue
            rare.update(hit)
            for place in hit:
                counts[place] = counts.get(place, 0) + 1
        if len(rare) > MAX_CANDIDATES:  # the sentences sharing the most rare words, a bounded few
            rare = set(sorted(rare, key=lambda place: (-counts[place], place))[:MAX_CANDIDATES])
            counts = {place: counts[place] for place in rare}
        for place in rare:  # common words count only towards the candidates the rare ones picked
            theirs = self.words[place[0]][place[1]]
            counts[place] += sum(1 for found in common if not theirs.isdisjoint(found))
        return {place for place, count in counts.items() if count >= least}


def find_pairing(
    ctx: Context, para_span: Span, candidates: Sequence[Quote], figures_only: bool, index: QuoteSentences
) -> Pairing | None:
    """The quote sentence that covers the same claim as some clause of the paraphrase, best first.

    ``candidates`` are quotes of ``index``; only the sentences that share enough content
    words with a clause are scored, in the order of ``candidates`` and of their sentences.
    """
    text = ctx.report.document.text
    best: Pairing | None = None
    allowed = index.allowed(candidates)
    # "last year" read as the year it names (attribution_times)
    published = ctx.report.document.published.year if ctx.report.document.published else None
    clauses = [(clause, False) for clause in split_pieces(para_span, text)]
    if not figures_only:  # a reported statement: "… and that …" opens a second one (attribution_and_that)
        # and a clause running on past its figure is scored by its head too (attribution_run_on)
        clauses = statement_heads(second_that_clauses([c for c, _ in clauses], text), text, ctx.figures_in)
    for clause, head in clauses:
        mine = ctx.figures_in(clause)
        # a head's figures are dated by the head's words only (attribution_run_on)
        sentences = head_sentences(ctx.report.sentences, clause) if head else ctx.report.sentences
        if figures_only and not mine:
            continue  # only figure pairs count, and this clause has no figure
        mine_words = ctx.content(clause)
        if LEAST_SHARED > 0:
            places = sorted(p for p in index.sharing(mine_words, LEAST_SHARED) if p[0] in allowed)
        else:
            places = [(i, j) for i in sorted(allowed) for j in range(len(index.pieces[i]))]
        for i, j in places:
            quote, piece = index.quotes[i], index.pieces[i][j]
            if quote.span.overlaps(para_span):
                continue
            score, shared = index.coverage(mine_words, (i, j))
            one_claim = not figures_only and score >= SAME_CLAIM_COVERAGE and len(shared) >= MIN_SHARED_WORDS
            # the writer's own statement restates a quoted figure only when both name the same
            # thing or the numbers are distinctive: "13 years" is not "a team of 15"
            pairs = [
                (a, b)
                for a, b in pair_figures(mine, ctx.figures_in(piece), loose=one_claim)
                # the speaker's own report tells the quote's count with its verb and noun: one claim,
                # whatever else the clause says (attribution_same_verb), judged at most ``warn``
                if (score >= FIGURE_COVERAGE or same_verb_and_noun(text, a, b, figures_only))
                and (not figures_only or same_unit(a, b) or both_distinctive(ctx, a, b))
                # the writer's own figure further than RESTATE_RATIO from the quote's counts another
                # thing ("76 seats" to govern, a party "may win three or four seats")
                and (not figures_only or comparable(a.value, b.value))
                # a difference ("$8 billion larger than projected") is no level ("a risk adjustment
                # of $5 billion"): the two are compared only when both are, or neither is
                and difference(ctx, a) == difference(ctx, b)
                # "a 20-point deficit" measures a deficit, "scored 28 points" counts points
                and not measure_differs(ctx, a, b)
                # "rose to 15.6 million" against the quote's "16.4 million … at the end of 2019"
                and not times_apart(text, a, b, sentences, published)
                # "Only 16.1 million pounds were landed that season" after "The 2015-16 season …"
                and not that_time_apart(text, a, b, sentences)
                and not narrowed_to_a_kind_of_place(text, a, quote)  # "4,000 teachers in rural districts"
                and (by_words(a, b, shared, one_claim) or same_verb_and_noun(text, a, b, figures_only))
            ]
            by_verb = frozenset((a.id, b.id) for a, b in pairs if not by_words(a, b, shared, one_claim))
            if pairs:
                rank = 1.0 + score
            # a head is the claim of its figure: it pairs only by figures (attribution_run_on)
            elif (
                not figures_only
                and not head
                and score >= SAME_CLAIM_COVERAGE
                and len(shared) >= MIN_SHARED_WORDS
            ):
                rank = score
            else:
                continue
            if best is None or rank > (1.0 if best.figures else 0.0) + best.score:
                best = Pairing(clause, quote, piece, tuple(pairs), score, tuple(shared), by_verb, head)
    return best


def by_words(a: Figure, b: Figure, shared: Sequence[str], one_claim: bool) -> bool:
    """The pair is one claim by the words the two sentences share (not by a verb alone)."""
    return (
        (values_close(a, b) and len(shared) >= FIGURE_SHARED_WORDS)
        or (same_unit(a, b) and len(shared) >= MIN_SHARED_WORDS)
        or one_claim  # the same speaker's clause restating the quote's sentence
    )


def same_verb_and_noun(text: str, a: Figure, b: Figure, figures_only: bool) -> bool:
    """The speaker's reported count told with the quote's verb and counted noun (not for the
    writer's own statements, ``figures_only``)."""
    return (
        not figures_only
        and same_unit(a, b)
        and told_with_same_verb(text, a, b)
        and not scopes_differ(text, a, b)  # "300 on Saturday alone", "3,000 would be open by …"
    )


#: A comparative right after a figure and up to two words of its noun: the figure is a difference
#: between two quantities ("$8 billion larger than Ottawa projected", "3,000 more jobs than forecast").
DIFFERENCE_AFTER = re.compile(
    r"\s+(?:[A-Za-z-]+\s+){0,2}?(?:more|less|larger|smaller|higher|lower|bigger|greater|fewer|"
    r"wider|narrower)\s+than\b",
    re.I,
)


def difference(ctx: Context, figure: Figure) -> bool:
    """True when the figure is a difference between two quantities, by the comparative after it."""
    return DIFFERENCE_AFTER.match(ctx.report.document.text, figure.span.end) is not None


#: Two figures further apart than this factor count different things, however alike their words.
RESTATE_RATIO = 2.0


def distinctive_number(words: str) -> bool:
    """True for a number of three or more significant digits ("1,237", "$2.35 million"): rarely
    two different quantities in one article."""
    digits = re.sub(r"\D", "", words.split()[0] if words.split() else "").strip("0")
    return len(digits) >= 3


def both_distinctive(ctx: Context, first: Figure, second: Figure) -> bool:
    """True when both figures are distinctive numbers (three or more significant digits)."""
    return distinctive_number(ctx.words(first.span)) and distinctive_number(ctx.words(second.span))


def comparable(first: float, second: float) -> bool:
    """True when two values of one sign lie within :data:`RESTATE_RATIO` of each other."""
    if first <= 0 or second <= 0:
        return first == second
    return max(first, second) / min(first, second) <= RESTATE_RATIO
