"""Edges of the attribution rules: a speaker's headline with nothing stated, a name after "said"
that is the subject of what was said, and the look-up of full names that a colon lead-in needs.

Every sentence here is written for these tests; none is taken from an article.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import factcheck
from factcheck.extraction.open_cues import surnames_in_full

BODY = "Finance Minister Tom Okafor said on Tuesday that the budget would not balance.\n"


@pytest.mark.parametrize(
    "headline", ["Finance Minister Okafor:", "Finance Minister Okafor: …", "Tom Okafor Says:"]
)
def test_a_headline_of_a_speaker_and_a_colon_alone_states_nothing(headline: str) -> None:
    report = factcheck.extract(factcheck.Document(text=f"{headline}\n\n{BODY}"))
    assert report.document.title_span is not None
    assert all(q.span.end > q.span.start for q in report.quotes), [
        report.words(q.span) for q in report.quotes
    ]
    assert all(c.span.end > c.span.start for c in report.claims)
    assert [report.words(q.span) for q in report.quotes] == ["the budget would not balance"]


def test_a_headline_of_a_speaker_and_a_claim_still_states_it() -> None:
    report = factcheck.extract(factcheck.Document(text=f"Okafor: The Budget Will Not Balance\n\n{BODY}"))
    quote = next(q for q in report.quotes if report.words(q.span) == "The Budget Will Not Balance")
    claim = next(c for c in report.claims if c.span == quote.span)
    assert claim.quote == quote.id


@pytest.mark.parametrize(
    "headline",
    [
        # a label or a topic before the colon that the body never names as a person
        "Obituary: Tom Okafor, Finance Minister Who Cut the Debt",
        "Brexit: Okafor Says the Budget Will Not Balance",
        # a topic after the verb, no claim
        "Okafor Warns of Deeper Spending Cuts",
        "Okafor Warns Against a Second Bailout for the Port",
    ],
)
def test_a_headline_that_states_no_claim_of_a_named_person_is_no_quote(headline: str) -> None:
    report = factcheck.extract(factcheck.Document(text=f"{headline}\n\n{BODY}"))
    title = report.document.title_span
    assert title is not None
    assert not any(title.contains(q.span) for q in report.quotes), [
        report.words(q.span) for q in report.quotes
    ]


def _plain_search(text: str, word: str) -> bool:
    """The look-up as a search of the whole text for the word after a capitalised word, in a run of
    capitalised words that no article opens or precedes ("The Aces", "the Las Vegas Aces": a team's
    name, no person's; alarm13)."""
    for match in re.finditer(r"(?:[A-Z][a-z]+\s+)+" + re.escape(word) + r"\b", text):
        run = match.start()
        if re.match(r"(?:The|An)\s", text[run:]) or re.search(
            r"\b(?:the|a|an)\s+$", text[max(0, run - 10) : run]
        ):
            continue
        return True
    return False


def _same_as_the_plain_search(text: str) -> int:
    """Compare the once-per-text look-up with the plain search for every capitalised word and
    each of its beginnings ("Okafor" of "Okafor's"); return how many were found in full."""
    found = surnames_in_full(text)
    tokens = {m.group() for m in re.finditer(r"[A-Z][\w’'.-]*", text)}
    words = {token[:i] for token in tokens for i in range(1, len(token) + 1)}
    for word in words:
        assert (word in found) == _plain_search(text, word), word
    return sum(word in found for word in words)


def test_the_full_names_of_a_text_are_read_as_a_search_would() -> None:
    text = (
        "Chidi Tom Okafor spoke first. Okafor's aides were there, and so was McDonald Reyes. "
        "Why? See the report by Dr. Lena Fisk-Moss, or ask Ms. Fisk.\n\nRita  Moss\tvoted no."
    )
    assert _same_as_the_plain_search(text) >= 5
    found = surnames_in_full(text)
    assert {"Tom", "Okafor", "Reyes", "Moss", "Fisk-Moss", "Fisk"} <= found
    assert "Why" not in found and "See" not in found


@pytest.mark.benchmark_data
def test_the_full_names_of_public_articles_are_read_as_a_search_would(benchmarks: Path) -> None:
    files = sorted((benchmarks / "polnear" / "dev").glob("*.txt"))[:40]
    files += sorted((benchmarks / "news-attribution").glob("*.txt"))[:20]
    assert files
    assert sum(_same_as_the_plain_search(path.read_text(encoding="utf-8")) for path in files) > 100


@pytest.mark.parametrize(
    ("sentence", "content", "mention"),
    [
        # the name after "said" is the subject of what the letter said, not its speaker
        (
            "The letter, addressed to the governor, said Ana Ruiz, the state auditor, had resigned.",
            "Ana Ruiz, the state auditor, had resigned",
            "The letter",
        ),
        # the name after "said" ends the sentence: the named person speaks
        (
            "The harbour has a strong team and the backing of every union, said Rosa Alves, a lecturer.",
            "The harbour has a strong team and the backing of every union",
            "Rosa Alves",
        ),
    ],
)
def test_a_name_after_said_speaks_only_when_no_verb_follows_its_aside(
    sentence: str, content: str, mention: str
) -> None:
    report = factcheck.extract(factcheck.Document(text=sentence))
    found = {report.words(q.span): report.words(q.mention) if q.mention else None for q in report.quotes}
    assert found.get(content) == mention, found


ELECTED = "Ana Ruiz was elected mayor of the port city in 2019, and Tom Berg lost.\n\n"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # her own words, led in by her clause
        ('Ruiz has since apologized for the delay: "We let the drivers down, and I am sorry."', "Ana Ruiz"),
        # another's words, which her clause cites, quotes, reads or posts
        ('She cited Lincoln\'s words: "A house divided against itself cannot stand."', None),
        ('She quoted the governor\'s own words back at him: "We will not raise taxes this year."', None),
        ('Ruiz posted the council\'s reply on Twitter: "The plan is under review by the board."', None),
        ('Ruiz read the sign on the gate aloud: "No entry after dark without a permit."', None),
    ],
)
def test_a_colon_lead_in_gives_the_subject_only_her_own_words(paragraph: str, speaker: str | None) -> None:
    report = factcheck.extract(factcheck.Document(text=ELECTED + paragraph + "\n"))
    direct = [q for q in report.quotes if q.kind.value == "direct"]
    assert direct, [report.words(q.span) for q in report.quotes]
    found = report.speaker(direct[-1].speaker) if direct[-1].speaker else None
    assert (found.name if found else None) == speaker


