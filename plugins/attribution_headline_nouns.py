"""A headline's "claims" that is the noun, not a verb of saying (round alarm20).

"Gustav claims top 378,000; insurers have paid out nearly two-thirds", "Jobless claims rise to
250,000", "Flood claims near £1bn": "claims" here is the plural noun (insurance or benefit
claims), the subject of the verb after it, and the headline attributes nothing to "Gustav".  A
careful reader takes "claims" for the noun when the word after it is a verb of its own:

* a verb of quantity ("top", "hit", "rise", "near", "double", …) that a figure, "to"/"by"/"past"
  and a figure, or the end of the clause follows ("claims top 378,000", "claims soar;", "claims
  rise to 250,000"); the same word before anything else is read as the noun it may also be, and
  "claims" as the verb ("Police chief claims drop in crime");
* an auxiliary or a verb of state ("are", "were", "have", "remain", "continue"), which the verb of
  saying never takes as its object's first word ("Storm claims are still being counted").

"X claims 500 jobs were lost" is the verb: a figure right after "claims" opens its clause.
"""

from __future__ import annotations

import re

__all__ = ["noun_claims"]

#: Verbs of quantity a headline puts after a plural subject ("claims top 378,000").
_QUANTITY_VERB = (
    r"(?:top|tops|topped|hit|hits|reach|reaches|reached|pass|passes|passed|exceed|exceeds|exceeded|"
    r"near|nears|neared|rise|rises|rose|soar|soars|soared|surge|surges|surged|climb|climbs|climbed|"
    r"jump|jumps|jumped|double|doubles|doubled|triple|triples|tripled|fall|falls|fell|drop|drops|"
    r"dropped|dip|dips|dipped|decline|declines|declined|mount|mounts|mounted|swell|swells|swelled|"
    r"grow|grows|grew|total|totals|totalled|totaled|approach|approaches|approached|cross|crosses|"
    r"crossed|ease|eases|eased|spike|spikes|spiked|balloon|balloons|ballooned|slow|slows|slowed|"
    r"pile\s+up|piles\s+up|edge\s+up|edge\s+down|tick\s+up|tick\s+down)"
)
#: After the verb: a figure, a preposition and a figure, or the end of the clause.
_QUANTITY_AFTER = re.compile(
    rf"\s+{_QUANTITY_VERB}\b(?:\s+(?:to|by|past|above|below|over|under|around|about|nearly|almost|"
    r"more\s+than|to\s+about|to\s+nearly)?\s*[$£€¥]?\d|\s*(?:[;:,.!?]|$))",
    re.I,
)
#: An auxiliary or verb of state right after the noun ("claims are", "claims remain").
_STATE_AFTER = re.compile(
    r"\s+(?:are|were|have|had|remain|remained|stand|stood|continue|continued|keep|kept|still)\b", re.I
)
#: "claims" (or "claim") right before the claimed words.
_CLAIMS_BEFORE = re.compile(r"\bclaims?(?=\s*$)", re.I)


def noun_claims(text: str, at: int) -> bool:
    """True when the word "claims" right before ``at`` (where the claimed words would start, or
    the cue's end) is the noun: a verb of its own follows ("Gustav claims top 378,000", "claims
    are rising"), so nothing is attributed to the words before it."""
    cue = _CLAIMS_BEFORE.search(text, max(0, at - 12), at)
    if cue is None:
        return False
    return bool(_QUANTITY_AFTER.match(text, cue.end()) or _STATE_AFTER.match(text, cue.end()))
