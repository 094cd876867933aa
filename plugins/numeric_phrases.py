"""The noun phrase a figure quantifies, read as one unit: "the 460,000 *workers* who will see bigger
paychecks", "the $54.5-million *plan*", "its $54 million *refit*", "the 2012 harvest of 8.7 million
*bags*", "an expanded feeding *program* worth ₱5.3 billion".

For each figure of the public report (its text, sentences and figures; nothing of the extraction's
internals) :func:`read_phrase` gives:

* the **determiner** before it ("the", "that", "those", "these", "this", "its", "their", none; a
  time told as a possessive, "this year's", "last year's", is a time, not a determiner), and
  whether the phrase is **definite and anaphoric**: a definite determiner with a figure ("the
  4,200 jobs", "that £4.8m scheme") presupposes the quantity was told before;
* the **head noun** (its lemma) and the modifiers before it ("monthly", "Cork", "square");
  for an amount written after its noun ("a program worth ₱5.3 billion", "a budget of $4bn",
  "built at a cost of Rs 2,870 crore") the noun it prices is a head too;
* the **time** it names (a year, "last year", "this year", "next year") in the phrase, and the
  **places** (capitalised modifiers, "in Lagos" after the noun);
* whether it is a **part** ("the 300 of them who …", "300 of the workers"): no unit of its own.

A reader keeps what the words say and nothing more: a phrase whose head it cannot find has no
head, and the rules that read it abstain.
"""

from __future__ import annotations

import re

import attrs

from factcheck.model import Figure

from .numeric_text import TextIndex

__all__ = ["PAST_TIME", "YEAR", "Phrase", "lemma", "read_phrase", "sentence_times"]

#: Plural nouns written without an "s": after "that" a figure with one of them is no demonstrative.
_PLURAL_WITHOUT_S = frozenset(
    "people children men women police staff personnel cattle livestock feet teeth mice geese folk".split()
)

#: Determiners that make a phrase with a figure definite and anaphoric ("the 4,200 jobs").
DEFINITE = frozenset({"the", "that", "those", "these", "this", "its", "their"})

