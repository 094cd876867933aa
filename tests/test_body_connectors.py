"""A body named with "for the" or "of the" inside ("the Office for the Coordination of Relief
Work", "the Society for the Protection of Hedgehogs") speaks as that body, and "the statement"
it issued is its own."""

from __future__ import annotations

import factcheck
from factcheck.extraction.phrases import parse_phrase

APPEAL = (
    "Relief appeal falls short\n\n"
    "The World Relief Fund said its trucks were ready at the border.\n\n"
    "In a statement issued on Monday, the Office for the Coordination of Relief Work said the "
    "appeal was only a fifth funded.\n\n"
    '"Nobody can say they were not warned," the statement said.\n'
)


def test_a_body_named_with_for_the_inside() -> None:
    for words, name in (
        ("the Office for the Coordination of Relief Work", "Office for the Coordination of Relief Work"),
        ("the Society for the Protection of Hedgehogs", "Society for the Protection of Hedgehogs"),
    ):
        phrase = parse_phrase(words, 0, len(words))
        assert phrase is not None and (phrase.kind, phrase.name) == ("organisation", name)


def test_its_statement_is_its_own() -> None:
    report = factcheck.extract(factcheck.Document(text=APPEAL))
    names = {s.id: s.name for s in report.speakers}
    said = {APPEAL[q.span.start : q.span.end]: names.get(q.speaker or "") for q in report.quotes}
    assert said.get("the appeal was only a fifth funded") == "Office for the Coordination of Relief Work"
    assert said["Nobody can say they were not warned,"] == "Office for the Coordination of Relief Work"
