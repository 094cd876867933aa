"""A sentence that opens on a relation or a post and one name ("His wife, Dianne, is blunter.")
brings that person into view for the next "she" or "he".  Sentences written for these tests in
the style of regional feature writing."""

from __future__ import annotations

import factcheck


def _speakers(text: str) -> list[str | None]:
    report = factcheck.extract(factcheck.Document(text="On the farm\n\n" + text + "\n"))
    out = []
    for quote in report.quotes:
        speaker = report.speaker(quote.speaker) if quote.speaker else None
        out.append(speaker.name if speaker else None)
    return out


def test_a_wife_named_by_her_first_name_is_the_next_she() -> None:
    text = (
        "Colin Marsh sold the herd in 2021. “The numbers stopped adding up,” Marsh says.\n\n"
        "His wife, Brenda, is less forgiving.\n\n"
        "“He has not been the same man since,” she says."
    )
    assert _speakers(text) == ["Colin Marsh", "Brenda"]


def test_a_son_named_after_an_owner_is_the_next_he() -> None:
    text = (
        "Colin Marsh still walks the boundary every morning. Marsh's son Robert, 41, runs the "
        "business side.\n\n"
        "“Dad loves the land. I love a balance sheet,” he says."
    )
    assert _speakers(text) == ["Robert"]


def test_a_known_surname_after_a_post_is_that_person() -> None:
    text = (
        "Tom Hale scored twice. Coach Joe Bell said the side had run out of legs.\n\n"
        "His captain, Hale, was calmer. “We will be better for it,” he said."
    )
    assert _speakers(text)[0] == "Tom Hale"


def test_a_capitalised_word_that_is_no_name_brings_no_one() -> None:
    text = (
        "Colin Marsh sold the herd in 2021. “The numbers stopped adding up,” Marsh says.\n\n"
        "His neighbour, Greenfield, is a dairy co-operative now.\n\n"
        "“It was time,” he says."
    )
    assert _speakers(text) == ["Colin Marsh", "Colin Marsh"]
