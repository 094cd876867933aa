"""Figures: numbers with their hedges read as intervals (placeholder: finds none yet)."""

from __future__ import annotations

from factcheck.model import Figure


def extract_figures(text: str) -> list[Figure]:
    """Return every figure stated in ``text``, in text order, with ids f1, f2, ..."""
    return []
