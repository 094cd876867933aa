"""Writing the claim store: adding a checked report (its revisions at a location, speakers merged
across documents, quotes with their index keys, figures, sources, claims, verdicts), removing
documents, and importing ClaimReviews.  Every write is one transaction."""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from factcheck.model import Report, Speaker, SpeakerKind
from factcheck.serialize import report_to_dict
from factcheck.store.database import StoreError
from factcheck.store.keys import (
    figure_speakers,
    fold,
    name_key,
    numbers_text,
    sentence_around,
    stored_quote_keys,
    subject_key,
    terms_text,
)
from factcheck.store.reviews import dumps, review_columns
from factcheck.store.rows import AddResult
from factcheck.store.staging import INDEX_LEVELS, StagedKeys

__all__ = ["MIN_ID_PREFIX", "Writer"]

MIN_ID_PREFIX = 8
"""The fewest characters of a document id that ``track remove`` takes for the whole id."""


def _location(report: Report) -> str | None:
    """Where a document lives: its URL, else its path made absolute (so the same file added from
    another folder is the same location), else None."""
    doc = report.document
    return doc.url or (os.path.abspath(doc.path) if doc.path else None)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _finite(value: float | None) -> float | None:
    return None if value is None or math.isinf(value) else value


class Writer(StagedKeys):
    """The writes of the store: reports in, documents out, reviews imported."""

    # -- speakers

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
        try:
            with self._transaction() as conn:
                result = self._add(conn, report)
            self._merge_when_full()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: could not store {doc.path or doc.url or doc.id}: {exc}") from exc
        return result

    def add_reports(self, reports: Iterable[Report], *, batch: int = 500) -> list[AddResult]:
        """Store many checked reports, ``batch`` to a transaction (as :meth:`add_report` each).

        For reports checked elsewhere (another process, a Dask cluster; see docs/scale.md) and
        merged into the store afterwards: one commit per batch instead of one per report.  A
        report that cannot be stored rolls back its batch and raises :class:`StoreError`.
        """
        results: list[AddResult] = []
        pending: list[Report] = []
        for report in reports:
            pending.append(report)
            if len(pending) >= max(1, batch):
                results.extend(self._add_batch(pending))
                pending = []
        if pending:
            results.extend(self._add_batch(pending))
        return results

    def _add_batch(self, reports: Sequence[Report]) -> list[AddResult]:
        current = reports[0].document
        try:
            with self._transaction() as conn:
                out = []
                for report in reports:
                    current = report.document
                    out.append(self._add(conn, report))
            self._merge_when_full()
            return out
        except sqlite3.Error as exc:
            where = current.path or current.url or current.id
            raise StoreError(f"{self.path}: could not store {where}: {exc}") from exc

    def _add(self, conn: sqlite3.Connection, report: Report) -> AddResult:
        """One report, inside the open transaction."""
        doc_id = report.document.id
        location = _location(report)
        row = conn.execute("SELECT revision, previous FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return self._insert(conn, report, location)
        return self._again(conn, doc_id, location, int(row["revision"]), row["previous"])

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
        doc_id = doc.id  # a hash of the text, computed on each read
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
                doc_id,
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
                dumps(report_to_dict(report)) if self.keep_report_json else None,
            ),
        )
        if location:
            conn.execute(
                "INSERT INTO revisions (location, revision, document, added) VALUES (?, ?, ?, ?)",
                (location, revision, doc_id, added),
            )
        speaker_ids: dict[str, int] = {}
        for speaker in report.speakers:
            sid = self._store_speaker(speaker, doc_id)
            speaker_ids[speaker.id] = sid
            conn.execute(
                "INSERT INTO document_speakers (document, id, speaker, name, role) VALUES (?, ?, ?, ?, ?)",
                (doc_id, speaker.id, sid, speaker.name, speaker.role),
            )
            conn.executemany(
                "INSERT INTO mentions (document, speaker, start, end, text) VALUES (?, ?, ?, ?, ?)",
                [(doc_id, speaker.id, m.start, m.end, m.of(text)) for m in speaker.mentions],
            )
        # every quote, and the words quoted inside reported speech as quotes of their own ("q3.1"),
        # so a later article giving those words to someone else is found (Report.fragments)
        quotes = [*report.quotes, *report.fragments()]
        folded = {q.id: fold(q.span.of(text)) for q in quotes}
        last = int(conn.execute("SELECT coalesce(max(number), 0) FROM quotes").fetchone()[0])
        number = {q.id: last + n for n, q in enumerate(quotes, 1)}
        conn.executemany(
            "INSERT INTO quotes (document, id, start, end, text, kind, cue, cue_start, cue_end, speaker,"
            " mention_start, mention_end, folded, number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    doc_id,
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
                    folded[q.id],
                    number[q.id],
                )
                for q in quotes
            ],
        )
        self._stage_keys(
            conn,
            (
                (key, len(folded[q.id]), number[q.id])
                for q in quotes
                for key in stored_quote_keys(folded[q.id])
            ),
        )
        figure_speaker = figure_speakers(report)
        units = {f.id: subject_key(f.unit) if f.unit else None for f in report.figures}
        split = report.sentences  # a quotation's sentences apart
        conn.executemany(
            "INSERT INTO figures (document, id, start, end, text, value, lower, upper, lower_closed,"
            " upper_closed, hedge, hedge_text, unit, unit_key, unit_start, unit_end, is_percent, currency,"
            " range_with, sentence, speaker)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    doc_id,
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
                    units[f.id],
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
                    doc_id,
                    source.id,
                    source.name,
                    name_key(source.name),
                    source.role.value,
                    source.span.start if source.span else None,
                    source.span.end if source.span else None,
                    speaker_ids.get(source.via) if source.via else None,
                    dumps([attrs.asdict(tag) for tag in source.tags]),
                ),
            )
            conn.executemany(
                "INSERT INTO source_figures (document, source, figure) VALUES (?, ?, ?)",
                [(doc_id, source.id, fid) for fid in dict.fromkeys(source.figures)],
            )
            if source.role.value == "origin":
                conn.executemany(
                    "INSERT OR IGNORE INTO origin_figures (name_key, unit_key, document, figure)"
                    " VALUES (?, ?, ?, ?)",
                    [
                        (name_key(source.name), units[fid], doc_id, fid)
                        for fid in dict.fromkeys(source.figures)
                        if units.get(fid) is not None
                    ],
                )
        conn.executemany(
            "INSERT INTO claims (document, id, start, end, text, speaker, quote, folded, terms, numbers)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    doc_id,
                    c.id,
                    c.span.start,
                    c.span.end,
                    c.span.of(text),
                    speaker_ids.get(c.speaker) if c.speaker else None,
                    c.quote,
                    fold(c.span.of(text)),
                    terms_text(c.span.of(text)),
                    numbers_text(c.span.of(text)),
                )
                for c in report.claims
            ],
        )
        conn.executemany(
            "INSERT INTO claim_figures (document, claim, figure) VALUES (?, ?, ?)",
            [(doc_id, c.id, fid) for c in report.claims for fid in dict.fromkeys(c.figures)],
        )
        conn.executemany(
            "INSERT INTO claim_sources (document, claim, source) VALUES (?, ?, ?)",
            [(doc_id, c.id, sid) for c in report.claims for sid in dict.fromkeys(c.sources)],
        )
        claim_ids = {c.id for c in report.claims}
        conn.executemany(
            "INSERT INTO verdicts (document, claim, checker, status, summary, details, evidence, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    doc_id,
                    v.claim if v.claim in claim_ids else None,
                    v.checker,
                    v.status.value,
                    v.summary,
                    v.details,
                    dumps([[s.start, s.end] for s in v.evidence]),
                    dumps(dict(v.data)),
                )
                for v in report.verdicts
            ],
        )
        return AddResult(
            doc_id,
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
                    # ids are lower-case hex: those starting with target sort from target to target + "g"
                    "SELECT id FROM documents WHERE id >= ? AND id < ?",
                    (target, target + "g"),
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
                self._forget_recent()  # staged keys of the removed quotes went too
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
        conn.execute(
            "DELETE FROM quote_keys_staged WHERE quote IN (SELECT number FROM quotes WHERE document = ?)",
            (doc,),
        )
        rows = [
            (key, len(folded), number)
            for number, folded in conn.execute("SELECT number, folded FROM quotes WHERE document = ?", (doc,))
            for key in stored_quote_keys(folded)
        ]
        for level in INDEX_LEVELS:
            conn.executemany(f"DELETE FROM {level} WHERE key = ? AND length = ? AND quote = ?", rows)
        for table in (
            "origin_figures",
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
        parsed = review_columns(data, origin)
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
