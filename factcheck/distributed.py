"""Checking past one machine: articles mapped to reports on a Dask cluster.

Install the extra (``pip install 'factcheck[dask]'``: dask[bag] and distributed).  An article
is a path, a text, a JSON Lines record (a mapping with ``text`` and optionally ``id``, ``url``,
``publisher``, ``published``, ``title``, read by :func:`factcheck.corpus.document_from_record`)
or a :class:`factcheck.corpus.Input` (what :func:`factcheck.corpus.iter_inputs` and
:func:`~factcheck.corpus.iter_jsonl` give).  Each worker builds its own plugin manager from a
:class:`CheckSpec` (the ``-p`` plugins, ``--disable`` names, checkers and timeout) and returns
an :class:`Outcome` per article: the :class:`~factcheck.model.Report` (attrs objects pickle; a
report comes back equal to the one checked in one process) or the error, as text.  Reports are
plain data: merge them into the claim store afterwards with
:meth:`factcheck.store.ClaimStore.add_reports` (see docs/scale.md).

``factcheck check --dask ADDRESS`` checks on a running scheduler through :func:`cluster_results`:
this process reads the inputs (so the workers need not see its files) and the workers check and
render them, as the command's own worker processes do.
"""

from __future__ import annotations

import collections
import functools
import itertools
import os
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

import attrs

from factcheck.corpus import Input, document_from_record, load_input
from factcheck.errors import FactcheckError, InputError, PluginError
from factcheck.model import Document, Report

if TYPE_CHECKING:  # pragma: no cover - types only; dask is an optional extra
    import dask.bag
    import distributed

    from factcheck.manager import FactcheckPluginManager
    from factcheck.work import Outcome as BatchOutcome
    from factcheck.work import Settings

__all__ = [
    "SCHEDULER_TIMEOUT",
    "CheckSpec",
    "DaskMissing",
    "Item",
    "Outcome",
    "RemoteError",
    "check_bag",
    "check_item",
    "check_items",
    "cluster_results",
    "record_document",
]

Item: TypeAlias = "str | os.PathLike[str] | Mapping[str, Any] | Input"
"""One article: a path, a text, a JSON Lines record (a mapping with ``text``), or an input."""

SCHEDULER_TIMEOUT = 10.0
"""Seconds ``--dask ADDRESS`` waits for the scheduler to answer."""

PARTITION = 8
"""Articles sent to a worker at a time."""

_Loaded: TypeAlias = "tuple[Input | BatchOutcome, tuple[str, ...]]"
"""An input read by this process (or the outcome of one that could not be), with its warnings."""

_T = TypeVar("_T")
_R = TypeVar("_R")


class DaskMissing(FactcheckError):
    """The ``dask`` extra is not installed."""


class RemoteError(FactcheckError):
    """The cluster cannot be used, or a worker could not check an article for a reason other than
    its input or a plugin."""


@attrs.frozen
class CheckSpec:
    """How workers check: the ``-p`` plugin modules, the ``--disable`` names, the checkers to run
    (None: all) and each checker's time limit in seconds (None: none).  Plain data, so it pickles."""

    plugins: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    checkers: tuple[str, ...] | None = None
    timeout: float | None = None
    cwd: str | None = None
    """The folder relative paths are read from (the client's); the report keeps the path as given."""


@attrs.frozen
class Outcome:
    """What became of one article: its ``report``, or the ``error`` (one line) and its ``kind``
    (``input``, ``plugin`` or ``internal``).  ``source`` names the article as given."""

    source: str
    report: Report | None = None
    error: str | None = None
    kind: str | None = None

    def unwrap(self) -> Report:
        """The report; else the error raised again as :class:`InputError`, :class:`PluginError`
        or :class:`RemoteError`, as a check in this process would have raised it."""
        if self.report is not None:
            return self.report
        message = self.error or "no report"
        if self.kind == "input":
            prefix = f"{self.source}: "
            raise InputError(self.source, message[len(prefix) :] if message.startswith(prefix) else message)
        if self.kind == "plugin":
            raise PluginError(message)
        raise RemoteError(message)


def record_document(record: Mapping[str, Any]) -> Document:
    """The document of a JSON Lines record, as ``factcheck check corpus.jsonl`` reads one (its
    path is its ``id``, else ``<record>``).

    :raises InputError: no text, or a field of the wrong type or form.
    """
    where = str(record.get("id") or "<record>")
    return document_from_record(dict(record), where)


@functools.lru_cache(maxsize=4)
def _manager(plugins: tuple[str, ...], disable: tuple[str, ...]) -> Any:
    """One plugin manager per worker process and spec (building one loads every plugin)."""
    from factcheck.manager import get_plugin_manager

    return get_plugin_manager(plugins=plugins, disable=disable)


def _source(item: Item) -> str:
    if isinstance(item, Input):
        return item.where
    if isinstance(item, Mapping):
        return str(item.get("id") or "<record>")
    if isinstance(item, os.PathLike):
        return os.fspath(item)
    return item if "\n" not in item and len(item) < 300 else item[:60].split("\n")[0] + "…"


