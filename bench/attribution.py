"""Run the ``attribution`` checker over the public news articles and list what it says.

Prints verdict counts per status and per check, then every ``fail`` and ``warn``
with its article and the words it is about, so each can be read by eye::

    .venv/bin/python bench/attribution.py [--all] [DIR]

``--all`` lists the ``info`` and ``pass`` verdicts too.  DIR defaults to
news-attribution/ under :func:`bench.common.benchmarks_dir`.  ``--scaling`` instead times
the checker on two generated articles of quotes and paraphrases, of about 50 KB and 500 KB,
and prints the ratio (the paraphrase comparison must grow with the text, not its square:
about 10x, at most 15x).
"""

from __future__ import annotations

import argparse
import collections
import random
import string
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import benchmarks_dir
from factcheck.api import extract, load
from factcheck.manager import get_plugin_manager, run_checkers
from factcheck.model import Document, Report, Status
from plugins.attribution import ATTRIBUTION


def _line(report: Report, verdict_index: int) -> str:
    verdict = report.verdicts[verdict_index]
    words = " | ".join(" ".join(report.words(span).split())[:140] for span in verdict.evidence[:2])
    return f"  {verdict.status.value:5} [{verdict.data.get('check')}] {verdict.summary}\n        {words}"


def generated(paragraphs: int, seed: int = 1) -> str:
    """An article of paraphrases and quotes of one speaker, each pair restating one figure."""
    rng = random.Random(seed)
    words = ["".join(rng.choices(string.ascii_lowercase, k=rng.randint(4, 10))) for _ in range(3000)]
    lines = ["Budget talks stall"]
    for _ in range(paragraphs):
        claim = " ".join(rng.choice(words) for _ in range(12))
        value = rng.randint(1, 900)
        lines.append(f"Minister Jan Novak said the {claim} reached {value} million dollars.")
        lines.append(f"“The {claim} reached {value + 1} million dollars this year,” Novak said.")
    return "\n\n".join(lines)


def scaling() -> int:
    """Time the checker on a ~50 KB and a ~500 KB generated article and print the ratio."""
    pm = get_plugin_manager()
    times = []
    for paragraphs in (150, 1500):
        text = generated(paragraphs)
        report = extract(Document(text=text), pm)
        started = time.perf_counter()
        run_checkers(report, {ATTRIBUTION.name: ATTRIBUTION})
        times.append(time.perf_counter() - started)
        print(f"{len(text) / 1000:6.0f} KB: attribution checker {times[-1]:.2f}s")
    ratio = times[1] / max(times[0], 1e-9)
    print(f"10x the text: {ratio:.1f}x the time ({'met' if ratio <= 15 else 'NOT met'}: at most 15x)")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the checker over every article and print the counts and the fail/warn verdicts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=benchmarks_dir() / "news-attribution")
    parser.add_argument("--all", action="store_true", help="list info and pass verdicts too")
    parser.add_argument("--scaling", action="store_true", help="time 50 KB against 500 KB generated text")
    args = parser.parse_args(argv)
    if args.scaling:
        return scaling()
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
