"""The outlet's name in the head of a page: a masthead line beside the byline.

Text copied from a news page often keeps the outlet's name on a line of its own next to the
writer's ("By Dan Kessler" then "The Columbus Dispatch"; "Lisa Isaacs" then "News24"), between
the separators of a byline line ("Pete Evans · CBC News · Posted: Oct 25, 2023"; "ABC North
Coast / By Hannah Ross"), or as the site's domain ("Rappler.com"). Only the first lines after the
headline are read, and a line counts only when it is nothing but a name of an outlet's shape: a
name the bundled source registry knows exactly, or capitalised words ending in a word mastheads
end in ("News", "Times", "Dispatch", "Sport"), or a domain. A section label ("Politics"), a
standfirst or a date is none.
"""

from __future__ import annotations

import itertools
import re

from factcheck.extraction.outlet_names import registered_outlet
from factcheck.model import Span

__all__ = ["BEAT_WORDS", "DESK_WORDS", "masthead_mentions", "outlet_shaped", "title_word"]

#: Lines of the page's head read after the headline.
_HEAD_LINES = 8
#: A line of the text (blank lines are none).
_LINE = re.compile(r"[^\n]+")
#: Last words of an outlet's name ("The Columbus Dispatch", "BBC Sport", "Premium Times").
_MASTHEAD_ENDS = frozenset(
    """news sport sports times post press herald dispatch tribune journal star mail standard gazette
    chronicle courier observer guardian telegraph express mirror inquirer examiner independent
    today online radio television tv network agency wire bulletin record register statesman
    enquirer sentinel monitor advertiser argus mercury echo leader citizen nation broadcasting
    magazine weekly courant ledger beacon""".split()
)
#: Words of a page's section labels ("World News", "Business News", "Local Sport"): a line of
#: these words alone is a section, not the outlet, unless the registry knows it.
_SECTION_WORDS = frozenset(
    """world business local national breaking latest top politics health sport sports tech
    technology entertainment opinion international regional news live more related science
    education lifestyle culture arts money markets weather travel daily home us uk""".split()
)
#: Words of a writer's beat or desk in a byline's job title ("Political Staff", "City Hall
#: Reporter", "Local Democracy Reporter", "Digital Producer"): no outlet's name is made of these.
DESK_WORDS = frozenset(
    """political city hall state court courts health medical economics economy diplomatic foreign
    senior chief crime legal environment environmental education science investigative digital web
    democracy features transport energy property consumer social affairs parliamentary metro staff
    special general assignment industry finance financial agriculture defence defense security
    correspondent reporter writer editor producer contributor columnist journalist bureau
    associate assistant deputy managing executive contributing freelance analyst""".split()
)
#: Words a section label or a desk's title is made of: a name of these alone is no outlet.
BEAT_WORDS = _SECTION_WORDS | DESK_WORDS
#: Mastheads' last words that no section label ends in ("Chicago Tribune", "The Arizona
#: Republic"): such a line beside a byline is the outlet even with no other mark; "News",
#: "Sport" or "Today" alone are not enough ("Transfer News" under a byline is a section).
_PROPER_ENDS = frozenset(
    """post herald dispatch tribune journal gazette chronicle courier observer telegraph inquirer
    examiner statesman enquirer sentinel advertiser argus mercury citizen courant ledger beacon
    star""".split()
)
#: Of those, the ones a news desk's masthead ends in but no body, country, post or section
#: does ("Cherokee Nation", "Dominican Republic", "African Space Agency", "Deputy Party Leader",
#: "Life & Times", "Around the Globe" do): the outlet after a writer's name must end so.
#: The last words of an outlet named after its writer ("Jon Wilding, Ottawa Citizen", "By Thandeka
#: Nkosi, Mail & Guardian"): mastheads' words that no post, body or country ends in.
_SIGNED_ENDS = _PROPER_ENDS | frozenset("news times guardian express mirror independent".split())
#: A broadcaster's call sign ("KSEE-TV", "WBUR-FM").
_CALL_SIGN = re.compile(r"[A-Z]{2,5}-(?:TV|FM|AM|DT)")
#: A date as a byline line prints it ("June 2019", "September 15, 2020", "Sept. 27, 2018").
_DATE_PART = re.compile(
    r"(?:Published|Updated|Posted)?:?\s*(?:[A-Z][a-z]{2,8}\.?,?\s+)?(?:\d{1,2},?\s+)?"
    r"[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},\s+)?\d{4}|(?:[A-Z][a-z]{2,8}\.?\s+)\d{1,2},\s+\d{4}"
)
#: An outlet-shaped name: up to six capitalised words (digits, "&", "'", "-" inside; "of", "and",
#: "the" between), "News24" included.
_NAME = re.compile(r"(?:The\s+)?[A-Z][\w&'’.\-]*(?:\s+(?:of|and|the|&|[A-Z][\w&'’.\-]*)){0,5}")
_DOMAIN = re.compile(
    r"(?:www\.)?[A-Za-z][\w\-]*\.(?:com|net|org|co\.uk|co\.za|co\.nz|com\.au|ph|in|ie|ng|ke)"
)
#: The separators of a byline line: a middle dot, a bar, a slash with spaces.
_SEPARATOR = re.compile(r"\s+[·|/]\s+")


