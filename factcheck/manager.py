"""The plugin manager: how factcheck finds, loads and runs its plugins.

:func:`get_plugin_manager` builds a fresh manager; :func:`default_plugin_manager`
caches one for library calls.  Loading order:

1. the core plugins inside :mod:`factcheck` (text loader, extractor, renderer);
2. every entry point in the ``factcheck`` group (the built-in checkers are there
   too), unless ``FACTCHECK_DISABLE_PLUGIN_AUTOLOAD`` is set, in which case only
   the entry points of the ``factcheck`` distribution itself are loaded;
3. the modules named with ``-p MODULE``.

Names given to ``--disable`` block a plugin (by its registered name) or drop a
checker (by its checker name).  An entry point that fails to import is skipped
with a warning; a ``-p`` module that fails to import is an error.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import importlib
import importlib.metadata
import os
import signal
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import ModuleType
from typing import Any, TypeVar, cast

import attrs
import pluggy

from factcheck import hookspecs
from factcheck.collector import collector_paused
from factcheck.config import Config, ConfigError, load_config, resolve_options
from factcheck.errors import PluginError
from factcheck.model import Checker, Report, Status, Verdict

ENTRY_POINT_GROUP = "factcheck"
AUTOLOAD_ENV = "FACTCHECK_DISABLE_PLUGIN_AUTOLOAD"
CORE_PLUGINS = ("factcheck.loaders", "factcheck.html", "factcheck.extraction", "factcheck.render")
OWN_DISTRIBUTION = "factcheck"
_T = TypeVar("_T")


class PluginLoadWarning(UserWarning):
    """An installed plugin's entry point could not be imported and was skipped."""


@attrs.frozen
class PluginInfo:
    """What is known of one registered plugin: its name, distribution and version."""

    name: str
    plugin: Any = attrs.field(eq=False)
    distribution: str | None = None
    version: str | None = None


class FactcheckPluginManager(pluggy.PluginManager):
    """A pluggy manager for the ``factcheck`` project that remembers where plugins came from."""

    def __init__(self) -> None:
        super().__init__(hookspecs.PROJECT)
        self.add_hookspecs(hookspecs)
        self.disabled: set[str] = set()
        self.origins: dict[str, tuple[str | None, str | None]] = {}
        self.config: Config | None = None  # read on first use (see checker_options)
        self.checker_plugins: dict[str, str] = {}
        """Which plugin gave each checker (filled by :meth:`checkers`), for error messages."""

    def register_module(
        self, module: ModuleType | object, name: str, dist: tuple[str | None, str | None]
    ) -> None:
        """Register ``module`` under ``name``, recording its distribution and version."""
        if self.is_blocked(name) or self.has_plugin(name) or self.is_registered(module):
            return  # blocked, or already loaded (a built-in named again with -p)
        self.register(module, name=name)
        self.origins[name] = dist

    def infos(self) -> list[PluginInfo]:
        """Every registered plugin, sorted by name."""
        out = []
        for name, plugin in self.list_name_plugin():
            if plugin is None:  # blocked with --disable
                continue
            dist, version = self.origins.get(name, (None, None))
            out.append(PluginInfo(name, plugin, dist, version))
        return sorted(out, key=lambda info: info.name)

    def checker_options(self) -> dict[str, dict[str, Any]]:
        """Every declared checker option, by checker: the defaults of ``factcheck_checker_options``,
        replaced by the configuration's values (:mod:`factcheck.config`).

        :raises PluginError: a declaration is not a table of tables, or the configuration gives an
            option no checker declares or a value of the wrong type (the message names the file).
        """
        declared: dict[str, dict[str, Any]] = {}
        for impl in self.hook.factcheck_checker_options.get_hookimpls():
            given = impl.function()
            if given is None:
                continue
            if not isinstance(given, dict) or not all(isinstance(v, dict) for v in given.values()):
                raise PluginError(
                    f"plugin {self._describe(impl.plugin_name)}: factcheck_checker_options gave {given!r}"
                )
            declared.update({name: dict(table) for name, table in given.items()})
        if self.config is None:
            self.config = load_config()
        try:
            return resolve_options(self.config, declared)
        except ConfigError as exc:
            raise PluginError(str(exc)) from exc

    def checkers(self) -> dict[str, Checker]:
        """Every enabled checker by name; a name given twice raises :class:`PluginError`."""
        found: dict[str, tuple[Checker, str]] = {}
        options = self.checker_options()
        for impl in self.hook.factcheck_checkers.get_hookimpls():
            owner = self._describe(impl.plugin_name)
            try:
                provided = provided_by(impl, options)
            except Exception as exc:
                raise PluginError(
                    f"plugin {owner}: factcheck_checkers raised {type(exc).__name__}: {exc}"
                ) from exc
            for checker in provided:
                if not isinstance(checker, Checker):
                    raise PluginError(f"plugin {owner} returned {checker!r}, not a factcheck.Checker")
                if checker.name in found:
                    other = found[checker.name][1]
                    raise PluginError(
                        f"checker name {checker.name!r} is provided by both {other} and {owner}"
                    )
                found[checker.name] = (checker, owner)
                self.checker_plugins[checker.name] = impl.plugin_name
        return {name: pair[0] for name, pair in found.items() if name not in self.disabled}

    def known_names(self) -> set[str]:
        """Every name ``--disable`` can take: installed plugins (loaded or blocked) and checkers."""
        names = {ep.name for ep in _entry_points()} | set(CORE_PLUGINS)
        names |= {name for name, plugin in self.list_name_plugin() if plugin is not None}
        try:
            options = self.checker_options()
        except PluginError:  # reported by checkers()
            options = {}
        for impl in self.hook.factcheck_checkers.get_hookimpls():
            try:
                names |= {c.name for c in provided_by(impl, options) if isinstance(c, Checker)}
            except Exception:  # reported by checkers()
                continue
        return names

    def _describe(self, plugin_name: str) -> str:
        dist, version = self.origins.get(plugin_name, (None, None))
        if dist:
            return f"{plugin_name!r} (from {dist} {version})"
        return repr(plugin_name)


