"""Source tagging: publisher detection, registry tags, cited origins and venues, the `sources` checker."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import factcheck_plugins.sources as sources_plugin
import pytest

import factcheck
from factcheck import Figure, Report, SourceRole, Span, Status
from factcheck.extraction.publisher import agency_name, find_publisher, find_publishers
from factcheck.manager import FactcheckPluginManager
from factcheck.registry import REGISTRY_ENV, Registry
from factcheck.testing import RunChecker

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SMM = "State Media Monitor via state-media-profiles"
WPS = "Wikipedia perennial sources"
SOURCES = sources_plugin.factcheck_checkers()[0]


@pytest.fixture(autouse=True)
def _bundled_registry_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(REGISTRY_ENV, raising=False)
    sources_plugin.use_registry(None)
    yield
    sources_plugin.use_registry(None)


def sources_verdicts(report: Report) -> list[tuple[str, str]]:
    return [(v.status.value, v.summary) for v in report.verdicts if v.checker == "sources"]


# ------------------------------------------------------------------ publisher detection


def test_seed_publisher_from_source_line(seed_text: str) -> None:
    found = find_publisher(seed_text)
    assert found is not None
    name, span = found
    assert name == "RT"
    assert span.of(seed_text) == "RT"
    assert seed_text[: span.start].rstrip().endswith("Source:")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Wire copy, Reuters style (dateline and closing sign-off as Reuters writes them).
        (
            "MOSCOW (Reuters) - Russia expelled two Dutch diplomats on Monday, the foreign ministry said.\n\n"
            "(Reporting by Andrew Osborn; Editing by Peter Graff)",
            "Reuters",
            "dateline",
        ),
        # Reuters names two cities when a story is reported from both, under a slug line.
        (
            "OIL-PRICES/ (UPDATE 3)\n\nOil slips as stocks build\n\n"
            "LONDON/SINGAPORE, June 4 (Reuters) - Oil prices fell for a third day on Tuesday.",
            "Reuters",
            "dateline",
        ),
        # AP style dateline with an em dash, and its copyright line.
        (
            "WASHINGTON (AP) — The Senate voted 51-49 on Thursday to confirm the nominee.\n\n"
            "Copyright 2021 The Associated Press. All rights reserved.",
            "The Associated Press",  # the name a desk prints for "AP"
            "dateline",
        ),
        # AFP style: the agency in parentheses at the head of the first paragraph.
        (
            "PARIS (AFP) — French police arrested 12 people in raids on Tuesday, prosecutors said.",
            "AFP",
            "dateline",
        ),
        # Xinhua style dateline with a date and a double hyphen.
        (
            "BEIJING, Jan. 17 (Xinhua) -- China's GDP grew 6.1 percent year on year in 2019, "
            "data from the National Bureau of Statistics showed Friday.",
            "Xinhua",
            "dateline",
        ),
        # TASS style: "/TASS/." after the city and date.
        (
            "MOSCOW, May 14. /TASS/. Russia's Defense Ministry said on Monday that 300 servicemen took part.",
            "TASS",
            "dateline",
        ),
        # Public broadcaster byline, BBC News website style.
        (
            "By Sarah Rainsford | BBC News, Moscow\n\nRussia has blocked access to the messaging app.",
            "BBC News",
            "byline",
        ),
        # Newspaper byline with "for".
        (
            "By Luke Harding for The Guardian\n\nThe Kremlin denied the report on Tuesday.",
            "The Guardian",
            "byline",
        ),
        # Byline naming two reporters and the agency.
        (
            "By Jim Heintz and Vladimir Isachenkov, Associated Press\n\nMOSCOW — Text.",
            "The Associated Press",
            "byline",
        ),
        # Copyright line of a newspaper page, with the year.
        ("The council voted 7-2 on Tuesday night.\n\n© 2023 The Irish Times", "The Irish Times", "copyright"),
        # Page furniture: the canonical URL standing on its own line.
        (
            "https://www.rt.com/news/426591-russia-isis-fighters-prosecution/\n\nText of the story.",
            "rt.com",
            "url",
        ),
    ],
)
def test_publisher_from_real_style_lines(text: str, name: str, kind: str) -> None:
    mentions = find_publishers(text)
    assert mentions, text
    first = mentions[0]
    assert (first.name, first.kind) == (name, kind)
    assert agency_name(first.span.of(text)) == name


@pytest.mark.parametrize(
    "text",
    [
        # Guardian-style byline with a place, not an outlet.
        "By Shaun Walker in Moscow\n\nThe text of the story.",
        # A byline ending in a job title.
        "By Patrick Wintour, Diplomatic Editor\n\nThe text of the story.",
        # A Reuters update marker is not an agency.
        "(UPDATE 1) Oil prices rose 2% on Monday after the OPEC meeting.",
        # Plain prose.
        "Over 4,000 Russian citizens are fighting in Syria, the minister said.",
    ],
)
def test_no_publisher_where_the_text_names_none(text: str) -> None:
    assert find_publisher(text) is None


# ------------------------------------------------------------------ cited bodies and venues


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # The seed's quote, as RT printed it.
        (
            "“Russian law enforcement agencies currently possess information about over 4,000 "
            "Russian citizens who have left our country in order to participate in armed "
            "formations [in Syria],” the diplomat said.",
            "Russian law enforcement agencies",
            SourceRole.ORIGIN,
        ),
        (
            "The death toll rose to 1,200, according to the health ministry.",
            "health ministry",
            SourceRole.ORIGIN,
        ),
        (
            "Data from the statistics office show that inflation rose to 4.5% in March.",
            "statistics office",
            SourceRole.ORIGIN,
        ),
        (
            "At least 300 people were killed, a report by Amnesty International said on Wednesday.",
            "Amnesty International",
            SourceRole.ORIGIN,
        ),
        (
            "The economy grew 3.2 percent, according to figures from the Ministry of Economic Development.",
            "Ministry of Economic Development",
            SourceRole.ORIGIN,
        ),
        (
            "Turnout was 67%, the Central Election Commission said.",
            "Central Election Commission",
            SourceRole.ORIGIN,
        ),
        # VOA style: a weekday after the name without "on" is not part of it.
        (
            "A report released by the World Bank Tuesday shows 1.4 billion people live on under $1.25 a day.",
            "World Bank",
            SourceRole.ORIGIN,
        ),
        ("Some 40 people were detained, police said.", "police", SourceRole.ORIGIN),
        (
            "The quake measured 6.3, according to Italy's National Institute of Geophysics.",
            "Italy's National Institute of Geophysics",
            SourceRole.ORIGIN,
        ),
        (
            "The diplomat said at the OSCE conference on counter-terrorism.",
            "OSCE conference on counter-terrorism",
            SourceRole.VENUE,
        ),
        (
            "Lavrov made the remarks at a news conference in Moscow on Monday.",
            "news conference",
            SourceRole.VENUE,
        ),
    ],
)
def test_cited_sources_in_news_sentences(sentence: str, name: str, role: SourceRole) -> None:
    found = sources_plugin.find_cited_sources(sentence)
    assert [(c.name, c.role) for c in found] == [(name, role)]
    assert found[0].span.of(sentence).endswith(name)


@pytest.mark.parametrize(
    "sentence",
    [
        # A person is not a body.
        "According to Smith, 200 people came to the rally.",
        # A speech verb after a person-noun is a speaker, not a cited body.
        "The terrorist groups had not given up the fight, the diplomat said.",
        "Another counter-terrorist project proposed by Russia is a joint international database.",
        # A title before a name makes a person, even when the title holds "Bank".
        "Central Bank Governor John Mangudya said inflation fell to 50 percent in June.",
        # "The agency" points back to a body named earlier: not a new origin.
        "The agency said 2,000 people were displaced every day.",
    ],
)
def test_no_cited_body_where_none_is_cited(sentence: str) -> None:
    assert sources_plugin.find_cited_sources(sentence) == []


# ------------------------------------------------------------------ the seed


def test_seed_publisher_tagged_with_lists_and_dates(seed_path: Path) -> None:
    report = factcheck.check(seed_path)
    publisher = report.publisher
    assert publisher is not None and publisher.id == "s1" and publisher.name == "RT"
    assert [(t.key, t.value, t.list_name, t.as_of, t.detail) for t in publisher.tags] == [
        ("state_affiliation", "state-controlled (SC)", SMM, "2024-02-07", "Russia"),
        ("reliability", "Deprecated", WPS, "2021-03-17", None),
    ]
    verdicts = sources_verdicts(report)
    assert ("info", f"RT: state-controlled (SC), Russia — {SMM}, 2024-02-07") in verdicts
    assert ("info", f"RT: Deprecated — {WPS}, 2021-03-17") in verdicts


def test_seed_cited_origin_via_speaker_and_venue(seed_path: Path) -> None:
    report = factcheck.check(seed_path)
    text = report.document.text
    by_role = {(s.role, s.name): s for s in report.sources}
    origin = by_role[(SourceRole.ORIGIN, "Russian law enforcement agencies")]
    assert origin.span is not None and origin.span.of(text) == "Russian law enforcement agencies"
    speaker = report.speaker(origin.via)
    assert speaker is not None and speaker.name == "Oleg Syromolotov"
    venue = by_role[(SourceRole.VENUE, "OSCE conference on counter-terrorism")]
    assert venue.span is not None and venue.span.of(text) == "the OSCE conference on counter-terrorism"
    assert venue.via == origin.via
    ids = [s.id for s in report.sources]
    assert len(ids) == len(set(ids)) and ids[0] == "s1"


def _seed_figures(text: str) -> list[Figure]:
    """The seed's four figures as its expected extraction gives them (built by hand for this unit test)."""

    def at(words: str, nth: int = 0) -> Span:
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        return Span(start, start + len(words))

    unit_1, unit_2 = at("Russian citizens"), at("Russian citizens", 1)
    return [
        Figure(
            "f1",
            at("Over 4,000"),
            4000,
            lower=4000,
            lower_closed=False,
            hedge="over",
            unit="Russian citizens",
            unit_span=unit_1,
        ),
        Figure(
            "f2",
            at("over 4,000"),
            4000,
            lower=4000,
            lower_closed=False,
            hedge="over",
            unit="Russian citizens",
            unit_span=unit_2,
        ),
        Figure("f3", at("almost 3,000"), 3000, upper=3000, upper_closed=False, hedge="almost"),
        Figure("f4", at("around 3,700"), 3700, hedge="around"),
    ]


