"""The ``factcheck`` command.

``factcheck check PATH...`` prints the claim report; ``factcheck plugins`` lists the
plugins; ``factcheck formats`` lists the output formats; ``factcheck track ...``
works with the claim store.

One module per command group: :mod:`factcheck.cli.check`, :mod:`factcheck.cli.listing`
(``plugins``, ``formats``) and :mod:`factcheck.cli.track`; :mod:`factcheck.cli.common` holds
what they share.  Exit status: 0 when the run completed and no
verdict is ``fail``; 1 when some verdict is ``fail``; 2 for usage or input errors,
each reported on one line naming the file and the problem.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Sequence
from typing import Any, TextIO, cast

from factcheck.cli import check, listing
from factcheck.cli.common import (
    DEFAULT_CHECKER_TIMEOUT,
    EXIT_ERROR,
    EXIT_FAIL,
    EXIT_OK,
    InertStream,
    Parser,
    common_options,
    iter_paths,
    seconds_arg,
)
from factcheck.errors import FactcheckError
from factcheck.manager import get_plugin_manager

__all__ = [
    "DEFAULT_CHECKER_TIMEOUT",
    "EXIT_ERROR",
    "EXIT_FAIL",
    "EXIT_OK",
    "InertStream",
    "build_parser",
    "iter_paths",
    "main",
    "seconds_arg",
]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``factcheck`` command."""
    common = common_options()
    parser = Parser(
        prog="factcheck",
        description="Fact-check news text: claims, speakers, hedged figures and sources.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    check.register(sub, common)
    listing.register(sub, common)
    from factcheck.cli import track  # imported here: the store is not needed to check an article

    track.register(sub)
    return parser


def _version() -> str:
    from factcheck.manager import _own_version

    return _own_version() or "unknown"


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
