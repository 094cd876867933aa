"""Who or what a figure's sentence is about, and when two differing figures are set side by side.

The numeric checker's restatement verdict abstains when two differing figures read as a contrast
rather than one quantity told twice: their sentences name different subjects first ("Clinton …
a $12 minimum wage", "Sanders … the $15 minimum wage"), or what they count differs by a word on
each side ("12 weeks of unpaid leave", "eight weeks of paid leave"), or both are small counts.
This module finds the named entities of a report in the text (:class:`Subjects`) and reads those
contrasts (:func:`contrast`); docs/checkers/numeric.md states the rules.
"""

from __future__ import annotations

import bisect
import re

from factcheck.model import Figure, QuoteKind, Report, Span, SpeakerKind

from .numeric_layout import label_only
from .numeric_relations import TextIndex, is_share
from .numeric_restated import SMALL_COUNT

__all__ = ["PHRASE_STOP", "Subjects", "contrast", "names_in_sentence", "noun_phrase"]

#: Words that end what a figure counts ("12 weeks of paid leave for new mothers").
PHRASE_STOP = frozenset(
    """a an the and or but to for in on at by with from as that which who this these those is are was
    were be been has have had will would said says than per each every its their his her our could can
    may might must should shall""".split()
)
#: Prepositions of time and place that end what a figure counts in :func:`noun_phrase`: "13,325
#: square kilometres cleared over the year" counts cleared kilometres, not "over" (lead,
#: seventeenth session).
_PHRASE_ENDS = frozenset(
    "over during across through throughout within since until between after before".split()
)
#: Plain words for people: a group counted once by its own noun may be told again by one of these.
PEOPLE_WORDS = frozenset({"people", "persons", "individuals", "adults", "residents"})


_WORD_RUN = re.compile(r"\w+")


def _name_mentions(text: str, names: dict[str, str]) -> list[tuple[int, str]]:
    """(start, id) of every whole-word occurrence of the names in ``text``: what one pattern of all
    the names, longest first, finds, read in time that grows with the text, not with the text
    times the number of names.  A name starts with a capital (a word character), so it can start
    only where a run of word characters starts, and that run is the name's own first run: the
    names are looked up by it, longest first, and the next one is sought after the last found.
    """
    by_first: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        first = _WORD_RUN.match(name)
        if first is not None and first.start() == 0:
            by_first.setdefault(first.group(), []).append(name)
    out: list[tuple[int, str]] = []
    done = 0
    for start, run in _first_runs(text, by_first):
        if start < done:
            continue
        for name in by_first.get(run, ()):
            end = start + len(name)
            if text.startswith(name, start) and _ends_word(text, end):
                out.append((start, names[name]))
                done = end
                break
    return out


#: Up to this many first words (a news article's names), each is looked for with ``str.find``;
#: past it (a long text naming many people), one pass over the words of the text is cheaper.
FIND_EACH = 48


def _first_runs(text: str, by_first: dict[str, list[str]]) -> list[tuple[int, str]]:
    """(start, run) of the runs of word characters of ``text`` that are a key of ``by_first``, in
    text order: what a loop over every run of the text keeps, found by ``str.find`` of each key
    when there are few (the text is read once a key, in C) and by that loop otherwise."""
    if len(by_first) > FIND_EACH:
        return [(run.start(), run.group()) for run in _WORD_RUN.finditer(text) if run.group() in by_first]
    found: list[tuple[int, str]] = []
    for run in by_first:
        at = text.find(run)
        while at >= 0:
            end = at + len(run)
            if (at == 0 or not _is_word_char(text[at - 1])) and not (
                end < len(text) and _is_word_char(text[end])
            ):
                found.append((at, run))  # a whole run: no word character on either side
            at = text.find(run, at + 1)
    return sorted(found)


def _is_word_char(char: str) -> bool:
    """True for a character ``\\w`` matches: a letter, a digit or a number (``str.isalnum``), or "_"."""
    return char.isalnum() or char == "_"


def _ends_word(text: str, end: int) -> bool:
    """True when a word boundary (``\\b``) lies at ``end``: one side a word character, the other not."""
    before = end > 0 and _is_word_char(text[end - 1])
    after = end < len(text) and _is_word_char(text[end])
    return before != after


