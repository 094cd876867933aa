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

__all__ = ["masthead_mentions"]

#: Lines of the page's head read after the headline.
_HEAD_LINES = 8
#: A line of the text (blank lines are none).
_LINE = re.compile(r"[^\n]+")
#: Last words of an outlet's name ("The Columbus Dispatch", "BBC Sport", "Premium Times").
_MASTHEAD_ENDS = frozenset(
    """news sport sports times post press herald dispatch tribune journal star mail standard gazette
    chronicle courier observer guardian telegraph express mirror inquirer examiner independent
    today online radio television tv network agency wire bulletin record register statesman
    enquirer sentinel monitor advertiser argus mercury echo leader citizen nation""".split()
)
#: Words of a page's section labels ("World News", "Business News", "Local Sport"): a line of
#: these words alone is a section, not the outlet, unless the registry knows it.
_SECTION_WORDS = frozenset(
    """world business local national breaking latest top politics health sport sports tech
    technology entertainment opinion international regional news live more related science
    education lifestyle culture arts money markets weather travel daily home us uk""".split()
)
#: An outlet-shaped name: up to six capitalised words (digits, "&", "'", "-" inside; "of", "and",
#: "the" between), "News24" included.
_NAME = re.compile(r"(?:The\s+)?[A-Z][\w&'’.\-]*(?:\s+(?:of|and|the|&|[A-Z][\w&'’.\-]*)){0,5}")
_DOMAIN = re.compile(
    r"(?:www\.)?[A-Za-z][\w\-]*\.(?:com|net|org|co\.uk|co\.za|co\.nz|com\.au|ph|in|ie|ng|ke)"
)
#: The separators of a byline line: a middle dot, a bar, a slash with spaces.
_SEPARATOR = re.compile(r"\s+[·|/]\s+")


def _outlet_shaped(words: str) -> bool:
    """True when ``words`` are nothing but an outlet's name or domain."""
    if _DOMAIN.fullmatch(words):
        return True
    if not _NAME.fullmatch(words) or (words.isupper() and " " in words):
        return False  # "BY HARIS MOHD ZAIN" is a shouted byline, no masthead
    last = words.split()[-1].lower()
    if registered_outlet(words):
        return True
    if all(w.lower() in _SECTION_WORDS for w in words.split()):
        return False  # "World News", "Local Sport": a section label
    return (" " in words and last in _MASTHEAD_ENDS) or (any(c.isdigit() for c in last) and last[0].isalpha())


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
        parts = _SEPARATOR.split(line.strip())
        lead = len(line) - len(line.lstrip())
        if len(parts) > 1 and any(_bylined(p) or p.startswith("Posted") for p in parts):
            for part in parts:
                if not _bylined(part) and _outlet_shaped(part.strip()):
                    start = at + lead + line.strip().index(part)
                    found.append((part.strip(), Span(start, start + len(part.strip()))))
                    break
            continue
        words = line.strip()
        if not _outlet_shaped(words):
            continue
        known = registered_outlet(words)
        if not (known or _marked(words)):
            continue  # "Transfer News" under a byline is a section label (review18)
        near = [lines[j][0] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if known or _DOMAIN.fullmatch(words) or any(_bylined(n) or _names_only(n) for n in near):
            found.append((words, Span(at + lead, at + lead + len(words))))
    return found


def _names_only(line: str) -> bool:
    """True for a line of two to four capitalised words and nothing else: a writer's name."""
    return bool(re.fullmatch(r"\s*[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}\s*", line))
