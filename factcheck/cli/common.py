"""What every ``factcheck`` command shares: exit statuses, the one-line-error parser, argument
types, the input options (metadata, ``--glob``, ``--jobs``), the expansion of PATH arguments to
article files, and the inert output stream."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from factcheck.corpus import ARTICLE_SUFFIXES, CORPUS_SUFFIXES, STDIN, Metadata, parse_published, parse_url
from factcheck.errors import InputError
from factcheck.safe import strip_controls

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2
#: Formats whose every document begins with the same header row: the run prints it once.
HEADED_FORMATS = frozenset({"csv", "tsv"})
DEFAULT_DOCUMENT_TIMEOUT = 300.0
"""Seconds a worker of ``--jobs`` may spend on one document before it is stopped (an error line)."""
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


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """The options saying what the articles are and how to read many: ``--url``, ``--publisher``,
    ``--published``, ``--title`` (one article), ``--glob``, ``--jobs`` and ``--timeout``."""
    meta = parser.add_argument_group("article metadata (one article only)")
    meta.add_argument("--url", metavar="URL", help="the article's address; its domain finds the outlet")
    meta.add_argument("--publisher", metavar="NAME", help="the outlet that published the article")
    meta.add_argument("--published", metavar="YYYY-MM-DD", help="the date the article was published")
    meta.add_argument("--title", metavar="TEXT", help="the article's headline")
    many = parser.add_argument_group("many articles")
    many.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="in folders, take the files matching PATTERN (repeatable; default: "
        f"{' '.join(ARTICLE_SUFFIXES)})",
    )
    many.add_argument(
        "--jobs",
        "-j",
        type=jobs_arg,
        default=0,
        metavar="N",
        help="check N documents at once in worker processes (default: the number of cores; 1: no workers)",
    )
    many.add_argument(
        "--timeout",
        type=seconds_arg,
        default=DEFAULT_DOCUMENT_TIMEOUT,
        metavar="SECONDS",
        help="with workers, stop one document after this long "
        f"(default {DEFAULT_DOCUMENT_TIMEOUT:g}; 0: never)",
    )


def metadata_from(args: argparse.Namespace) -> Metadata:
    """The metadata options as :class:`Metadata`; :raises InputError: one given with several inputs
    (or a folder or corpus), or a URL or date that cannot be read."""
    given: dict[str, str] = {
        k: str(getattr(args, k)) for k in ("url", "publisher", "published", "title") if getattr(args, k, None)
    }
    if not given:
        return Metadata()
    options = ", ".join(f"--{k}" for k in given)
    paths = list(args.paths)
    single = len(paths) == 1 and (
        paths[0] == STDIN or not (Path(paths[0]).is_dir() or Path(paths[0]).suffix.lower() in CORPUS_SUFFIXES)
    )
    if not single:
        raise InputError(
            options, "describes one article; give one file (a corpus gives its own in each record)"
        )
    return Metadata(
        url=parse_url(given["url"]) if "url" in given else None,
        publisher=" ".join(given["publisher"].split()) or None if "publisher" in given else None,
        published=parse_published(given["published"]) if "published" in given else None,
        title=" ".join(given["title"].split()) or None if "title" in given else None,
    )


def _whole_number(value: str, least: int, too_small: str) -> int:
    """``value`` as a whole number of at least ``least``; else a one-line argparse error."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < least:
        raise argparse.ArgumentTypeError(f"{number}{too_small}; give {least} or more")
    return number


def jobs_arg(value: str) -> int:
    """An argparse type: a number of worker processes, 1 or more."""
    return _whole_number(value, 1, "")


def width_arg(value: str) -> int:
    """An argparse type: a whole number of at least 10."""
    return _whole_number(value, 10, " is too narrow")


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
    """Expand PATH arguments: files as given, folders to their article files (see
    :func:`factcheck.corpus.iter_inputs`, which the commands use, for standard input and corpora).

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