def test_a_passive_aside_after_a_name_reports_nothing_of_theirs() -> None:
    """ "Reyes, praised by the board for her work, said …": the board praised her; she said only
    what follows "said" (not a reply "by pointing at …", which is hers)."""
    report = factcheck.extract(
        factcheck.Document(
            text="Reyes, praised by the board for her work, said the port would reopen in May."
        )
    )
    assert [report.words(q.span) for q in report.quotes] == ["the port would reopen in May"]
    report = factcheck.extract(
        factcheck.Document(
            text="Berg, clearly annoyed, responded by pointing at the map, saying the port was too small."
        )
    )
    assert [report.words(q.span) for q in report.quotes][-1:] == ["the port was too small"]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Okafor said by phone that the port would close in June.", "the port would close in June"),
        ("Okafor testified by video on Monday that he had not seen the memo.", "he had not seen the memo"),
        ("Okafor said via Twitter that the port would close in June.", "the port would close in June"),
    ],
)
def test_a_means_of_saying_is_not_what_was_said(sentence: str, content: str) -> None:
    report = factcheck.extract(factcheck.Document(text=sentence))
    assert [report.words(q.span) for q in report.quotes] == [content]


@pytest.mark.parametrize("kicker", ["Wow", "Obituary", "Revealed"])
def test_a_one_word_kicker_gives_the_headline_claim_no_speaker(kicker: str) -> None:
    text = (
        f"{kicker}: Harbour Fees Will Double Next Year\n\n"
        "Finance Minister Chidi Okafor told lawmakers on Tuesday that cuts were needed.\n"
    )
    report = factcheck.extract(factcheck.Document(text=text))
    title = report.document.title_span
    assert title is not None
    headline = [c for c in report.claims if title.contains(c.span)]
    assert all(c.speaker is None for c in headline)
    # a full name before the colon still speaks in the headline
    named = factcheck.extract(factcheck.Document(text=text.replace(f"{kicker}:", "Chidi Okafor:", 1)))
    named_title = named.document.title_span
    assert named_title is not None
    assert any(c.speaker is not None for c in named.claims if named_title.contains(c.span))