def test_seed_figure_linkage_and_self_reported(seed_path: Path) -> None:
    pm = factcheck.get_plugin_manager()
    document = factcheck.load(seed_path, pm)
    extracted = pm.hook.factcheck_extract(document=document)
    report = attrs.evolve(extracted, figures=_seed_figures(document.text), claims=())
    report = sources_plugin.annotate(report)
    origin = next(s for s in report.sources if s.name == "Russian law enforcement agencies")
    # f2 is in the quoted sentence; f1, the lead's restatement of it, shares its origin.
    assert origin.figures == ("f2", "f1")
    assert not any("f3" in s.figures or "f4" in s.figures for s in report.sources)
    checked = factcheck.run_checkers(report, {"sources": sources_plugin.factcheck_checkers()[0]})
    self_reported = [v for v in checked.verdicts if v.summary.startswith("self-reported")]
    assert [v.data["figure"] for v in self_reported] == ["f1", "f2"]
    assert self_reported[1].summary == (
        "self-reported: 'over 4,000' comes only from Russian law enforcement agencies "
        "(via Oleg Syromolotov), an interested party (Russia)"
    )
    assert origin.span in self_reported[1].evidence
    assert all(v.status is Status.INFO for v in self_reported)


def test_seed_figures_from_the_extractor_link_to_their_origin(seed_path: Path) -> None:
    report = factcheck.check(seed_path)
    origin = next(s for s in report.sources if s.name == "Russian law enforcement agencies")
    # The quoted "over 4,000" first, then the lead's restatement "Over 4,000".
    assert [report.words(report.figure(f).span) for f in origin.figures] == ["over 4,000", "Over 4,000"]
    speaker = report.speaker(origin.via)
    assert speaker is not None and speaker.name == "Oleg Syromolotov"
    for claim in report.claims:
        assert (origin.id in claim.sources) == bool(set(claim.figures) & set(origin.figures))
    self_reported = [v for v in report.verdicts if v.checker == "sources" and v.summary.startswith("self-")]
    figures = [report.figure(v.data["figure"]) for v in self_reported]
    assert [report.words(f.span) for f in figures] == ["Over 4,000", "over 4,000"]
    assert all(
        f.span in v.evidence and origin.span in v.evidence
        for f, v in zip(figures, self_reported, strict=True)
    )


