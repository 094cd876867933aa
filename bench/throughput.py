"""Throughput of factcheck on real news: issue 16's figures in one table, each with its target.

Run ``python bench/throughput.py [--quick] [--docs N] [--sizes 10k,100k,1m,5m] [--memory N,...]
[--big-store N] [--store-seconds S] [--baseline-python PY]`` (the venv active: the CLI rows run
``factcheck`` from PATH).

**The corpus.**  polnear/train has 840 articles of about 740 words.  The documents here are
built in memory from their paragraphs, read in file order as one stream: each document takes
the next paragraphs until it holds at least 900 words, and the stream cycles to the first article
after the last, so 2,000 documents of about 900 words (the run prints their mean) are real text,
none the same.  Files that a run needs (load, the CLI) go to a temporary folder, never into the
repository.  The long documents are the train articles in file order, joined with blank lines,
cut at a paragraph break at or below 10 KB, 100 KB, 1 MB and 5 MB (UTF-8 bytes); for the small
sizes several such documents start at articles spread over the set, and their median is taken.

**What is timed, and with which clock.**  Everything in this process is CPU time of this process
(``time.process_time``), so other work on a shared machine does not count:

* the full check: for each document, load (``factcheck.api.load`` of its file), extract
  (``factcheck.api.extract``), every built-in checker (each one timed alone through
  ``run_checkers`` on the extracted report; together they give the verdicts of the full run),
  and the JSON (``report_to_dict`` and ``json.dumps``).  Documents/s and words/s are over the
  sum, and each stage has its own row;
* one long document (``factcheck.check_text``; each text checked once, the median of 9 texts of
  10 KB, of 3 of 100 KB), and the ratios between sizes.  The target is
  at most 12x the time per 10x of text; the last step (1 MB to 5 MB) is 5x of text, so its
  target is 12 ** log10(5), about 5.7x.

The rows that run the CLI in a subprocess (peak memory, ``--jobs``, ``track add``) use wall time
(``time.perf_counter``): only the wall clock shows work spread over cores.  Peak memory is the
largest resident set of the ``factcheck check -f json DIR`` process (``os.wait4``'s
``ru_maxrss``, read by a small launcher process so that this script's own peak is not counted:
see ``LAUNCHER``); its documents are hard links to the corpus files (the CLI reads each as its own
file).  ``--jobs 2`` against ``--jobs 1`` is printed as "n/a (no --jobs)" when ``factcheck check
--help`` has no such flag.  ``track add`` is timed into an empty store, then into a store grown
through :class:`factcheck.store.ClaimStore` (the corpus's reports again, each text given a
numbered line at its end so that every one is a new document: the quotes repeat, as they would
in an archive that reprints stories) until it holds ``--big-store`` documents or
``--store-seconds`` have passed; the row says the size reached.

The baseline row (``--baseline-python PY``) runs ``bench/baseline.py`` under ``PY`` (spaCy's small
English pipeline, textacy's direct quotations and quantulum3 over the corpus's first 200
documents, CPU time, models loaded beforehand) and divides its time by factcheck's full check of
the same files in this process.  Without the option the row says it was not measured.

``--quick`` is a smaller run (500 documents, sizes to 1 MB, memory over 2,000 documents, a store
of 5,000) for trying a change; its figures are not the issue's.  The script asserts nothing and
exits 0 (1, with one line, when it finds no polnear/train articles).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import attrs
from tabulate import tabulate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import benchmarks_dir

from factcheck.api import check_text, extract, load
from factcheck.manager import default_plugin_manager, run_checkers
from factcheck.model import Report
from factcheck.serialize import report_to_dict

WORDS = re.compile(r"\S+")
DOC_WORDS = 900
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000, "5m": 5_000_000}


@dataclass
class Row:
    """One line of the table: a figure, its value, its target and whether it is met."""

    figure: str
    value: str
    target: str = ""
    met: bool | None = None
    note: str = ""

    def cells(self) -> list[str]:
        """The row as printed."""
        status = "" if self.met is None else ("met" if self.met else "NOT met")
        return [self.figure, self.value, self.target, status, self.note]


@dataclass
class Table:
    """The rows gathered so far, printed at the end (and as each is added, on stderr)."""

    rows: list[Row] = field(default_factory=list)

    def add(self, row: Row) -> None:
        """Add a row and show it at once on stderr (a full run takes minutes)."""
        self.rows.append(row)
        print("  " + " | ".join(c for c in row.cells() if c), file=sys.stderr, flush=True)

    def print(self) -> None:
        """Print the table on stdout."""
        headers = ["figure", "measured", "target", "", "how / counts"]
        print(tabulate([r.cells() for r in self.rows], headers=headers))


# ----------------------------------------------------------------------------- the texts


def train_articles() -> list[str]:
    """The polnear/train articles in file order."""
    folder = benchmarks_dir() / "polnear" / "train"
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def _paragraphs(articles: list[str]) -> Iterator[str]:
    """The paragraphs of the articles in order, cycling for ever."""
    paragraphs = [p.strip() for a in articles for p in a.split("\n\n") if p.strip()]
    if not paragraphs:  # no articles found: cycling an empty list would never end
        raise SystemExit("no polnear/train articles found (set FACTCHECK_BENCHMARKS)")
    while True:
        yield from paragraphs


def corpus(articles: list[str], count: int, words: int = DOC_WORDS) -> list[str]:
    """``count`` documents, each the next paragraphs of the cycled train stream up to ``words``."""
    stream = _paragraphs(articles)
    docs: list[str] = []
    for _ in range(count):
        taken: list[str] = []
        total = 0
        while total < words:
            paragraph = next(stream)
            taken.append(paragraph)
            total += len(WORDS.findall(paragraph))
        docs.append("\n\n".join(taken) + "\n")
    return docs


def long_text(articles: list[str], size: int, first: int = 0) -> str:
    """The train articles joined in order from article ``first``, cut at the last paragraph break
    within ``size`` bytes."""
    parts: list[str] = []
    total = 0
    for article in _cycle(articles[first:] + articles[:first]):
        parts.append(article.strip())
        total += len(article.encode("utf-8")) + 2
        if total > size:
            break
    text = "\n\n".join(parts)
    cut = text.encode("utf-8")[:size].decode("utf-8", errors="ignore")
    return cut[: cut.rfind("\n\n")] + "\n" if "\n\n" in cut else cut


def _cycle(articles: list[str]) -> Iterator[str]:
    while True:
        yield from articles


def write_corpus(docs: list[str], folder: Path) -> list[Path]:
    """Write the documents as numbered .txt files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(docs):
        path = folder / f"doc{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def linked_corpus(paths: list[Path], count: int, folder: Path) -> Path:
    """A folder of ``count`` files, hard links to ``paths`` in turn (no disk for the copies)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        target = folder / f"doc{i:07d}.txt"
        try:
            os.link(paths[i % len(paths)], target)
        except OSError:  # another file system: copy
            shutil.copyfile(paths[i % len(paths)], target)
    return folder


# ----------------------------------------------------------------------------- measures


@dataclass
class Throughput:
    """CPU seconds per stage over a corpus, and the reports it gave."""

    seconds: dict[str, float] = field(default_factory=dict)
    reports: list[Report] = field(default_factory=list)
    words: int = 0

    def add(self, stage: str, seconds: float) -> None:
        """Add ``seconds`` to ``stage``."""
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds


def full_check(paths: list[Path]) -> Throughput:
    """Load, extract, run every checker (each timed alone) and write JSON for every file."""
    clock = time.process_time
    pm = default_plugin_manager()
    checkers = pm.checkers()
    plugins = pm.checker_plugins
    result = Throughput()
    check_text("Warm-up: the minister said 40 people came.")  # imports and compiled patterns
    for path in paths:
        started = clock()
        document = load(path, pm)
        loaded = clock()
        report = extract(document, pm)
        extracted = clock()
        result.add("load", loaded - started)
        result.add("extract", extracted - loaded)
        verdicts = list(report.verdicts)
        for name, checker in checkers.items():
            before = clock()
            checked = run_checkers(report, {name: checker}, None, plugins)
            result.add(f"checker {name}", clock() - before)
            verdicts.extend(checked.verdicts[len(report.verdicts) :])
        report = attrs.evolve(report, verdicts=verdicts)
        before = clock()
        json.dumps(report_to_dict(report))
        result.add("JSON", clock() - before)
        result.words += len(WORDS.findall(document.text))
        result.reports.append(report)
    return result


#: How many documents of each size are timed (their median is the figure): different texts, each
#: checked once, so that no run profits from having read the same words just before.
REPEATS = {"10k": 9, "100k": 3, "1m": 1, "5m": 1}


def long_documents(articles: list[str], sizes: list[str]) -> dict[str, float]:
    """CPU seconds of a full check of one document of each size: the median over REPEATS different
    documents of that size (starting at articles spread over the train set)."""
    times: dict[str, float] = {}
    check_text(long_text(articles, 20_000, len(articles) // 2))  # warm-up: imports, patterns
    for name in sizes:
        repeats = REPEATS[name]
        seconds = []
        for k in range(repeats):
            text = long_text(articles, SIZES[name], k * len(articles) // repeats)
            started = time.process_time()
            check_text(text)
            seconds.append(time.process_time() - started)
        times[name] = statistics.median(seconds)
        print(f"  ({name}: {repeats} document(s), median {times[name]:.2f} s)", file=sys.stderr, flush=True)
    return times


def factcheck_command() -> str:
    """The ``factcheck`` command of the Python running this script (its venv's), else the one on PATH."""
    beside = Path(sys.executable).parent / "factcheck"
    return str(beside) if beside.exists() else shutil.which("factcheck") or "factcheck"


#: The small process that starts the CLI for :func:`run_cli` and writes the CLI's peak resident
#: set (``ru_maxrss`` of its ``wait4``, KiB) to the file named first.  Linux counts in a child's
#: ``ru_maxrss`` the peak of the process it was forked from (kept through ``exec``), so the CLI
#: started straight from this script would show this script's own peak (hundreds of MB after
#: the corpus and the long documents); started from this fresh interpreter, its floor is the
#: interpreter's few MB.
LAUNCHER = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(child.pid, 0)
with open(sys.argv[1], "w") as peak:
    peak.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status) % 256)
