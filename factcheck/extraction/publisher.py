"""Find the outlet that published an article from the words of the article itself.

Scraped news text names its publisher in a few standard places, tried here in
this order of trust:

1. a closing credit line: "Source: RT", "Source - TASS", "Courtesy of Reuters";
2. a wire dateline: "MOSCOW (Reuters) -", "(AFP) —", "BEIJING, Jan. 3 (Xinhua) --",
   "MOSCOW, May 14. /TASS/.";
3. a byline: "By Jane Doe, Reuters", "By Jane Doe | BBC News", "By Jane Doe for The Guardian";
4. a masthead line in the page's head: the outlet's name on a line of its own beside the byline
   ("By Jane Doe" then "The Columbus Dispatch"), between separators ("Pete Evans · CBC News ·
   Posted: …", "ABC North Coast / By …"), or the site's domain ("Rappler.com");
5. a copyright line: "© 2018 Reuters", "Copyright 2021 The Associated Press. All rights reserved.";
6. a bare URL on a line of its own (page furniture): "https://www.rt.com/news/...".

:func:`find_publisher` returns the best name with the span of its words;
:func:`find_publishers` returns every mention found, so that a wire copy
republished by another site ("Source: The Moscow Times" over "MOSCOW (Reuters) -")
can name both.
"""

from __future__ import annotations

import re

import attrs

from factcheck.extraction.masthead import BEAT_WORDS, masthead_mentions, outlet_shaped, title_word
from factcheck.extraction.speaker_words import first_names
from factcheck.model import Span
from factcheck.vocabulary import NEWS_AGENCIES, agency_name

__all__ = ["PublisherMention", "agency_name", "find_publisher", "find_publishers"]

# An outlet's name: up to seven capitalised words (digits, "&", apostrophes, dots,
# hyphens), with "of", "the", "de" allowed inside ("Voice of America").
_WORD = r"[A-Z0-9](?:[\w&'’\-]|\.(?=\w))*"
_NAME = rf"{_WORD}(?:[ \t]+(?:of|the|de|for|and|{_WORD})){{0,6}}"
_DASH = r"(?:-{1,2}|–|—)"

_CREDIT = re.compile(
    rf"^[ \t]*(?:Source|Sources|Via|Courtesy of|Originally published (?:by|in|on)|Read more (?:at|on))"
    rf"[ \t]*[:\-–—]?[ \t]*(?P<name>{_NAME}|[\w.\-]+\.[a-z]{{2,}})[ \t.]*$",
    re.M,
)
# "MOSCOW (Reuters) -", "UNITED NATIONS (AP) —", "BEIJING, Jan. 3 (Xinhua) --", "(AFP) —".
_DATELINE = re.compile(
    rf"^[ \t]*(?:[A-Z][A-Z.'’/\- ]{{1,40}}(?:,[ \t]*[A-Z][\w.'’\- ]{{0,40}}?)?"
    rf"(?:,[ \t]*[A-Za-z. 0-9]{{0,20}})?[ \t]*)?"
    rf"\((?P<name>[A-Z][\w&.'’\- ]{{0,40}}?)\)[ \t]*{_DASH}",
    re.M,
)
# Indian wire style, no dash: "New Delhi, Dec 5 (PTI) The government …", "Mumbai, Jan 3 (IANS)".
_DAY_DATELINE = re.compile(
    r"^[ \t]*[A-Z][\w.'’\- ]{1,30},[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}[ \t]*"
    r"\((?P<name>[A-Z][\w&.'’\- ]{0,40}?)\)(?=[ \t]+[A-Z])",
    re.M,
)
# Agency copy without parentheses: "MELBOURNE, Dec 31 AAP - …", "Accra, March 9, GNA - …" (only
# the short forms of known agencies: a capitalised word there could be anything).
_SHORT_AGENCIES = "|".join(sorted((k.upper() for k in NEWS_AGENCIES if k.isalpha() and len(k) <= 5), key=len))
_BARE_DATELINE = re.compile(
    rf"^[ \t]*[A-Z][\w.'’\- ]{{1,30}},[ \t]*[A-Z][a-z]{{2,8}}\.?[ \t]+\d{{1,2}},?[ \t]+"
    rf"(?P<name>{_SHORT_AGENCIES})[ \t]*(?:-{{1,2}}|–|—)",
    re.M,
)
# TASS and Interfax style: "MOSCOW, May 14. /TASS/."
_SLASH_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'’\- ]{1,40},[^\n/]{0,30}/(?P<name>[A-Z][\w\- ]{1,20})/\.?", re.M
)
_BYLINE = re.compile(
    rf"^[ \t]*By[ \t]+[A-Z][\w.'’\-]+(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z][\w.'’\-]+){{0,5}}"
    rf"[ \t]*(?:,|\||[–—]|[ \t]-|[ \t]for)[ \t]*(?P<name>{_NAME})"
    rf"(?:[ \t]*(?:,|in|[–—]|-)[ \t]*[A-Z][\w.'’\- ]{{0,30}})?[ \t]*$",
    re.M,
)
_COPYRIGHT = re.compile(
    rf"(?:©|\(c\)|Copyright)[ \t]*(?:©[ \t]*)?(?:\d{{4}}(?:[-–]\d{{4}})?[ \t]*)?(?P<name>{_NAME})"
    rf"(?=[ \t]*(?:\.|,|All rights|$))",
    re.M | re.I,
)
_URL_LINE = re.compile(r"^[ \t]*https?://(?:www\.)?(?P<name>[^\s/:?#]+\.[a-z]{2,})(?:[/?#]\S*)?[ \t]*$", re.M)

