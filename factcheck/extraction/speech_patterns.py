"""The words and patterns reported speech is read by (:mod:`factcheck.extraction.speech` reads
with them): where a citation ends, a document that speaks, an inverted speaker's tail, the
writer's asides and clauses after a cue, and the cues that take them."""

from __future__ import annotations

import re

from factcheck.extraction.reported import FINITE_OR_PAST
from factcheck.first_chars import looking_first
from factcheck.word_index import WordGate

#: A preposition: a group of people before a participle cue starts after it ("emails from staff members").
_PREPOSITION = re.compile(r"\b(?:from|in|at|with|by|to|into|on|for|among)\s")
ACCORDING = re.compile(r"\baccording to\b", re.I)
ACCORDING = looking_first(ACCORDING)  # same matches, tried only where one can start
ACCORDING_GATE = WordGate(ACCORDING)  # tried only in a window holding "according"
#: Where a source cited after "according to" ends, besides a comma: the end of its line, with
#: the colon that opens a list ("…, according to the State Department:"); a colon inside the line
#: may be a title's ("according to “Perfect Enough: Carly Fiorina and …” by George Anders").
_CITATION_END = re.compile(r"[:;]?[ \t\xa0]*\n")


NAMED_BODY = re.compile(
    r"\s*(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,7}[A-Z][\w’'.-]*(?:\s+\([A-Z][A-Za-z.&-]+\))?"
)
QUOTED_AS = re.compile(
    r"\b(?:quoted|recalled|cited|remembered)\s+((?:an?|the|one|his|her|their|its|my|our)\s+[\w\s,.'’-]{2,60}?|"
    r"him|her|them|"
    r"[A-Z][\w.'’\s-]{2,40}?)\s*,?\s+as\s+(saying)\b"
)


#: A sentence opening on a document that says what follows: "In the new Post-ABC poll, …", "In a
#: report released Monday, …" (a poll, study, filing or text; never an interview or a speech,
#: where a person speaks).
IN_SOURCE = re.compile(
    r"\s*[Ii]n\s+(?!the\s+(?:wake|aftermath|face|light)\s+of\b)"
    r"(?P<source>(?:a|an|the|its|his|her|their|[A-Z][\w.’'-]*(?:[’']s)?)\s+"
    r"(?:[\w.’'/&-]+\s+){0,8}?(?:polls?|survey|study|report|analysis|census|audit|review|filing|ruling|"
    r"complaint|lawsuit|indictment|memo|letter|book|memoir|paper|article|editorial|column|op-ed|ad|"
    r"advertisement|video|tweet|post|e-?mail|transcript|testimony|data)\b[^,;:“”\"]{0,80}),\s+"
)


#: A poll or a survey named at the end of the sentence whose finding it gives ("Trump is ahead
#: in public opinion polls in Florida.", "… in a new Fox News poll released Thursday.").
IN_SOURCE_AT_END = re.compile(
    r",?\s+(?P<in>in)\s+(?P<source>(?:a|an|the|[A-Z][\w.’'-]*(?:[’']s)?|public|recent|new|latest|several|"
    r"many|most|national|state)\s+(?:[\w.’'/&-]+\s+){0,6}?(?:polls?|surveys?)\b[^;:“”\"]{0,60}?)\s*[.!]?\s*$"
)


#: Words that give a poll's result, one of which the clause before a poll named last must hold
#: ("ahead", "leads", "45 percent"); "spent $2 million on ads in the state's polls" has none.
POLL_RESULT = re.compile(
    r"\b(?:ahead|behind|leads?|leading|trails?|trailing|percent|percentage|points|favou?rab\w*|approv\w*)\b|%"
)


#: A finite verb: a speaker phrase holds none ("the problem was …" is a clause).
CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|should|can|did|does)\b")
#: What may follow an inverted speaker ("…, said Lee in a statement on Monday").
INVERTED_TAIL = re.compile(
    r"(?:in|at|on|during|after|before|to|with|from|last|this|when|while|as|because|of|for|who|"
    r"referring|adding|speaking|according)\b",
    re.I,
)


STATEMENT_FROM = re.compile(r"[\s,]*(reads?|read) (?:a|the) statement (?:from|by|issued by) ", re.I)


