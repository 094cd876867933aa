"""The distribution lists every package of the source tree, so a plain ``pip install .`` has them all."""

from __future__ import annotations

import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_with_an_init_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "factcheck").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found, "no packages found under factcheck/"
    assert found <= listed, f"missing from [tool.setuptools] packages: {sorted(found - listed)}"
