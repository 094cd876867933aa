"""Core plugin: the built-in, pure-Python extractor.

It reads the page furniture (title, date, publisher line), then figures, quotes
and speakers, and assembles claims.  Each step is a plain function over the text,
in its own module, so it can be tested alone.
"""

from __future__ import annotations

from factcheck.hookspecs import hookimpl
from factcheck.model import Document, Report


def extract_report(document: Document) -> Report:
    """Run the whole built-in extraction on ``document``."""
    from factcheck.extraction.pipeline import run

    return run(document)


@hookimpl(trylast=True)
def factcheck_extract(document: Document) -> Report | None:
    """Extract with the built-in extractor (runs last, so a plugin can replace it)."""
    return extract_report(document)
