"""Courtesy titles of the Asian, Gulf and West African English-language press ("Datuk Seri",
"Tan Sri", "Begum", "Mian", "Shri", "Smt.", "Alhaji") stand before a name like "Mr" and are no
part of it, so a later short form with the title is the same person.  Sentences written for these
tests in the style of those desks."""

from __future__ import annotations

import factcheck
from factcheck.extraction.courtesy_titles import skip_courtesy_titles


def _speaker_of(text: str, words: str) -> str | None:
    report = factcheck.extract(factcheck.Document(text="Cabinet news\n\n" + text + "\n"))
    for quote in report.quotes:
        if quote.span.of(report.document.text) == words:
            speaker = report.speaker(quote.speaker) if quote.speaker else None
            return speaker.name if speaker else None
    raise AssertionError(f"no quote {words!r}")


def _name_after(words: str) -> str:
    return words[skip_courtesy_titles(words, 0, len(words)) :]


def test_malaysian_titles_are_no_part_of_the_name() -> None:
    text = (
        "Transport Minister Datuk Seri Lim Kah Seng said yesterday the new rail line would open in "
        "March.\n\nDatuk Seri Lim said fares would stay at RM2 for students."
    )
    assert _speaker_of(text, "the new rail line would open in March") == "Lim Kah Seng"
    assert _speaker_of(text, "fares would stay at RM2 for students") == "Lim Kah Seng"


def test_begum_before_a_surname_is_the_same_person() -> None:
    text = (
        "Opposition Leader Begum Nasreen Rahman said the budget ignored farmers.\n\n"
        "Finance Minister Kamran Siddiqui disagreed.\n\nBegum Rahman said her party would table amendments."
    )
    assert _speaker_of(text, "her party would table amendments") == "Nasreen Rahman"


def test_smt_with_a_full_stop_ends_no_sentence() -> None:
    text = (
        "The minister said the State's legal team, led by senior advocate Smt. Radha Iyer, had been "
        "asked to place fresh data before the court."
    )
    report = factcheck.extract(factcheck.Document(text="Water row\n\n" + text + "\n"))
    found = [quote.span.of(report.document.text) for quote in report.quotes]
    assert found == [
        "the State's legal team, led by senior advocate Smt. Radha Iyer, had been asked to place fresh "
        "data before the court"
    ]


def test_titles_read_only_before_a_name() -> None:
    assert _name_after("Tan Sri Ahmad Fuad Rahman") == "Ahmad Fuad Rahman"
    assert _name_after("Alhaji Musa Bello") == "Musa Bello"
    assert _name_after("Shri H.K. Ramappa") == "H.K. Ramappa"
    assert _name_after("Tan Kok Wai") == "Tan Kok Wai"  # a surname, not half of "Tan Sri"
    assert _name_after("Sri Mulyani Indrawati") == "Sri Mulyani Indrawati"  # a given name
    assert _name_after("Mian Sahib") == "Mian Sahib"  # a title and a title: nothing to skip to


def test_justice_before_a_name_is_the_judge() -> None:
    text = (
        "Justice Grace Mwangi issued the orders on Tuesday. The residents' advocate, Mr Peter Odhiambo, "
        'was in court.\n\n"Any eviction before the hearing would render the petition meaningless," the '
        "judge said in her ruling."
    )
    assert (
        _speaker_of(text, "Any eviction before the hearing would render the petition meaningless,")
        == "Grace Mwangi"
    )
