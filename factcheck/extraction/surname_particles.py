"""A surname alone that opens with a capitalised particle: "Van der Merwe said", "De Villiers
said" (:func:`keeps_particle`). The particles inside a full name ("Pieter van der Merwe", "Faf du
Plessis", "Carla de la Cruz") are read by
:func:`factcheck.extraction.name_particles.particle_chain_start`.

A run of capitalised words took one lower-case connector before a capital ("Bill de Blasio"),
so "van der Merwe" stopped at "der": the person was "Merwe", with "Pieter van der" for a role,
and "Van der Merwe" alone lost its "Van" (read as the connector opening "The Department"). Dutch,
Flemish, Afrikaans, German, French and Italian names are common in South African, European and
sports copy.
"""

from __future__ import annotations

__all__ = ["keeps_particle"]

#: Particles that open a surname (lower case inside a full name).
_OPENING = frozenset("van von de du di da del della dos das ter ten".split())
#: Particles that follow another: "van der", "von der", "van den", "de la", "van de".
_SECOND = frozenset("der den de la le".split())


def keeps_particle(run: list[str]) -> bool:
    """True when a capitalised particle opening a run is the surname's own ("Van der Merwe", "De
    Villiers", "Du Plessis"), not a connector to drop: a capital particle before a lower-case one
    or a capitalised name."""
    if len(run) < 2 or not run[0][:1].isupper() or run[0].lower() not in _OPENING:
        return False
    second = run[1]
    return second in _SECOND or (second[:1].isupper() and second.lower() not in _OPENING)
