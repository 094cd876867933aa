"""Claim-store bench: ``track add`` documents/s into an empty store and into a large one, query
times with many stored claims, peak memory.  Prints; asserts nothing.

Two parts:

* **track add** (real articles): the news-attribution articles and the first ``--train``
  polnear/train articles are checked once (not timed), then added as ``factcheck track add``
  adds them (:func:`factcheck.track.track_add`: every history check, then the store's write),
  first into an empty store, then into a store of ``--large`` documents.  The large store is
  built quickly from the train articles' reports: each copy has every word of five letters or
  more enciphered with a letter substitution of its own (in the text, the speakers' names and
  roles, the sources' names and the counted units; lengths kept, so the spans stay true), so
  copies differ as articles by other people about other things do, while the short function
  words repeat as in real text; the copies are added in batches (``ClaimStore.add_reports``),
  with no history checks.  ``--large-db FILE`` keeps that store for the next run.  Each is
  measured with one commit a document and with ``--batch`` documents a commit
  (:meth:`~factcheck.store.ClaimStore.batched`); the measured documents are then removed, one
  call each (timed), so the large store stays as built.
* **queries** (synthetic): reports generated from the model (sentences in the style of agency
  copy, a pool of speakers, figures with hedges), ``--claims`` of them, then each query timed.

    .venv/bin/python bench/store_bench.py                       # both parts, 100,000 documents
    .venv/bin/python bench/store_bench.py --part track --large 20000 --large-db /tmp/large.sqlite
    .venv/bin/python bench/store_bench.py --part queries --claims 20000 --db /tmp/bench.sqlite
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import random
import re
import resource
import string
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
from common import benchmarks_dir

import factcheck
from factcheck.model import Claim, Document, Figure, Quote, QuoteKind, Report, Span, Speaker, Status, Verdict
from factcheck.store import ClaimStore
from factcheck.store.staging import INDEX_LEVELS
from factcheck.track import track_add

FIRST = [
    "Oleg",
    "Maria",
    "Sergei",
    "Anna",
    "Ivan",
    "Elena",
    "Dmitry",
    "Olga",
    "Pavel",
    "Irina",
    "John",
    "Sarah",
]
LAST = [
    "Syromolotov",
    "Zakharova",
    "Ryabkov",
    "Petrova",
    "Kozlov",
    "Smirnova",
    "Volkov",
    "Orlova",
    "Baker",
    "Lee",
]
ROLES = [
    "Deputy Foreign Minister",
    "spokeswoman",
    "Interior Minister",
    "senior official",
    "governor",
    "mayor",
]
UNITS = [
    "Russian citizens",
    "foreign fighters",
    "criminal cases",
    "migrants",
    "jobs",
    "homes",
    "schools",
    "tonnes",
]
VERBS = ["had been registered", "were reported", "had been counted", "were recorded", "had been found"]
PLACES = ["Syria", "the region", "Moscow", "the capital", "the north", "Europe", "the country", "the city"]
HEDGES = [("over", 1.0, None), ("almost", 0.95, 1.0), ("around", 0.95, 1.05), (None, 1.0, 1.0)]


def synthetic_report(number: int, claims: int, rng: random.Random) -> Report:
    """One article of ``claims`` sentences, each a claim by a speaker with one hedged figure."""
    day = dt.date(2015, 1, 1) + dt.timedelta(days=number % 3000)
    parts: list[str] = [f"{day:%B %d, %Y}\n\nReport number {number}\n\n"]
    offset = len(parts[0])
    speakers: dict[str, Speaker] = {}
    mentions: dict[str, list[Span]] = {}
    out_claims: list[Claim] = []
    figures: list[Figure] = []
    quotes: list[Quote] = []
    verdicts: list[Verdict] = []
    for index in range(1, claims + 1):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        role = ROLES[hash(name) % len(ROLES)]
        value = float(rng.randrange(10, 50_000))
        hedge, low, high = rng.choice(HEDGES)
        number_text = f"{int(value):,}"
        hedge_text = f"{hedge} " if hedge else ""
        unit = rng.choice(UNITS)
        sentence = (
            f"{name}, the {role}, said that {hedge_text}{number_text} {unit} "
            f"{rng.choice(VERBS)} in {rng.choice(PLACES)} since {day.year - rng.randrange(1, 5)}. "
        )
        sid = speakers.setdefault(name, Speaker(id=f"sp{len(speakers) + 1}", name=name, role=role)).id
        mentions.setdefault(sid, []).append(Span(offset, offset + len(name)))
        fig_start = offset + sentence.index(hedge_text + number_text)
        fig_end = fig_start + len(hedge_text) + len(number_text)
        unit_start = fig_end + 1
        figures.append(
            Figure(
                id=f"f{index}",
                span=Span(fig_start, fig_end),
                value=value,
                lower=value * low,
                upper=None if high is None else value * high,
                lower_closed=hedge != "over",
                hedge=hedge,
                unit=unit,
                unit_span=Span(unit_start, unit_start + len(unit)),
            )
        )
        quote_start = offset + sentence.index("said that ") + len("said that ")
        quote_end = offset + len(sentence) - 2
        quotes.append(
            Quote(id=f"q{index}", span=Span(quote_start, quote_end), kind=QuoteKind.INDIRECT, speaker=sid)
        )
        out_claims.append(
            Claim(
                id=f"c{index}",
                span=Span(offset, offset + len(sentence) - 1),
                speaker=sid,
                figures=(f"f{index}",),
                quote=f"q{index}",
            )
        )
        verdicts.append(
            Verdict(status=rng.choice(list(Status)), summary="synthetic", checker="bench", claim=f"c{index}")
        )
        parts.append(sentence)
        offset += len(sentence)
    text = "".join(parts)
    people = [
        Speaker(id=s.id, name=s.name, role=s.role, roles=(s.role or "",), mentions=tuple(mentions[s.id]))
        for s in speakers.values()
    ]
    return Report(
        document=Document(text=text, published=day, path=f"synthetic/{number}.txt", publisher="Bench News"),
        speakers=people,
        quotes=quotes,
        figures=figures,
        claims=out_claims,
        verdicts=verdicts,
    )


# --------------------------------------------------------------------------- track add, real articles

LONG_WORD = re.compile(r"\b[A-Za-z]{5,}\b")


def cipher(seed: int) -> Callable[[str], str]:
    """A letter substitution of its own for copy ``seed``, applied to words of five letters or more."""
    letters = list(string.ascii_lowercase)
    random.Random(seed).shuffle(letters)
    table = str.maketrans(
        string.ascii_lowercase + string.ascii_uppercase, "".join(letters) + "".join(letters).upper()
    )

    def apply(text: str) -> str:
        return LONG_WORD.sub(lambda m: m.group().translate(table), text)

    return apply


def varied(report: Report, copy: int) -> Report:
    """Copy ``copy`` of ``report``: long words enciphered, lengths and spans kept, a path of its own."""
    code = cipher(copy)

    def maybe(text: str | None) -> str | None:
        return None if text is None else code(text)

    doc = report.document
    return attrs.evolve(
        report,
        document=attrs.evolve(
            doc,
            text=code(doc.text),
            title=maybe(doc.title),
            path=f"copy-{copy}/{Path(doc.path or doc.id).name}",
            url=None,
        ),
        speakers=[
            attrs.evolve(
                s,
                name=code(s.name),
                role=maybe(s.role),
                organisation=maybe(s.organisation),
                roles=tuple(code(r) for r in s.roles),
            )
            for s in report.speakers
        ],
        sources=[attrs.evolve(s, name=code(s.name)) for s in report.sources],
        figures=[attrs.evolve(f, unit=maybe(f.unit)) for f in report.figures],
    )


def track_rate(store: ClaimStore, reports: list[Report], pm: Any, batch: int = 0) -> float:
    """Documents/s of track add (history checks and the write) for ``reports``, new to ``store``;
    ``batch``: documents per commit (:meth:`ClaimStore.batched`), 0 for one commit per document."""
    start = time.perf_counter()
    with store.batched(batch) if batch else contextlib.nullcontext():
        for report in reports:
            track_add(report, store, pm)
    return len(reports) / (time.perf_counter() - start)


def removal(store: ClaimStore, reports: list[Report]) -> str:
    """Remove ``reports``' documents one call each; the mean time per document, as text."""
    start = time.perf_counter()
    for report in reports:
        store.remove_documents([report.document.id])
    return f"{(time.perf_counter() - start) * 1000 / max(1, len(reports)):.1f} ms a document"


