"""``--format html``: one self-contained page with the article, its highlights and each verdict beside
its words; valid, inert on hostile text, readable on a phone; and the same page loaded in headless
Chromium (marker ``browser``: skipped without chromium, except under CI, where it must run)."""

from __future__ import annotations

import html.parser
import io
import os
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest

import factcheck
from factcheck.cli import main
from factcheck.render.page import render_page

VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "col", "area", "base", "source", "track"}
#: Elements a <p> cannot hold (a parser would close the paragraph before them).
BLOCK = {"p", "div", "section", "article", "header", "footer", "ul", "ol", "table", "details", "h1", "h2"}


class StrictParser(html.parser.HTMLParser):
    """Fails on what a browser would silently repair: unclosed or mismatched tags, blocks in a paragraph."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.doctype = False

    def handle_decl(self, decl: str) -> None:
        self.doctype = self.doctype or decl.lower() == "doctype html"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK and "p" in self.stack:
            self.problems.append(f"<{tag}> inside <p>")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def strict(page: str) -> None:
    parser = StrictParser()
    parser.feed(page)
    parser.close()
    assert parser.doctype and not parser.problems and not parser.stack, (parser.problems, parser.stack)


HOSTILE = (
    "Council <b>passes</b> budget </p><script>alert(1)</script>\n\n"
    '"We counted every vote & we will count 4,000 more <img src=x onerror=alert(2)>," said Jane '
    "Doe, the clerk.\n\n"
    "The council approved 12 of 20 projects, officials said\x1b[2J.\n"
)


def _page(*paths: Path, extra: tuple[str, ...] = ()) -> str:
    out, err = io.StringIO(), io.StringIO()
    status = main(["check", *map(str, paths), "--format", "html", "-q", *extra], out=out, err=err)
    assert status in (0, 1), err.getvalue()
    return out.getvalue()


@pytest.fixture(scope="module")
def seed_page(seed_path: Path) -> str:
    return _page(seed_path)


def test_the_page_is_one_valid_self_contained_document(seed_page: str) -> None:
    strict(seed_page)
    tree = lxml.html.fromstring(seed_page)
    assert tree.xpath('//meta[@name="viewport"]/@content') == ["width=device-width, initial-scale=1"]
    assert tree.xpath("//script | //link | //img | //iframe | //object") == []
    style = "".join(tree.xpath("//style/text()"))
    assert "@media" in style and "@import" not in style and "url(" not in style
    assert not [v for v in tree.xpath("//@src | //@href") if v]  # nothing fetched
    assert len(tree.xpath("//article")) == 1


def test_every_verdict_stands_after_the_words_of_its_claim(seed_path: Path, seed_page: str) -> None:
    report = factcheck.check(seed_path)
    tree = lxml.html.fromstring(seed_page)
    shown = tree.xpath('//section[@class="text"]//*[contains(@class, "verdict ")]')
    on_claims = [v for v in report.verdicts if v.claim]
    assert len(shown) == len(on_claims)
    for group in tree.xpath('//span[@class="verdicts"][@data-claim]'):
        before = group.getprevious()
        assert (
            before is not None
            and before.tag == "mark"
            and before.get("data-claim") == group.get("data-claim")
        )
        claim = report.claim(group.get("data-claim"))
        assert claim is not None
        words = "".join(m.text_content() for m in tree.xpath(f'//mark[@data-claim="{claim.id}"]'))
        assert " ".join(words.split()) == " ".join(report.words(claim.span).split())
    warned = tree.xpath('//*[@data-status="warn"]')
    assert len(warned) == 1 and all("status-warn" in w.get("class") for w in warned)
    assert "paraphrase differs from the quote" in warned[0].text_content()
    assert warned[0].get("data-claim") == "c2"
    whole = tree.xpath('//ul[@class="doc-verdicts"]//*[@data-status]')
    assert len(whole) == sum(1 for v in report.verdicts if v.claim is None)


def test_quotes_speakers_and_figures_are_highlighted(seed_path: Path, seed_page: str) -> None:
    report = factcheck.check(seed_path)
    tree = lxml.html.fromstring(seed_page)
    text = tree.xpath('//section[@class="text"]')[0]
    for figure in report.figures:
        marked = "".join(m.text_content() for m in text.xpath(f'.//mark[@data-figure="{figure.id}"]'))
        assert marked == report.words(figure.span)
    speaker = report.speakers[0]
    names = {m.text_content() for m in text.xpath(f'.//mark[@data-speaker="{speaker.id}"]')}
    assert {"Syromolotov", "the diplomat"} <= names
    quoted = "".join(m.text_content() for m in text.xpath('.//mark[@data-quote="q1"]'))
    assert quoted == report.words(report.quotes[0].span)
    assert (
        "Over 4,000 Russian citizens (>4,000)" in tree.xpath('//section[@class="figures"]')[0].text_content()
    )


def test_hostile_text_stays_text(tmp_path: Path) -> None:
    article = tmp_path / "<i>council<script>.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    page = _page(article)
    strict(page)
    tree = lxml.html.fromstring(page)
    assert tree.xpath("//script | //img | //b | //i") == []
    body = tree.xpath('//section[@class="text"]')[0].text_content()
    assert "<b>passes</b> budget </p><script>alert(1)</script>" in body
    assert "<img src=x onerror=alert(2)>" in body and "\x1b" not in page
    assert "<i>council<script>.txt" in tree.xpath('//*[@class="where"]')[0].text_content()


def test_the_page_is_all_standard_output_holds(seed_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["check", str(seed_path), "--format", "html"], out=out, err=err) == 0
    assert out.getvalue().startswith("<!DOCTYPE html>") and out.getvalue().endswith("</html>\n")
    assert "1 document," in err.getvalue()


def test_several_documents_make_one_page(seed_path: Path, tmp_path: Path) -> None:
    article = tmp_path / "council.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    page = _page(seed_path, article)
    strict(page)
    assert page.count("<!DOCTYPE html>") == 1 and page.count("<article ") == 2
    assert render_page([]).count("No documents.") == 1


def _chromium() -> str | None:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None and os.environ.get("CI"):
        pytest.fail("chromium is not installed, and under CI the page must be checked in a real browser")
    if found is None:
        pytest.skip("chromium is not installed (.ci/run installs it)")
    return found


def _browser(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    argv = [chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}", *args]
    return subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.browser
def test_chromium_loads_the_page_with_verdicts_beside_their_words(seed_page: str, tmp_path: Path) -> None:
    chromium = _chromium()
    assert chromium is not None
    page = tmp_path / "report.html"
    page.write_text(seed_page, encoding="utf-8")
    done = _browser(chromium, tmp_path / "profile", "--dump-dom", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    dom = lxml.html.fromstring(done.stdout)
    assert dom.xpath("//title")[0].text_content().startswith("Senior diplomat")
    groups = dom.xpath('//span[@class="verdicts"][@data-claim]')
    assert len(groups) >= 3
    for group in groups:
        before = group.getprevious()
        assert before is not None and before.get("data-claim") == group.get("data-claim")
    assert len(dom.xpath('//*[@data-status="warn"]')) == 1
    assert dom.xpath('//section[@class="text"]//mark[@data-figure]')
    assert dom.xpath('//section[@class="text"]//mark[@data-speaker]')
    assert dom.xpath('//section[@class="text"]//mark[@data-quote]')
    shot = tmp_path / "phone.png"
    done = _browser(
        chromium, tmp_path / "profile", f"--screenshot={shot}", "--window-size=412,900", page.as_uri()
    )
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


@pytest.mark.benchmark_data
def test_real_articles_give_valid_pages_with_each_verdict_after_its_claim(benchmarks: Path) -> None:
    files = sorted((benchmarks / "news-attribution").glob("*.txt"))
    files += sorted((benchmarks / "polnear" / "dev").glob("*.txt"))[:30]
    assert len(files) >= 40
    for path in files:
        report = factcheck.check(path)
        page = render_page([report])
        strict(page)
        tree = lxml.html.fromstring(page)
        shown = tree.xpath('//section[@class="text"]//*[contains(@class, "verdict ")]')
        assert len(shown) == sum(1 for v in report.verdicts if v.claim), path.name
        for group in tree.xpath('//span[@class="verdicts"][@data-claim]'):
            before = group.getprevious()
            assert before is not None and before.get("data-claim") == group.get("data-claim"), path.name
        for figure in report.figures:
            marked = "".join(m.text_content() for m in tree.xpath(f'//p//mark[@data-figure="{figure.id}"]'))
            assert marked == report.words(figure.span), (path.name, figure.id)
