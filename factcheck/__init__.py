"""factcheck: fact-check news text and track claims over time.

Read an article into a structured :class:`Report` (speakers, quotes, hedged
figures, sources, claims), judge it with checker plugins, and render or store
the result::

    import factcheck
    report = factcheck.check("seeds/rt-2018-05-12-syromolotov.txt")
    for verdict in report.verdicts:
        print(verdict.checker, verdict.status.value, verdict.summary)
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.api import check, check_text, extract, load
from factcheck.errors import FactcheckError, InputError, PluginError
from factcheck.hookspecs import hookimpl, hookspec
from factcheck.manager import default_plugin_manager, get_plugin_manager, run_checkers
from factcheck.model import (
    Checker,
    CheckFunction,
    Claim,
    Document,
    Figure,
    Found,
    Interval,
    Quote,
    QuoteKind,
    Report,
    Source,
    SourceRole,
    Span,
    Speaker,
    SpeakerKind,
    Status,
    Tag,
    Verdict,
)

__all__ = [
    "Checker",
    "Claim",
    "Document",
    "FactcheckError",
    "Figure",
    "Found",
    "InputError",
    "Interval",
    "PluginError",
    "Quote",
    "QuoteKind",
    "Report",
    "Source",
    "SourceRole",
    "Span",
    "Speaker",
    "SpeakerKind",
    "Status",
    "Tag",
    "Verdict",
    "check",
    "check_text",
    "checker",
    "default_plugin_manager",
    "extract",
    "get_plugin_manager",
    "hookimpl",
    "hookspec",
    "load",
    "run_checkers",
]


def checker(name: str, description: str = "") -> Callable[[CheckFunction], Checker]:
    """Decorate a function ``(report) -> Iterable[Verdict]`` to make it a :class:`Checker`.

    The description defaults to the first line of the function's docstring::

        @factcheck.checker("no-figures")
        def no_figures(report):
            '''Warn when an article states no figure at all.'''
            ...
    """

    def wrap(function: CheckFunction) -> Checker:
        doc = (function.__doc__ or "").strip().splitlines()
        return Checker(name=name, description=description or (doc[0] if doc else ""), check=function)

    return wrap
