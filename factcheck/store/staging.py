"""The quote index's new keys: written in order to a staging table, merged level by level into the index.

Each stored quote has about ten hashed keys (:func:`~factcheck.store.keys.stored_quote_keys`) in
the index, B-trees ordered by key: once one is larger than a document's keys, every key of a new
document lands on a page of its own, so a document wrote about a hundred pages of it (two thirds of
what it wrote in a store of 5,000 documents).  New keys go to ``quote_keys_staged``, a plain table
whose rows are appended in order (a document's keys fill a page or two at its end), in the same
transaction as the document.

The index is in levels (schema 7, :data:`INDEX_LEVELS`), like a log-structured merge tree: the
staging table, then ``quote_keys_level1``, ``quote_keys_level2`` and ``quote_keys``, each keyed
alike. When a level holds more rows than its limit (``STAGED_ROWS`` for the staging table, then ten
times as many at each level), its rows are merged into the next level in key order and the level
emptied, in one transaction; then the next level is looked at, in a transaction of its own. A merge
reads and writes about every page of the level it merges into, so it costs what that level holds;
merging into one index of every key (schema 6) wrote about every page of it, more pages a document
as the store grew (34 at 20,000 documents, against 5 into a first level of 250,000 rows). With
levels ten times apart, a level is at most ten times the rows merged into it, so the pages written
for a key at each level are bounded and the cost per document does not grow with the store until
the last level is ten times the one above it (about 500,000 documents). A crash before, during or
between merges leaves every key in exactly one level: never lost, never half moved.

Each level has a Bloom filter of its keys (schema 8, :mod:`factcheck.store.key_filter`, in
``quote_key_filters``), written in the transaction that writes the level's rows: a merge into a
level adds the keys it brings (or builds the filter again, larger, when they make it too full), and
a level merged away has its filter emptied with it.  A crash therefore never leaves a level with a
key its filter lacks.

Look-ups read every level that holds rows, each only for the keys its filter may hold (a new
quote's runs are mostly held by no level: those cost no seek). The staging table has no index of
its own (one would be written all over as the index was); each connection keeps a copy of it in a
temporary table keyed like the index (``temp.quote_keys_recent``, in memory or a temporary file,
never in the store), loaded when a search first needs it and again when another connection has
committed since, and kept up to date by this connection's own writes (in their transaction: a
rollback takes them back too), with the set of its keys in memory (which a rollback leaves as it
is: a key too many only costs a seek).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from factcheck.store.key_filter import REBUILD_BELOW, KeyFilter, filter_bits
from factcheck.store.queries import Queries

__all__ = ["INDEX_LEVELS", "LEVEL_GROWTH", "STAGED_ROWS", "StagedKeys"]

STAGED_ROWS = 50_000
"""Staged key rows (about 500 documents) above which they are merged into the first level."""

LEVEL_GROWTH = 10
"""Each indexed level holds up to this many times the rows of the level above it before it is
merged into the next one (the last level has no limit)."""

INDEX_LEVELS = ("quote_keys_level1", "quote_keys_level2", "quote_keys")
"""The indexed levels of the quote index, newest first (each ``(key, length, quote)``, keyed by
all three); the staging table comes before the first."""

_RECENT = (
    "CREATE TEMP TABLE IF NOT EXISTS quote_keys_recent (key INTEGER NOT NULL, length INTEGER NOT NULL,"
    " quote INTEGER NOT NULL, PRIMARY KEY (key, length, quote)) WITHOUT ROWID"
)


def level_limit(level: int) -> int | None:
    """The rows level ``level`` of :data:`INDEX_LEVELS` may hold before it is merged into the next
    (None for the last): :data:`STAGED_ROWS` times :data:`LEVEL_GROWTH` to the level's number."""
    if level >= len(INDEX_LEVELS) - 1:
        return None
    return int(STAGED_ROWS * LEVEL_GROWTH ** (level + 1))


