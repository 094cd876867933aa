"""Surnames of two particles or more: "Pieter van der Merwe", "Ursula von der Leyen", "Faf du
Plessis", "Luigi di Maio", "Sipho de la Rey", and the surname alone opening with a capital ("Van
der Merwe said", "De Villiers said").

A run of capitalised words took one lower-case connector before a capital ("Bill de Blasio"),
so "van der Merwe" stopped at "der": the person was "Merwe", with "Pieter van der" for a role,
and "Van der Merwe" alone lost its "Van" (read as the connector opening "The Department"). Dutch,
Flemish, Afrikaans, German, French and Italian names are common in South African, European and
sports copy.
"""

from __future__ import annotations

__all__ = ["joins_surname", "keeps_particle"]

#: Particles that open a surname (lower case inside a full name).
_OPENING = frozenset("van von de du di da del della dos das ter ten".split())
#: Particles that follow another: "van der", "von der", "van den", "de la", "van de".
_SECOND = frozenset("der den de la le".split())


def joins_surname(previous: str, word: str) -> bool:
    """True when ``previous`` (a lower-case particle) belongs to the surname that ``word`` goes on
    with: a particle before a capital ("du Plessis") or before a second particle ("van der")."""
    if previous not in _OPENING and previous not in _SECOND:
        return False
    if word[:1].isupper():
        return True
    return previous in _OPENING and word in _SECOND


def keeps_particle(run: list[str]) -> bool:
    """True when a capitalised particle opening a run is the surname's own ("Van der Merwe", "De
    Villiers", "Du Plessis"), not a connector to drop: a capital particle before a lower-case one
    or a capitalised name."""
    if len(run) < 2 or not run[0][:1].isupper() or run[0].lower() not in _OPENING:
        return False
    second = run[1]
    return second in _SECOND or (second[:1].isupper() and second.lower() not in _OPENING)