# ------------------------------------------------------------------ other outlets


def test_wire_copy_republished_names_both(run_checker: RunChecker) -> None:
    # Written for this test in the style of a Reuters story republished by The Moscow Times.
    text = (
        "MOSCOW (Reuters) - Russia's central bank raised its key interest rate to 16% on Friday, "
        "according to the central bank.\n\nSource: The Moscow Times\n"
    )
    report = run_checker(text, SOURCES)
    publishers = [s for s in report.sources if s.role is SourceRole.PUBLISHER]
    wires = [s for s in report.sources if s.role is SourceRole.WIRE]
    assert [p.name for p in publishers] == ["The Moscow Times"]  # the host; the wire is kept apart
    assert [w.name for w in wires] == ["Reuters"]
    assert [(t.value, t.list_name) for t in wires[0].tags] == [("Generally reliable", WPS)]
    verdicts = sources_verdicts(report)
    assert ("unknown", "The Moscow Times: in no source list") in verdicts
    assert ("info", f"Reuters: Generally reliable — {WPS}, 2021-03-17") in verdicts


def test_outlet_in_no_list_is_unknown_never_guessed() -> None:
    report = factcheck.check(FIXTURES / "kyiv-independent-style.txt")
    publisher = report.publisher
    assert publisher is not None and publisher.name == "The Kyiv Independent"
    assert publisher.tags == ()
    verdicts = [v for v in report.verdicts if v.checker == "sources" and v.data.get("source") == publisher.id]
    assert [(v.status, v.summary) for v in verdicts] == [
        (Status.UNKNOWN, "The Kyiv Independent: in no source list")
    ]
    assert "no tag is guessed" in verdicts[0].details
    names = {s.name for s in report.sources if s.role is SourceRole.ORIGIN}
    assert {"regional military administration", "State Emergency Service", "Air Force"} <= names


