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
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import attrs
from rapidfuzz import fuzz, process

from factcheck.errors import FactcheckError
from factcheck.extraction.text import sentence_around as _sentence_span
from factcheck.extraction.text import split_sentences
from factcheck.model import Figure, Report, Span, Speaker, SpeakerKind, Status
from factcheck.safe import strict_jsonable
from factcheck.serialize import report_to_dict
from factcheck.similarity import (
    clause_around,
    counts_subject,
    expand,
    same_value,
    stated_values,
    subject_words,
    terms,
)

__all__ = [
    "DB_ENV",
    "MIGRATIONS",
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
    "name_key",
    "subject_key",
]

DB_ENV = "FACTCHECK_DB"
"""Environment variable naming the store's file (overridden by ``--db PATH``)."""

STATUSES = tuple(status.value for status in Status)

REVIEW_MIN_WORDS = 4
"""A reviewed claim of fewer words is never matched: too little to be sure it is the same claim."""

MIN_ID_PREFIX = 8
"""The fewest characters of a document id that ``track remove`` takes for the whole id."""

APPLICATION_ID = 0x46434B31
"""``PRAGMA application_id`` of a factcheck claim store ("FCK1"): a file with another is refused."""

BUSY_TIMEOUT = 30.0
"""Seconds a connection waits for another process's write lock before giving up."""


class StoreError(FactcheckError):
    """The claim store cannot be opened, migrated or written; the message names the file."""


def default_db_path(environ: Mapping[str, str] | None = None) -> Path:
    """Where the store lives when no ``--db`` is given.

    ``$FACTCHECK_DB`` when set; else ``$XDG_DATA_HOME/factcheck/claims.sqlite``;
    else ``~/.local/share/factcheck/claims.sqlite``.
    """
    env = os.environ if environ is None else environ
    if env.get(DB_ENV):
        return Path(env[DB_ENV]).expanduser()
    data_home = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home).expanduser() / "factcheck" / "claims.sqlite"


# --------------------------------------------------------------------------- keys

_DETERMINERS = frozenset(
    {"the", "a", "an", "of", "these", "those", "this", "that", "its", "their", "his", "her"}
)


def _fold(text: str) -> str:
    """Casefold, strip accents, turn punctuation into spaces and collapse whitespace."""
    if text.isascii():
        bare = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")
    bare = bare.replace("'s ", " ").casefold()
    return " ".join(_PUNCTUATION.sub(" ", bare).split())


_PUNCTUATION = re.compile(r"[^\w\s]")


def _word_count(text: str) -> int:
    return len(text.split())


def _terms_text(text: str) -> str:
    """The content-word stems of ``text`` (:func:`factcheck.similarity.terms`), sorted, space-separated."""
    return " ".join(sorted(terms(text)))


def _numbers_text(text: str) -> str:
    """The numbers ``text`` states in digits (:func:`factcheck.similarity.stated_values`), space-separated."""
    return " ".join(repr(v) for v in stated_values(text))


def name_key(name: str) -> str:
    """The key two spellings of one name share: "Oleg  Syromolotov" and "oleg syromolotov"."""
    return _fold(name)


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def subject_key(unit: str) -> str:
    """The key two wordings of one counted subject share ("the Russian citizens" ~ "Russian citizen")."""
    words = [w for w in _fold(unit).split() if w not in _DETERMINERS]
    return " ".join(_singular(w) for w in words)


def _given_names_compatible(a: Sequence[str], b: Sequence[str]) -> bool:
    """True when no given name contradicts the other ("O" fits "Oleg"; "Ivan" does not)."""
    for x, y in zip(a, b, strict=False):
        if not (x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))):
            return False
    return True


def sentence_around(text: str, span: Span, split: Sequence[Span] | None = None) -> str:
    """The sentence (or headline line) of ``text`` that holds ``span``, its spaces collapsed.

    The extractor's sentence rules (:func:`factcheck.extraction.text.sentence_around`), except
    that a quotation of several sentences is not kept whole: the stored sentence of a figure
    is the one sentence it is in, not a whole quoted passage.  ``split`` is
    :func:`~factcheck.extraction.text.split_sentences` of ``text`` (``whole_quotes=False``)
    when many spans of one text are looked up.
    """
    return " ".join(_sentence_span(text, span, split, whole_quotes=False).of(text).split())


# --------------------------------------------------------------------------- rows


@attrs.frozen
class AddResult:
    """What :meth:`ClaimStore.add_report` did: the document id, whether its text was new, its
    revision at its location and the document it follows there.

    ``reverted`` is set when a text already stored came back to a location that had moved on
    (A, then B, then A again at one URL or path): the earlier revision it restores.
    ``revised`` is True when a revision was recorded for a text already stored (a revert, or
    a copy of a stored text replacing another at a location with history).
    """

    document: str
    added: bool
    revision: int = 1
    previous: str | None = None
    speakers: int = 0
    claims: int = 0
    figures: int = 0
    quotes: int = 0
    verdicts: int = 0
    reverted: int | None = None
    revised: bool = False


@attrs.frozen
class SpeakerRow:
    """One stored speaker with its scorecard: documents, claims and verdict counts by status."""

    id: int
    name: str
    kind: str
    role: str | None
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    documents: int
    claims: int
    verdicts: Mapping[str, int] = attrs.field(hash=False)

    def row(self) -> dict[str, Any]:
        """A flat dict for :func:`factcheck.render.format_table`."""
        out: dict[str, Any] = {
            "speaker": self.name,
            "role": self.role or "",
            "documents": self.documents,
            "claims": self.claims,
        }
        out.update({status: self.verdicts.get(status, 0) for status in STATUSES})
        return out


@attrs.frozen
class ClaimRow:
    """One stored claim, with its document's date, its speaker's name, its figures and verdicts."""

    document: str
    claim: str
    published: str | None
    location: str | None
    speaker: str | None
    text: str
    start: int
    end: int
    figures: tuple[str, ...] = ()
    verdicts: tuple[str, ...] = ()

    def row(self) -> dict[str, Any]:
        """A flat dict for :func:`factcheck.render.format_table`."""
        return {
            "date": self.published or "",
            "speaker": self.speaker or "",
            "claim": self.text,
            "figures": "; ".join(self.figures),
            "verdicts": "; ".join(self.verdicts),
            "document": self.location or self.document,
        }


@attrs.frozen
class FigureRow:
    """One stored figure with its date, speaker, cited origin, subject and sentence."""

    document: str
    figure: str
    published: str | None
    location: str | None
    speaker: str | None
    speaker_id: int | None
    origin: str | None
    text: str
    value: float
    lower: float | None
    upper: float | None
    lower_closed: bool
    upper_closed: bool
    hedge: str | None
    unit: str | None
    is_percent: bool
    currency: str | None
    sentence: str
    start: int
    end: int

    def interval_text(self) -> str:
        """The interval the words allow, e.g. ``(4000, inf)``."""
        lo = "-inf" if self.lower is None else f"{self.lower:g}"
        hi = "inf" if self.upper is None else f"{self.upper:g}"
        left = "[" if self.lower is not None and self.lower_closed else "("
        right = "]" if self.upper is not None and self.upper_closed else ")"
        return f"{left}{lo}, {hi}{right}"

    def row(self) -> dict[str, Any]:
        """A flat dict for :func:`factcheck.render.format_table`."""
        return {
            "date": self.published or "",
            "speaker": self.speaker or "",
            "origin": self.origin or "",
            "figure": self.text,
            "value": f"{self.value:g}{'%' if self.is_percent else ''}",
            "interval": self.interval_text(),
            "unit": self.unit or "",
            "sentence": self.sentence,
            "document": self.location or self.document,
        }


@attrs.frozen
class QuoteRow:
    """One stored quote with its speaker and document."""

    document: str
    quote: str
    published: str | None
    location: str | None
    speaker: str | None
    speaker_id: int | None
    kind: str
    text: str
    score: float = 0.0

    def row(self) -> dict[str, Any]:
        """A flat dict for :func:`factcheck.render.format_table`."""
        return {
            "score": f"{self.score:.0f}",
            "date": self.published or "",
            "speaker": self.speaker or "",
            "quote": self.text,
            "document": self.location or self.document,
        }


@attrs.frozen
class SimilarRow:
    """A stored claim found by :meth:`ClaimStore.similar`, with its fuzzy-match score (0-100)."""

    score: float
    claim: ClaimRow

    def row(self) -> dict[str, Any]:
        """A flat dict for :func:`factcheck.render.format_table`."""
        return {"score": f"{self.score:.0f}", **self.claim.row()}