def outlet_shaped(words: str) -> bool:
    """True when ``words`` are nothing but an outlet's name or domain: a name the registry knows,
    capitalised words ending in a masthead's word ("The Columbus Dispatch"), a name with a digit
    ("News24"), a call sign ("KSEE-TV") or a domain."""
    if _DOMAIN.fullmatch(words) or _CALL_SIGN.fullmatch(words):
        return True
    if words.isupper() and registered_outlet(words):
        return True  # "ARAB NEWS" in the capitals of a page's furniture
    if not _NAME.fullmatch(words) or (words.isupper() and " " in words):
        return False  # "BY HARIS MOHD ZAIN" is a shouted byline, no masthead
    last = words.split()[-1].lower()
    if registered_outlet(words):
        return True
    if all(w.lower() in _SECTION_WORDS for w in words.split()):
        return False  # "World News", "Local Sport": a section label
    return (
        (" " in words and last in _MASTHEAD_ENDS)
        # "The Arizona Republic", "The Boston Globe"; not "Central African Republic", "Around the Globe"
        or (words.startswith("The ") and len(words.split()) >= 3 and last in ("republic", "globe"))
        or (any(c.isdigit() for c in last) and last[0].isalpha())
        or _regional(words)
    )


def _regional(words: str) -> bool:
    """True for a broadcaster's regional masthead: an acronym and a masthead word, then the region
    ("CTV News Kitchener", "BBC News West Midlands")."""
    parts = words.split()
    return (
        len(parts) >= 3
        and parts[0].isupper()
        and 2 <= len(parts[0]) <= 5
        and parts[0].isalpha()
        and parts[1].lower() in _MASTHEAD_ENDS
    )


def _marked(words: str) -> bool:
    """True when a line not in the registry still carries a mark of an outlet's name: "The"
    first ("The Columbus Dispatch"), a registered outlet first ("BBC Sport"), a digit ("News24")
    or a domain ("Rappler.com")."""
    first = words.split()[0]
    return (
        words.startswith("The ")
        or bool(_DOMAIN.fullmatch(words))
        or any(c.isdigit() for c in words)
        or (" " in words and registered_outlet(first))
        or _regional(words)
    )


def _bylined(line: str) -> bool:
    """True for a byline line ("By Dan Kessler", "BY SYED FAIZAL AZIZ")."""
    return bool(re.match(r"\s*(?:By|BY)\s+[A-Z]", line))


