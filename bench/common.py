"""Shared helpers of the bench scripts: where the public test sets live."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCHMARKS_ENV = "FACTCHECK_BENCHMARKS"


def benchmarks_dir() -> Path:
    """The folder of public test sets: $FACTCHECK_BENCHMARKS, else ../shared/benchmarks beside the repo."""
    return Path(os.environ.get(BENCHMARKS_ENV) or REPO.parent / "shared" / "benchmarks")
