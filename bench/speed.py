"""How fast is a full check, and how does its time grow with the length of the article?

Prints, for :func:`factcheck.check` (extraction and every checker):

* documents per second over the public news articles (news-attribution/*.txt);
* seconds and peak memory (tracemalloc) for single large inputs built here: the 30
  articles joined (about 50 KB), the same repeated to about 200 KB and 1 MB, and a
  2000-row CSV-like table of numbers;
* for each large input, the time of extraction alone and of each checker run alone
  (``factcheck.check(..., checkers=[name])`` less the extraction time).

It prints and asserts nothing.  Usage::

    .venv/bin/python bench/speed.py [--only NAME ...] [--no-memory] [--no-checkers]

NAME is one of ``articles``, ``joined-50k``, ``repeated-200k``, ``repeated-1m``,
``csv-2000``.  Peak memory is measured in a second run (tracemalloc slows Python
down several times, so it is not timed).
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import benchmarks_dir
from factcheck.api import check, extract
from factcheck.manager import get_plugin_manager
from factcheck.model import Document

CASES = ("articles", "joined-50k", "repeated-200k", "repeated-1m", "csv-2000")


def _articles() -> list[str]:
    folder = benchmarks_dir() / "news-attribution"
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def _joined(articles: list[str]) -> str:
    return "\n\n".join(a.strip() for a in articles) + "\n"


def _repeated(base: str, size: int) -> str:
    copies = max(1, round(size / len(base)))
    return "\n\n".join([base.strip()] * copies) + "\n"


def _csv(rows: int) -> str:
    """A table of numbers as a CSV-like text: a header line and one row per region."""
    lines = ["Regional survey results", "", "Region, people counted, share employed"]
    for i in range(1, rows + 1):
        people = (i * 7919) % 9000 + 1000
        share = (i * 37) % 90 + 5
        lines.append(f"Region {i}, {people:,} people, {share} percent")
    return "\n".join(lines) + "\n"


def _timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def _peak(run: Callable[[], object]) -> float:
    """Peak memory in MB that ``run`` allocates."""
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", choices=CASES, help="run only these cases")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc runs")
    parser.add_argument("--no-checkers", action="store_true", help="skip the per-checker timings")
    args = parser.parse_args(argv)
    cases = args.only or list(CASES)
    articles = _articles()
    if not articles:
        print(f"no articles in {benchmarks_dir() / 'news-attribution'}", file=sys.stderr)
        return 2
    pm = get_plugin_manager()
    names = sorted(pm.checkers())
    print(f"checkers: {', '.join(names)}")

    if "articles" in cases:
        size = sum(len(a) for a in articles)
        elapsed = _timed(lambda: [check(Document(text=a), pm=pm) for a in articles])
        print(
            f"articles: {len(articles)} documents, {size / 1000:.0f} KB in {elapsed:.2f}s: "
            f"{len(articles) / elapsed:.1f} documents/s"
        )

    joined = _joined(articles)
    inputs: dict[str, Callable[[], str]] = {
        "joined-50k": lambda: joined,
        "repeated-200k": lambda: _repeated(joined, 200_000),
        "repeated-1m": lambda: _repeated(joined, 1_000_000),
        "csv-2000": lambda: _csv(2000),
    }
    header = f"{'input':14} {'KB':>6} {'figures':>7} {'total s':>8} {'peak MB':>8} {'extract s':>9}"
    header += "".join(f" {name + ' s':>14}" for name in ([] if args.no_checkers else names))
    printed = False
    for case, build in inputs.items():
        if case not in cases:
            continue
        if not printed:
            print(header)
            printed = True
        text = build()
        document = Document(text=text)
        started = time.perf_counter()
        report = check(document, pm=pm)
        total = time.perf_counter() - started
        extract_s = _timed(functools.partial(extract, document, pm))
        peak = float("nan") if args.no_memory else _peak(functools.partial(check, document, pm=pm))
        row = f"{case:14} {len(text) / 1000:6.0f} {len(report.figures):7d} {total:8.2f}"
        row += f" {peak:8.0f} {extract_s:9.2f}"
        if not args.no_checkers:
            for name in names:
                alone = _timed(functools.partial(check, document, pm=pm, checkers=[name]))
                row += f" {max(0.0, alone - extract_s):14.2f}"
        print(row, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
