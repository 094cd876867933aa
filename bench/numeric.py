"""Run the numeric checker over folders of articles: relations found, verdicts per article, every alarm.

Usage: ``python bench/numeric.py [DIR ...] [--quiet]`` (default: the public news-attribution set
under $FACTCHECK_BENCHMARKS or ../shared/benchmarks).  Prints, per relation kind, the pass /
fail / warn / unknown counts and their rate per article, then every ``fail`` and ``warn`` with
its article and words, to be read by eye: on published news a self-contradiction is rare, so
an alarm on a correct article is a bug in the checker.  The targets of issue 13 for the numeric
share are at most 0.005 ``fail`` and 0.05 ``warn`` per article.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import benchmarks_dir
from factcheck_plugins.numeric import judge
from factcheck_plugins.numeric_relations import find_relations
from tabulate import tabulate

from factcheck.api import extract
from factcheck.manager import get_plugin_manager
from factcheck.model import Document, Status


def main(argv: list[str] | None = None) -> int:
    """Parse the options, run the checker over every article, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("folders", nargs="*", type=Path, help="folders of .txt articles")
    parser.add_argument("--quiet", "-q", action="store_true", help="print the table only, not each alarm")
    args = parser.parse_args(argv)
    folders = args.folders or [benchmarks_dir() / "news-attribution"]
    paths = sorted(p for folder in folders for p in folder.glob("*.txt"))
    if not paths:
        print(f"no articles in {', '.join(map(str, folders))}", file=sys.stderr)
        return 2
    pm = get_plugin_manager()
    relations: Counter[str] = Counter()
    statuses: Counter[tuple[str, str]] = Counter()
    alarms: list[str] = []
    figures = 0
    started = time.perf_counter()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        try:
            report = extract(Document(text=text, path=str(path)), pm)
        except Exception as error:  # another component's bug: report it, go on
            print(f"{path.name}: extraction failed: {error}", file=sys.stderr)
            continue
        figures += len(report.figures)
        found = find_relations(text, report.figures, report.document.title_span)
        relations.update(r.kind for r in found)
        for verdict in judge(report, found):
            kind = str(verdict.data.get("relation", "?"))
            statuses[(kind, verdict.status.value)] += 1
            if verdict.status in (Status.FAIL, Status.WARN):
                where = ", ".join(f"{s.start}-{s.end}" for s in verdict.evidence)
                alarms.append(f"{verdict.status.value} {path.name} [{where}]: {verdict.summary}")
    elapsed = time.perf_counter() - started
    n = len(paths)
    print(f"articles: {n}  figures: {figures}  relations: {sum(relations.values())}  ({elapsed:.2f}s)")
    rows = []
    for kind in sorted({k for k, _ in statuses} | set(relations)):
        counts = [statuses[(kind, s.value)] for s in (Status.PASS, Status.FAIL, Status.WARN, Status.UNKNOWN)]
        rows.append([kind, relations[kind], *counts, f"{counts[1] / n:.3f}", f"{counts[2] / n:.3f}"])
    fails = sum(v for (_, s), v in statuses.items() if s == "fail")
    warns = sum(v for (_, s), v in statuses.items() if s == "warn")
    rows.append(
        ["all", sum(relations.values()), "", fails, warns, "", f"{fails / n:.3f}", f"{warns / n:.3f}"]
    )
    headers = ["relation", "found", "pass", "fail", "warn", "unknown", "fail/article", "warn/article"]
    print(tabulate(rows, headers=headers))
    if not args.quiet:
        print(f"\nalarms ({len(alarms)}):")
        for line in alarms:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
