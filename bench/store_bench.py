"""Claim-store bench: documents added per second, query times with many stored claims, peak memory.

Synthetic reports are generated from the model (sentences in the style of agency copy,
a pool of speakers, figures with hedges), so nothing is hand-written.  Prints; asserts
nothing.

    .venv/bin/python bench/store_bench.py              # 100,000 claims
    .venv/bin/python bench/store_bench.py --claims 20000 --db /tmp/bench.sqlite
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from factcheck.model import Claim, Document, Figure, Quote, QuoteKind, Report, Span, Speaker, Status, Verdict
from factcheck.store import ClaimStore

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
    parser.add_argument("--claims", type=int, default=100_000, help="claims to store (default 100,000)")
    parser.add_argument("--per-document", type=int, default=10, help="claims per document (default 10)")
    parser.add_argument("--db", help="database file (default: a temporary file, removed afterwards)")
    args = parser.parse_args(argv)
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
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (
            1024 if sys.platform != "darwin" else 1024**2
        )
        print(f"peak memory: {rss:.0f} MB peak RSS of the whole run")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
