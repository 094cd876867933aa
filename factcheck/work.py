"""Checking one input with one run's settings, in this process or in a worker (of the check
command's process pool or of a Dask cluster): load it, check it, render it, and send back the
rendered text and the counts instead of the report, unless the format is written as one whole
(``claimreview``), when the report comes back to be rendered with the others.

A worker builds its own plugin manager from the run's ``-p`` and ``--disable`` (:func:`start`, the
pool's initialiser; :func:`ensure_started` on a Dask worker, which may serve several runs).
"""

from __future__ import annotations

import warnings
from collections import Counter
from typing import Any

import attrs

from factcheck.api import check as check_document
from factcheck.corpus import Input, load_input
from factcheck.errors import FactcheckError, InputError, PluginError
from factcheck.manager import FactcheckPluginManager, get_plugin_manager
from factcheck.model import Report, Status
from factcheck.rendering import render

__all__ = ["Outcome", "Settings", "ensure_started", "failed", "start", "work"]


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


def ensure_started(settings: Settings) -> None:
    """Set up this process for ``settings`` unless it already is (a Dask worker serves every
    document of a run, and may serve another run after it)."""
    if _STATE.get("settings") != settings:
        start(settings)


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