def test_no_publisher_is_no_verdict(run_checker: RunChecker) -> None:
    report = run_checker("Over 4,000 Russian citizens are fighting in Syria, the minister said.", SOURCES)
    assert sources_verdicts(report) == []


def test_user_registry_file_overrides_through_environment(
    monkeypatch: pytest.MonkeyPatch, seed_path: Path
) -> None:
    monkeypatch.setenv(REGISTRY_ENV, str(FIXTURES / "registry-user.csv"))
    report = factcheck.check(seed_path)
    assert sources_verdicts(report)[:2] == [
        ("info", "RT: state-controlled (SC), Russia — Newsroom source list, 2024-05-01"),
        ("info", "RT: Do not cite — Newsroom source list, 2024-05-01"),
    ]
    assert not any(WPS in summary for _, summary in sources_verdicts(report))


def test_small_numbers_elsewhere_are_not_taken_as_restatements(run_checker: RunChecker) -> None:
    # Written for this test in the style of a wire report from Iraq.
    text = (
        "Police said two car bombs killed at least 13 people in Baghdad on Wednesday.\n\n"
        "In Mosul, two more were killed when their patrol was ambushed."
    )
    report = run_checker(text, SOURCES)
    police = next(s for s in report.sources if s.name == "Police")
    linked = [report.words(report.figure(f).span) for f in police.figures]
    first_sentence_end = text.index("\n")
    assert linked and all(report.figure(f).span.end <= first_sentence_end for f in police.figures)


