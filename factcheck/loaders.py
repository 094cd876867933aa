"""Core plugin: read plain-text articles from files.

The size is checked before anything is read (files over :data:`MAX_BYTES` are refused without
reading them).  The text is decoded as UTF-8 when it is valid UTF-8 (a leading byte-order mark is
dropped); otherwise the encoding is detected with charset-normalizer: UTF-16 and UTF-32 with their
byte-order mark, Windows-1252 and Latin-1 news read correctly, and a warning names the encoding
assumed.  Newlines are made universal; every offset factcheck reports refers to that text.
"""

from __future__ import annotations

import codecs
import json
import re
import stat
import warnings
from pathlib import Path
from typing import Any

from factcheck.errors import InputError
from factcheck.hookspecs import hookimpl
from factcheck.model import Document

MAX_BYTES = 20 * 1024 * 1024
MAX_JSON_DEPTH = 64
"""How deeply JSON input (``track import``) may nest; deeper is refused with one line."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class NotUTF8Warning(UserWarning):
    """A file was not UTF-8; the message names the encoding it was read as."""


def read_bytes(path: Path, kind: str = "article text") -> bytes:
    """Read a file's bytes, refusing with a one-line :class:`InputError` what cannot be ``kind``.

    Missing files, folders, unreadable files and files over :data:`MAX_BYTES` are refused; the size
    is taken from ``stat`` first and at most ``MAX_BYTES + 1`` bytes are ever read (a file growing
    while read, or a device, is refused all the same).  Binary files (NUL bytes without a UTF-16/32
    byte-order mark) are refused.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror or exc}") from exc
    if stat.S_ISDIR(info.st_mode):
        raise InputError(path, "is a directory, not an article file")
    if not stat.S_ISREG(info.st_mode):  # a pipe or device could block or never end
        raise InputError(path, "is not a regular file (a pipe, socket or device)")
    size = info.st_size
    if size > MAX_BYTES:
        raise InputError(path, f"is {size:,} bytes; files over {MAX_BYTES:,} bytes are refused")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror or exc}") from exc
    if len(data) > MAX_BYTES:
        raise InputError(path, f"is over {MAX_BYTES:,} bytes; files over {MAX_BYTES:,} bytes are refused")
    if b"\x00" in data and _bom(data) is None:
        raise InputError(path, f"is binary (it holds NUL bytes), not {kind}")
    return data


def _bom(data: bytes) -> str | None:
    for mark, codec in _BOMS:
        if data.startswith(mark):
            return codec
    return None


def decode(data: bytes, where: object) -> tuple[str, str]:
    """Decode article bytes; return the text and the encoding used (``utf-8`` when it was UTF-8).

    A byte-order mark decides; else valid UTF-8 is UTF-8; else charset-normalizer's best guess, which
    must decode the whole file.  :raises InputError: no encoding reads it.
    """
    codec = _bom(data)
    if codec is not None:
        try:
            return data.decode(codec), codec.removesuffix("-sig")
        except UnicodeDecodeError as exc:
            raise InputError(where, f"starts with a {codec} byte-order mark but is not {codec} text") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    plain = _plain_western(data)
    if plain is not None:
        return plain, "cp1252"
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if matches:
        # charset-normalizer ranks by chaos then coherence; among encodings tied with the best,
        # Windows-1252 is taken (the web's legacy default: WHATWG reads Latin-1 labels as it too)
        best = matches[0]
        tied = [m.encoding for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
        western = [name for name in map(_western, tied) if name == "cp1252"]
        for guess in (*western, _western(best.encoding)):
            try:
                return data.decode(guess), guess
            except (UnicodeDecodeError, LookupError):
                continue
    raise InputError(
        where, f"is not text in any encoding found (not UTF-8: byte 0x{data[first_bad]:02x} at {first_bad})"
    )


#: What Western news in Windows-1252 holds beyond ASCII: accented Latin letters and typographic marks.
_WESTERN = frozenset(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿŒœŠšŽžŸƒ"
    "‘’‚“”„–—…•€«»‹›°£¥¢©®™´·¡¿§¶½¼¾±\u00a0\u00ad"
)


def _plain_western(data: bytes) -> str | None:
    """``data`` read as Windows-1252 when every character beyond ASCII is an accented Latin letter or
    a typographic mark (too short a text for a statistical guess still reads right); else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return text if all(c < "\x80" or c in _WESTERN for c in text) else None


def _western(encoding: str) -> str:
    """Windows-1252 for a Latin-1 guess: news written as "Latin-1" is almost always Windows-1252
    (curly quotes and dashes in 0x80-0x9f), and Windows-1252 reads every Latin-1 letter the same."""
    name = codecs.lookup(encoding).name
    return "cp1252" if name in ("iso8859-1", "latin-1", "iso8859-15") else name


def read_text(path: Path) -> str:
    """Read ``path`` as text, raising :class:`InputError` with a one-line reason.

    When the file is not UTF-8, an :class:`NotUTF8Warning` names the encoding it was read as.
    """
    data = read_bytes(path)
    text, encoding = decode(data, path)
    if encoding != "utf-8":
        warnings.warn(f"{path}: not UTF-8; read as {encoding}", NotUTF8Warning, stacklevel=2)
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(path, "is empty")
    return text


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_JSON_BRACKET = re.compile(r"[\[\]{}]")


def json_depth(text: str) -> int:
    """How deeply ``text``'s JSON arrays and objects nest (strings skipped), in linear time."""
    depth = deepest = 0
    for match in _JSON_BRACKET.finditer(_JSON_STRING.sub("", text)):
        if match.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def read_json(path: Path, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Read a JSON file (size-checked, any text encoding), refusing with a one-line
    :class:`InputError` what is not JSON, nests deeper than ``max_depth``, or holds NaN/Infinity."""
    text, _encoding = decode(read_bytes(path, "JSON"), path)
    return parse_json(text.removeprefix("\ufeff"), path, max_depth)


def parse_json(text: str, where: object, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Parse strict JSON text with a nesting limit; :raises InputError: one line naming ``where``."""
    depth = json_depth(text)
    if depth > max_depth:
        raise InputError(where, f"not accepted: JSON nested {depth} levels deep (the limit is {max_depth})")

    def constant(name: str) -> Any:
        raise ValueError(f"{name} is not a JSON value")

    try:
        return json.loads(text, parse_constant=constant)
    except json.JSONDecodeError as exc:
        message = exc.msg.removesuffix(" at")  # "Unterminated string starting at" at line ...
        raise InputError(where, f"not JSON: {message} at line {exc.lineno} column {exc.colno}") from None
    except (ValueError, RecursionError) as exc:
        raise InputError(where, f"not JSON: {exc}") from None


@hookimpl(trylast=True)
def factcheck_load(path: Path) -> Document | None:
    """Load any file as plain text (the fallback loader, run last)."""
    return Document(text=read_text(path), path=str(path))
