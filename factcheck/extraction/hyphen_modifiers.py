"""Who runs or where a body is, told before its noun: "the Labour-run authority", "the Abu
Dhabi-based lender", "the Conservative-led council", "the state-owned carrier".

A capital letter in such a modifier names a party or a place, not the body: the words point back
to the body already named, as "the lender" does.  A name after the modifier is the body's own
("the London-based Halden Bank").
"""

from __future__ import annotations

import re

#: A modifier of who runs, owns or backs a body, or where it is: "Labour-run", "Dhabi-based".
_MODIFIER = re.compile(
    r"[\w’'.]+-(?:run|led|based|owned|backed|funded|controlled|listed|headquartered|registered|"
    r"dominated|affiliated|aligned|linked)",
    re.IGNORECASE,
)


def after_modifier(words: list[str]) -> int:
    """The index of the first word after the last hyphenated modifier of who runs or where a
    body is among ``words`` (0 when there is none)."""
    cut = 0
    for i, word in enumerate(words):
        if _MODIFIER.fullmatch(word.strip(",")):
            cut = i + 1
    return cut
