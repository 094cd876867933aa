"""Core plugin: read saved HTML pages (``.html``, ``.htm``) with trafilatura.

The article's main text is extracted (boilerplate, menus and comments dropped)
with its title, date, site name and canonical URL from the page's metadata (a date only when the
markup gives one: no date guessed from a copyright year).
Paragraphs are separated by a blank line.  Every offset factcheck reports for
an HTML file refers to that extracted text, which is :attr:`Document.text`.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from factcheck.errors import InputError
from factcheck.hookspecs import hookimpl
from factcheck.loaders import read_bytes
from factcheck.model import Document, Span

__all__ = ["HTML_SUFFIXES", "document_from_html", "factcheck_load"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MIN_WORDS = 5  # fewer words than this is page furniture ("Home"), not an article
#: The date is read from the page's markup (meta tags, JSON-LD, <time>) only: htmldate's extensive
#: search guesses from the text and makes a page whose only year is "© 2023" published on 2023-01-01.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def _metadata(result: Any) -> dict[str, Any]:
    if result is None:
        return {}
    if isinstance(result, dict):
        return result
    as_dict = getattr(result, "as_dict", None)
    return dict(as_dict()) if callable(as_dict) else dict(vars(result))


def _date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _span_of(text: str, words: str | None) -> Span | None:
    if not words:
        return None
    start = text.find(words)
    return Span(start, start + len(words)) if start >= 0 else None


def document_from_html(html: str | bytes, path: str | None = None) -> Document:
    """Extract the article from an HTML page; raise :class:`InputError` when there is none.

    :param html: the page, as text or as bytes (trafilatura finds the encoding).
    :param path: the file's name, for messages and :attr:`Document.path`.
    """
    import trafilatura

    where = path or "<html>"
    if not html.strip():
        raise InputError(where, "is empty")
    try:
        result = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            date_extraction_params=_DATE_PARAMS | {"max_date": dt.date.today().isoformat()},
        )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise InputError(where, f"cannot be parsed as HTML: {type(exc).__name__}: {exc}") from exc
    meta = _metadata(result)
    raw = meta.get("text") or ""
    if not isinstance(raw, str) or not raw.strip():
        raise InputError(where, "holds no article text that can be extracted from the HTML")
    lines = [" ".join(line.split()) for line in raw.splitlines()]
    text = "\n\n".join(line for line in lines if line)
    if len(text.split()) < MIN_WORDS:
        raise InputError(where, f"holds no article text that can be extracted from the HTML ({text[:40]!r})")
    title = meta.get("title") if isinstance(meta.get("title"), str) else None
    site = meta.get("sitename") if isinstance(meta.get("sitename"), str) else None
    url = meta.get("url") if isinstance(meta.get("url"), str) else None
    if site:
        site = re.sub(r"\s+", " ", site).strip() or None
    return Document(
        text=text,
        title=title or None,
        published=_date(meta.get("date")),
        publisher=site,
        path=path,
        url=url or None,
        title_span=_span_of(text, title),
        publisher_span=_span_of(text, site),
    )


@hookimpl
def factcheck_load(path: Path) -> Document | None:
    """Load ``.html``/``.htm`` files by extracting the article; leave any other file to other loaders."""
    if path.suffix.lower() not in HTML_SUFFIXES:
        return None
    return document_from_html(read_bytes(path, "an HTML page"), str(path))
