"""``factcheck plugins`` and ``factcheck formats``: what is installed, with descriptions."""

from __future__ import annotations

import argparse
import warnings
from typing import Any, TextIO

from factcheck.cli.common import EXIT_ERROR, EXIT_OK
from factcheck.errors import FactcheckError
from factcheck.manager import FactcheckPluginManager, provided_by
from factcheck.render import format_table


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``plugins`` and ``formats`` subcommands to the ``factcheck`` parser."""
    plugins = sub.add_parser(
        "plugins", parents=[common], help="list plugins, their versions, hooks and checkers"
    )
    plugins.add_argument("--format", "-f", default="simple", metavar="FMT", help="json or a tabulate format")
    plugins.set_defaults(handler=_cmd_plugins)
    formats = sub.add_parser("formats", parents=[common], help="list the output formats")
    formats.set_defaults(handler=_cmd_formats)


def format_descriptions(pm: FactcheckPluginManager) -> dict[str, str]:
    """Every format some plugin names, with its description ("" when the plugin gives names only);
    a plugin whose answer is neither a list of names nor a mapping of names to text is skipped.
    Plugins registered last answer first, so a plugin's description of a format wins over the core's."""
    found: dict[str, str] = {}
    for impl in pm.hook.factcheck_formats.get_hookimpls():
        try:
            given = impl.function()
        except Exception as exc:
            warnings.warn(f"plugin {impl.plugin_name!r}: factcheck_formats raised {exc!r}", stacklevel=1)
            continue
        if isinstance(given, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in given.items()
        ):
            found.update(given)
        elif isinstance(given, (list, tuple)) and all(isinstance(n, str) for n in given):
            found.update({name: found.get(name, "") for name in given})
        else:
            warnings.warn(f"plugin {impl.plugin_name!r}: factcheck_formats gave {given!r}", stacklevel=1)
    return found


def _cmd_formats(args: argparse.Namespace, pm: FactcheckPluginManager, out: TextIO, err: TextIO) -> int:
    described = format_descriptions(pm)
    width = max(map(len, described), default=0)
    out.write("".join(f"{name:<{width}}  {described[name]}".rstrip() + "\n" for name in sorted(described)))
    return EXIT_OK


def checker_rows(pm: FactcheckPluginManager) -> list[dict[str, str]]:
    """One row per checker: its name, plugin, description and options (with their values in force)."""
    try:
        options = pm.checker_options()
    except FactcheckError:  # a bad configuration: list the checkers with their defaults unknown
        options = {}
    rows = []
    for impl in pm.hook.factcheck_checkers.get_hookimpls():
        try:
            provided = provided_by(impl, options)
        except Exception as exc:  # shown in the listing, so the broken plugin can be found
            broken = f"(factcheck_checkers raised {type(exc).__name__}: {exc})"
            rows.append({"checker": broken, "plugin": impl.plugin_name, "description": "", "options": ""})
            continue
        for checker in provided:
            name = getattr(checker, "name", repr(checker))
            if name in pm.disabled:
                continue
            given = options.get(name, {})
            rows.append(
                {
                    "checker": name,
                    "plugin": impl.plugin_name,
                    "description": str(getattr(checker, "description", "")),
                    "options": ", ".join(f"{key}={value!r}" for key, value in sorted(given.items())),
                }
            )
    return sorted(rows, key=lambda row: row["checker"])


def plugin_rows(pm: FactcheckPluginManager) -> list[dict[str, str]]:
    """One row per plugin: name, distribution, version, hooks, checkers and description."""
    checkers_by_plugin: dict[str, list[str]] = {}
    for row in checker_rows(pm):
        checkers_by_plugin.setdefault(row["plugin"], []).append(row["checker"])
    rows = []
    for info in pm.infos():
        hooks = sorted(caller.name for caller in pm.get_hookcallers(info.plugin) or ())
        rows.append(
            {
                "plugin": info.name,
                "distribution": info.distribution or "(local)",
                "version": info.version or "",
                "hooks": ", ".join(hooks),
                "checkers": ", ".join(checkers_by_plugin.get(info.name, [])),
                "description": _first_line(getattr(info.plugin, "__doc__", None)),
            }
        )
    return rows


def _first_line(doc: str | None) -> str:
    return (doc or "").strip().split("\n\n")[0].replace("\n", " ")


def _cmd_plugins(args: argparse.Namespace, pm: FactcheckPluginManager, out: TextIO, err: TextIO) -> int:
    try:
        format_table([], args.format)
    except ValueError as exc:
        err.write(f"factcheck: {exc}\n")
        return EXIT_ERROR
    out.write(format_table(plugin_rows(pm), args.format) + "\n")
    if args.format != "json":  # JSON keeps one object per plugin per line
        out.write("\n" + format_table(checker_rows(pm), args.format) + "\n")
    return EXIT_OK
