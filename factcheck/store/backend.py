"""The narrow interface the command and the history checks use (:class:`StoreBackend`): another
SQL backend implements these methods."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

from factcheck.model import Report, Speaker
from factcheck.store.rows import AddResult, ClaimRow, FigureRow, QuoteRow, ReviewRow, SimilarRow, SpeakerRow

__all__ = ["StoreBackend"]


@runtime_checkable
class StoreBackend(Protocol):
    """The narrow interface the command and the history checks use; a new backend implements it."""

    def add_report(self, report: Report) -> AddResult:
        """Store a checked report in one transaction; adding the same text again adds nothing."""
        ...

    def claims(self, *, speaker: str | None = None, limit: int | None = None) -> list[ClaimRow]:
        """Stored claims by date, oldest first; ``speaker`` keeps those of the speaker of that name
        (any alias, or a surname only one stored person has)."""
        ...

    def speakers(self) -> list[SpeakerRow]:
        """Every stored speaker with its scorecard."""
        ...

    def figures(self, query: str) -> list[FigureRow]:
        """Every stored figure whose counted noun is ``query`` (all its words), by date."""
        ...

    def history(self, *, speaker: str | None = None, subject: str | None = None) -> list[FigureRow]:
        """Figures of one speaker and/or counting one subject, by date."""
        ...

    def similar(self, text: str, *, limit: int = 10, min_score: float = 60.0) -> list[SimilarRow]:
        """Stored claims that say much the same as ``text`` (words and figures), best first."""
        ...

    def match_speaker(self, speaker: Speaker) -> int | None:
        """The stored speaker this report speaker is (no insert), or None."""
        ...

    def figure_history(
        self,
        subject: str,
        *,
        speakers: Sequence[int] = (),
        origins: Sequence[str] = (),
        exclude_document: str | None = None,
        near: dt.date | str | None = None,
    ) -> list[FigureRow]:
        """Figures about ``subject`` given by these speakers or cited from these origins (a bounded
        number each, those nearest in date to ``near``)."""
        ...

    def similar_quotes(self, text: str, *, min_score: float = 90.0, limit: int = 10) -> list[QuoteRow]:
        """Stored quotes whose words are near-identical to ``text``."""
        ...

    def import_claimreview(self, data: Any, *, origin: str = "") -> int:
        """Import ClaimReview JSON-LD (object, list or @graph); return how many were new."""
        ...

    def reviews(self) -> list[ReviewRow]:
        """Every imported ClaimReview."""
        ...

    def matching_reviews(self, text: str, *, min_score: float = 88.0) -> list[ReviewRow]:
        """Imported reviews whose claim matches ``text``, best first."""
        ...

    def close(self) -> None:
        """Release the database."""
        ...
