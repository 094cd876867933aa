"""Pytest plugin for checker authors (loaded automatically through the ``pytest11`` entry point).

Fixtures:

``factcheck_pm``
    A fresh plugin manager with the core and the installed plugins, so a test
    never shares state with another.
``run_checker``
    ``run_checker(text, checker_or_plugin, *, path=None, options=None) -> Report``:
    extract ``text`` and run one checker (a :class:`factcheck.Checker`, or a plugin
    module/object whose ``factcheck_checkers`` hook gives checkers) and return the report
    with its verdicts.  ``options`` gives checker options as a configuration file would
    (``{"checker-name": {"option": value}}``), over the defaults the plugin declares.
``factcheck_seed_report``
    The seed article shipped with factcheck (RT, 12 May 2018) as a :class:`factcheck.Report`
    extracted with the core and installed plugins, before any checker ran: real text
    to run a checker on (``run_checkers(factcheck_seed_report, checkers)``).
``factcheck_seed_text``
    That article's text.

:func:`quote_speakers` maps each quote's words to its speaker's name, the shape most
attribution tests assert on.

:data:`HOSTILE_FRAGMENTS` holds pieces of news copy and of hostile input (markup, terminal
codes, unpaired quote marks, huge numbers) to join at random into adversarial articles, for
example with hypothesis: ``st.lists(st.sampled_from(HOSTILE_FRAGMENTS)).map("".join)``.

A checker that is installed (through its distribution's ``factcheck`` entry point) is
reached with ``factcheck_pm.checkers()["name"]``, as the command reaches it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import resources
from typing import Any

import pytest

from factcheck.api import extract
from factcheck.config import Config
from factcheck.manager import FactcheckPluginManager, get_plugin_manager, provided_by, run_checkers
from factcheck.model import Checker, Document, Report, SpeakerKind, Status

RunChecker = Callable[..., Report]


def alarms(report: Report, checker: str | None = None, relation: str | None = None) -> list[str]:
    """The summaries of a report's ``fail`` and ``warn`` verdicts, of one checker and one relation
    or check kind (``data["relation"]`` or ``data["check"]``) when given: what a test of a
    checker's precondition asserts is silent, or fires."""
    return [
        v.summary
        for v in report.verdicts
        if (checker is None or v.checker == checker)
        and (relation is None or v.data.get("relation") == relation or v.data.get("check") == relation)
        and v.status in (Status.FAIL, Status.WARN)
    ]


def quote_speakers(report: Report, *, named_only: bool = False) -> dict[str, str | None]:
    """Each quote's words -> its speaker's name (None: no speaker).  ``named_only``: an anonymous
    source ("officials", "a senior official") counts as no speaker, as the reference scorer's gold
    writes it."""
    out: dict[str, str | None] = {}
    for quote in report.quotes:
        speaker = report.speaker(quote.speaker)
        if speaker is not None and named_only and speaker.kind is SpeakerKind.ANONYMOUS:
            speaker = None
        out[report.words(quote.span)] = speaker.name if speaker is not None else None
    return out


@pytest.fixture
def factcheck_pm() -> FactcheckPluginManager:
    """A fresh plugin manager with the core and every installed plugin."""
    return get_plugin_manager()


def checkers_of(
    target: Checker | Any, options: Mapping[str, Mapping[str, Any]] | None = None
) -> dict[str, Checker]:
    """The checkers a Checker value, or a plugin object with a ``factcheck_checkers`` hook, provides;
    ``options`` (``{checker: {option: value}}``) are checked and resolved as a configuration file's."""
    if isinstance(target, Checker):
        return {target.name: target}
    pm = get_plugin_manager(autoload=False, config=Config(None, {"checkers": dict(options or {})}))
    if not pm.is_registered(target):  # a built-in plugin module is registered already
        pm.register(target)
    own = pm.get_name(target)
    resolved = pm.checker_options()
    found: dict[str, Checker] = {}
    for impl in pm.hook.factcheck_checkers.get_hookimpls():
        if impl.plugin_name == own:
            found.update((c.name, c) for c in provided_by(impl, resolved))
    return found


@pytest.fixture
def run_checker(factcheck_pm: FactcheckPluginManager) -> RunChecker:
    """Extract a text and run one checker (or one plugin's checkers) on it; return the Report."""

    def run(
        text: str,
        target: Checker | Any,
        *,
        path: str | None = None,
        options: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> Report:
        report = extract(Document(text=text, path=path), factcheck_pm)
        return run_checkers(report, checkers_of(target, options))

    return run


HOSTILE_FRAGMENTS: tuple[str, ...] = (
    "Officials said 4,000",
    ' "We will not back down," said Jane Doe, the mayor. ',
    "\u201cThe deficit is about $3.2 billion,\u201d the minister told reporters.",
    " more than 12% of voters ",
    " almost 3,000 of them ",
    " between 10 and 20 million people ",
    " over 4,000 of 0 ",
    " 1e999 ",
    " 9" * 40,
    "9" * 400,
    " 0 of 0 ",
    "\n\n",
    "\n",
    " according to Reuters, ",
    ' she said, "',
    "\u201d",
    "''",
    "</script><script>alert(1)</script>",
    "<b>bold</b> & <i>",
    " | [link](http://evil.example) ![img](x.png) `code` ",
    "\x1b[31m",
    "\x9b2J",
    "\x00\x07\x08\x7f",
    "\u2028\u2029",
    "Ünïcödé café naïve — déjà vu …",
    "x" * 300,
    "\ufeff",
    "\r\n",
)
"""Pieces of news copy and of hostile input, joined at random into adversarial articles (the
property tests and bench/robustness.py use them; so may a plugin's own tests)."""

SEED = "seed-rt-2018-05-12-syromolotov.txt"
"""The seed in factcheck.data: a copy of seeds/rt-2018-05-12-syromolotov.txt (a test keeps it equal)."""


@pytest.fixture(scope="session")
def factcheck_seed_text() -> str:
    """The seed article's text (RT, 12 May 2018), shipped with factcheck."""
    return resources.files("factcheck.data").joinpath(SEED).read_text(encoding="utf-8")


@pytest.fixture
def factcheck_seed_report(factcheck_seed_text: str, factcheck_pm: FactcheckPluginManager) -> Report:
    """The seed article extracted (speakers, quotes, figures, sources, claims), with no verdicts yet."""
    return extract(Document(text=factcheck_seed_text, path="rt-2018-05-12-syromolotov.txt"), factcheck_pm)
