"""Run the numeric checker over the public news articles: relations found, verdicts per status, every fail.

Usage: ``python bench/numeric.py`` (reads $FACTCHECK_BENCHMARKS or ../shared/benchmarks).
Every ``fail`` is printed with its article and words, to be read by eye: a fail on a
correct article is a bug in the checker.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import benchmarks_dir
from factcheck_plugins.numeric import judge
from factcheck_plugins.numeric_relations import find_relations

from factcheck.api import extract
from factcheck.manager import get_plugin_manager
from factcheck.model import Document, Status


def main() -> int:
    folder = benchmarks_dir() / "news-attribution"
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        print(f"no articles in {folder}", file=sys.stderr)
        return 2
    pm = get_plugin_manager()
    relations: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    fails: list[str] = []
    warns: list[str] = []
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
            statuses[verdict.status.value] += 1
            line = f"{path.name}: {verdict.summary}\n    {verdict.details}"
            if verdict.status is Status.FAIL:
                fails.append(line)
            elif verdict.status is Status.WARN:
                warns.append(line)
    elapsed = time.perf_counter() - started
    print(
        f"articles: {len(paths)}  figures: {figures}  relations: {sum(relations.values())}  ({elapsed:.2f}s)"
    )
    for kind, count in sorted(relations.items()):
        print(f"  {kind:12} {count}")
    print("verdicts: " + ", ".join(f"{s.value} {statuses[s.value]}" for s in Status if statuses[s.value]))
    print(f"fail ({len(fails)}):")
    for line in fails:
        print("  " + line)
    print(f"warn ({len(warns)}):")
    for line in warns:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
