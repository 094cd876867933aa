"""Inputs and many files: standard input, JSON Lines corpora, --glob, article metadata, --jobs."""

from __future__ import annotations

import io
import json
import os
import re
import sys
import textwrap
from pathlib import Path

import pytest

import factcheck
from factcheck import SourceRole, Status
from factcheck.cli import main
from factcheck.corpus import documents as corpus_documents
from factcheck.corpus import iter_inputs, load_input

SAMPLES = Path(__file__).parent / "plugin_samples"

# Written for these tests in the style of a wire story republished by a news site.
STRIKE = (
    "Port strike enters third week\n\n"
    "ROTTERDAM (Reuters) - Dock workers at Europe's largest port extended their strike into a third "
    "week on Tuesday, after talks with employers broke down late on Monday.\n\n"
    "\u201cWe are not going back until the offer is fair,\u201d union negotiator Jan de Vries told "
    "reporters outside the terminal, adding that about 4,000 workers had joined the action.\n\n"
    "The port authority said more than 120 ships were waiting at anchor, up from 85 a week earlier.\n"
)
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Port strike enters third week as talks stall | The Guardian</title>
<meta property="og:site_name" content="The Guardian">
<meta property="og:title" content="Port strike enters third week as talks stall">
<link rel="canonical" href="https://www.theguardian.com/business/2023/mar/14/port-strike-third-week">
<meta property="article:published_time" content="2023-03-14T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/business">Business</a></nav>
<article>
<h1>Port strike enters third week as talks stall</h1>
<p>ROTTERDAM (Reuters) - Dock workers at Europe's largest port extended their strike into a third week
on Tuesday, after talks with employers broke down late on Monday.</p>
<p>"We are not going back until the offer is fair," union negotiator Jan de Vries told reporters
outside the terminal, adding that about 4,000 workers had joined the action.</p>
<p>The port authority said more than 120 ships were waiting at anchor, up from 85 a week earlier.
Employers said the union's demand for a 14 percent rise would cost nearly 300 million euros.</p>
</article>
<footer>&copy; 2023 Guardian News &amp; Media Limited</footer>
</body></html>
"""


def run(*argv: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    try:
        status = main(list(argv), out=out, err=err)
    finally:
        sys.stdin = saved
    return status, out.getvalue(), err.getvalue()


def documents(out: str) -> list[dict[str, object]]:
    return [json.loads(line)["document"] for line in out.splitlines() if line.strip()]


def sources_summaries(report: factcheck.Report) -> list[tuple[str, str]]:
    return [(v.status.value, v.summary) for v in report.verdicts if v.checker == "sources"]


# ------------------------------------------------------------------ metadata


def test_html_page_metadata_and_the_wire_kept_apart_from_the_host(tmp_path: Path) -> None:
    page = tmp_path / "strike.html"
    page.write_text(PAGE, encoding="utf-8")
    report = factcheck.check(page)
    doc = report.document
    assert doc.url == "https://www.theguardian.com/business/2023/mar/14/port-strike-third-week"
    assert (doc.publisher, doc.published.isoformat() if doc.published else None) == (
        "The Guardian",
        "2023-03-14",
    )
    assert doc.title == "Port strike enters third week as talks stall"
    assert report.publisher is not None and report.publisher.name == "The Guardian"
    wires = [s for s in report.sources if s.role is SourceRole.WIRE]
    assert [w.name for w in wires] == ["Reuters"]
    assert wires[0].span is not None and report.words(wires[0].span) == "Reuters"
    summaries = sources_summaries(report)
    assert all(status == "info" for status, _ in summaries)
    assert any(s.startswith("The Guardian: Generally reliable") for _, s in summaries)
    assert any(s.startswith("Reuters: Generally reliable") for _, s in summaries)
    # no date in the markup: none is guessed from the footer's copyright year
    undated = tmp_path / "undated.html"
    undated.write_text(re.sub(r"<meta property=.article:published_time.*?>", "", PAGE), encoding="utf-8")
    assert factcheck.load(undated).published is None


def test_publisher_given_for_a_text_is_the_host_and_the_dateline_wire_is_kept() -> None:
    report = factcheck.check_text(STRIKE, publisher="The Guardian", published="2023-03-14")
    assert report.document.publisher == "The Guardian"
    assert str(report.document.published) == "2023-03-14"
    roles = [(s.name, s.role) for s in report.sources if s.role in (SourceRole.PUBLISHER, SourceRole.WIRE)]
    assert roles == [("The Guardian", SourceRole.PUBLISHER), ("Reuters", SourceRole.WIRE)]
    # without a host, the wire credit is the publisher, as before
    alone = factcheck.check_text(STRIKE)
    assert alone.publisher is not None and alone.publisher.name == "Reuters"
    assert not [s for s in alone.sources if s.role is SourceRole.WIRE]


def test_a_url_finds_the_outlet_by_its_domain() -> None:
    text = STRIKE.replace("ROTTERDAM (Reuters) - ", "")
    report = factcheck.check_text(text, url="https://www.rt.com/news/426591-port-strike/")
    assert report.publisher is not None and report.publisher.name == "RT"
    assert ("info", "RT: Deprecated — Wikipedia perennial sources, 2021-03-17") in sources_summaries(report)
    unknown = factcheck.check_text(text, url="https://www.harbour-gazette.example/news/strike")
    assert unknown.document.publisher == "harbour-gazette.example"
    assert sources_summaries(unknown) == [("unknown", "harbour-gazette.example: in no source list")]


def test_bad_metadata_is_an_input_error() -> None:
    with pytest.raises(factcheck.InputError, match="is not a date"):
        factcheck.check_text(STRIKE, published="14 March 2023")
    with pytest.raises(factcheck.InputError, match="is not a web address"):
        factcheck.check_text(STRIKE, url="theguardian")


@pytest.mark.benchmark_data
def test_real_articles_get_a_publisher_verdict_once_it_is_given(benchmarks: Path) -> None:
    files = sorted((benchmarks / "news-attribution").glob("*.txt"))[:3]
    assert files
    for path in files:
        bare = factcheck.check(path)
        assert not [v for v in bare.verdicts if v.checker == "sources" and v.data.get("check") == "publisher"]
        given = factcheck.check(path, url="https://www.voanews.com/a/article/1.html")
        assert given.document.publisher == "Voice of America"
        publisher = [
            v for v in given.verdicts if v.checker == "sources" and v.data.get("check") == "publisher"
        ]
        assert publisher and all(v.status is Status.INFO for v in publisher)
        assert "state-funded" in publisher[0].summary


def test_metadata_options_on_the_command_line(seed_path: Path, tmp_path: Path) -> None:
    article = tmp_path / "strike.txt"
    article.write_text(STRIKE, encoding="utf-8")
    status, out, err = run(
        "check",
        str(article),
        "-f",
        "json",
        "--url",
        "https://www.theguardian.com/business/2023/mar/14/strike",
        "--published",
        "2023-03-14T09:30:00Z",
        "--title",
        "Strike",
    )
    assert status == 0, err
    [doc] = documents(out)
    assert doc["url"] == "https://www.theguardian.com/business/2023/mar/14/strike"
    assert (doc["published"], doc["title"]) == ("2023-03-14", "Strike")
    assert doc["publisher"]["name"] == "The Guardian"  # type: ignore[index]
    status, _, err = run("check", str(article), str(seed_path), "--publisher", "The Guardian")
    assert status == 2
    assert err == (
        "factcheck: --publisher: describes one article; "
        "give one file (a corpus gives its own in each record)\n"
    )
    status, _, err = run("check", str(article), "--published", "14/03/2023")
    assert (status, err) == (2, "factcheck: --published: '14/03/2023' is not a date (give YYYY-MM-DD)\n")


# ------------------------------------------------------------------ input


def test_standard_input_is_one_article(seed_path: Path, seed_text: str) -> None:
    status, out, err = run("check", "-", "-f", "json", "--publisher", "RT", stdin=seed_text.encode())
    assert status == 0, err
    [doc] = documents(out)
    assert doc["path"] is None and doc["length"] == len(seed_text)
    status, from_file, _ = run("check", str(seed_path), "-f", "json")
    reports = [json.loads(out), json.loads(from_file)]
    for report in reports:
        report["document"].pop("path")
    assert reports[0] == reports[1]
    status, _, err = run("check", "-", stdin=b"  \n")
    assert (status, err) == (2, "factcheck: <stdin>: is empty\n")


def test_a_url_argument_is_one_clear_line() -> None:
    status, out, err = run("check", "https://www.rt.com/news/426591-russians-isis/")
    assert (status, out) == (2, "")
    assert err == (
        "factcheck: https://www.rt.com/news/426591-russians-isis/: is a web address; factcheck downloads "
        "nothing: save the page and check the file (with --url to keep its address)\n"
    )
    with pytest.raises(factcheck.InputError, match="is a web address; factcheck downloads nothing"):
        factcheck.check("https://www.rt.com/news/426591-russians-isis/")


def write_corpus(path: Path, seed_text: str) -> None:
    lines = [
        json.dumps({"id": "rt-1", "text": seed_text, "url": "https://www.rt.com/news/426591/"}),
        '{"id": "broken", "text": "no closing quote}',
        json.dumps({"text": STRIKE, "publisher": "The Guardian", "published": "2023-03-14", "extra": 1}),
        json.dumps({"title": "A headline and nothing else"}),
        "",
        json.dumps({"text": STRIKE, "published": "March 14"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": 7, "text": STRIKE, "title": "Strike"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_jsonl_corpus_reports_bad_lines_and_checks_the_rest(tmp_path: Path, seed_text: str) -> None:
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, seed_text)
    status, out, err = run("check", str(corpus), "-f", "json", "--jobs", "1")
    assert status == 2
    docs = documents(out)
    assert [d["path"] for d in docs] == [f"{corpus}#rt-1", f"{corpus}:3", f"{corpus}#7"]
    assert docs[0]["publisher"]["name"] == "RT" and docs[0]["url"] == "https://www.rt.com/news/426591/"  # type: ignore[index]
    assert (docs[1]["publisher"]["name"], docs[1]["published"]) == ("The Guardian", "2023-03-14")  # type: ignore[index]
    assert docs[2]["title"] == "Strike"
    lines = err.splitlines()
    assert lines[:4] == [
        f"factcheck: {corpus}:2: not JSON: Unterminated string starting at line 1 column 26",
        f"factcheck: {corpus}:4: has no 'text'",
        f"factcheck: {corpus}:6: 'published': 'March 14' is not a date (give YYYY-MM-DD)",
        f"factcheck: {corpus}:7: a record must be a JSON object, not an array",
    ]
    assert lines[4].startswith("3 documents, ") and "; 4 errors; " in lines[4]
    # the library reads the same items, lazily, one line at a time
    items = list(iter_inputs([str(corpus)]))
    assert [i.where for i in items if i.error] == [f"{corpus}:{n}" for n in (2, 4, 6, 7)]
    assert load_input(items[0]).text == seed_text
    status, _, err = run("check", str(tmp_path / "missing.jsonl"))
    assert (status, err) == (2, f"factcheck: {tmp_path / 'missing.jsonl'}: no such file\n")
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    status, _, err = run("check", str(fifo))
    assert (status, err) == (2, f"factcheck: {fifo}: is not a regular file (a pipe, socket or device)\n")
    problems: list[str] = []
    assert len(list(corpus_documents([str(corpus)], errors=problems))) == 3 and len(problems) == 4
    with pytest.raises(factcheck.InputError, match="is a JSON Lines corpus, many articles"):
        factcheck.check(corpus)  # never one article made of every record


def test_folders_take_corpora_and_glob_picks_other_files(tmp_path: Path, seed_text: str) -> None:
    folder = tmp_path / "wire"
    (folder / "2023").mkdir(parents=True)
    (folder / "2023" / "strike.story").write_text(STRIKE, encoding="utf-8")
    (folder / "README.md").write_text("# Wire\n\nStories as filed, the desk said.\n", encoding="utf-8")
    status, _, err = run("check", str(folder))
    assert status == 2 and err == (
        f"factcheck: {folder}: folder holds no article files (.txt, .html, .htm, .xhtml, .text, .jsonl)\n"
    )
    status, out, err = run("check", str(folder), "--glob", "*.story", "-f", "json")
    assert status == 0, err
    assert [d["path"] for d in documents(out)] == [str(folder / "2023" / "strike.story")]
    write_corpus(folder / "corpus.jsonl", seed_text)
    status, out, _ = run("check", str(folder), "-f", "json", "-q")
    assert status == 2 and len(documents(out)) == 3  # the corpus's good records; the .story is left


def test_track_add_reads_standard_input_and_corpora(tmp_path: Path, seed_text: str) -> None:
    db = str(tmp_path / "claims.sqlite")
    status, out, err = run("track", "add", "-", "--db", db, stdin=seed_text.encode())
    assert status == 0, err
    seed_id = factcheck.Document(text=seed_text).id
    assert out.startswith(f"{seed_id}: stored as {seed_id}: 1 speaker, ")
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, seed_text)
    status, out, err = run("track", "add", str(corpus), "--db", db)
    assert status == 2
    assert f"factcheck: {corpus}:2: not JSON" in err
    assert "already stored as" in out.splitlines()[0]  # rt-1 is the text read from standard input
    assert sum("stored as" in line for line in out.splitlines()) == 3


# ------------------------------------------------------------------ many files


@pytest.mark.benchmark_data
@pytest.mark.parametrize("fmt", ["json", "simple", "claimreview"])
def test_jobs_2_gives_what_jobs_1_gives_in_input_order(benchmarks: Path, seed_path: Path, fmt: str) -> None:
    articles = sorted((benchmarks / "news-attribution").glob("*.txt"))[:8]
    paths = [str(p) for p in reversed(articles)] + [str(seed_path)]
    one = run("check", *paths, "-f", fmt, "--jobs", "1", "-q")
    two = run("check", *paths, "-f", fmt, "--jobs", "2", "-q")
    assert one == two and one[2] == ""
    if fmt == "json":
        assert [d["path"] for d in documents(two[1])] == paths


def test_the_summary_line_counts_every_document_and_error(tmp_path: Path, seed_path: Path) -> None:
    article = tmp_path / "strike.txt"
    article.write_text(STRIKE, encoding="utf-8")
    status, out, err = run("check", str(seed_path), str(article), "no/such.txt", "-f", "json", "--jobs", "2")
    assert status == 2
    reports = [json.loads(line) for line in out.splitlines()]
    statuses: dict[str, int] = {}
    for report in reports:
        for verdict in report["verdicts"]:
            statuses[verdict["status"]] = statuses.get(verdict["status"], 0) + 1
    order = ["fail", "error", "warn", "unknown", "pass", "info"]
    verdicts = ", ".join(f"{statuses[s]} {s}" for s in order if s in statuses)
    claims = sum(len(r["claims"]) for r in reports)
    quotes = sum(len(r["quotes"]) for r in reports)
    figures = sum(len(r["figures"]) for r in reports)
    first, summary = err.splitlines()
    assert first == "factcheck: no/such.txt: no such file"
    counts = f"2 documents, {claims} claims, {quotes} quotes, {figures} figures; verdicts: {verdicts}"
    assert re.fullmatch(re.escape(f"{counts}; 1 error; ") + r"\d+\.\d s \(\d+\.\d documents/s\)", summary)


def plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, source: str) -> str:
    (tmp_path / f"{name}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return name


def test_a_worker_that_dies_or_hangs_is_an_error_line_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_path: Path
) -> None:
    name = plugin(
        tmp_path,
        monkeypatch,
        "fc_sample_crashy",
        """
        import os
        import time

        import factcheck

        @factcheck.checker("crashy")
        def crashy(report):
            \"\"\"Kill its process, or hang, on articles that ask for it.\"\"\"
            if "the press office collapsed" in report.document.text:
                os._exit(7)
            if "talks dragged on" in report.document.text:
                time.sleep(600)
            return []

        @factcheck.hookimpl
        def factcheck_checkers():
            return [crashy]
        """,
    )
    dies = tmp_path / "dies.txt"
    dies.write_text(STRIKE + "\nThe minister said the press office collapsed on Monday.\n", encoding="utf-8")
    hangs = tmp_path / "hangs.txt"
    hangs.write_text(STRIKE + "\nThe talks dragged on into the night, officials said.\n", encoding="utf-8")
    paths = [str(seed_path), str(dies), str(hangs), str(seed_path)]
    status, out, err = run(
        "-p", name, "check", *paths, "-f", "json", "--jobs", "2", "--timeout", "8", "--checker-timeout", "0"
    )  # 8 s: time enough for the seed in a fresh worker on a busy machine
    assert status == 2
    assert [d["path"] for d in documents(out)] == [str(seed_path), str(seed_path)]
    lines = err.splitlines()
    assert f"factcheck: {dies}: the worker checking it died (exit code 7)" in lines
    assert f"factcheck: {hangs}: timed out after 8 s (--timeout); its worker was stopped" in lines


def test_plugins_and_disable_reach_the_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_path: Path
) -> None:
    monkeypatch.syspath_prepend(str(SAMPLES))
    article = tmp_path / "anon.txt"
    article.write_text(
        "Talks stall\n\n"
        "\u201cWe are not going to sign anything this week, whatever they offer us,\u201d "
        "one negotiator said.\n",
        encoding="utf-8",
    )
    argv = ("-p", "fc_sample_strict", "--disable", "numeric", "check", str(article), str(seed_path))
    status, out, _ = run(*argv, "-f", "json", "--jobs", "2", "-q")
    assert status == 1  # the strict plugin's fail verdict, from a worker
    checkers = {v["checker"] for line in out.splitlines() for v in json.loads(line)["verdicts"]}
    assert "all-quotes-named" in checkers and "numeric" not in checkers
    assert run(*argv, "-f", "json", "--jobs", "1", "-q")[1] == out