def provided_by(impl: pluggy.HookImpl, options: Mapping[str, Mapping[str, Any]] | None = None) -> list[Any]:
    """What one ``factcheck_checkers`` implementation returns, as a list; an implementation that
    takes ``options`` gets them (the checker options, by checker name)."""
    if "options" in impl.argnames:
        return list(cast(Iterable[Any], impl.function(options=dict(options or {})) or ()))
    return list(cast(Iterable[Any], impl.function() or ()))


def _entry_points() -> list[importlib.metadata.EntryPoint]:
    """The group's entry points, factcheck's own first, so no other distribution takes their names."""
    found = importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)
    return sorted(found, key=lambda ep: (_dist_of(ep)[0] != OWN_DISTRIBUTION, ep.name))


def _dist_of(ep: importlib.metadata.EntryPoint) -> tuple[str | None, str | None]:
    dist = ep.dist
    if dist is None:
        return None, None
    return dist.metadata["Name"], dist.version


def get_plugin_manager(
    plugins: Sequence[str] = (),
    disable: Iterable[str] = (),
    autoload: bool | None = None,
    extra: Iterable[object] = (),
    config: Config | None = None,
) -> FactcheckPluginManager:
    """Build a fresh plugin manager.

    :param plugins: module names to import and register, as with ``-p MODULE``.
    :param disable: plugin names to block and checker names to drop, as with ``--disable``.
    :param autoload: load third-party entry points; defaults to True unless the
        ``FACTCHECK_DISABLE_PLUGIN_AUTOLOAD`` environment variable is set.
    :param extra: plugin objects to register directly (used by tests and embedders).
    :param config: the configuration giving checker options; read from ``$FACTCHECK_CONFIG``,
        factcheck.toml or pyproject.toml (:func:`factcheck.config.load_config`) when first needed
        if not given.
    :raises PluginError: a ``-p`` module cannot be imported, or a hook is misspelt.
    """
    if autoload is None:
        autoload = not os.environ.get(AUTOLOAD_ENV)
    pm = FactcheckPluginManager()
    pm.config = config
    pm.disabled = set(disable)
    for name in pm.disabled:
        pm.set_blocked(name)
    own = (OWN_DISTRIBUTION, _own_version())
    for module_name in CORE_PLUGINS:
        pm.register_module(importlib.import_module(module_name), module_name, own)
    for ep in _entry_points():
        dist = _dist_of(ep)
        if not autoload and dist[0] != OWN_DISTRIBUTION:
            continue
        if pm.is_blocked(ep.name):
            continue
        if pm.has_plugin(ep.name):
            holder = pm.origins.get(ep.name, (None, None))[0]
            if holder != dist[0]:
                warnings.warn(
                    f"factcheck plugin {ep.name!r} from {dist[0]} was skipped: the name is taken by "
                    f"{holder or 'a plugin loaded before it'}",
                    PluginLoadWarning,
                    stacklevel=2,
                )
            continue
        try:
            plugin = ep.load()
        except Exception as exc:  # an installed plugin must never crash the tool
            warnings.warn(
                f"factcheck plugin {ep.name!r} ({ep.value}) from {dist[0]} could not be loaded and was "
                f"skipped: {type(exc).__name__}: {exc}",
                PluginLoadWarning,
                stacklevel=2,
            )
            continue
        pm.register_module(plugin, ep.name, dist)
    for module_name in plugins:
        try:
            module = importlib.import_module(module_name)
        except Exception as exc:
            raise PluginError(f"-p {module_name}: cannot import: {type(exc).__name__}: {exc}") from exc
        pm.register_module(module, module_name, (None, None))
    for index, plugin in enumerate(extra):
        pm.register_module(plugin, getattr(plugin, "__name__", f"extra-{index}"), (None, None))
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PluginError(str(exc)) from exc
    return pm


