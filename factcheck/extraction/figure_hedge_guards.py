"""When a hedge word is no hedge: a preposition that spells one, or "closer to" naming a target.

* "about" after a word that takes "about" for its topic: "a story about three siblings", "they
  care about two things", "worried about 40 jobs"; never after a verb of saying or thinking
  ("said about 20", "I think about 10 came"), where it stays a hedge.
* "closer to" after a verb of motion: "it needs to get closer to 450 million", "as your child
  gets closer to 18" name a target, not an estimate ("the real number is closer to 3,000" is one).
* "under" before a depth of water, snow, mud or rubble: "under six feet of water" is a place.
* "maybe", "perhaps" and "probably" before a year: "perhaps 2020 will be better" hedges no number.
* "over" before a number glued by a hyphen to a singular noun, a compound before its noun: "appeal
  over 96-home plan", "a row over a 10-year deal" (the preposition "about"); not before a plural
  ("over 20-minute delays" may hedge) nor "-year-old" ("over 100-year-old buildings").
* "over" after a verb it is the particle of, "hand over", "turn over", "sign over", "fork over":
  "the agency handed over 46,000 homes" counts homes handed over, no more than 46,000 ("took
  over" and "won over" stay hedges: "took over 200 hostages" may mean more than 200).
* "nearer (to)" after a verb of motion, as "closer to": "as the date gets nearer 30 June".
* "top" only after a modal or "to" ("turnout could top 57 per cent", "expected to top 40"): "the
  top 10 firms" is a rank; "tops", "topped", "topping" are verbs already.

:meth:`~factcheck.extraction.figures._Scanner.hedge_at` asks :func:`hedge_holds` about every hedge
it reads.
"""

from __future__ import annotations

import re

from factcheck.extraction.tokens import TokenView

__all__ = ["hedge_holds"]

#: Words that take "about" for their topic: nouns of telling and adjectives and verbs of feeling.
_TOPIC_WORDS = frozenset(
    {
        *("story", "stories", "film", "films", "movie", "movies", "book", "books", "novel", "novels"),
        *("documentary", "play", "song", "songs", "article", "articles", "joke", "jokes", "tale"),
        *("care", "cares", "cared", "caring", "worried", "worry", "worries", "concerned", "skeptical"),
        *("sceptical", "complain", "complains", "complained", "complaining", "joked", "wrote", "writes"),
    }
)
#: Verbs of motion before "closer to": what follows is a target.
_MOTION = frozenset(
    {
        *("get", "gets", "got", "getting", "move", "moves", "moved", "moving", "come", "comes", "came"),
        *("coming", "edge", "edges", "edged", "edging", "inch", "inches", "inched", "inching", "draw"),
        *("draws", "drew", "drawing", "creep", "creeps", "crept", "creeping", "bring", "brings"),
        *("brought", "bringing", "push", "pushes", "pushed", "pushing"),
    }
)
#: Words after which "top" is a verb of exceeding: "could top", "expected to top".
#: Verbs whose particle is "over" and whose object follows it: "handed over 46,000 homes".
_OVER_PARTICLE = frozenset(
    f"{stem}{end}" for stem in ("hand", "turn", "sign", "fork") for end in ("", "s", "ed", "ing")
)
_MODALS = frozenset({"to", "could", "would", "will", "may", "might", "should", "can", "must", "shall"})
#: What a depth under which something lies is measured in, and what it is of.
_DEPTHS = frozenset({"feet", "foot", "ft", "metres", "meters", "metre", "meter", "m", "inches", "cm"})
_COVERS = frozenset({"water", "snow", "mud", "rubble", "debris", "ice", "sand", "floodwater", "ash"})
_YEAR = re.compile(r"19\d\d|20\d\d")


def hedge_holds(view: TokenView, i: int, seq: tuple[str, ...]) -> bool:
    """True when the hedge ``seq`` read at token ``i`` hedges the number after it (see the
    module's docstring); False for a preposition or a particle that spells a hedge."""
    j = i + len(seq)
    if seq == ("about",):
        return view.word(i - 1) not in _TOPIC_WORDS
    if seq in (("closer", "to"), ("nearer",), ("nearer", "to")):
        return view.word(i - 1) not in _MOTION
    if seq == ("over",):
        return not _compound_after(view, j) and view.word(i - 1) not in _OVER_PARTICLE
    if seq == ("top",):
        return view.word(i - 1) in _MODALS
    if seq == ("under",):
        k = j + 1  # after a number of one token: "six", "1.5"
        return not (view.word(k) in _DEPTHS and view.word(k + 1) == "of" and view.word(k + 2) in _COVERS)
    if seq in (("maybe",), ("perhaps",), ("probably",)):
        return not (j < view.n and view.toks[j].kind == "num" and _YEAR.fullmatch(view.toks[j].text))
    return True


def _compound_after(view: TokenView, j: int) -> bool:
    """True when token ``j`` is a whole number glued by a hyphen to a singular noun and a noun
    follows: "96-home plan", "10-year deal" (not "20-minute delays", "100-year-old")."""
    if j + 3 >= view.n or view.toks[j].kind != "num":
        return False
    if view.raw(j + 1) not in ("-", "‐") or not (view.glued(j, j + 1) and view.glued(j + 1, j + 2)):
        return False
    noun, after = view.word(j + 2), view.word(j + 3)
    if not noun or noun.endswith("s") or (view.raw(j + 3) == "-" and view.glued(j + 2, j + 3)):
        return False
    return bool(after) and not after.endswith("s") and after not in ("of", "and", "or", "to", "in")