class StagedKeys(Queries):
    """Writing, reading and merging the staged keys and the levels of the quote index (see the module)."""

    #: ``PRAGMA data_version`` when ``temp.quote_keys_recent`` was last loaded; None: not loaded.
    _recent_version: int | None = None
    #: the keys of ``temp.quote_keys_recent`` (perhaps a few more), loaded with it
    _recent_set: set[int] | None = None
    #: the levels that held rows with their filters, and when that was looked at (see :meth:`_held_levels`)
    _held: tuple[tuple[int, int], list[tuple[str, KeyFilter | None]]] | None = None
    #: each level's filter as last read, by level, with the generation it was read at, and the
    #: ``PRAGMA data_version`` they were looked at
    _filters: dict[str, tuple[int, KeyFilter]] | None = None
    _filters_version: int | None = None

    def _stage_keys(self, conn: sqlite3.Connection, rows: Iterable[tuple[int, int, int]]) -> None:
        """Stage (key, length, quote number) rows, once each, inside the open write transaction."""
        unique = list(dict.fromkeys(rows))
        conn.executemany("INSERT INTO quote_keys_staged (key, length, quote) VALUES (?, ?, ?)", unique)
        if self._recent_version is not None:
            conn.executemany("INSERT OR IGNORE INTO temp.quote_keys_recent VALUES (?, ?, ?)", unique)
            if self._recent_set is not None:
                self._recent_set.update(row[0] for row in unique)

    def _recent_keys(self) -> tuple[str, set[int]]:
        """The name of the table that holds the staged keys for a search, loaded and up to date,
        and the set of its keys."""
        version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        if self._recent_version != version or self._recent_set is None:
            self._conn.execute(_RECENT)
            self._conn.execute("DELETE FROM temp.quote_keys_recent")
            self._conn.execute(
                "INSERT OR IGNORE INTO temp.quote_keys_recent"
                " SELECT key, length, quote FROM quote_keys_staged"
            )
            self._recent_set = {key for (key,) in self._plain().execute("SELECT key FROM quote_keys_staged")}
            self._recent_version = version
        return "temp.quote_keys_recent", self._recent_set

    def _plain(self) -> sqlite3.Cursor:
        """A cursor of this connection that gives plain tuples (cheaper than rows, for many keys)."""
        cursor = self._conn.cursor()
        cursor.row_factory = None
        return cursor

    def _held_levels(self) -> list[tuple[str, KeyFilter | None]]:
        """The levels of :data:`INDEX_LEVELS` that hold rows (a search need not read the others: the
        last level is empty until the store holds about 50,000 documents), each with its filter
        (None: none stored, every key may be held), looked at again when the database changed (a
        write through this connection or a commit by another)."""
        stamp = (int(self._conn.execute("PRAGMA data_version").fetchone()[0]), self._conn.total_changes)
        if self._held is None or self._held[0] != stamp:
            filters = self._level_filters()
            held = [
                (t, filters.get(t))
                for t in INDEX_LEVELS
                if self._conn.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone()
            ]
            self._held = (stamp, held)
        return self._held[1]

    def _level_filters(self) -> dict[str, KeyFilter]:
        """Each level's filter, looked at again only when another connection has committed since (or
        this one merged: :meth:`merge_quote_keys` forgets them); one is then read from the store
        again only when its generation changed (a merge wrote it)."""
        version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        if self._filters is not None and self._filters_version == version:
            return {level: pair[1] for level, pair in self._filters.items()}
        self._filters_version = version
        kept = self._filters or {}
        found: dict[str, tuple[int, KeyFilter]] = {}
        for level, generation in self._conn.execute("SELECT level, generation FROM quote_key_filters"):
            old = kept.get(level)
            if old is None or old[0] != generation:
                (data,) = self._conn.execute(
                    "SELECT bits FROM quote_key_filters WHERE level = ?", (level,)
                ).fetchone()
                old = (int(generation), KeyFilter.stored(bytes(data)))
            found[str(level)] = old
        self._filters = found
        return {level: pair[1] for level, pair in found.items()}

    def _forget_recent(self) -> None:
        """Load the staged keys again before the next search (after a removal or a merge)."""
        self._recent_version = None
        self._recent_set = None

    def _add_to_filter(self, conn: sqlite3.Connection, level: str, source: str) -> None:
        """Add the keys of table ``source``, just merged into ``level``, to the level's filter, in
        the open transaction; build the filter again from the level, larger, when the rows added
        since it was built would leave it fewer than ``REBUILD_BELOW`` bits a row."""
        count = f"SELECT count(*) FROM {source}"
        added = int(conn.execute(count).fetchone()[0])
        row = conn.execute(
            "SELECT rows, generation, bits FROM quote_key_filters WHERE level = ?", (level,)
        ).fetchone()
        rows, generation = (int(row[0]) + added, int(row[1]) + 1) if row is not None else (0, 0)
        if row is not None and rows * REBUILD_BELOW <= len(row[2]) * 8:
            found = KeyFilter.stored(bytes(row[2]))
            found.add(key for (key,) in self._plain().execute(f"SELECT key FROM {source}"))
        else:
            rows = int(conn.execute(f"SELECT count(*) FROM {level}").fetchone()[0])
            found = KeyFilter(filter_bits(rows))
            found.add(key for (key,) in self._plain().execute(f"SELECT key FROM {level}"))
        conn.execute(
            "INSERT OR REPLACE INTO quote_key_filters (level, rows, generation, bits) VALUES (?, ?, ?, ?)",
            (level, rows, generation, bytes(found.data)),
        )

    @staticmethod
    def _clear_filter(conn: sqlite3.Connection, level: str) -> None:
        """Empty the filter of ``level``, whose rows were just merged away (its size stays)."""
        conn.execute(
            "UPDATE quote_key_filters SET rows = 0, generation = generation + 1,"
            " bits = zeroblob(length(bits)) WHERE level = ?",
            (level,),
        )

    def _staged_rows(self) -> int:
        """About how many rows are staged (rowids grow by one a row; a removal leaves gaps)."""
        return int(self._conn.execute("SELECT coalesce(max(rowid), 0) FROM quote_keys_staged").fetchone()[0])

    def _level_rows(self, level: int) -> int:
        """How many rows level ``level`` of :data:`INDEX_LEVELS` holds."""
        return int(self._conn.execute(f"SELECT count(*) FROM {INDEX_LEVELS[level]}").fetchone()[0])

    def merge_quote_keys(self, *, above: int = 0) -> int:
        """Merge the staged keys into the first level of the quote index, in key order, in one
        transaction, when more than ``above`` rows are staged; then each level that holds more than
        its limit (:func:`level_limit`) into the next, a transaction each.  Return how many rows were
        staged (0: nothing merged)."""
        if self.read_only or self._staged_rows() <= above:
            return 0
        with self._transaction() as conn:
            staged = int(conn.execute("SELECT count(*) FROM quote_keys_staged").fetchone()[0])
            if staged <= above:
                return 0
            conn.execute(
                f"INSERT OR IGNORE INTO {INDEX_LEVELS[0]} (key, length, quote)"
                " SELECT key, length, quote FROM quote_keys_staged ORDER BY key, length, quote"
            )
            self._filters = None  # read again after the merge, whatever comes of it
            self._add_to_filter(conn, INDEX_LEVELS[0], "quote_keys_staged")
            conn.execute("DELETE FROM quote_keys_staged")
            self._forget_recent()
        self._merge_levels()
        return staged

    def _merge_levels(self) -> None:
        """Merge each level holding more rows than its limit into the next, top down (the limit is
        looked at only after a merge into the level, or when it is the first: counting is a scan)."""
        for level in range(len(INDEX_LEVELS) - 1):
            limit = level_limit(level)
            if limit is None or self._level_rows(level) <= limit:
                return
            self._merge_level(level)

    def _merge_level(self, level: int) -> None:
        """Move every row of level ``level`` into the next level, in key order, in one transaction."""
        upper, lower = INDEX_LEVELS[level], INDEX_LEVELS[level + 1]
        with self._transaction() as conn:
            conn.execute(
                f"INSERT OR IGNORE INTO {lower} (key, length, quote)"
                f" SELECT key, length, quote FROM {upper} ORDER BY key, length, quote"
            )
            self._filters = None
            self._add_to_filter(conn, lower, upper)
            conn.execute(f"DELETE FROM {upper}")
            self._clear_filter(conn, upper)

    def _merge_when_full(self) -> None:
        """Merge once more than :data:`STAGED_ROWS` rows are staged (after a write, outside a batch)."""
        if not self._batch:
            self.merge_quote_keys(above=STAGED_ROWS)

    def _end_batch(self) -> None:
        """Commit the open batch, then merge the staged keys if they are more than enough."""
        active = self._batch
        super()._end_batch()
        if active:
            self.merge_quote_keys(above=STAGED_ROWS)
