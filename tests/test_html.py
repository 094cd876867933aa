"""HTML input: the trafilatura loader plugin (factcheck.html)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import factcheck
import factcheck.html

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGE = FIXTURES / "tass-style-article.html"


@pytest.fixture
def html_pm() -> factcheck.manager.FactcheckPluginManager:
    return factcheck.get_plugin_manager(extra=[factcheck.html])


def test_page_text_and_metadata(html_pm: factcheck.manager.FactcheckPluginManager) -> None:
    document = factcheck.load(PAGE, html_pm)
    assert document.title == "Over 1,500 migrants detained in Moscow region raids"
    assert document.published == dt.date(2019, 6, 5)
    assert document.publisher == "TASS"
    assert document.url == "https://tass.com/society/1061234"
    assert document.path == str(PAGE)
    text = document.text
    assert text.startswith("MOSCOW, June 5. /TASS/. Police detained over 1,500 foreign nationals")
    # Boilerplate is gone: menus, related links, footer, scripts.
    for debris in ("Business & Economy", "Read also", "All rights reserved", "dataLayer", "Privacy policy"):
        assert debris not in text
    # Paragraphs are separated by a blank line, so offsets refer to this text.
    assert 'Interior Ministry.\n\n"In total, 1,512 people' in text
    if document.publisher_span is not None:
        assert document.words(document.publisher_span) == "TASS"


def test_check_html_page_tags_publisher_and_cites(html_pm: factcheck.manager.FactcheckPluginManager) -> None:
    report = factcheck.check(PAGE, pm=html_pm)
    text = report.document.text
    publisher = report.publisher
    assert publisher is not None and publisher.name == "TASS"
    assert {(t.value, t.list_name) for t in publisher.tags} == {
        ("state-controlled (SC)", "State Media Monitor via state-media-profiles"),
        ("No consensus", "Wikipedia perennial sources"),
    }
    origins = {s.name: s for s in report.sources if s.role is factcheck.SourceRole.ORIGIN}
    assert "regional Interior Ministry" in origins
    assert "Federal Migration Service" in origins
    for source in report.sources:
        if source.span is not None and source.role is factcheck.SourceRole.ORIGIN:
            assert text[source.span.start : source.span.end] == source.name


def test_non_html_paths_are_left_to_other_loaders(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("<p>Not read as HTML because of its name.</p>", encoding="utf-8")
    assert factcheck.html.factcheck_load(article) is None


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "is empty"),
        (
            b"<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>",
            "no article text",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_broken_html_is_a_one_line_input_error(
    tmp_path: Path, html_pm: factcheck.manager.FactcheckPluginManager, content: bytes, problem: str
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(content)
    with pytest.raises(factcheck.InputError) as info:
        factcheck.load(page, html_pm)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(page))
    assert problem in message


def test_missing_html_file(tmp_path: Path, html_pm: factcheck.manager.FactcheckPluginManager) -> None:
    with pytest.raises(factcheck.InputError, match="no such file"):
        factcheck.load(tmp_path / "gone.htm", html_pm)
