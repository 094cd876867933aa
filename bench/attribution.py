"""Run the ``attribution`` checker over the public news articles and list what it says.

Prints verdict counts per status and per check, then every ``fail`` and ``warn``
with its article and the words it is about, so each can be read by eye::

    .venv/bin/python bench/attribution.py [--all] [DIR]

``--all`` lists the ``info`` and ``pass`` verdicts too.  DIR defaults to
news-attribution/ under :func:`bench.common.benchmarks_dir`.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import benchmarks_dir
from factcheck.api import extract, load
from factcheck.manager import get_plugin_manager, run_checkers
from factcheck.model import Report, Status
from plugins.attribution import ATTRIBUTION


def _line(report: Report, verdict_index: int) -> str:
    verdict = report.verdicts[verdict_index]
    words = " | ".join(" ".join(report.words(span).split())[:140] for span in verdict.evidence[:2])
    return f"  {verdict.status.value:5} [{verdict.data.get('check')}] {verdict.summary}\n        {words}"


def main(argv: list[str] | None = None) -> int:
    """Run the checker over every article and print the counts and the fail/warn verdicts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=benchmarks_dir() / "news-attribution")
    parser.add_argument("--all", action="store_true", help="list info and pass verdicts too")
    args = parser.parse_args(argv)
    files = sorted(args.folder.glob("*.txt"))
    if not files:
        print(f"no articles in {args.folder}", file=sys.stderr)
        return 2
    pm = get_plugin_manager()
    by_status: collections.Counter[str] = collections.Counter()
    by_check: collections.Counter[tuple[str, str]] = collections.Counter()
    shown = {Status.FAIL, Status.WARN, Status.ERROR} | ({Status.INFO, Status.PASS} if args.all else set())
    started = time.perf_counter()
    for path in files:
        report = run_checkers(extract(load(path), pm), {ATTRIBUTION.name: ATTRIBUTION})
        lines = []
        for index, verdict in enumerate(report.verdicts):
            by_status[verdict.status.value] += 1
            by_check[(str(verdict.data.get("check")), verdict.status.value)] += 1
            if verdict.status in shown:
                lines.append(_line(report, index))
        if lines:
            print(f"== {path.name}: {report.document.title or '(no headline)'}")
            print("\n".join(lines))
    elapsed = time.perf_counter() - started
    print()
    print(f"{len(files)} articles in {elapsed:.2f}s")
    print("verdicts by status: " + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items())))
    for (check, status), count in sorted(by_check.items()):
        print(f"  {check:20} {status:5} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
