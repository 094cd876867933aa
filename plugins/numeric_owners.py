"""A count owned by a name the article does not open on is another party's (round alarm19).

"The agriculture ministry now expects a grain harvest of 39.3 million tonnes" in a story about
Ukraine, and later "Russia's harvest is expected at about 61 million tonnes": the same counted noun,
the same time, but the second is owned by a name ("Russia's"), and that name is neither in the
headline nor in the opening of the article, so the story is not about it: a neighbour's figure set
beside the subject's.  The names rule (docs/checkers/numeric.md, "the same subject") needs both
clauses to name someone; here the first names nobody, since its subject is the article's own.

A figure's **owner** is a capitalised word of three letters or more with a possessive "'s" at the
head of the figure's clause (at most :data:`_LEAD` words before it) and no comma between it and
the figure ("Russia's harvest is expected at …"), not a contraction ("That's 21 states"), a day,
a month or a generic body ("Monday's", "Government's"); "In response to the Herald's questions,
the senator returned $38,400" and "Tom Reed's campaign, which …, started a petition" own no
figure.

Two figures are two quantities when one has an owner that the other's sentence does not name,
that the other has no owner of the same name, and that the article's opening does not name: its
headline and its lede, the first line after the headline of :data:`LEDE` characters or more (a
byline or dateline is shorter).  "Ukraine's harvest" in a story headlined on Ukraine is still
compared with "a harvest of …".
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_memo import per_figure, per_index
from .numeric_text import TextIndex

__all__ = ["LEDE", "opening", "owner", "owners_apart"]

#: A line after the headline this long or longer is the article's lede (bylines and datelines are shorter).
LEDE = 100

#: Words that may stand before the owner at the head of its clause ("The neighbouring Russia's").
_LEAD = 3
_OWNER = re.compile(r"\b([A-Z][A-Za-z-]{2,})['’]s\b")
#: Capitalised owners that name no other party: contractions ("That's 21 states"), days, months,
#: generic bodies.
_GENERIC = frozenset(
    """that there here what who where when how let she this
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december today yesterday tomorrow this last next year
    government ministry department council state country nation city company world bank group
    board agency authority association""".split()
)


@per_figure
def owner(index: TextIndex, figure: Figure) -> str:
    """The name owning ``figure``'s noun in its clause ("Russia's harvest is …": "Russia"), or ""."""
    clause = index.clause(figure)
    text = index.text
    found = _OWNER.search(text, clause.start, figure.span.start)
    if found is None or found.group(1).lower() in _GENERIC:
        return ""
    if (
        len(text[clause.start : found.start()].split()) > _LEAD
        or "," in text[found.start() : figure.span.start]
    ):
        return ""  # "In response to the Herald's questions, the senator returned …": not the subject's owner
    return found.group(1)


#: A line's words between the boundaries ``str.splitlines`` knows (read lazily: the lede is near
#: the top, and a long document's lines were split again for every pair of figures compared).
_LINE = re.compile("[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")


@per_index
def opening(index: TextIndex) -> str:
    """The headline and the lede: what the article is about."""
    title = index.text[: index.title_end]
    for found in _LINE.finditer(index.text, index.title_end):
        line = found.group()
        if len(line.strip()) >= LEDE:
            return f"{title}\n{line}"
    return title


def _sentence(index: TextIndex, figure: Figure) -> str:
    number = index.sentence_of(figure.span)
    return index.sentences[number].of(index.text) if number >= 0 else ""


def _named(name: str, text: str) -> bool:
    return name in text and re.search(rf"\b{re.escape(name)}\b", text) is not None


def owners_apart(index: TextIndex, a: Figure, b: Figure) -> bool:
    """True when one figure is owned by a name that the other's sentence does not name and the
    article does not open on: another party's count of the noun."""
    about = opening(index)
    for one, other in ((a, b), (b, a)):
        name = owner(index, one)
        if not name or name == owner(index, other) or _named(name, about):
            continue
        if not _named(name, _sentence(index, other)):
            return True
    return False
