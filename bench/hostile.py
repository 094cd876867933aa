"""Hostile input for bench/robustness.py: fuzz fragments, inertness checks, the crafted article, a
poisoned plugin, and every row of issue 15's table as a case that returns whether it held."""

from __future__ import annotations

import contextlib
import io
import json
import random
import re
import sqlite3
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lxml.html

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from factcheck.cli import main as cli_main  # noqa: E402
from factcheck.store import ClaimStore  # noqa: E402
from factcheck.testing import HOSTILE_FRAGMENTS  # noqa: E402

SEED = REPO / "seeds" / "rt-2018-05-12-syromolotov.txt"
FRAGMENTS = HOSTILE_FRAGMENTS
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
ALLOWED_HTML = {
    *("html", "head", "meta", "title", "style", "body", "main", "article", "header", "footer", "section"),
    *(
        "h1",
        "h2",
        "p",
        "mark",
        "span",
        "strong",
        "div",
        "ul",
        "li",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
    ),
}
MARKDOWN_RAW = re.compile(r"(?<!\\)[\[\]`|]|<")


def strict(text: str) -> Any:
    """Parse JSON refusing NaN and Infinity."""

    def refuse(name: str) -> Any:
        raise ValueError(f"non-strict constant {name}")

    return json.loads(text, parse_constant=refuse)


def fuzz_text(rng: random.Random, seed_text: str) -> str:
    """One fuzzed article: fragments, random characters and slices of the seed, joined at random."""
    parts = []
    for _ in range(rng.randint(1, 30)):
        roll = rng.random()
        if roll < 0.5:
            parts.append(rng.choice(FRAGMENTS))
        elif roll < 0.75:
            start = rng.randrange(len(seed_text))
            parts.append(seed_text[start : start + rng.randint(1, 400)])
        else:
            parts.append(
                "".join(chr(rng.choice([rng.randint(0, 0x2FF), rng.randint(0, 0xFFFF)])) for _ in range(8))
            )
    text = "".join(parts)
    return "".join(c for c in text if not 0xD800 <= ord(c) <= 0xDFFF)


def markdown_inert(table: str) -> bool:
    """Every row of a Markdown table has the header's columns and no raw ``[ ] ` <`` in a cell."""
    rows = [line for line in table.splitlines() if line.startswith("|")]
    if not rows:
        return True
    columns = rows[0].replace("\\|", "").count("|")
    for line in rows:
        cells = line.replace("\\|", "")
        if cells.count("|") != columns or MARKDOWN_RAW.search(cells.replace("|", "")):
            return False
    return True


def html_inert(page: str) -> bool:
    """Only the report page's own elements (factcheck/render/page.py) and one style sheet, no event
    handler: the article's markup (``<b>``, ``<script>``) is text on the page, never an element."""
    if not page.strip():
        return False
    tree = lxml.html.fromstring(page)
    elements = [element for element in tree.iter() if isinstance(element.tag, str)]
    return (
        all(element.tag in ALLOWED_HTML for element in elements)
        and sum(element.tag == "style" for element in elements) == 1
        and not any(name.startswith("on") for element in elements for name in element.attrib)
    )


def run(*argv: str) -> tuple[int, str, str]:
    """The command in process: status, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stderr(err):  # usage errors are written by argparse
            status = cli_main(list(argv), out=out, err=err)
    except SystemExit as exc:
        status = int(exc.code or 0)
    return status, out.getvalue(), err.getvalue()


POISON_PLUGIN = """
import sys
import time

import factcheck


@factcheck.checker("poison-sleeps")
def sleeps(report):
    \"\"\"Hangs on the poisoned document.\"\"\"
    if "POISON" in report.document.text:
        time.sleep(600)
    return []


@factcheck.checker("poison-exits")
def exits(report):
    \"\"\"Exits on the poisoned document.\"\"\"
    if "POISON" in report.document.text:
        sys.exit(3)
    return []


@factcheck.hookimpl
def factcheck_checkers():
    return [sleeps, exits]


@factcheck.hookimpl(tryfirst=True)
def factcheck_render(reports, fmt, options):
    if any("POISON" in r.document.text for r in reports) and fmt == "grid":
        raise RuntimeError("renderer breaks on the poisoned document")
    return None
"""


TABLE_CASES: list[tuple[str, Callable[[Path], bool]]] = []


def case(name: str) -> Callable[[Callable[[Path], bool]], Callable[[Path], bool]]:
    """Register one row of the issue's table."""

    def register(function: Callable[[Path], bool]) -> Callable[[Path], bool]:
        TABLE_CASES.append((name, function))
        return function

    return register


@case("two files, one 'Officials said 4,000', default table (every claim listed, --all)")
def _thousands(tmp: Path) -> bool:
    article = tmp / "officials.txt"
    article.write_text("Petition\n\nOfficials said 4,000\n", encoding="utf-8")
    status, out, _ = run("check", str(article), str(SEED), "--all")
    return status == 0 and "Officials said 4,000" in out and "Syromolotov" in out


@case("the seed article, --format json")
def _seed_json(tmp: Path) -> bool:
    status, out, _ = run("check", str(SEED), "--format", "json", "-q")
    return status == 0 and bool(strict(out)["nulls"])