#: Words that end the words after a figure: function words, auxiliaries, relative pronouns.
_STOP = frozenset(
    """a an the of in on at to for from by with over under into onto per each every and or but nor
    as than who whom whose which that this these those what when where while is are was were be been
    being will would shall should can could may might must has have had do does did not no it its
    their they he she we you i his her our out up down off about around nearly almost some more
    less fewer most least only just also still yet so if after before since until during through
    across against between among amid despite like said says say told year years month months week
    weeks day days last next ago""".split()
)
_TOKEN = re.compile(r"\s*([A-Za-z0-9][\w'’]*(?:-[\w'’]+)*)")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_TIME_NOUN = (
    r"(?:year|month|week|season|quarter|decade|term|session|election|census|parliament|assembly|congress|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
_RELATIVE_TIME = re.compile(r"\b(?:last|this|next|previous|past|former)\s+" + _TIME_NOUN + r"\b", re.I)
#: A time before the text's present: "last year", "the previous term", "the last Assembly".
PAST_TIME = re.compile(r"^(?:last|previous|past|former)\s", re.I)
_POSSESSIVE_TIME = re.compile(
    r"\b(?:(?:last|this|next)\s+(?:year|month|week|season)|today|yesterday|(?:19|20)\d\d)['’]s\s+$", re.I
)
#: "a program worth ₱5.3 billion", "a budget of $4bn", "at a cost of about Rs 2,870 crore".
_PRICED = re.compile(
    r"\b(?P<noun>[a-z][a-z-]+)\s+(?:worth|costing|valued\s+at|priced\s+at|totall?ing|of|at\s+a\s+cost\s+of|"
    r"built\s+at\s+a\s+cost\s+of|with\s+a\s+budget\s+of|"
    # a measure told by its verb: "the subsidy bill hits N3.9 trillion", "the harvest totalled 7.7 million"
    r"(?:hits?|reach(?:es|ed)?|tops?|topped|totals?|totall?ed|stands?\s+at|stood\s+at|"
    r"(?:rises?|rose|falls?|fell|climbs?|climbed|jumps?|jumped|drops?|dropped)\s+to))\s+$"
)
#: "the 2012 harvest of 8.7 million bags", "the 2019 budget of $4bn": a definite phrase of a time
#: whose measure is the figure.
_OUTER_DEFINITE = re.compile(
    r"\b(?P<det>[Tt]he|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?P<year>(?:19|20)\d\d)\s+(?P<noun>[a-z][a-z-]+)\s+of\s+$"
)
#: A part: "300 of them", "300 of the workers", "300 of whom".
_PART = re.compile(r"\s+(?:of|out\s+of|among)\s+(?:them|whom|those|these|the|its|their)\b", re.I)
_RATE = re.compile(
    r"\s*(?:a|an|per|each|every)\s+(?:year|month|week|day|head|person|tonne|unit|hour)\b", re.I
)
_RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it"})
#: Past participles not ending in "-ed" that narrow a count ("the 300 homes built since 2010").
_IRREGULAR = frozenset(
    """built sold held paid lost won taken given made spent left brought kept hit caught bought
    cut shut set laid""".split()
)
_PREDICATE = re.compile(
    r"\b(?:would|will|is|are|was|were|has|have|had|could|should|may|might|can|must|said|says|showed|show|shows)\b"
)
_GOVERNED = re.compile(r"\b(?:of|for|to|in|on|with|from|by|about|than|among|into|at)\s+\S+\s+$", re.I)
_OF_NOUN = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\s+of\s+(?P<noun>[a-z][a-z-]+)\b")
_CLAUSE_END = re.compile(r"[,;:—–\n“”\"(]|\.(?!\d)")
_PLACE_AFTER = re.compile(
    r"\s+(?:in|across|at|from)\s+(?:(?:the|its|their)\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)


def lemma(word: str) -> str:
    """A noun's singular, by the regular English endings ("flats" -> "flat", "cities" -> "city")."""
    w = word.lower().strip("'’")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


@attrs.frozen
class Phrase:
    """What a figure quantifies, read from the words around it (see the module's docstring)."""

    figure: Figure
    determiner: str = ""
    head: str = ""  # the head noun's lemma ("" when none is written)
    head_text: str = ""  # the counted words as written ("square kilometres")
    modifiers: tuple[str, ...] = ()
    priced: str = ""  # the noun an amount after it prices ("program" of "a program worth …")
    times: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    place_after: str = ""  # the place a preposition after the noun names ("in Lagos"), if any
    part: bool = False
    post: str = ""  # the words after the head, to the end of the clause
    nouns: frozenset[str] = frozenset()  # the lemmas of every word after the figure read as its noun
    governed: bool = False  # the phrase follows a preposition ("of the 1.5 million hectares …")
    opens: bool = False  # the determiner opens its sentence ("The 5,000 runners raised …")
    rate: bool = False  # "£6m a year", "$40 per tonne": a rate, not an amount

    @property
    def narrowing(self) -> str:
        """The relative clause or participle phrase right after the head that says which of the
        things counted are meant ("who will see bigger paychecks", "covered by the freeze"), or ""."""
        first = _TOKEN.match(self.post)
        if first is None:
            return ""
        word = first.group(1).lower()
        # "the $15 minimum wage he proposes": a relative clause without its pronoun
        if word in _RELATIVE or word in _PRONOUNS:
            return self.post
        if (word.endswith("ed") and len(word) > 4) or word in _IRREGULAR:
            # a participle ("the 1,200 patients admitted to smaller hospitals were …", "flats covered
            # by the freeze"), not the clause's own verb ("The 5,000 runners raised £1.2m")
            rest = self.post[first.end() :]
            if self.governed or not self.opens or re.match(r"\s+by\b", rest) or _PREDICATE.search(rest):
                return self.post
        return ""

    @property
    def plural(self) -> bool:
        """True when the head noun is written in the plural ("workers")."""
        last = self.head_text.split()[-1].lower() if self.head_text else ""
        return bool(last) and lemma(last) != last

    @property
    def definite(self) -> bool:
        """A definite determiner with the figure: the quantity is presupposed, told before.

        "that"/"this" before a plural ("estimates that about 23,000 tonnes were …") and
        "those"/"these" before a singular are a conjunction or another construction, no determiner."""
        if self.determiner not in DEFINITE or self.part:
            return False
        if self.determiner in ("that", "this"):
            # "told the assembly that 140 people had died": a plural without an "s" is a plural
            last = self.head_text.split()[-1:]
            return not self.plural and not (last and last[0].lower() in _PLURAL_WITHOUT_S)
        if self.determiner in ("those", "these"):
            return self.plural
        return True

    @property
    def heads(self) -> frozenset[str]:
        """Every noun the figure may be named by again: the words read as its noun ("plan" of the
        headline's "$48.5-million plan aims", whose last word is a verb) and the noun it prices."""
        return self.nouns | frozenset(h for h in (self.head, self.priced) if h)


def _times_in(words: str) -> set[str]:
    found = set(YEAR.findall(words))
    found.update(m.group(0).lower() for m in _RELATIVE_TIME.finditer(words))
    return found


def sentence_times(index: TextIndex, figure: Figure) -> frozenset[str]:
    """The times the figure's sentence names (years, "last year", "this year")."""
    sentence = index.sentence_of(figure.span)
    if sentence < 0:
        return frozenset()
    return frozenset(_times_in(index.sentences[sentence].of(index.text)))


def _clause_after(text: str, start: int) -> str:
    """The words from ``start`` to the end of the clause (a comma, a full stop, a dash, a quote mark)."""
    stop = _CLAUSE_END.search(text, start, min(len(text), start + 160))
    return text[start : stop.start() if stop is not None else min(len(text), start + 160)]


def read_phrase(index: TextIndex, figure: Figure) -> Phrase:
    """The noun phrase ``figure`` quantifies (see the module's docstring)."""
    text = index.text
    before = text[max(0, figure.span.start - 80) : figure.span.start]
    determiner = ""
    times: set[str] = set()
    m = re.search(r"(?:^|[^\w'’])([A-Za-z]+)\s+$", before)
    if m is not None:
        determiner = m.group(1).lower()
    if _POSSESSIVE_TIME.search(before):
        determiner = ""  # "this year's 4,500 jobs": a time, not a reference back
        times.update(_times_in(before[-20:]))
    outer = _OUTER_DEFINITE.search(before)
    outer_noun = ""
    if outer is not None:
        determiner = outer.group("det").lower()
        times.add(outer.group("year"))
        outer_noun = outer.group("noun")  # "harvest" of "the 2012 harvest of 8.7 million bags"
    part = bool(_PART.match(text, figure.span.end))
    # the words after the figure: its modifiers and head noun
    tokens: list[tuple[str, int, int]] = []
    pos = figure.span.end
    while len(tokens) < 4:
        t = _TOKEN.match(text, pos)
        if t is None:
            break
        word = t.group(1)
        low = word.lower()
        if (
            low in _STOP
            or word.isdigit()
            or (tokens and low.endswith("ed"))
            or (tokens and low.endswith("ing"))
        ):
            break
        if re.fullmatch(r"[\d.,]+", word):
            break
        tokens.append((word, t.start(1), t.end(1)))
        pos = t.end(1)
    head = head_text = ""
    modifiers: tuple[str, ...] = ()
    places: set[str] = set()
    if tokens:
        head_word = tokens[-1][0]
        if head_word[:1].isupper() and len(tokens) == 1:
            places.add(head_word)  # "$2bn Lagos": a name, no noun
        else:
            head = lemma(head_word)
            head_text = text[tokens[0][1] : tokens[-1][2]]
            modifiers = tuple(w for w, _, _ in tokens[:-1])
            places.update(w for w in modifiers if w[:1].isupper() and not w.isupper())
    post = _clause_after(text, tokens[-1][2] if tokens else figure.span.end)
    # the times of the phrase: in its post-modifier, not in the predicate after it ("the $12.43
    # increase would be the second rise since 2017")
    first = _TOKEN.match(post)
    own = post
    if first is None or first.group(1).lower() not in _RELATIVE:
        verb = _PREDICATE.search(post)
        own = post[: verb.start()] if verb is not None else post
    times.update(_times_in(own))
    place_after = ""
    place = _PLACE_AFTER.match(post)
    if place is not None and not YEAR.fullmatch(place.group("place")):
        places.add(place.group("place"))
        place_after = place.group("place")
    priced = _PRICED.search(before)
    if priced is not None and figure.currency is None and re.search(r"\bof\s+$", before):
        priced = None  # "a village of 50 houses" has 50 houses, it is no count of villages
    nouns = frozenset(lemma(w) for w, _, _ in tokens if w[:1].islower() and not any(c.isdigit() for c in w))
    if tokens:
        # "1.45 million twenty-foot equivalent units (TEUs) of containers": what the measure counts
        of = _OF_NOUN.match(text, tokens[-1][2])
        if of is not None and of.group("noun") not in _STOP:
            nouns |= {lemma(of.group("noun"))}
    # the word before the determiner: a preposition makes the phrase no subject of its own verb
    governed = bool(determiner and _GOVERNED.search(before))
    return Phrase(
        figure,
        determiner=determiner,
        head=head,
        head_text=head_text,
        modifiers=(*modifiers, outer_noun) if outer_noun else modifiers,
        priced=lemma(priced.group("noun"))
        if priced is not None and priced.group("noun") not in _STOP
        else "",
        times=frozenset(times),
        places=frozenset(places),
        place_after=place_after,
        part=part,
        post=post,
        nouns=nouns,
        rate=not tokens and bool(_RATE.match(text, figure.span.end)),
        governed=governed,
        opens=bool(determiner and re.search(r"(?:^|[.!?\n]\s*|[“\"]\s*)\S+\s+$", before)),
    )
