"""The SQLite claim store, :class:`ClaimStore`: the schema (:mod:`~factcheck.store.database`), the
queries (:mod:`~factcheck.store.queries`), the fuzzy searches (:mod:`~factcheck.store.search`)
and the writes (:mod:`~factcheck.store.writing`) in one object."""

from __future__ import annotations

from factcheck.store.search import Search
from factcheck.store.writing import Writer

__all__ = ["ClaimStore"]


class ClaimStore(Writer, Search):
    """The SQLite claim store (implements :class:`~factcheck.store.backend.StoreBackend`).

    ``ClaimStore(path)`` opens (creating when needed) the database at ``path``;
    ``":memory:"`` gives a throw-away store.  Use it as a context manager, or call
    :meth:`close`.  ``keep_report_json`` also keeps each report's ``factcheck/1``
    JSON (:func:`factcheck.serialize.report_to_dict`) in ``documents.report_json``; it is
    off by default because the tables hold the same facts and the JSON is about ten
    times the size of the text.  ``read_only`` never writes (a missing file is an empty
    store in memory).

    :raises StoreError: the file is not a SQLite database, or was written by a newer factcheck.
    """

    def __enter__(self) -> ClaimStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
