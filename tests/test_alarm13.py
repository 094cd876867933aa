"""False alarms on unseen articles (issue 13, branch ``alarm13``): four general rules, each with the
near miss that must still alarm.  Every article here is written for these tests in the style of
wire, sports, health and UK feature copy; none is taken from an article.

* a writer's sentence that gives the quote's figure itself sets its other figures beside it
  (plugins/attribution_beside.py);
* a hyphen compound ("a 17-point deficit") measures its noun and counts no points
  (plugins/attribution_beside.py);
* a run of capitalised words after an article ("the Atlanta Falcons", "The Falcons") names a team,
  not a person, so "Falcons: …" in a notes section is no speaker's turn
  (factcheck/extraction/open_cues.py);
* a figure that glosses the one before it in another measure ("4,000 steps a day — about 30
  minutes") is that figure's equivalent, no quantity of its own (plugins/numeric_glosses.py);
* a first-person quotation with no cue, under a headline giving one person's own words, is read in
  that person's voice (plugins/attribution_interview.py).
"""

from __future__ import annotations

import pytest

from factcheck import Document, Report, check
from factcheck.extraction.open_cues import surnames_in_full
from factcheck.model import Status


def _alarms(report: Report, checker: str, kind: str | None = None) -> list[str]:
    return [
        v.summary
        for v in report.verdicts
        if v.checker == checker
        and (kind is None or v.data.get("check") == kind)
        and v.status in (Status.FAIL, Status.WARN)
    ]


# ------------------------------------------------------------------ the quote's figure told beside another

RESULTS = (
    "Corran Rail lifts profit as train orders pile up\n\n"
    "By Staff Reporter\n\n"
    "LEEDS, May 14 -- Corran Rail reported a 9 per cent rise in annual profit on Thursday.\n\n"
    'Chief executive Alan Pryce said: "We have never been busier. Today our order book stands at '
    "£2.37bn, the largest in the company's history, and we have the sites and the people to deliver "
    'it."\n\n'
    "{line}\n\n"
    "Shares in the group rose 4 per cent in early trading.\n"
)


def test_a_figure_set_beside_the_quotes_own_is_another_quantity() -> None:
    line = "The company's order book of £2.37bn compares with £2.05bn at the same point last year."
    report = check(Document(text=RESULTS.format(line=line)))
    assert _alarms(report, "attribution", "paraphrase") == []


def test_a_differing_figure_alone_still_differs_from_the_quote() -> None:
    line = "The company's order book of £2.05bn is the largest in its history."
    alarms = _alarms(check(Document(text=RESULTS.format(line=line))), "attribution", "paraphrase")
    assert len(alarms) == 1 and "£2.05bn" in alarms[0] and "£2.37bn" in alarms[0]


# ------------------------------------------------------------------ a hyphen compound measures its noun

GAME = (
    "Storm rally past Lynx in overtime\n\n"
    "By Dana Kell\n\n"
    "SEATTLE — Priya Nakamura scored 28 points and the Seattle Storm came back from a 17-point "
    "deficit in the third quarter to beat the Minnesota Lynx 88-84 on Friday night.\n\n"
    "Nakamura hit four 3-pointers in the fourth quarter.\n\n"
    '"{quote}," Storm coach Helen Brandt said. "That tells you about this group."\n'
)


def test_a_compound_measure_is_no_count_of_its_unit() -> None:
    # "a 17-point deficit" is a deficit; "at least 20 points" a player's points scored
    quote = (
        "Priya has scored at least 20 points in the third quarter of nine straight games, and she came "
        "back hungry"
    )
    assert _alarms(check(Document(text=GAME.format(quote=quote))), "attribution") == []


def test_two_compounds_of_one_noun_still_differ() -> None:
    # the coach's "20-point deficit" is the lede's deficit told again; "scored 28 points" is no deficit
    quote = "We came back from a 20-point deficit in the third quarter and nobody panicked"
    alarms = _alarms(check(Document(text=GAME.format(quote=quote))), "attribution")
    assert len(alarms) == 1 and "'17'" in alarms[0] and "'20'" in alarms[0], alarms


# ------------------------------------------------------------------ a team's name is no speaker's label

NOTES = (
    "Ravens edge Falcons on late field goal\n\n"
    "By Sam Ortiz\n\n"
    "BALTIMORE (MSW) — Lamar Greer kicked a 44-yard field goal with six seconds left and the Baltimore "
    "Ravens beat the Atlanta Falcons 23-20 on Sunday.\n\n"
    "The Falcons led 17-6 at halftime behind Tyrell Mabry, who ran for 112 yards.\n\n"
    '"We stopped making it easy for them," Ravens coach Jim Holloway said.\n\n'
    "NOTES\n\n"
    "Falcons: Mabry has run for at least 100 yards in four straight games. ... Atlanta fell to 3-4 on "
    "the road.\n\n"
    "Ravens: Baltimore has won six straight at home. ... Greer has made 19 straight field goals this "
    "season.\n\n"
    "UP NEXT\n\n"
    "Falcons: Host Carolina next Sunday.\n\n"
    "Ravens: At Pittsburgh on Monday night.\n"
)


def test_a_notes_section_of_team_names_is_no_transcript() -> None:
    report = check(Document(text=NOTES))
    speakers = {s.id: s.name for s in report.speakers}
    said = [speakers.get(q.speaker or "") for q in report.quotes]
    assert "Falcons" not in said and "Ravens" not in said, said
    assert "Jim Holloway" in said