# Parenthesised words at a paragraph's start that are not an outlet: "(Updated)", "(UPDATE 1)".
_NOT_OUTLET = re.compile(
    r"^(?:updated?|update \d+|corrected|correction|refile[sd]?|photos?|video|live|opinion)$", re.I
)


@attrs.frozen
class PublisherMention:
    """One place the text names a publisher: the name, its span and how it was found."""

    name: str
    span: Span
    kind: str


def _mention(text: str, match: re.Match[str], kind: str) -> PublisherMention | None:
    start, end = match.start("name"), match.end("name")
    words = text[start:end].rstrip(" \t.,;’'")
    if not words:
        return None
    return PublisherMention(agency_name(words), Span(start, start + len(words)), kind)


def _byline_outlet(text: str, match: re.Match[str]) -> PublisherMention | None:
    """The outlet of a byline's last part, with a trailing job title taken off ("KSEE-TV Web Staff",
    "Associated Press Writer", "Globe Staff"); None when that part is a job title, a beat or a
    place ("Political Staff", "Abuja")."""
    start = match.start("name")
    words = match.group("name").rstrip(" \t.,;’'").split()
    kept = list(words)
    while kept and title_word(kept[-1]):
        kept.pop()
    if not kept:
        return None
    name = " ".join(kept)
    if len(kept) < len(words):  # a title was taken off: what is left must be an outlet's name
        staff = any(w.lower() == "staff" for w in words[len(kept) :])
        if all(w.lower() in BEAT_WORDS or not w[:1].isupper() for w in kept):
            return None
        if not (outlet_shaped(name) or name.casefold() in NEWS_AGENCIES or (staff and len(kept) == 1)):
            return None
    elif len(kept) == 1 and not (outlet_shaped(name) or name.casefold() in NEWS_AGENCIES):
        return None  # "By Chinedu Okonkwo, Abuja": one word no list knows is the writer's place
    elif _second_writer(kept) and not outlet_shaped(name):
        return None  # "By Jeannette Andrade, Marlon Ramos": two writers
    if not text.startswith(name, start):
        return None
    return PublisherMention(agency_name(name), Span(start, start + len(name)), "byline")


def _second_writer(words: list[str]) -> bool:
    """True for two or three capitalised words led by a first name: a writer's name."""
    return 2 <= len(words) <= 3 and words[0].lower() in first_names() and all(w[:1].isupper() for w in words)


def find_publishers(text: str) -> list[PublisherMention]:
    """Every publisher mention in ``text``, best first (credit, dateline, byline, copyright, URL)."""
    found: list[PublisherMention] = []
    credits = list(_CREDIT.finditer(text))
    if credits:
        found.extend(m for m in [_mention(text, credits[-1], "credit")] if m)
    head = text[: max(2000, len(text) // 3)]
    datelines = [m for m in _DATELINE.finditer(head) if not _NOT_OUTLET.match(m.group("name").strip())]
    datelines += list(_SLASH_DATELINE.finditer(head)) + list(_DAY_DATELINE.finditer(head))
    datelines += list(_BARE_DATELINE.finditer(head))
    datelines.sort(key=lambda m: m.start())
    found.extend(m for m in (_mention(text, d, "dateline") for d in datelines[:1]) if m)
    for match in _BYLINE.finditer(text):
        mention = _byline_outlet(text, match)
        if mention:
            found.append(mention)
            break
    found.extend(_mastheads(text)[:1])
    copyrights = list(_COPYRIGHT.finditer(text))
    if copyrights:
        found.extend(m for m in [_mention(text, copyrights[-1], "copyright")] if m)
    urls = list(_URL_LINE.finditer(text))
    if urls:
        found.extend(m for m in [_mention(text, urls[0], "url")] if m)
    unique: list[PublisherMention] = []
    for mention in found:
        if all(mention.name.casefold() != other.name.casefold() for other in unique):
            unique.append(mention)
    return unique


def _mastheads(text: str) -> list[PublisherMention]:
    """The masthead lines of the page's head (:mod:`factcheck.extraction.masthead`)."""
    return [PublisherMention(name, span, "masthead") for name, span in masthead_mentions(text)]


def find_publisher(text: str) -> tuple[str, Span] | None:
    """Return the publisher named in ``text`` and the span of its name, or None.

    The last credit line ("Source: RT") wins, since scraped pages put the credit
    at the end of the article; then a wire dateline, a byline, a copyright line,
    and a URL standing on its own line.
    """
    found = find_publishers(text)
    if not found:
        return None
    return found[0].name, found[0].span
