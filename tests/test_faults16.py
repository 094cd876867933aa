"""Round faults16 of fault recall (issue 13): a total and its breakdown, a phrase that restates the
earlier sentence (plugins/numeric_breakdown.py), a threshold named by its figure alone
(plugins/numeric_threshold_refs.py) and an archive's section labels (plugins/numeric_layout.py).
The articles are written for these tests, in the style of news copy of several countries.
"""

from __future__ import annotations

import pytest
from factcheck_plugins.numeric_breakdown import narrowing_phrase, total_before_breakdown
from factcheck_plugins.numeric_layout import label_only
from factcheck_plugins.numeric_restated import _ratio_ok

from factcheck import Document, check
from factcheck.model import Status


def _restatements(text: str) -> list[tuple[Status, str]]:
    report = check(Document(text=text))
    return [
        (v.status, v.summary)
        for v in report.verdicts
        if v.checker == "numeric" and v.data.get("relation") == "restatement"
    ]


def _alarms(text: str) -> list[str]:
    return [s for status, s in _restatements(text) if status in (Status.FAIL, Status.WARN)]


# --------------------------------------------------------------------------- a total and its breakdown

MEASLES = (
    "Measles cases climb in Lusaka\n\n"
    "LUSAKA — Health officials in Lusaka have confirmed 2,416 cases of measles since January, the "
    "city's health office said on Thursday. Matero district alone has reported 612 cases.\n\n"
    "“Each of these {n} cases could have been prevented by two doses of vaccine,” said Dr. Chanda "
    "Mwale, the city's director of health.\n\n"
    "Vaccination teams will visit 300 schools this month, and the ministry has ordered more vaccine.\n"
)


def test_a_reference_back_after_a_breakdown_names_the_total() -> None:
    # "these … cases" after a total and one district's part of it: the total, which it contradicts
    found = _alarms(MEASLES.format(n="1,930"))
    assert any("2,416" in s and "1,930" in s for s in found), _restatements(MEASLES.format(n="1,930"))
    assert not _alarms(MEASLES.format(n="2,416"))


def test_a_count_after_the_total_that_is_no_part_leaves_it_unread() -> None:
    # a larger count after the first is no part of it: which one "these" means is not known
    text = MEASLES.format(n="1,930").replace("alone has reported 612 cases", "has reported 4,000 cases")
    assert not _alarms(text), _restatements(text)


def test_two_counts_either_of_which_could_be_meant_leave_it_unread() -> None:
    # the district's count is within the ratio of the mention too: no antecedent
    text = MEASLES.format(n="1,930").replace("612 cases", "1,700 cases")
    assert not _alarms(text), _restatements(text)


def test_the_total_is_the_one_value_a_restatement_could_be() -> None:
    counts = [(0, 2416.0, 1), (1, 612.0, 3)]
    assert total_before_breakdown(counts, 1930.0, 6, 1000, _ratio_ok) == 0
    assert total_before_breakdown(counts, 600.0, 6, 1000, _ratio_ok) == 1  # the part, named again
    assert total_before_breakdown([(0, 28.0, 1), (1, 40.0, 3)], 22.0, 4, 1000, _ratio_ok) is None
    assert total_before_breakdown([(0, 1944.0, 1), (1, 1428.0, 2)], 1600.0, 3, 1000, _ratio_ok) is None


TROLLEYS = (
    "Emergency departments under strain\n\n"
    "CORK — A total of 846 patients were waiting on trolleys for a bed on Monday morning, the nurses' "
    "union said.\n\n"
    "The regional hospital in Cork was worst hit, with 97 patients on trolleys, followed by Galway with "
    "63.\n\n"
    "The union's president said the {n} patients on trolleys {rest}\n"
)


