"""Bodies named in ways the speaker phrases missed.

* A name that joins two fields with "and" after the body's noun: "Vietnam's Ministry of Industry
  and Trade said", "the Department of Agriculture and Fisheries".  The "and" is inside the name,
  not a clause's: the speaker is the whole body, never "Trade".
* A company's name that ends in a legal form in capitals ("Kessler Industrie AG", "Orion
  Shipping PLC", "Harbour Rovers FC") is that company, not a body called "AG".
* Data or a document of a body: "according to U.S. Census Bureau data" is the bureau's even when
  the article names it nowhere else; "according to Kessler's annual report" is the company's.
"""

from __future__ import annotations

import re

from factcheck.extraction.phrase_base import _looks_org
from factcheck.extraction.phrase_posts import PORTFOLIOS

#: Legal forms and club marks written in capitals after a name (the lists of bodies' words hold
#: them in lower case: "ag", "plc").
CORPORATE_CAPITALS = ("AG", "NV", "PLC", "LLC", "FC", "AFC", "GmbH")

#: A body's noun, "of"/"for", then one to three capitalised words, up to the "and".
_BODY_OF_FIELD = re.compile(
    r"\b(?:Ministry|Department|Office|Commission|Committee|Institute|Bureau|Agency|Council|Board|"
    r"Authority|Secretariat|Directorate|Centre|Center|School|Faculty|College|Academy|Museum)\s+(?:of|for)\s+"
    r"(?:the\s+)?(?:[A-Z][\w’'-]*,?\s+){1,3}$"
)
#: The field after the "and": capitalised words (one to three) up to the cue.
_FIELD_AFTER = re.compile(r"\s*(?:[A-Z][\w’'-]*\s*){1,3}")


def field_pair_body(text: str, and_start: int, and_end: int, end: int) -> bool:
    """True when the "and" at ``and_start``-``and_end`` joins two fields of one body's name: the
    body's noun and "of" before it, and after it up to ``end`` only capitalised words, one of them
    a field ("Trade", "Fisheries"; "the Ministry of Defence and Smith said" is two speakers)."""
    return (
        _BODY_OF_FIELD.search(text, max(0, and_start - 80), and_start) is not None
        and _FIELD_AFTER.fullmatch(text, and_end, end) is not None
        and any(word.lower() in PORTFOLIOS for word in text[and_end:end].split())
    )


def body_by_its_words(name: str) -> bool:
    """True for a name that is a body's by its own words ("U.S. Census Bureau", "Eurostat" is
    not: one word that no list knows may be anything)."""
    words = name.split()
    return len(words) > 1 and _looks_org(words)


#: A document owned by a name with a possessive: "Kessler's annual report", "Acme's filing".
_OWNED_WORK = re.compile(
    r"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})[’']s\s+(?:[a-z]+\s+){0,2}?"
    r"(?:report|filing|filings|statement|accounts|results|prospectus|website|figures|data)"
)


def owned_work(words: str) -> str | None:
    """The owner's name in "Kessler's annual report", or None for other words."""
    found = _OWNED_WORK.fullmatch(words.strip())
    return found["owner"] if found is not None else None
