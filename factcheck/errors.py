"""Exceptions factcheck raises on purpose; each becomes a one-line message on the command line."""

from __future__ import annotations


class FactcheckError(Exception):
    """Base class of every error factcheck reports to a user."""


class InputError(FactcheckError):
    """A file or text that cannot be read as an article.

    ``str(error)`` is one line naming the file and the problem.
    """

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class PluginError(FactcheckError):
    """A plugin that cannot be used: not importable, or clashing with another."""
