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

import re
from collections.abc import Iterator, Sequence

import attrs

from factcheck.model import Figure, Quote, QuoteKind, Report, Span, Speaker, Status, Verdict

from .attribution_aside import said_part
from .attribution_beside import measure_differs, restated_beside, told_again_beside, told_by_writer
from .attribution_bounds import bounds_reversed
from .attribution_context import Context, short
from .attribution_counted import counted_verdicts, doubt_readings
from .attribution_figures import (
    agree_rounded,
    compare_figures,
    restates,
    same_unit,
)
from .attribution_meant import meant_by_mention
from .attribution_narrowed import narrowed_away
from .attribution_pairing import (
    RARE_POSTINGS,
    QuoteSentences,
    comparable,
    distinctive_number,
    find_pairing,
    split_pieces,
)
from .attribution_polarity import reversed_polarity
from .attribution_roles import roles_differ
from .attribution_rules import (
    FIGURE_COVERAGE,
    content_words,
    qualifier_shifts,
    shared_words,
)
from .attribution_scope import scopes_differ
from .attribution_times import period_one_sided, times_apart

__all__ = ["QuoteSentences", "paraphrase_verdicts", "split_pieces"]

#: A same-speaker paraphrase whose figures cannot be reconciled with the quote's is ``fail`` when
#: both count the same named thing, or when the clause repeats this share of the quote sentence's
#: content words (one claim, restated); otherwise ``warn``.
FAIL_COVERAGE = 0.6

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


def paraphrase_verdicts(ctx: Context, sure: Report | None = None) -> Iterator[Verdict]:
    """Compare the writer's paraphrases with the speaker's own quotes of the same claim: pairs by
    the words two statements share, then a speaker's reported count against the same speaker's
    quoted count of the same noun (:mod:`.attribution_counted`), then figures told again.
    ``ctx`` reads a speaker in doubt as none; ``sure`` is the report with the extraction's
    choices, whose doubts give the noun rule the two readings of a statement's speaker."""
    direct = [q for q in ctx.report.quoted() if not ctx.in_title(q.span)]
    if not direct:
        return
    judged: set[str] = set()
    paired = list(_paired_verdicts(ctx, direct, judged))
    counted = list(counted_verdicts(ctx, judged, doubt_readings(sure) if sure is not None else None))
    for verdict in paired:
        # a pairing that compared no figure says nothing of a count the noun rule found differing
        if (
            verdict.status is Status.PASS
            and not verdict.data.get("figures")
            and any(verdict.evidence[0].overlaps(c.evidence[0]) for c in counted)
        ):
            continue
        yield verdict
    yield from counted
    yield from figure_restatements(ctx, direct, judged)


def _paired_verdicts(ctx: Context, direct: list[Quote], judged: set[str]) -> Iterator[Verdict]:
    """The paraphrases paired with a quote sentence by the words they share, judged; the figures
    compared are added to ``judged``."""
    report = ctx.report
    text = report.document.text
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
    for span, speaker, claim_id, candidates, figures_only in items:
        pairing = find_pairing(ctx, span, candidates, figures_only, index)
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
            distinctive = distinctive_number(ctx.words(figure.span)) and distinctive_number(
                ctx.words(other.span)
            )
            named = (figure.unit and other.unit) or told_again_beside(ctx, figure, other)
            if not (named or distinctive) or shared < RESTATE_SHARED - distinctive:
                continue  # a restatement names what it counts, as the quote does, or is a distinctive number
            mine_words, their_words = ctx.words(figure.span), ctx.words(other.span)
            if restates(figure, other, mine_words, their_words) or agree_rounded(
                figure, other, mine_words, their_words
            ):
                restated = True
                break
            if not re.search(r"\d", their_words) or not comparable(figure.value, other.value):
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