def test_a_phrase_that_restates_the_earlier_sentence_refers_back() -> None:
    text = TROLLEYS.format(n="640", rest="were a sign of a system at breaking point.")
    found = _alarms(text)
    assert any("846" in s and "640" in s for s in found), _restatements(text)
    assert not _alarms(TROLLEYS.format(n="846", rest="were a sign of a system at breaking point."))


def test_a_phrase_that_narrows_to_a_part_is_no_reference_back() -> None:
    # "in Galway hospitals" is not said of the 846: a part, not the total
    text = TROLLEYS.format(n="640", rest="in Galway hospitals were a sign of a system at breaking point.")
    assert not _alarms(text), _restatements(text)
    assert narrowing_phrase("definite", " on trolleys were waiting") == frozenset({"trolleys"})
    # the phrase ends at its verb
    assert narrowing_phrase("definite", " at its Ohio plant will keep their jobs") == frozenset(
        {"ohio", "plant"}
    )
    assert narrowing_phrase("", " on trolleys") == frozenset()


# --------------------------------------------------------------------------- "the N threshold"

NOMINATION = (
    "Race for the nomination tightens\n\n"
    "A candidate needs 2,383 delegates to win the party's nomination outright at the convention in "
    "July. The front-runner has 1,640 so far, and her rival 1,210.\n\n"
    "Party officials have begun to plan for a floor fight. If no candidate has crossed the {n} "
    "threshold by the last primary, the superdelegates will decide.\n"
)


def test_a_threshold_named_by_its_figure_alone_is_the_earlier_threshold() -> None:
    found = _alarms(NOMINATION.format(n="1,910"))
    assert any("2,383" in s and "1,910" in s for s in found), _restatements(NOMINATION.format(n="1,910"))
    assert not _alarms(NOMINATION.format(n="2,383"))
    assert any(status is Status.PASS for status, _ in _restatements(NOMINATION.format(n="2,383")))


@pytest.mark.parametrize(
    "text",
    [
        # a milestone: no threshold before it names what it counts
        "Outbreak passes grim mark\n\nDeaths from the outbreak crossed the 1,000 threshold on Friday. "
        "By Sunday the health ministry had counted 1,340 deaths.\n",
        # a threshold of another size is not the one it names
        "Petition\n\nA petition needs 100,000 signatures to be considered for debate in Parliament. "
        "Campaigners said on Monday that they had passed the 10,000 threshold.\n",
        # a phrase after "threshold" says which one it is: another bar (the contrast reading keeps it)
        "Senate vote\n\nThe bill needs 60 votes to overcome a filibuster in the Senate. Its sponsors "
        "say they could clear the 50 threshold for a simple majority with the vice-president's vote.\n",
    ],
)
def test_a_threshold_mention_with_no_earlier_threshold_of_its_size_is_left_alone(text: str) -> None:
    assert not _alarms(text), _restatements(text)


# --------------------------------------------------------------------------- an archive's labels

ARCHIVE = (
    "Carmaker widens recall of airbag inflators\n\n"
    "ABSTRACT.\n\n"
    "The company said it had recalled 48,260 vehicles fitted with the inflators since March.\n\n"
    "FULL TEXT.\n\n"
    "Ostrava Motors said on Friday that it had recalled {n} vehicles fitted with the inflators since "
    "March, after regulators in Europe and Canada opened inquiries.\n"
)


def test_a_section_label_is_no_subject() -> None:
    # "The company" of the abstract was read as the body "FULL": two subjects, no alarm
    text = ARCHIVE.format(n="61,840")
    found = _alarms(text)
    assert any("48,260" in s and "61,840" in s for s in found), _restatements(text)
    assert not _alarms(ARCHIVE.format(n="48,260"))


def test_a_capitalised_name_the_prose_gives_is_not_layout() -> None:
    text = "NASA budget\n\nNOTE.\n\nNASA said its budget would rise. The agency, NASA, said so again.\n"
    assert label_only("NOTE", text)
    assert not label_only("NASA", text)
    assert not label_only("Note", "Note.\n")