class Subjects:
    """Every mention of a named entity of a report (a person, body or office; not an unnamed
    source), in text order, to find who a sentence is about: the first one it names."""

    def __init__(self, report: Report) -> None:
        text = report.document.text
        named = [
            e
            for e in (*report.entities, *report.speakers)
            if e.kind is not SpeakerKind.ANONYMOUS and not label_only(e.name, text)  # "FULL TEXT." is layout
        ]
        found = {(m.start, e.id) for e in named for m in e.mentions}
        # the entity layer keeps the mentions the extractor used; a bare surname elsewhere
        # ("Sanders started a petition") is found here by the entity's name and surname
        names: dict[str, str] = {}
        for entity in named:
            if entity.kind is not SpeakerKind.OFFICE:
                for name in {entity.name, entity.surname}:
                    if len(name) > 2 and name[:1].isupper():
                        names.setdefault(name, entity.id)
        if names:
            found.update(_name_mentions(text, names))
        self.mentions = sorted(found)
        self.mention_starts = [start for start, _ in self.mentions]
        self.name_of = {e.id: e.name for e in named}
        self.quotes = sorted(q.span for q in report.quotes if q.kind is QuoteKind.DIRECT)
        self.quote_starts = [q.start for q in self.quotes]

    def quote_around(self, span: Span) -> Span | None:
        """The direct quote holding ``span``, or None."""
        at = bisect.bisect_right(self.quote_starts, span.start) - 1
        return self.quotes[at] if at >= 0 and self.quotes[at].end >= span.end else None

    def subject_of(self, index: TextIndex, figure: Figure, before: int | None = None) -> str | None:
        """The entity a figure's sentence names first (its subject, in news prose), or None;
        ``before``: only an entity named before that offset counts."""
        number = index.sentence_of(figure.span)
        if number < 0:
            return None
        sentence = index.sentences[number]
        at = bisect.bisect_left(self.mention_starts, sentence.start)
        if at < len(self.mentions) and self.mentions[at][0] < (sentence.end if before is None else before):
            return self.mentions[at][1]
        return None

    def named_first(self, index: TextIndex, figure: Figure, before: int | None = None) -> str:
        """The name of what a figure's sentence names first: a known entity, or a run
        of two or more capitalised words inside the sentence before the figure ("… affiliated with
        the Fair Harbour Pay drive … a $17 hourly wage"), whichever comes first; "" when it names
        neither.  ``before``: only what is named before that offset counts."""
        number = index.sentence_of(figure.span)
        if number < 0:
            return ""
        sentence = index.sentences[number]
        quote = self.quote_around(figure.span)
        if quote is not None:
            # a figure inside a quotation is about what the quotation names, not about the
            # speaker its attribution names ("“… all 124 counties …,” said Ann Lee")
            sentence = Span(max(sentence.start, quote.start), min(sentence.end, quote.end))
        else:
            # an opening phrase ("In response to USA TODAY's queries, Sen. Kelly Ayotte refunded
            # $43,100") is no subject: the subject comes after its comma, when the figure does too
            opening = _OPENING_PHRASE.match(index.text, sentence.start, sentence.end)
            if opening is not None and opening.end() <= figure.span.start:
                sentence = Span(opening.end(), sentence.end)
        end = sentence.end if before is None else min(before, sentence.end)
        at = bisect.bisect_left(self.mention_starts, sentence.start)
        entity = self.mentions[at] if at < len(self.mentions) and self.mentions[at][0] < end else None
        # a name the tool does not know counts only before the figure, where a subject stands
        run = _CAPITALS.search(index.text, sentence.start, min(end, figure.span.start))
        while run is not None and run.group(1) in _NOT_NAMES:
            run = _CAPITALS.search(index.text, run.end(), min(end, figure.span.start))
        if run is not None and (entity is None or run.start(1) < entity[0]):
            return run.group(1)
        if entity is not None:
            return self.name_of.get(entity[1], entity[1])
        return ""


#: A sentence's opening phrase before its subject: a preposition and what it governs, to a comma
#: ("In response to USA TODAY's queries, …", "After the Iowa vote, …").
_OPENING_PHRASE = re.compile(
    r"\s*[“\"]?(?:In|On|At|After|Before|During|Since|Despite|Under|With|Without|For|From|Among|Amid|"
    r"Following|Unlike|Like|According\s+to)\b[^,.;:!?“”\"]{1,100},\s*"
)
#: A run of capitalised words inside a sentence, after a lower-case word or a comma: a name.
_CAPITALS = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+)+)")
_NOT_NAMES = frozenset(
    """I The A An He She It They We You His Her Their Its Our Mr Mrs Ms Dr Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July August September
    October November December""".split()
)


def noun_phrase(text: str, figure: Figure) -> frozenset[str]:
    """The words of what a figure counts, through "of" ("weeks of unpaid leave"), lower case."""
    words: list[str] = []
    for match in re.finditer(r"[A-Za-z][\w'’-]*|[^\sA-Za-z]", text[figure.span.end : figure.span.end + 50]):
        word = match.group().lower()
        stop = (word in PHRASE_STOP and word != "of") or word in _PHRASE_ENDS
        if not word[0].isalpha() or stop or len(words) == 4:
            break
        if word != "of":
            words.append(word)
    return frozenset(words)


def contrast(text: str, a: Figure, b: Figure) -> str | None:
    """Why two differing figures read as a contrast, not a restatement, or None.

    Either what they count differs by a word on each side ("weeks of unpaid leave", "weeks of
    paid leave"), or both are small counts ("three reasons to be optimistic", "four reasons to
    be pessimistic"): judged on polnear/train, every such warning was two things compared.
    """
    pa, pb = noun_phrase(text, a), noun_phrase(text, b)
    if (pa - pb and pb - pa) and not (pa - pb <= PEOPLE_WORDS or pb - pa <= PEOPLE_WORDS):
        # "undocumented immigrants" and "undocumented people": one group, the second time in plain words
        return f"what they count differs ({', '.join(sorted(pa - pb))} against {', '.join(sorted(pb - pa))})"
    if max(a.value, b.value) < SMALL_COUNT and not is_share(a, text) and not a.currency:
        return f"both are counts below {SMALL_COUNT}, which news gives for many things at once"
    return None


def names_in_sentence(index: TextIndex, name: str, figure: Figure) -> bool:
    """True when the figure's sentence names ``name`` too (one of its capitalised words of three
    letters or more, as a whole word): a mention referring back in a sentence that also names the
    first sentence's subject ("… pushing the Obama administration to release the 28 pages") is
    about the same thing, whoever else its sentence names first."""
    number = index.sentence_of(figure.span)
    if number < 0:
        return False
    sentence = index.sentences[number].of(index.text)
    return any(
        re.search(rf"\b{re.escape(word)}\b", sentence)
        for word in name.split()
        if len(word) >= 3 and word[:1].isupper()
    )
