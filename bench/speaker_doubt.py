"""How well the speaker doubt flag (``Quote.doubt``) separates wrong speakers from right ones.

Run ``python bench/speaker_doubt.py [SET ...] [--cache DIR] [-v]``.  For every gold quote a
predicted quote is found for, the reference scorer's own matching (``tools/score.py`` beside the
benchmarks: ``locate``, ``overlap``, half the gold characters, one prediction per gold quote,
``same_speaker``, with ``--mention`` on PolNeAR) says whether the rules' speaker is right; the
table gives, by ``found`` method, how many are right and wrong, how many wrong speakers the flag
catches (recall) and how many right speakers it flags (the false-flag rate), and the flag's
precision.  ``--cache DIR`` keeps each set's reports as JSON Lines, so a second run only
re-reads them (and recomputes the doubt from the restored report).  ``-v`` prints every wrong
speaker with its flag and every flagged right one.  Sets: train, dev (polnear, --mention),
news-attribution, and the tuned probes under /work (probe16, probe17, probe18, spk16a/b/c).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tabulate import tabulate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import reference_scorer
from common import REPO, benchmarks_dir

import factcheck
from factcheck.serialize import report_from_dict, report_to_dict
from factcheck.speaker_doubt import mark_doubts

WORK = REPO.parent
#: set name -> (gold file, article folder, PolNeAR --mention)
SETS: dict[str, tuple[Path, Path, bool]] = {
    "train": (benchmarks_dir() / "polnear/train/gold.json", benchmarks_dir() / "polnear/train", True),
    "dev": (benchmarks_dir() / "polnear/dev/gold.json", benchmarks_dir() / "polnear/dev", True),
    "news-attribution": (
        benchmarks_dir() / "news-attribution/gold.json",
        benchmarks_dir() / "news-attribution",
        False,
    ),
    **{
        name: (WORK / folder / "gold.json", WORK / folder / "art", False)
        for name, folder in (
            ("probe16", "probe16"),
            ("probe17", "probe17"),
            ("probe18", "probe18"),
            ("spk16a", "spk16a-probe"),
            ("spk16b", "spk16b-probe"),
            ("spk16c", "spk16c-probe"),
        )
    },
}


def resolve_set(name: str) -> tuple[Path, Path, bool]:
    """A named set, or a folder holding ``gold.json`` and its articles (in ``art/`` or beside it),
    scored without ``--mention``."""
    if name in SETS:
        return SETS[name]
    folder = Path(name)
    if not (folder / "gold.json").is_file():
        raise SystemExit(f"speaker_doubt.py: {name}: no such set, nor a folder with gold.json")
    articles = folder / "art" if (folder / "art").is_dir() else folder
    return folder / "gold.json", articles, False


def reports(name: str, cache: Path | None) -> Iterator[tuple[dict[str, Any], str, dict[str, Any]]]:
    """(gold item, article text, report JSON without the doubt) for each article of a set."""
    gold_path, folder, _ = resolve_set(name)
    gold = json.loads(gold_path.read_text(encoding="utf-8-sig"))
    stored = cache / f"{name}.jsonl" if cache else None
    if stored is not None and stored.is_file():
        lines = stored.read_text(encoding="utf-8").splitlines()
        for item, line in zip(gold, lines, strict=True):
            path = folder / item.get("file", f"{item['id']}.txt")
            yield item, path.read_text(encoding="utf-8"), json.loads(line)
        return
    out = []
    for item in gold:
        path = folder / item.get("file", f"{item['id']}.txt")
        data = report_to_dict(factcheck.extract(factcheck.load(path)))
        out.append(json.dumps(data))
        yield item, path.read_text(encoding="utf-8"), data
    if stored is not None:
        stored.parent.mkdir(parents=True, exist_ok=True)
        stored.write_text("\n".join(out) + "\n", encoding="utf-8")


#: The found methods whose speaker is resolved from words that do not name it.
WEAK = ("pronoun", "descriptor", "continued")


def judged(name: str, cache: Path | None) -> Iterator[tuple[str, str, bool | None, str | None, str]]:
    """(article id, found method, speaker right, doubt, line) for each found gold quote of a set.

    The matching is the reference scorer's, step by step (its ``score`` loop over gold quotes).
    On PolNeAR (``--mention``) a quote found by a pronoun, a description or as a continuation
    whose gold words match only the mention ("he" for "he"), not the speaker's name, is right by
    the scorer but says nothing of whom the words were resolved to: ``right`` is None (unjudged).
    """
    scorer = reference_scorer(benchmarks_dir())
    mention = resolve_set(name)[2]
    for item, text, data in reports(name, cache):
        report = mark_doubts(report_from_dict(data, text))
        names = {s.id: s.name for s in report.speakers if s.kind.value != "anonymous"}
        pq = []
        for q in report.quotes:
            spk = names.get(q.speaker) if q.speaker else None
            words = None if q.mention is None else q.mention.of(text)
            pq.append(((q.span.start, q.span.end), (spk, words) if mention else spk, q))
        used: set[tuple[int, int]] = set()
        taken: set[int] = set()
        for gq in item["quotes"]:
            span = scorer.locate(text, gq["text"], used)
            best = max(
                ((scorer.overlap(span, s), i) for i, (s, _, _) in enumerate(pq) if span and i not in taken),
                default=(0, None),
            )
            if not (span and best[1] is not None and best[0] >= 0.5 * (span[1] - span[0])):
                continue
            taken.add(best[1])
            got, quote = pq[best[1]][1], pq[best[1]][2]
            if mention:
                right = any(scorer.same_speaker(gq["speaker"], x) for x in got if x) or (
                    not gq["speaker"] and not any(got)
                )
                if (
                    right
                    and quote.found.value in WEAK
                    and not (got[0] and scorer.same_speaker(gq["speaker"], got[0]))
                ):
                    right = None  # right by the mention's words only: the resolution is not judged
            else:
                right = scorer.same_speaker(gq["speaker"], got)
            cue = quote.mention.of(text) if quote.mention else None
            line = (
                f"{item['id']} {quote.id} {quote.found.value} {cue!r}: got {got!r} gold {gq['speaker']!r}"
                f" doubt {quote.doubt!r} | {gq['text'][:60]!r}"
            )
            yield item["id"], quote.found.value, right, quote.doubt, line


def table(name: str, cache: Path | None, verbose: bool) -> list[list[Any]]:
    """Rows of the measured table for one set: one per found method, and the set's total."""
    counts: Counter[tuple[str, str]] = Counter()
    for _, found, right, doubt, line in judged(name, cache):
        key = ("unjudged" if right is None else "right" if right else "wrong") + ("-flagged" if doubt else "")
        for method in (found, "all") if found != "none" else (found,):
            counts[(method, key)] += 1
        if verbose and (not right or doubt):
            print(("unjudged " if right is None else "WRONG " if not right else "right ") + line)
    rows = []
    for method in ("explicit", "pronoun", "descriptor", "continued", "label", "none", "all"):
        right = counts[(method, "right")] + counts[(method, "right-flagged")]
        wrong = counts[(method, "wrong")] + counts[(method, "wrong-flagged")]
        if not right + wrong + counts[(method, "unjudged")] + counts[(method, "unjudged-flagged")]:
            continue
        caught, false = counts[(method, "wrong-flagged")], counts[(method, "right-flagged")]
        unjudged = counts[(method, "unjudged")] + counts[(method, "unjudged-flagged")]
        rows.append(
            [
                f"{name} {method}",
                right + wrong + unjudged,
                f"{right / (right + wrong):.3f}" if right + wrong else "-",
                wrong,
                f"{caught} ({caught / wrong:.2f})" if wrong else "0",
                f"{false} ({false / right:.3f})" if right else "0",
                f"{caught / (caught + false):.2f}" if caught + false else "-",
                f"{counts[(method, 'unjudged-flagged')]} of {unjudged}" if unjudged else "",
            ]
        )
    return rows


HEADERS = [
    "set / found",
    "found quotes",
    "right of judged",
    "wrong",
    "wrong flagged (recall)",
    "right flagged (rate)",
    "flag precision",
    "unjudged flagged",
]


def main(argv: list[str] | None = None) -> int:
    """Print the table for the sets asked (all by default)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    # by default the public sets and those of the tuned probes found beside the checkout
    present = [name for name, (gold, _, _) in SETS.items() if gold.is_file()]
    parser.add_argument("sets", nargs="*", default=present)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    rows: list[list[Any]] = []
    for name in args.sets:
        rows.extend(table(name, args.cache, args.verbose))
    print(tabulate(rows, headers=HEADERS, disable_numparse=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
