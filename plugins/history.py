"""Built-in plugin `history`: checks that judge a new report against the claim store.

These checks need the store, so they run through the ``factcheck_history_check``
hook (called by ``factcheck track add`` after the ordinary checkers and before
the report is stored), not through ``factcheck_checkers``.  Three checks:

``figure-drift``
    The same speaker, or the same cited origin, gave a different figure for the same
    subject (the figure's counted unit, compared by :func:`factcheck.store.subject_key`)
    in another stored document.  ``info`` with both figures, dates and documents;
    ``warn`` when the two figures' intervals cannot both hold and the two documents
    are dated at most :data:`DRIFT_WINDOW_DAYS` days apart.
``misattribution``
    Near-identical quoted words (:data:`QUOTE_MIN_SCORE` or more with
    :func:`rapidfuzz.fuzz.ratio`, at least :data:`QUOTE_MIN_WORDS` words) attributed
    to a different speaker in another stored document: ``warn`` naming both.  The earlier
    quotes compared are those the store's quote index finds (a shared stretch of words; see
    :meth:`factcheck.store.ClaimStore.similar_quotes`), not every stored quote.
``already-reviewed``
    A claim that matches an imported ClaimReview: ``info`` with the reviewer,
    the rating and the link.

``--disable NAME`` drops one of them by its name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import attrs

from factcheck import Checker, hookimpl
from factcheck.model import Claim, Figure, Interval, Report, Status, Verdict, statement_id
from factcheck.store import FigureRow, StoreBackend, figure_origins, figure_speakers, name_key

DRIFT_WINDOW_DAYS = 31
"""Two figures further apart than this many days may both be true (the count moved): only ``info``."""

QUOTE_MIN_WORDS = 6
"""Shorter quotes are stock phrases, too common to signal a misattribution."""

QUOTE_MIN_SCORE = 90.0
"""How near-identical (0-100, rapidfuzz ratio on folded words) two quotes must be."""

REVIEW_MIN_SCORE = 88.0
"""How closely (0-100, rapidfuzz token-set ratio) a claim must match a reviewed claim."""

HistoryCheck = Callable[[Report, StoreBackend], Iterator[Verdict]]


def _claim_of_figure(report: Report, figure: Figure) -> Claim | None:
    for claim in report.claims:
        if figure.id in claim.figures:
            return claim
    return next((c for c in report.claims if c.span.contains(figure.span)), None)


def _row_interval(row: FigureRow) -> Interval:
    return Interval(row.lower, row.upper, row.lower_closed, row.upper_closed)


def _same_figure(figure: Figure, row: FigureRow) -> bool:
    return figure.value == row.value and figure.interval == _row_interval(row)


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _where(location: str | None, document: str) -> str:
    """A short name for a stored document: its file or URL's last part, else its id."""
    if not location:
        return f"document {document}"
    return location.rstrip("/").rsplit("/", 1)[-1] or location


def figure_drift(report: Report, store: StoreBackend) -> Iterator[Verdict]:
    """Yield a verdict for each stored figure of this speaker or origin that differs on the same subject."""
    speakers = figure_speakers(report)
    published = report.document.published
    when = published.isoformat() if published else "undated"
    for figure in report.figures:
        if not figure.unit:
            continue
        speaker = report.speaker(speakers.get(figure.id))
        stored = store.match_speaker(speaker) if speaker is not None else None
        origins = figure_origins(report, figure)
        history = store.figure_history(
            figure.unit,
            speakers=[stored] if stored is not None else [],
            origins=origins,
            exclude_document=report.document.id,
            near=published,
        )
        claim = _claim_of_figure(report, figure)
        for row in history:
            if (
                row.is_percent != figure.is_percent
                or row.currency != figure.currency
                or _same_figure(figure, row)
            ):
                continue
            then = _date(row.published)
            days = abs((published - then).days) if published and then else None
            disjoint = not figure.interval.intersects(_row_interval(row))
            close = days is not None and days <= DRIFT_WINDOW_DAYS
            status = Status.WARN if disjoint and close else Status.INFO
            who = row.speaker if row.speaker_id is not None and row.speaker_id == stored else None
            by = who or (f"cited to {row.origin}" if row.origin else "the same source")
            words = report.words(figure.span)
            summary = (
                f"{by} gave {row.text} {row.unit} on {row.published or 'an unknown date'} "
                f"({_where(row.location, row.document)}); here {words} {figure.unit} ({when})"
            )
            if status is Status.WARN:
                detail = (
                    f"The intervals {row.interval_text()} and {figure.interval} do not overlap, and the "
                    f"documents are {days} days apart (at most {DRIFT_WINDOW_DAYS}): both cannot hold."
                )
            elif disjoint:
                apart = "of unknown date" if days is None else f"{days} days apart"
                detail = (
                    f"The intervals do not overlap, but the documents are {apart}; the number may have moved."
                )
            else:
                detail = "The intervals overlap, so both can hold; the figure was worded differently."
            yield Verdict(
                status=status,
                summary=summary,
                claim=claim.id if claim else None,
                details=detail,
                evidence=(figure.span,),
                data={
                    "subject": figure.unit,
                    "now": {
                        "figure": words,
                        "value": figure.value,
                        "date": when,
                        "document": report.document.id,
                    },
                    "before": {
                        "figure": row.text,
                        "value": row.value,
                        "date": row.published,
                        "document": row.document,
                        "location": row.location,
                        "interval": row.interval_text(),
                    },
                    "days": days,
                    "disjoint": disjoint,
                },
            )


