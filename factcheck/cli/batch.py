"""Checking many documents for ``factcheck check``: the inputs' outcomes in order, from this process
or from a pool of workers (:class:`~factcheck.cli.pool.OrderedPool`, each doing
:func:`factcheck.work.work`), the counts the command keeps instead of the reports, the progress bar
and the closing summary line.
"""

from __future__ import annotations

import contextlib
import os
import time
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import partial
from typing import Any, TextIO

from factcheck.corpus import Input
from factcheck.manager import FactcheckPluginManager
from factcheck.model import Status
from factcheck.render import counted
from factcheck.work import Outcome, Settings, failed, start, work

__all__ = ["Tally", "default_jobs", "progress_bar", "results", "warm_up"]

#: Statuses in the order the summary names them.
_ORDER = (Status.FAIL, Status.ERROR, Status.WARN, Status.UNKNOWN, Status.PASS, Status.INFO)


def results(
    items: Iterable[Input],
    settings: Settings,
    jobs: int,
    timeout: float | None,
    pm: FactcheckPluginManager | None = None,
) -> Iterator[Outcome]:
    """The outcomes of ``items`` in order: in this process when ``jobs`` is 1 or there is one input,
    else in a pool of ``jobs`` worker processes (``timeout`` seconds per document, None: no limit;
    ``pm``, the command's plugin manager, checks a short text here before workers are forked)."""
    source = iter(items)
    first = [item for _, item in zip(range(2), source, strict=False)]
    if jobs <= 1 or len(first) < 2:
        for item in (*first, *source):
            yield work(item)
        return
    from factcheck.cli.pool import OrderedPool

    def chained() -> Iterator[Input]:
        yield from first
        yield from source

    pool: OrderedPool[Input, Outcome] = OrderedPool(
        jobs, work, failed, start, (settings,), timeout, prepare=partial(warm_up, pm) if pm else None
    )
    yield from pool.map(chained())


WARM_UP = "The minister said on Monday that “about 40 people, or 12%,” came to the hearing in Moscow.\n"
"""A short text checked before workers are forked: the modules, patterns and tables a check loads on
first use (about 0.4 s of CPU) are then loaded once, in the command's process, not once a worker."""


def warm_up(pm: FactcheckPluginManager) -> None:
    """Check :data:`WARM_UP` in this process with ``pm``; the report, any warning and any error are
    thrown away (the articles are checked, and their problems told, as if it had not run)."""
    from factcheck.api import check_text

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with contextlib.suppress(Exception):
            check_text(WARM_UP, pm=pm)


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


class Tally:
    """The counts the command keeps over a run (never the reports): documents, claims, quotes,
    figures, verdicts by status, errors, and the time since it began."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.documents = self.claims = self.quotes = self.figures = self.errors = 0
        self.statuses: Counter[str] = Counter()
        self.failed = False

    def add(self, outcome: Outcome) -> None:
        """Count one outcome (an error counts as an error, not a document)."""
        if outcome.error is not None:
            self.errors += 1
            return
        self.documents += 1
        self.claims += outcome.claims
        self.quotes += outcome.quotes
        self.figures += outcome.figures
        self.statuses.update(dict(outcome.statuses))
        self.failed = self.failed or outcome.failed

    def line(self) -> str:
        """The closing summary: ``3 documents, 40 claims, ...; verdicts: ...; 0 errors; 1.2 s``."""
        verdicts = ", ".join(f"{self.statuses[s.value]} {s.value}" for s in _ORDER if self.statuses[s.value])
        seconds = time.monotonic() - self.started
        rate = f" ({self.documents / seconds:.1f} documents/s)" if self.documents > 1 and seconds > 0 else ""
        return (
            f"{counted(self.documents, 'document')}, {counted(self.claims, 'claim')}, "
            f"{counted(self.quotes, 'quote')}, {counted(self.figures, 'figure')}; "
            f"verdicts: {verdicts or 'none'}; {counted(self.errors, 'error')}; {seconds:.1f} s{rate}"
        )


def progress_bar(err: TextIO, total: int | None, enabled: bool) -> Any:
    """A tqdm bar on ``err`` (documents done, rate, time left when the total is known), or None when
    not ``enabled`` (stderr is no terminal, ``--quiet``)."""
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, file=err, unit="doc", dynamic_ncols=True, leave=False, mininterval=0.2)
