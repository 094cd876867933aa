"""Keeping hostile text inert in every output factcheck writes.

Article text comes from the web, so anything printed from it must not act: control characters
must not reach a terminal, markup must not reach an HTML page or a Markdown table, and JSON must
be strict (RFC 8259: no ``Infinity`` or ``NaN``) and safe to embed in a ``<script>`` element.
The renderers, the command line and the ``track`` views all go through these helpers.
"""

from __future__ import annotations

import html
import json
import math
import re
import textwrap
from collections.abc import Mapping
from typing import Any

__all__ = [
    "HTML_FORMATS",
    "MARKDOWN_FORMATS",
    "escape_cell",
    "escape_markdown",
    "jsonld_dumps",
    "strict_dumps",
    "strict_jsonable",
    "strip_controls",
    "wrap_cell",
]

HTML_FORMATS = ("html", "unsafehtml")
"""Table formats whose output is HTML: every cell and heading is escaped."""

MARKDOWN_FORMATS = ("github", "pipe")
"""Table formats whose output is Markdown: ``| [ ] < `` and backticks are escaped."""

#: C0 and C1 control characters and DEL, except newline and tab.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: The same, but also keeping a carriage return (progress lines on a terminal use it).
_CONTROLS_KEEP_CR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: Characters left raw by ``json.dumps(ensure_ascii=False)`` that a terminal or a script element reads.
_JSON_RAW = re.compile(r"[\x7f-\x9f\u2028\u2029]")
_JSONLD_RAW = re.compile(r"[<>&\x7f-\x9f\u2028\u2029]")
_MARKDOWN = re.compile(r"([\\|\[\]`*_])")


def strip_controls(text: str, keep_cr: bool = False) -> str:
    """``text`` without C0/C1 control characters (newline and tab kept; carriage return with ``keep_cr``)."""
    return (_CONTROLS_KEEP_CR if keep_cr else _CONTROLS).sub("", text)


def strict_jsonable(value: Any, path: str = "", nulls: dict[str, str] | None = None) -> Any:
    """``value`` with every non-finite float replaced by ``None``; the reason is put in ``nulls``
    under the value's path (``verdicts[2].data.numbers.whole[1]``): ``+infinity (unbounded)``,
    ``-infinity (unbounded)`` or ``NaN (undefined)``.  Mappings, lists and tuples are walked."""
    if isinstance(value, float) and not math.isfinite(value):
        if nulls is not None:
            nulls[path or "$"] = (
                "NaN (undefined)" if math.isnan(value) else f"{'+' if value > 0 else '-'}infinity (unbounded)"
            )
        return None
    if isinstance(value, Mapping):
        return {
            key: strict_jsonable(item, f"{path}.{key}" if path else str(key), nulls)
            for key, item in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [strict_jsonable(item, f"{path}[{i}]", nulls) for i, item in enumerate(value)]
    return value


def strict_dumps(value: Any, **kwargs: Any) -> str:
    """Strict JSON text of ``value`` (non-finite floats are null; DEL, C1 controls and the line
    separators U+2028/U+2029 are written as ``\\u`` escapes, never raw)."""
    text = json.dumps(strict_jsonable(value), ensure_ascii=False, allow_nan=False, **kwargs)
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def jsonld_dumps(value: Any, **kwargs: Any) -> str:
    """Strict JSON that can sit inside a ``<script type="application/ld+json">`` element:
    ``<``, ``>`` and ``&`` inside strings are written as ``\\u003c``, ``\\u003e``, ``\\u0026``."""
    text = json.dumps(strict_jsonable(value), ensure_ascii=False, allow_nan=False, **kwargs)
    return _JSONLD_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def escape_markdown(text: str) -> str:
    """``text`` safe in a Markdown table cell or line: ``\\ | [ ] ` * _`` are backslash-escaped,
    ``<`` is ``&lt;`` and a line break is a space."""
    flat = " ".join(text.splitlines()) if "\n" in text or "\r" in text else text
    return _MARKDOWN.sub(r"\\\1", flat).replace("<", "&lt;")


def escape_cell(value: Any, fmt: str) -> Any:
    """A table cell made inert for ``fmt``: control characters stripped from text, then HTML- or
    Markdown-escaped in those formats.  Numbers and None are kept (they are never parsed from text)."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    text = strip_controls(value if isinstance(value, str) else str(value))
    if fmt in HTML_FORMATS:
        return html.escape(text, quote=True)
    if fmt in MARKDOWN_FORMATS:
        return escape_markdown(text)
    return text


def escape_line(text: str, fmt: str) -> str:
    """A line of text printed around a table (a heading) made inert for ``fmt``."""
    text = strip_controls(text)
    if fmt in HTML_FORMATS:
        return f"<h2>{html.escape(text, quote=True)}</h2>"
    if fmt in MARKDOWN_FORMATS:
        return escape_markdown(text)
    return text


def wrap_cell(text: str, width: int) -> str:
    """Wrap ``text`` at ``width`` characters, line by line, in time linear in its length.

    A word longer than ``width`` is first cut into pieces of ``width`` (textwrap's own long-word
    breaking is quadratic on long unbroken words), so the wrapper only ever sees short words.
    """
    lines = []
    for line in text.splitlines():
        if not line.strip():
            continue
        words: list[str] = []
        for word in line.split():
            if len(word) > width:
                words.extend(word[i : i + width] for i in range(0, len(word), width))
            else:
                words.append(word)
        lines.extend(textwrap.wrap(" ".join(words), width=width, break_long_words=False))
    return "\n".join(lines)
