"""``factcheck track``: keep checked articles in the claim store and query them.

Subcommands (each listing takes ``--format`` with any tabulate format or ``json``)::

    factcheck track add PATH...        check, run the history checks, store
    factcheck track speakers           scorecard: role, documents, claims, verdicts by status
    factcheck track speaker NAME       one speaker's claims over time
    factcheck track figures QUERY      every stored figure about a subject, by date
    factcheck track similar TEXT       earlier claims that say the same, with scores
    factcheck track import FILE        import ClaimReview JSON-LD
    factcheck track reviews            the imported reviews
    factcheck track documents          the stored documents and their revisions
    factcheck track remove DOC...      remove documents (id, id prefix, path or URL) in one transaction

The store is ``--db PATH``, else ``$FACTCHECK_DB``, else the default of
:func:`factcheck.store.default_db_path`.  The same steps from Python:
:func:`factcheck.track.track_add`, :func:`factcheck.track.run_history_hooks` and
:class:`factcheck.store.ClaimStore`.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import attrs

from factcheck.cli.batch import default_jobs
from factcheck.cli.common import (
    DEFAULT_CHECKER_TIMEOUT,
    EXIT_ERROR,
    EXIT_FAIL,
    EXIT_OK,
    jobs_arg,
    seconds_arg,
    width_arg,
)
from factcheck.cli.track_batch import check_input, checked, problem
from factcheck.corpus import iter_inputs
from factcheck.errors import FactcheckError, InputError
from factcheck.loaders import read_json
from factcheck.manager import FactcheckPluginManager
from factcheck.model import Status, Verdict
from factcheck.render import (
    counted,
    fit_widths,
    format_table,
    is_multiline,
    plain_number,
    shorten,
    terminal_width,
)
from factcheck.render.chart import speaker_page
from factcheck.safe import escape_line, strict_dumps
from factcheck.store import ClaimStore, FigureRow, StoreError, claimreviews, default_db_path
from factcheck.track import TrackedDocument, track_add

__all__ = ["register", "verdict_rows"]

Handler = Callable[[argparse.Namespace, FactcheckPluginManager, TextIO, TextIO], int]


def _check_format(fmt: str) -> str:
    try:
        format_table([], fmt)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    return fmt


def _db_path(value: str) -> str:
    """An argparse type: a store path, never empty (an empty one would silently be the default)."""
    if not value.strip():
        raise argparse.ArgumentTypeError("the path is empty; give the store's file name")
    return value


def _options() -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--db",
        type=_db_path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the claim store (default: $FACTCHECK_DB, else $XDG_DATA_HOME/factcheck/claims.sqlite)",
    )
    options.add_argument(
        "--format",
        "-f",
        type=_check_format,
        default=argparse.SUPPRESS,
        metavar="FMT",
        help="json or any tabulate format (default simple); 'track speaker' also draws an html page",
    )
    options.add_argument(
        "--width",
        type=width_arg,
        default=argparse.SUPPRESS,
        metavar="COLUMNS",
        help="fit tables to this many characters (default: the terminal's width, else 80)",
    )
    options.add_argument(
        "--columns",
        type=_column_names,
        default=argparse.SUPPRESS,
        metavar="LIST",
        help="the columns to show, comma-separated, in order (default: all)",
    )
    return options


def _column_names(value: str) -> list[str]:
    """An argparse type: comma-separated column names (checked against the listing's columns)."""
    names = [name.strip() for name in value.split(",") if name.strip()]
    if not names:
        raise argparse.ArgumentTypeError("give one or more column names, comma-separated")
    return names


def register(subparsers: Any) -> None:
    """Add the ``track`` subcommand (and its own subcommands) to the ``factcheck`` parser.

    Handlers are set as ``handler`` and take ``(args, pm, out, err)``, returning an exit status.
    """
    options = _options()
    track = subparsers.add_parser(
        "track",
        parents=[options],
        help="store checked articles and follow claims, speakers and figures over time",
        description="Keep checked articles in the claim store and query what was said, by whom, and when.",
    )
    sub = track.add_subparsers(dest="track_command", metavar="SUBCOMMAND")
    track.set_defaults(handler=_cmd_help(track))

    def add(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = sub.add_parser(name, parents=[options], help=help_text)
        parser.set_defaults(handler=handler)
        return parser

    add_cmd = add("add", _cmd_add, "check articles, run the history checks, and store them")
    add_cmd.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files, .jsonl corpora, folders, or -",
    )
    add_cmd.add_argument(
        "--checker-timeout",
        type=seconds_arg,
        default=DEFAULT_CHECKER_TIMEOUT,
        metavar="SECONDS",
        help=f"stop a checker after this long on a document (default {DEFAULT_CHECKER_TIMEOUT:g}; 0: never)",
    )
    add_cmd.add_argument(
        "--jobs",
        "-j",
        type=jobs_arg,
        default=0,
        metavar="N",
        help="check N articles at once in worker processes (default: the number of cores; 1: no "
        "workers); the history checks and the writes stay in input order",
    )
    add("speakers", _cmd_speakers, "scorecard of every stored speaker")
    speaker = add("speaker", _cmd_speaker, "one speaker's claims over time, with figures and verdicts")
    speaker.add_argument("name", metavar="NAME", help="the speaker's name or an alias")
    figures = add("figures", _cmd_figures, "every stored figure about a subject, by date and speaker")
    figures.add_argument("query", metavar="QUERY", help='the subject, e.g. "Russian citizens"')
    similar = add("similar", _cmd_similar, "earlier claims that say the same thing, ranked")
    similar.add_argument("text", metavar="TEXT", help="the claim to look for")
    similar.add_argument("--limit", "-n", type=int, default=10, help="how many to show (default 10)")
    similar.add_argument(
        "--min-score", type=float, default=60.0, help="lowest score shown, 0-100 (default 60)"
    )
    imp = add("import", _cmd_import, "import ClaimReview JSON-LD as reviewed claims")
    imp.add_argument("file", metavar="FILE", help="a JSON file: one ClaimReview, a list, or a @graph")
    add("reviews", _cmd_reviews, "list the imported ClaimReviews")
    add("documents", _cmd_documents, "list the stored documents and their revisions")
    remove = add("remove", _cmd_remove, "remove stored documents and everything stored from them")
    remove.add_argument(
        "targets",
        nargs="+",
        metavar="DOC",
        help="a document id (or its first 8+ characters), a path or a URL",
    )


def _cmd_help(parser: argparse.ArgumentParser) -> Handler:
    def show(args: argparse.Namespace, pm: FactcheckPluginManager, out: TextIO, err: TextIO) -> int:
        parser.print_help(err)
        return 2

    return show


@contextmanager
def _open(args: argparse.Namespace, read_only: bool = False) -> Iterator[ClaimStore]:
    """Open the store named by ``--db`` (or the default); the listings pass ``read_only`` (they only
    read: a store on a read-only disk lists); a database error is a one-line StoreError."""
    db = getattr(args, "db", None)
    store = ClaimStore(Path(db).expanduser() if db else default_db_path(), read_only=read_only)
    try:
        yield store
    except sqlite3.Error as exc:
        raise StoreError(f"{store.path}: {exc}") from exc
    finally:
        store.close()


def _fmt(args: argparse.Namespace) -> str:
    return str(getattr(args, "format", None) or "simple")


LONG_COLUMNS = {"claim": 80, "sentence": 80, "quote": 80, "summary": 140}
"""Columns shortened in tables (never in JSON), with their widths."""


def _cut(key: str, value: Any) -> Any:
    if key in LONG_COLUMNS and isinstance(value, str):
        return shorten(value, LONG_COLUMNS[key])
    return value


HIDDEN_FIRST = ("document", "location", "error", "unknown", "unit", "value", "info", "previous", "origin")
"""Columns a table may hide, in this order, when it does not fit its width (or would squeeze a
long text column below :data:`READABLE`) and ``--columns`` was not given; stderr names them."""

READABLE = 24
"""The narrowest a long text column (claim, sentence, quote, summary) is drawn before a column
in :data:`HIDDEN_FIRST` is hidden to make room."""


def _table(
    rows: Sequence[dict[str, Any]],
    fmt: str,
    args: argparse.Namespace | None = None,
    err: TextIO | None = None,
) -> str:
    """Rows as a table in ``fmt``: the columns ``--columns`` names, fitted to ``--width`` (default:
    the terminal's, in formats drawn on a terminal); JSON keeps every value whole.  Without
    ``--columns``, a table that cannot fit hides columns in :data:`HIDDEN_FIRST` order and says
    which on ``err``."""
    columns = list(rows[0]) if rows else []
    chosen = getattr(args, "columns", None)
    if chosen:
        unknown = [c for c in chosen if c not in columns]
        if unknown:
            raise FactcheckError(
                f"--columns: no column {unknown[0]!r} here; choose from {', '.join(columns)}"
            )
        columns = list(chosen)
    if fmt == "json":
        return format_table(rows, fmt, columns)
    rows = [{k: _cut(k, v) for k, v in r.items()} for r in rows]
    width = getattr(args, "width", None)
    if width is None and is_multiline(fmt):
        width = terminal_width()
    if not width:
        return format_table(rows, fmt, columns)
    hideable = [] if chosen else [c for c in HIDDEN_FIRST if c in columns]
    hidden: list[str] = []
    while True:
        table, squeezed = _fitted(rows, fmt, columns, width)
        if not (squeezed and hideable):
            break
        hidden.append(hideable.pop(0))
        columns.remove(hidden[-1])
    if hidden and err is not None:
        err.write(f"(hidden to fit {width} columns: {', '.join(hidden)}; --columns or --width shows them)\n")
    return table


def _fitted(rows: Sequence[dict[str, Any]], fmt: str, columns: list[str], width: int) -> tuple[str, bool]:
    """The table fitted to ``width``, and whether it is still too wide or squeezes a long text
    column below :data:`READABLE` characters."""
    # first keep every word whole (a name, a date); if the table is still too wide, cut words too
    limits = fit_widths(rows, columns, fmt, width, {c: (1.0, _least(rows, c)) for c in columns})
    table = format_table(rows, fmt, columns, limits)
    if _widest(table) > width:
        short = {c for c in columns if max((len(str(r.get(c) or "")) for r in rows), default=0) <= 12}
        least = {c: (1.0, 12 if c in short else 6) for c in columns}  # dates and counts stay whole
        limits = fit_widths(rows, columns, fmt, width, least)
        cut = format_table(rows, fmt, columns, limits)
        if _widest(cut) <= width:
            table = cut  # else words stay whole: a table too wide is better than one that also breaks names
    squeezed = any(limits.get(c, READABLE) < READABLE for c in columns if c in LONG_COLUMNS)
    return table, _widest(table) > width or squeezed


def _widest(table: str) -> int:
    return max((len(line) for line in table.splitlines()), default=0)


def _least(rows: Sequence[dict[str, Any]], column: str) -> int:
    """The narrowest a column may be drawn: 10, or its longest word up to 16 (a name is not cut)."""
    words = (len(word) for row in rows for word in str(row.get(column) or "").split())
    return max(10, min(max(words, default=0), 16))


def _print(
    out: TextIO,
    rows: Sequence[dict[str, Any]],
    fmt: str,
    empty: str,
    err: TextIO,
    args: argparse.Namespace | None = None,
) -> None:
    if not rows:
        err.write(empty + "\n")
        return
    out.write(_table(rows, fmt, args, err) + "\n")


def _figure_row(figure: FigureRow, fmt: str) -> dict[str, Any]:
    """A stored figure as a row: in tables its value and interval as a newspaper writes numbers
    (``4,000``, ``(4,000, ∞)``), never ``1e+07``; in JSON as numbers."""
    row = figure.row()
    if fmt == "json":
        row["value"] = figure.value
        row["interval"] = {
            "lower": figure.lower,
            "upper": figure.upper,
            "lower_closed": figure.lower_closed,
            "upper_closed": figure.upper_closed,
        }
        row["is_percent"] = figure.is_percent
        return row
    lo = "-∞" if figure.lower is None else plain_number(figure.lower)
    hi = "∞" if figure.upper is None else plain_number(figure.upper)
    left = "[" if figure.lower is not None and figure.lower_closed else "("
    right = "]" if figure.upper is not None and figure.upper_closed else ")"
    row["value"] = plain_number(figure.value) + ("%" if figure.is_percent else "")
    row["interval"] = f"{left}{lo}, {hi}{right}"
    return row


def _scored(row: dict[str, Any], score: float, fmt: str) -> dict[str, Any]:
    """A row whose score is a number in JSON (tables print it rounded)."""
    if fmt == "json":
        row["score"] = score
    return row


def verdict_rows(verdicts: Iterable[Verdict]) -> list[dict[str, Any]]:
    """Rows (checker, status, claim, summary) for verdicts."""
    return [
        {"checker": v.checker, "status": v.status.value, "claim": v.claim or "", "summary": v.summary}
        for v in verdicts
    ]


def _added_record(tracked: TrackedDocument) -> dict[str, Any]:
    """The JSON object ``track add --format json`` prints for one document."""
    r = tracked.result
    return {
        "path": tracked.path,
        "document": r.document,
        "added": r.added,
        "revision": r.revision,
        "previous": r.previous,
        "reverted": r.reverted,
        "counts": {
            "speakers": r.speakers,
            "quotes": r.quotes,
            "claims": r.claims,
            "figures": r.figures,
            "verdicts": r.verdicts,
        },
        "history": [
            {**row, "details": v.details, "data": dict(v.data)}
            for row, v in zip(verdict_rows(tracked.history), tracked.history, strict=True)
        ],
    }


def _jsonable(value: Any) -> Any:
    """``value`` with anything JSON cannot hold as its string (as ``default=str`` did)."""
    return json.loads(json.dumps(value, default=str))


def _cmd_add(args: argparse.Namespace, pm: FactcheckPluginManager, out: TextIO, err: TextIO) -> int:
    """Check, judge against history and store each article; a file that cannot be read or checked is
    one line on ``err`` and the next file goes on (exit 2 at the end), as ``factcheck check`` does.
    With ``--jobs`` above 1 the articles are checked in worker processes; the history checks and the
    writes stay here, in input order."""
    fmt = _fmt(args)
    errors: list[str] = []
    failed = False
    timeout = args.checker_timeout
    with _open(args) as store:
        items = iter_inputs(args.paths)  # files, folders, - (standard input), .jsonl records
        disable = tuple(getattr(args, "disable", ()))
        plugins = tuple(getattr(args, "plugins", ()))
        for item, done in checked(
            items, args.jobs or default_jobs(), pm, plugins, disable, timeout, store.path
        ):
            try:
                if done is None:  # checked here
                    report = check_input(item, pm, timeout)
                else:
                    for warning in done.warnings:
                        err.write(f"factcheck: warning: {warning}\n")
                    if done.report is None:
                        errors.append(done.problem or f"{item.where}: not checked")
                        err.write(f"factcheck: {errors[-1]}\n")
                        continue
                    report = done.report
                tracked = track_add(report, store, pm, timeout=timeout)
                if item.path is not None:
                    tracked = attrs.evolve(tracked, path=str(item.path))
            except Exception as exc:  # never a traceback: name the input and the problem, go on
                errors.append(problem(Path(item.where), exc, store.path))
                err.write(f"factcheck: {errors[-1]}\n")
                continue
            failed = failed or any(v.status is Status.FAIL for v in tracked.report.verdicts)
            if fmt == "json":
                out.write(strict_dumps(_jsonable(_added_record(tracked))) + "\n")
                continue
            out.write(tracked.summary() + "\n")
            if tracked.history:
                out.write(_table(verdict_rows(tracked.history), fmt, args, err) + "\n")
    if errors:
        return EXIT_ERROR
    return EXIT_FAIL if failed else EXIT_OK


def _cmd_speakers(args: argparse.Namespace, pm: FactcheckPluginManager, out: TextIO, err: TextIO) -> int:
    with _open(args, read_only=True) as store:
        rows = [s.row() for s in store.speakers()]
        _print(out, rows, _fmt(args), f"no speakers in {store.path}", err, args)
    return 0


def _cmd_speaker(args: argparse.Namespace, pm: FactcheckPluginManager, out: TextIO, err: TextIO) -> int:
    fmt = _fmt(args)
    with _open(args, read_only=True) as store:
        found = store.speaker(args.name)
        if found is None:
            raise FactcheckError(f"{store.path}: no single stored speaker called {args.name!r}")
        claims = [c.row() for c in store.claims(speaker=args.name)]
        history = store.history(speaker=args.name)
        figures = [_figure_row(f, fmt) for f in history]
    if fmt == "html":  # one page: the speaker's figures drawn over time, then the claims
        heading = f"{found.name} ({', '.join(found.roles) or found.role or 'no role given'})"
        drawn = [
            {
                "date": f.published,
                "value": f.value,
                "lower": f.lower,
                "upper": f.upper,
                "text": f.text,
                "unit": f.unit,
                "document": f.location or f.document,
            }
            for f in history
        ]
        out.write(speaker_page(heading, drawn, claims) + "\n")
        return 0
    if fmt != "json":
        roles = ", ".join(found.roles) or found.role or "no role given"
        aliases = ", ".join(a for a in found.aliases if a != found.name)
        line = (
            f"{found.name} ({roles}){f', also {aliases}' if aliases else ''}: "
            f"{counted(found.documents, 'document')}, {counted(found.claims, 'claim')}"
        )
        out.write(escape_line(line, fmt) + "\n")
    if claims:
        out.write(_table(claims, fmt, args, err) + "\n")
    elif figures:
        out.write(_table(figures, fmt, args, err) + "\n")
    else:
        err.write(f"{found.name}: no claims or figures stored\n")
    return 0


def _cmd_figures(args: argparse.Namespace, pm: FactcheckPluginManager, out: TextIO, err: TextIO) -> int:
    with _open(args, read_only=True) as store:
        rows = [_figure_row(f, _fmt(args)) for f in store.figures(args.query)]
        _print(out, rows, _fmt(args), f"no stored figures about {args.query!r} in {store.path}", err, args)
    return 0


def _cmd_similar(args: argparse.Namespace, pm: FactcheckPluginManager, out: TextIO, err: TextIO) -> int:
    if not 0 <= args.min_score <= 100:
        raise FactcheckError(f"--min-score {args.min_score:g}: must be between 0 and 100")
    with _open(args, read_only=True) as store:
        found = store.similar(args.text, limit=max(args.limit, 1), min_score=args.min_score)
        rows = [_scored(m.row(), m.score, _fmt(args)) for m in found]
        _print(out, rows, _fmt(args), f"no stored claim scores {args.min_score:g} or more", err, args)
    return 0


def _cmd_import(args: argparse.Namespace, pm: FactcheckPluginManager, out: TextIO, err: TextIO) -> int:
    path = Path(args.file)
    data = read_json(path)
    with _open(args) as store:
        try:
            total = len(list(claimreviews(data)))
            added = store.import_claimreview(data, origin=str(path))
        except ValueError as exc:
            raise InputError(path, str(exc)) from None
    out.write(f"{path}: imported {added} ClaimReview(s), {total - added} already stored\n")
    return 0


def _cmd_reviews(args: argparse.Namespace, pm: FactcheckPluginManager, out: TextIO, err: TextIO) -> int:
    with _open(args, read_only=True) as store:
        rows = [r.row() for r in store.reviews()]
        _print(out, rows, _fmt(args), f"no reviews imported in {store.path}", err, args)
    return 0


def _cmd_documents(args: argparse.Namespace, pm: FactcheckPluginManager, out: TextIO, err: TextIO) -> int:
    with _open(args, read_only=True) as store:
        rows = store.documents()
        _print(out, rows, _fmt(args), f"no documents in {store.path}", err, args)
    return 0


def _cmd_remove(args: argparse.Namespace, pm: FactcheckPluginManager, out: TextIO, err: TextIO) -> int:
    """Remove the named documents in one transaction; a name that matches nothing removes nothing."""
    with _open(args) as store:
        removed = store.remove_documents(args.targets)
    for document in removed:
        out.write(f"removed {document}\n")
    err.write(f"{counted(len(removed), 'document')} removed from {store.path}\n")
    return 0
