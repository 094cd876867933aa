"""Core plugin: read plain-text articles from files.

The text is decoded as UTF-8 (a leading byte-order mark is dropped) with
universal newlines; every offset factcheck reports refers to that text.
"""

from __future__ import annotations

from pathlib import Path

from factcheck.errors import InputError
from factcheck.hookspecs import hookimpl
from factcheck.model import Document

MAX_BYTES = 20 * 1024 * 1024


def read_bytes(path: Path, kind: str = "article text") -> bytes:
    """Read a file's bytes, refusing with a one-line :class:`InputError` what cannot be ``kind``.

    Missing files, folders, unreadable files, files over :data:`MAX_BYTES` and binary files
    (holding NUL bytes) are refused.
    """
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a directory, not an article file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror or exc}") from exc
    if len(data) > MAX_BYTES:
        raise InputError(path, f"is {len(data):,} bytes; files over {MAX_BYTES:,} bytes are refused")
    if b"\x00" in data:
        raise InputError(path, f"is binary (it holds NUL bytes), not {kind}")
    return data


def read_text(path: Path) -> str:
    """Read ``path`` as UTF-8 text, raising :class:`InputError` with a one-line reason."""
    data = read_bytes(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            path, f"is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from exc
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(path, "is empty")
    return text


@hookimpl(trylast=True)
def factcheck_load(path: Path) -> Document | None:
    """Load any file as plain UTF-8 text (the fallback loader, run last)."""
    return Document(text=read_text(path), path=str(path))
