"""Robustness bench (issue 15): hostile input, poisoned batches, killed writers, adversarial sizes.

Prints, by kind: inputs tried, crashes and tracebacks, non-strict JSON outputs, un-inert
HTML/Markdown/JSON-LD outputs, documents lost in a batch with one poisoned document, kills of
``track add`` survived with a consistent store, and the time ratio of a 500 KB to a 50 KB
adversarial article.  Exit 1 when a target is missed.

    python bench/robustness.py [--fuzz 5000] [--kills 200] [--seed 15]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import re
import signal
import sys
import tempfile
import textwrap
import time
import traceback
from collections import Counter
from pathlib import Path

import tabulate

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from hostile import (  # noqa: E402
    CONTROL,
    POISON_PLUGIN,
    SEED,
    TABLE_CASES,
    adversarial_article,
    fuzz_text,
    html_inert,
    markdown_inert,
    run,
    strict,
)

import factcheck  # noqa: E402
from factcheck.cli import main as cli_main  # noqa: E402
from factcheck.manager import get_plugin_manager  # noqa: E402
from factcheck.model import Report  # noqa: E402
from factcheck.store import ClaimStore  # noqa: E402


def fuzz(count: int, rng: random.Random, counts: Counter[str], failures: list[str]) -> None:
    """Check and render ``count`` fuzzed texts in every output format."""
    pm = get_plugin_manager()
    seed_text = SEED.read_text(encoding="utf-8")
    every_format = tabulate.tabulate_formats
    for number in range(count):
        text = fuzz_text(rng, seed_text)
        counts["inputs tried"] += 1
        try:
            report = factcheck.check_text(text, path=f"fuzz/<i>{number}</i>\x1b[2J.txt", pm=pm)
            formats = every_format if number % 25 == 0 else ("simple", "github", "html", "grid")
            rendered = {
                fmt: pm.hook.factcheck_render(reports=[report], fmt=fmt, options={"width": 48})
                for fmt in ("json", "claimreview", *formats)
            }
        except Exception:
            counts["crashes and tracebacks"] += 1
            failures.append(f"fuzz #{number}: {traceback.format_exc(limit=3)}")
            continue
        for key in ("json", "claimreview"):
            try:
                strict(rendered[key])
            except ValueError:
                counts["non-strict JSON outputs"] += 1
                failures.append(f"fuzz #{number}: {key} not strict")
        inert = not re.search(r"[<>&]", rendered["claimreview"])
        inert = inert and html_inert(rendered["html"]) and markdown_inert(rendered["github"])
        inert = inert and not any(CONTROL.search(rendered[f]) for f in formats)
        if not inert:
            counts["un-inert HTML/Markdown/JSON-LD outputs"] += 1
            failures.append(f"fuzz #{number}: output not inert: {text[:80]!r}")


def poisoned_batch(folder: Path, counts: Counter[str], failures: list[str]) -> None:
    """A batch of the seed's copies with one poisoned document, in several formats: how many of the
    healthy documents are missing from the output."""
    (folder / "fc_poison_bench.py").write_text(POISON_PLUGIN, encoding="utf-8")
    sys.path.insert(0, str(folder))
    batch = folder / "batch"
    batch.mkdir()
    seed_text = SEED.read_text(encoding="utf-8")
    healthy = []
    for index in range(6):
        path = batch / f"doc{index}.txt"
        path.write_text(seed_text + f"\n\nFiled as copy {index}.\n", encoding="utf-8")
        healthy.append(path)
    (batch / "doc3-poison.txt").write_text(seed_text + "\n\nPOISON\n", encoding="utf-8")
    for fmt in ("json", "simple", "grid", "claimreview", "html"):
        status, out, err = run(
            "-p", "fc_poison_bench", "check", str(batch), "--format", fmt, "--checker-timeout", "0.5", "-q"
        )
        counts["inputs tried"] += 1
        if "Traceback" in err:
            counts["crashes and tracebacks"] += 1
        lost = sum(1 for path in healthy if str(path) not in out and f"copy {path.stem[-1]}" not in out)
        if fmt == "claimreview":
            lost = 0 if len(strict(out)) >= len(healthy) else len(healthy)
        counts["documents lost in a batch with one poisoned document"] += lost
        if lost:
            failures.append(f"poisoned batch, {fmt}: {lost} lost; status {status}; {err.strip()[:200]}")


def table_cases(tmp: Path, counts: Counter[str], failures: list[str]) -> None:
    """Every row of the issue's table, fed as a user would."""
    for name, function in TABLE_CASES:
        counts["inputs tried"] += 1
        folder = tmp / f"case{counts['inputs tried']}"
        folder.mkdir()
        try:
            ok = function(folder)
        except Exception:
            counts["crashes and tracebacks"] += 1
            failures.append(f"{name}: {traceback.format_exc(limit=3)}")
            continue
        print(f"  {'ok  ' if ok else 'FAIL'} {name}")
        if not ok:
            counts["table cases failed"] += 1
            failures.append(f"table case failed: {name}")


