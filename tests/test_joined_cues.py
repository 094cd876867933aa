"""A verb of saying joined by "and"/"but" to an earlier one, after the words that one reported,
shares its subject ("She said the plan was sound, but insisted …"), not a noun inside the reported
clause.  Sentences written for these tests in the style of regional and sports reporting."""

from __future__ import annotations

import factcheck


def _said(text: str) -> list[tuple[str, str | None]]:
    report = factcheck.extract(factcheck.Document(text="Council row\n\n" + text + "\n"))
    out = []
    for quote in report.quotes:
        speaker = report.speaker(quote.speaker) if quote.speaker else None
        out.append((quote.span.of(report.document.text), speaker.name if speaker else None))
    return out


def test_a_second_verb_after_a_comma_shares_the_first_subject() -> None:
    text = (
        "Asked by Cllr Margaret Ellison whether she had walked the route, planning officer Dr Anjali "
        "Rao said she had not seen it in flood, but insisted the drainage model was sound."
    )
    assert ("the drainage model was sound", "Anjali Rao") in _said(text)


def test_a_quoted_phrase_between_the_verbs_does_not_hand_over_the_subject() -> None:
    text = (
        "Rovers captain Tomasi Vea was more measured. He said Wellington had “let one slip” and "
        "insisted the side would bounce back against Otago next week."
    )
    assert ("the side would bounce back against Otago next week", "Tomasi Vea") in _said(text)


def test_a_verb_inside_the_reported_words_is_not_the_one_joined() -> None:
    text = (
        "Opposition leader Fiona Gault said the minister did not know what he was talking about, "
        "and accused the department of hiding the figures."
    )
    assert ("the department of hiding the figures", "Fiona Gault") in _said(text)


def test_a_participle_before_the_join_leaves_the_subject_to_the_cue() -> None:
    text = (
        "Mayor Ruth Kinsella welcomed the vote, calling it “a good day for the town” and said "
        "building would start in the spring."
    )
    assert ("building would start in the spring", "Ruth Kinsella") in _said(text)
