"""The publisher's name on a masthead line in the head of a page (factcheck.extraction.masthead)."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.extraction.publisher import find_publisher

_BODY = (
    "The council voted 7-2 on Monday to raise downtown parking meter rates to $2.50 an hour, the "
    'first increase since 2009. "We need the money for the garages," said Mayor Ellen Price.\n'
)


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("By Dan Kessler\nThe Columbus Dispatch\nTuesday, March 22, 2011", "The Columbus Dispatch"),
        ("Lisa Isaacs\nNews24\n10 August 2023", "News24"),
        ("Pete Evans · CBC News · Posted: Oct 25, 2023 10:04 AM EDT", "CBC News"),
        ("Rappler.com\nUpdated 9:40 PM, September 21, 2024", "Rappler.com"),
    ],
)
def test_a_masthead_line_names_the_publisher(head: str, outlet: str) -> None:
    text = f"Council raises downtown parking rates\n\n{head}\n\n{_BODY}"
    found = find_publisher(text)
    assert found is not None and found[0] == outlet
    report = factcheck.check_text(text)
    assert report.document.publisher == outlet


@pytest.mark.parametrize(
    "head",
    [
        "World News\nBy Dan Kessler",  # a section label
        "By Dan Kessler\nTransfer News",  # a section label of no closed list (review18)
        "By Dan Kessler\nCity Hall Reporter",  # a job title
        "Businesses Warn Of Fewer Shoppers Downtown\nBy Dan Kessler",  # a standfirst in title case
    ],
)
def test_no_masthead_in_a_section_label_a_title_or_a_standfirst(head: str) -> None:
    text = f"Council raises downtown parking rates\n\n{head}\n\n{_BODY}"
    assert find_publisher(text) is None
