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


_ROOT = Path(__file__).resolve().parent.parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(_ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _package_graph() -> dict[str, set[str]]:
    """Module -> the factcheck modules it imports anywhere in its text (lazy imports included)."""
    paths = sorted((_ROOT / "factcheck").rglob("*.py"))
    modules = {_module_name(p): p for p in paths}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
            for target in targets:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name and not name.startswith(target + "."):
                    found.add(target)
        graph[name] = found
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_package_has_no_import_circles() -> None:
    graph = _package_graph()
    assert "factcheck.model" in graph["factcheck.serialize"]  # the graph reads the imports
    assert _cycles(graph) == []


def test_the_model_reads_its_json_without_the_serialiser() -> None:
    graph = _package_graph()
    for name in ("factcheck.model", "factcheck.records", "factcheck.reading"):
        assert not {d for d in graph[name] if d.startswith(("factcheck.serialize", "factcheck.render"))}, name
