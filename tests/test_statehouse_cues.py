"""Cues and sources of statehouse and city-hall copy: "shot back that", "according to an analysis
by the nonpartisan Legislative Fiscal Bureau", "the Tories" (a party, no person), and "the
agency" after the body that spoke last.  Sentences written for these tests."""

from __future__ import annotations

import factcheck


def _speaker_of(text: str, words: str) -> str | None:
    report = factcheck.extract(factcheck.Document(text="Statehouse\n\n" + text + "\n"))
    for quote in report.quotes:
        if quote.span.of(report.document.text) == words:
            speaker = report.speaker(quote.speaker) if quote.speaker else None
            return speaker.name if speaker else None
    raise AssertionError(f"no quote {words!r}")


def test_shot_back_that() -> None:
    text = "Premier Carole Lanthier shot back that her plan would cut residential bills by a quarter."
    assert _speaker_of(text, "her plan would cut residential bills by a quarter") == "Carole Lanthier"


def test_an_analysis_by_a_nonpartisan_bureau() -> None:
    text = (
        "The bill would add about $180 million for special education, according to an analysis by "
        "the nonpartisan Legislative Fiscal Bureau."
    )
    assert _speaker_of(text, "The bill would add about $180 million for special education") == (
        "Legislative Fiscal Bureau"
    )


def _speakers_of_file(text: str) -> dict[str, str | None]:
    report = factcheck.extract(factcheck.Document(text=text))
    out = {}
    for quote in report.quotes:
        speaker = report.speaker(quote.speaker) if quote.speaker else None
        out[quote.span.of(report.document.text)] = speaker.name if speaker else None
    return out


def test_the_tories_are_no_woman() -> None:
    text = (
        "Opposition grills Liberals over hydro rates\n\n"
        "Premier defends rebate as NDP and Tories accuse government of 'buying votes'\n\n"
        "TORONTO — The opposition parties turned question period into a marathon on Tuesday.\n\n"
        "Conservative Leader Gordon Byers opened by asking Premier Carole Lanthier how families could "
        "trust the government.\n\n"
        '"The premier has finally noticed the bills," Byers said.\n\n'
        'Lanthier shot back that her plan would cut bills. "We have acted," she told the legislature.\n'
    )
    assert _speakers_of_file(text)["We have acted,"] == "Carole Lanthier"


def test_the_agency_is_the_body_that_spoke_last() -> None:
    text = (
        "Mark Sorensen said his office would wait for the state Bureau of Criminal Apprehension to "
        "finish its investigation.\n\n"
        "Families Against Police Violence, an advocacy group, called for the officer to be fired.\n\n"
        "The BCA said in a statement that two officers were present. The agency said it would share "
        "its findings with prosecutors."
    )
    speaker = _speaker_of(text, "it would share its findings with prosecutors")
    assert speaker == "Bureau of Criminal Apprehension"