@attrs.frozen
class ReviewRow:
    """An imported ClaimReview: the claim reviewed, who said it, who reviewed it, the rating and link."""

    id: int
    claim_reviewed: str
    claim_author: str | None
    claim_date: str | None
    reviewer: str | None
    rating: str | None
    rating_value: str | None
    best_rating: str | None
    worst_rating: str | None
    url: str
    date_published: str | None
    appearance: str | None
    score: float = 0.0

    def row(self) -> dict[str, Any]:
        """A flat dict for :func:`factcheck.render.format_table`."""
        return {
            "date": self.date_published or "",
            "reviewer": self.reviewer or "",
            "rating": self.rating or "",
            "claim": self.claim_reviewed,
            "claimant": self.claim_author or "",
            "url": self.url,
        }

    def to_jsonld(self) -> dict[str, Any]:
        """This review as schema.org ClaimReview JSON-LD (the fields the store keeps)."""
        item: dict[str, Any] = {"@type": "Claim"}
        if self.claim_author:
            item["author"] = {"@type": "Thing", "name": self.claim_author}
        if self.claim_date:
            item["datePublished"] = self.claim_date
        if self.appearance:
            item["appearance"] = {"@type": "CreativeWork", "url": self.appearance}
        rating: dict[str, Any] = {"@type": "Rating"}
        for key, value in (
            ("ratingValue", self.rating_value),
            ("bestRating", self.best_rating),
            ("worstRating", self.worst_rating),
            ("alternateName", self.rating),
        ):
            if value is not None:
                rating[key] = value
        out: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": self.claim_reviewed,
            "itemReviewed": item,
            "reviewRating": rating,
        }
        if self.url:
            out["url"] = self.url
        if self.date_published:
            out["datePublished"] = self.date_published
        if self.reviewer:
            key = "url" if re.match(r"https?://", self.reviewer) else "name"
            out["author"] = {"@type": "Organization", key: self.reviewer}
        return out


# --------------------------------------------------------------------------- protocol


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
    ) -> list[FigureRow]:
        """Figures about ``subject`` given by these speakers or cited from these origins."""
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


# --------------------------------------------------------------------------- schema

MIGRATIONS: list[str] = [
    # 1: the first schema.
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        location TEXT,
        revision INTEGER NOT NULL DEFAULT 1,
        previous TEXT REFERENCES documents(id),
        title TEXT,
        published TEXT,
        publisher TEXT,
        path TEXT,
        url TEXT,
        text TEXT NOT NULL,
        added TEXT NOT NULL,
        report_json TEXT
    );
    CREATE INDEX documents_location ON documents(location, revision);
    CREATE INDEX documents_published ON documents(published);

    CREATE TABLE speakers (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        role TEXT,
        organisation TEXT,
        surname TEXT
    );
    CREATE INDEX speakers_surname ON speakers(surname);

    CREATE TABLE speaker_aliases (
        alias TEXT NOT NULL,
        speaker INTEGER NOT NULL REFERENCES speakers(id),
        name TEXT NOT NULL,
        PRIMARY KEY (alias, speaker)
    );

    CREATE TABLE speaker_roles (
        speaker INTEGER NOT NULL REFERENCES speakers(id),
        role TEXT NOT NULL,
        role_key TEXT NOT NULL,
        document TEXT NOT NULL REFERENCES documents(id),
        PRIMARY KEY (speaker, role_key, document)
    );

    CREATE TABLE document_speakers (
        document TEXT NOT NULL REFERENCES documents(id),
        id TEXT NOT NULL,
        speaker INTEGER NOT NULL REFERENCES speakers(id),
        name TEXT NOT NULL,
        role TEXT,
        PRIMARY KEY (document, id)
    );
    CREATE INDEX document_speakers_speaker ON document_speakers(speaker);

    CREATE TABLE mentions (
        document TEXT NOT NULL,
        speaker TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        FOREIGN KEY (document, speaker) REFERENCES document_speakers(document, id)
    );
    CREATE INDEX mentions_speaker ON mentions(document, speaker);

    CREATE TABLE quotes (
        document TEXT NOT NULL REFERENCES documents(id),
        id TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        cue TEXT,
        cue_start INTEGER,
        cue_end INTEGER,
        speaker INTEGER REFERENCES speakers(id),
        mention_start INTEGER,
        mention_end INTEGER,
        folded TEXT NOT NULL,
        PRIMARY KEY (document, id)
    );
    CREATE INDEX quotes_speaker ON quotes(speaker);
    CREATE INDEX quotes_length ON quotes(length(folded));

    CREATE TABLE figures (
        document TEXT NOT NULL REFERENCES documents(id),
        id TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        value REAL NOT NULL,
        lower REAL,
        upper REAL,
        lower_closed INTEGER NOT NULL,
        upper_closed INTEGER NOT NULL,
        hedge TEXT,
        hedge_text TEXT,
        unit TEXT,
        unit_key TEXT,
        unit_start INTEGER,
        unit_end INTEGER,
        is_percent INTEGER NOT NULL,
        currency TEXT,
        range_with TEXT,
        sentence TEXT NOT NULL,
        speaker INTEGER REFERENCES speakers(id),
        PRIMARY KEY (document, id)
    );
    CREATE INDEX figures_unit ON figures(unit_key);
    CREATE INDEX figures_speaker ON figures(speaker);

    CREATE TABLE sources (
        document TEXT NOT NULL REFERENCES documents(id),
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        role TEXT NOT NULL,
        start INTEGER,
        end INTEGER,
        via INTEGER REFERENCES speakers(id),
        tags TEXT NOT NULL,
        PRIMARY KEY (document, id)
    );
    CREATE INDEX sources_name ON sources(name_key);

    CREATE TABLE source_figures (
        document TEXT NOT NULL,
        source TEXT NOT NULL,
        figure TEXT NOT NULL,
        PRIMARY KEY (document, source, figure),
        FOREIGN KEY (document, source) REFERENCES sources(document, id),
        FOREIGN KEY (document, figure) REFERENCES figures(document, id)
    );
    CREATE INDEX source_figures_figure ON source_figures(document, figure);

    CREATE TABLE claims (
        document TEXT NOT NULL REFERENCES documents(id),
        id TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        speaker INTEGER REFERENCES speakers(id),
        quote TEXT,
        folded TEXT NOT NULL,
        PRIMARY KEY (document, id),
        FOREIGN KEY (document, quote) REFERENCES quotes(document, id)
    );
    CREATE INDEX claims_speaker ON claims(speaker);

    CREATE TABLE claim_figures (
        document TEXT NOT NULL,
        claim TEXT NOT NULL,
        figure TEXT NOT NULL,
        PRIMARY KEY (document, claim, figure),
        FOREIGN KEY (document, claim) REFERENCES claims(document, id),
        FOREIGN KEY (document, figure) REFERENCES figures(document, id)
    );
    CREATE INDEX claim_figures_figure ON claim_figures(document, figure);

    CREATE TABLE claim_sources (
        document TEXT NOT NULL,
        claim TEXT NOT NULL,
        source TEXT NOT NULL,
        PRIMARY KEY (document, claim, source),
        FOREIGN KEY (document, claim) REFERENCES claims(document, id),
        FOREIGN KEY (document, source) REFERENCES sources(document, id)
    );

    CREATE TABLE verdicts (
        id INTEGER PRIMARY KEY,
        document TEXT NOT NULL REFERENCES documents(id),
        claim TEXT,
        checker TEXT NOT NULL,
        status TEXT NOT NULL,
        summary TEXT NOT NULL,
        details TEXT NOT NULL,
        evidence TEXT NOT NULL,
        data TEXT NOT NULL,
        FOREIGN KEY (document, claim) REFERENCES claims(document, id)
    );
    CREATE INDEX verdicts_claim ON verdicts(document, claim);

    CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        claim_reviewed TEXT NOT NULL,
        claim_author TEXT,
        claim_date TEXT,
        reviewer TEXT,
        rating TEXT,
        rating_value TEXT,
        best_rating TEXT,
        worst_rating TEXT,
        url TEXT NOT NULL,
        date_published TEXT,
        appearance TEXT,
        imported_from TEXT NOT NULL,
        raw TEXT NOT NULL,
        UNIQUE (url, claim_reviewed)
    );
    """,
    # 2: the history of each location, so a text that comes back (A -> B -> A) is its latest
    # revision again; reviewed claims folded once when imported; aliases found by speaker.
    """
    CREATE TABLE revisions (
        location TEXT NOT NULL,
        revision INTEGER NOT NULL,
        document TEXT NOT NULL REFERENCES documents(id),
        added TEXT NOT NULL,
        PRIMARY KEY (location, revision)
    );
    CREATE INDEX revisions_document ON revisions(document);
    INSERT INTO revisions (location, revision, document, added)
        SELECT location, revision, id, added FROM documents WHERE location IS NOT NULL;

    ALTER TABLE reviews ADD COLUMN folded TEXT NOT NULL DEFAULT '';
    ALTER TABLE reviews ADD COLUMN words INTEGER NOT NULL DEFAULT 0;
    UPDATE reviews SET folded = factcheck_fold(claim_reviewed);
    UPDATE reviews SET words = factcheck_words(folded);
    CREATE INDEX reviews_words ON reviews(words);

    CREATE INDEX speaker_aliases_speaker ON speaker_aliases(speaker);
    """,
    # 3: views to browse the store (in Datasette or any SQLite client): claims with their speakers
    # and dates, figures over time, verdicts with their claims, and the speakers' scorecard.
    """
    CREATE VIEW claim_timeline AS
    SELECT d.published AS date, s.name AS speaker,
        coalesce((SELECT ds.role FROM document_speakers ds WHERE ds.document = c.document
            AND ds.speaker = c.speaker AND ds.role IS NOT NULL LIMIT 1), s.role) AS role,
        q.kind AS kind, c.text AS claim,
        (SELECT group_concat(f.text, '; ') FROM claim_figures cf JOIN figures f
            ON f.document = cf.document AND f.id = cf.figure
            WHERE cf.document = c.document AND cf.claim = c.id) AS figures,
        (SELECT group_concat(v.checker || ': ' || v.status, '; ') FROM verdicts v
            WHERE v.document = c.document AND v.claim = c.id) AS verdicts,
        d.title AS title, d.publisher AS publisher, d.location AS location,
        c.document AS document, c.id AS claim_id, c.start AS start, c.end AS end
    FROM claims c JOIN documents d ON d.id = c.document
    LEFT JOIN speakers s ON s.id = c.speaker
    LEFT JOIN quotes q ON q.document = c.document AND q.id = c.quote
    ORDER BY d.published, d.location, c.start;

    CREATE VIEW figure_timeline AS
    SELECT d.published AS date, f.unit_key AS subject, f.text AS figure, f.value AS value,
        f.lower AS lower, f.upper AS upper, f.hedge AS hedge, f.unit AS unit,
        f.is_percent AS percent, f.currency AS currency, s.name AS speaker,
        (SELECT group_concat(src.name, '; ') FROM source_figures sf JOIN sources src
            ON src.document = sf.document AND src.id = sf.source
            WHERE sf.document = f.document AND sf.figure = f.id AND src.role = 'origin') AS origin,
        f.sentence AS sentence, d.title AS title, d.publisher AS publisher, d.location AS location,
        f.document AS document, f.id AS figure_id, f.start AS start, f.end AS end
    FROM figures f JOIN documents d ON d.id = f.document
    LEFT JOIN speakers s ON s.id = f.speaker
    ORDER BY f.unit_key, d.published, f.start;

    CREATE VIEW verdict_list AS
    SELECT d.published AS date, v.checker AS checker, v.status AS status, v.summary AS summary,
        s.name AS speaker, c.text AS claim, v.details AS details, d.title AS title,
        d.location AS location, v.document AS document, v.claim AS claim_id, v.id AS verdict_id
    FROM verdicts v JOIN documents d ON d.id = v.document
    LEFT JOIN claims c ON c.document = v.document AND c.id = v.claim
    LEFT JOIN speakers s ON s.id = c.speaker
    ORDER BY d.published, d.location, v.id;

    CREATE VIEW speaker_scorecard AS
    SELECT s.name AS speaker, s.kind AS kind, s.role AS role,
        (SELECT count(DISTINCT ds.document) FROM document_speakers ds WHERE ds.speaker = s.id) AS documents,
        (SELECT count(*) FROM claims c WHERE c.speaker = s.id) AS claims,
        (SELECT min(d.published) FROM document_speakers ds JOIN documents d ON d.id = ds.document
            WHERE ds.speaker = s.id) AS first_date,
        (SELECT max(d.published) FROM document_speakers ds JOIN documents d ON d.id = ds.document
            WHERE ds.speaker = s.id) AS last_date,
        (SELECT count(*) FROM claims c JOIN verdicts v ON v.document = c.document AND v.claim = c.id
            WHERE c.speaker = s.id AND v.status = 'fail') AS fail,
        (SELECT count(*) FROM claims c JOIN verdicts v ON v.document = c.document AND v.claim = c.id
            WHERE c.speaker = s.id AND v.status = 'warn') AS warn,
        (SELECT count(*) FROM claims c JOIN verdicts v ON v.document = c.document AND v.claim = c.id
            WHERE c.speaker = s.id AND v.status = 'pass') AS pass,
        s.id AS speaker_id
    FROM speakers s
    WHERE s.kind != 'anonymous'
    ORDER BY claims DESC, s.name;

    ALTER TABLE claims ADD COLUMN terms TEXT NOT NULL DEFAULT '';
    ALTER TABLE claims ADD COLUMN numbers TEXT NOT NULL DEFAULT '';
    UPDATE claims SET terms = factcheck_terms(text), numbers = factcheck_numbers(text);
    """,
]
"""Schema migrations in order: entry ``n`` brings a store from version ``n`` to ``n + 1``.

