"""Shared fixtures: the seed article and the public test sets (one configurable path)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED = SEEDS / "rt-2018-05-12-syromolotov.txt"
BENCHMARKS_ENV = "FACTCHECK_BENCHMARKS"


def benchmarks_dir() -> Path:
    """$FACTCHECK_BENCHMARKS, else ../shared/benchmarks beside the repository."""
    return Path(os.environ.get(BENCHMARKS_ENV) or REPO.parent / "shared" / "benchmarks")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_expected() -> dict[str, Any]:
    return json.loads(SEED.with_suffix("").with_suffix(".expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def benchmarks() -> Path:
    """The public test sets; the test is skipped when they are not there."""
    path = benchmarks_dir()
    if not path.is_dir():
        pytest.skip(f"public test sets not found at {path} (set {BENCHMARKS_ENV})")
    return path
