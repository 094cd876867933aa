"""A father and a son of one name: "Frank Delgado Sr." and "Frank Delgado Jr." are two people.

Local news often quotes both generations of a family in one story ("Delgado Sr. said", "the
younger Delgado said").  A name's generational suffix, or "elder" / "younger" before a surname,
tells which one is meant: a mention of one generation never finds the other, and finds the one
of its own generation before a bare "Delgado".
"""

from __future__ import annotations

#: Generational suffixes, read lower case without the dot.
_SUFFIX_GENERATION = {"sr": "sr", "snr": "sr", "jr": "jr", "jnr": "jr", "ii": "ii", "iii": "iii", "iv": "iv"}
#: Words before a surname that name a generation ("the elder Delgado", "the younger Bush").
_ROLE_GENERATION = {"elder": "sr", "older": "sr", "senior": "sr", "younger": "jr", "junior": "jr"}


def generation_of(name: str) -> str | None:
    """The generation a name's last word gives ("Delgado Sr." -> "sr"), None without a suffix."""
    words = name.split()
    if len(words) < 2:
        return None
    return _SUFFIX_GENERATION.get(words[-1].lower().strip(".,"))


def generation_of_role(role: str | None) -> str | None:
    """The generation a role word gives ("elder" -> "sr", "younger" -> "jr"), else None."""
    return _ROLE_GENERATION.get((role or "").lower().strip())


def fits_generation(wanted: str | None, entry_name: str) -> bool | None:
    """True when the entry is of the wanted generation, False when it is of another, None when
    either is unknown (a bare name may be either)."""
    theirs = generation_of(entry_name)
    if wanted is None or theirs is None:
        return None
    return wanted == theirs
