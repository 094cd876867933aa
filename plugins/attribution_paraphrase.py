"""The ``attribution`` checker's paraphrase check: the writer's restatement against the speaker's quote.

Preconditions (docs/checkers/attribution.md): a paraphrase is compared only with a direct
quote **of the same speaker** (an indirect quote) or, for a statement in the writer's own
voice, with a quote whose figure counts the same named thing; the two must share enough
content words to be one claim.  Figures agree when their intervals meet, or when they agree
at the precision of the less precise ("$1.4 billion" restates "$1.41 billion").  ``fail``
only for a same-speaker paraphrase whose figure, counting the same named thing, no reading
of either can reconcile; a writer's statement that differs is ``warn``.

Cost: quote sentences are indexed by their content words once per report, and a clause
is scored only against the sentences sharing its rarest words (:class:`QuoteSentences`),
so the work grows with the text, not with the number of pairs.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

import attrs
from rapidfuzz import fuzz, process

from factcheck.model import Figure, Quote, QuoteKind, Report, Span, Speaker, Status, Verdict

from .attribution_and_that import second_that_clauses
from .attribution_aside import said_part
from .attribution_beside import measure_differs, restated_beside, told_again_beside, told_by_writer
from .attribution_bounds import bounds_reversed
from .attribution_context import Context, short
from .attribution_figures import (
    agree_rounded,
    compare_figures,
    pair_figures,
    restates,
    same_unit,
    values_close,
)
from .attribution_meant import meant_by_mention
from .attribution_narrowed import narrowed_away, narrowed_to_a_kind_of_place
from .attribution_polarity import reversed_polarity
from .attribution_roles import roles_differ
from .attribution_rules import (
    FIGURE_COVERAGE,
    FIGURE_SHARED_WORDS,
    MIN_SHARED_WORDS,
    SAME_CLAIM_COVERAGE,
    WORD_SIMILARITY,
    content_words,
    qualifier_shifts,
    shared_words,
    words_match,
)
from .attribution_run_on import head_sentences, statement_heads
from .attribution_same_verb import told_with_same_verb
from .attribution_scope import scopes_differ
from .attribution_text import abbreviation_before
from .attribution_times import period_one_sided, times_apart

__all__ = ["QuoteSentences", "paraphrase_verdicts", "split_pieces"]

#: A same-speaker paraphrase whose figures cannot be reconciled with the quote's is ``fail`` when
#: both count the same named thing, or when the clause repeats this share of the quote sentence's
#: content words (one claim, restated); otherwise ``warn``.
FAIL_COVERAGE = 0.6

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
class _Pairing:
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


def _pairing(
    ctx: Context, para_span: Span, candidates: Sequence[Quote], figures_only: bool, index: QuoteSentences
) -> _Pairing | None:
    """The quote sentence that covers the same claim as some clause of the paraphrase, best first.

    ``candidates`` are quotes of ``index``; only the sentences that share enough content
    words with a clause are scored, in the order of ``candidates`` and of their sentences.
    """
    text = ctx.report.document.text
    best: _Pairing | None = None
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
                if (score >= FIGURE_COVERAGE or _same_verb_and_noun(text, a, b, figures_only))
                and (not figures_only or same_unit(a, b) or _both_distinctive(ctx, a, b))
                # the writer's own figure further than RESTATE_RATIO from the quote's counts another
                # thing ("76 seats" to govern, a party "may win three or four seats")
                and (not figures_only or _comparable(a.value, b.value))
                # a difference ("$8 billion larger than projected") is no level ("a risk adjustment
                # of $5 billion"): the two are compared only when both are, or neither is
                and _difference(ctx, a) == _difference(ctx, b)
                # "a 20-point deficit" measures a deficit, "scored 28 points" counts points
                and not measure_differs(ctx, a, b)
                # "rose to 15.6 million" against the quote's "16.4 million … at the end of 2019"
                and not times_apart(text, a, b, sentences, published)
                and not narrowed_to_a_kind_of_place(text, a, quote)  # "4,000 teachers in rural districts"
                and (_by_words(a, b, shared, one_claim) or _same_verb_and_noun(text, a, b, figures_only))
            ]
            by_verb = frozenset((a.id, b.id) for a, b in pairs if not _by_words(a, b, shared, one_claim))
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
                best = _Pairing(clause, quote, piece, tuple(pairs), score, tuple(shared), by_verb, head)
    return best


def _by_words(a: Figure, b: Figure, shared: Sequence[str], one_claim: bool) -> bool:
    """The pair is one claim by the words the two sentences share (not by a verb alone)."""
    return (
        (values_close(a, b) and len(shared) >= FIGURE_SHARED_WORDS)
        or (same_unit(a, b) and len(shared) >= MIN_SHARED_WORDS)
        or one_claim  # the same speaker's clause restating the quote's sentence
    )


def _same_verb_and_noun(text: str, a: Figure, b: Figure, figures_only: bool) -> bool:
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


def _difference(ctx: Context, figure: Figure) -> bool:
    """True when the figure is a difference between two quantities, by the comparative after it."""
    return DIFFERENCE_AFTER.match(ctx.report.document.text, figure.span.end) is not None


COMMA_CLAUSE = re.compile(r"[^,;:—–]+")


def _relevant(text: str, piece: Span, paraphrase: str) -> str:
    """The quote piece's words with its comma clauses that share no content word with the
    paraphrase blanked out (same length, so offsets hold): an omitted clause is not a dropped
    qualifier.  Only the piece is copied, so the cost does not grow with the document."""
    mine = content_words(paraphrase)
    chars = list(text[piece.start : piece.end])
    for match in COMMA_CLAUSE.finditer(text, piece.start, piece.end):
        if not shared_words(content_words(match.group()), mine):
            start, end = match.start() - piece.start, match.end() - piece.start
            chars[start:end] = " " * (end - start)
    return "".join(chars)


def _split_at(span: Span, figure: Figure | None, text: str, offset: int = 0) -> list[str]:
    """The words of ``span`` in ``text`` (which starts at document offset ``offset``), in two
    parts around ``figure`` when one is given."""
    if figure is None:
        return [text[span.start - offset : span.end - offset]]
    return [
        text[span.start - offset : figure.span.start - offset],
        text[figure.span.end - offset : span.end - offset],
    ]


def paraphrase_verdicts(ctx: Context) -> Iterator[Verdict]:
    """Compare the writer's paraphrases with the speaker's own quotes of the same claim."""
    report = ctx.report
    text = report.document.text
    direct = [q for q in report.quoted() if not ctx.in_title(q.span)]
    if not direct:
        return
    items: list[tuple[Span, Speaker | None, str | None, list[Quote], bool]] = []
    by_speaker: dict[str | None, list[Quote]] = {}
    for quote in direct:
        by_speaker.setdefault(quote.speaker, []).append(quote)
    for quote in report.quotes:
        if quote.kind is QuoteKind.INDIRECT and not ctx.in_title(quote.span):
            own = by_speaker.get(quote.speaker, []) if quote.speaker is not None else []
            # and the quotes of the one other speaker its descriptor names (attribution_meant)
            meant = _meant_quotes(report, quote, by_speaker)
            if own or meant:
                speaker = report.speaker(quote.speaker) if quote.speaker is not None else None
                # what was said, without an attribution set in as an aside (attribution_aside)
                said = said_part(text, quote)
                items.append((said, speaker, ctx.claim_of_quote.get(quote.id), own + meant, False))
    for claim in report.claims:
        if claim.speaker is None and claim.quote is None and claim.figures and not ctx.in_title(claim.span):
            items.append((claim.span, None, claim.id, direct, True))
    index = QuoteSentences(ctx, direct)
    judged: set[str] = set()
    for span, speaker, claim_id, candidates, figures_only in items:
        pairing = _pairing(ctx, span, candidates, figures_only, index)
        if pairing is None:
            continue
        if speaker is not None and pairing.quote.speaker != speaker.id:
            # a quote of the speaker its descriptor names (attribution_meant): judged as the
            # writer's statement, so warn at most
            speaker = None
        quote_speaker = report.speaker(pairing.quote.speaker)
        who = ctx.speaker_label(quote_speaker)
        problems: list[str] = []
        status = Status.PASS
        compared = []
        for mine, theirs in pairing.figures:
            result = compare_figures(mine, theirs, ctx.words(mine.span), ctx.words(theirs.span))
            compared.append({"paraphrase": mine.id, "quote": theirs.id, "outcome": result.outcome})
            judged.add(mine.id)
            # a pair read by its verb and noun alone, the clause covering less of the quote, is at most warn
            one_thing = (
                (same_unit(mine, theirs) or pairing.score >= FAIL_COVERAGE)
                and pairing.score >= FIGURE_COVERAGE
                and (mine.id, theirs.id) not in pairing.by_verb  # attribution_same_verb: warn at most
                and not pairing.head  # found through the statement's head (attribution_run_on): warn at most
                # "has hired 3,900" against "hired 5,200 since 2021": a period on one side, warn at most
                and not period_one_sided(text, mine, theirs, report.sentences)
            )
            if result.outcome == "disjoint" and speaker is not None and one_thing:
                status = Status.FAIL
                problems.append(result.explanation)
            elif result.outcome == "disjoint":
                status = Status.WARN if status is Status.PASS else status
                problems.append(result.explanation)
            elif (
                result.outcome == "hedge"
                and bounds_reversed(mine, theirs)
                and not scopes_differ(text, mine, theirs)
            ):
                # "more than 3,000" against the quote's "almost 3,000" (attribution_bounds): warn at most
                status = Status.WARN if status is Status.PASS else status
                problems.append(
                    f"'{ctx.words(mine.span)}' and the quote's '{ctx.words(theirs.span)}' bound the number "
                    "from opposite sides, so no count satisfies both"
                )
            # a hedge changed or a narrower number that both may hold: compatible, no alarm
        anchor = pairing.figures[0] if pairing.figures else None
        relevant = _relevant(text, pairing.quote_piece, ctx.words(pairing.paraphrase))
        piece_start = pairing.quote_piece.start
        shifts = (
            qualifier_shifts(
                _split_at(pairing.quote_piece, anchor[1] if anchor else None, relevant, piece_start),
                _split_at(pairing.paraphrase, anchor[0] if anchor else None, text),
            )
            if speaker is not None
            and anchor is not None
            and anchor[0].value == anchor[1].value
            and not pairing.head
            else []  # qualifiers are compared only for one claim anchored by one figure on both sides
        )
        if shifts and status is Status.PASS:
            status = Status.WARN
        # the speaker's own reported speech saying the opposite of the quote (attribution_polarity)
        # (a head, attribution_run_on, is judged by its figures only)
        reversal = (
            reversed_polarity(relevant, ctx.words(pairing.paraphrase))
            if speaker is not None and not pairing.head
            else None
        )
        if reversal is not None and status is Status.PASS:
            status = Status.WARN
        briefly = problems + [s.brief() for s in shifts] + ([reversal.brief()] if reversal else [])
        problems.extend(s.explain() for s in shifts)
        problems.extend([reversal.explain()] if reversal else [])
        writer = "the writer's paraphrase" if speaker is not None else "the writer's own statement"
        para_words = short(ctx.words(pairing.paraphrase), 90)
        quote_words = short(ctx.words(pairing.quote_piece), 90)
        data = {
            "check": "paraphrase",
            "speaker": quote_speaker.id if quote_speaker else None,
            "quote": pairing.quote.id,
            "figures": compared,
            "coverage": round(pairing.score, 2),
            "shifts": [attrs.asdict(s) for s in shifts],
            "reversal": attrs.asdict(reversal) if reversal else None,
        }
        if status is Status.PASS:
            yield Verdict(
                Status.PASS,
                f"paraphrase agrees with the quote of {quote_speaker.name if quote_speaker else 'nobody'}: "
                f"'{short(para_words, 50)}'",
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
    yield from figure_restatements(ctx, direct, judged)


def _meant_quotes(report: Report, quote: Quote, by_speaker: dict[str | None, list[Quote]]) -> list[Quote]:
    """The direct quotes of the one other speaker a reported statement's descriptor names ("the
    minister", "Professor Ho"), when the extraction gave it to someone else (attribution_meant)."""
    meant = meant_by_mention(report, quote, {s for s in by_speaker if s is not None})
    return list(by_speaker.get(meant, [])) if meant is not None else []


