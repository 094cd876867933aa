"""Opening the claim store: where it lives, refusing a file that is not one, WAL mode, running the
migrations of :mod:`factcheck.store.schema`, and one write transaction at a time."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, cast

from factcheck.errors import FactcheckError
from factcheck.store.key_filter import KeyFilterBuilder
from factcheck.store.keys import fold, numbers_text, stored_quote_keys, terms_text, word_count
from factcheck.store.schema import APPLICATION_ID, MIGRATIONS, statements

__all__ = ["BUSY_TIMEOUT", "DB_ENV", "Database", "StoreError", "default_db_path"]

DB_ENV = "FACTCHECK_DB"
"""Environment variable naming the store's file (overridden by ``--db PATH``)."""

BUSY_TIMEOUT = 30.0
"""Seconds a connection waits for another process's write lock before giving up."""


CACHE_KIB = 65536
"""The connection's page cache, in KiB: the index pages a write touches stay in memory."""

WAL_PAGES = 16384
"""Pages the write-ahead log may hold before it is copied into the database (SQLite's default is
1,000): each add touches pages all over the indexes, and fewer checkpoints write each page fewer
times.  The log is at most this many pages (64 MB at 4 KiB) between checkpoints."""


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


def _quote_keys_json(folded: str) -> str:
    return json.dumps(stored_quote_keys(folded))


class Database:
    """An open claim-store database, migrated to the current schema (the base of
    :class:`factcheck.store.ClaimStore`; see there for the arguments).

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
        self._batch = 0  # writes per commit inside batched(); 0: each write commits
        self._pending = 0  # writes done since the batch's last commit
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
            conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
            conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_PAGES}")
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
        conn.create_function("factcheck_fold", 1, fold, deterministic=True)
        conn.create_function("factcheck_words", 1, word_count, deterministic=True)
        conn.create_function("factcheck_terms", 1, terms_text, deterministic=True)
        conn.create_function("factcheck_numbers", 1, numbers_text, deterministic=True)
        conn.create_function("factcheck_quote_keys", 1, _quote_keys_json, deterministic=True)
        # typeshed has an aggregate's result an int; SQLite takes any value (a BLOB here)
        conn.create_aggregate("factcheck_key_filter", 1, cast(Any, KeyFilterBuilder))
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

    def close(self) -> None:
        """Close the database connection (committing the writes of an open :meth:`batched`)."""
        self._end_batch()
        self._conn.close()

    @contextmanager
    def batched(self, size: int = 50) -> Iterator[None]:
        """Inside, writes commit ``size`` at a time: one transaction holds up to ``size`` documents
        (each in a SAVEPOINT of its own, so one that fails rolls back only itself), committed when
        full and when the block ends, however it ends.  A crash loses the documents of the open
        transaction, whole, never part of one (adding them again stores them); other processes see
        them at the commit and wait for the write lock meanwhile.  Nested, the outer size holds.
        """
        if self._batch:
            yield
            return
        self._batch, self._pending = max(1, size), 0
        try:
            yield
        finally:
            self._end_batch()

    def _end_batch(self) -> None:
        """Commit the open batch, if any, and go back to one commit per write."""
        active, self._batch, self._pending = self._batch, 0, 0
        if active and self._conn.in_transaction:
            self._conn.execute("COMMIT")

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
                for statement in statements(MIGRATIONS[number]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number + 1}")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        if self._batch:
            with self._savepoint() as conn:
                yield conn
            return
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    @contextmanager
    def _savepoint(self) -> Iterator[sqlite3.Connection]:
        """One write of a batch: a SAVEPOINT in the batch's transaction (begun when none is open),
        released when the write is done, rolled back alone when it fails; full, the batch commits."""
        conn = self._conn
        if not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
            self._pending = 0
        conn.execute("SAVEPOINT factcheck_write")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled everything back itself (disk full)
                conn.execute("ROLLBACK TO factcheck_write")
                conn.execute("RELEASE factcheck_write")
            else:
                self._pending = 0
            raise
        conn.execute("RELEASE factcheck_write")
        self._pending += 1
        if self._pending >= self._batch:
            conn.execute("COMMIT")
            self._pending = 0
