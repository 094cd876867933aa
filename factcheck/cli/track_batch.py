"""Checking the articles of ``factcheck track add``: in this process, or in the process pool of
``factcheck check --jobs`` (:class:`~factcheck.cli.pool.OrderedPool`), which loads, extracts and
runs the checkers of several articles at once.  The history checks and the store's writes stay in
the command's process, one article at a time and in input order, so the store holds the same rows
whatever the number of workers.
"""

from __future__ import annotations

import sqlite3
import warnings
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import attrs

from factcheck.api import check
from factcheck.corpus import Input, load_input
from factcheck.errors import FactcheckError, InputError
from factcheck.manager import FactcheckPluginManager, get_plugin_manager
from factcheck.model import Report
from factcheck.store import StoreError

__all__ = ["Checked", "check_input", "checked", "problem"]


@attrs.frozen
class Checked:
    """An input checked in a worker: its report, or the one-line problem that stopped it, and the
    warnings raised meanwhile (the command prints them as its own)."""

    item: Input
    report: Report | None = None
    problem: str | None = None
    warnings: tuple[str, ...] = ()


def check_input(item: Input, pm: FactcheckPluginManager, timeout: float | None) -> Report:
    """Load and check one input as ``track add`` always has (a file by its path, anything else
    through :func:`factcheck.corpus.load_input`); raises what loading and checking raise."""
    if item.path is not None:
        return check(item.path, pm=pm, timeout=timeout)
    return check(load_input(item, pm), pm=pm, timeout=timeout)


def problem(path: Path, exc: Exception, db: str) -> str:
    """One line naming the file (and the store, for a database error) and what went wrong."""
    if isinstance(exc, InputError | StoreError):
        return str(exc)  # these name the file already
    if isinstance(exc, sqlite3.Error):
        return f"{path}: {db}: {exc}"
    if isinstance(exc, FactcheckError):
        return f"{path}: {exc}"
    return f"{path}: internal error while checking: {type(exc).__name__}: {exc}"


_STATE: dict[str, Any] = {}


def _start(plugins: tuple[str, ...], disable: tuple[str, ...], timeout: float | None, db: str) -> None:
    """A worker's set-up: its own plugin manager, built as the command built its own."""
    _STATE.update(pm=get_plugin_manager(list(plugins), list(disable)), timeout=timeout, db=db)


def _work(item: Input) -> Checked:
    """Check one input in a worker; an exception becomes the line the command prints for it."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            report: Report | None = check_input(item, _STATE["pm"], _STATE["timeout"])
            found = None
        except KeyboardInterrupt:
            raise
        except Exception as exc:  # as the command does in its own process: name the input, go on
            report, found = None, problem(Path(item.where), exc, _STATE["db"])
    return Checked(item, report, found, tuple(str(w.message) for w in caught))


def _failed(item: Input, reason: str) -> Checked:
    """The result of an input whose worker died."""
    return Checked(item, problem=f"{item.where}: {reason}")


def checked(
    items: Iterable[Input],
    jobs: int,
    pm: FactcheckPluginManager,
    plugins: tuple[str, ...],
    disable: tuple[str, ...],
    timeout: float | None,
    db: str,
) -> Iterator[tuple[Input, Checked | None]]:
    """Each input with its :class:`Checked` from a pool of ``jobs`` workers (each building its
    plugin manager from ``plugins`` and ``disable``, as the command built ``pm``), in input order
    as they finish; with one job or one input, each input with None (the caller checks it itself,
    in this process, as before workers existed)."""
    source = iter(items)
    first = [item for _, item in zip(range(2), source, strict=False)]
    if jobs <= 1 or len(first) < 2:
        for item in (*first, *source):
            yield item, None
        return
    from factcheck.cli.batch import warm_up
    from factcheck.cli.pool import OrderedPool

    def chained() -> Iterator[Input]:
        yield from first
        yield from source

    pool: OrderedPool[Input, Checked] = OrderedPool(
        jobs, _work, _failed, _start, (plugins, disable, timeout, db), None, prepare=partial(warm_up, pm)
    )
    for result in pool.map(chained()):
        yield result.item, result
