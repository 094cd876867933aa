"""The claim store: every checked report kept in an embedded SQLite database, queryable later.

:class:`ClaimStore` keeps documents (keyed by :attr:`Document.id`, the hash of the
text, so adding the same words twice adds nothing), speakers merged across
documents, and each document's quotes, figures, sources, claims and verdicts
with their spans into the document's text.  It also keeps ClaimReview records
imported from fact-checkers.

Every add is one transaction; the schema carries a version (``PRAGMA
user_version``) and is brought up to date by :data:`MIGRATIONS` on open.  All SQL
is parameterised.  The methods the checkers and the command use are listed in
:class:`StoreBackend`, a :class:`typing.Protocol`, so another SQL backend can be
written against it.  See docs/store.md.

The package is split by what changes together: :mod:`~factcheck.store.schema` (the SQL
migrations), :mod:`~factcheck.store.database` (opening and migrating),
:mod:`~factcheck.store.writing` (add, remove, import), :mod:`~factcheck.store.queries` and
:mod:`~factcheck.store.search` (reading), :mod:`~factcheck.store.rows` (the values returned),
:mod:`~factcheck.store.keys` (how text is keyed) and :mod:`~factcheck.store.reviews`
(ClaimReview JSON-LD).  Every public name is importable from ``factcheck.store``.
"""

from __future__ import annotations

from factcheck.store.backend import StoreBackend
from factcheck.store.claimstore import ClaimStore
from factcheck.store.database import BUSY_TIMEOUT, DB_ENV, StoreError, default_db_path
from factcheck.store.keys import (
    QUOTE_KEY_WORDS,
    figure_origins,
    figure_speakers,
    name_key,
    quote_keys,
    sentence_around,
    subject_key,
)
from factcheck.store.queries import HISTORY_LIMIT
from factcheck.store.reviews import claimreviews
from factcheck.store.rows import (
    STATUSES,
    AddResult,
    ClaimRow,
    FigureRow,
    QuoteRow,
    ReviewRow,
    SimilarRow,
    SpeakerRow,
)
from factcheck.store.schema import APPLICATION_ID, MIGRATIONS
from factcheck.store.search import COMMON_RUN, REVIEW_MIN_WORDS
from factcheck.store.writing import MIN_ID_PREFIX

__all__ = [
    "APPLICATION_ID",
    "BUSY_TIMEOUT",
    "COMMON_RUN",
    "DB_ENV",
    "HISTORY_LIMIT",
    "MIGRATIONS",
    "MIN_ID_PREFIX",
    "QUOTE_KEY_WORDS",
    "REVIEW_MIN_WORDS",
    "STATUSES",
    "AddResult",
    "ClaimRow",
    "ClaimStore",
    "FigureRow",
    "QuoteRow",
    "ReviewRow",
    "SimilarRow",
    "SpeakerRow",
    "StoreBackend",
    "StoreError",
    "claimreviews",
    "default_db_path",
    "figure_origins",
    "figure_speakers",
    "name_key",
    "quote_keys",
    "sentence_around",
    "subject_key",
]