@case("a file in a folder named <script>alert(1)<, html; track speaker -f html; github; claimreview")
def _markup(tmp: Path) -> bool:
    folder = tmp / "<script>alert(1)<"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text(
        'Row\n\n"The fund holds 4,000 </script><script>x()</script> | [a](b)," '
        "said Jane Doe, the <i>clerk</i>.\n",
        encoding="utf-8",
    )
    ok = True
    for fmt in ("html", "github", "pipe", "claimreview"):
        _, out, _ = run("check", str(folder), "--format", fmt, "-q")
        if fmt == "html":
            ok = ok and html_inert(out)
        elif fmt == "claimreview":
            ok = ok and not re.search(r"[<>&]", out)
        else:
            ok = ok and markdown_inert(out)
    db = str(tmp / "markup.sqlite")
    run("track", "add", str(article), "--db", db)
    _, out, _ = run("track", "speaker", "Jane Doe", "--db", db, "--format", "html")
    return ok and html_inert(out) and "<script>" not in out


@case("a quote holding ESC [31m; the same in a file name")
def _escape(tmp: Path) -> bool:
    article = tmp / "clerk\x1b[31m.txt"
    article.write_text('Row\n\n"We counted \x1b[31mevery\x1b[0m vote," said Jane Doe.\n', encoding="utf-8")
    _, out, err = run("check", str(article), str(tmp / "gone\x1b[2J.txt"))
    return not CONTROL.search(out) and not CONTROL.search(err.replace("\n", ""))


@case("a checker plugin that sleeps; one that calls sys.exit(3)")
def _hostage(tmp: Path) -> bool:
    poisoned = tmp / "poison.txt"
    poisoned.write_text(SEED.read_text(encoding="utf-8") + "\n\nPOISON\n", encoding="utf-8")
    status, out, _ = run(
        "-p", "fc_poison_bench", "check", str(poisoned), str(SEED), "-f", "json", "--checker-timeout", "0.5"
    )
    reports = [strict(line) for line in out.splitlines()]
    summaries = [v["summary"] for v in reports[0]["verdicts"] if v["status"] == "error"] if reports else []
    return (
        status == 0
        and len(reports) == 2
        and any(s.endswith("timed out after 0.5 s") for s in summaries)
        and any("raised SystemExit: 3" in s for s in summaries)
    )


@case("a 400 MB file (a 3 GB sparse file)")
def _huge(tmp: Path) -> bool:
    huge = tmp / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(3 * 1024**3)
    tracemalloc.start()
    status, _, err = run("check", str(huge))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    huge.unlink()
    return status == 2 and "files over" in err and peak < 5 * 1024**2


@case("a UTF-16 file with its BOM")
def _utf16(tmp: Path) -> bool:
    article = tmp / "wide.txt"
    article.write_bytes("Café row\n\nSeñora Núñez said the fee was 4,000 francs.\n".encode("utf-16"))
    status, out, err = run("check", str(article), "-f", "json", "-q")
    return status == 0 and strict(out)["figures"][0]["text"] == "4,000" and "read as utf-16" in err


@case("track import of deeply nested JSON")
def _nested(tmp: Path) -> bool:
    nested = tmp / "nested.json"
    nested.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    status, _, err = run("track", "import", str(nested), "--db", str(tmp / "n.sqlite"))
    return status == 2 and err.count("\n") == 1 and "nested" in err and "Traceback" not in err


@case("a foreign SQLite file as --db; --db ''; a read-only store listed")
def _store(tmp: Path) -> bool:
    foreign = tmp / "ledger.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE ledger (amount REAL)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    status, _, err = run("track", "add", str(SEED), "--db", str(foreign))
    refused = status == 2 and "not a factcheck claim store" in err and foreign.read_bytes() == before
    empty, _, _ = run("track", "speakers", "--db", "")
    with ClaimStore(tmp / "ro.sqlite"):
        pass
    with ClaimStore(tmp / "ro.sqlite", read_only=True) as store:
        listed = store.speakers() == []
    return refused and empty == 2 and listed


FIRST_NAMES = "Jane Omar Li Ana Piotr Grace Tomas Aisha Ken Marta".split()
LAST_NAMES = (
    "Doe Haddad Wei Silva Nowak Okafor Berg Khan Sato Ruiz Adams Baker Clark Evans Foster Gray Hill Irwin "
    "James King Lopez Moore Nash Owens Price Quinn Reed Shaw Tate Usher Vance Walsh Young Zhou Abbott "
    "Brooks Cole Dunn Ellis Ford"
).split()
SPEAKERS = [f"{FIRST_NAMES[i % 10]} {last}" for i, last in enumerate(LAST_NAMES)]
"""Forty speakers who speak again and again through the crafted article."""


def adversarial_article(size: int, rng: random.Random) -> str:
    """An article of about ``size`` characters: quotes and their paraphrases by many speakers, with
    long unbroken words, as the issue's crafted article."""
    words = [f"{a}{b}" for a in ("bud", "tax", "war", "oil", "vot", "job", "aid", "law") for b in "aeiouyz"]
    words += ["the", "said", "that", "would", "about", "more", "than", "people", "officials"]
    paragraphs = ["Council splits over budget"]
    length = 0
    number = 0
    while length < size:
        number += 1
        speaker = SPEAKERS[number % len(SPEAKERS)]
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(8, 24)))
        figure = f"{rng.randint(1, 9)},{rng.randint(100, 999)}"
        quote = f'"{sentence.capitalize()} with {figure} cases," said {speaker}, a spokesman.'
        paraphrase = f"{speaker} said that {sentence} with about {figure} cases."
        long_word = "x" * rng.randint(200, 2000) if number % 40 == 0 else ""
        paragraph = f"{quote} {paraphrase} {long_word}".strip()
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(paragraphs)
