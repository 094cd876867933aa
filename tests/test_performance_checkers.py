"""The checkers' look-ups built once per report find what the plain readings found."""

from __future__ import annotations

import random

from factcheck.api import extract
from factcheck.model import Document
from plugins.attribution_context import Context
from plugins.attribution_speaker import _outside

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
