"""Patterns behind a look-ahead at their first characters match as the plain patterns do."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from factcheck.extraction import antecedents, cue_words, figure_context, nicknames, questions, speech_patterns
from factcheck.first_chars import first_chars, looking_first
from plugins import attribution, attribution_borrowed, numeric_changes, sources_self_reported

NEWS = (
    "WASHINGTON (AP) — Sen. Ana Ruiz (D-N.M.) said on Tuesday that the Food and Agriculture "
    "Organization, a United Nations agency based in Rome, had been asked for its figures. "
    "“We will not back down,” Ruiz told reporters, adding that prices rose 4% a year ago. "
    "As Mr. Lee put it, “nobody has called us since the spring.” A man known to neighbours as Tito "
    "said Acme Holdings Inc. and the U.N. had pointed out the gap, according to data from Chile. "
    "Call +1 604 699 4000 or (613) 992-4523. In Baker's words, “the plan was never going to work.” "
    "Ruiz's claim that “the agency misled the public” was rejected. ſAID the KING of Oslo."
)

#: The module patterns put behind their first characters, by name.
WRAPPED = {
    "CUE_RE": cue_words.CUE_RE,
    "ORG_MENTION": antecedents.ORG_MENTION,
    "APPOSED_BODY": antecedents.APPOSED_BODY,
    "CAPITALISED_RUN": antecedents.CAPITALISED_RUN,
    "CALLED_NAME": antecedents.CALLED_NAME,
    "PHONE": figure_context.PHONE,
    "_ASKED": questions._ASKED,
    "_NICKNAME": nicknames._NICKNAME,
    "ACCORDING": speech_patterns.ACCORDING,
    "CITED": attribution.CITED,
    "OWNER": attribution_borrowed.OWNER,
    "_PERIOD": numeric_changes._PERIOD,
    "_COUNTRY_NAME": sources_self_reported._COUNTRY_NAME,
}

_LOOK_AHEAD = re.compile(r"\(\?=\[(?:\\.|[^\]\\])*\]\)\(\?:")


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern a wrapped one was made from."""
    opening = _LOOK_AHEAD.match(pattern.pattern)
    assert opening is not None, pattern.pattern[:60]
    end = -2 if pattern.flags & re.VERBOSE else -1
    return re.compile(pattern.pattern[opening.end() : end], pattern.flags)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_first_characters_are_read_from_the_pattern() -> None:
    assert first_chars(re.compile(r"\b[Aa]sked\b")) == "[Aa]"
    assert first_chars(re.compile(r"(?<![\w.])(?:said|told)\b")) == "[st]"
    assert first_chars(re.compile(r"(?:very\s+)?(?P<n>\d+)")) == r"[\dv]"
    assert first_chars(re.compile(r"[A-Z]\w*|\(\d{3}\)")) == r"[A-Z\(]"


def test_patterns_with_no_known_first_character_are_left_alone() -> None:
    for source in (r"a*", r"\b", r".said", r"[^a]b", r"(?i:s)aid", r"(a)?(?(1)b|c)", r"(?i)said"):
        pattern = re.compile(source)
        assert looking_first(pattern) is pattern, source


def test_looking_first_finds_the_same_matches_and_groups() -> None:
    sources = [
        (r"\b(?P<verb>said|says|told)\b(?:\s+(?P<who>[A-Z]\w+))?", 0),
        (r"(?<![\w’'])(?P<given>[A-Z][a-z]+)\s+(?P<family>[A-Z][a-z]+)", 0),
        (r"\bsaid\b|\bking\b", re.I),  # "ſAID" and "KING": the look-ahead folds case as the pattern does
        (r"(?:\+\d{1,3}|\(\d{3}\))[ \d-]+", 0),
        (r"\bas\s+(\w+\s+){1,3}?put\s+it  # a comment at the end", re.VERBOSE),
    ]
    for source, flags in sources:
        plain = re.compile(source, flags)
        fast = looking_first(plain)
        assert fast is not plain
        assert _matches(fast, NEWS) == _matches(plain, NEWS), source
        assert fast.groupindex == plain.groupindex
        for at in range(len(NEWS)):
            assert bool(fast.match(NEWS, at)) == bool(plain.match(NEWS, at)), (source, at)


@pytest.mark.parametrize("name", sorted(WRAPPED))
def test_module_patterns_are_looked_at_first(name: str) -> None:
    pattern = WRAPPED[name]
    plain = _plain(pattern)
    assert first_chars(plain) is not None
    assert _matches(pattern, NEWS) == _matches(plain, NEWS)


def test_module_patterns_match_public_articles_as_the_plain_ones(benchmarks: Path) -> None:
    files = sorted((benchmarks / "polnear" / "dev").glob("*.txt"))
    files += sorted((benchmarks / "news-attribution").glob("*.txt"))
    if not files:
        pytest.skip("public benchmarks not found")
    texts = [f.read_text(encoding="utf-8") for f in files]
    pick = random.Random(18)
    for name, pattern in WRAPPED.items():
        plain = _plain(pattern)
        for text in texts:
            assert _matches(pattern, text) == _matches(plain, text), (name, text[:40])
            for at in pick.sample(range(len(text)), min(40, len(text))):
                assert bool(pattern.match(text, at)) == bool(plain.match(text, at)), (name, at)