Besides SQL they may call ``factcheck_fold(text)`` (the store's folding of words),
``factcheck_words(text)`` (how many words), ``factcheck_terms(text)`` (the content-word stems
``track similar`` compares, space-separated) and ``factcheck_numbers(text)`` (the numbers it
states in digits), defined on every connection the store opens."""


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of ``script`` one by one (``executescript`` would commit the open transaction)."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\n;"):
                yield pending.strip()
            pending = ""
    if pending.strip(" \t\n;"):
        raise ValueError(f"incomplete SQL statement in a migration: {pending.strip()[:60]!r}")


def _location(report: Report) -> str | None:
    """Where a document lives: its URL, else its path made absolute (so the same file added from
    another folder is the same location), else None."""
    doc = report.document
    return doc.url or (os.path.abspath(doc.path) if doc.path else None)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _dumps(value: Any) -> str:
    """Strict JSON for the store (an unbounded ratio is null, never ``Infinity``)."""
    return json.dumps(
        strict_jsonable(value), ensure_ascii=False, sort_keys=True, default=str, allow_nan=False
    )


def _finite(value: float | None) -> float | None:
    return None if value is None or math.isinf(value) else value


@attrs.define
class _ClaimIndex:
    """The stored claims' words and figures as :meth:`ClaimStore.similar` reads them, kept in memory:
    each claim's rowid by its number, and the numbers of the claims holding each word and value."""

    stamp: tuple[int, int]
    rowids: list[int] = attrs.Factory(list)
    postings: dict[str, list[int]] = attrs.Factory(dict)
    values: dict[float, list[int]] = attrs.Factory(dict)


# --------------------------------------------------------------------------- the store


class ClaimStore:
    """The SQLite claim store (implements :class:`StoreBackend`).

    ``ClaimStore(path)`` opens (creating when needed) the database at ``path``;
    ``":memory:"`` gives a throw-away store.  Use it as a context manager, or call
    :meth:`close`.  ``keep_report_json`` also keeps each report's ``factcheck/1``
    JSON (:func:`factcheck.serialize.report_to_dict`) in ``documents.report_json``; it is
    off by default because the tables hold the same facts and the JSON is about ten
    times the size of the text.

    :raises StoreError: the file is not a SQLite database, or was written by a newer factcheck.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        keep_report_json: bool = False,
        read_only: bool = False,
    ) -> None:
        self.path = str(default_db_path() if path is None else path)
        if not self.path:
            raise StoreError("the claim store's path is empty; give a file name")
        self.keep_report_json = keep_report_json
        self.read_only = read_only
        self._folded: dict[str, tuple[tuple[int, int], list[int], list[str]]] = {}
        self._index: _ClaimIndex | None = None
        try:
            self._conn = self._connect()
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"{self.path}: cannot open the claim store: {exc}") from exc

    def _connect(self) -> sqlite3.Connection:
        """Open the file, refuse it unless it is a factcheck store (before anything is written), then
        switch to WAL and migrate; read-only, only read (a missing or empty file is an empty store in
        memory: a listing creates nothing)."""
        memory = self.path == ":memory:"
        if self.read_only and not memory and Path(self.path).exists():
            conn = self._open_connection(f"{Path(self.path).resolve().as_uri()}?mode=ro", uri=True)
            try:
                self._refuse_foreign()
                version = self.version
                if version not in (0, len(MIGRATIONS)):
                    raise StoreError(
                        f"{self.path}: the store is at schema version {version} and opened read-only; "
                        "run 'factcheck track add' once with write access to upgrade it"
                    )
                if version == len(MIGRATIONS):
                    conn.execute("PRAGMA foreign_keys = ON")
                    return conn
            except BaseException:
                conn.close()
                raise
            conn.close()
            memory = True  # an empty database, as a store killed before its first write leaves it
        elif self.read_only:
            memory = True
        elif not memory:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        conn = self._open_connection(":memory:" if memory else self.path)
        try:
            self._refuse_foreign()
            conn.execute("PRAGMA foreign_keys = ON")
            if not memory:
                self._use_wal()
            conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
            if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        except BaseException:
            conn.close()
            raise
        return conn

    def _open_connection(self, target: str, uri: bool = False) -> sqlite3.Connection:
        """A connection to ``target`` with the store's row factory and SQL functions (``self._conn``)."""
        conn = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT, uri=uri)
        conn.row_factory = sqlite3.Row
        conn.create_function("factcheck_fold", 1, _fold, deterministic=True)
        conn.create_function("factcheck_words", 1, _word_count, deterministic=True)
        conn.create_function("factcheck_terms", 1, _terms_text, deterministic=True)
        conn.create_function("factcheck_numbers", 1, _numbers_text, deterministic=True)
        self._conn = conn
        return conn

    def _refuse_foreign(self) -> None:
        """Raise :class:`StoreError` unless the open file is a factcheck store or a new, empty database.

        A store carries ``PRAGMA application_id`` :data:`APPLICATION_ID`; one written before that was
        set has application_id 0, a schema version and a ``documents`` table.  Nothing is written here.
        """
        conn = self._conn
        app = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = self.version
        if app not in (0, APPLICATION_ID):
            raise StoreError(
                f"{self.path}: not a factcheck claim store (SQLite application_id {app:#x}); refused, "
                "the file is left as it was"
            )
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this factcheck knows "
                f"({len(MIGRATIONS)}); upgrade factcheck"
            )
        if app == APPLICATION_ID:
            return
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables and version == 0:
            return  # a new database: it becomes a store
        if version == 0 or "documents" not in tables:
            raise StoreError(
                f"{self.path}: not a factcheck claim store (a SQLite database holding "
                f"{len(tables)} other table(s)); refused, the file is left as it was"
            )

    # -- lifecycle

    def __enter__(self) -> ClaimStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database connection."""
        self._conn.close()

    @property
    def version(self) -> int:
        """The schema version of the open database."""
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _use_wal(self) -> None:
        """Switch the database to WAL mode unless it is in it; when another process holds it and the
        switch cannot be made within the busy timeout, go on in the current mode (a later open switches)."""
        if str(self._conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
            return
        with suppress(sqlite3.OperationalError):  # locked: the rollback journal is as safe, less concurrent
            self._conn.execute("PRAGMA journal_mode = WAL")

    def _migrate(self) -> None:
        """Bring the schema up to date: the version is read and every missing step run inside one
        write transaction, so processes opening one new store at once migrate it exactly once."""
        if self.version == len(MIGRATIONS):
            return  # up to date; a committed version never goes back
        with self._transaction() as conn:
            current = self.version  # read again under the write lock: another process may have migrated
            if current > len(MIGRATIONS):
                raise StoreError(
                    f"{self.path}: schema version {current} is newer than this factcheck knows "
                    f"({len(MIGRATIONS)}); upgrade factcheck"
                )
            for number in range(current, len(MIGRATIONS)):
                for statement in _statements(MIGRATIONS[number]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number + 1}")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- speakers

    def _speaker_candidates(self, speaker: Speaker) -> list[int]:
        """Stored speakers this report speaker may be: by name or alias, else by surname and role."""
        if speaker.kind in (SpeakerKind.ANONYMOUS, SpeakerKind.OFFICE):
            return []
        key = name_key(speaker.name)
        if not key:
            return []
        found = [
            int(row[0])
            for row in self._conn.execute(
                "SELECT DISTINCT speaker FROM speaker_aliases WHERE alias = ?", (key,)
            )
        ]
        if found:
            return found
        if speaker.kind is not SpeakerKind.PERSON:
            return []
        roles = {name_key(r) for r in (speaker.role, *speaker.roles) if r}
        if not roles:
            return []
        words = key.split()
        given, surname = words[:-1], words[-1]
        matches = []
        for row in self._conn.execute(
            "SELECT id, key FROM speakers WHERE surname = ? AND kind = ?", (surname, SpeakerKind.PERSON.value)
        ):
            if not _given_names_compatible(given, row["key"].split()[:-1]):
                continue
            known = {
                r[0]
                for r in self._conn.execute(
                    "SELECT role_key FROM speaker_roles WHERE speaker = ?", (row["id"],)
                )
            }
            if roles & known:
                matches.append(int(row["id"]))
        return matches

    def match_speaker(self, speaker: Speaker) -> int | None:
        """The stored speaker ``speaker`` is, without storing anything; None when unknown or ambiguous.

        The name (or any stored alias) is the key; a person's surname with one of
        its roles is a weaker key, used only when exactly one stored person fits and
        the given names do not contradict ("O. Syromolotov, Deputy Foreign Minister").
        """
        found = self._speaker_candidates(speaker)
        return found[0] if len(found) == 1 else None

    def _store_speaker(self, speaker: Speaker, document: str) -> int:
        found = self._speaker_candidates(speaker)
        key = name_key(speaker.name) or f"#{speaker.id}"
        if speaker.kind in (SpeakerKind.ANONYMOUS, SpeakerKind.OFFICE):
            key = f"anonymous:{document}:{speaker.id}:{key}"
        if len(found) == 1:
            sid = found[0]
            if speaker.role:
                self._conn.execute(
                    "UPDATE speakers SET role = ? WHERE id = ? AND role IS NULL", (speaker.role, sid)
                )
        else:
            # unknown, or ambiguous (two stored people fit): a speaker of its own
            if (
                len(found) > 1
                or self._conn.execute("SELECT 1 FROM speakers WHERE key = ?", (key,)).fetchone()
            ):
                key = f"{key}#{document}:{speaker.id}"
            surname = name_key(speaker.surname).split()[-1:] if speaker.kind is SpeakerKind.PERSON else []
            cursor = self._conn.execute(
                "INSERT INTO speakers (key, name, kind, role, organisation, surname)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    key,
                    speaker.name,
                    speaker.kind.value,
                    speaker.role,
                    speaker.organisation,
                    surname[0] if surname else None,
                ),
            )
            sid = int(cursor.lastrowid or 0)
        if speaker.kind not in (SpeakerKind.ANONYMOUS, SpeakerKind.OFFICE) and name_key(speaker.name):
            self._conn.execute(
                "INSERT OR IGNORE INTO speaker_aliases (alias, speaker, name) VALUES (?, ?, ?)",
                (name_key(speaker.name), sid, speaker.name),
            )
        for role in dict.fromkeys(r for r in (speaker.role, *speaker.roles) if r):
            self._conn.execute(
                "INSERT OR IGNORE INTO speaker_roles (speaker, role, role_key, document) VALUES (?, ?, ?, ?)",
                (sid, role, name_key(role), document),
            )
        return sid

    # -- adding

    def has_document(self, document_id: str) -> bool:
        """True when a document with this id (text hash) is stored."""
        return (
            self._conn.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone() is not None
        )

    def add_report(self, report: Report) -> AddResult:
        """Store ``report`` (document, speakers, quotes, figures, claims, verdicts...) in one transaction.

        Adding a document whose text is already stored adds nothing (``added`` is
        False).  A different text at a path or URL already stored becomes a new
        revision linked to the previous one.  A stored text that comes back to a
        location whose latest revision is another text (A, B, then A again) is
        recorded as the location's next revision, pointing to the stored text, with
        ``reverted`` naming the earlier revision it restores; nothing else is added.
        """
        doc = report.document
        location = _location(report)
        try:
            with self._transaction() as conn:
                row = conn.execute(
                    "SELECT revision, previous FROM documents WHERE id = ?", (doc.id,)
                ).fetchone()
                if row is None:
                    return self._insert(conn, report, location)
                return self._again(conn, doc.id, location, int(row["revision"]), row["previous"])
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: could not store {doc.path or doc.url or doc.id}: {exc}") from exc

    @staticmethod
    def _latest(conn: sqlite3.Connection, location: str) -> tuple[int, str] | None:
        """The latest revision at ``location`` and its document, or None when it has none."""
        last = conn.execute(
            "SELECT revision, document FROM revisions WHERE location = ? ORDER BY revision DESC LIMIT 1",
            (location,),
        ).fetchone()
        return None if last is None else (int(last[0]), str(last[1]))

    def _again(
        self,
        conn: sqlite3.Connection,
        document: str,
        location: str | None,
        revision: int,
        previous: str | None,
    ) -> AddResult:
        """A stored text added again: nothing, unless its location has moved on to another text."""
        latest = self._latest(conn, location) if location else None
        if latest is None or location is None:
            return AddResult(document, False, revision, previous)
        number, current = latest
        if current == document:
            before = conn.execute(
                "SELECT document FROM revisions WHERE location = ? AND revision = ?", (location, number - 1)
            ).fetchone()
            return AddResult(document, False, number, before[0] if before else None)
        earlier = conn.execute(
            "SELECT max(revision) FROM revisions WHERE location = ? AND document = ?", (location, document)
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO revisions (location, revision, document, added) VALUES (?, ?, ?, ?)",
            (location, number + 1, document, _now()),
        )
        reverted = None if earlier is None else int(earlier)
        return AddResult(document, False, number + 1, current, reverted=reverted, revised=True)

    def _insert(self, conn: sqlite3.Connection, report: Report, location: str | None) -> AddResult:
        doc = report.document
        text = doc.text
        revision, previous = 1, None
        latest = self._latest(conn, location) if location else None
        if latest is not None:
            revision, previous = latest[0] + 1, latest[1]
        added = _now()
        conn.execute(
            "INSERT INTO documents (id, location, revision, previous, title, published, publisher, path, url,"
            " text, added, report_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.id,
                location,
                revision,
                previous,
                doc.title,
                doc.published.isoformat() if doc.published else None,
                doc.publisher,
                doc.path,
                doc.url,
                text,
                added,
                _dumps(report_to_dict(report)) if self.keep_report_json else None,
            ),
        )
        if location:
            conn.execute(
                "INSERT INTO revisions (location, revision, document, added) VALUES (?, ?, ?, ?)",
                (location, revision, doc.id, added),
            )
        speaker_ids: dict[str, int] = {}
        for speaker in report.speakers:
            sid = self._store_speaker(speaker, doc.id)
            speaker_ids[speaker.id] = sid
            conn.execute(
                "INSERT INTO document_speakers (document, id, speaker, name, role) VALUES (?, ?, ?, ?, ?)",
                (doc.id, speaker.id, sid, speaker.name, speaker.role),
            )
            conn.executemany(
                "INSERT INTO mentions (document, speaker, start, end, text) VALUES (?, ?, ?, ?, ?)",
                [(doc.id, speaker.id, m.start, m.end, m.of(text)) for m in speaker.mentions],
            )
        conn.executemany(
            "INSERT INTO quotes (document, id, start, end, text, kind, cue, cue_start, cue_end, speaker,"
            " mention_start, mention_end, folded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    doc.id,
                    q.id,
                    q.span.start,
                    q.span.end,
                    q.span.of(text),
                    q.kind.value,
                    q.cue,
                    q.cue_span.start if q.cue_span else None,
                    q.cue_span.end if q.cue_span else None,
                    speaker_ids.get(q.speaker) if q.speaker else None,
                    q.mention.start if q.mention else None,
                    q.mention.end if q.mention else None,
                    _fold(q.span.of(text)),
                )
                for q in report.quotes
            ],
        )
        figure_speaker = figure_speakers(report)
        split = split_sentences(text, whole_quotes=False)
        conn.executemany(
            "INSERT INTO figures (document, id, start, end, text, value, lower, upper, lower_closed,"
            " upper_closed, hedge, hedge_text, unit, unit_key, unit_start, unit_end, is_percent, currency,"
            " range_with, sentence, speaker)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    doc.id,
                    f.id,
                    f.span.start,
                    f.span.end,
                    f.span.of(text),
                    f.value,
                    _finite(f.lower),
                    _finite(f.upper),
                    int(f.lower_closed),
                    int(f.upper_closed),
                    f.hedge,
                    f.hedge_text,
                    f.unit,
                    subject_key(f.unit) if f.unit else None,
                    f.unit_span.start if f.unit_span else None,
                    f.unit_span.end if f.unit_span else None,
                    int(f.is_percent),
                    f.currency,
                    f.range_with,
                    sentence_around(text, f.span, split),
                    speaker_ids.get(figure_speaker.get(f.id, "")),
                )
                for f in report.figures
            ],
        )
        for source in report.sources:
            conn.execute(
                "INSERT INTO sources (document, id, name, name_key, role, start, end, via, tags)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc.id,
                    source.id,
                    source.name,
                    name_key(source.name),
                    source.role.value,
                    source.span.start if source.span else None,
                    source.span.end if source.span else None,
                    speaker_ids.get(source.via) if source.via else None,
                    _dumps([attrs.asdict(tag) for tag in source.tags]),
                ),
            )
            conn.executemany(
                "INSERT INTO source_figures (document, source, figure) VALUES (?, ?, ?)",
                [(doc.id, source.id, fid) for fid in dict.fromkeys(source.figures)],
            )
        conn.executemany(
            "INSERT INTO claims (document, id, start, end, text, speaker, quote, folded, terms, numbers)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    doc.id,
                    c.id,
                    c.span.start,
                    c.span.end,
                    c.span.of(text),
                    speaker_ids.get(c.speaker) if c.speaker else None,
                    c.quote,
                    _fold(c.span.of(text)),
                    _terms_text(c.span.of(text)),
                    _numbers_text(c.span.of(text)),
                )
                for c in report.claims
            ],
        )
        conn.executemany(
            "INSERT INTO claim_figures (document, claim, figure) VALUES (?, ?, ?)",
            [(doc.id, c.id, fid) for c in report.claims for fid in dict.fromkeys(c.figures)],
        )
        conn.executemany(
            "INSERT INTO claim_sources (document, claim, source) VALUES (?, ?, ?)",
            [(doc.id, c.id, sid) for c in report.claims for sid in dict.fromkeys(c.sources)],
        )
        claim_ids = {c.id for c in report.claims}
        conn.executemany(
            "INSERT INTO verdicts (document, claim, checker, status, summary, details, evidence, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    doc.id,
                    v.claim if v.claim in claim_ids else None,
                    v.checker,
                    v.status.value,
                    v.summary,
                    v.details,
                    _dumps([[s.start, s.end] for s in v.evidence]),
                    _dumps(dict(v.data)),
                )
                for v in report.verdicts
            ],
        )
        return AddResult(
            doc.id,
            True,
            revision,
            previous,
            speakers=len(report.speakers),
            claims=len(report.claims),
            figures=len(report.figures),
            quotes=len(report.quotes),
            verdicts=len(report.verdicts),
        )

    # -- removing

    def resolve_documents(self, target: str) -> list[str]:
        """The stored documents ``target`` names: a document id, a unique id prefix of at least
        :data:`MIN_ID_PREFIX` characters, a URL, or a path (made absolute, as stored): every
        document ever stored at that location.  Empty when nothing matches.

        :raises StoreError: an id prefix that more than one document starts with.
        """
        target = target.strip()
        if not target:
            return []
        if re.fullmatch(r"[0-9a-f]+", target) and len(target) >= MIN_ID_PREFIX:
            ids = [
                str(r[0])
                for r in self._conn.execute(
                    "SELECT id FROM documents WHERE substr(id, 1, ?) = ?", (len(target), target)
                )
            ]
            if len(ids) > 1:
                raise StoreError(f"{self.path}: {target!r} starts {len(ids)} document ids; give more of it")
            if ids:
                return ids
        locations = {target}
        if not re.match(r"[a-z][a-z0-9+.-]*://", target, re.I):
            locations.add(os.path.abspath(os.path.expanduser(target)))
        places = sorted(locations)
        marks = ", ".join("?" * len(places))
        sql = (
            f"SELECT document FROM revisions WHERE location IN ({marks}) UNION SELECT id FROM documents"
            f" WHERE location IN ({marks}) OR path IN ({marks}) OR url IN ({marks}) ORDER BY 1"
        )
        return [str(r[0]) for r in self._conn.execute(sql, places * 4)]

    def remove_documents(self, targets: Sequence[str]) -> list[str]:
        """Remove the documents ``targets`` name (see :meth:`resolve_documents`) with everything
        stored from them, all in one transaction; return the ids removed.

        Their quotes, figures, sources, claims, verdicts, speaker mentions and roles, and the
        revisions that list them go; a later revision that followed a removed one follows what
        that one followed; a speaker left in no document goes with its aliases.  Imported
        ClaimReviews are kept.  Nothing is removed when a target names no document.

        :raises StoreError: a target names no stored document (or an ambiguous id prefix).
        """
        wanted: dict[str, None] = {}
        for target in targets:
            found = self.resolve_documents(target)
            if not found:
                raise StoreError(f"{self.path}: no stored document is {target!r}")
            wanted.update(dict.fromkeys(found))
        ids = list(wanted)
        if not ids:
            return []
        try:
            with self._transaction() as conn:
                marks = ", ".join("?" * len(ids))
                touched = [
                    int(r[0])
                    for r in conn.execute(
                        f"SELECT DISTINCT speaker FROM document_speakers WHERE document IN ({marks})", ids
                    )
                ]
                for doc in ids:
                    self._remove_one(conn, doc)
                self._tidy_speakers(conn, touched)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: could not remove {', '.join(ids)}: {exc}") from exc
        return ids

    @staticmethod
    def _tidy_speakers(conn: sqlite3.Connection, touched: Sequence[int]) -> None:
        """After a removal: a speaker in no document goes; the others keep only the aliases their
        documents still give and their first remaining role."""
        for sid in touched:
            if conn.execute("SELECT 1 FROM document_speakers WHERE speaker = ? LIMIT 1", (sid,)).fetchone():
                conn.execute(
                    "DELETE FROM speaker_aliases WHERE speaker = ? AND alias NOT IN"
                    " (SELECT factcheck_fold(name) FROM document_speakers WHERE speaker = ?)",
                    (sid, sid),
                )
                conn.execute(
                    "UPDATE speakers SET role = (SELECT role FROM speaker_roles WHERE speaker = ?"
                    " ORDER BY rowid LIMIT 1) WHERE id = ?",
                    (sid, sid),
                )
                continue
            for table in ("speaker_aliases", "speaker_roles"):
                conn.execute(f"DELETE FROM {table} WHERE speaker = ?", (sid,))
            conn.execute("DELETE FROM speakers WHERE id = ?", (sid,))

    @staticmethod
    def _remove_one(conn: sqlite3.Connection, doc: str) -> None:
        """Delete one document and every row stored from it (children first, for the foreign keys)."""
        for table in (
            "verdicts",
            "claim_sources",
            "claim_figures",
            "claims",
            "source_figures",
            "sources",
            "figures",
            "quotes",
            "mentions",
            "document_speakers",
            "speaker_roles",
            "revisions",
        ):
            conn.execute(f"DELETE FROM {table} WHERE document = ?", (doc,))
        previous = conn.execute("SELECT previous FROM documents WHERE id = ?", (doc,)).fetchone()
        conn.execute(
            "UPDATE documents SET previous = ? WHERE previous = ?", (previous[0] if previous else None, doc)
        )
        conn.execute("DELETE FROM documents WHERE id = ?", (doc,))

    # -- queries

    def count(self, table: str) -> int:
        """How many rows one of the store's tables or views holds (for tests and the bench)."""
        tables = {
            r[0]
            for r in self._conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
            ).fetchall()
        }
        if table not in tables:
            raise ValueError(f"no table {table!r} in the claim store")
        return int(self._conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])

    def documents(self) -> list[dict[str, Any]]:
        """Every revision of every location (a text that came back is listed again under its new
        revision), then documents without a location: id, location, revision, previous, title,
        date, publisher; by the location's first date, location and revision."""
        rows = [
            dict(row)
            for row in self._conn.execute(
                "SELECT d.id, r.location, r.revision, p.document AS previous, d.title, d.published,"
                " d.publisher FROM revisions r JOIN documents d ON d.id = r.document"
                " LEFT JOIN revisions p ON p.location = r.location AND p.revision = r.revision - 1"
                " UNION ALL"
                " SELECT id, location, revision, previous, title, published, publisher FROM documents"
                " WHERE location IS NULL"
            )
        ]
        first: dict[str | None, str] = {}
        for row in rows:
            if row["location"] is not None and row["revision"] == 1:
                first[row["location"]] = row["published"] or ""
        return sorted(
            rows,
            key=lambda r: (
                first.get(r["location"], r["published"] or "") if r["location"] else r["published"] or "",
                r["location"] or "",
                r["revision"],
            ),
        )

    def _speaker_ids(self, name: str) -> list[int]:
        key = name_key(name)
        ids = [
            int(r[0])
            for r in self._conn.execute(
                "SELECT DISTINCT speaker FROM speaker_aliases WHERE alias = ?", (key,)
            )
        ]
        if ids or not key:
            return ids
        # a bare surname finds the speaker when only one stored person has it
        rows = self._conn.execute("SELECT id FROM speakers WHERE surname = ?", (key.split()[-1],)).fetchall()
        return [int(rows[0][0])] if len(rows) == 1 and len(key.split()) == 1 else []

    def speakers(self) -> list[SpeakerRow]:
        """Every stored speaker with documents, claims and verdict counts by status, most claims first."""
        return self._speaker_rows(None)

    def speaker(self, name: str) -> SpeakerRow | None:
        """The stored speaker called ``name`` (or any alias, or a surname only one stored person
        has), or None when there is none or more than one."""
        ids = self._speaker_ids(name)
        rows = self._speaker_rows(ids) if len(ids) == 1 else []
        return rows[0] if len(rows) == 1 else None

    def _speaker_rows(self, ids: Sequence[int] | None) -> list[SpeakerRow]:
        """Scorecards of the speakers ``ids`` (every speaker when None) in four queries, however many."""
        if ids is not None and not ids:
            return []
        params: list[Any] = list(ids or ())
        only = f" IN ({', '.join('?' * len(params))})" if ids is not None else ""
        counts: dict[int, dict[str, int]] = {}
        for row in self._conn.execute(
            "SELECT c.speaker AS speaker, v.status AS status, count(*) AS n FROM claims c"
            " JOIN verdicts v ON v.document = c.document AND v.claim = c.id"
            f" WHERE c.speaker {only or 'IS NOT NULL'} GROUP BY c.speaker, v.status",
            params,
        ):
            counts.setdefault(int(row["speaker"]), {})[row["status"]] = int(row["n"])
        aliases: dict[int, list[str]] = {}
        for row in self._conn.execute(
            f"SELECT speaker, name FROM speaker_aliases {f'WHERE speaker{only}' if only else ''}"
            " ORDER BY speaker, name",
            params,
        ):
            aliases.setdefault(int(row[0]), []).append(row[1])
        roles: dict[int, list[str]] = {}
        for row in self._conn.execute(
            "SELECT r.speaker, r.role FROM speaker_roles r JOIN documents d ON d.id = r.document"
            f" {f'WHERE r.speaker{only}' if only else ''}"
            " GROUP BY r.speaker, r.role_key ORDER BY r.speaker, min(d.published)",
            params,
        ):
            roles.setdefault(int(row[0]), []).append(row[1])
        out = []
        for row in self._conn.execute(
            "SELECT s.id, s.name, s.kind, s.role, coalesce(d.n, 0) AS documents, coalesce(c.n, 0) AS claims"
            " FROM speakers s"
            " LEFT JOIN (SELECT speaker, count(DISTINCT document) AS n FROM document_speakers"
            f"   {f'WHERE speaker{only}' if only else ''} GROUP BY speaker) AS d ON d.speaker = s.id"
            " LEFT JOIN (SELECT speaker, count(*) AS n FROM claims"
            f"   WHERE speaker {only or 'IS NOT NULL'} GROUP BY speaker) AS c ON c.speaker = s.id"
            f" {f'WHERE s.id{only}' if only else ''} ORDER BY claims DESC, s.name",
            params * 3 if only else [],
        ):
            sid = int(row["id"])
            out.append(
                SpeakerRow(
                    id=sid,
                    name=row["name"],
                    kind=row["kind"],
                    role=row["role"],
                    aliases=tuple(aliases.get(sid, ())),
                    roles=tuple(roles.get(sid, ())),
                    documents=int(row["documents"]),
                    claims=int(row["claims"]),
                    verdicts=counts.get(sid, {}),
                )
            )
        return out

    _CLAIM_SELECT = (
        "SELECT c.document, c.id, c.text, c.start, c.end, d.published, d.location, s.name AS speaker,"
        " (SELECT group_concat(f.text, char(31)) FROM claim_figures cf JOIN figures f"
        "   ON f.document = cf.document AND f.id = cf.figure"
        "   WHERE cf.document = c.document AND cf.claim = c.id)"
        "   AS figures,"
        " (SELECT group_concat(v.checker || ': ' || v.status, char(31)) FROM verdicts v"
        "   WHERE v.document = c.document AND v.claim = c.id) AS verdicts"
        " FROM claims c JOIN documents d ON d.id = c.document LEFT JOIN speakers s ON s.id = c.speaker"
    )

    @staticmethod
    def _claim_row(row: sqlite3.Row) -> ClaimRow:
        return ClaimRow(
            document=row["document"],
            claim=row["id"],
            published=row["published"],
            location=row["location"],
            speaker=row["speaker"],
            text=row["text"],
            start=int(row["start"]),
            end=int(row["end"]),
            figures=tuple(row["figures"].split("\x1f")) if row["figures"] else (),
            verdicts=tuple(row["verdicts"].split("\x1f")) if row["verdicts"] else (),
        )

    def claims(self, *, speaker: str | None = None, limit: int | None = None) -> list[ClaimRow]:
        """Stored claims, oldest document first (optionally only one speaker's, at most ``limit``)."""
        sql, params = self._CLAIM_SELECT, []
        if speaker is not None:
            ids = self._speaker_ids(speaker)
            if not ids:
                return []
            sql += f" WHERE c.speaker IN ({', '.join('?' * len(ids))})"
            params.extend(ids)
        sql += " ORDER BY d.published, d.location, c.start"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [self._claim_row(row) for row in self._conn.execute(sql, params)]

    _FIGURE_SELECT = (
        "SELECT f.*, d.published, d.location, s.name AS speaker_name,"
        " (SELECT group_concat(src.name, '; ') FROM source_figures sf JOIN sources src"
        "   ON src.document = sf.document AND src.id = sf.source"
        "   WHERE sf.document = f.document AND sf.figure = f.id AND src.role = 'origin') AS origin"
        " FROM figures f JOIN documents d ON d.id = f.document LEFT JOIN speakers s ON s.id = f.speaker"
    )

    @staticmethod
    def _figure_row(row: sqlite3.Row) -> FigureRow:
        return FigureRow(
            document=row["document"],
            figure=row["id"],
            published=row["published"],
            location=row["location"],
            speaker=row["speaker_name"],
            speaker_id=row["speaker"],
            origin=row["origin"],
            text=row["text"],
            value=float(row["value"]),
            lower=row["lower"],
            upper=row["upper"],
            lower_closed=bool(row["lower_closed"]),
            upper_closed=bool(row["upper_closed"]),
            hedge=row["hedge"],
            unit=row["unit"],
            is_percent=bool(row["is_percent"]),
            currency=row["currency"],
            sentence=row["sentence"],
            start=int(row["start"]),
            end=int(row["end"]),
        )

    @staticmethod
    def _like(word: str) -> str:
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"

    def history(self, *, speaker: str | None = None, subject: str | None = None) -> list[FigureRow]:
        """Figures of the speaker called ``speaker`` and/or that count ``subject``, oldest first.

        A figure counts the subject when every word of it is a word of the figure's counted
        noun ("4,000 Russian citizens" for "Russian citizens"; "160 militants" does not, nor
        a bare "160" beside it); a share or an amount of money with no noun of its own counts
        the words of its clause ("the unemployment rate fell to 4.1 percent").  See
        :func:`factcheck.similarity.counts_subject`.
        """
        where: list[str] = []
        params: list[Any] = []
        if speaker is not None:
            ids = self._speaker_ids(speaker)
            if not ids:
                return []
            where.append(f"f.speaker IN ({', '.join('?' * len(ids))})")
            params.extend(ids)
        wanted = subject_words(subject) if subject is not None else None
        if wanted is not None:
            if not wanted:
                return []
            for word in sorted(wanted):  # a cheap first pass; counts_subject decides
                where.append(
                    "(f.unit_key LIKE ? ESCAPE '\\' OR (f.unit IS NULL"
                    " AND (f.is_percent = 1 OR f.currency IS NOT NULL) AND f.sentence LIKE ? ESCAPE '\\'))"
                )
                params.extend([self._like(word[:4]), self._like(word[:4])])
        sql = self._FIGURE_SELECT
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY d.published, speaker_name, d.location, f.start"
        rows = [self._figure_row(row) for row in self._conn.execute(sql, params)]
        if not wanted:
            return rows
        by_unit: dict[str, bool] = {}  # a store's figures repeat their counted nouns

        def counts(row: FigureRow) -> bool:
            if row.unit:
                if row.unit not in by_unit:
                    by_unit[row.unit] = counts_subject(wanted, row.unit)
                return by_unit[row.unit]
            if not (row.is_percent or row.currency is not None):
                return False
            clause = clause_around(row.sentence, " ".join(row.text.split()))
            return counts_subject(wanted, None, share=True, clause=clause)

        return [r for r in rows if counts(r)]

    def figures(self, query: str) -> list[FigureRow]:
        """Every stored figure that counts ``query`` (see :meth:`history`), by date."""
        return self.history(subject=query)

    def figure_history(
        self,
        subject: str,
        *,
        speakers: Sequence[int] = (),
        origins: Sequence[str] = (),
        exclude_document: str | None = None,
    ) -> list[FigureRow]:
        """Figures whose unit has the key of ``subject`` and that were given by one of ``speakers``
        (stored ids) or cited from one of ``origins`` (names), oldest first."""
        who: list[str] = []
        params: list[Any] = [subject_key(subject)]
        if speakers:
            who.append(f"f.speaker IN ({', '.join('?' * len(speakers))})")
            params.extend(speakers)
        if origins:
            keys = [name_key(o) for o in origins]
            who.append(
                "EXISTS (SELECT 1 FROM source_figures sf JOIN sources src ON src.document = sf.document"
                " AND src.id = sf.source WHERE sf.document = f.document AND sf.figure = f.id"
                f" AND src.role = 'origin' AND src.name_key IN ({', '.join('?' * len(keys))}))"
            )
            params.extend(keys)
        if not who:
            return []
        sql = self._FIGURE_SELECT + " WHERE f.unit_key = ? AND (" + " OR ".join(who) + ")"
        if exclude_document is not None:
            sql += " AND f.document != ?"
            params.append(exclude_document)
        sql += " ORDER BY d.published, f.start"
        return [self._figure_row(row) for row in self._conn.execute(sql, params)]

    def similar(self, text: str, *, limit: int = 10, min_score: float = 60.0) -> list[SimilarRow]:
        """Stored claims that say much the same as ``text``: paraphrases and restatements, best first.

        The score (0-100, :func:`factcheck.similarity.score`) is the mean of the share of the
        query's content words the claim has (stems, so "Russians" finds "Russian" and "fight"
        finds "fighting"; stems a few letters apart and misspellings count, through rapidfuzz)
        and, when the query states figures, the share of them the claim states too ("more than
        4,000" finds "over 4,000").  Ties go to the claim closest in wording
        (:func:`rapidfuzz.fuzz.token_sort_ratio`).
        """
        query_terms, query_values = terms(text), stated_values(text)
        if not query_terms and not query_values:
            return []
        index = self._claim_index()
        parts = (1 if query_terms else 0) + (1 if query_values else 0)
        gained: defaultdict[int, float] = defaultdict(float)  # each claim's score, share by share
        for same in expand(query_terms, index.postings.keys()).values():
            holders: set[int] = set()
            for word in same:
                holders.update(index.postings.get(word, ()))
            for number in holders:
                gained[number] += 1 / (len(query_terms) * parts)
        for wanted in query_values:
            holders = set()
            for value, held in index.values.items():
                if same_value(value, wanted):
                    holders.update(held)
            for number in holders:
                gained[number] += 1 / (len(query_values) * parts)
        best = [(round(100 * share, 1), n) for n, share in gained.items() if 100 * share + 1e-9 >= min_score]
        best.sort(key=lambda pair: (-pair[0], pair[1]))
        if len(best) > limit:  # keep every claim tied with the last one shown, for the tie-break
            best = [pair for pair in best if pair[0] >= best[limit - 1][0]]
        rows = {
            int(row["rowid"]): row
            for row in self._conn.execute(
                self._CLAIM_SELECT.replace("SELECT ", "SELECT c.rowid AS rowid, c.folded AS folded, ", 1)
                + f" WHERE c.rowid IN ({', '.join('?' * len(best))})",
                [index.rowids[n] for _score, n in best],
            )
        }
        folded = _fold(text)
        ranked = sorted(
            best,
            key=lambda p: (-p[0], -fuzz.token_sort_ratio(folded, rows[index.rowids[p[1]]]["folded"]), p[1]),
        )
        return [SimilarRow(found, self._claim_row(rows[index.rowids[n]])) for found, n in ranked[:limit]]

    def _claim_index(self) -> _ClaimIndex:
        """Every stored claim's content words and stated figures (stored with the claim), as an index
        from word and figure to claims; read again only when the database changed (as :meth:`_cached`)."""
        stamp = (int(self._conn.execute("PRAGMA data_version").fetchone()[0]), self._conn.total_changes)
        if self._index is not None and self._index.stamp == stamp:
            return self._index
        index = _ClaimIndex(stamp)
        postings: defaultdict[str, list[int]] = defaultdict(list)
        values: defaultdict[float, list[int]] = defaultdict(list)
        rows = self._conn.execute("SELECT rowid, terms, numbers FROM claims ORDER BY rowid").fetchall()
        for number, (rowid, words, numbers) in enumerate(rows):
            index.rowids.append(rowid)
            for word in words.split():
                postings[word].append(number)
            for value in numbers.split():
                values[float(value)].append(number)
        index.postings, index.values = dict(postings), dict(values)
        self._index = index
        return index

    def similar_quotes(self, text: str, *, min_score: float = 90.0, limit: int = 10) -> list[QuoteRow]:
        """Stored quotes whose words are near-identical to ``text`` (:func:`rapidfuzz.fuzz.ratio` on
        lower-cased, punctuation-free words, at least ``min_score``), best first.

        Only quotes of a length that could reach ``min_score`` are read (an index on
        the folded words' length), so a long history is not scanned whole.
        """
        folded = _fold(text)
        if not folded:
            return []
        # ratio = 2M / (a + b) <= 2 min(a, b) / (a + b): bounds the other length
        share = max(min_score, 1.0) / 100
        low, high = len(folded) * share / (2 - share), len(folded) * (2 - share) / share
        candidates = self._conn.execute(
            "SELECT rowid, folded FROM quotes WHERE length(folded) BETWEEN ? AND ?", (int(low), int(high) + 1)
        ).fetchall()
        if not candidates:
            return []
        matches = process.extract(
            folded,
            [row[1] for row in candidates],
            scorer=fuzz.ratio,
            limit=limit,
            score_cutoff=min_score,
        )
        rows = [
            self._conn.execute(
                "SELECT q.document, q.id, q.kind, q.text, q.speaker, s.name, d.published, d.location"
                " FROM quotes q JOIN documents d ON d.id = q.document"
                " LEFT JOIN speakers s ON s.id = q.speaker WHERE q.rowid = ?",
                (candidates[index][0],),
            ).fetchone()
            for _choice, _score, index in matches
        ]
        return [
            QuoteRow(
                document=rows[i]["document"],
                quote=rows[i]["id"],
                published=rows[i]["published"],
                location=rows[i]["location"],
                speaker=rows[i]["name"],
                speaker_id=rows[i]["speaker"],
                kind=rows[i]["kind"],
                text=rows[i]["text"],
                score=float(score),
            )
            for i, (_choice, score, _index) in enumerate(matches)
        ]

    # -- ClaimReview

    def import_claimreview(self, data: Any, *, origin: str = "") -> int:
        """Import ClaimReview JSON-LD: one object, a list, or an object with ``@graph``.

        Reads claimReviewed, itemReviewed.author(.name), itemReviewed.datePublished,
        itemReviewed.appearance(.url), author(.name, else .url), reviewRating (alternateName,
        ratingValue, bestRating, worstRating), url and datePublished.  A review
        already stored (same url and claim) is skipped.  Returns how many were new.

        :raises ValueError: no ClaimReview in ``data``, or one without claimReviewed
            (the message says which).
        """
        reviews = list(claimreviews(data))
        if not reviews:
            raise ValueError("no ClaimReview object found")
        parsed = []
        for number, review in enumerate(reviews, 1):
            claim = review.get("claimReviewed")
            if not isinstance(claim, str) or not claim.strip():
                raise ValueError(f"ClaimReview #{number} has no claimReviewed text")
            item: dict[str, Any] = _dict(review.get("itemReviewed"))
            rating: dict[str, Any] = _dict(review.get("reviewRating"))
            folded = _fold(claim)
            parsed.append(
                (
                    " ".join(claim.split()),
                    folded,
                    _word_count(folded),
                    _name(item.get("author")),
                    _text(item.get("datePublished")),
                    _name(review.get("author")) or _url(review.get("author")),
                    _text(rating.get("alternateName")),
                    _text(rating.get("ratingValue")),
                    _text(rating.get("bestRating")),
                    _text(rating.get("worstRating")),
                    _text(review.get("url")) or "",
                    _text(review.get("datePublished")),
                    _url(item.get("appearance")) or _url(item.get("firstAppearance")),
                    origin,
                    _dumps(review),
                )
            )
        try:
            with self._transaction() as conn:
                before = conn.total_changes
                conn.executemany(
                    "INSERT OR IGNORE INTO reviews (claim_reviewed, folded, words, claim_author, claim_date,"
                    " reviewer, rating, rating_value, best_rating, worst_rating, url, date_published,"
                    " appearance, imported_from, raw)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    parsed,
                )
                return conn.total_changes - before
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: could not import reviews from {origin or 'data'}: {exc}") from exc

    @staticmethod
    def _review_row(row: sqlite3.Row, score: float = 0.0) -> ReviewRow:
        return ReviewRow(
            id=int(row["id"]),
            claim_reviewed=row["claim_reviewed"],
            claim_author=row["claim_author"],
            claim_date=row["claim_date"],
            reviewer=row["reviewer"],
            rating=row["rating"],
            rating_value=row["rating_value"],
            best_rating=row["best_rating"],
            worst_rating=row["worst_rating"],
            url=row["url"],
            date_published=row["date_published"],
            appearance=row["appearance"],
            score=score,
        )

    def reviews(self) -> list[ReviewRow]:
        """Every imported ClaimReview, in the order imported."""
        return [self._review_row(row) for row in self._conn.execute("SELECT * FROM reviews ORDER BY id")]

    def matching_reviews(self, text: str, *, min_score: float = 88.0) -> list[ReviewRow]:
        """Imported reviews whose claim says what ``text`` says, best first.

        Scored with :func:`rapidfuzz.fuzz.token_set_ratio` on lower-cased words, so
        a claim inside a longer sentence matches; a reviewed claim of fewer than
        :data:`REVIEW_MIN_WORDS` words is never matched (too little to be sure).  The
        reviewed claims are folded when imported and read once for as long as the store
        does not change, so checking every claim of an article reads them once.
        """
        folded = _fold(text)
        if not folded:
            return []
        ids, choices = self._cached(
            "reviews", "SELECT id, folded FROM reviews WHERE words >= ? ORDER BY id", (REVIEW_MIN_WORDS,)
        )
        matches = process.extract(
            folded, choices, scorer=fuzz.token_set_ratio, limit=None, score_cutoff=min_score
        )
        if not matches:
            return []
        wanted = [ids[index] for _choice, _score, index in matches]
        found = {
            int(row["id"]): row
            for row in self._conn.execute(
                f"SELECT * FROM reviews WHERE id IN ({', '.join('?' * len(wanted))})", wanted
            )
        }
        return [self._review_row(found[ids[index]], float(score)) for _choice, score, index in matches]

    def _cached(self, name: str, sql: str, params: Sequence[Any] = ()) -> tuple[list[int], list[str]]:
        """The (id, folded words) pairs ``sql`` selects, read again only when the database changed
        since the last read (a write through this connection or a commit by any other)."""
        stamp = (int(self._conn.execute("PRAGMA data_version").fetchone()[0]), self._conn.total_changes)
        kept = self._folded.get(name)
        if kept is not None and kept[0] == stamp:
            return kept[1], kept[2]
        rows = self._conn.execute(sql, params).fetchall()
        ids, choices = [int(row[0]) for row in rows], [str(row[1]) for row in rows]
        self._folded[name] = (stamp, ids, choices)
        return ids, choices