#: Words that open a clause of the writer's after "…, according to X,": a relative, a conjunction,
#: a subordinator of time or circumstance ("…, as talks stalled"); not a contrast or a cause, which
#: often go on with the source's own figures or reasoning ("…, although Carson keeps close").
AFTER_CITATION_ENDS = re.compile(r"(?:which|who|whom|whose|that|and|but|or|as|when|after|before|amid)\b")


#: A participle of manner after a cue, no continuation of the words: "speaking on condition of
#: anonymity", "asking not to be named", "citing …" (a cue of its own, read on its own).
MANNER_PARTICIPLE = re.compile(
    r"(?:speaking|asking|requesting|declining|citing|referring|reading|standing)\b"
)
#: The writer's time clause after a closing cue: "…, the official said, a day after the vote",
#: "…, he said on Sunday, as protests spread", no continuation of the words ("…, he said on
#: Sunday, as long as prices hold" is one).
WRITERS_TIME = re.compile(
    r"(?:as(?!\s+(?:long|soon|well|much|far)\s+as\b)|amid|following|ahead\s+of|"
    r"(?:a|an|one|two|three|four|five|several|hours|days)\s+"
    r"(?:day|days|hour|hours|week|weeks|month|months|after|before)(?:\s+(?:after|before))?)\b"
)


#: "…, with X saying": a named subject between "with" and the participle, after a comma.
WITH_SUBJECT = re.compile(r",\s+with\s+((?:the\s+)?[A-Z][^,;:“”\"]{1,80}?)\s*$")

#: A sentence adverb opening a sentence before an aside: no words of the speaker's.
SENTENCE_ADVERB = re.compile(
    r"(?:however|instead|indeed|meanwhile|still|yet|nevertheless|nonetheless|moreover|furthermore|also|"
    r"in\s+fact|of\s+course|in\s+addition|at\s+the\s+same\s+time|for\s+now|so|but|and|then|now|"
    r"separately|later|earlier|previously|first|second|third|finally)",
    re.I,
)

#: A modal of duty or possibility right before a cue: what someone should or could say is no
#: statement made before a comma ("…, saying the Department … should explain the delays"), and
#: "could add" adds no words ("could add flashing lights").
#: ("I can tell you …" asserts, and "Theresa May said" is a name: written in lower case only.)
MODAL_BEFORE = re.compile(r"\b(?:should|could|might|must|may|ought\s+to)\s+(?:not\s+)?$")

#: A clause joined to the one before, or a condition on it: after "CLAUSE, X said on Monday," it
#: goes on with the words ("…, her advisers said Friday, because she understands …", "…, the
#: engineer said on Monday, as long as the last inspections are complete").
AND_CLAUSE = re.compile(
    r"\s*(?:and|but|while|whereas|or|yet|because|since|although|though|if|unless|until|once|"
    r"provided|as\s+(?:long|soon)\s+as|so\s+long\s+as|so\s+that)\b",
    re.I,
)
#: Closing cues a time, a place or a hearer may follow before the writer's aside ("…, Housing
#: Minister Paul Calandra announced Thursday, as tenants …").
ASIDE_CUES = frozenset({"say", "tell", "add", "announce", "confirm", "warn", "note", "explain", "write"})
#: Verbs of saying that come before their speaker after a clause ("…, said Ana Ruiz").
INVERTING = frozenset({"say", "add", "write", "explain", "note", "argue", "insist", "recall"})


#: A source named after a comma right before a closing cue: "…, the survey found.", "…, a new
#: study shows." (the sentence's own source, read even inside another speaker's words).
TRAILING_SOURCE = re.compile(
    r",\s+(?:the|a|an|its|their|his|her|this)\s+(?:[\w’'-]+\s+){0,4}(?:survey|poll|study|report|analysis|"
    r"review|data|figures|census|research|audit|investigation|inquiry|paper|filing|records?)\s*$"
)


def joined_clause(words: str) -> bool:
    """True for a clause joined by "and" that goes on with what is cited: one with a subject and a
    finite verb of its own ("…, according to the agency, and there were only eight incidents"), or
    a second verb of the same subject ("…, according to their lawyers, and said they …")."""
    joined = re.match(
        r"and\s+(?:(?:there|the|a|an|[A-Z][\w’'.-]*|\d[\d,.]*|most|many|some|only)\b(?P<rest>.*)|(?=said\b|[a-z]+ed\b))",
        words,
    )
    if joined is None:
        return False
    return joined.group("rest") is None or FINITE_OR_PAST.search(joined.group("rest")) is not None
