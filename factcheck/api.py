"""The library's entry points: load, extract and check an article in one call each."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from pathlib import Path

import attrs
import pluggy

from factcheck.collector import collector_paused
from factcheck.errors import FactcheckError, InputError, PluginError
from factcheck.manager import FactcheckPluginManager, blame, default_plugin_manager, run_checkers, using
from factcheck.metadata import Metadata, parse_published, parse_url
from factcheck.model import Document, Report, Status, Verdict
from factcheck.speaker_doubt import mark_doubts


def _pm(pm: FactcheckPluginManager | None) -> FactcheckPluginManager:
    return pm if pm is not None else default_plugin_manager()


def load(path: str | os.PathLike[str], pm: FactcheckPluginManager | None = None) -> Document:
    """Read the article at ``path`` with the first loader plugin that claims it.

    :raises InputError: the file is missing, unreadable, not an article, or a JSON Lines corpus.
    """
    path = Path(path)
    if path.suffix.lower() == ".jsonl" and path.is_file():
        raise InputError(
            path, "is a JSON Lines corpus, many articles: read it with factcheck.corpus.iter_inputs"
        )
    hook = _pm(pm).hook.factcheck_load
    try:
        document: Document | None = hook(path=path)
    except FactcheckError:
        raise
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # a loader plugin's own failure, SystemExit included: name it
        raise PluginError(_failed(path, "loader", exc, hook.get_hookimpls())) from exc
    if document is None:
        raise InputError(path, "no loader plugin can read this file")
    return document


def extract(document: Document, pm: FactcheckPluginManager | None = None) -> Report:
    """Extract speakers, quotes, figures, sources and claims; then let plugins annotate, and mark
    each quote whose speaker is in doubt (:func:`factcheck.speaker_doubt.mark_doubts`).

    An annotating plugin that raises, or returns something other than a Report, leaves the
    report as it was and adds an ``error`` verdict naming the plugin.
    """
    manager = _pm(pm)
    where = document.path or "<text>"
    with using(manager), collector_paused():
        hook = manager.hook.factcheck_extract
        try:
            found = hook(document=document)
        except FactcheckError:
            raise
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # an extractor plugin's failure, SystemExit included: name it
            raise PluginError(_failed(where, "extractor", exc, hook.get_hookimpls())) from exc
        if not isinstance(found, Report):
            problem = "no extractor plugin handled this document"
            raise InputError(
                where, problem if found is None else f"the extractor gave {type(found).__name__}"
            )
        report: Report = found
        errors: list[Verdict] = []
        for impl in reversed(manager.hook.factcheck_annotate.get_hookimpls()):
            if impl.hookwrapper or impl.wrapper:
                continue  # annotations are chained by hand; wrappers have nothing to wrap
            try:
                changed = impl.function(report=report)
                if changed is not None and not isinstance(changed, Report):
                    raise TypeError(f"returned {type(changed).__name__}, not a Report")
            except KeyboardInterrupt:
                raise
            except BaseException as exc:  # SystemExit from plugin code included
                errors.append(
                    Verdict(
                        status=Status.ERROR,
                        checker=impl.plugin_name,
                        summary=f"annotate hook of {impl.plugin_name!r} raised {type(exc).__name__}: {exc}",
                        details="The plugin broke while refining this document; its changes are lost.",
                    )
                )
                continue
            if changed is not None:
                report = changed
        report = mark_doubts(report)  # a second reading of each quote's speaker (Quote.doubt)
        if errors:
            report = attrs.evolve(report, verdicts=(*report.verdicts, *errors))
    return report


def check_text(
    text: str,
    *,
    path: str | None = None,
    pm: FactcheckPluginManager | None = None,
    checkers: Iterable[str] | None = None,
    timeout: float | None = None,
    url: str | None = None,
    publisher: str | None = None,
    published: str | dt.date | None = None,
    title: str | None = None,
) -> Report:
    """Check an article given as text; ``checkers`` limits which checkers run (all by default).

    ``url``, ``publisher``, ``published`` (a date or ``YYYY-MM-DD``) and ``title`` say what is
    known of the article; the publisher (or the outlet the URL's domain belongs to) is looked up in
    the source registry.  :raises InputError: a URL or date that cannot be read.
    """
    return check(
        Document(text=text, path=path),
        pm=pm,
        checkers=checkers,
        timeout=timeout,
        url=url,
        publisher=publisher,
        published=published,
        title=title,
    )


def check(
    source: str | os.PathLike[str] | Document,
    *,
    pm: FactcheckPluginManager | None = None,
    checkers: Iterable[str] | None = None,
    timeout: float | None = None,
    url: str | None = None,
    publisher: str | None = None,
    published: str | dt.date | None = None,
    title: str | None = None,
) -> Report:
    """Load (when given a path), extract and check one article; return its :class:`Report`.

    ``source`` is a :class:`Document`, a :class:`os.PathLike`, or a string.  A string
    is read as a path when it is one line naming an existing file, and as the
    article's text otherwise (use :func:`check_text` to be explicit).  ``timeout`` stops each
    checker after that many seconds with an ``error`` verdict (None: no limit).  ``url``,
    ``publisher``, ``published`` and ``title`` replace what the loader read (see :func:`check_text`).
    """
    manager = _pm(pm)
    if isinstance(source, Document):
        document = source
    elif isinstance(source, os.PathLike) or _looks_like_path(source):
        document = load(source, manager)
    elif _SCHEME.match(source) and len(source.split()) == 1:
        raise InputError(
            source, "is a web address; factcheck downloads nothing: save the page and check the file"
        )
    elif _names_a_file(source):
        raise InputError(source, "no such file (to check a text, pass it to check_text)")
    else:
        document = Document(text=source)
    where = document.path or "<text>"
    document = Metadata(
        url=parse_url(url, f"{where}: url") if url is not None else None,
        publisher=" ".join(publisher.split()) or None if publisher is not None else None,
        published=parse_published(published, f"{where}: published") if published is not None else None,
        title=" ".join(title.split()) or None if title is not None else None,
    ).apply(document)
    report = extract(document, manager)
    selected = manager.checkers()
    if checkers is not None:
        wanted = list(checkers)
        unknown = [name for name in wanted if name not in selected]
        if unknown:
            raise InputError(document.path or "<text>", f"unknown checker(s): {', '.join(unknown)}")
        selected = {name: selected[name] for name in wanted}
    with using(manager):
        return run_checkers(report, selected, timeout, manager.checker_plugins)


def _failed(where: object, role: str, exc: BaseException, impls: list[pluggy.HookImpl]) -> str:
    """One line: which plugin's hook (a loader, extractor or renderer) raised what, on what."""
    plugin = blame(exc, impls)
    who = f"{role} plugin {plugin!r}" if plugin else f"a {role} plugin"
    return f"{where}: {who} raised {type(exc).__name__}: {exc}"


def _looks_like_path(text: str) -> bool:
    return "\n" not in text and len(text) < 4096 and os.path.isfile(text)


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://")
#: A string with no white space that ends like a file name or holds a folder separator.
_PATH_LIKE = re.compile(r"\S*(?:[/\\]\S*|\.(?:txt|html?|jsonl?|md|xml|csv|tsv))", re.I)


def _names_a_file(text: str) -> bool:
    """True for a string that can only be meant as a file name ("typo.txt", "articles/x.html"):
    no article is one word ending in ".txt"."""
    return len(text) < 4096 and _PATH_LIKE.fullmatch(text.strip()) is not None