def _consistent(db: Path, expected: dict[str, tuple[int, int, int]]) -> bool:
    """The store opens, passes SQLite's integrity check, and holds each stored document whole."""
    try:
        with ClaimStore(db, read_only=True) as store:
            conn = store._conn
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                return False
            if conn.execute("PRAGMA foreign_key_check").fetchall():
                return False
            for (doc,) in conn.execute("SELECT id FROM documents").fetchall():
                got = tuple(
                    conn.execute(f"SELECT count(*) FROM {table} WHERE document = ?", (doc,)).fetchone()[0]
                    for table in ("claims", "quotes", "figures")
                )
                if got != expected.get(doc):
                    return False
    except Exception:
        return False
    return True


def kills(count: int, tmp: Path, rng: random.Random, counts: Counter[str], failures: list[str]) -> None:
    """Kill ``track add`` (a forked process, all imports done) at random moments; check the store."""
    if not hasattr(os, "fork"):
        print("  kills: os.fork not available; skipped")
        return
    folder = tmp / "articles"
    folder.mkdir()
    seed_text = SEED.read_text(encoding="utf-8")
    pm = get_plugin_manager()
    expected: dict[str, tuple[int, int, int]] = {}
    paths = []
    for index in range(12):
        path = folder / f"a{index:02d}.txt"
        path.write_text(seed_text + f"\n\nCorrection {index}: the count was {index * 100 + 100} people.\n")
        report: Report = factcheck.check(path, pm=pm)
        expected[report.document.id] = (len(report.claims), len(report.quotes), len(report.figures))
        paths.append(str(path))
    db = tmp / "killed.sqlite"
    with ClaimStore(db):
        pass
    full = 0.0
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os._exit(cli_main(["track", "add", *paths, "--db", str(db)], out=io.StringIO(), err=io.StringIO()))
    os.waitpid(pid, 0)
    full = time.perf_counter() - start
    db.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    survived = 0
    for _ in range(count):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            devnull = io.StringIO()
            os._exit(
                cli_main(["track", "add", *rng.sample(paths, 4), "--db", str(db)], out=devnull, err=devnull)
            )
        time.sleep(rng.uniform(0, full / 6))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        counts["kills of track add"] += 1
        if os.WIFSIGNALED(status):
            counts["kills that landed before track add finished"] += 1
        if _consistent(db, expected):
            survived += 1
        else:
            failures.append(f"store inconsistent after kill {counts['kills of track add']}")
    counts["kills of track add survived with a consistent store"] += survived


def scaling(rng: random.Random, results: dict[str, float]) -> None:
    """Time check + table rendering of a 50 KB and a 500 KB adversarial article, with each phase.

    CPU time of this process (``time.process_time``), as bench/throughput.py times its ratios: on a
    shared machine wall time measures the load between the two runs more than the code."""
    pm = get_plugin_manager()
    base = adversarial_article(500_000, rng)
    for label, size in (("50 KB", 50_000), ("500 KB", 500_000)):
        text = base[:size]
        document = factcheck.Document(text=text)
        phases: dict[str, float] = {}
        start = time.process_time()
        report = factcheck.extract(document, pm)
        phases["extract"] = time.process_time() - start
        for name, checker in pm.checkers().items():
            start = time.process_time()
            factcheck.run_checkers(report, {name: checker})
            phases[f"checker {name}"] = time.process_time() - start
        start = time.process_time()
        pm.hook.factcheck_render(reports=[report], fmt="grid", options={"width": 48})
        phases["render grid"] = time.process_time() - start
        results[label] = sum(phases.values())
        print(
            f"  {label}: {results[label]:.2f} s  ("
            + ", ".join(f"{k} {v:.2f}" for k, v in phases.items())
            + ")"
        )
        for key, value in phases.items():
            results[f"{label} {key}"] = value


