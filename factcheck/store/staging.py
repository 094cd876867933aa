"""The quote index's new keys: written in order to a staging table, merged into the index in batches.

Each stored quote has about ten hashed keys (:func:`~factcheck.store.keys.stored_quote_keys`) in the
index ``quote_keys``, a B-tree ordered by key: once it is larger than a document's keys, every key
of a new document lands on a page of its own, so a document wrote about a hundred pages of it (two
thirds of what it wrote in a store of 5,000 documents).  New keys now go to ``quote_keys_staged``,
a plain table whose rows are appended in order (a document's keys fill a page or two at its end),
in the same transaction as the document.  When it holds more than :data:`STAGED_ROWS` rows they
are merged into ``quote_keys`` in key order and the staging table emptied, in one transaction: a
crash before or during the merge leaves every key in one of the two tables, never lost, never half
moved.

Look-ups read both.  The staging table has no index of its own (one would be written all over as
the index was); each connection keeps a copy of it in a temporary table keyed like the index
(``temp.quote_keys_recent``, in memory or a temporary file, never in the store), loaded when a
search first needs it and again when another connection has committed since, and kept up to date
by this connection's own writes (in their transaction: a rollback takes them back too).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from factcheck.store.queries import Queries

__all__ = ["STAGED_ROWS", "StagedKeys"]

STAGED_ROWS = 50_000
"""Staged key rows (about 500 documents) above which they are merged into the index."""

_RECENT = (
    "CREATE TEMP TABLE IF NOT EXISTS quote_keys_recent (key INTEGER NOT NULL, length INTEGER NOT NULL,"
    " quote INTEGER NOT NULL, PRIMARY KEY (key, length, quote)) WITHOUT ROWID"
)


class StagedKeys(Queries):
    """Writing, reading and merging the staged keys of the quote index (see the module's text)."""

    #: ``PRAGMA data_version`` when ``temp.quote_keys_recent`` was last loaded; None: not loaded.
    _recent_version: int | None = None

    def _stage_keys(self, conn: sqlite3.Connection, rows: Iterable[tuple[int, int, int]]) -> None:
        """Stage (key, length, quote number) rows, once each, inside the open write transaction."""
        unique = list(dict.fromkeys(rows))
        conn.executemany("INSERT INTO quote_keys_staged (key, length, quote) VALUES (?, ?, ?)", unique)
        if self._recent_version is not None:
            conn.executemany("INSERT OR IGNORE INTO temp.quote_keys_recent VALUES (?, ?, ?)", unique)

    def _recent_keys(self) -> str:
        """The name of the table that holds the staged keys for a search, loaded and up to date."""
        version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        if self._recent_version != version:
            self._conn.execute(_RECENT)
            self._conn.execute("DELETE FROM temp.quote_keys_recent")
            self._conn.execute(
                "INSERT OR IGNORE INTO temp.quote_keys_recent"
                " SELECT key, length, quote FROM quote_keys_staged"
            )
            self._recent_version = version
        return "temp.quote_keys_recent"

    def _forget_recent(self) -> None:
        """Load the staged keys again before the next search (after a removal or a merge)."""
        self._recent_version = None

    def _staged_rows(self) -> int:
        """About how many rows are staged (rowids grow by one a row; a removal leaves gaps)."""
        return int(self._conn.execute("SELECT coalesce(max(rowid), 0) FROM quote_keys_staged").fetchone()[0])

    def merge_quote_keys(self, *, above: int = 0) -> int:
        """Merge the staged keys into the quote index, in key order, in one transaction, when more
        than ``above`` rows are staged; return how many rows were staged (0: nothing to merge)."""
        if self.read_only or self._staged_rows() <= above:
            return 0
        with self._transaction() as conn:
            staged = int(conn.execute("SELECT count(*) FROM quote_keys_staged").fetchone()[0])
            if staged <= above:
                return 0
            conn.execute(
                "INSERT OR IGNORE INTO quote_keys (key, length, quote)"
                " SELECT key, length, quote FROM quote_keys_staged ORDER BY key, length, quote"
            )
            conn.execute("DELETE FROM quote_keys_staged")
            self._forget_recent()
        return staged

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
