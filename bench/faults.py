"""Inject known self-contradictions into real articles, one at a time, and count what the checkers flag.

Usage::

    python bench/faults.py DIR [DIR ...] [--kinds restated,part-whole,...] [--limit N] [--seed S]

Every ``.txt`` file of the folders is read as an article (first line: the headline).  The
injectors (bench/fault_injectors.py, whose docstring gives the rule of each kind) pick their
sites from the raw text and the extracted report, never from checker code; each fault is
injected ALONE into a copy of the article, all built-in checkers run on the faulted text, and a
fault counts as *flagged* when a ``fail`` or ``warn`` verdict has an evidence span overlapping
the injected site.  A site the unchanged article already flags is left out (``pre-flagged``), and
so is a removed attribution whose quote the extractor still gives a speaker (``still named``: the
quote before it continues, a label or a signature names it) or whose paragraph names it by a
chain a reader follows (a run of quotes closed by one attribution; a quote right after a
sentence reporting speech), as the verdicts issue counts that kind only where nothing in the
document names the speaker.
The false alarms are the ``fail``/``warn`` verdicts on the same articles unchanged.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fault_injectors import INJECTORS, KINDS, Fault, _Article
from tabulate import tabulate

from factcheck.api import extract
from factcheck.manager import get_plugin_manager, run_checkers
from factcheck.model import Document, Report, Span, Status

ALARM = (Status.FAIL, Status.WARN)

# --------------------------------------------------------------------------- running


def _alarms(report: Report) -> list[tuple[str, Status, tuple[Span, ...], str]]:
    return [(v.checker, v.status, v.evidence, v.summary) for v in report.verdicts if v.status in ALARM]


def _hits(alarms: Iterable[tuple[str, Status, tuple[Span, ...], str]], site: Span) -> list[str]:
    return [checker for checker, _, evidence, _ in alarms if any(e.overlaps(site) for e in evidence)]


def _near(report: Report, site: Span) -> list[str]:
    """What the checkers said about a missed site: every verdict whose evidence touches it, any status."""
    return [
        f"{v.checker} {v.status.value}: {v.summary}"
        for v in report.verdicts
        if any(e.overlaps(site) for e in v.evidence)
    ] or ["(no verdict touches the site)"]


def _still_named(report: Report, site: Span) -> bool:
    """True when the quote at ``site`` still gets a speaker after its attribution is removed (the
    quote or reported speech before it continues, a label or a signature names it): the issue
    counts the attribution-removed kind only where nothing in the document names the speaker."""
    return any(q.span.overlaps(site) and q.speaker is not None for q in report.quotes) or _chained(
        report.document.text, site
    )


_SPEECH = re.compile(
    r"\b(?:says|said|told|tells|reported|reports|wrote|writes|added|adds|asked|"
    r"explained|according\s+to|statement|(?-i:stated|states))\b",  # "the United States" states nothing
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+(?=[A-Z“\"])")


def _chained(text: str, site: Span) -> bool:
    """True when the text names the quote at ``site`` by a chain in its own paragraph, as a reader
    reads news (issue 13 counts the kind only where no chain names the speaker): a run of quotes
    closed by one attribution is that speaker's ("“We will win.” “We have the votes,” she added."),
    and a quote right after a sentence reporting speech continues it ("…, the Guardian reported.
    “We had called him …”"), whether that sentence is in the quote's paragraph or ends the paragraph
    before (round 3: a paragraph break does not change whose words the quote continues).  Decided
    from news convention, the same for every site."""
    start = text.rfind("\n", 0, site.start) + 1
    lead = text[start : site.start].rstrip("“\"‘' ")
    if not lead.strip():
        # a quote opening its paragraph follows the last sentence of the paragraph before, as a
        # quote after a sentence in its own paragraph does ("… They said she could.¶“…”")
        lead = text[:start].rstrip()
        lead = lead[lead.rfind("\n") + 1 :]
    last = _SENTENCE_END.split(lead)[-1] if lead else ""
    if last and _SPEECH.search(last):
        return True
    return bool(re.match(r"[,.!?…]*[”\"’'][ \t]+[“\"]", text[site.end :]))


def articles(folders: Sequence[Path]) -> list[Path]:
    """Every .txt article of the folders, sorted."""
    return sorted(p for folder in folders for p in folder.glob("*.txt"))


def corpus_of(folders: Sequence[Path]) -> dict[str, str]:
    """The folder each article was read from (the name the tables give it), by article path."""
    return {str(p): str(folder) for folder in folders for p in sorted(folder.glob("*.txt"))}


def run(
    folders: Sequence[Path], kinds: Sequence[str], limit: int, seed: int, verbose: bool = False
) -> dict[str, object]:
    """Inject, check and count; returns the figures the tables print: per kind over all folders
    (``rows``), and per kind and folder (``per_corpus``: folder -> kind -> sites, injected,
    flagged)."""
    pm = get_plugin_manager()
    checkers = pm.checkers()
    candidates: dict[str, list[Fault]] = defaultdict(list)
    baseline: dict[str, list[tuple[str, Status, tuple[Span, ...], str]]] = {}
    corpus = corpus_of(folders)
    per_corpus: dict[str, dict[str, list[int]]] = {str(f): {k: [0, 0, 0] for k in kinds} for f in folders}
    for path in articles(folders):
        text = path.read_text(encoding="utf-8")
        report = run_checkers(extract(Document(text=text, path=str(path)), pm), checkers)
        baseline[str(path)] = _alarms(report)
        article = _Article(str(path), text, report)
        for kind in kinds:
            # one generator per kind and article: a fault does not depend on which kinds or folders run
            own = random.Random(f"{seed}:{kind}:{path.name}")
            found = INJECTORS[kind](article, own)
            candidates[kind].extend(found)
            per_corpus[corpus[str(path)]][kind][0] += len(found)
    rows = []
    for kind in kinds:
        pool = candidates[kind]
        chosen = random.Random(f"{seed}:{kind}").sample(pool, min(limit, len(pool))) if limit else pool
        injected = flagged = pre = named = 0
        by: Counter[str] = Counter()
        for fault in chosen:
            if _hits(baseline[fault.path], fault.original_site):
                pre += 1
                continue
            extracted = extract(Document(text=fault.text, path=fault.path), pm)
            if kind == "attribution" and _still_named(extracted, fault.site):
                named += 1  # the text still names a speaker (chain, label, signature): not this kind
                continue
            injected += 1
            counts = per_corpus[corpus[fault.path]][kind]
            counts[1] += 1
            report = run_checkers(extracted, checkers)
            hits = _hits(_alarms(report), fault.site)
            if hits:
                flagged += 1
                counts[2] += 1
                by.update(set(hits))
            if verbose:
                mark = "HIT " if hits else "MISS"
                context = fault.text[max(0, fault.site.start - 70) : fault.site.end + 40].replace("\n", " ")
                print(f"{mark} {kind:11} {Path(fault.path).name}:{fault.site.start} {fault.note} | {context}")
                if not hits:
                    for why in _near(report, fault.site):
                        print(f"     {why}")
        recall = flagged / injected if injected else float("nan")
        rows.append(
            [
                kind,
                len(pool),
                injected,
                pre,
                named,
                flagged,
                f"{recall:.2f}",
                ", ".join(f"{k} {v}" for k, v in by.items()),
            ]
        )
    n = len(baseline)
    per: Counter[tuple[str, str]] = Counter()
    for alarms in baseline.values():
        for checker, status, _, _ in alarms:
            per[(checker, status.value)] += 1
    return {"rows": rows, "articles": n, "false_alarms": per, "per_corpus": per_corpus}


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the options, run, and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("folders", nargs="+", type=Path, help="folders of .txt articles")
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated kinds (default: all)")
    parser.add_argument(
        "--limit", "--per-kind", type=int, default=60, help="faults drawn per kind (0: all; default 60)"
    )
    parser.add_argument("--seed", type=int, default=13, help="random seed (default 13)")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every fault, hit or missed")
    args = parser.parse_args(argv)
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in INJECTORS]
    if unknown:
        parser.error(f"unknown kinds: {', '.join(unknown)} (known: {', '.join(KINDS)})")
    if not articles(args.folders):
        print("no .txt articles in " + ", ".join(map(str, args.folders)), file=sys.stderr)
        return 2
    result = run(args.folders, kinds, args.limit, args.seed, args.verbose)
    headers = ["kind", "sites", "injected", "pre-flagged", "still named", "flagged", "recall", "flagged by"]
    print(tabulate(result["rows"], headers=headers))  # type: ignore[arg-type]
    per_corpus = result["per_corpus"]
    assert isinstance(per_corpus, dict)
    if len(per_corpus) > 1:
        print("\nper folder (sites / injected / flagged):")
        table = [
            [folder, *(f"{c[0]} / {c[1]} / {c[2]}" for c in by_kind.values())]
            for folder, by_kind in per_corpus.items()
        ]
        totals = [[sum(by_kind[k][i] for by_kind in per_corpus.values()) for i in range(3)] for k in kinds]
        table.append(["all", *(f"{t[0]} / {t[1]} / {t[2]}" for t in totals)])
        print(tabulate(table, headers=["folder", *kinds]))
    n = result["articles"]
    assert isinstance(n, int)
    per = result["false_alarms"]
    assert isinstance(per, Counter)
    print(f"\nfalse alarms on the {n} articles unchanged (per article):")
    table = []
    for checker in sorted({c for c, _ in per}):
        fails, warns = per[(checker, "fail")], per[(checker, "warn")]
        table.append([checker, fails, f"{fails / n:.3f}", warns, f"{warns / n:.3f}"])
    fails = sum(v for (_, s), v in per.items() if s == "fail")
    warns = sum(v for (_, s), v in per.items() if s == "warn")
    table.append(["all", fails, f"{fails / n:.3f}", warns, f"{warns / n:.3f}"])
    print(tabulate(table, headers=["checker", "fail", "fail/article", "warn", "warn/article"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
