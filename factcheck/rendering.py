"""Rendering reports through the ``factcheck_render`` hook, for the check command, its workers and
a Dask cluster's: a renderer that raises or gives no text is a one-line error naming its plugin."""

from __future__ import annotations

from typing import Any, TextIO

from factcheck.errors import PluginError
from factcheck.manager import FactcheckPluginManager, blame
from factcheck.model import Report

__all__ = ["render", "render_all"]


def render(pm: FactcheckPluginManager, reports: list[Report], fmt: str, options: dict[str, Any]) -> str:
    """Render through the plugins, refusing with a one-line error naming the plugin a renderer that
    raises or gives no text.  ``options`` are the renderers' (:func:`factcheck.cli.output.output_options`)."""
    hook = pm.hook.factcheck_render
    try:
        text = hook(reports=reports, fmt=fmt, options=options)
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # SystemExit from a renderer included
        plugin = blame(exc, hook.get_hookimpls())
        who = f" by plugin {plugin!r}" if plugin else ""
        raise PluginError(f"rendering {fmt!r}{who} failed: {type(exc).__name__}: {exc}") from exc
    if not isinstance(text, str):
        raise PluginError(f"no renderer gave text for format {fmt!r} (got {type(text).__name__})")
    return text


def render_all(
    pm: FactcheckPluginManager,
    reports: list[Report],
    fmt: str,
    options: dict[str, Any],
    errors: list[str],
    err: TextIO,
) -> str:
    """Render all reports together (a format written as one whole); when that fails, find the
    documents that cannot be rendered, name each on ``err``, and render the others."""
    try:
        return render(pm, reports, fmt, options)
    except PluginError:
        pass
    good = []
    for report in reports:
        try:
            render(pm, [report], fmt, options)
        except PluginError as exc:
            errors.append(f"{report.document.path or report.document.id}: {exc}")
            err.write(f"factcheck: {errors[-1]}\n")
        else:
            good.append(report)
    reports[:] = good
    return render(pm, good, fmt, options)
