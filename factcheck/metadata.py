"""What a caller knows of an article beyond its text (its URL, publisher, date and title), and the
checks of those values as given on the command line, in a JSON Lines record or to the library."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

from factcheck.errors import InputError
from factcheck.model import Document

__all__ = ["Metadata", "is_url", "parse_published", "parse_url"]

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")


@attrs.frozen
class Metadata:
    """What the caller knows of an article beyond its text; ``None`` leaves the loader's value."""

    url: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    title: str | None = None

    def __bool__(self) -> bool:
        return any(v is not None for v in attrs.astuple(self))

    def apply(self, document: Document) -> Document:
        """``document`` with every value given here in place of the loader's."""
        changes: dict[str, Any] = {k: v for k, v in attrs.asdict(self).items() if v is not None}
        if self.publisher is not None:
            changes["publisher_span"] = None  # the text's own words may name someone else
        if self.title is not None:
            changes["title_span"] = None
        return attrs.evolve(document, **changes) if changes else document


def is_url(text: str) -> bool:
    """True for an argument that is a URL (``https://…``), which factcheck never downloads."""
    return _SCHEME.match(text) is not None


def parse_url(value: str, where: object = "--url") -> str:
    """An article's address: an ``http(s)`` URL with a host; :raises InputError: otherwise."""
    url = value.strip()
    if not re.match(r"^https?://[^\s/?#:@]+\.[^\s/?#]+", url, re.I) or any(c.isspace() for c in url):
        raise InputError(where, f"{value!r} is not a web address (give https://host/...)")
    return url


def parse_published(value: str | dt.date, where: object = "--published") -> dt.date:
    """A publication date from ``YYYY-MM-DD`` or an ISO date and time; :raises InputError: otherwise."""
    if isinstance(value, dt.date):
        return value if not isinstance(value, dt.datetime) else value.date()
    text = value.strip()
    if _DATE.match(text):
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
    raise InputError(where, f"{value!r} is not a date (give YYYY-MM-DD)")
