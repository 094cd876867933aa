"""``factcheck check PATH...``: check articles and print the claim report.

Inputs are read through :mod:`factcheck.corpus` (files, folders, ``-``, JSON Lines), checked through
:mod:`factcheck.cli.batch` (in this process or a pool of ``--jobs`` workers), and rendered in input
order as each finishes; the command keeps counts, not reports.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from factcheck.cli.batch import Tally, default_jobs, progress_bar, results
from factcheck.cli.common import (
    DEFAULT_CHECKER_TIMEOUT,
    EXIT_ERROR,
    EXIT_FAIL,
    EXIT_OK,
    HEADED_FORMATS,
    add_input_options,
    metadata_from,
    seconds_arg,
)
from factcheck.cli.listing import format_descriptions
from factcheck.cli.output import add_output_options, output_options
from factcheck.corpus import STDIN, count_inputs, iter_inputs
from factcheck.manager import FactcheckPluginManager
from factcheck.model import Report, Status
from factcheck.render import MACHINE_FORMATS, WHOLE_FORMATS
from factcheck.rendering import render_all
from factcheck.work import Settings, start


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``check`` subcommand to the ``factcheck`` parser."""
    check = sub.add_parser("check", parents=[common], help="check articles and print the claim report")
    check.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files (.txt, .html), JSON Lines corpora (.jsonl), folders, or - for standard input",
    )
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
    add_input_options(check)
    check.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="check on the running Dask scheduler at ADDRESS (needs factcheck[dask]; see docs/scale.md)",
    )
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
    metadata = metadata_from(args)
    streaming = fmt not in WHOLE_FORMATS
    options = output_options(args)
    settings = Settings(
        plugins=tuple(getattr(args, "plugins", ())),
        disable=tuple(getattr(args, "disable", ())),
        checkers=tuple(args.checker) if args.checker else None,
        timeout=args.checker_timeout or None,
        fmt=fmt,
        options=options,
        keep_reports=not streaming,
    )
    start(settings, pm)
    items = iter_inputs(args.paths, globs=args.glob or (), metadata=metadata)
    show = err.isatty() and not args.quiet
    bar = progress_bar(err, count_inputs(args.paths, globs=args.glob or ()) if show else None, show)
    shared = out.isatty()
    if STDIN in args.paths and sys.stdin.isatty() and not args.quiet:
        err.write("factcheck: reading an article from standard input (end it with Ctrl-D)\n")
    tally = Tally()
    reports: list[Report] = []
    errors: list[str] = []
    written = 0
    try:
        if args.dask:  # checked on a cluster instead of this machine's processes (docs/scale.md)
            from factcheck.distributed import cluster_results

            outcomes = cluster_results(args.dask, items, settings, pm)
        else:
            outcomes = results(items, settings, args.jobs or default_jobs(), args.timeout or None, pm)
        for outcome in outcomes:
            tally.add(outcome)
            if bar is not None:
                bar.update(1)
            for warning in outcome.warnings:
                _note(err, bar, f"factcheck: warning: {warning}")
            if outcome.error is not None:
                errors.append(outcome.error)
                _note(err, bar, f"factcheck: {outcome.error}")
            elif outcome.report is not None:
                reports.append(outcome.report)
            elif outcome.text is not None:
                if bar is not None and shared:
                    bar.clear()  # stdout and stderr are one terminal: the bar is drawn again below
                text = outcome.text
                if written and fmt in HEADED_FORMATS:
                    text = text.split("\n", 1)[1] if "\n" in text else ""  # one header for the run
                elif written and fmt not in MACHINE_FORMATS:
                    out.write("\n")  # a blank line between documents
                if text:
                    out.write(text + "\n")
                out.flush()
                written += 1
                if bar is not None and shared:
                    bar.refresh()
    finally:
        if bar is not None:
            bar.close()
    if not streaming:
        before = len(errors)
        out.write(render_all(pm, reports, fmt, options, errors, err) + "\n")
        tally.errors += len(errors) - before
        tally.documents -= len(errors) - before
    if not args.quiet and tally.documents:  # with none checked, the error lines say it all
        err.write(tally.line() + "\n")
    if errors:
        return EXIT_ERROR
    if tally.failed or any(v.status is Status.FAIL for r in reports for v in r.verdicts):
        return EXIT_FAIL
    return EXIT_OK


def _note(err: TextIO, bar: Any, line: str) -> None:
    """Write one line on stderr without breaking the progress bar."""
    if bar is not None:
        bar.clear()
    err.write(line + "\n")
    if bar is not None:
        bar.refresh()
