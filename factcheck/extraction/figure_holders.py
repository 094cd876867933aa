"""The holder of a figure: the entity a figure is about, when its clause says so plainly.

A figure's holder is the grammatical subject of the clause the figure stands in, when that
subject is a named person or organisation of the report ("McDavid has 41 goals"), a possessive
right before the figure ("McDavid's 41 goals"), the noun a relative clause hangs on ("the
Conservatives, who won 365 seats in 2019"), or "he"/"she" opening the clause, resolved as a reader
resolves it: the speaker the report gives a quote whose attribution is that very pronoun, else the
subject of the clause before it (the subject of the sentence's first clause, or of the sentence
before), when that is a person whose known gender does not clash.  Anything else (a subject that
is no known entity, "they", two subjects joined by "and", a clause with no plain subject) gives no
holder: ``None``.

The rules read only the report's public layers (its entities and their mentions, its quotes and
sentences), never the speaker extractor's internals, and never change a quote or a speaker.
"""

from __future__ import annotations

import bisect
import re

import attrs

from factcheck.model import Figure, Quote, QuoteKind, Report, Span, Speaker, SpeakerKind
from factcheck.word_runs import whole_runs

__all__ = ["attach_holders", "figure_holders"]

#: Words that open a new clause inside a sentence: the subject of a figure after one of them is
#: read after it ("Trump said the party needs 1,237 delegates": the party's, not Trump's).
_CLAUSE_OPEN = re.compile(
    r"(?:[;:—–]|\s-\s|,\s+(?:and|but|while|whereas|although|though|as|so|yet)\b|"
    r"\b(?:that|because|after|before|when|whenever|while|whereas|although|though|if|unless|since|"
    r"until|where|whether|than|and|or|but|said|says|say|told|tells|added|adds|noted|notes|"
    r"according\s+to)\b|\b(?:as|with)\s+(?=[A-Z]|(?:he|she|it|they|we)\b))",
    re.I,
)
#: A sentence's opening phrase before its subject, to a comma ("In 2019, …", "This season, …").
_OPENER = re.compile(
    r"(?:In|On|At|After|Before|During|Since|Despite|Under|With|Without|For|From|Among|Amid|By|Over|"
    r"Following|Last|This|Next|Earlier|Later|So\s+far|Overall|Meanwhile|Still|Yet|Now|Then|Today|"
    r"Yesterday|Instead|However|Also|Already|Altogether|Together)\b[^,.;:!?“”\"]{0,80},\s+"
)
#: Words that may stand between the subject and its verb ("McDavid also has", "Trump now leads").
_ADVERBS = frozenset(
    """also now still already only just again nearly almost currently reportedly previously recently
    then later once alone himself herself itself""".split()
)
#: Verbs and auxiliaries a subject is followed by, that end in neither "s" nor "ed".
_VERBS = frozenset(
    """has have had is are was were will would could can may might must should shall did does do won
    got gets leads led holds held took takes made makes gave gives kept keeps won't can't didn't
    doesn't hasn't isn't wasn't wouldn't couldn't spent spends paid pays set sets put puts raised
    scored sold bought brought ran runs hit hits saw sees rose fell grew lost beat beats drew
    struck needs need wants want owns own earned earns""".split()
)
#: Plural nouns after a name that make it a modifier, not a subject ("Trump supporters", "Oilers
#: fans"): a word ending in "s" after a name is a verb only when it is not one of these.
_NOT_VERBS = frozenset(
    """supporters fans voters officials aides allies players members workers shares officers
    employees students residents troops forces lawyers backers delegates seats votes points goals
    years months days percent dollars sales results figures numbers rates prices costs""".split()
)
#: A possessive right before a figure ("McDavid's 41 goals"); the figure's span holds its hedge.
_POSSESSIVE = re.compile(r"[’']s\s+$")
#: A preposition right before a figure: the figure is no object of the clause's verb ("136 of the 224
#: seats", "in 50 games", "more than 300", "out of 10").
_GOVERNED = re.compile(
    r"(?:\b(?:in|than|per|among|between|into|within|across|from|over|under|above|below|aged|off)|"
    # "of" after a part ("136 of the", "most of the", "15 percent of"), not after "a total of"
    r"(?:\d|%|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|most|many|some|none|each|any|few|"
    r"several|half|part|share|percent|cent|out))\s+of)\s+(?:the\s+)?$",
    re.I,
)
#: An object before an infinitive ("pressed the Harbour Authority to publish", "urged them to
#: release"): what follows is the object's doing, not the subject's.
_OBJECT_CONTROL = re.compile(
    r"\s(?:(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*|him|her|them|us)\s+to\s+[a-z]+\b"
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_PRONOUNS = {"he": "m", "she": "f"}


def _is_verb(word: str) -> bool:
    """True when ``word``, the first word after a subject, reads as its verb."""
    w = word.lower()
    if not word[:1].islower():
        return False
    if w in _VERBS:
        return True
    if w in _NOT_VERBS or len(w) < 4:
        return False
    return w.endswith("ed") or (w.endswith("s") and not w.endswith(("ss", "us", "is")))


def _verb_follows(text: str, end: int, limit: int) -> bool:
    """True when the words after a subject ending at ``end`` go on with its verb: at once, after
    an adverb, after a bracket ("(R-Wis.)") or after an appositive between commas ("McDavid, the
    league's top scorer, has …")."""
    rest = text[end:limit]
    bracket = re.match(r"\s*\([^()]{1,40}\)", rest)
    if bracket is not None:
        rest = rest[bracket.end() :]
    appositive = re.match(r",\s+(?:the|a|an|who|whose|[a-z]+'s|\d)[^,;:.!?“”\"]{1,80},\s+", rest)
    if appositive is not None:
        rest = rest[appositive.end() :]
    words = _WORD.finditer(rest[:60])
    first = next(words, None)
    while first is not None and first.group(0).lower() in _ADVERBS:
        first = next(words, None)
    if first is None or not re.match(r"\s*[A-Za-z]", rest) or not _is_verb(first.group(0)):
        return False
    word = first.group(0).lower()
    if word in _VERBS or not word.endswith("s"):
        return True
    # a word in "-s" is a plural noun, not a verb, when punctuation or a plural's verb follows it
    # ("F.A.A. records, the Boeing has flown", "F.A.A. records show")
    after = rest[first.end() : first.end() + 20]
    return not re.match(r"\s*(?:[,.;:]|(?:show|say|said|suggest|indicate|have|are|were)\b)", after)


_RUN = re.compile(r"\w+")


def _names_in(text: str, named: list[Speaker]) -> list[tuple[int, int, str]]:
    """(start, end, entity id) of every whole-word occurrence of a named entity's name or surname
    (three letters or more, capitalised; not after a hyphen), the first entity in report order
    winning a start: the names are filed by their first run of word characters, and only the places
    of those runs in the text are read (:func:`factcheck.word_runs.whole_runs`)."""
    by_first: dict[str, list[tuple[int, str, str]]] = {}
    for order, entity in enumerate(named):
        for name in sorted({entity.name, entity.surname}):
            first = _RUN.match(name)
            if len(name) >= 3 and name[:1].isupper() and first is not None:
                by_first.setdefault(first.group(0), []).append((order, name, entity.id))
    found: list[tuple[int, int, str]] = []
    for start, run in whole_runs(text, by_first):
        if start > 0 and text[start - 1] == "-":
            continue
        for _, name, entity_id in sorted(by_first[run]):
            end = start + len(name)
            after = text[end : end + 1]
            if text.startswith(name, start) and not (after.isalnum() or after in ("-", "_")):
                found.append((start, end, entity_id))
                break
    return found


class _Holders:
    """The mentions of a report's named people and organisations, and the subject of a clause."""

    def __init__(self, report: Report) -> None:
        self.text = report.document.text
        self.entities = {e.id: e for e in report.entities}
        named = [e for e in report.entities if e.kind in (SpeakerKind.PERSON, SpeakerKind.ORGANISATION)]
        spans: dict[int, tuple[int, str]] = {}
        for entity in named:
            for mention in entity.mentions:
                spans[mention.start] = max(spans.get(mention.start, (0, "")), (mention.end, entity.id))
        # a bare surname or name the entity layer did not list ("McDavid has 41 goals" later on)
        for start, end, entity_id in _names_in(self.text, named):
            spans.setdefault(start, (end, entity_id))
        self.starts = sorted(spans)
        self.mentions = [(s, *spans[s]) for s in self.starts]
        self.sentences = list(report.sentences)
        self.sentence_starts = [s.start for s in self.sentences]
        self.by_pronoun = {q.mention.start: q.speaker for q in report.quotes if q.mention and q.speaker}
        self.quotes = sorted(
            (q for q in report.quotes if q.kind is QuoteKind.DIRECT), key=lambda q: q.span.start
        )
        self.quote_starts = [q.span.start for q in self.quotes]

    # ------------------------------------------------------------------ mentions
    def mention_at(self, start: int) -> tuple[int, str] | None:
        """(end, entity id) of the named mention starting at ``start``, or None."""
        at = bisect.bisect_left(self.starts, start)
        if at < len(self.starts) and self.starts[at] == start:
            return self.mentions[at][1], self.mentions[at][2]
        return None

    def mention_ending(self, end: int) -> str | None:
        """The entity of the named mention ending at ``end`` (a possessive's owner), or None."""
        at = bisect.bisect_right(self.starts, end) - 1
        while at >= 0 and end - self.starts[at] <= 60:
            if self.mentions[at][1] == end:
                return self.mentions[at][2]
            at -= 1
        return None

    def quote_of(self, span: Span) -> Quote | None:
        """The direct quote holding ``span``, or None (the first of those starting before it)."""
        at = bisect.bisect_right(self.quote_starts, span.start)
        holding = [q for q in self.quotes[:at][-8:] if span.end <= q.span.end]
        return holding[0] if holding else None

    def sentence_of(self, offset: int) -> Span | None:
        """The sentence holding ``offset``, or None."""
        at = bisect.bisect_right(self.sentence_starts, offset) - 1
        return self.sentences[at] if at >= 0 and offset < self.sentences[at].end else None

    # ------------------------------------------------------------------ subjects
    def subject_at(self, start: int, limit: int, depth: int = 0) -> str | None:
        """The entity a clause starting at ``start`` names as its subject, a verb following before
        ``limit``; a pronoun is resolved (``depth`` bounds a chain of pronouns)."""
        text = self.text
        while start < limit and text[start] in " \t\n“\"‘'(":
            start += 1
        opener = _OPENER.match(text, start, limit)
        if opener is not None:
            start = opener.end()
        if text.startswith(("The ", "the "), start):
            start += 4  # "The Conservatives, who …" names the party
        found = self.mention_at(start)
        if found is not None:
            end, entity = found
            if text.startswith(("'s", "’s"), end) or text[end : end + 5].lower() == " and ":
                return None  # "McDavid's linemate", "McDavid and Draisaitl": no single subject
            if _OBJECT_CONTROL.search(text, end, limit):
                return None  # "Brandt has pressed the Harbour Authority to publish the 22 pages"
            return entity if _verb_follows(text, end, limit) else None
        word = _WORD.match(text, start, limit)
        if word is None or word.group(0).lower() not in _PRONOUNS or depth > 2:
            return None
        if not _verb_follows(text, word.end(), limit) or _OBJECT_CONTROL.search(text, word.end(), limit):
            return None
        return self.resolve(word.start(), _PRONOUNS[word.group(0).lower()], depth)

    def resolve(self, at: int, gender: str, depth: int) -> str | None:
        """The person "he"/"she" at ``at`` stands for: the speaker of a quote it attributes, else
        the subject of the sentence's first clause (the pronoun opening a later clause) or of the
        sentence before (the pronoun opening its sentence)."""
        if at in self.by_pronoun:
            return self.by_pronoun[at]
        sentence = self.sentence_of(at)
        if sentence is None:
            return None
        if sentence.start < at and self.text[sentence.start : at].strip(" “\"‘'("):
            antecedent = self.subject_at(sentence.start, at, depth + 1)
        else:
            before = self.sentence_of(sentence.start - 1) if sentence.start > 0 else None
            if before is None:
                at_prev = bisect.bisect_right(self.sentence_starts, sentence.start - 1) - 1
                before = self.sentences[at_prev] if at_prev >= 0 else None
            if before is None or before.start >= sentence.start:
                return None
            antecedent = self.subject_at(before.start, before.end, depth + 1)
        entity = self.entities.get(antecedent) if antecedent else None
        if entity is None or entity.kind is not SpeakerKind.PERSON:
            return None
        return antecedent if entity.gender in (None, gender) else None

    def holder(self, figure: Figure) -> str | None:
        """The entity ``figure`` is about, when its clause says so plainly, else None."""
        text = self.text
        owner = _POSSESSIVE.search(text, max(0, figure.span.start - 20), figure.span.start)
        if owner is not None:
            return self.mention_ending(figure.span.start - len(owner.group(0)))
        sentence = self.sentence_of(figure.span.start)
        if sentence is None or _GOVERNED.search(text, max(0, figure.span.start - 12), figure.span.start):
            return None  # "won 136 of the 224 seats": the subject holds the 136, not the 224
        low = sentence.start
        quote = self.quote_of(figure.span)
        if quote is not None:
            low = max(low, quote.span.start)  # a quotation's figure is about what the quotation says
        opens = list(_CLAUSE_OPEN.finditer(text, low, figure.span.start))
        start = opens[-1].end() if opens else low
        joined = opens and opens[-1].group(0).lower() in ("and", "or")
        if joined and self.mention_ending(opens[-1].start() - 1) is not None:
            return None  # "Trump and Marco Rubio were in a tight race for the six delegates"
        who = re.search(r"(?:,\s*|\s)(?:who|which)\s+", text[start : figure.span.start])
        if who is not None:
            # "the Conservatives, who won 365 seats": the relative clause is about the noun before it
            return self.mention_ending(start + who.start())
        # a list of clauses joined by commas ("Ted Cruz has 11 delegates, Marco Rubio has 10, John
        # Kasich has five"): the nearest name after a comma that its verb follows is the subject
        for comma in reversed(list(re.finditer(r",\s+", text[start : figure.span.start]))):
            at = start + comma.end()
            if self.mention_at(at) is not None:
                found = self.subject_at(at, figure.span.start)
                if found is not None:
                    return found
        return self.subject_at(start, figure.span.start)


def figure_holders(report: Report) -> list[Figure]:
    """The report's figures, each with its ``holder`` (see the module's docstring)."""
    if not report.figures or not report.entities:
        return list(report.figures)
    holders = _Holders(report)
    return [attrs.evolve(f, holder=holders.holder(f)) for f in report.figures]


def attach_holders(report: Report) -> Report:
    """``report`` with every figure's ``holder`` filled in."""
    figures = figure_holders(report)
    if all(f.holder is None for f in figures):
        return report
    return attrs.evolve(report, figures=figures)
