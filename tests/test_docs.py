"""The docs' examples run, and every hook has its section in docs/hooks.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import factcheck.hookspecs

REPO = Path(__file__).resolve().parent.parent
DOCS = [*sorted((REPO / "docs").rglob("*.md")), REPO / "README.md"]
BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def blocks(path: Path) -> list[str]:
    return BLOCK.findall(path.read_text(encoding="utf-8"))


def named_files(path: Path) -> dict[str, str]:
    out = {}
    for block in blocks(path):
        first = block.splitlines()[0]
        if first.startswith("# file: "):
            out[first.removeprefix("# file: ").strip()] = block
    return out


@pytest.mark.parametrize("path", [p for p in DOCS if blocks(p)], ids=lambda p: str(p.relative_to(REPO)))
def test_examples_run(path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(REPO)
    files = named_files(path)
    if files:
        for name, source in files.items():
            (tmp_path / name).write_text(source, encoding="utf-8")
        monkeypatch.syspath_prepend(str(tmp_path))
        return
    namespace: dict[str, object] = {"__name__": f"docs_example_{path.stem}"}
    for block in blocks(path):
        exec(compile(block, str(path), "exec"), namespace)


def test_plugin_guide_example_passes_its_own_tests(pytester: pytest.Pytester) -> None:
    files = named_files(REPO / "docs" / "writing-plugins.md")
    assert set(files) == {"factcheck_headline_figures.py", "test_headline_figures.py"}
    for name, source in files.items():
        pytester.makepyfile(**{name.removesuffix(".py"): source})
    pytester.syspathinsert()
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_every_hook_is_documented() -> None:
    hooks = [name for name in dir(factcheck.hookspecs) if name.startswith("factcheck_")]
    text = (REPO / "docs" / "hooks.md").read_text(encoding="utf-8")
    missing = [h for h in hooks if f"## {h}\n" not in text]
    assert not missing, f"hooks without a section in docs/hooks.md: {missing}"