_CURRENT: contextvars.ContextVar[FactcheckPluginManager | None] = contextvars.ContextVar(
    "factcheck_plugin_manager", default=None
)


def current_plugin_manager() -> FactcheckPluginManager:
    """The plugin manager running the current check (the default one outside a check).

    Hooks receive only their documented arguments; a plugin that needs the other plugins (the
    source registry merges entries from ``factcheck_source_entries``) asks for them here.
    """
    return _CURRENT.get() or default_plugin_manager()


@contextlib.contextmanager
def using(pm: FactcheckPluginManager) -> Iterator[FactcheckPluginManager]:
    """Make ``pm`` the :func:`current_plugin_manager` inside the ``with`` block."""
    token = _CURRENT.set(pm)
    try:
        yield pm
    finally:
        _CURRENT.reset(token)


@functools.cache
def default_plugin_manager() -> FactcheckPluginManager:
    """The cached plugin manager that library calls use when given none."""
    return get_plugin_manager()


@functools.cache
def _own_version() -> str | None:
    try:
        return importlib.metadata.version(OWN_DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return None


def run_checkers(
    report: Report,
    checkers: dict[str, Checker],
    timeout: float | None = None,
    plugins: Mapping[str, str] | None = None,
) -> Report:
    """Run every checker on ``report`` and return it with their verdicts added.

    A checker that raises (any exception, ``SystemExit`` included; Ctrl-C still stops the run),
    yields something other than a Verdict, or runs longer than ``timeout`` seconds (None or 0: no
    limit) gives one ``error`` verdict naming it and its plugin (from ``plugins``, checker name to
    plugin name, else the checker function's module); the other checkers still run.
    """
    verdicts: list[Verdict] = list(report.verdicts)
    size = len(report.document.text)
    claims = {c.id for c in report.claims}
    with collector_paused():
        for name, checker in checkers.items():
            owner = (plugins or {}).get(name) or _plugin_of(checker.check)
            what = f"checker {name!r}" + (f" of plugin {owner!r}" if owner else "")
            produce = functools.partial(checker.check, report)
            produced = guarded(name, produce, size, what, claims, timeout=timeout)
            verdicts.extend(v if v.checker == name else attrs.evolve(v, checker=name) for v in produced)
    return attrs.evolve(report, verdicts=verdicts)


def _plugin_of(function: Callable[..., Any]) -> str | None:
    """The module a checker's function comes from (the plugin), for messages."""
    module = getattr(function, "__module__", None)
    return module if isinstance(module, str) else None


class CheckerTimeout(BaseException):
    """Raised inside a checker that ran past its time limit (a BaseException, so that a checker's
    own ``except Exception`` does not swallow it)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"timed out after {seconds:g} s")


def call_with_time_limit(produce: Callable[[], _T], seconds: float | None) -> _T:
    """Call ``produce`` and return its result; raise :class:`CheckerTimeout` after ``seconds``.

    In the main thread of a POSIX process this is an interval timer (``SIGALRM``) whose handler
    raises in the running code: it costs two system calls when the call is fast, and stops a
    pure-Python loop or a sleep.  The alarm repeats every half second until the call returns, so a
    checker that catches the first one is stopped by the next.  Elsewhere the call runs in a daemon
    thread that is abandoned on timeout.  None or 0 means no limit.
    """
    if not seconds or seconds <= 0:
        return produce()
    if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
        return _with_alarm(produce, seconds)
    return _with_thread(produce, seconds)


def _with_alarm(produce: Callable[[], _T], seconds: float) -> _T:
    armed = [True]

    def on_alarm(signum: int, frame: object) -> None:
        if armed[0]:
            raise CheckerTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds, 0.5)
        try:
            return produce()
        finally:
            armed[0] = False  # an alarm arriving from here on is ignored
            signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.signal(signal.SIGALRM, previous)


def _with_thread(produce: Callable[[], _T], seconds: float) -> _T:
    result: list[_T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            result.append(produce())
        except BaseException as exc:  # handed to the caller below
            failure.append(exc)

    context = contextvars.copy_context()  # the checker sees the current plugin manager
    worker = threading.Thread(target=context.run, args=(run,), name="factcheck-checker", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise CheckerTimeout(seconds)
    if failure:
        raise failure[0]
    return result[0]


def guarded(
    name: str,
    produce: Callable[[], Iterable[Any] | None],
    size: int,
    what: str,
    claims: set[str] | None = None,
    timeout: float | None = None,
) -> list[Verdict]:
    """Call ``produce`` and check what it gives: verdicts whose evidence lies in a text of ``size``
    and, when ``claims`` is given, whose claim is one of those ids (or None, the whole document).

    Verdicts without a checker name get ``name``.  An exception of any kind (``SystemExit``
    included, but not ``KeyboardInterrupt``), something that is not a Verdict, evidence outside the
    text, or a run past ``timeout`` seconds gives instead one ``error`` verdict naming ``what`` (the
    checker or plugin), so one broken plugin never stops the others.
    """
    try:
        produced = call_with_time_limit(lambda: list(produce() or ()), timeout)
        for verdict in produced:
            if not isinstance(verdict, Verdict):
                raise TypeError(f"gave {type(verdict).__name__}, not a Verdict")
            if any(span.end > size for span in verdict.evidence):
                raise ValueError(f"gave evidence outside the text ({size} characters)")
            if claims is not None and verdict.claim is not None and verdict.claim not in claims:
                raise ValueError(f"named claim {verdict.claim!r}, which is not in the report")
    except KeyboardInterrupt:
        raise
    except CheckerTimeout as exc:
        return [
            Verdict(
                status=Status.ERROR,
                checker=name,
                summary=f"{what} timed out after {exc.seconds:g} s",
                details=f"{what} was stopped on this document; its verdicts are lost.",
            )
        ]
    except BaseException as exc:  # SystemExit and the like from plugin code: a verdict, not an exit
        return [
            Verdict(
                status=Status.ERROR,
                checker=name,
                summary=f"{what} raised {type(exc).__name__}: {exc}",
                details=f"{what} broke on this document; its verdicts are lost.",
            )
        ]
    return [v if v.checker else attrs.evolve(v, checker=name) for v in produced]


def blame(exc: BaseException, impls: Sequence[pluggy.HookImpl]) -> str | None:
    """The name of the plugin whose hook implementation raised ``exc`` (found in its traceback)."""
    codes = {getattr(impl.function, "__code__", None): impl.plugin_name for impl in impls}
    tb = exc.__traceback__
    found = None
    while tb is not None:
        owner = codes.get(tb.tb_frame.f_code)
        if owner is not None:
            found = owner
        tb = tb.tb_next
    return found
