"""Count every checker's verdicts over folders of articles, and sample alarms for a person to judge.

For each checker and verdict kind (``data["check"]``, or ``-`` when a verdict names none)
prints how many ``fail`` / ``warn`` / ``pass`` / ``unknown`` / ``info`` / ``error`` verdicts
were given per article, then the ``fail`` and ``warn`` rates of all checkers together::

    .venv/bin/python bench/verdicts.py DIR... [--checker NAME] [--sample N [--seed S] [--out FILE]]

``--sample N`` draws N ``fail``/``warn`` verdicts at random (``--seed``, default 13) and writes
each with its article id, the offset of its first evidence span and the passage each evidence
span points at (the sentence around it), to FILE or to stdout, so a person can judge it true or
false alarm.  Any folder of ``.txt`` files will do; sub-folders are read too.
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.api import extract, load
from factcheck.manager import get_plugin_manager, run_checkers
from factcheck.model import Report, Span, Status, Verdict

STATUSES = (Status.FAIL, Status.WARN, Status.PASS, Status.UNKNOWN, Status.INFO, Status.ERROR)
ALARMS = (Status.FAIL, Status.WARN)
#: Targets of issue 13 on published news, per article, all checkers together.
TARGET_FAIL = 0.02
TARGET_WARN = 0.3


def articles(folders: Iterable[Path]) -> list[Path]:
    """Every ``.txt`` file under the folders, sorted by path."""
    found: list[Path] = []
    for folder in folders:
        found.extend(sorted(folder.rglob("*.txt")) if folder.is_dir() else [folder])
    return found


def kind_of(verdict: Verdict) -> str:
    """The verdict kind: its ``data["check"]``, or ``-``."""
    return str(verdict.data.get("check") or "-")


def passage(text: str, span: Span, reach: int = 300) -> str:
    """The sentence-ish stretch around ``span``: from the last line break or full stop before it
    (at most ``reach`` characters back) to the next one after it, on one line."""
    start = max(0, span.start - reach)
    before = text[start : span.start]
    cut = max(before.rfind("\n"), before.rfind(". "))
    if cut >= 0:
        start += cut + 1
    end = min(len(text), span.end + reach)
    after = text[span.end : end]
    stops = [i for i in (after.find("\n"), after.find(". ")) if i >= 0]
    if stops:
        end = span.end + min(stops) + 1
    return " ".join(text[start:end].split())


def describe(path: Path, report: Report, verdict: Verdict) -> str:
    """A verdict as a block a person can judge: id, offset, checker/kind, summary, passages."""
    text = report.document.text
    offset = verdict.evidence[0].start if verdict.evidence else 0
    where = f"{path.stem} @{offset} {verdict.checker}/{kind_of(verdict)}"
    lines = [f"{where} {verdict.status.value}: {verdict.summary}"]
    if verdict.details:
        lines.append(f"  why: {' '.join(verdict.details.split())}")
    for span in verdict.evidence[:3]:
        lines.append(f"  [{span.start}-{span.end}] «{' '.join(report.words(span).split())[:200]}»")
        lines.append(f"      in: {passage(text, span)[:600]}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Check every article, print per-checker and per-kind rates, optionally write a sample."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path, metavar="DIR")
    parser.add_argument("--checker", "-c", action="append", help="only this checker (repeatable)")
    parser.add_argument("--sample", type=int, default=0, metavar="N", help="write N fail/warn verdicts")
    parser.add_argument("--seed", type=int, default=13, help="random seed of the sample (default 13)")
    parser.add_argument("--out", type=Path, help="write the sample here instead of stdout")
    args = parser.parse_args(argv)
    files = articles(args.folders)
    if not files:
        print(f"no .txt articles in {', '.join(map(str, args.folders))}", file=sys.stderr)
        return 2
    pm = get_plugin_manager()
    checkers = pm.checkers()
    if args.checker:
        unknown = [c for c in args.checker if c not in checkers]
        if unknown:
            print(f"unknown checker(s): {', '.join(unknown)}", file=sys.stderr)
            return 2
        checkers = {name: checkers[name] for name in args.checker}
    counts: collections.Counter[tuple[str, str, Status]] = collections.Counter()
    alarms: list[tuple[Path, Report, Verdict]] = []
    started = time.perf_counter()
    failed = 0
    for path in files:
        try:
            report = run_checkers(extract(load(path, pm), pm), checkers)
        except Exception as exc:  # a bench reports and goes on
            failed += 1
            print(f"{path}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        for verdict in report.verdicts:
            counts[(verdict.checker, kind_of(verdict), verdict.status)] += 1
            if verdict.status in ALARMS:
                alarms.append((path, report, verdict))
    elapsed = time.perf_counter() - started
    n = len(files) - failed
    print(f"{n} articles in {elapsed:.1f}s ({', '.join(map(str, args.folders))})")
    print(f"{'checker':12} {'kind':22} " + " ".join(f"{s.value:>8}" for s in STATUSES) + "   (per article)")
    for checker, kind in sorted({(c, k) for c, k, _ in counts}):
        cells = " ".join(f"{counts[(checker, kind, s)] / max(n, 1):8.3f}" for s in STATUSES)
        print(f"{checker:12} {kind:22} {cells}")
    for checker in sorted({c for c, _, _ in counts}):
        fail = sum(v for (c, _, s), v in counts.items() if c == checker and s is Status.FAIL)
        warn = sum(v for (c, _, s), v in counts.items() if c == checker and s is Status.WARN)
        print(f"{checker:12} {'(all kinds)':22} fail {fail / max(n, 1):.3f}  warn {warn / max(n, 1):.3f}")
    fail = sum(v for (_, _, s), v in counts.items() if s is Status.FAIL)
    warn = sum(v for (_, _, s), v in counts.items() if s is Status.WARN)
    fail_rate, warn_rate = fail / max(n, 1), warn / max(n, 1)
    print(
        f"all checkers: fail {fail} ({fail_rate:.3f}/article, target <= {TARGET_FAIL}: "
        f"{'met' if fail_rate <= TARGET_FAIL else 'NOT met'}), warn {warn} ({warn_rate:.3f}/article, "
        f"target <= {TARGET_WARN}: {'met' if warn_rate <= TARGET_WARN else 'NOT met'})"
    )
    if args.sample:
        chosen = random.Random(args.seed).sample(alarms, min(args.sample, len(alarms)))
        chosen.sort(key=lambda a: (str(a[0]), a[2].evidence[0].start if a[2].evidence else 0))
        blocks = [f"#{i} {describe(p, r, v)}" for i, (p, r, v) in enumerate(chosen, start=1)]
        sample = "\n\n".join(blocks) + "\n"
        if args.out:
            args.out.write_text(sample, encoding="utf-8")
            print(f"{len(chosen)} of {len(alarms)} fail/warn verdicts written to {args.out}")
        else:
            print()
            print(sample, end="")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