def fill(store: ClaimStore, bases: list[Report], target: int) -> None:
    """Add varied copies of ``bases`` until ``store`` holds ``target`` documents."""
    have = store.count("documents")
    copy = have // len(bases) + 1
    start, added = time.perf_counter(), 0
    while have < target:
        batch = [varied(r, copy) for r in bases[: target - have]]
        store.add_reports(batch)
        have += len(batch)
        added += len(batch)
        copy += 1
        if copy % 10 == 0:
            print(f"    ... {have:,} documents ({added / (time.perf_counter() - start):,.0f}/s)", flush=True)
    if added:
        spent = time.perf_counter() - start
        print(f"  built in {spent:.0f} s ({added / spent:,.0f} docs/s, batches of 500, no history checks)")


def track_part(args: argparse.Namespace) -> None:
    bench = benchmarks_dir()
    news = sorted((bench / "news-attribution").glob("*.txt"))
    train = sorted((bench / "polnear" / "train").glob("*.txt"))
    pm = factcheck.get_plugin_manager()
    start = time.perf_counter()
    measured = [factcheck.check(p, pm=pm) for p in [*news, *train[: args.train]]]
    bases = [factcheck.check(p, pm=pm) for p in train[args.train :]] or measured
    print(
        f"track add: {len(measured)} real articles (news-attribution + {args.train} polnear/train), "
        f"checked in {time.perf_counter() - start:.0f} s (not counted)"
    )
    batch = args.batch
    with tempfile.TemporaryDirectory() as tmp:
        small: dict[int, float] = {}
        for size in (0, batch):
            with ClaimStore(Path(tmp) / f"empty-{size}.sqlite") as empty:  # a file, as the large one
                small[size] = track_rate(empty, measured, pm, size)
            print(f"  into an empty store, {_per(size)}: {small[size]:7.0f} documents/s")
        path = Path(args.large_db) if args.large_db else Path(tmp) / "large.sqlite"
        with ClaimStore(path) as large:
            fill(large, bases, args.large)
            size = large.count("documents")
            print(
                f"  large store: {size:,} documents, {large.count('quotes'):,} quotes, "
                f"{sum(large.count(t) for t in (*INDEX_LEVELS, 'quote_keys_staged')):,} quote keys"
                f" ({', '.join(f'{large.count(t):,}' for t in INDEX_LEVELS)} in the index's levels,"
                f" {large.count('quote_keys_staged'):,} staged), {large.count('speakers'):,} speakers"
            )
            for each in (0, batch):
                big = track_rate(large, measured, pm, each)
                print(
                    f"  into the store of {size:,}, {_per(each)}: {big:5.0f} documents/s "
                    f"({big / small[each]:.2f}x the empty)"
                )
                gone = removal(large, measured)
                print(f"  removing the measured documents (the large store stays as built): {gone}")


