"""A name an appositive calls a scheme or a charity is a body ("Pool Cover, the industry-funded
scheme, pays out …"), so it never takes a later "she says"; a person with a first name stays a
person ("Anna Reid, a charity director, …")."""

from __future__ import annotations

import factcheck
from factcheck.model import SpeakerKind

SHOP = (
    "Traders left without cover\n\n"
    "Helen Marsh has run a florist's on Bridge Street for 12 years.\n\n"
    "Pool Cover, the industry-funded scheme, pays out for homes but not for shops.\n\n"
    '"I will open again, but this is the last time," she says.\n\n'
    "Anna Reid, a charity director, said the town needed help.\n"
)


def test_a_name_called_a_scheme_is_a_body() -> None:
    report = factcheck.extract(factcheck.Document(text=SHOP))
    kinds = {e.name: e.kind for e in report.entities}
    assert kinds.get("Pool Cover") is SpeakerKind.ORGANISATION
    assert kinds.get("Anna Reid") is SpeakerKind.PERSON


def test_she_after_the_scheme_is_the_woman_in_view() -> None:
    report = factcheck.extract(factcheck.Document(text=SHOP))
    names = {s.id: s.name for s in report.speakers}
    quote = next(q for q in report.quotes if SHOP[q.span.start :].startswith("I will open"))
    assert names.get(quote.speaker or "") == "Helen Marsh"
