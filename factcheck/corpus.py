"""Inputs: what the command line, ``track add`` and batch helpers read articles from.

An *input* is a file to load (``.txt``, ``.html`` ...), standard input (``-``), or one record of a
JSON Lines corpus (``.jsonl``: one article per line, ``text`` required; ``id``, ``url``,
``publisher``, ``published`` and ``title`` optional).  :func:`iter_inputs` expands command-line
arguments to :class:`Input` items lazily, in order, so a corpus of any size is read one record at a
time; each item is an article to check or a one-line problem (``FILE:LINE: problem``) to report
while the rest go on.  :func:`load_input` turns an item into a :class:`~factcheck.model.Document`.

Article metadata (:class:`Metadata`) given by the caller (``--url``, ``--publisher``,
``--published``, ``--title``) overrides what a loader read from the file.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path, PurePath
from typing import IO, TYPE_CHECKING, Any

import attrs

from factcheck.errors import InputError
from factcheck.loaders import MAX_BYTES, decode, parse_json
from factcheck.metadata import Metadata, is_url, parse_published, parse_url
from factcheck.model import Document

if TYPE_CHECKING:
    from factcheck.manager import FactcheckPluginManager

__all__ = [
    "ARTICLE_SUFFIXES",
    "CORPUS_SUFFIXES",
    "STDIN",
    "Input",
    "Metadata",
    "count_inputs",
    "document_from_record",
    "documents",
    "is_url",
    "iter_inputs",
    "iter_jsonl",
    "load_input",
    "parse_published",
    "parse_url",
]

#: What a folder gives by default: article files and JSON Lines corpora.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".text", ".jsonl")
#: Files read as corpora, one article per line.
CORPUS_SUFFIXES = (".jsonl",)
#: The argument that names standard input.
STDIN = "-"
#: The keys a JSON Lines record may hold (others are ignored).
RECORD_KEYS = ("text", "id", "url", "publisher", "published", "title")


@attrs.frozen
class Input:
    """One article to check: a file to load (``path``), a text already read (``document``), or a
    problem (``error``, one line naming where).  ``where`` names it in messages."""

    where: str
    path: Path | None = None
    document: Document | None = None
    error: str | None = None
    metadata: Metadata = attrs.field(factory=Metadata)


def load_input(item: Input, pm: FactcheckPluginManager | None = None) -> Document:
    """The document ``item`` stands for, with its metadata applied.

    :raises InputError: the item is a problem, or its file cannot be read.
    """
    if item.error is not None:
        raise InputError(item.where, item.error)
    if item.document is not None:
        return item.metadata.apply(item.document)
    if item.path is None:
        raise InputError(item.where, "names no article")
    from factcheck.api import load

    return item.metadata.apply(load(item.path, pm))


def iter_inputs(
    args: Sequence[str],
    *,
    globs: Sequence[str] = (),
    metadata: Metadata | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Input]:
    """Expand command-line arguments to inputs, lazily and in order.

    ``-`` reads standard input (``stdin``, default ``sys.stdin``'s bytes) as one article; a
    ``.jsonl`` file gives one input per line; a folder gives its files whose suffix is in
    :data:`ARTICLE_SUFFIXES` (or, with ``globs``, whose path matches one of them), sorted; a
    URL is a problem (no download).  ``metadata`` applies to every article (callers allow it for
    one article only).
    """
    meta = metadata or Metadata()
    stdin_read = False
    for raw in args:
        if raw == STDIN:
            if stdin_read:
                yield Input("<stdin>", error="standard input given twice")
                continue
            stdin_read = True
            yield _stdin_input(stdin, meta)
            continue
        if is_url(raw):
            yield Input(
                raw,
                error="is a web address; factcheck downloads nothing: save the page and check the file "
                "(with --url to keep its address)",
            )
            continue
        path = Path(raw)
        if path.is_dir():
            errors: list[tuple[str, str]] = []
            found = sorted(_walk(path, globs, errors))
            for where, message in errors:
                yield Input(where, error=message)
            if not found and not errors:
                wanted = ", ".join(globs) if globs else ", ".join(ARTICLE_SUFFIXES)
                yield Input(str(path), error=f"folder holds no article files ({wanted})")
            for file in found:
                yield from _file_inputs(file, meta)
        else:
            yield from _file_inputs(path, meta)


def count_inputs(args: Sequence[str], *, globs: Sequence[str] = ()) -> int | None:
    """How many inputs :func:`iter_inputs` will give (lines of corpora counted), or None when
    standard input is among them; for a progress bar."""
    if STDIN in args:
        return None
    total = 0
    for raw in args:
        path = Path(raw)
        files = sorted(_walk(path, globs, [])) if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() in CORPUS_SUFFIXES:
                total += _count_lines(file)
            else:
                total += 1
    return total


def _count_lines(path: Path) -> int:
    lines = 0
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                lines += block.count(b"\n")
    except OSError:
        return 1
    return max(lines, 1)


def _file_inputs(path: Path, meta: Metadata) -> Iterator[Input]:
    if path.suffix.lower() in CORPUS_SUFFIXES:
        yield from iter_jsonl(path)
    else:
        yield Input(str(path), path=path, metadata=meta)


def _stdin_input(stdin: IO[bytes] | None, meta: Metadata) -> Input:
    where = "<stdin>"
    stream = stdin if stdin is not None else sys.stdin.buffer
    try:
        data = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        return Input(where, error=f"cannot be read: {exc.strerror or exc}")
    if len(data) > MAX_BYTES:
        return Input(where, error=f"is over {MAX_BYTES:,} bytes; texts over {MAX_BYTES:,} bytes are refused")
    try:
        text, _encoding = decode(data, where)
    except InputError as exc:
        return Input(where, error=exc.problem)
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return Input(where, error="is empty")
    return Input(where, document=Document(text=text), metadata=meta)


def _walk(folder: Path, globs: Sequence[str], errors: list[tuple[str, str]]) -> Iterator[Path]:
    """The article files under ``folder``; a subfolder that cannot be read adds (where, problem)."""

    def unreadable(exc: OSError) -> None:
        errors.append((str(exc.filename or folder), f"folder cannot be read: {exc.strerror or exc}"))

    for top, _dirs, files in os.walk(folder, onerror=unreadable):
        for name in files:
            path = Path(top) / name
            if _wanted(path, folder, globs) and path.is_file():
                yield path


def _wanted(path: Path, folder: Path, globs: Sequence[str]) -> bool:
    if not globs:
        return path.suffix.lower() in ARTICLE_SUFFIXES
    relative = PurePath(os.path.relpath(path, folder))
    return any(relative.match(pattern) for pattern in globs)


def iter_jsonl(path: Path) -> Iterator[Input]:
    """One input per line of the JSON Lines corpus at ``path``; a bad line is an error item naming
    ``FILE:LINE`` and the problem, and the lines after it are still read.  Blank lines are skipped."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a pipe could block, a device never end
            yield Input(str(path), error="is not a regular file (a pipe, socket or device)")
            return
        handle = path.open("rb")
    except FileNotFoundError:
        yield Input(str(path), error="no such file")
        return
    except OSError as exc:
        yield Input(str(path), error=f"cannot be read: {exc.strerror or exc}")
        return
    with handle:
        for number, line in enumerate(_lines(handle), start=1):
            where = f"{path}:{number}"
            if line is None:
                yield Input(where, error=f"line is over {MAX_BYTES:,} bytes; refused")
                continue
            if number == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            if not line.strip():
                continue
            try:
                record = parse_json(line.decode("utf-8"), where)
                document = document_from_record(record, where, str(path))
            except UnicodeDecodeError as exc:
                yield Input(where, error=f"not UTF-8 (byte 0x{line[exc.start]:02x} at {exc.start})")
                continue
            except InputError as exc:
                yield Input(where, error=exc.problem)
                continue
            yield Input(where, document=document)


def _lines(handle: IO[bytes]) -> Iterator[bytes | None]:
    """The file's lines without their end; None for a line over :data:`MAX_BYTES` (skipped)."""
    while True:
        line = handle.readline(MAX_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            while True:  # skip the rest of the long line
                more = handle.readline(MAX_BYTES)
                if not more or more.endswith(b"\n"):
                    break
            yield None
            continue
        yield line.rstrip(b"\r\n")


def document_from_record(record: Any, where: object, corpus: str | None = None) -> Document:
    """A document from one JSON Lines record (an object with a non-empty ``text``).

    Its path is ``CORPUS#ID`` when the record has an ``id`` (so the same record keeps its place in
    the claim store when the corpus is reordered), else ``where`` (``CORPUS:LINE``).

    :raises InputError: the record is not an object, has no text, or a field has the wrong type.
    """
    if not isinstance(record, dict):
        raise InputError(where, f"a record must be a JSON object, not {_json_type(record)}")
    text = record.get("text")
    if not isinstance(text, str):
        problem = "has no 'text'" if text is None else f"'text' must be a string, not {_json_type(text)}"
        raise InputError(where, problem)
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(where, "'text' is empty")
    fields: dict[str, str] = {}
    for key in ("id", "url", "publisher", "published", "title"):
        value = record.get(key)
        if value is None:
            continue
        if key == "id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise InputError(where, f"{key!r} must be a string, not {_json_type(value)}")
        if value.strip():
            fields[key] = " ".join(value.split())
    path = f"{corpus}#{fields['id']}" if corpus and "id" in fields else str(where)
    try:
        published = parse_published(fields["published"], where) if "published" in fields else None
        url = parse_url(fields["url"], where) if "url" in fields else None
    except InputError as exc:
        field = "published" if "date" in exc.problem else "url"
        raise InputError(where, f"{field!r}: {exc.problem}") from None
    return Document(
        text=text,
        title=fields.get("title"),
        published=published,
        publisher=fields.get("publisher"),
        url=url,
        path=path,
    )


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "true/false", type(None): "null"}
    return names.get(type(value), "a number")


def documents(
    args: Sequence[str], *, globs: Sequence[str] = (), errors: list[str] | None = None
) -> Iterable[Document]:
    """The documents ``args`` name, loaded with the default loaders; problems are appended to
    ``errors`` (one line each) or raised when ``errors`` is None."""
    for item in iter_inputs(args, globs=globs):
        try:
            yield load_input(item)
        except InputError as exc:
            if errors is None:
                raise
            errors.append(str(exc))