#: Content words read either side of a figure to tell what it counts.
FIGURE_WINDOW = 80
#: A figure outside quote marks restates one inside them when both name what they count, the same
#: thing, and the words around the two share this many content words.
RESTATE_SHARED = 4


def _around(ctx: Context, figure: Figure) -> frozenset[str]:
    """Content words within :data:`FIGURE_WINDOW` characters of a figure, in its paragraph."""
    text = ctx.report.document.text
    left = max(text.rfind("\n", 0, figure.span.start) + 1, figure.span.start - FIGURE_WINDOW)
    right_end = text.find("\n", figure.span.end)
    right = min(len(text) if right_end < 0 else right_end, figure.span.end + FIGURE_WINDOW)
    return frozenset(content_words(text[left : figure.span.start] + " " + text[figure.span.end : right]))


#: Two figures further apart than this factor count different things, however alike their words.
RESTATE_RATIO = 2.0


def _distinctive(words: str) -> bool:
    """True for a number of three or more significant digits ("1,237", "$2.35 million"): rarely
    two different quantities in one article."""
    digits = re.sub(r"\D", "", words.split()[0] if words.split() else "").strip("0")
    return len(digits) >= 3


def _both_distinctive(ctx: Context, first: Figure, second: Figure) -> bool:
    """True when both figures are distinctive numbers (three or more significant digits)."""
    return _distinctive(ctx.words(first.span)) and _distinctive(ctx.words(second.span))


