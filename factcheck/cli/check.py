"""``factcheck check PATH...``: check articles and print the claim report."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from factcheck.api import check as check_document
from factcheck.cli.common import (
    DEFAULT_CHECKER_TIMEOUT,
    EXIT_ERROR,
    EXIT_FAIL,
    EXIT_OK,
    iter_paths,
    seconds_arg,
)
from factcheck.cli.listing import format_descriptions
from factcheck.cli.output import add_output_options, output_options
from factcheck.errors import FactcheckError, InputError, PluginError
from factcheck.manager import FactcheckPluginManager, blame
from factcheck.model import Report, Status
from factcheck.render import MACHINE_FORMATS, WHOLE_FORMATS, summary_line
from factcheck.safe import strip_controls


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``check`` subcommand to the ``factcheck`` parser."""
    check = sub.add_parser("check", parents=[common], help="check articles and print the claim report")
    check.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders (.txt, .html)")
    check.add_argument(
        "--format",
        "-f",
        default="simple",
        metavar="FMT",
        help="simple (default), markdown, html, json, claimreview, csv, tsv or any tabulate format "
        "(see 'factcheck formats')",
    )
    check.add_argument(
        "--checker",
        "-c",
        action="append",
        metavar="NAME",
        help="run only this checker (repeatable); default all",
    )
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
    add_output_options(check)
    check.set_defaults(handler=_cmd_check)


def _cmd_check(args: argparse.Namespace, pm: FactcheckPluginManager, out: TextIO, err: TextIO) -> int:
    fmt = args.format
    known = sorted(format_descriptions(pm))
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
    streaming = fmt not in WHOLE_FORMATS
    options = output_options(args)
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
                text = _render(pm, [report], fmt, {**options, "header": not reports})
            except PluginError as exc:
                errors.append(f"{path}: {exc}")
                err.write(f"factcheck: {errors[-1]}\n")
                continue
            out.write(text + ("\n" if fmt in MACHINE_FORMATS else "\n\n"))
            out.flush()
        reports.append(report)
    if progress:
        err.write("\r" + " " * 75 + "\r")
    if not streaming:
        out.write(_render_all(pm, reports, fmt, options, errors, err) + "\n")
    if not args.quiet:
        line = summary_line(reports) + (f"; {len(errors)} file(s) not read" if errors else "")
        (err if fmt in MACHINE_FORMATS or fmt in WHOLE_FORMATS else out).write(line + "\n")
    if errors:
        return EXIT_ERROR
    if any(v.status is Status.FAIL for r in reports for v in r.verdicts):
        return EXIT_FAIL
    return EXIT_OK


def _render(pm: FactcheckPluginManager, reports: list[Report], fmt: str, options: dict[str, Any]) -> str:
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


def _render_all(
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
        return _render(pm, reports, fmt, options)
    except PluginError:
        pass
    good = []
    for report in reports:
        try:
            _render(pm, [report], fmt, options)
        except PluginError as exc:
            errors.append(f"{report.document.path or report.document.id}: {exc}")
            err.write(f"factcheck: {errors[-1]}\n")
        else:
            good.append(report)
    reports[:] = good
    return _render(pm, good, fmt, options)
