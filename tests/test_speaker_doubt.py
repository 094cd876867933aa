"""Speaker doubt (factcheck.speaker_doubt): a second reading of who said each quote."""

from __future__ import annotations

import attrs

import factcheck
from factcheck import Document, Found, Status
from factcheck.render.tables import claim_rows
from factcheck.serialize import report_from_dict, report_to_dict
from factcheck.speaker_doubt import mark_doubts


def _said(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(speaker name, found, doubt) of each quote of the text, after extraction."""
    report = factcheck.extract(Document(text=text))
    return [
        (report.speaker(q.speaker).name if q.speaker else None, q.found.value, q.doubt) for q in report.quotes
    ]


def test_two_men_in_view_and_he_said_is_unsure() -> None:
    text = (
        "Cup exit\n\nRovers manager Tom Baker and striker Jim Hale met reporters after the defeat on "
        "Saturday. “We were not good enough today,” he said.\n"
    )
    [(name, found, doubt)] = _said(text)
    assert (name, found) == ("Tom Baker", "pronoun")  # the rules' choice is kept
    assert doubt is not None and "Jim Hale" in doubt and "Tom Baker" in doubt


def test_the_company_with_two_bodies_in_view_is_unsure() -> None:
    text = (
        "Plant deal\n\nNorthgate Steel Corp has agreed to buy Delta Forge Inc for $40 million. "
        "The company said on Monday that it would keep all 400 jobs.\n"
    )
    said = _said(text)
    name, found, doubt = said[-1]
    assert found == "descriptor" and name is not None
    assert doubt is not None and "Delta Forge Inc" in doubt


def test_one_man_in_view_is_not_flagged() -> None:
    text = (
        "Cup exit\n\nRovers manager Tom Baker was unhappy after the defeat on Saturday. "
        "“We were not good enough today,” he said.\n"
    )
    assert _said(text) == [("Tom Baker", "pronoun", None)]


def test_the_company_with_one_body_in_view_is_not_flagged() -> None:
    text = (
        "Plant deal\n\nNorthgate Steel Corp agreed on Monday to buy the Harbour Mills plant. "
        "The company said it would keep all 400 jobs at the site.\n"
    )
    assert _said(text) == [("Northgate Steel Corp", "descriptor", None)]


def test_a_quote_that_names_its_speaker_in_the_third_person_is_unsure() -> None:
    text = (
        "Cup win\n\nRovers manager Tom Baker was delighted after the win on Saturday. Striker Jim Hale "
        "scored twice. “Jim Hale was superb today,” he said.\n"
    )
    [(name, _, doubt)] = _said(text)
    assert name == "Jim Hale" and doubt is not None and "own words" in doubt


def test_a_continued_quote_across_another_named_person_is_unsure() -> None:
    text = (
        "Cup win\n\n“We deserved it,” Rovers manager Tom Baker said after the win on Saturday. Striker "
        "Jim Hale scored twice in the second half. “The players never stopped running and the fans "
        "were superb.”\n"
    )
    continued = [(n, d) for n, f, d in _said(text) if f == Found.CONTINUED.value]
    assert continued and continued[0][0] == "Tom Baker"
    assert continued[0][1] is not None and "Jim Hale" in continued[0][1]


def test_doubt_is_in_the_json_and_read_back() -> None:
    text = (
        "Cup exit\n\nRovers manager Tom Baker and striker Jim Hale met reporters after the defeat on "
        "Saturday. “We were not good enough today,” he said.\n"
    )
    report = factcheck.extract(Document(text=text))
    data = report_to_dict(report)
    assert data["quotes"][0]["doubt"] == report.quotes[0].doubt is not None
    assert data["quotes"][0]["speaker"] == report.quotes[0].speaker  # the speaker stays
    assert report_from_dict(data, text).quotes[0].doubt == report.quotes[0].doubt


def test_mark_doubts_clears_a_stale_doubt_and_keeps_the_speaker() -> None:
    text = (
        "Cup exit\n\nRovers manager Tom Baker was unhappy after the defeat on Saturday. "
        "“We were not good enough today,” he said.\n"
    )
    report = factcheck.extract(Document(text=text))
    stale = attrs.evolve(report, quotes=[attrs.evolve(q, doubt="old") for q in report.quotes])
    again = mark_doubts(stale)
    assert [q.doubt for q in again.quotes] == [None]
    assert [q.speaker for q in again.quotes] == [q.speaker for q in report.quotes]


def test_attribution_checker_treats_an_unsure_quote_as_unresolved() -> None:
    text = (
        "Cup exit\n\nRovers manager Tom Baker and striker Jim Hale met reporters after the defeat on "
        "Saturday. “We were not good enough today,” he said.\n"
    )
    report = factcheck.check(Document(text=text), checkers=["attribution"])
    speaker = [v for v in report.verdicts if v.data.get("check") == "speaker"]
    assert [v.status for v in speaker] == [Status.UNKNOWN]
    assert speaker[0].summary.startswith("speaker unsure")
    assert speaker[0].data["reason"] == report.quotes[0].doubt
    assert not any(v.status is Status.PASS and v.data.get("check") == "speaker" for v in report.verdicts)


def test_a_sure_quote_still_passes() -> None:
    text = (
        "Cup exit\n\nRovers manager Tom Baker was unhappy after the defeat on Saturday. "
        "“We were not good enough today,” he said.\n"
    )
    report = factcheck.check(Document(text=text), checkers=["attribution"])
    speaker = [v for v in report.verdicts if v.data.get("check") == "speaker"]
    assert [v.status for v in speaker] == [Status.PASS]


def test_the_claims_table_shows_an_unsure_speaker() -> None:
    text = (
        "Cup exit\n\nRovers manager Tom Baker and striker Jim Hale met reporters after the defeat on "
        "Saturday. “We were not good enough today, and we lost 3-0,” he said.\n"
    )
    report = factcheck.extract(Document(text=text))
    rows = [r for r in claim_rows(report) if r["#"] != "doc"]
    assert rows and rows[0]["speaker"].endswith("(speaker unsure)")


def test_no_paraphrase_verdict_rests_on_an_unsure_speaker() -> None:
    from factcheck_plugins.attribution import ATTRIBUTION

    text = (
        "Budget\n\nFinance Minister Jan Novak said the deficit reached $2.1 billion in the last fiscal "
        'year.\n\nNovak met reporters on Monday. "The deficit reached $1.41 billion in the last fiscal '
        'year, whatever Novak says," he said.\n'
    )
    report = factcheck.extract(Document(text=text))
    assert any(q.doubt for q in report.quotes)
    checks = {v.data.get("check") for v in ATTRIBUTION.check(report) if v.status is Status.FAIL}
    assert "paraphrase" not in checks
    # the same report without the doubt: the paraphrase check compares the figures and fails
    sure = attrs.evolve(report, quotes=[attrs.evolve(q, doubt=None) for q in report.quotes])
    checks = {v.data.get("check") for v in ATTRIBUTION.check(sure) if v.status is Status.FAIL}
    assert "paraphrase" in checks


def test_she_for_a_man_is_unsure() -> None:
    from factcheck.model import Quote, Report, Span, Speaker

    text = "Mayor Tom Baker opened the bridge. “It took nine years,” she said."
    baker = Speaker(id="sp1", name="Tom Baker", gender="m", mentions=(Span(6, 15),))
    she = text.index("she")
    inside = text.index("It took")
    quote = Quote(
        id="q1",
        span=Span(inside, inside + len("It took nine years,")),
        kind="direct",
        speaker="sp1",
        mention=Span(she, she + 3),
        found=Found.PRONOUN,
    )
    report = Report(document=Document(text=text), speakers=(baker,), entities=(baker,), quotes=(quote,))
    [marked] = mark_doubts(report).quotes
    assert marked.doubt is not None and "does not fit Tom Baker" in marked.doubt
