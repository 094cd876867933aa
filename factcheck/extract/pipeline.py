"""Assemble the built-in extraction steps into a Report."""

from __future__ import annotations

from factcheck.extract.figures import extract_figures
from factcheck.model import Document, Report


def run(document: Document) -> Report:
    """Extract everything the built-in extractor knows from ``document``."""
    figures = extract_figures(document.text)
    return Report(document=document, figures=figures)
