"""Scans made cheaper read the same text the same way as the plain ones they replace."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.extraction import tokens
from factcheck.extraction.bodies import ALIAS, _aliases_in_brackets, defined_acronyms
from factcheck.extraction.cue_subjects import LEFT_BOUNDARY
from factcheck.extraction.figure_words import URL
from factcheck.extraction.phrases import _parse_words, parse_phrase
from factcheck.extraction.quotes import OPENERS, TWO_APOSTROPHES, RawQuote, _find_double
from factcheck.extraction.tokens import TokenView
from factcheck.model import Span
from factcheck.sentences import abbreviation_before, paragraphs
from factcheck.vocabulary import ABBREVIATIONS
from plugins import sources_cited
from plugins.attribution_rules import CONTRACTION, STOPWORDS, WORD, _stem, content_words

NEWS = (
    "“We will not back down,” Sen. Ana Ruiz told reporters on Tuesday. "
    "The ministry's ''final offer,'' she said, was \"not serious\". "
    "Officials in Kabul and Kandahar said «the talks» had stalled, "
    "and Mr. Lee, who wrote to press@example.org and posted at WWW.EXAMPLE.ORG/talks, added that "
    "„nothing was agreed“ while the Food and Agriculture Organization says prices rose. "
    '“He said the deal was dead, and then "he left.\n\n'
    "“Nobody has called us,” she said. “We are still waiting for an answer"
)


def _plain_find_double(text: str, para: Span) -> tuple[list[RawQuote], int | None]:
    """The character-by-character scan that _find_double replaced."""
    found: list[RawQuote] = []
    i = para.start
    while i < para.end:
        char = text[i]
        if (
            char == "'"
            and text.startswith(TWO_APOSTROPHES, i)
            and (i == para.start or not text[i - 1].isalnum())
        ):
            j = text.find(TWO_APOSTROPHES, i + 2, para.end)
            if j < 0:
                return found, i
            found.append(RawQuote(Span(i + 2, j), Span(i, j + 2)))
            i = j + 2
            continue
        if char in OPENERS and (char != '"' or i == para.start or not text[i - 1].isalnum()):
            closer = OPENERS[char]
            j = i + 1
            while j < para.end:
                c = text[j]
                if c == closer or (closer == '"' and c == "”") or (char == '"' and c == '"'):
                    break
                if char == "“" and c == '"':
                    break
                j += 1
            if j >= para.end:
                return found, i
            found.append(RawQuote(Span(i + 1, j), Span(i, j + 1)))
            i = j + 1
            continue
        i += 1
    return found, None


#: The boundary pattern as it was written before its words became one trie.
_FLAT_BOUNDARY = re.compile(
    r"(?:\([A-Z][\w .&-]{1,30}\)\s*[-—–―]+|^|,(?!\d)|[;:“”\"(—–―\n]|\s--?(?=\s)|"
    r"\bthat\b|\band\b|\bbut\b|\bwhile\b|\bas\b|"
    r"\bwhen\b|\bsaid\b|\bsays\b|\btold\b|\badded\b|\bbecause\b|\bsince\b|\bafter\b|\bbefore\b|\bif\b|"
    r"\balthough\b|\bthough\b|\bunless\b|\buntil\b|\bwhether\b|\bonce\b|\bso\b|\bwhere\b|"
    r"(?:(?<![\w’'] )|(?<=\band )|(?<=\bbut ))(?<![\w’'])yet\b)\s*",
    re.I,
)


def _plain_content_words(text: str) -> list[str]:
    out = []
    for match in WORD.finditer(text):
        lowered = CONTRACTION.sub("", match.group().lower()).strip("'’-")
        if len(lowered) < 2 or lowered in STOPWORDS:
            continue
        out.append(_stem(lowered))
    return out


def _plain_blocked(view: TokenView) -> set[int]:
    return {
        i for m in URL.finditer(view.text) for i, t in enumerate(view.toks) if m.start() <= t.start < m.end()
    }


def _same_reading(text: str) -> None:
    for para in paragraphs(text):
        assert _find_double(text, para) == _plain_find_double(text, para), para.of(text)[:80]
    bounds = [(m.start(), m.end()) for m in LEFT_BOUNDARY.finditer(text)]
    assert bounds == [(m.start(), m.end()) for m in _FLAT_BOUNDARY.finditer(text)]
    assert content_words(text) == _plain_content_words(text)
    view = TokenView(text)
    assert view.blocked == _plain_blocked(view)


def test_cheaper_scans_read_news_sentences_as_the_plain_ones() -> None:
    _same_reading(NEWS)
    # the sentences hold what each scan looks for, so the comparison is not empty
    found = [q.inner.of(NEWS) for para in paragraphs(NEWS) for q in _find_double(NEWS, para)[0]]
    assert "We will not back down," in found and "final offer," in found and "the talks" in found
    assert _find_double(NEWS, paragraphs(NEWS)[-1])[1] is not None  # the quote left open at the end
    view = TokenView(NEWS)
    assert {view.toks[i].text for i in view.blocked} >= {"press", "example", "EXAMPLE", "talks"}
    assert "kandahar" in content_words(NEWS) and "the" not in content_words(NEWS)


def test_a_text_without_addresses_blocks_no_token() -> None:
    assert TokenView("Prices rose 4 percent in May, the agency said.").blocked == set()


@pytest.mark.benchmark_data
def test_cheaper_scans_read_public_articles_as_the_plain_ones(benchmarks: Path) -> None:
    files = sorted((benchmarks / "polnear" / "dev").glob("*.txt"))
    files += sorted((benchmarks / "news-attribution").glob("*.txt"))
    assert files
    for path in files:
        _same_reading(path.read_text(encoding="utf-8"))


# ------------------------------------------------------------------ cited sources

SOURCED = (
    "According to the Health Ministry, 300 people died. A new report by the World Bank put losses at "
    "$2 billion, and data from the Central Bank showed inflation at 9 percent. The agency said 40 were "
    "missing, while police estimated that 1,000 homes were lost. Amnesty International has documented "
    "12 cases, officials told a briefing at the annual donor conference in Geneva on Monday. "
    "Prices rose for the third month in a row."
)


def _every_sentence_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every cue pattern on every sentence, as before the word checks."""
    monkeypatch.setattr(sources_cited, "_CUE_NEEDS", {cue: () for cue, _ in sources_cited._CUES})
    monkeypatch.setattr(sources_cited, "_VENUE_NEEDS", ("",))