"""


def run_cli(args: list[str], limit: float | None = None) -> tuple[float, float, int]:
    """Run ``factcheck ARGS`` (output discarded): (wall seconds, peak resident MB, exit code).

    The CLI is started by :data:`LAUNCHER`, whose report is its own peak.  After ``limit``
    seconds the run is stopped; its exit code is then -9 and its time the limit.
    """
    exe = factcheck_command()
    with tempfile.NamedTemporaryFile(prefix="factcheck-peak-", delete=False) as handle:
        report = Path(handle.name)
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", LAUNCHER, str(report), exe, *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # a stop ends the launcher and the CLI together
    )
    killed = False
    while True:
        pid, status, _ = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if limit is not None and time.perf_counter() - started > limit:
            os.killpg(proc.pid, 9)
            _, status, _ = os.wait4(proc.pid, 0)
            killed = True
            break
        time.sleep(0.1)
    proc.returncode = -9 if killed else os.waitstatus_to_exitcode(status)
    text = report.read_text() if report.exists() else ""
    report.unlink(missing_ok=True)
    peak = int(text) / 1024 if text.strip() else float("nan")
    return time.perf_counter() - started, peak, proc.returncode


def has_jobs_flag() -> bool:
    """True when ``factcheck check --help`` offers ``--jobs``."""
    exe = factcheck_command()
    out = subprocess.run([exe, "check", "--help"], capture_output=True, text=True, check=False).stdout
    return "--jobs" in out


#: ``track add`` into the grown store is stopped after this many seconds.
TRACK_LIMIT = 300.0


def grow_store(db: Path, reports: list[Report], want: int, budget: float) -> tuple[int, float]:
    """Add reports to the store at ``db`` (copies with a numbered last line once the corpus is used)
    until it holds ``want`` documents or ``budget`` wall seconds pass: (documents, seconds)."""
    from factcheck.store import ClaimStore

    started = time.perf_counter()
    added = 0
    with ClaimStore(db) as store:
        while added < want and time.perf_counter() - started < budget:
            base = reports[added % len(reports)]
            report = base
            if added >= len(reports):
                text = base.document.text + f"\n(archive copy {added // len(reports)})\n"
                report = attrs.evolve(base, document=attrs.evolve(base.document, text=text))
            store.add_report(report)
            added += 1
    return added, time.perf_counter() - started


# ----------------------------------------------------------------------------- the run


def _ratio_target(step: float) -> float:
    """The allowed time ratio for a ``step``-fold longer text: 12x per 10x, on a log scale."""
    return 12.0 ** math.log10(step)


def bench_corpus(table: Table, paths: list[Path], per_stage: bool = True) -> Throughput:
    """The full-check rows: documents/s, words/s and the stages."""
    result = full_check(paths)
    total = sum(result.seconds.values())
    n = len(paths)
    mean_words = result.words / n
    how = f"{n:,} documents, {mean_words:.0f} words each on average, process_time"
    table.add(Row("full check: documents/s (one core)", f"{n / total:.1f}", ">= 300", n / total >= 300, how))
    table.add(Row("full check: words/s (one core)", f"{result.words / total:,.0f}", "", None, how))
    if per_stage:
        for stage, seconds in result.seconds.items():
            share = 100 * seconds / total
            table.add(
                Row(f"  stage {stage}: ms/document", f"{1000 * seconds / n:.2f}", "", None, f"{share:.1f}%")
            )
    return result


#: How many corpus documents the baseline comparison reads (spaCy's parse takes about a third
#: of a second a document).
BASELINE_DOCS = 200


def bench_baseline(table: Table, paths: list[Path], python: str | None) -> None:
    """factcheck's full check against spaCy sm + textacy + quantulum3 on the same files, one run.

    Both are CPU time over the same documents: factcheck's in this process (``full_check``), the
    baseline's in its own interpreter (``bench/baseline.py``), model loading left out of both.
    """
    name = "against spaCy sm + textacy + quantulum3 (times faster)"
    if not python:
        how = "not measured: give --baseline-python, an interpreter with them (bench/baseline.py)"
        table.add(Row(name, "n/a", ">= 60x", None, how))
        return
    chosen = paths[:BASELINE_DOCS]
    script = Path(__file__).with_name("baseline.py")
    done = subprocess.run(
        [python, str(script), *map(str, chosen)], capture_output=True, text=True, check=False
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        problem = (done.stderr.strip().splitlines() or ["no output"])[-1]
        table.add(Row(name, "n/a", ">= 60x", None, f"the baseline failed: {problem[:120]}"))
        return
    baseline = json.loads(lines[-1])
    ours = sum(full_check(chosen).seconds.values())
    ratio = baseline["seconds"] / ours if ours else 0.0
    versions = ", ".join(f"{k} {v}" for k, v in baseline["versions"].items())
    how = (
        f"{len(chosen)} documents, process_time: {baseline['seconds']:.1f} s against {ours:.1f} s"
        f" ({versions}; the baseline raised on {baseline['errors']})"
    )
    table.add(Row(name, f"{ratio:.1f}x", ">= 60x", ratio >= 60, how))


def bench_long(table: Table, articles: list[str], sizes: list[str]) -> None:
    """The long-document rows and the ratios between consecutive sizes."""
    times = long_documents(articles, sizes)
    for name in sizes:
        table.add(
            Row(f"one document of {name.upper()}B: seconds", f"{times[name]:.2f}", "", None, "process_time")
        )
    for small, large in itertools.pairwise(sizes):
        step = SIZES[large] / SIZES[small]
        ratio = times[large] / times[small]
        target = _ratio_target(step)
        table.add(
            Row(
                f"time ratio {large.upper()}B / {small.upper()}B ({step:g}x the text)",
                f"{ratio:.1f}x",
                f"<= {target:.1f}x",
                ratio <= target,
                "12x per 10x of text",
            )
        )


def bench_memory(table: Table, paths: list[Path], counts: list[int], tmp: Path, jobs: bool) -> None:
    """Peak resident memory of ``factcheck check -f json DIR`` over ``counts`` documents."""
    for count in counts:
        folder = linked_corpus(paths, count, tmp / f"mem{count}")
        args = ["check", "-f", "json", "--quiet", str(folder)]
        if jobs:
            args[1:1] = ["--jobs", "1"]
        seconds, peak, code = run_cli(args)
        how = f"{count:,} files, one process, {count / seconds:.0f} documents/s wall"
        if code != 0:
            how += f", exit {code}"
        table.add(Row(f"CLI peak memory, {count:,} documents (MB)", f"{peak:.0f}", "< 150", peak < 150, how))
        shutil.rmtree(folder)


def bench_jobs(table: Table, paths: list[Path], tmp: Path, jobs: bool) -> None:
    """``factcheck check --jobs 2`` against ``--jobs 1`` on the same files, wall time."""
    if not jobs:
        table.add(Row("--jobs 2 against --jobs 1 (speed-up)", "n/a (no --jobs)", ">= 1.8x", None))
        return
    folder = tmp / "jobs"
    folder.mkdir()
    for path in paths:
        os.link(path, folder / path.name)
    one, _, _ = run_cli(["check", "-f", "json", "--quiet", "--jobs", "1", str(folder)])
    two, _, _ = run_cli(["check", "-f", "json", "--quiet", "--jobs", "2", str(folder)])
    cores = os.cpu_count() or 1
    how = f"{len(paths):,} documents, perf_counter, {cores} cores on the machine (shared)"
    table.add(
        Row("--jobs 2 against --jobs 1 (speed-up)", f"{one / two:.2f}x", ">= 1.8x", one / two >= 1.8, how)
    )
    shutil.rmtree(folder)


def bench_track(
    table: Table, result: Throughput, paths: list[Path], tmp: Path, big: int, budget: float
) -> None:
    """``factcheck track add`` into an empty store and into a grown one."""
    batch = paths[: min(300, len(paths))]
    empty = tmp / "empty.sqlite"
    seconds, _, code = run_cli(["track", "add", "--db", str(empty), *map(str, batch)])
    rate = len(batch) / seconds
    how = f"{len(batch)} documents, perf_counter, startup included, --jobs by default (the cores)"
    how += f", exit {code}" if code else ""
    table.add(Row("track add into an empty store: documents/s", f"{rate:.1f}", ">= 150", rate >= 150, how))
    store = tmp / "big.sqlite"
    size, grow = grow_store(store, result.reports, big, budget)
    table.add(
        Row(
            "  store grown through ClaimStore.add_report",
            f"{size:,} documents",
            f"{big:,}",
            size >= big,
            f"{size / grow:.0f} documents/s in process, perf_counter",
        )
    )
    fresh = write_corpus(corpus(train_articles(), min(50, len(batch)), DOC_WORDS + 37), tmp / "fresh")
    # the same batch into an empty store: start-up weighs on 50 documents as on 50, so the ratio
    # is the store's own cost, not the batch size's
    same, _, _ = run_cli(["track", "add", "--db", str(tmp / "empty-fresh.sqlite"), *map(str, fresh)])
    seconds, _, code = run_cli(["track", "add", "--db", str(store), *map(str, fresh)], limit=TRACK_LIMIT)
    big_rate = len(fresh) / seconds
    flat = same / seconds  # the grown store's rate over the empty store's, for one batch
    how = f"{len(fresh)} new documents into {size:,}; {flat:.2f} of the same batch's rate into an empty store"
    if code == -9:
        how = f"stopped after {TRACK_LIMIT:.0f} s, {len(fresh)} documents not all added: an upper bound"
    table.add(
        Row(
            f"track add into a store of {size:,}: documents/s",
            f"{big_rate:.1f}",
            ">= 150, flat",
            big_rate >= 150 and flat >= 0.8,
            how + (f", exit {code}" if code else ""),
        )
    )


def _sizes(text: str) -> list[str]:
    names = [s.strip().lower() for s in text.split(",") if s.strip()]
    unknown = [s for s in names if s not in SIZES]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown size(s) {unknown}; use {', '.join(SIZES)}")
    return names


def _counts(text: str) -> list[int]:
    return [int(s) for s in text.split(",") if s.strip()]


def main(argv: list[str] | None = None) -> int:
    """Parse the options, run every part asked for, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smaller run (not the issue's figures)")
    parser.add_argument("--docs", type=int, help="documents in the corpus (default 2000; quick 500)")
    parser.add_argument("--sizes", type=_sizes, help="long documents, e.g. 10k,100k,1m,5m (quick: to 1m)")
    parser.add_argument("--memory", type=_counts, help="CLI memory over these document counts (10000)")
    parser.add_argument("--memory-100k", action="store_true", help="also measure the CLI over 100,000")
    parser.add_argument("--big-store", type=int, help="documents in the grown store (100000; quick 5000)")
    parser.add_argument("--store-seconds", type=float, default=600.0, help="time allowed to grow it")
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=["corpus", "baseline", "long", "memory", "jobs", "track"],
    )
    parser.add_argument(
        "--baseline-python", help="an interpreter with spaCy, en_core_web_sm, textacy, quantulum3"
    )
    args = parser.parse_args(argv)
    quick = args.quick
    docs = args.docs or (500 if quick else 2000)
    sizes = args.sizes or (["10k", "100k", "1m"] if quick else list(SIZES))
    memory = args.memory or ([2000] if quick else [10_000])
    if args.memory_100k:
        memory.append(100_000)
    big = args.big_store or (5000 if quick else 100_000)

    commit = subprocess.run(
        ["git", "-C", str(Path(__file__).parent), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    print(f"factcheck at {commit or '?'}, {os.cpu_count()} cores; in-process times are process_time")
    articles = train_articles()
    table = Table()
    jobs = has_jobs_flag()
    with tempfile.TemporaryDirectory(prefix="factcheck-throughput-") as name:
        tmp = Path(name)
        paths = write_corpus(corpus(articles, docs), tmp / "corpus")
        result = Throughput()
        if "corpus" not in args.skip or "track" not in args.skip:
            result = bench_corpus(table, paths, per_stage="corpus" not in args.skip)
        if "baseline" not in args.skip:
            bench_baseline(table, paths, args.baseline_python)
        if "long" not in args.skip:
            bench_long(table, articles, sizes)
        if "memory" not in args.skip:
            bench_memory(table, paths, memory, tmp, jobs)
        if "jobs" not in args.skip:
            bench_jobs(table, paths[: min(len(paths), 1000)], tmp, jobs)
        if "track" not in args.skip:
            bench_track(table, result, paths, tmp, big, args.store_seconds)
    print()
    table.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
