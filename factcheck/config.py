"""Configuration: checker options from ``[tool.factcheck]`` in pyproject.toml or from a factcheck.toml.

Where it is read from, first found wins:

1. the file named by ``$FACTCHECK_CONFIG`` (a factcheck.toml, or a pyproject.toml whose
   ``[tool.factcheck]`` table is read);
2. from the current folder upward, the first folder that holds a ``factcheck.toml`` (read
   whole) or a ``pyproject.toml`` with a ``[tool.factcheck]`` table.

Checker options are tables under ``checkers``, one per checker name::

    # pyproject.toml                          # factcheck.toml
    [tool.factcheck.checkers.absolutes]       [checkers.absolutes]
    words = ["all", "never", "every"]         words = ["all", "never", "every"]

The desk that publishes ClaimReview is named once, in a ``claimreview`` table (the command's
``--reviewer`` and ``--reviewer-url`` win over it)::

    [tool.factcheck.claimreview]              [claimreview]
    reviewer = "The Daily Check"              reviewer = "The Daily Check"
    reviewer_url = "https://check.example/reviews/2026-12-06"

A plugin declares the options its checkers take, with their defaults, through the
``factcheck_checker_options`` hook, and receives the resolved values (defaults, then the
file's) as the ``options`` argument of ``factcheck_checkers``.  See docs/hooks.md.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from factcheck.errors import FactcheckError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["CONFIG_ENV", "Config", "ConfigError", "load_config", "read_config", "resolve_options"]

REVIEWER_KEYS = ("reviewer", "reviewer_url")
"""The keys of the ``[claimreview]`` table: the desk's name and the page its reviews are published on."""
CONFIG_ENV = "FACTCHECK_CONFIG"
"""Environment variable naming the configuration file (else it is searched for)."""


class ConfigError(FactcheckError):
    """The configuration cannot be read, or gives an option a checker does not take; names the file."""


@attrs.frozen
class Config:
    """The factcheck configuration: where it was read from (None: nowhere) and its table."""

    path: Path | None = None
    data: Mapping[str, Any] = attrs.field(factory=dict)

    def checker(self, name: str) -> Mapping[str, Any]:
        """The options table of the checker called ``name`` (empty when the file gives none)."""
        checkers = self.data.get("checkers", {})
        table = checkers.get(name, {}) if isinstance(checkers, Mapping) else {}
        return table if isinstance(table, Mapping) else {}

    def reviewer(self) -> dict[str, str]:
        """The ClaimReview reviewer settings, ``reviewer`` and ``reviewer_url``, that the file gives.

        :raises ConfigError: the table holds another key, or a value that is not text.
        """
        table = self.data.get("claimreview", {})
        if not isinstance(table, Mapping):
            raise ConfigError(f"{self.where}: [claimreview] must be a table")
        unknown = sorted(set(table) - set(REVIEWER_KEYS))
        if unknown:
            raise ConfigError(
                f"{self.where}: [claimreview] takes no key {unknown[0]!r} "
                f"(it takes: {', '.join(REVIEWER_KEYS)})"
            )
        for key, value in table.items():
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(f"{self.where}: [claimreview] {key} must be non-empty text, not {value!r}")
        return {key: str(value).strip() for key, value in table.items()}

    @property
    def where(self) -> str:
        """How to name this configuration in a message: its file, or 'the options given'."""
        return str(self.path) if self.path else "the options given"


def read_config(path: str | os.PathLike[str]) -> Config:
    """Read one file: ``[tool.factcheck]`` of a pyproject.toml, any other TOML file whole.

    :raises ConfigError: the file cannot be read or is not TOML.
    """
    file = Path(path)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read the configuration: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: not valid TOML: {exc}") from None
    if file.name == "pyproject.toml":
        data = data.get("tool", {}).get("factcheck", {})
    if not isinstance(data, dict):
        raise ConfigError(f"{file}: [tool.factcheck] must be a table")
    return Config(file, data)


def _pyproject_table(path: Path) -> bool:
    """True when a pyproject.toml has a [tool.factcheck] table (read cheaply first)."""
    try:
        return "[tool.factcheck" in path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def load_config(
    start: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> Config:
    """The configuration in force: ``$FACTCHECK_CONFIG``, else the nearest factcheck.toml or
    pyproject.toml with ``[tool.factcheck]`` from ``start`` (the current folder) upward; else empty.

    :raises ConfigError: the file found cannot be read or is not TOML.
    """
    env = os.environ if environ is None else environ
    if env.get(CONFIG_ENV):
        return read_config(Path(env[CONFIG_ENV]).expanduser())
    folder = Path(start or Path.cwd()).resolve()
    for place in (folder, *folder.parents):
        if (place / "factcheck.toml").is_file():
            return read_config(place / "factcheck.toml")
        if (place / "pyproject.toml").is_file() and _pyproject_table(place / "pyproject.toml"):
            return read_config(place / "pyproject.toml")
    return Config()


def _fits(value: Any, default: Any) -> bool:
    """True when ``value`` has the type of the declared ``default`` (an int fits a float)."""
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float))
    if default is None:
        return True
    return isinstance(value, type(default))


def resolve_options(config: Config, declared: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Each declared checker's options: its defaults, replaced by the configuration's values.

    A table for a checker that declares no options is left alone (the checker may not be
    installed here).  An option the checker does not declare, or a value of another type
    than its default, is an error naming the file, the checker and the option.

    :raises ConfigError: an unknown option or a value of the wrong type.
    """
    out: dict[str, dict[str, Any]] = {}
    for name, defaults in declared.items():
        given = config.checker(name)
        unknown = sorted(set(given) - set(defaults))
        if unknown:
            raise ConfigError(
                f"{config.where}: checker {name!r} takes no option {unknown[0]!r} "
                f"(it takes: {', '.join(sorted(defaults)) or 'none'})"
            )
        for key, value in given.items():
            if not _fits(value, defaults[key]):
                raise ConfigError(
                    f"{config.where}: option {key!r} of checker {name!r} must be "
                    f"{type(defaults[key]).__name__}, not {type(value).__name__} ({value!r})"
                )
        out[name] = {**defaults, **given}
    return out