# --------------------------------------------------------------------------- helpers


def figure_speakers(report: Report) -> dict[str, str]:
    """Which speaker gives each figure, as the store records it: figure id -> report speaker id,
    from the claim that holds the figure, else the quote around it."""
    found: dict[str, str] = {}
    for claim in report.claims:
        if claim.speaker is None:
            continue
        for fid in claim.figures:
            found.setdefault(fid, claim.speaker)
    for figure in report.figures:
        if figure.id in found:
            continue
        for quote in report.quotes:
            if quote.speaker is not None and quote.span.contains(figure.span):
                found[figure.id] = quote.speaker
                break
    return found


def figure_origins(report: Report, figure: Figure) -> list[str]:
    """The names of the sources the report cites as the origin of ``figure``."""
    return [s.name for s in report.sources if s.role.value == "origin" and figure.id in s.figures]


def _types(obj: Mapping[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1] for k in kinds if k}


def claimreviews(data: Any) -> Iterable[dict[str, Any]]:
    """Every ClaimReview object in parsed JSON-LD: one object, a list, or a ``@graph``."""
    if isinstance(data, list):
        for item in data:
            yield from claimreviews(item)
    elif isinstance(data, dict):
        if "ClaimReview" in _types(data):
            yield data
        elif "@graph" in data:
            yield from claimreviews(data["@graph"])


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value)


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _url(value: Any) -> str | None:
    if isinstance(value, list):
        return next((u for u in (_url(v) for v in value) if u), None)
    if isinstance(value, dict):
        return _text(value.get("url"))
    return _text(value)
