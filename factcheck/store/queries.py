"""Reading the claim store: speakers and their scorecards, claims, figures by speaker and subject,
documents, imported reviews (the fuzzy searches are in :mod:`factcheck.store.search`)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from typing import Any

from factcheck.model import Speaker, SpeakerKind
from factcheck.similarity import clause_around, counts_subject, subject_words
from factcheck.store.database import Database
from factcheck.store.keys import given_names_compatible, name_key, subject_key
from factcheck.store.rows import ClaimRow, FigureRow, ReviewRow, SpeakerRow

__all__ = ["HISTORY_LIMIT", "Queries"]

HISTORY_LIMIT = 50
"""The most figures :meth:`Queries.figure_history` reads per speaker and per origin (those nearest
in date): a speaker quoted on one subject in thousands of articles costs the same as one quoted in
fifty, and the nearest are the ones a drift check compares with."""


class Queries(Database):
    """The read-only queries of the store (speakers, claims, figures, documents, reviews)."""

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
            if not given_names_compatible(given, row["key"].split()[:-1]):
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

    def has_document(self, document_id: str) -> bool:
        """True when a document with this id (text hash) is stored."""
        return (
            self._conn.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone() is not None
        )

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
        near: dt.date | str | None = None,
    ) -> list[FigureRow]:
        """Figures whose unit has the key of ``subject`` and that were given by one of ``speakers``
        (stored ids) or cited from one of ``origins`` (names), oldest first.

        At most :data:`HISTORY_LIMIT` figures per speaker and per origin: those of the documents
        nearest in date to ``near`` (an ISO date; when None, the latest), undated documents last.
        Both are found through indexes (figures by speaker and subject; origins' figures by
        subject), so the cost is that of the figures found, not of the store's size.
        """
        key = subject_key(subject)
        when = near.isoformat() if isinstance(near, dt.date) else near
        # nearest first: the distance in days from ``near``, else the latest first; undated last
        order = (
            "d.published IS NULL, abs(julianday(d.published) - julianday(?)), d.published, g.start, g.id"
            if when
            else "d.published IS NULL, d.published DESC, g.start, g.id"
        )
        skip = " AND g.document != ?" if exclude_document is not None else ""
        found: list[str] = []
        params: list[Any] = []

        def capped(where: str, args: Sequence[Any], source: str) -> None:
            found.append(
                f"SELECT * FROM (SELECT g.figure FROM {source}"
                f" JOIN documents d ON d.id = g.document WHERE {where}{skip} ORDER BY {order} LIMIT ?)"
            )
            params.extend(args)
            if exclude_document is not None:
                params.append(exclude_document)
            if when:
                params.append(when)
            params.append(HISTORY_LIMIT)

        for speaker in dict.fromkeys(speakers):
            capped(
                "g.speaker = ? AND g.unit_key = ?",
                (speaker, key),
                "(SELECT rowid AS figure, speaker, unit_key, document, id, start FROM figures) g",
            )
        for origin in dict.fromkeys(name_key(o) for o in origins):
            capped(
                "g.name_key = ? AND g.unit_key = ?",
                (origin, key),
                "(SELECT f.rowid AS figure, o.name_key, o.unit_key, o.document, o.figure AS id, f.start"
                " FROM origin_figures o JOIN figures f ON f.document = o.document AND f.id = o.figure) g",
            )
        if not found:
            return []
        # by rowid: a row-value IN (document, id) can make SQLite scan every figure
        sql = self._FIGURE_SELECT + " WHERE f.rowid IN (" + " UNION ".join(found) + ")"
        sql += " ORDER BY d.published, f.start, f.rowid"
        return [self._figure_row(row) for row in self._conn.execute(sql, params)]

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
