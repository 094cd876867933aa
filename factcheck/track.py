"""Tracking claims over time from Python: check an article, judge it against the claim store's
history, and store it.

The command line over these is :mod:`factcheck.cli.track`.  The store itself is
:class:`factcheck.store.ClaimStore`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from functools import partial
from typing import Any, cast

import attrs

from factcheck.api import check
from factcheck.manager import FactcheckPluginManager, guarded
from factcheck.model import Report, Verdict
from factcheck.render import counted
from factcheck.store import AddResult, ClaimStore, StoreBackend

__all__ = ["TrackedDocument", "run_history_hooks", "track_add"]


@attrs.frozen
class TrackedDocument:
    """What ``track add`` did with one article: the report, the store's answer, the history verdicts."""

    path: str
    report: Report
    result: AddResult
    history: tuple[Verdict, ...] = ()

    def summary(self) -> str:
        """One line: where the document went and what it holds."""
        r = self.result
        if r.reverted is not None:
            return (
                f"{self.path}: reverted to revision {r.reverted} ({r.document}), recorded as revision "
                f"{r.revision} after {r.previous}; the text was already stored, nothing else added"
            )
        if r.revised:
            return (
                f"{self.path}: now holds {r.document}, a text already stored, recorded as revision "
                f"{r.revision} after {r.previous}; nothing else added"
            )
        if not r.added:
            return f"{self.path}: already stored as {r.document} (revision {r.revision}); nothing added"
        revision = f", revision {r.revision} of {r.previous}" if r.previous else ""
        return (
            f"{self.path}: stored as {r.document}{revision}: {counted(r.speakers, 'speaker')}, "
            f"{counted(r.claims, 'claim')}, {counted(r.figures, 'figure')}, "
            f"{counted(r.verdicts, 'verdict')} ({len(self.history)} from history)"
        )


def run_history_hooks(
    report: Report, store: StoreBackend, pm: FactcheckPluginManager, timeout: float | None = None
) -> list[Verdict]:
    """Call every ``factcheck_history_check`` implementation; return the verdicts they give.

    A verdict without a checker name gets its plugin's name; a raising
    implementation (or one returning something other than verdicts, or evidence
    outside the text) gives one ``error`` verdict naming the plugin, and the
    others still run.  Verdicts of checkers named in ``--disable`` are dropped.
    """
    size = len(report.document.text)
    verdicts: list[Verdict] = []
    for impl in pm.hook.factcheck_history_check.get_hookimpls():
        name = impl.plugin_name
        produced = guarded(
            name,
            cast("Callable[[], Iterable[Any] | None]", partial(impl.function, report=report, store=store)),
            size,
            f"history check of plugin {name!r}",
            timeout=timeout,
        )
        verdicts.extend(v for v in produced if v.checker not in pm.disabled)
    return verdicts


def track_add(
    source: str | os.PathLike[str] | Report,
    store: ClaimStore,
    pm: FactcheckPluginManager,
    timeout: float | None = None,
) -> TrackedDocument:
    """Check one article (a path, or an already checked Report), run the history checks, store it.

    A document already stored is not checked against history again and adds nothing.  ``timeout``
    limits each checker and history check, in seconds (None: no limit).
    """
    report = source if isinstance(source, Report) else check(source, pm=pm, timeout=timeout)
    path = str(source) if not isinstance(source, Report) else (report.document.path or report.document.id)
    if store.has_document(report.document.id):
        return TrackedDocument(path, report, store.add_report(report))
    history = run_history_hooks(report, store, pm, timeout)
    report = attrs.evolve(report, verdicts=(*report.verdicts, *history))
    return TrackedDocument(path, report, store.add_report(report), tuple(history))


# --------------------------------------------------------------------------- the command