@pytest.mark.parametrize(
    ("text", "body", "value"),
    [
        (
            "More than 2 million people have fled the country, according to the U.N. refugee agency.",
            "U.N. refugee agency",
            2e6,
        ),
        (
            "The quake had a magnitude of 6.3, according to the U.S. Geological Survey.",
            "U.S. Geological Survey",
            6.3,
        ),
    ],
)
def test_a_body_named_with_initials_is_cited(
    run_checker: RunChecker, text: str, body: str, value: float
) -> None:
    report = run_checker(text, SOURCES)
    cited = next(s for s in report.sources if s.name == body)
    assert [report.figure(f).value for f in cited.figures] == [value]


def test_figure_before_a_middle_initial_links_to_the_body_cited_after_it(run_checker: RunChecker) -> None:
    # AP style: the middle initial in "Jose A. Cordova" ends no sentence, so the figure
    # and the institute cited after the name are in one sentence.
    text = (
        "At least 71 people have died of swine flu, Health Secretary Jose A. Cordova said,"
        " citing data from the National Epidemiology Institute."
    )
    report = run_checker(text, SOURCES)
    institute = next(s for s in report.sources if s.name == "National Epidemiology Institute")
    assert [report.figure(f).value for f in institute.figures] == [71]


def test_body_cited_in_a_quote_is_not_the_origin_of_the_next_quoted_sentence(run_checker: RunChecker) -> None:
    # A governor quoted on a quake: the ministry's toll is the ministry's, the governor's own
    # fear in the next quoted sentence is not cited from it.
    text = (
        '"According to the Health Ministry, 300 people have died. We fear another 2,000 are missing'
        ' under the rubble," Governor Ali Yerlikaya told reporters.'
    )
    report = run_checker(text, SOURCES)
    ministry = next(s for s in report.sources if s.name == "Health Ministry")
    assert [report.figure(f).value for f in ministry.figures] == [300]


# ------------------------------------------------------------------ registry from the running plugins


class NewsroomList:
    """A ``-p``-style plugin giving the newsroom's own word on an outlet the bundled lists lack."""

    __name__ = "newsroom_list"

    @factcheck.hookimpl
    def factcheck_source_entries(self) -> list[dict[str, object]]:
        return [
            {
                "name": "The Kyiv Independent",
                "domains": ["kyivindependent.com"],
                "country": "Ukraine",
                "reliability": "Usable with care",
            }
        ]


def _kyiv_publisher_tags(pm: FactcheckPluginManager) -> list[tuple[str, str]]:
    text = (FIXTURES / "kyiv-independent-style.txt").read_text(encoding="utf-8")
    report = factcheck.check_text(text, pm=pm)
    publisher = report.publisher
    assert publisher is not None and publisher.name == "The Kyiv Independent"
    return [(t.value, t.list_name) for t in publisher.tags]


def test_plugin_entries_of_the_running_manager_tag_the_publisher() -> None:
    pm = factcheck.get_plugin_manager(extra=[NewsroomList()])
    assert _kyiv_publisher_tags(pm) == [("Usable with care", "plugin registry entries")]
    report = factcheck.check_text(
        (FIXTURES / "kyiv-independent-style.txt").read_text(encoding="utf-8"), pm=pm, checkers=["sources"]
    )
    assert ("info", "The Kyiv Independent: Usable with care — plugin registry entries") in (
        sources_verdicts(report)
    )


