"""The house's one-way flow: checker plugins read the public Report and public modules, never the
extractor's internals (``factcheck.extraction``), exactly as a third-party plugin must."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

_PLUGINS = sorted((Path(__file__).resolve().parent.parent / "plugins").glob("*.py"))


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_the_plugins_are_found() -> None:
    assert len(_PLUGINS) > 20


@pytest.mark.parametrize("path", _PLUGINS, ids=lambda p: p.name)
def test_a_checker_imports_no_extraction_internals(path: Path) -> None:
    inside = sorted(
        n for n in _imported(path) if n == "factcheck.extraction" or n.startswith("factcheck.extraction.")
    )
    assert not inside, f"{path.name} imports {inside}"
