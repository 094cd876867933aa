"""A range of one share that modifies a noun is no pair of shares face to face (round alarm18).

"A 50% to 55% drop in the second weekend", "a 3% to 5% rise in prices", "an 8% to 12% return":
two percentages joined by "to", after an article or possessive and before the noun they qualify,
give the two ends of one estimate.  Read as shares of one whole set face to face ("leads 48
percent to 41 percent", docs/checkers/numeric.md ``share-sum``) they added up past 100% and gave
a ``fail``.  The range reading needs all three marks: a determiner right before the first share
(a hedge word between them is allowed), the lower figure first (a score is told winner first, "a
54% to 46% win"), and a word right after the second that is no preposition or verb (the noun the
range qualifies); "leads 48 percent to 61 percent" and "won by a 61% to 48% margin" are still
judged.  A noun of a contest lost ("a 48% to 61% defeat", "a 45% to 58% drubbing") makes the pair a
score told loser first, not a range: still judged (only words of a defeat: "loss" and "margin" also
name ranges, "a 50% to 55% loss in value").
"""

from __future__ import annotations

import re

from factcheck.model import Figure

__all__ = ["range_before_noun", "range_of_one_whole"]

#: Right before the first share: a determiner, perhaps a hedge ("a roughly 50% to 55% drop").
_DETERMINER = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|that|another)\s+"
    r"(?:(?:roughly|about|around|some|approximately|estimated)\s+)?$",
    re.I,
)
#: Right after the second share: the noun qualified, not a preposition, conjunction or verb.
_NOUN_AFTER = re.compile(r"[\s-]+([A-Za-z]+)")
_NOT_A_NOUN = frozenset(
    """of among in on at for from to by with as than and or but while whereas is are was were be been
    will would could should may might can has have had do does did said say says""".split()
)
#: Nouns of a contest lost: the loser's share comes first before them ("a 48% to 61% defeat"), a
#: score, not a range.  Words that also name a range ("loss", "margin", "win rate") are left out.
_DEFEAT_NOUNS = frozenset("defeat defeats drubbing rout thrashing".split())


def range_before_noun(text: str, first: Figure, second: Figure) -> bool:
    """True when "X% to Y%" is one range qualifying the noun after it ("a 50% to 55% drop")."""
    if not first.value < second.value:
        return False
    lead = text[max(0, first.span.start - 30) : first.span.start]
    if _DETERMINER.search(lead) is None:
        return False
    after = _NOUN_AFTER.match(text, second.span.end)
    if after is None:
        return False
    word = after.group(1).lower()
    return word not in _NOT_A_NOUN and word not in _DEFEAT_NOUNS


#: After the second share: "of" and the one whole both ends are taken of ("60% to 80% of the average").
_OF_WHOLE_AFTER = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+|all\s+)?[A-Za-z]", re.I)
#: Words of a contest in the sentence before the pair: its two shares are two sides, told either
#: way round ("beat her challenger 52% to 61% of the vote" is a score, and a wrong one).
_CONTEST_WORDS = re.compile(
    r"\b(?:lead|leads|led|leading|beat|beats|beaten|beating|won|win|wins|winning|defeat\w*|trail\w*|"
    r"edge[sd]?|edging|versus|vs|against|margin|score\w*|vote[sd]?\s+down|lost|losing|loses)\b",
    re.I,
)


def range_of_one_whole(text: str, sentence_start: int, first: Figure, second: Figure) -> bool:
    """True when "X% to Y% of W" gives the two ends of one share of one whole (round prec22).

    "Rainfall would reach 60% to 80% of the average": a careful reader reads one share, somewhere
    between the two ends, of the whole named once after the second ("of the average"), as "90 to
    95 percent of voters" is; two shares set face to face are told of two sides, each whole of its
    own or none.  Read only with the lower figure first and no word of a contest in the sentence
    before the pair ("the mayor beat her challenger 52% to 61% of the vote" is a score, judged)."""
    if not first.value < second.value:
        return False
    if _OF_WHOLE_AFTER.match(text, second.span.end) is None:
        return False
    return _CONTEST_WORDS.search(text, sentence_start, first.span.start) is None
