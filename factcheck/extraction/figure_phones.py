"""Telephone numbers given as where to call: "contact Crime Stoppers on 0800 555 111", "call the
helpline on 1300 659 467", "ring the incident room at 0161 856 2000".

The number after "on" or "at", when a verb of calling ("contact", "call", "phone", "ring", "dial",
"text") stands a few words before it with only the name of whom to call between (words, and an
earlier number with "or"; no comma), is a number to dial, however its groups are written ("131
444", "08600 10111"), and none of its groups is a figure.  Not "call on 30 countries to act",
"contacted police on 12 occasions": a plural noun after the number makes it a count.
"""

from __future__ import annotations

import re

from factcheck.extraction.tokens import TokenView

__all__ = ["dialled_number"]

#: Verbs that name where to call.
_CALL_VERBS = frozenset({"call", "calls", "contact", "phone", "ring", "dial", "text"})
#: How many tokens may stand between the verb and "on"/"at": the name of whom to call, and an
#: earlier number with "or" ("contact Policelink on 131 444 or Crime Stoppers on ...").
_REACH = 10
#: A telephone number's groups: digits, one space apart, no decimal point or thousands comma.
_GROUPS = re.compile(r"\d+(?:[ \u00a0]\d+)*")


def dialled_number(view: TokenView, first: int, last: int) -> bool:
    """True when the number at ``first``..``last`` is one group of a telephone number given as where
    to call (see the module's docstring)."""
    toks = view.toks
    if toks[first].kind != "num" or not _GROUPS.fullmatch(toks[first].text):
        return False
    # back over the earlier groups of the same number, each one space apart
    k = first
    while k > 0 and toks[k - 1].kind == "num" and view.text[toks[k - 1].end : toks[k].start] == " ":
        k -= 1
    # on to its end, then what follows must not be what it counts
    m = last
    while m + 1 < view.n and toks[m + 1].kind == "num" and view.text[toks[m].end : toks[m + 1].start] == " ":
        m += 1
    after = view.word(m + 1)
    if len(after) > 3 and after.endswith("s") and not after.endswith(("ss", "us", "is")):
        return False
    if view.word(k - 1) not in ("on", "at"):
        return False
    for j in range(k - 2, max(k - 2 - _REACH, -1), -1):
        if toks[j].kind not in ("word", "num"):
            return False  # a comma or a full stop: another clause
        if view.word(j) in _CALL_VERBS:
            return view.word(j - 1) not in ("the", "a", "an", "its", "their")  # not "the ring"
    return False
