"""The checkers' look-ups built once per report find what the plain readings found."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from factcheck.api import extract
from factcheck.model import Document, SpeakerKind
from plugins import numeric_subjects
from plugins.attribution_context import Context
from plugins.attribution_speaker import _outside
from plugins.numeric_subjects import _name_mentions

NEWS = (
    "Health Minister Ana Ruiz said on Tuesday that 40 clinics would close.\n\n"
    "“We cannot keep them open,” Ruiz told reporters. “The money is gone.”\n\n"
    "“It is a disaster for the villages,” said one nurse, who asked not to be named.\n\n"
    "Ruiz's office later said that “some” clinics might reopen, a spokesman said.\n\n"
    "“Nobody asked us,” read a sign outside the Ministry of Health."
)


def test_quotes_outside_a_range_by_bisection_match_a_sorted_scan() -> None:
    ctx = Context.of(extract(Document(text=NEWS)))
    spans, reach = ctx.marked_quotes()
    assert len(spans) >= 2
    rng = random.Random(16)
    for _ in range(500):
        start = rng.randrange(len(NEWS))
        end = rng.randrange(start, len(NEWS) + 1)
        shuffled = list(spans)
        rng.shuffle(shuffled)
        assert _outside(NEWS, start, end, spans, reach) == _outside(NEWS, start, end, shuffled)


def test_people_index_holds_every_person_and_mention() -> None:
    report = extract(Document(text=NEWS))
    surnames, starts = Context.of(report).people()
    assert "Ruiz" in surnames
    people = [s for s in (*report.entities, *report.speakers) if s.kind.value == "person"]
    assert starts == sorted(m.start for p in people for m in p.mentions)


def _one_pattern(text: str, names: dict[str, str]) -> list[tuple[int, str]]:
    """What one regular expression of all the names, longest first, finds (what the look-up replaced)."""
    longest_first = sorted(names, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, longest_first)) + r")\b")
    return [(m.start(), names[m.group()]) for m in pattern.finditer(text)]


def test_name_mentions_match_one_pattern_of_all_names() -> None:
    text = (
        "Sen. Bernie Sanders spoke first. Sanders said O'Brien and the U.S. Army disagreed; "
        "Sandersville voters cheered Anna, not Ann. Ann Lee and Lee Ann met Sanders' aides "
        "at the U.S. Army base, where Ann Leeson waited."
    )
    names = {"Bernie Sanders": "sp1", "Sanders": "sp1", "O'Brien": "sp2", "U.S. Army": "sp3"}
    names |= {"Ann Lee": "sp4", "Lee": "sp4", "Ann": "sp5", "Lee Ann": "sp6"}
    found = _name_mentions(text, names)
    assert found == _one_pattern(text, names)
    assert (text.index("Bernie"), "sp1") in found and (text.index("Sandersville"), "sp1") not in found


def test_name_mentions_by_one_pass_over_the_words_as_by_finding_each_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = (
        "Ann Lee met Lee Ann and Sanders in Leeds; Sandersville and AnnLee cheered, Lee_Ann did not. "
        "Later Ann, Lee and Bernie Sanders spoke."
    )
    names = {"Bernie Sanders": "sp1", "Sanders": "sp1", "Ann Lee": "sp4", "Lee": "sp4", "Ann": "sp5"}
    found = _name_mentions(text, names)  # few names: each first word looked for with str.find
    monkeypatch.setattr(numeric_subjects, "FIND_EACH", 0)  # as in a long text naming many people
    assert _name_mentions(text, names) == found == _one_pattern(text, names)
    assert len(found) == 7


@pytest.mark.benchmark_data
def test_name_mentions_match_one_pattern_on_public_articles(benchmarks: Path) -> None:
    files = sorted((benchmarks / "polnear" / "dev").glob("*.txt"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        report = extract(Document(text=text))
        names = {
            name: e.id
            for e in (*report.entities, *report.speakers)
            if e.kind not in (SpeakerKind.ANONYMOUS, SpeakerKind.OFFICE)
            for name in (e.name, e.surname)
            if len(name) > 2 and name[:1].isupper()
        }
        if names:
            assert _name_mentions(text, names) == _one_pattern(text, names)