def test_cited_sources_found_only_where_cue_words_are_as_by_scanning_every_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = sources_cited.find_cited_sources(SOURCED)
    assert {c.cue for c in found} == {"according to", "report by", "data from", "body states", "at"}
    with monkeypatch.context() as patched:
        _every_sentence_scanned(patched)
        assert sources_cited.find_cited_sources(SOURCED) == found
    # the last sentence holds no cue word, so none of the patterns is run on it
    assert not any(
        sources_cited._holds("Prices rose for the third month in a row.", needs)
        for needs in sources_cited._CUE_NEEDS.values()
    )


@pytest.mark.benchmark_data
def test_cited_sources_match_a_scan_of_every_sentence_on_public_articles(
    benchmarks: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = sorted((benchmarks / "polnear" / "dev").glob("*.txt"))
    files += sorted((benchmarks / "news-attribution").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in files]
    quick = [sources_cited.find_cited_sources(text) for text in texts]
    _every_sentence_scanned(monkeypatch)
    assert [sources_cited.find_cited_sources(text) for text in texts] == quick
    assert sum(map(len, quick)) > 50  # the articles cite bodies: the comparison is not empty


# ------------------------------------------------------------------ tokens

#: The token pattern as it was written before its speed-ups: the code tried before the word, and
#: no white space read as part of the match before a token.
_CODE_FIRST = re.compile(
    r"(?P<code>[^\W\d_]+\d[^\W_]*(?:\.\d+)?)|(?P<word>[^\W\d_]+(?:[’'][^\W\d_]+)*)"
    r"|(?P<locant>(?<![\d,])\d{1,2}(?:,\d{1,2})+-(?=[^\W\d_]))"
    r"|(?P<num>(?<!\d)(?:" + tokens._DIGITS + r"))"
    r"|(?P<sym>\S)"
)


def _same_tokens(text: str) -> None:
    found = [(t.kind, t.text, t.start, t.end) for t in tokens.tokenize(text)]
    plain = [(tokens._KINDS[m.lastgroup], m.group(), *m.span()) for m in _CODE_FIRST.finditer(text)]
    assert found == plain, text[:80]


def test_white_space_read_with_the_token_gives_the_same_tokens() -> None:
    # spaces, tabs, line breaks and no-break spaces between tokens, and white space that ends the
    # text (cut off before the search) or is all of it
    text = (
        "Turnout\tfell to 61.2 %\u00a0in 2019 ,\n\n  down from  1 234 567 voters "
        "( about 4 000 fewer ) . \n\u00a0 "
    )
    _same_tokens(text)
    _same_tokens(NEWS + "\n\n")
    _same_tokens(" \n\t\u00a0")
    assert tokens.tokenize(text) == tokens.tokenize(text.rstrip())
    assert [t.text for t in tokens.tokenize("  G20 ,\t4,000\n")] == ["G20", ",", "4,000"]


def test_words_tried_first_give_the_same_tokens_as_codes_first() -> None:
    codes = "The G20 and H5N1, an A330, i7 chips, J1149.5, abc'def1, O'Neill's O'Neill2 and x_y1 met ab_c2."
    _same_tokens(codes)
    _same_tokens(NEWS + SOURCED)
    kinds = {t.text: t.kind for t in tokens.tokenize(codes)}
    assert kinds["G20"] == kinds["H5N1"] == kinds["J1149.5"] == "code"
    assert kinds["O'Neill's"] == kinds["abc'def"] == kinds["The"] == "word" and kinds["1"] == "num"


@pytest.mark.benchmark_data
def test_words_tried_first_give_the_same_tokens_on_public_articles(benchmarks: Path) -> None:
    files = sorted((benchmarks / "polnear" / "dev").glob("*.txt"))
    files += sorted((benchmarks / "news-attribution").glob("*.txt"))
    assert files
    for path in files:
        _same_tokens(path.read_text(encoding="utf-8"))


# ------------------------------------------------------------------ abbreviations

_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def _plain_abbreviation_before(text: str, dot: int, start: int = 0) -> bool:
    """The pattern search that abbreviation_before's backward read replaced."""
    low = max(start, dot - 40)
    word = _LAST_WORD.search(text[low:dot])
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    if len(token) == 1 and low + word.start(1) > 0 and text[low + word.start(1) - 1].isdigit():
        return False  # the rule added since: "the 1990s." is no initial
    if token == "no" and not re.match(r"[ \t]*\d", text[dot + 1 :]):
        return False  # and another: "vote no. He said" ends a sentence, "No. 10" does not
    return token in ABBREVIATIONS or len(token) == 1 or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", token))


def _same_abbreviations(text: str) -> int:
    dots = [i for i, char in enumerate(text) if char == "."]
    for dot in dots:
        for start in (0, max(0, dot - 3), dot):
            assert abbreviation_before(text, dot, start) == _plain_abbreviation_before(text, dot, start)
    return len(dots)


def test_abbreviations_read_backwards_as_the_pattern_reads_them() -> None:
    text = "Sen. Ana Ruiz of the U.S. Senate met Dr. J. Lee at 5 p.m. in St.\nLouis. The end..\n. ..x."
    assert _same_abbreviations(text) > 10
    assert abbreviation_before(text, text.index(". Ana"))  # "Sen."
    assert not abbreviation_before(text, text.index(". The"))  # "Louis." ends a sentence


@pytest.mark.benchmark_data
def test_abbreviations_read_backwards_on_public_articles(benchmarks: Path) -> None:
    files = sorted((benchmarks / "polnear" / "dev").glob("*.txt"))
    files += sorted((benchmarks / "news-attribution").glob("*.txt"))
    assert sum(_same_abbreviations(path.read_text(encoding="utf-8")) for path in files) > 1000


# ------------------------------------------------------------------ speaker phrases


def _same_phrases(text: str, longest: int = 5) -> int:
    """Read every run of up to ``longest`` words as a phrase, remembered and afresh in place."""
    words = [m.span() for m in re.finditer(r"\S+", text)]
    read = 0
    for i, (start, _) in enumerate(words):
        for _, end in words[i : i + longest]:
            fresh = _parse_words(text, start, end)
            assert parse_phrase(text, start, end) == fresh, text[start:end]
            read += fresh is not None
    return read


def test_a_phrase_reads_the_same_wherever_its_words_stand() -> None:
    assert _same_phrases(NEWS + " " + SOURCED) > 50
    again = "Ana Ruiz said so. Later, Ana Ruiz said it again, and the ministry agreed."
    first, second = (parse_phrase(again, at, at + 8) for at in (0, again.index("Ana Ruiz", 5)))
    assert first is not None and second is not None and first.name == second.name == "Ana Ruiz"
    assert second.span == Span(again.index("Ana Ruiz", 5), again.index("Ana Ruiz", 5) + 8)


@pytest.mark.benchmark_data
def test_a_phrase_reads_the_same_wherever_it_stands_in_public_articles(benchmarks: Path) -> None:
    files = sorted((benchmarks / "polnear" / "dev").glob("*.txt"))[:6]
    assert files
    assert sum(_same_phrases(path.read_text(encoding="utf-8"), 4) for path in files) > 500


# ------------------------------------------------------------------ acronyms spelt out


def _same_aliases(text: str) -> int:
    found = [m.span() + m.groups() for m in _aliases_in_brackets(text)]
    assert found == [m.span() + m.groups() for m in ALIAS.finditer(text)], text[:80]
    return len(found)


def test_acronyms_in_brackets_found_on_lines_with_a_bracket_as_in_the_whole_text() -> None:
    text = (
        "The Food and Agriculture Organization (FAO) said on Monday that prices rose.\n\n"
        "Officials of the World Health\nOrganization (WHO) disagreed (strongly).\n"
        "The United Nations Children's Fund (UNICEF) and Sen. Ana Ruiz (D-Nev.) spoke (\n("
    )
    assert _same_aliases(text) == 3
    assert defined_acronyms(text)["FAO"] == "Food and Agriculture Organization"


@pytest.mark.benchmark_data
def test_acronyms_in_brackets_on_public_articles(benchmarks: Path) -> None:
    files = sorted((benchmarks / "polnear" / "dev").glob("*.txt"))
    files += sorted((benchmarks / "news-attribution").glob("*.txt"))
    assert sum(_same_aliases(path.read_text(encoding="utf-8")) for path in files) > 10
