"""Checking many documents for ``factcheck check``: the work done per input (in this process or in a
worker of :class:`~factcheck.cli.pool.OrderedPool`), the counts the command keeps instead of the
reports, the progress bar and the closing summary line.

A worker builds its own plugin manager from the command's ``-p`` and ``--disable`` (the pool's
initialiser, :func:`start`), loads, checks and renders its document, and sends back the rendered
text and the counts: the reports themselves stay in the worker, unless the format is written as one
whole (``claimreview``), when they come back to be rendered together.
"""

from __future__ import annotations

import os
import time
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

import attrs

from factcheck.api import check as check_document
from factcheck.cli.rendering import render
from factcheck.corpus import Input, load_input
from factcheck.errors import FactcheckError, InputError, PluginError
from factcheck.manager import FactcheckPluginManager, get_plugin_manager
from factcheck.model import Report, Status

__all__ = ["Outcome", "Settings", "Tally", "failed", "progress_bar", "results", "start", "work"]

#: Statuses in the order the summary names them.
_ORDER = (Status.FAIL, Status.ERROR, Status.WARN, Status.UNKNOWN, Status.PASS, Status.INFO)


@attrs.frozen
class Settings:
    """What every document of one run is checked and rendered with (sent to each worker)."""

    plugins: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    checkers: tuple[str, ...] | None = None
    timeout: float | None = None
    fmt: str = "simple"
    options: dict[str, Any] = attrs.field(factory=dict, hash=False)
    keep_reports: bool = False


@attrs.frozen
class Outcome:
    """What checking one input gave: the rendered text (or the report, for a format written whole)
    and the counts, or a one-line error naming the input."""

    where: str
    text: str | None = None
    report: Report | None = None
    claims: int = 0
    quotes: int = 0
    figures: int = 0
    statuses: tuple[tuple[str, int], ...] = ()
    error: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def failed(self) -> bool:
        """True when some verdict is ``fail``."""
        return any(status == Status.FAIL.value and n for status, n in self.statuses)


_STATE: dict[str, Any] = {}


def start(settings: Settings, pm: FactcheckPluginManager | None = None) -> None:
    """Set up this process to check documents: the pool's initialiser (``pm`` None: built from the
    settings' plugins and disabled names, as the command built its own)."""
    _STATE["settings"] = settings
    _STATE["pm"] = pm if pm is not None else get_plugin_manager(settings.plugins, settings.disable)


def work(item: Input) -> Outcome:
    """Load, check and render one input with the settings given to :func:`start`; the warnings
    raised meanwhile (a file not in UTF-8) come back with the outcome, from a worker too."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        outcome = _work(item)
    if caught:
        outcome = attrs.evolve(outcome, warnings=tuple(str(w.message) for w in caught))
    return outcome


def _work(item: Input) -> Outcome:
    settings: Settings = _STATE["settings"]
    pm: FactcheckPluginManager = _STATE["pm"]
    try:
        document = load_input(item, pm)
        report = check_document(document, pm=pm, checkers=settings.checkers, timeout=settings.timeout)
    except FactcheckError as exc:
        message = str(exc) if isinstance(exc, InputError | PluginError) else f"{item.where}: {exc}"
        return Outcome(item.where, error=message)
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # never a traceback nor an exit: name the input and the problem, go on
        return failed(item, f"internal error while checking: {type(exc).__name__}: {exc}")
    statuses = Counter(v.status.value for v in report.verdicts)
    counts: dict[str, Any] = {
        "claims": len(report.claims),
        "quotes": len(report.quotes),
        "figures": len(report.figures),
        "statuses": tuple(sorted(statuses.items())),
    }
    if settings.keep_reports:
        return Outcome(item.where, report=report, **counts)
    try:
        # every document gets its header row; the command keeps the first one (HEADED_FORMATS)
        text = render(pm, [report], settings.fmt, {**settings.options, "header": True})
    except PluginError as exc:
        return failed(item, str(exc))
    return Outcome(item.where, text=text, **counts)


def failed(item: Input, problem: str) -> Outcome:
    """The outcome of an input that could not be checked: one line naming it and the problem."""
    return Outcome(item.where, error=f"{item.where}: {problem}")


def results(
    items: Iterable[Input], settings: Settings, jobs: int, timeout: float | None
) -> Iterator[Outcome]:
    """The outcomes of ``items`` in order: in this process when ``jobs`` is 1 or there is one input,
    else in a pool of ``jobs`` worker processes (``timeout`` seconds per document, None: no limit)."""
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

    pool: OrderedPool[Input, Outcome] = OrderedPool(jobs, work, failed, start, (settings,), timeout)
    yield from pool.map(chained())


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
        """The closing summary: ``3 document(s), 40 claims, ...; verdicts: ...; 0 errors; 1.2 s``."""
        verdicts = ", ".join(f"{self.statuses[s.value]} {s.value}" for s in _ORDER if self.statuses[s.value])
        seconds = time.monotonic() - self.started
        rate = f" ({self.documents / seconds:.1f} documents/s)" if self.documents > 1 and seconds > 0 else ""
        return (
            f"{self.documents} document(s), {self.claims} claims, {self.quotes} quotes, "
            f"{self.figures} figures; verdicts: {verdicts or 'none'}; "
            f"{self.errors} error(s); {seconds:.1f} s{rate}"
        )


def progress_bar(err: TextIO, total: int | None, enabled: bool) -> Any:
    """A tqdm bar on ``err`` (documents done, rate, time left when the total is known), or None when
    not ``enabled`` (stderr is no terminal, ``--quiet``)."""
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, file=err, unit="doc", dynamic_ncols=True, leave=False, mininterval=0.2)
