"""quote22: which spans are quotes (issue 12).

Each rule's sentences are written for it and fail without it; near misses beside them keep
today's output.
"""

from __future__ import annotations

import factcheck


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quote words, speaker name, the words naming the speaker) of each quote, in order."""
    report = factcheck.extract(factcheck.Document(text=text))
    out = []
    for quote in sorted(report.quotes, key=lambda q: q.span.start):
        speaker = report.speaker(quote.speaker) if quote.speaker else None
        mention = quote.mention.of(text) if quote.mention else None
        out.append((quote.span.of(text), speaker.name if speaker else None, mention))
    return out


def _story(headline: str, lede: str) -> str:
    return f"{headline}\n\nBy Maria Okonjo\n\nPublished: 4 March 2021\n\n{lede}\n"


# --- a headline whose verb names the claim's source -------------------------------------------


def test_headline_claim_with_speaker_after_it() -> None:
    text = _story(
        "Ferry fares to rise by a third next spring, transport officials say",
        "Island residents will pay more for the crossing from April, the regional transport office "
        "announced on Tuesday.",
    )
    got = _quotes(text)
    assert [m for words, _, m in got if words == "Ferry fares to rise by a third next spring"] == [
        "transport officials"
    ]


def test_headline_claim_with_study_finds() -> None:
    text = _story(
        "Night-shift nurses sleep two hours less than day staff, study finds",
        "Nurses on permanent night rotas sleep far less than colleagues on days, according to new "
        "research from Lakeshore University.",
    )
    got = _quotes(text)
    assert any(words == "Night-shift nurses sleep two hours less than day staff" for words, _, _ in got)


def test_headline_claim_with_inverted_says() -> None:
    text = _story(
        "Province will not raise the fuel levy this year, says finance minister",
        "The province will leave its fuel levy unchanged, Finance Minister Daniel Osei told reporters "
        "on Monday.",
    )
    got = _quotes(text)
    assert any(words == "Province will not raise the fuel levy this year" for words, _, _ in got)


# near misses: a thing found is no claim, nor a capitalised common noun the story never names


def test_headline_find_with_a_plain_object_is_no_claim() -> None:
    text = _story(
        "Divers find shipwreck with 200-year-old cargo off the northern coast",
        "A team of amateur divers came across the wreck last month, the maritime museum said.",
    )
    got = _quotes(text)
    assert all(not words.startswith("shipwreck") for words, _, _ in got)


def test_headline_verb_without_a_speaker_phrase_is_no_claim() -> None:
    text = _story(
        "Central bank holds its key rate at 4% but warns it could still go higher",
        "The central bank left its key rate unchanged on Wednesday.",
    )
    got = _quotes(text)
    assert all(not words.startswith("it could still go higher") for words, _, _ in got)


def test_headline_unnamed_capitalised_noun_is_no_speaker() -> None:
    text = _story(
        "Neighbour says driver 'never slowed down' before crash on Main Street",
        "A woman who saw the collision told police the driver did not brake.",
    )
    got = _quotes(text)
    assert all(not words.startswith("driver 'never slowed down'") for words, _, _ in got)


# --- a participle cue after a subject that is no name -------------------------------------------


def test_participle_after_a_group_named_by_a_plural_noun() -> None:
    text = (
        "The opposition parties walked out of the count on Sunday, alleging that ballots from two "
        "districts had gone missing."
    )
    got = _quotes(text)
    assert [m for words, _, m in got if words.startswith("ballots from two districts")] == [
        "The opposition parties"
    ]


def test_participle_after_a_post_with_the_name_in_apposition() -> None:
    text = (
        "The regional peace envoy, Tomas Ferreira, dismissed the report, saying that the ceasefire was "
        "holding in every district."
    )
    got = _quotes(text)
    assert [s for words, s, _ in got if words.startswith("the ceasefire was holding")] == ["Tomas Ferreira"]


# near misses: a plural noun for things, not people, says nothing


def test_participle_after_a_plural_of_things_is_no_speech() -> None:
    text = "The floods hit the valley in March, suggesting that the old levees had failed."
    got = _quotes(text)
    assert all(not words.startswith("the old levees") for words, _, _ in got)