def timeout_overhead(results: dict[str, float]) -> None:
    """CPU seconds to check polnear/dev with and without the CLI's 10 s checker limit."""
    from common import benchmarks_dir

    docs = sorted((benchmarks_dir() / "polnear" / "dev").glob("*.txt"))
    if not docs:
        print("  polnear/dev not found; skipped")
        return
    pm = get_plugin_manager()
    best: dict[float | None, list[float]] = {None: [], 10.0: []}
    for path in docs:  # interleaved per document, best of 3, so a change in machine load hits both
        times: dict[float | None, list[float]] = {None: [], 10.0: []}
        for _ in range(3):
            for limit in (10.0, None):
                start = time.process_time()
                factcheck.check(path, pm=pm, timeout=limit)
                times[limit].append(time.process_time() - start)
        for limit, spent in times.items():
            best[limit].append(min(spent))
    runs = {limit: [sum(spent)] for limit, spent in best.items()}
    results["without"], results["with"] = min(runs[None]), min(runs[10.0])
    print(
        f"  {len(docs)} articles: {results['without']:.3f} s without, {results['with']:.3f} s with the limit"
    )


def main(argv: list[str] | None = None) -> int:
    """Run every part and print the figures by kind; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fuzz", type=int, default=5000, help="fuzzed texts (default 5000)")
    parser.add_argument("--kills", type=int, default=200, help="kills of track add (default 200)")
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    counts: Counter[str] = Counter()
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        print("poisoned batch ...")
        poisoned_batch(tmp, counts, failures)
        print("issue 15 table cases ...")
        table_cases(tmp, counts, failures)
        print(f"fuzzing {args.fuzz} texts ...")
        start = time.perf_counter()
        fuzz(args.fuzz, rng, counts, failures)
        print(f"  {time.perf_counter() - start:.1f} s")
        print(f"killing track add {args.kills} times ...")
        kills(args.kills, tmp, rng, counts, failures)
    print("checker time limit overhead on polnear/dev (CPU s, best of 3 per article) ...")
    overhead: dict[str, float] = {}
    timeout_overhead(overhead)
    print("scaling ...")
    times: dict[str, float] = {}
    scaling(rng, times)
    ratio = times["500 KB"] / times["50 KB"]
    without = (times["500 KB"] - times["500 KB checker attribution"]) / (
        times["50 KB"] - times["50 KB checker attribution"]
    )
    survived = counts["kills of track add survived with a consistent store"]
    survived = counts["kills of track add survived with a consistent store"]
    attribution = times["500 KB checker attribution"] / times["50 KB checker attribution"]
    rows = [
        ("inputs tried", counts["inputs tried"], f">= {args.fuzz} fuzzed + {len(TABLE_CASES)} table cases"),
        ("crashes and tracebacks", counts["crashes and tracebacks"], "0"),
        ("issue table cases failed", counts["table cases failed"], "0"),
        ("non-strict JSON outputs", counts["non-strict JSON outputs"], "0"),
        ("un-inert HTML/Markdown/JSON-LD outputs", counts["un-inert HTML/Markdown/JSON-LD outputs"], "0"),
        (
            "documents lost in a batch with one poisoned document",
            counts["documents lost in a batch with one poisoned document"],
            "0",
        ),
        (
            "kills of track add survived with a consistent store",
            f"{survived} of {counts['kills of track add']}",
            ">= 200",
        ),
        (
            "  of them landing before track add finished",
            counts["kills that landed before track add finished"],
            "",
        ),
        (
            "checker time limit overhead on polnear/dev",
            f"{(overhead['with'] / overhead['without'] - 1) * 100:+.1f}%" if overhead else "skipped",
            "small",
        ),
        ("time ratio 500 KB / 50 KB adversarial article", f"{ratio:.1f}x", "<= 15x"),
        ("  the same without the attribution checker", f"{without:.1f}x", ""),
        (
            "  attribution checker alone",
            f"{attribution:.1f}x",
            "(its paraphrase pass, indexed by rare words)",
        ),
    ]
    print(tabulate.tabulate(rows, headers=["kind", "measured", "target"], disable_numparse=True))
    met = (
        counts["inputs tried"] >= args.fuzz
        and all(
            counts[k] == 0
            for k in ("crashes and tracebacks", "table cases failed", "non-strict JSON outputs")
        )
        and counts["un-inert HTML/Markdown/JSON-LD outputs"] == 0
        and counts["documents lost in a batch with one poisoned document"] == 0
        and counts["kills of track add survived with a consistent store"] >= min(args.kills, 200)
        and ratio <= 15
    )
    for failure in failures[:20]:
        print("  " + textwrap.shorten(failure.replace("\n", " "), 300))
    print("every target met" if met else "TARGETS MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
