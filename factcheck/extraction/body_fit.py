"""Whether a descriptor ("the Iraqi ministry", "the UN refugee agency") can point to a body named
elsewhere in the article: the tests :class:`~factcheck.extraction.speakers.SpeakerRegistry` runs
on the bodies it knows, and the kind of body a descriptor names, read first to turn down bodies of
another kind cheaply."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.extraction.bodies import (
    BODY_KINDS,
    KNOWN_ACRONYMS,
    NATIONALITIES,
    UN_BODIES,
    UN_TOPICS,
    _fold_un,
    _name_head,
    initials,
)
from factcheck.extraction.field_bodies import field_fits
from factcheck.extraction.phrase_base import Phrase, _is_acronym, _is_cap, _strip_possessive
from factcheck.extraction.phrases import acronym_key

if TYPE_CHECKING:
    from factcheck.extraction.speaker_entry import _Entry

__all__ = ["STATE_BODY", "STATE_HEADS", "_may_name", "_not_the_state", "descriptor_kin"]


#: Descriptors of a state's own bodies, and the words that name one ("the government" may be the
#: Haitian Government or the Ministry of Health, never the United Nations or an airline).
STATE_HEADS = frozenset({"government", "ministry", "administration", "cabinet"})
STATE_BODY = re.compile(
    r"\b(?:government|ministry|ministries|department|administration|cabinet|kremlin|white house|"
    r"presidency|office|state|secretariat|council of ministers)\b",
    re.I,
)


def _not_the_state(phrase: Phrase, name: str) -> bool:
    """True when a descriptor of a state's own body ("the government", "the ministry") cannot be
    the body of this name (the United Nations, an airline)."""
    return phrase.head in STATE_HEADS and not STATE_BODY.search(name)


def _may_name(phrase: Phrase, entry: _Entry, aliases: dict[str, str] | None = None) -> bool:
    """True when a body named elsewhere can be the one a descriptor points to.

    Any descriptor without a qualifier may.  One with a place or an acronym must fit the
    body's place ("the Iraqi ministry" and "Iraq's Ministry of Health"; not "the Brazilian
    air force" and the airline TAM) and its kind, read from the head of its name ("the
    Iraqi army" is not the Iraqi Red Crescent, nor "the Afghan army" the Ministry of
    Defence).  A "UN" descriptor fits a UN body of its topic ("the UN refugee agency" is
    UNHCR, not the WFP).  A bare acronym is judged by the name the text spells out for it
    (``aliases``); with none, only a UN body can be matched.
    """
    if not phrase.name:
        return True
    if not field_fits(phrase.name, entry.name):
        return False  # "the interior ministry" is not the foreign ministry named before
    words = _fold_un(phrase.name).split()
    modifiers = words[:-1]
    qualifiers = [_strip_possessive(w) for w in modifiers if _is_cap(w)]
    topics = {w.lower().strip("’'") for w in modifiers if not _is_cap(w)}
    short = acronym_key(entry.name) if " " not in entry.name.strip() else ""
    spelled = (aliases or {}).get(short, KNOWN_ACRONYMS.get(short, "")) if short else entry.name
    if "UN" in qualifiers:
        body = short or initials(_fold_un(entry.name).replace("UN ", "United Nations "))
        if body not in UN_BODIES and not _fold_un(spelled).startswith("UN "):
            return False
        return not (topics - {"agency", "body", "organization", "organisation"}) or bool(
            topics & UN_TOPICS.get(body, frozenset())
        )
    if not spelled:
        return False  # "USAID" with no name spelled out: nothing to judge it by
    where = " ".join([spelled, *entry.places]).lower()
    keys = {acronym_key(spelled), initials(spelled), short}
    for qualifier in qualifiers:
        place = NATIONALITIES.get(qualifier.lower(), qualifier).lower()
        if not (
            re.search(rf"\b{re.escape(place)}\b", where)
            or (_is_acronym(qualifier) and any(k.startswith(acronym_key(qualifier)) for k in keys if k))
        ):
            return False
    head = words[-1].lower()
    kin = next((group for group in BODY_KINDS if head in group), frozenset({head}))
    return _name_head(spelled) in kin


@lru_cache(maxsize=4096)
def descriptor_kin(name: str) -> frozenset[str] | None:
    """The kinds of body a named descriptor can point to (:func:`_may_name`'s last test reads the
    head of the body's name against them), or None when that test may not be what decides
    (a "UN" descriptor, a name of no words).  A body whose name's head is not in the kin never
    fits the descriptor: the registry skips it without the full test."""
    words = _fold_un(name).split()
    if not words or "UN" in (_strip_possessive(w) for w in words[:-1] if _is_cap(w)):
        return None
    head = words[-1].lower()
    return next((group for group in BODY_KINDS if head in group), frozenset({head}))


#: What a text may call one body, by the trade it is in: a descriptor of one class ("the federal
#: agency") never takes up a body the text called by a noun of another only ("financial data firm
#: Refinitiv").  Nouns of no class ("group", "body", "organisation") fit every body.
BODY_CLASSES = (
    frozenset(
        """company firm corporation business startup start-up maker manufacturer retailer carrier
        airline insurer lender chain conglomerate developer producer provider supplier brewer miner
        automaker distributor operator utility bank""".split()
    ),
    frozenset("agency ministry department office authority regulator watchdog bureau commission".split()),
    frozenset("charity foundation coalition alliance association union federation movement".split()),
    frozenset(
        """newspaper paper magazine broadcaster channel station outlet publisher press news times post
        journal herald tribune gazette telegraph radio television broadcasting""".split()
    ),
    frozenset("court tribunal".split()),
    frozenset("party".split()),
    frozenset("university institute school college".split()),
    frozenset("hospital clinic".split()),
    frozenset("club team league".split()),
    # "The army said" after "he told The Express Tribune" is no newspaper's word (the lead's
    # sixteenth-session probe): armed forces and police are classes of their own
    frozenset("army navy military forces".split()),
    frozenset("police constabulary".split()),
)


def kind_fits(head: str | None, kinds: set[str]) -> bool:
    """True when a body descriptor's noun ("the company") may be a body the text has called by
    ``kinds`` ("a battery startup", "the carmaker"): both of one class, or either of none."""
    if not head or not kinds:
        return True
    mine = next((group for group in BODY_CLASSES if head in group), None)
    if mine is None:
        return True
    theirs = [group for group in BODY_CLASSES for kind in kinds if kind in group]
    return not theirs or mine in theirs