def _comparable(first: float, second: float) -> bool:
    """True when two values of one sign lie within :data:`RESTATE_RATIO` of each other."""
    if first <= 0 or second <= 0:
        return first == second
    return max(first, second) / min(first, second) <= RESTATE_RATIO


def figure_restatements(ctx: Context, direct: Sequence[Quote], judged: set[str]) -> Iterator[Verdict]:
    """A figure in the writer's words or in reported speech against the same figure in a direct quote.

    Preconditions: the two are of one kind (percent, currency), both name what they count and it
    is the same thing (or both are distinctive numbers of three or more significant digits), they
    sit among :data:`RESTATE_SHARED` shared content words (one fewer for distinctive numbers), and
    a reported statement's speaker is the quote's; both are written in digits and lie within
    :data:`RESTATE_RATIO` of each other (further apart, they count different things).  ``warn``
    when no quoted figure so placed restates it (at the precision of the less precise); figures
    already compared as a paraphrase are left to that verdict.  Quoted figures are indexed by
    the words around them, so each figure is scored only against those sharing a rare word.
    """
    report = ctx.report
    inside: list[tuple[Figure, Quote]] = []
    for quote in direct:
        inside.extend((figure, quote) for figure in ctx.figures_in(quote.span))
    if not inside:
        return
    postings: dict[str, list[int]] = {}
    contexts = []
    for n, (figure, _) in enumerate(inside):
        words = _around(ctx, figure)
        contexts.append(words)
        for word in words:
            postings.setdefault(word, []).append(n)
    quoted_ids = {figure.id for figure, _ in inside}
    holder: dict[str, Quote] = {}
    for quote in report.quotes:
        if quote.kind is QuoteKind.INDIRECT:
            for figure in ctx.figures_in(quote.span):
                holder.setdefault(figure.id, quote)
    title = ctx.headline
    for figure in report.figures:
        if (
            figure.id in quoted_ids
            or figure.id in judged
            or (title is not None and title.contains(figure.span))
        ):
            continue
        if not re.search(r"\d", ctx.words(figure.span)):
            continue  # "two", "a dozen": too common to pair
        reported = holder.get(figure.id)
        mine = _around(ctx, figure)
        picked: set[int] = set()
        for word in mine:  # rare words pick the candidates; all shared words are then counted
            found = postings.get(word, ())
            if len(found) <= RARE_POSTINGS:
                picked.update(found)
        counts = {n: len(mine & contexts[n]) for n in picked}
        best: tuple[int, Figure, Quote] | None = None
        restated = False
        for n, shared in counts.items():
            other, quote = inside[n]
            if other.is_percent != figure.is_percent or other.currency != figure.currency:
                continue
            if figure.unit and other.unit and not same_unit(figure, other):
                continue
            if roles_differ(report.document.text, figure, other):
                continue  # "a majority requires 136" against a forecast of "118 and 131 seats"
            if measure_differs(ctx, figure, other):
                continue  # "a 17-point deficit" measures a deficit; "scored 20 points" counts points
            if times_apart(report.document.text, figure, other, report.sentences):
                continue  # the count at another time ("… at the end of 2019"), not this one told again
            if (
                reported is not None
                and reported.speaker
                and quote.speaker
                and reported.speaker != quote.speaker
            ):
                continue  # another speaker's statement: not a restatement of this quote
            distinctive = _distinctive(ctx.words(figure.span)) and _distinctive(ctx.words(other.span))
            named = (figure.unit and other.unit) or told_again_beside(ctx, figure, other)
            if not (named or distinctive) or shared < RESTATE_SHARED - distinctive:
                continue  # a restatement names what it counts, as the quote does, or is a distinctive number
            mine_words, their_words = ctx.words(figure.span), ctx.words(other.span)
            if restates(figure, other, mine_words, their_words) or agree_rounded(
                figure, other, mine_words, their_words
            ):
                restated = True
                break
            if not re.search(r"\d", their_words) or not _comparable(figure.value, other.value):
                continue
            if best is None or shared > best[0]:
                best = (shared, other, quote)
        if restated or best is None:
            continue
        shared, other, quote = best
        if narrowed_away(report.document.text, figure, quote):
            continue  # "the 290,407 candidates who wrote mathematics": a set the quote does not name
        if restated_beside(ctx, figure, other):
            continue  # the sentence gives the quote's figure itself; this one is set beside it
        if told_by_writer(ctx, figure, other, shared, lambda f: _around(ctx, f), quoted_ids):
            continue  # the writer gives the quote's figure too, nearer this one's words: the writer's pair
        speaker = report.speaker(quote.speaker)
        who = ctx.speaker_label(speaker) if speaker is not None else "the quote"
        yield Verdict(
            Status.WARN,
            f"paraphrase figure '{ctx.words(figure.span)}' differs from the quote's "
            f"'{ctx.words(other.span)}'",
            claim=ctx.claim_of_quote.get(reported.id) if reported is not None else None,
            details=(
                f"'{ctx.words(figure.span)}' stands among {shared} of the words around "
                f"'{ctx.words(other.span)}' in the direct quote of {who}, "
                f"'{short(ctx.words(quote.span), 120)}', and counts the same kind of thing, but no reading "
                "of the two, rounding included, gives one number."
            ),
            evidence=[figure.span, other.span],
            data={
                "check": "paraphrase",
                "speaker": quote.speaker,
                "quote": quote.id,
                "figures": [{"paraphrase": figure.id, "quote": other.id, "outcome": "differs"}],
                "shared_words": shared,
            },
        )