def misattribution(report: Report, store: StoreBackend) -> Iterator[Verdict]:
    """Yield a warning for each quote whose near-identical words another document gives to someone else."""
    document = report.document.id  # a hash of the text: worked out once, not once a stored quote
    claims: dict[str, Claim] = {}
    for claim_of in report.claims:
        if claim_of.quote is not None:
            claims.setdefault(claim_of.quote, claim_of)  # the first claim of each quote, as before
    # every quote, and the words quoted inside reported speech on their own (Report.fragments)
    for quote in (*report.quotes, *report.fragments()):
        speaker = report.speaker(quote.speaker)
        words = report.words(quote.span)
        if speaker is None or len(words.split()) < QUOTE_MIN_WORDS:
            continue
        stored = store.match_speaker(speaker)
        claim = claims.get(statement_id(quote.id))  # "q3.1": the claim of q3
        seen: set[int] = set()
        for row in store.similar_quotes(words, min_score=QUOTE_MIN_SCORE):
            if row.document == document or row.speaker_id is None or row.speaker is None:
                continue
            if row.speaker_id == stored or name_key(row.speaker) == name_key(speaker.name):
                continue
            if row.speaker_id in seen:
                continue
            seen.add(row.speaker_id)
            yield Verdict(
                status=Status.WARN,
                summary=(
                    f"these words are attributed here to {speaker.name}, but to {row.speaker} in "
                    f"{_where(row.location, row.document)} ({row.published or 'undated'})"
                ),
                claim=claim.id if claim else None,
                details=f"The two quotes match {row.score:.0f}/100 word for word; one attribution is wrong.",
                evidence=(quote.span,),
                data={
                    "speaker": speaker.name,
                    "other_speaker": row.speaker,
                    "other_document": row.document,
                    "other_location": row.location,
                    "score": row.score,
                    "other_quote": row.text,
                },
            )


def already_reviewed(report: Report, store: StoreBackend) -> Iterator[Verdict]:
    """Yield an ``info`` verdict for each claim that matches an imported ClaimReview."""
    for claim in report.claims:
        for review in store.matching_reviews(report.words(claim.span), min_score=REVIEW_MIN_SCORE):
            yield Verdict(
                status=Status.INFO,
                summary=(
                    f"already reviewed by {review.reviewer or 'a fact-checker'} as "
                    f"{review.rating or 'unrated'}: {review.url or '(no link)'}"
                ),
                claim=claim.id,
                details=f"Matches the reviewed claim “{review.claim_reviewed}” ({review.score:.0f}/100).",
                evidence=(claim.span,),
                data={
                    "reviewer": review.reviewer,
                    "rating": review.rating,
                    "url": review.url,
                    "claim_reviewed": review.claim_reviewed,
                    "date_published": review.date_published,
                    "score": review.score,
                },
            )


HISTORY_CHECKS: dict[str, HistoryCheck] = {
    "figure-drift": figure_drift,
    "misattribution": misattribution,
    "already-reviewed": already_reviewed,
}
"""The history checks by name (the name each verdict carries as its checker)."""


def run_history_checks(
    report: Report, store: StoreBackend, names: Sequence[str] | None = None
) -> list[Verdict]:
    """Run the named history checks (all by default) and return their verdicts, each named."""
    verdicts: list[Verdict] = []
    for name, check in HISTORY_CHECKS.items():
        if names is None or name in names:
            verdicts.extend(attrs.evolve(v, checker=name) for v in check(report, store))
    return verdicts


@hookimpl
def factcheck_history_check(report: Report, store: Any) -> Sequence[Verdict] | None:
    """Judge ``report`` against the store: figure drift, misattribution, already reviewed."""
    return run_history_checks(report, store)


@hookimpl
def factcheck_checkers() -> Sequence[Checker]:
    """No store-free checkers: the history checks run through ``factcheck_history_check``."""
    return []