def masthead_mentions(text: str) -> list[tuple[str, Span]]:
    """The masthead names in the head of ``text`` with their spans, first first: a line that is an
    outlet's name next to a byline or a date, a part of a separated byline line, a domain line."""
    # the head's lines only: a long text is not split into all its lines for eight of them
    lines = [(m.group(), m.start()) for m in itertools.islice(_LINE.finditer(text), 1, 1 + _HEAD_LINES)]
    found: list[tuple[str, Span]] = []
    for i, (line, at) in enumerate(lines):
        stripped = line.strip()
        parts = _SEPARATOR.split(stripped)
        lead = len(line) - len(line.lstrip())
        credited = any(_bylined(p) or p.startswith("Posted") or _DATE_PART.fullmatch(p) for p in parts)
        if len(parts) > 1 and credited:
            # "Pete Evans · CBC News · Posted: …", "By Catherine Aucoin | The Walrus | June 2019"
            for part in parts:
                name = part.strip()
                if _bylined(name) or _DATE_PART.fullmatch(name):
                    continue
                if outlet_shaped(name) or (name.startswith("The ") and _outlet_named(name)):
                    start = at + lead + stripped.index(part)
                    found.append((name, Span(start, start + len(name))))
                    break
            continue
        if _between_byline_and_date(lines, i):
            # "By Dana Whitley" / "The Bayou City Beat" / "November 8, 2001": the outlet's own line
            found.append((stripped, Span(at + lead, at + lead + len(stripped))))
            continue
        words, offset, signed = _outlet_part(stripped)
        # "Observer staff reporter", "Gleaner Writers": one word signed by its staff; "Golf
        # Correspondent", "Cairo Bureau" or "Staff Correspondent" are a desk or a place
        title = stripped[offset + len(words) :].lower().split()
        collective = any(w == "staff" or (w.endswith("s") and w[:-1] in DESK_WORDS) for w in title)
        one_word = collective and words.isalpha() and words.istitle() and words.lower() not in BEAT_WORDS
        if not words or not (outlet_shaped(words) or one_word):
            continue
        known = registered_outlet(words)
        if not (known or signed or _marked(words) or words.split()[-1].lower() in _PROPER_ENDS):
            continue  # "Transfer News" under a byline is a section label (review18)
        near = [lines[j][0] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        beside = any(_bylined(n) or _names_only(n) or _DATE_PART.fullmatch(n.strip()) for n in near)
        if known or signed or _DOMAIN.fullmatch(words) or beside:
            start = at + lead + offset
            found.append((words, Span(start, start + len(words))))
    return found


def _between_byline_and_date(lines: list[tuple[str, int]], i: int) -> bool:
    """True when head line ``i`` is a name with "The" and two or more capitalised words, set between
    a byline line and a date line: the layout of a page that prints its masthead under the writer
    ("By NAME" / "The Daily Orion" / "May 3, 2019"), whatever the masthead's last word.  A place
    with "The" ("The Hague", "The Gambia") is one word after it."""
    if not 0 < i < len(lines) - 1:
        return False
    line = lines[i][0].strip()
    return (
        line.startswith("The ")
        and len(line.split()) >= 3
        and _outlet_named(line)
        and _bylined(lines[i - 1][0])
        and bool(_DATE_PART.fullmatch(lines[i + 1][0].strip()))
    )


def _outlet_named(words: str) -> bool:
    """True for capitalised words of a name that are not all a section's or a desk's words."""
    return bool(_NAME.fullmatch(words)) and not all(w.lower() in BEAT_WORDS for w in words.split()[1:])


def _outlet_part(line: str) -> tuple[str, int, bool]:
    """The words of a head line that may be the outlet, their offset in the line, and whether the
    line signs the article itself: the line with a desk's title taken off ("Tampa Bay Times staff",
    "CTV News Kitchener Digital Producer"), the outlet before a date or place ("The Atlantic,
    October 2022", "BBC News, West Midlands"), the outlet after the writer ("Jon Wilding, Ottawa
    Citizen"), the outlet after a place in capitals ("ISTANBUL – Hürriyet Daily News")."""
    place, dash, outlet = line.partition(" – ")
    if dash and place.isupper() and outlet_shaped(outlet):  # "ISTANBUL – Hürriyet Daily News"
        return outlet, len(place) + 3, True
    left, comma, right = line.partition(", ")
    if comma and outlet_shaped(left) and _DATE_PART.fullmatch(right):
        return left, 0, False  # "Lusaka Times, March 12, 2019": the date's own comma is no matter
    if comma and "," not in right:
        outlet = _untitled(right)[0]
        if _names_only(left) and outlet_shaped(outlet) and outlet.split()[-1].lower() in _SIGNED_ENDS:
            return outlet, len(left) + 2, True
        if outlet_shaped(left) and (_DATE_PART.fullmatch(right) or _NAME.fullmatch(right)):
            return left, 0, False
        return "", 0, False
    if _bylined(line):
        return "", 0, False  # "By Herald Staff": the byline's own rules read it
    words, titled = _untitled(line)
    return words, 0, titled


def title_word(word: str) -> bool:
    """True for a word of a desk's title, singular or plural ("Staff", "Writers", "Political")."""
    lowered = word.lower()
    return lowered in DESK_WORDS or lowered[:-1] in DESK_WORDS


def _untitled(words: str) -> tuple[str, bool]:
    """``words`` without a desk's title at their end ("KSEE-TV Web Staff" is KSEE-TV), and whether
    one was taken off."""
    kept = words.split()
    while len(kept) > 1 and title_word(kept[-1]):
        kept.pop()
    if len(kept) == len(words.split()):
        return words, False
    return words[: words.index(kept[-1], sum(len(w) + 1 for w in kept[:-1])) + len(kept[-1])], True


def _names_only(line: str) -> bool:
    """True for a line of two to four capitalised words and nothing else: a writer's name."""
    return bool(re.fullmatch(r"\s*[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}\s*", line))
