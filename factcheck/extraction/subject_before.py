"""The person a "he" or "she" takes up when the sentence just before opens with that person as
its subject: "Kowalski wept as she addressed the court. She said she had been sick", "But
Farouk disputes that. Her team's logs, she says, show …", "Karen remembers it differently. She
says …".

The subject of the sentence before is the one a pronoun opening the next most often means, more
than the person who spoke last (a witness quoted a paragraph earlier).  Only a name the article
already gives a person is read (a surname, or a given name that one person of the article has),
and only when nobody else is named between that sentence and the pronoun.
"""

from __future__ import annotations

import re

from factcheck.model import Span
from factcheck.vocabulary import ABBREVIATIONS

#: Where a sentence ends: a full stop, question or exclamation mark (a closing quote after it),
#: then blank space.
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+")
#: A name opening a sentence as its subject, then an aside (a comma) or a verb in lower case:
#: "Kowalski, wearing a gray cardigan, wept", "But Farouk disputes", "Karen is not so sure".
_OPENING_SUBJECT = re.compile(
    r"(?:(?:But|And|Yet|Still|Then|So|Now)\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})"
    r"(?=,[ \t]+[a-z\d]"
    r"|[ \t]+(?:[a-z]+s|[a-z]+ed|is|was|has|had|will|would|could|did|does|wept|went|sat|stood|"
    r"spoke|took|came|left|knew|felt|kept|got|began|remains|remained)\b)"
)
#: A quotation, with curly or straight marks, or two single marks for one double ('').
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|''.*?''")
#: The word before a full stop.
_WORD_BEFORE = re.compile(r"[A-Za-z]+$")
#: Short words that end sentences though capitalised like an abbreviation ("… said Ms. Li.").
_SHORT_WORDS = frozenset({"li", "wu", "xi", "ma", "hu", "he", "it", "us", "uk", "eu", "un"})
#: A capitalised word: a name that may stand between the subject and the pronoun.
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]+")
#: Words that may open a sentence without naming anyone.
_OPENERS = frozenset(
    """But And Yet Still Then So Now The A An In On At It Its Her His Their She He They This That""".split()
)


def _sentence_start(text: str, at: int, floor: int) -> int:
    """Where the sentence holding the word at ``at`` starts (not before ``floor``): after the
    last sentence end at or before ``at``."""
    start = floor
    for end in _SENTENCE_END.finditer(text, floor, at + 1):
        word = _WORD_BEFORE.search(text, max(floor, end.start() - 12), end.start())
        if word is not None and text[end.start()] == "." and _abbreviation(word.group()):
            continue  # "Sen. Ted Cruz", "Ava, Mo., who", "Terry E. Branstad": no sentence ends
        if end.end() <= at:
            start = end.end()
    return start


#: A paragraph that opens with a closed quotation and holds nothing else before a pronoun's cue:
#: "“We are losing money on every litre,” she said" (a comma inside or after the closing mark).
_LEADING_QUOTE = re.compile(r"[ \t]*(?:“[^“”\n]*”|\"[^\"\n]*\"),?[ \t]*")


def pronoun_sentence_start(text: str, at: int, floor: int) -> int:
    """Where the sentence a pronoun at ``at`` stands in starts, for what the sentence before it
    is: after a quotation that opens the pronoun's paragraph ("“…,” she said"), the quotation's
    start, wherever sentences end inside it; else :func:`_sentence_start`."""
    paragraph = text.rfind("\n", floor, at) + 1 or floor
    if paragraph > floor and _LEADING_QUOTE.fullmatch(text, paragraph, at):
        return paragraph
    return _sentence_start(text, at, floor)


def _abbreviation(word: str) -> bool:
    """True when a full stop after ``word`` marks an abbreviation or an initial, no sentence end."""
    return (
        word.lower() in ABBREVIATIONS
        or len(word) == 1
        or (len(word) <= 3 and word[:1].isupper() and word[1:].islower() and word.lower() not in _SHORT_WORDS)
    )


def _balanced(text: str) -> bool:
    """True when the text opens and closes every quotation it opens."""
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0 and text.count("''") % 2 == 0


def subject_before(text: str, at: int) -> Span | None:
    """Where the name opening the sentence right before the one a pronoun at ``at`` stands in, as
    its subject, is; None when there is no such name, a name between, or the sentence is inside a
    quotation."""
    floor = max(0, at - 800)
    own = pronoun_sentence_start(text, at, floor)
    if own <= floor:
        return None
    before = _sentence_start(text, own - 1, floor)
    paragraph = text.rfind("\n", floor, before) + 1 or floor
    if not _balanced(text[paragraph:before]):
        return None  # the sentence before is inside a quotation
    found = _OPENING_SUBJECT.match(text, before)
    if found is None:
        return None
    # nobody else named between the subject and the pronoun, outside the quotations
    between = _QUOTED.sub(" ", text[found.end() : at])
    if any(word not in _OPENERS for word in _CAPITALISED.findall(between)):
        return None
    return Span(found.start("name"), found.end("name"))
