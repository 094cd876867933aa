"""Pytest plugin for checker authors (loaded automatically through the ``pytest11`` entry point).

Fixtures:

``factcheck_pm``
    A fresh plugin manager with the core and the installed plugins, so a test
    never shares state with another.
``run_checker``
    ``run_checker(text, checker_or_plugin, ...) -> Report``: extract ``text`` and
    run one checker (a :class:`factcheck.Checker`, or a plugin module/object whose
    ``factcheck_checkers`` hook gives checkers) and return the report with its verdicts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.api import extract
from factcheck.manager import FactcheckPluginManager, get_plugin_manager, provided_by, run_checkers
from factcheck.model import Checker, Document, Report

RunChecker = Callable[..., Report]


@pytest.fixture
def factcheck_pm() -> FactcheckPluginManager:
    """A fresh plugin manager with the core and every installed plugin."""
    return get_plugin_manager()


def checkers_of(target: Checker | Any) -> dict[str, Checker]:
    """The checkers a Checker value, or a plugin object with a ``factcheck_checkers`` hook, provides."""
    if isinstance(target, Checker):
        return {target.name: target}
    pm = get_plugin_manager(autoload=False)
    if not pm.is_registered(target):  # a built-in plugin module is registered already
        pm.register(target)
    own = pm.get_name(target)
    found: dict[str, Checker] = {}
    for impl in pm.hook.factcheck_checkers.get_hookimpls():
        if impl.plugin_name == own:
            found.update((c.name, c) for c in provided_by(impl))
    return found


@pytest.fixture
def run_checker(factcheck_pm: FactcheckPluginManager) -> RunChecker:
    """Extract a text and run one checker (or one plugin's checkers) on it; return the Report."""

    def run(text: str, target: Checker | Any, *, path: str | None = None) -> Report:
        report = extract(Document(text=text, path=path), factcheck_pm)
        return run_checkers(report, checkers_of(target))

    return run
