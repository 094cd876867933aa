"""What every ``factcheck`` command shares: exit statuses, the one-line-error parser, argument
types, the expansion of PATH arguments to article files, and the inert output stream."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from factcheck.safe import strip_controls

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".text")
DEFAULT_CHECKER_TIMEOUT = 10.0
"""Seconds one checker may spend on one document before it is stopped with an ``error`` verdict."""


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line and exit 2."""

    def error(self, message: str) -> Any:  # pragma: no cover - exercised through main()
        """Print the usage error on one line and exit with status 2."""
        self.exit(EXIT_ERROR, f"factcheck: {message} (see 'factcheck --help')\n")


def common_options() -> Parser:
    """The options every command takes: ``-p MODULE`` and ``--disable NAME``."""
    common = Parser(add_help=False)
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


def width_arg(value: str) -> int:
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