def check_item(item: Item, spec: CheckSpec | None = None) -> Outcome:
    """Check one article as a worker does (also usable in this process); never raises for the
    article's own problems: they are the outcome's ``error``."""
    from factcheck.api import check

    spec = spec or CheckSpec()
    source = _source(item)
    try:
        pm = _manager(spec.plugins, spec.disable)
        target: Any = item
        shown: str | None = None  # the path as given, when the worker reads it from elsewhere
        if isinstance(item, Input):
            shown = None if item.path is None else os.fspath(item.path)
            target = load_input(_moved(item, spec.cwd), pm)
        elif isinstance(item, Mapping):
            target = record_document(item)
        elif isinstance(item, os.PathLike):
            shown = os.fspath(item)
            if spec.cwd is not None and not os.path.isabs(shown):
                target = Path(spec.cwd, shown)
        report = check(target, pm=pm, checkers=spec.checkers, timeout=spec.timeout)
        if shown is not None and report.document.path != shown:
            report = attrs.evolve(report, document=attrs.evolve(report.document, path=shown))
    except InputError as exc:
        return Outcome(source, error=str(exc), kind="input")
    except PluginError as exc:
        return Outcome(source, error=str(exc), kind="plugin")
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # a worker never dies on one article: name it and go on
        problem = f"internal error while checking: {type(exc).__name__}: {exc}"
        return Outcome(source, error=problem, kind="internal")
    return Outcome(source, report=report)


def _moved(item: Input, cwd: str | None) -> Input:
    """``item`` with a relative path read from ``cwd``."""
    if item.path is None or cwd is None or item.path.is_absolute():
        return item
    return attrs.evolve(item, path=Path(cwd, item.path))


def _dask() -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise DaskMissing(f"the dask extra is needed: pip install 'factcheck[dask]' ({exc})") from None


def check_bag(items: dask.bag.Bag, spec: CheckSpec | None = None) -> dask.bag.Bag:
    """Map a bag of articles (paths, texts, records or inputs) to a bag of :class:`Outcome`."""
    _dask()
    return items.map(check_item, spec or CheckSpec())


def _partition(function: Callable[[_T, Any], _R], chunk: list[_T], argument: Any) -> list[_R]:
    return [function(item, argument) for item in chunk]


def _ordered(
    client: Any, function: Callable[[_T, Any], _R], items: Iterable[_T], argument: Any, size: int
) -> Iterator[_R]:
    """``function(item, argument)`` for each item on the cluster, in input order: chunks of
    ``size`` items are sent a few per worker ahead of the one being yielded, so every worker is
    busy while this process holds a few chunks, never every result."""
    ahead = max(2, 2 * len(client.scheduler_info().get("workers", {})))
    pending: collections.deque[Any] = collections.deque()
    source = iter(items)
    while chunk := list(itertools.islice(source, max(1, size))):
        pending.append(client.submit(_partition, function, chunk, argument, pure=False))
        if len(pending) >= ahead:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def check_items(
    items: Iterable[Item],
    *,
    client: distributed.Client | None = None,
    spec: CheckSpec | None = None,
    partition_size: int = PARTITION,
) -> Iterator[Outcome]:
    """Check ``items`` on a Dask cluster and yield their outcomes in input order.

    With a connected :class:`distributed.Client`, chunks of ``partition_size`` articles go to the
    workers as the outcomes are read (see :func:`_ordered`); without one, the items make a
    :mod:`dask.bag` computed on the current Dask scheduler.  Paths are read on the workers, a
    relative one from this process's folder, and its report keeps the path as given.
    """
    _dask()
    spec = attrs.evolve(spec or CheckSpec(), cwd=os.getcwd())
    if client is not None:
        yield from _ordered(client, check_item, items, spec, partition_size)
        return
    import dask.bag as db

    listed = list(items)
    if listed:
        yield from check_bag(db.from_sequence(listed, partition_size=max(1, partition_size)), spec).compute()


def _cluster_work(item: Input, settings: Settings) -> BatchOutcome:
    """``factcheck check``'s work on one input, in a worker set up with the command's settings."""
    from factcheck.work import ensure_started, work

    ensure_started(settings)
    return work(item)


def _loaded(items: Iterable[Input], pm: FactcheckPluginManager) -> Iterator[_Loaded]:
    """Each input with its document read here, or the outcome of one that cannot be read; with
    the warnings reading gave (a file not in UTF-8)."""
    from factcheck.work import Outcome as Done

    for item in items:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                entry: Input | BatchOutcome = Input(item.where, document=load_input(item, pm))
            except FactcheckError as exc:
                message = str(exc) if isinstance(exc, InputError | PluginError) else f"{item.where}: {exc}"
                entry = Done(item.where, error=message)
        yield entry, tuple(str(w.message) for w in caught)


def _checked(loaded: _Loaded, settings: Settings) -> BatchOutcome:
    """Check an input read by :func:`_loaded`, its reading's warnings first."""
    entry, noted = loaded
    outcome = _cluster_work(entry, settings) if isinstance(entry, Input) else entry
    return attrs.evolve(outcome, warnings=(*noted, *outcome.warnings)) if noted else outcome


def cluster_results(
    address: str, items: Iterable[Input], settings: Settings, pm: FactcheckPluginManager
) -> Iterator[BatchOutcome]:
    """``factcheck check --dask ADDRESS``: the outcomes of ``items`` in input order, checked and
    rendered by the workers of the scheduler at ``address`` with the command's ``settings``, the
    documents read here with ``pm``.  The scheduler is reached before this returns; the client
    is closed when the outcomes run out.

    :raises DaskMissing: the extra is not installed.
    :raises RemoteError: no scheduler answers at ``address``.
    """
    _dask()
    from distributed import Client

    try:
        client = Client(address, timeout=SCHEDULER_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise RemoteError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    return _closing(_ordered(client, _checked, _loaded(items, pm), settings, PARTITION), client)


def _closing(outcomes: Iterator[_R], client: Any) -> Iterator[_R]:
    try:
        yield from outcomes
    finally:
        client.close()
