"""A statement, report or survey named with the body that issued it: "A statement from the
Westfield Housing Trust said …", "a 2023 report by the Harlow Institute found …", "a Gallup
poll shows …".

The words are the body's, as "a spokesperson for the ministry" speaks for the ministry: the
speaker is the body (or the person: "a statement from Jane Roe"), its mention the whole
phrase.  Only an indefinite document ("a", "an") is read so: "the report" points back, and
figures "obtained by" a newspaper are not its words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from factcheck.extraction.phrase_base import Phrase, _is_cap
from factcheck.extraction.speaker_words import NOT_ORG_ACRONYMS, PLACE_WORDS, TIME_WORDS
from factcheck.model import Span

#: Nouns of a text a body issues.
ISSUED = frozenset(
    """statement report survey study analysis poll review audit assessment briefing
    filing submission release""".split()
)
#: Words that may stand between the article and the document: a year, a short modifier.
_MODIFIER = re.compile(r"(?:\d{4}|[a-z][a-z-]*)")
_MONTHS = frozenset(
    """january february march april may june july august september october november december""".split()
)


def _a_place(name: str) -> bool:
    """True when ``name`` is a place or a country's abbreviation ("U.S."), no issuing body."""
    return name.lower().strip(".") in PLACE_WORDS or re.sub(r"[.\-\s]", "", name).upper() in NOT_ORG_ACRONYMS


def issuer_phrase(
    text: str,
    span: Span,
    words: list[str],
    starts: list[int],
    parse: Callable[[str, int, int], Phrase | None],
) -> Phrase | None:
    """The body that issued the indefinite document the phrase ``words`` names, as the phrase's
    speaker (with the whole phrase as its span), or ``None``.

    ``starts`` are the words' offsets in ``text``; ``parse`` reads a phrase (``parse_phrase``).
    """
    lowered = [w.lower() for w in words]
    if len(words) < 3 or lowered[0] not in ("a", "an"):
        return None
    by = next((i for i, w in enumerate(lowered) if w in ("from", "by")), None)
    if by is not None:
        # "A statement from the Westfield Housing Trust", "a 2023 report by the Harlow Institute"
        if by < 2 or lowered[by - 1] not in ISSUED or by + 1 >= len(words):
            return None
        if not all(_MODIFIER.fullmatch(w) for w in words[1 : by - 1]):
            return None
        body = parse(text, starts[by + 1], span.end)
        if body is None or body.kind not in ("organisation", "person") or not body.name:
            return None
        if _a_place(body.name):
            return None  # "a report by the U.S.": a country, no issuer to name
        return attrs.evolve(body, span=span)
    if len(words) == 3 and lowered[2] in ISSUED and _is_cap(words[1]):
        # "a Gallup poll", "a Bloomberg survey": the name before the document issued it
        name = words[1]
        key = name.lower().strip(".")
        if (
            key in PLACE_WORDS
            or key in TIME_WORDS
            or key in _MONTHS
            or "." in name
            or name.endswith(("'s", "’s"))
        ):
            return None
        body = parse(text, starts[1], starts[1] + len(name))
        if body is None or body.kind not in ("organisation", "person") or not body.name:
            return None
        return Phrase(span, "organisation", name=body.name, head=key)
    return None
