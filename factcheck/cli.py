"""The ``factcheck`` command.

``factcheck check PATH...`` prints the claim report; ``factcheck plugins`` lists the
plugins; ``factcheck formats`` lists the output formats; ``factcheck track ...``
works with the claim store.  Exit status: 0 when the run completed and no
verdict is ``fail``; 1 when some verdict is ``fail``; 2 for usage or input errors,
each reported on one line naming the file and the problem.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO, cast

from factcheck.api import check as check_document
from factcheck.errors import FactcheckError, InputError, PluginError
from factcheck.manager import FactcheckPluginManager, blame, get_plugin_manager, provided_by
from factcheck.model import Report, Status
from factcheck.render import format_table, summary_line
from factcheck.safe import strip_controls

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".text")
DEFAULT_CHECKER_TIMEOUT = 10.0
"""Seconds one checker may spend on one document before it is stopped with an ``error`` verdict."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line and exit 2."""

    def error(self, message: str) -> Any:  # pragma: no cover - exercised through main()
        self.exit(EXIT_ERROR, f"factcheck: {message} (see 'factcheck --help')\n")


def _common() -> _Parser:
    common = _Parser(add_help=False)
    common.add_argument(
        "-p",
        dest="plugins",
        action="append",
        metavar="MODULE",
        default=argparse.SUPPRESS,
        help="import MODULE and register it as a plugin (repeatable)",
    )
    common.add_argument(
        "--disable",
        action="append",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="block the plugin or drop the checker called NAME (repeatable)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``factcheck`` command."""
    common = _common()
    parser = _Parser(
        prog="factcheck",
        description="Fact-check news text: claims, speakers, hedged figures and sources.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    check = sub.add_parser("check", parents=[common], help="check articles and print the claim report")
    check.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders (.txt, .html)")
    check.add_argument(
        "--format",
        "-f",
        default="simple",
        metavar="FMT",
        help="json, claimreview, or any tabulate format (see 'factcheck formats'); default simple",
    )
    check.add_argument(
        "--checker",
        "-c",
        action="append",
        metavar="NAME",
        help="run only this checker (repeatable); default all",
    )
    check.add_argument("--width", type=_positive, default=48, help="width of the claim column (default 48)")
    check.add_argument("--quiet", "-q", action="store_true", help="no progress and no summary line")
    check.add_argument(
        "--checker-timeout",
        type=seconds_arg,
        default=DEFAULT_CHECKER_TIMEOUT,
        metavar="SECONDS",
        help=f"stop a checker after this long on a document (default {DEFAULT_CHECKER_TIMEOUT:g}; 0: never)",
    )
    check.add_argument(
        "--all", action="store_true", help="list every verdict in tables, not only those that need a look"
    )
    check.set_defaults(handler=_cmd_check)
    plugins = sub.add_parser(
        "plugins", parents=[common], help="list plugins, their versions, hooks and checkers"
    )
    plugins.add_argument("--format", "-f", default="simple", metavar="FMT", help="json or a tabulate format")
    plugins.set_defaults(handler=_cmd_plugins)
    formats = sub.add_parser("formats", parents=[common], help="list the output formats")
    formats.set_defaults(handler=_cmd_formats)
    _register_track(sub)
    return parser


def _positive(value: str) -> int:
    """An argparse type: a whole number of at least 10."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 10:
        raise argparse.ArgumentTypeError(f"{number} is too narrow; give 10 or more")
    return number


def seconds_arg(value: str) -> float:
    """An argparse type: a number of seconds, 0 or more (0: no limit)."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not 0 <= number < 1e9:  # also refuses nan
        raise argparse.ArgumentTypeError(f"{value} must be 0 (no limit) or a positive number of seconds")
    return number


def _register_track(sub: Any) -> None:
    from factcheck import track  # imported here: the store is not needed to check an article

    track.register(sub)


def _version() -> str:
    from factcheck.manager import _own_version

    return _own_version() or "unknown"


def iter_paths(paths: Sequence[str], errors: list[str]) -> Iterator[Path]:
    """Expand the command's PATH arguments: files as given, folders to their article files.

    A folder (or subfolder) that cannot be listed adds a line to ``errors``; the rest goes on.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(_walk(path, errors))
            if not found and not any(e.startswith(f"{path}") for e in errors):
                errors.append(f"{path}: folder holds no article files ({', '.join(ARTICLE_SUFFIXES)})")
            yield from found
        else:
            yield path


def _walk(folder: Path, errors: list[str]) -> Iterator[Path]:
    """The article files under ``folder``; a subfolder that cannot be read is an error line."""

    def unreadable(exc: OSError) -> None:
        errors.append(f"{exc.filename or folder}: folder cannot be read: {exc.strerror or exc}")

    for top, _dirs, files in os.walk(folder, onerror=unreadable):
        for name in files:
            path = Path(top) / name
            if path.suffix.lower() in ARTICLE_SUFFIXES and path.is_file():
                yield path


def _cmd_check(args: argparse.Namespace, pm: FactcheckPluginManager, out: TextIO, err: TextIO) -> int:
    fmt = args.format
    known = _formats(pm)
    if fmt not in known:
        err.write(f"factcheck: unknown format {fmt!r}; see 'factcheck formats'\n")
        return EXIT_ERROR
    unknown = [name for name in args.checker or () if name not in pm.checkers()]
    if unknown:
        err.write(f"factcheck: unknown checker(s): {', '.join(unknown)}; see 'factcheck plugins'\n")
        return EXIT_ERROR
    errors: list[str] = []
    reports: list[Report] = []
    paths = list(iter_paths(args.paths, errors))
    for message in errors:
        err.write(f"factcheck: {message}\n")
    progress = err.isatty() and len(paths) > 1 and not args.quiet
    streaming = fmt not in ("claimreview",)
    for number, path in enumerate(paths, start=1):
        if progress:
            err.write(f"\r[{number}/{len(paths)}] {strip_controls(str(path))[-60:]:<60}")
            err.flush()
        try:
            report = check_document(path, pm=pm, checkers=args.checker, timeout=args.checker_timeout)
        except FactcheckError as exc:
            errors.append(str(exc) if isinstance(exc, InputError | PluginError) else f"{path}: {exc}")
            err.write(f"factcheck: {errors[-1]}\n")
            continue
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # never a traceback nor an exit: name the file and the problem, go on
            errors.append(f"{path}: internal error while checking: {type(exc).__name__}: {exc}")
            err.write(f"factcheck: {errors[-1]}\n")
            continue
        if streaming:
            try:
                text = _render(pm, [report], fmt, args.width, args.all)
            except PluginError as exc:
                errors.append(f"{path}: {exc}")
                err.write(f"factcheck: {errors[-1]}\n")
                continue
            out.write(text + ("\n\n" if fmt != "json" else "\n"))
            out.flush()
        reports.append(report)
    if progress:
        err.write("\r" + " " * 75 + "\r")
    if not streaming:
        out.write(_render_all(pm, reports, fmt, args.width, errors, err, args.all) + "\n")
    if not args.quiet:
        line = summary_line(reports) + (f"; {len(errors)} file(s) not read" if errors else "")
        (err if fmt in ("json", "claimreview") else out).write(line + "\n")
    if errors:
        return EXIT_ERROR
    if any(v.status is Status.FAIL for r in reports for v in r.verdicts):
        return EXIT_FAIL
    return EXIT_OK


def _render(
    pm: FactcheckPluginManager, reports: list[Report], fmt: str, width: int, every: bool = False
) -> str:
    """Render through the plugins, refusing with a one-line error naming the plugin a renderer that
    raises or gives no text.  ``every`` lists every verdict, not only those that need a look."""
    hook = pm.hook.factcheck_render
    try:
        text = hook(reports=reports, fmt=fmt, options={"width": width, "all": every})
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # SystemExit from a renderer included
        plugin = blame(exc, hook.get_hookimpls())
        who = f" by plugin {plugin!r}" if plugin else ""
        raise PluginError(f"rendering {fmt!r}{who} failed: {type(exc).__name__}: {exc}") from exc
    if not isinstance(text, str):
        raise PluginError(f"no renderer gave text for format {fmt!r} (got {type(text).__name__})")
    return text


def _render_all(
    pm: FactcheckPluginManager,
    reports: list[Report],
    fmt: str,
    width: int,
    errors: list[str],
    err: TextIO,
    every: bool = False,
) -> str:
    """Render all reports together (a format written as one whole); when that fails, find the
    documents that cannot be rendered, name each on ``err``, and render the others."""
    try:
        return _render(pm, reports, fmt, width, every)
    except PluginError:
        pass
    good = []
    for report in reports:
        try:
            _render(pm, [report], fmt, width, every)
        except PluginError as exc:
            errors.append(f"{report.document.path or report.document.id}: {exc}")
            err.write(f"factcheck: {errors[-1]}\n")
        else:
            good.append(report)
    reports[:] = good
    return _render(pm, good, fmt, width, every)


def _formats(pm: FactcheckPluginManager) -> list[str]:
    """Every format some plugin names."""
    return sorted(format_descriptions(pm))


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


class InertStream:
    """A text stream that drops control characters (C0/C1 but newline, tab and carriage return)
    from everything written, so no article text or file name can drive the terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        """Write ``text`` without its control characters."""
        return self._stream.write(strip_controls(text, keep_cr=True))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command; return its exit status (the console script exits with it)."""
    out_stream = cast(TextIO, InertStream(out or sys.stdout))
    err_stream = cast(TextIO, InertStream(err or sys.stderr))
    out, err = out_stream, err_stream
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(out)
        return EXIT_ERROR
    with warnings.catch_warnings():
        warnings.simplefilter("always")

        def one_line(message: Warning | str, *_args: Any, **_kwargs: Any) -> None:
            err.write(f"factcheck: warning: {message}\n")

        warnings.showwarning = one_line
        return _run(args, out, err)


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        disable = getattr(args, "disable", [])
        pm = get_plugin_manager(plugins=getattr(args, "plugins", []), disable=disable)
        if args.command != "plugins":
            pm.checkers()  # a broken or clashing plugin is reported once, before any work
        for name in sorted(set(disable) - pm.known_names()):
            err.write(f"factcheck: warning: --disable {name}: no plugin or checker has that name\n")
        status: int = args.handler(args, pm, out, err)
        return status
    except FactcheckError as exc:
        err.write(f"factcheck: {exc}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        err.write("factcheck: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK
