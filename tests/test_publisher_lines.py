"""The publisher in the head lines of a page as copied (factcheck.extraction.publisher and
masthead): agency copy, bylines with a desk's title, outlet lines beside the writer or a date."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.extraction.publisher import find_publisher

_BODY = (
    "The board voted 5-2 on Tuesday to close two rural clinics by June, saving about $1.2 million "
    'a year. "Nobody wanted this outcome," said board chair Lorna Pettigrew.\n'
)


@pytest.mark.parametrize(
    ("head", "outlet", "words"),
    [
        # agency copy whose dateline credits the agency without parentheses
        ("PERTH, Mar 3 AAP - The board voted on Tuesday.", "Australian Associated Press", "AAP"),
        ("Tamale, June 9, GNA - The board voted on Tuesday.", "Ghana News Agency", "GNA"),
        # an agency's short form is printed as the desk names it
        ("LUCKNOW, Apr 2 (PTI) The board voted on Tuesday.", "Press Trust of India", "PTI"),
        # a byline whose outlet carries the writer's desk title
        ("By Rosa Quintero, KGET-TV Web Staff", "KGET-TV", "KGET-TV"),
        ("By DALE MERCER, Associated Press Writer", "The Associated Press", "Associated Press"),
        ("By Fiona Leckie, Herald Staff", "Herald", "Herald"),
        # an outlet line with its staff credit, or after the writer's name on one line
        ("Hartford Courant staff\nUpdated 4:10 p.m.", "Hartford Courant", "Hartford Courant"),
        ("Megan Doyle, Windsor Star\nUpdated: May 2, 2017", "Windsor Star", "Windsor Star"),
        ("By Thandeka Mbeki, Mail & Guardian", "Mail & Guardian", "Mail & Guardian"),
        ("By Laura Gutierrez\nThe Mesa Republic\nJune 5, 2013", "The Mesa Republic", "The Mesa Republic"),
        # a regional masthead under the writer's name, with the writer's title after it
        ("Aaron Beaudry\nCTV News Regina Digital Producer", "CTV News Regina", "CTV News Regina"),
        # a separated byline line with a date part; the outlet before a date or a place
        ("By Colm Tierney | The Bluestone Review | May 2021", "The Bluestone Review", "The Bluestone Review"),
        ("By Hana Sato\nThe Ledger Weekly, August 2019", "The Ledger Weekly", "The Ledger Weekly"),
        ("By Priya Nair\nBBC News, East Midlands", "BBC News", "BBC News"),
        # a masthead line of no list, whose last word no section label ends in
        ("By Gary Lutz\nDuluth Tribune\nOct. 4, 2016", "Duluth Tribune", "Duluth Tribune"),
        # a marked masthead line with only a date beside it
        ("The Prairie Globe\nPublished June 3, 2012", "The Prairie Globe", "The Prairie Globe"),
        # the outlet after a place in capitals
        ("ANKARA – Bosphorus Daily News", "Bosphorus Daily News", "Bosphorus Daily News"),
        # a one-word masthead signed by its staff, under a shouted byline
        ("BY CAROL HENRY-BLAKE\nSentinel staff reporter", "Sentinel", "Sentinel"),
        ("Published: Monday | May 3, 2004\n\nMonitor Writers", "Monitor", "Monitor"),
        # two writers in the byline, the outlet on the next line
        (
            "By Maria Santos, Ramon Villareal\nVisayas Daily Inquirer\nMay 2, 2014",
            "Visayas Daily Inquirer",
            "Visayas Daily Inquirer",
        ),
        # a registered outlet in the capitals of page furniture
        ("THE GUARDIAN\nUpdated 4 May 2019", "THE GUARDIAN", "THE GUARDIAN"),
    ],
)
def test_the_publisher_of_a_head_line(head: str, outlet: str, words: str) -> None:
    text = f"Clinics to close as board cuts costs\n\n{head}\n\n{_BODY}"
    found = find_publisher(text)
    assert found is not None and found[0] == outlet, found
    assert found[1].of(text) == words
    assert factcheck.check_text(text).document.publisher == outlet


@pytest.mark.parametrize(
    "head",
    [
        "By Chinedu Eze, Enugu",  # the writer's city, not an outlet
        "By Moira Quinn, Political Staff",  # a desk, not an outlet
        "By Ana Ruiz, State Political Reporter",
        "By Tom Hale\nCourt reporter",
        "Grace Mwangi\nEconomics Writer",
        "By Dan Kessler\nTransfer News",  # a section label under a byline (review18)
        "Global Markets\nMay 5, 2015",  # a section label beside a date
        "By Tom Reddington\nGolf Correspondent",  # a desk
        "Cairo Bureau\nISMAILIA, Egypt — June 28, 2023",  # a bureau's city
        "By Amina Yusuf\nStaff Correspondent",
        "By Jeannette Cruz, Marlon Reyes",  # two writers, no outlet
        # review22: a writer's line whose tail is a post, a body, a nation or a country
        "Helen Mwangi, Deputy Party Leader",
        "Dr Samuel Okafor, African Space Agency",
        "Chuck Redbird, Cherokee Nation",
        "Santo Domingo, Dominican Republic",
        "By Ana Ruiz · Central African Republic · Posted: May 2, 2020",
        # review22: section labels beside a byline, ending in words mastheads end in
        "By Jo Lee\nAround the Globe",
        "By Jo Lee\nLife & Times",
        "By Jo Lee\nWeekend Magazine",
    ],
)
def test_no_publisher_in_a_writer_s_place_desk_or_section(head: str) -> None:
    text = f"Clinics to close as board cuts costs\n\n{head}\n\n{_BODY}"
    assert find_publisher(text) is None
