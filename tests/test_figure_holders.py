"""The holder of a figure (issue 13, round 5): the entity a figure is about when its clause says so.

Sentences written for these tests in the style of sports, election and campaign-finance copy;
each rule is asserted on the public Report, and the restatement check's use of it on verdicts.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import factcheck
from factcheck.api import extract
from factcheck.extraction.figure_holders import _names_in
from factcheck.model import Document, Report, SpeakerKind, Status
from factcheck.serialize import report_from_dict, report_to_dict

GAME = (
    "\n\n".join(
        [
            ("Pastrnak scores twice as Bruins beat Rangers 4-2"),
            (
                "BOSTON — David Pastrnak scored twice and added an assist as the Boston Bruins beat "
                "the New York Rangers 4-2 on Thursday night."
            ),
            (
                "Pastrnak reached the mark in his 61st game, the fastest since Cam Neely did it in 44 "
                "games in 1993-94. He has 47 goals and 38 assists this season, and leads the league in "
                "goals."
            ),
            ('"He just keeps finding the net," coach Jim Montgomery said. "I don\'t know how he does it."'),
            (
                "Jeremy Swayman made 29 saves for Boston, which has won four straight. Igor Shesterkin "
                "stopped 31 of the 35 shots he faced."
            ),
            (
                "NOTES: The teams combined for 58 hits. ... Pastrnak has 47 goals, two more than he "
                "had at this point last season."
            ),
        ]
    )
    + "\n"
)

RACE = (
    "\n\n".join(
        [
            ("Clinton widens delegate lead over Sanders"),
            (
                "Hillary Clinton won at least 56 delegates on Tuesday. With the superdelegates "
                "included, Clinton now has a total of at least 1,410, while Bernie Sanders has at "
                "least 653."
            ),
            (
                "Senator Maria Lopez, who raised $2.3 million in the last quarter, said the party "
                "needs 1,237 delegates to settle the race. Lopez's 14 endorsements came before the "
                "vote."
            ),
            (
                "Rep. Tom Becker won 136 of the 224 precincts in the district. She has 12 staff "
                "members in the state."
            ),
        ]
    )
    + "\n"
)


def holders(text: str) -> dict[str, str | None]:
    """Each figure's words (the first occurrence wins) -> its holder's name, or None."""
    report = extract(Document(text=text))
    out: dict[str, str | None] = {}
    for figure in report.figures:
        entity = report.entity(figure.holder)
        out.setdefault(report.words(figure.span), entity.name if entity else None)
    return out


def test_the_subject_of_the_clause_holds_the_figure() -> None:
    found = holders(RACE)
    assert found["at least 56"] == "Hillary Clinton"
    assert found["at least 1,410"] == "Hillary Clinton"  # after an opening phrase, through "a total of"
    assert found["at least 653"] == "Bernie Sanders"  # the clause after ", while" has its own subject
    assert found["136"] == "Tom Becker"


def test_a_relative_clause_and_a_possessive_name_the_holder() -> None:
    found = holders(RACE)
    assert found["$2.3 million"] == "Maria Lopez"  # "Senator Maria Lopez, who raised $2.3 million"
    assert found["14"] == "Maria Lopez"  # "Lopez's 14 endorsements"


def test_no_holder_where_the_clause_does_not_say_it() -> None:
    found = holders(RACE)
    assert found["1,237"] is None  # "said the party needs 1,237": the party's, not the senator's
    assert found["224"] is None  # "won 136 of the 224 precincts": the whole is nobody's tally
    assert found["12"] is None  # "She" after a sentence about a man: no person to resolve to


def test_he_opening_a_sentence_is_the_subject_of_the_sentence_before() -> None:
    report = extract(Document(text=GAME))
    by_words = {report.words(f.span): f for f in report.figures}
    pastrnak = next(e for e in report.entities if e.name == "David Pastrnak")
    # "Pastrnak reached the mark …, the fastest since Cam Neely did it …. He has 47 goals": the
    # subject of the sentence before, not the last name it gives
    assert by_words["47"].holder == pastrnak.id
    assert by_words["44"].holder is None  # "did it in 44 games": no object of the verb
    assert by_words["29"].holder != pastrnak.id  # "Jeremy Swayman made 29 saves"


def test_the_holder_is_serialised_and_read_back() -> None:
    report = factcheck.check_text(RACE)
    data = json.loads(json.dumps(report_to_dict(report, include_text=True)))
    held = [f for f in data["figures"] if f["holder"]]
    assert held and all(report.entity(f["holder"]) is not None for f in held)
    assert report_from_dict(data) == report


def _restatements(report: Report) -> list[tuple[Status, str]]:
    return [(v.status, v.summary) for v in report.verdicts if v.data.get("relation") == "restatement"]


def test_one_holders_count_told_again_differently_warns() -> None:
    # the later mention changed: "He has 47 goals" … "Pastrnak has 35 goals"
    text = GAME.replace("Pastrnak has 47 goals, two", "Pastrnak has 35 goals, two")
    found = _restatements(factcheck.check_text(text))
    assert any(status is Status.WARN and "35" in summary for status, summary in found), found


def test_one_holders_count_told_again_the_same_passes() -> None:
    found = _restatements(factcheck.check_text(GAME))
    assert [status for status, _ in found] == [Status.PASS]


def test_two_holders_are_never_one_quantity() -> None:
    # "She" is Fiorina (the subject of the sentence before): her 14 delegates are not Cruz's 14,
    # though the value, the noun and the words around them agree
    text = (
        "Cruz sweeps Wyoming convention\n\n"
        "Ted Cruz won 14 delegates at the state convention, his campaign said.\n\n"
        "Carly Fiorina, who left the race in February, was at the convention too. "
        "She won 14 delegates in the first count.\n"
    )
    assert _restatements(factcheck.check_text(text)) == []


def test_a_list_of_clauses_gives_each_figure_its_own_subject() -> None:
    text = (
        "Delegate count after Nevada\n\n"
        "Donald Trump leads the race for delegates with 81. Ted Cruz has 17 delegates, Marco Rubio "
        "has 16, John Kasich has six and Ben Carson has four.\n\n"
        "Trump and Marco Rubio were close in two districts for the remaining 12 delegates.\n"
    )
    found = holders(text)
    assert found["81"] == "Donald Trump"
    assert found["17"] == "Ted Cruz"
    assert found["16"] == "Marco Rubio"  # after a comma, not the sentence's first subject
    assert found["six"] == "John Kasich"
    assert found["four"] == "Ben Carson"
    assert found["12"] is None  # "Trump and Marco Rubio": two subjects, no single holder


def test_an_absolute_with_clause_and_off_name_no_holder() -> None:
    text = (
        "Smith century seals series\n\n"
        "Steve Smith made 104 off 98 balls on Saturday. Smith was out in the 44th over with England "
        "needing 37 runs to win.\n"
    )
    found = holders(text)
    assert found["104"] == "Steve Smith"
    assert found["98"] is None  # "off 98 balls": governed by a preposition
    assert found["37"] is None  # "with England needing 37 runs": England's, not Smith's


def test_the_one_pass_name_scan_finds_what_a_scan_of_each_name_finds() -> None:
    """The holder reader finds bare names in one pass over the words; a regular expression per name
    (the plain scan it replaces) finds the same occurrences on every probe article."""
    probes = Path(__file__).resolve().parent / "data" / "probe_articles"
    for path in sorted(probes.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        report = extract(Document(text=text))
        named = [e for e in report.entities if e.kind in (SpeakerKind.PERSON, SpeakerKind.ORGANISATION)]
        plain: dict[int, tuple[int, str]] = {}
        for entity in named:
            for name in sorted({entity.name, entity.surname}):
                if len(name) >= 3 and name[:1].isupper():
                    for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                        plain.setdefault(match.start(), (match.end(), entity.id))
        assert {s: (e, i) for s, e, i in _names_in(text, named)} == plain, path.name


def test_one_holders_counts_in_two_seasons_are_two_quantities() -> None:
    text = (
        "McDavid leads scoring race\n\n"
        "EDMONTON — Connor McDavid scored twice on Tuesday as the Oilers beat the Kings 4-1. McDavid "
        "has 41 goals this season and leads the league.\n\n"
        "Coach Kris Knoblauch praised his captain after the game. McDavid had 64 goals last season, "
        "a career high.\n"
    )
    found = _restatements(factcheck.check_text(text))
    assert found and all(status is not Status.WARN for status, _ in found), found


def test_one_holders_counts_in_two_places_are_two_quantities() -> None:
    # one holder settles who; a name after the figures still tells where
    text = (
        "Trump sweeps West\n\n"
        "Donald Trump won 40 delegates in Arizona on Tuesday, according to party officials.\n\n"
        "Later in the evening, Trump won 58 delegates in Utah, officials said.\n"
    )
    assert all(status is not Status.WARN for status, _ in _restatements(factcheck.check_text(text)))


def test_one_holders_whole_and_part_are_two_quantities() -> None:
    # "in the district" and "on election day" narrow the count in two ways: a whole and a part
    text = (
        "Becker wins seat\n\n"
        "Tom Becker won 12,400 votes in the district, the county clerk said.\n\n"
        "Becker won 9,800 votes on election day, with the rest cast by mail.\n"
    )
    assert all(status is not Status.WARN for status, _ in _restatements(factcheck.check_text(text)))
