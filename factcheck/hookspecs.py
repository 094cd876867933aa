"""Hook specifications: every way a plugin can extend factcheck.

A plugin is any module or object with functions marked ``@factcheck.hookimpl``
whose names match the hooks below.  Plugins are found through the ``factcheck``
entry-point group (the built-in checkers use it too), or named with ``-p MODULE``.
Each hook says whether it stops at the first non-None result.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from factcheck.model import Checker, Document, Report, Verdict

PROJECT = "factcheck"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def factcheck_checkers(options: Mapping[str, Mapping[str, Any]]) -> Sequence[Checker]:
    """Return the checkers this plugin provides.

    Called whenever the checkers are collected (when a command starts, and for each
    document checked), so it should be cheap and give the same checkers each time.
    Every implementation's list is collected; a checker name given twice (by one
    plugin or two) is an error that names both plugins, and a hook that raises is an
    error naming its plugin.

    :param options: the options of every checker that declares some (see
        :func:`factcheck_checker_options`), by checker name: the declared defaults,
        replaced by the values of ``[tool.factcheck.checkers.NAME]`` in pyproject.toml or
        ``[checkers.NAME]`` in factcheck.toml.  Leave the argument out if you take none.
    :return: a sequence of :class:`factcheck.Checker` values.
    """
    raise NotImplementedError


@hookspec
def factcheck_checker_options() -> Mapping[str, Mapping[str, Any]] | None:
    """Declare the options your checkers take, with their defaults: ``{checker: {option: default}}``.

    Every implementation's declarations are merged.  The configuration file may set only
    declared options, each to a value of its default's type (an int fits a float); anything
    else is an error naming the file, the checker and the option.  The resolved values reach
    ``factcheck_checkers(options)``, and ``factcheck plugins`` lists them.
    """
    raise NotImplementedError


@hookspec(firstresult=True)
def factcheck_load(path: Path) -> Document | None:
    """Read the file at ``path`` into a :class:`factcheck.Document`.

    Stops at the first non-None result, so a plugin can claim the file types it
    knows (an HTML loader claims ``.html``) and leave the rest.  The built-in
    plain-text loader runs last.  Raise :class:`factcheck.InputError` for a file
    that cannot be read; its message is shown to the user with the file's name.

    :param path: the file to read.
    """
    raise NotImplementedError


@hookspec(firstresult=True)
def factcheck_extract(document: Document) -> Report | None:
    """Extract speakers, quotes, figures, sources and claims from ``document``.

    Stops at the first non-None result: an extractor plugin replaces the
    built-in pure-Python extractor (which runs last) by returning a
    :class:`factcheck.Report` with no verdicts.

    :param document: the document as loaded.
    """
    raise NotImplementedError


@hookspec
def factcheck_annotate(report: Report) -> Report | None:
    """Refine an extracted report before it is checked; return the changed report or None.

    Called for every plugin in turn, each seeing the previous one's result, so a
    plugin can add sources, tags or links without writing a whole extractor (use
    :func:`attrs.evolve`).  Returning None leaves the report as it is.

    :param report: the report so far, with no verdicts.
    """
    raise NotImplementedError


@hookspec(firstresult=True)
def factcheck_render(reports: Sequence[Report], fmt: str, options: dict[str, Any]) -> str | None:
    """Render reports in the named format; return the text or None when ``fmt`` is not yours.

    Stops at the first non-None result.  The built-in renderer handles ``json``,
    ``claimreview`` and every name in ``tabulate.tabulate_formats``.

    :param reports: the reports to render, in order.
    :param fmt: the format name given with ``--format``.
    :param options: renderer options (``width``: the claim column's width).
    """
    raise NotImplementedError


@hookspec
def factcheck_formats() -> Sequence[str] | Mapping[str, str]:
    """Return the output formats this plugin renders (for ``--format`` and ``factcheck formats``).

    Either a sequence of names, or a mapping from each name to a one-line description,
    which ``factcheck formats`` prints beside the name.
    """
    raise NotImplementedError


@hookspec
def factcheck_history_check(report: Report, store: Any) -> Sequence[Verdict] | None:
    """Judge a report against the claim store's history; return verdicts or None.

    Called by ``factcheck track add`` after a report is checked and before it is
    stored.  Every implementation runs; a raising implementation becomes an
    ``error`` verdict naming its plugin.

    :param report: the checked report about to be stored.
    :param store: the open :class:`factcheck.store.ClaimStore`.
    """
    raise NotImplementedError


@hookspec
def factcheck_source_entries() -> Sequence[dict[str, Any]] | None:
    """Return extra source-registry entries (same fields as a registry JSON row).

    Every implementation's entries are merged over the bundled registry, later
    plugins overriding earlier ones for the same name.
    """
    raise NotImplementedError