def _per(batch: int) -> str:
    return f"{batch} documents a commit" if batch else "one commit a document"


def timed(label: str, function: Callable[[], Any], repeat: int = 3) -> None:
    best = float("inf")
    result: Any = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    size = len(result) if hasattr(result, "__len__") else result
    print(f"  {label:<48} {best * 1000:9.1f} ms   ({size} rows)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--part", choices=["track", "queries", "all"], default="all", help="what to run")
    parser.add_argument("--train", type=int, default=300, help="polnear/train articles measured (300)")
    parser.add_argument("--large", type=int, default=100_000, help="documents in the large store (100,000)")
    parser.add_argument("--large-db", help="keep the large store in this file (built when short)")
    parser.add_argument("--batch", type=int, default=50, help="documents a commit, the batched run (50)")
    parser.add_argument("--claims", type=int, default=100_000, help="claims to store (default 100,000)")
    parser.add_argument("--per-document", type=int, default=10, help="claims per document (default 10)")
    parser.add_argument("--db", help="database file (default: a temporary file, removed afterwards)")
    args = parser.parse_args(argv)
    if args.part in ("track", "all"):
        track_part(args)
    if args.part in ("queries", "all"):
        queries_part(args)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 if sys.platform != "darwin" else 1024**2)
    print(f"peak memory: {rss:.0f} MB peak RSS of the whole run")
    return 0


def queries_part(args: argparse.Namespace) -> None:
    documents = max(1, args.claims // args.per_document)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "bench.sqlite"
        rng = random.Random(20180512)
        print(f"claim store bench: {documents:,} documents x {args.per_document} claims -> {path}")
        made = spent = 0.0
        first: list[Report] = []
        with ClaimStore(path) as store:
            for number in range(documents):
                start = time.perf_counter()
                report = synthetic_report(number, args.per_document, rng)
                made += time.perf_counter() - start
                start = time.perf_counter()
                store.add_report(report)
                spent += time.perf_counter() - start
                if number < 200:
                    first.append(report)
            print(f"  generated the synthetic reports in {made:.1f} s (not counted below)")
            print(
                f"  added: {documents / spent:,.0f} documents/s "
                f"({documents * args.per_document / spent:,.0f} claims/s)"
            )
            start = time.perf_counter()
            for report in first:
                store.add_report(report)
            print(
                f"  re-adding {len(first)} stored documents: "
                f"{(time.perf_counter() - start) * 1000:.1f} ms (no-ops)"
            )
            print(f"  stored: {store.count('claims'):,} claims, {store.count('speakers'):,} speakers")
            print("query times (best of 3):")
            timed("speakers() scorecard", store.speakers)
            timed("claims(speaker='Oleg Syromolotov')", lambda: store.claims(speaker="Oleg Syromolotov"))
            timed("figures('Russian citizens')", lambda: store.figures("Russian citizens"))
            timed("figures('foreign fighters Syria')", lambda: store.figures("foreign fighters Syria"))
            timed("claims(limit=1000)", lambda: store.claims(limit=1000))
            speaker_id = store.match_speaker(Speaker(id="x", name="Oleg Syromolotov")) or 0
            timed(
                "figure_history (drift lookup)",
                lambda: store.figure_history("migrants", speakers=[speaker_id]),
            )
            timed(
                "similar(text) over every claim",
                lambda: store.similar("Oleg Syromolotov said 4,000 Russian citizens were reported in Syria"),
            )
            timed(
                "similar_quotes(text) (misattribution lookup)",
                lambda: store.similar_quotes("4,000 migrants had been counted in the region since 2016"),
            )
            size = path.stat().st_size + sum(p.stat().st_size for p in path.parent.glob(path.name + "-*"))
            print(f"  database size: {size / 1e6:.1f} MB")


if __name__ == "__main__":
    raise SystemExit(main())