def test_disabled_plugin_entries_are_not_used() -> None:
    pm = factcheck.get_plugin_manager(extra=[NewsroomList()], disable=["newsroom_list"])
    assert _kyiv_publisher_tags(pm) == []
    # Nor does a manager without the plugin see the entries another manager's check used.
    assert _kyiv_publisher_tags(factcheck.get_plugin_manager(extra=[NewsroomList()])) != []
    assert _kyiv_publisher_tags(factcheck.get_plugin_manager()) == []


def test_registry_is_built_once_per_manager(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[object] = []
    real = sources_plugin.registry_for

    def counting(*args: Any, **kwargs: Any) -> Registry:
        built.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(sources_plugin, "registry_for", counting)
    pm = factcheck.get_plugin_manager(extra=[NewsroomList()])
    for _ in range(3):
        assert _kyiv_publisher_tags(pm) == [("Usable with care", "plugin registry entries")]
    assert len(built) == 1


def test_long_table_without_sentence_breaks_links_every_row(run_checker: RunChecker) -> None:
    # A data dump in the style of a ministry bulletin pasted into an article: one heading naming
    # the origin, then 2,000 rows with no sentence punctuation, so the whole text is one sentence.
    # Scanning each figure's sentence anew made this take minutes; it is scanned once now.
    rows = "".join(f"Tver region: {3000 + n} new cases\n" for n in range(2000))
    text = "According to the Russian Health Ministry, new cases by region:\n" + rows
    report = run_checker(text, SOURCES)
    ministry = next(s for s in report.sources if s.name == "Russian Health Ministry")
    assert len(report.figures) == 2000 and len(ministry.figures) == 2000
    self_reported = [v for v in report.verdicts if v.summary.startswith("self-reported")]
    assert len(self_reported) == 2000
    assert self_reported[-1].summary == (
        "self-reported: '4999' comes only from Russian Health Ministry, an interested party (Russia)"
    )


@pytest.mark.parametrize(
    ("text", "name", "words"),
    [
        # a wire dateline whose date is not in capitals, dash after the credit
        (
            "Clinton calls it genocide\n\nDec 29 (Reuters) - The candidate said on Tuesday it was genocide.",
            "Reuters",
            "Reuters",
        ),
        # a horizontal bar after the credit, as some sites print it
        (
            "Storm hits coast\n\nMIAMI (AP) \u2015 A storm hit the coast on Monday, officials said.",
            "The Associated Press",
            "AP",
        ),
        # the credit on a line of its own, without "By"
        (
            "Storm hits coast\n\nAP\n\nA storm hit the coast on Monday, officials said.",
            "The Associated Press",
            "AP",
        ),
    ],
)
def test_wire_credit_without_by_is_the_publisher(text: str, name: str, words: str) -> None:
    credit = sources_plugin.find_wire_credit(text)
    assert credit is not None and credit.name == name
    assert credit.span is not None and text[credit.span.start : credit.span.end] == words


@pytest.mark.parametrize(
    "text",
    [
        # a headline with a wire's name as its kicker is not a credit
        "AP: Trump chair routed money to lobbyists\n\nThe chairman's firm routed the money, records show.",
        # a wire cited inside a sentence is a source, not the publisher
        "Poll shows a tie\n\nA Reuters poll released on Friday showed the two candidates tied.",
    ],
)
def test_no_wire_credit_in_a_kicker_or_a_citation(text: str) -> None:
    assert sources_plugin.find_wire_credit(text) is None


def test_wire_credit_becomes_the_publisher_of_the_report(run_checker: RunChecker) -> None:
    report = run_checker(
        "Storm hits coast\n\nMIAMI (AP) \u2015 A storm hit the coast on Monday, officials said.", SOURCES
    )
    assert report.publisher is not None and report.publisher.name == "The Associated Press"
    assert report.document.publisher == "The Associated Press"
