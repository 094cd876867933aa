"""Word lists and small patterns the speaker phrase reader (:mod:`factcheck.extraction.phrases`)
decides by: words that stand where a subject would but name no one, the last words of places'
and bodies' names, group words, a lawmaker's party and state, words that end or mark a clause.
Kept apart from the reader's rules: the lists grow with the news they meet, the rules less often.
"""

from __future__ import annotations

import re

from factcheck.extraction.speaker_words import ORG_NOUNS

__all__ = [
    "AGED",
    "AGED_BEFORE",
    "BODY_HEADS",
    "BODY_ROLES",
    "CLAUSE_LINKS",
    "CLAUSE_MARKS",
    "DANGLING",
    "FIRST_POSTS",
    "GROUP_WORDS",
    "NEAR_MODIFIERS",
    "NEAR_WORDS",
    "NOT_A_NAME",
    "PARTICIPLE_OPENING",
    "PLACE_ADVERBS",
    "PLACE_HEADS",
    "QUOTED_AS_PASSIVE",
    "STATE_OR_PARTY",
]


#: Adverbs of place that stand alone where a subject would ("There have been …", "Here …"):
#: never a speaker, though a name may follow them ("Here Sanders said …" is read by the openers).
PLACE_ADVERBS = frozenset({"there", "here"})

#: Posts that "First" opens ("First Minister John Swinney", "First Lady Jill Biden"): no opening word.
FIRST_POSTS = frozenset({"Minister", "Lady", "Secretary", "Deputy", "Vice", "Selectman", "Sea"})

#: Words that place unnamed people in or near a body ("sources in the ministry", "close to").
NEAR_WORDS = frozenset({"in", "within", "inside", "close", "closest"})
#: Words that may qualify such people ("two senior officials close to …"); any other word before
#: them makes the words a clause ("Early polls show voters in the area"), not a source.
NEAR_MODIFIERS = frozenset(
    """senior former top other several unnamed anonymous current local federal state government
    party campaign administration military three four five six few""".split()
)

#: The last word of a place's name of several words: no person of that name ("Daytona Beach",
#: "Palm Springs", "Shaker Heights"; not "Bay" or "Lake", which end people's names).
PLACE_HEADS = frozenset(
    """islands island territory territories road avenue boulevard beach springs valley heights
    creek falls""".split()
)
#: The last word of an institution's, a firm's or a county's name of several words: a body, never
#: a person, though its first word may be a given name ("Wellesley College", "Bain Capital", "Duval
#: County", which speaks as its government does: "Duval County ordered evacuations").
BODY_HEADS = frozenset("college capital resort hotel stadium airport hospital county".split())

#: One word that a capitalised run may give but that names no person: pronouns and determiners
#: opening a sentence, and the adjectives of parties and regions.
NOT_A_NAME = frozenset(
    """it they there here what these those this that others other both each all
    some many most perhaps having given asked along amid despite among republican democratic
    democrat western eastern northern southern conservative liberal progressive independent""".split()
)
#: One word that names a group that speaks: "Republicans said", "Democrats argue".
GROUP_WORDS = frozenset(
    """republicans democrats independents conservatives liberals progressives americans
    europeans""".split()
)
#: A party and state in brackets after a lawmaker's name ("D-Nev.", "R-Ky.", "I-Vt."), a party
#: letter alone, or a state as news agencies abbreviate it ("Calif.", "Va.", "Mass.").
STATE_OR_PARTY = re.compile(
    r"[DRI](?:-[A-Z][A-Za-z.]*)?|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|"
    r"Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.?"
)

#: Body nouns that, written before a name, say what kind of body it is ("campaign group River
#: Action"): ORG_NOUNS without the people and the papers ("the couple", "the report").
BODY_ROLES = ORG_NOUNS - frozenset(
    """family couple camp campaign report survey study statement poll analysis review investigation
    inquiry probe state country nation city county province district""".split()
)

#: Words that never end a speaker phrase ("a Senate subcommittee to", "a young woman who").
DANGLING = frozenset("to not in of the a an for with at on by from and or but".split())
#: A capitalised participle, never a name ("Having said that", "Chastened by the analyses").
PARTICIPLE_OPENING = re.compile(r"[A-Z][a-z]{2,}(?:ing|ened)")

#: A person named by their age alone: "the 46-year-old", "the 72-year-old".
AGED = re.compile(r"\b\d{1,3}-year-old\W*$")
AGED_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")

#: A passive of quoting after the speaker: "…," Yoon was quoted as saying.
QUOTED_AS_PASSIVE = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?quoted\s+as\s*$")

#: Words that show a run of words before a body's noun is a clause, not a name: pronouns,
#: auxiliaries, and the words that open a list or a comparison ("including", "like").
CLAUSE_MARKS = frozenset(
    """he she it they we you i who what which whom whose is was are were be been being has had have
    could would will can may might must shall should do does did made make makes include includes
    including provides provide joining like here there not""".split()
)
#: Prepositions a body's name may hold ("Bank of America") but a clause ends at, once marked.
CLAUSE_LINKS = frozenset("to on in over at of for with by from about against".split())