def test_a_run_after_an_article_gives_no_surname() -> None:
    text = (
        "the Atlanta Falcons beat the Baltimore Ravens. The Falcons led. Coach Jim Holloway said so, "
        "and The Rev. Ann Marsh prayed."
    )
    found = surnames_in_full(text)
    assert "Falcons" not in found and "Ravens" not in found
    assert {"Holloway", "Marsh"} <= found


# ------------------------------------------------------------------ a gloss in another measure

STUDY = (
    "Short daily walks linked to lower stroke risk\n\n"
    "By Health Desk\n\n"
    "Adults who walked about 9,000 steps a day were 40 percent less likely to have a stroke over "
    "eight years, a study of 60,000 people found.\n\n"
    "{line}\n\n"
    "Speed mattered too. People who walked at more than 110 steps per minute for 20 minutes a day — "
    "a brisk pace — saw the largest reduction in risk, 55 percent, the authors wrote.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Those who logged 4,000 steps a day — about 30 minutes at an easy pace — still had a 20 percent "
        "lower risk, the team found.",
        "Even 4,000 steps a day (about 30 minutes at an easy pace) lowered the risk by 20 percent, the "
        "team found.",
        "Those who logged 4,000 steps a day, or about 30 minutes at an easy pace, still had a 20 percent "
        "lower risk, the team found.",
    ],
)
def test_a_gloss_in_another_measure_is_no_quantity_of_its_own(line: str) -> None:
    # "about 30 minutes" is the 4,000 steps told in time, not the brisk walkers' 20 minutes
    assert _alarms(check(Document(text=STUDY.format(line=line))), "numeric") == []


def test_a_duration_that_is_no_gloss_is_still_compared() -> None:
    # "in about 30 minutes" is stated in its own right: no dash, bracket or ", or" sets it off
    line = (
        "Those who logged 4,000 steps a day in about 30 minutes at an easy pace still had a 20 percent "
        "lower risk, the team found."
    )
    alarms = _alarms(check(Document(text=STUDY.format(line=line))), "numeric")
    assert len(alarms) == 1 and "30" in alarms[0] and "20" in alarms[0], alarms


@pytest.mark.parametrize(
    ("sentence", "gloss"),
    [
        ("The route runs 40 miles (64 kilometres) along the coast.", True),
        ("The firm paid £4.5m ($5.6m) for the site.", True),
        ("The fire burned 1,200 hectares, or about 3,000 acres, of forest.", True),
        # a share and a part of the figure before are no conversion
        ("The firm cut 1,200 jobs — 8 percent of its staff — last year.", False),
        ("The builder sold 400 homes — 120 homes in March alone.", False),
    ],
)
def test_what_a_gloss_is(sentence: str, gloss: bool) -> None:
    from factcheck_plugins.numeric_glosses import is_gloss
    from factcheck_plugins.numeric_text import TextIndex

    report = check(Document(text=sentence + "\n"))
    index = TextIndex.build(report.document.text, report.figures)
    assert any(is_gloss(index, f) for f in index.figures) is gloss, [
        (f.span.of(report.document.text), f.unit, f.currency) for f in index.figures
    ]


# ------------------------------------------------------------------ the voice of an interview

INTERVIEW = (
    "{headline}\n\n"
    "She left a £3m television deal at 31. Now she is back where she started. By Ruth Keane\n\n"
    "Rosalind Achebe-Marsh stirs her coffee and looks at the sea. ‘I’ve been up since six. The cast "
    "call is at ten,’ she says.\n\n"
    "It is a long way from 2012, when Achebe-Marsh, then the most sought-after young actress in "
    "Britain, turned down a four-series contract with a streaming network.\n\n"
    "‘Everyone thinks I regret it. I really don’t. I was 31 and I’d been working since I was 16, and "
    "I read that contract and knew I would not survive it.’\n\n"
    "Instead she joined a touring company in the north of England for two seasons.\n"
)


def _speaker_alarms(headline: str) -> list[str]:
    return _alarms(check(Document(text=INTERVIEW.format(headline=headline))), "attribution", "speaker")


def test_a_first_person_quote_under_its_subjects_headline_words_is_theirs() -> None:
    headline = "‘I walked away from the money and I’d do it again’: Rosalind Achebe-Marsh on fame and home"
    assert _speaker_alarms(headline) == []


def test_without_the_subjects_words_in_the_headline_the_quote_is_nobodys() -> None:
    assert len(_speaker_alarms("Rosalind Achebe-Marsh on fame, money and coming home")) == 1


# ------------------------------------------------------------------ the cue after a quotation in single marks


@pytest.mark.parametrize(
    "body",
    [
        # the splitter cuts a single-mark quotation after "six.": its cue stands in the next sentence
        "Rosalind Achebe-Marsh stirs her coffee. ‘I’ve been up since six. The cast call is at ten,’ she "
        "says.",
        # three sentences: the cue stands two sentences on, and the reported-speech reader must not
        # take it for "Nobody is late twice" as the writer's clause
        "Rosalind Achebe-Marsh stirs her coffee. ‘I have been up since six. The cast call is at ten. "
        "Nobody is late twice,’ she says.",
    ],
)
def test_a_single_mark_quotation_of_sentences_takes_its_cue(body: str) -> None:
    report = check(Document(text="Actress returns home\n\n" + body + "\n\nShe has two children.\n"))
    text = report.document.text
    names = {s.id: s.name for s in report.speakers}
    found = [(q.kind.value, names.get(q.speaker or ""), q.span.of(text)) for q in report.quotes]
    assert len(found) == 1, found
    kind, name, words = found[0]
    assert kind == "direct" and name == "Rosalind Achebe-Marsh" and words.startswith("I"), found
