"""The word "staff" is a plural unnamed source like "officials": "District staff say bus routes
will be set by March" is a quote with no person named; "chief of staff" stays a post."""

from __future__ import annotations

import factcheck

SCHOOLS = (
    "Board votes to close two schools\n\n"
    "The board voted 5-2 to close Riddle and Willow elementary schools.\n\n"
    "District staff say bus routes will be set by March.\n\n"
    "His chief of staff, Mark Lowe, said the plan was sound.\n"
)


def test_staff_say_is_an_unnamed_source() -> None:
    report = factcheck.extract(factcheck.Document(text=SCHOOLS))
    names = {s.id: s.name for s in report.speakers}
    said = {SCHOOLS[q.span.start : q.span.end]: q for q in report.quotes}
    quote = said.get("bus routes will be set by March")
    assert quote is not None
    assert names.get(quote.speaker or "") in (None, "District staff")
    assert names.get(said["the plan was sound"].speaker or "") == "Mark Lowe"
