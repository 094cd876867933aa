"""Words the writer gives to one speaker that the article quotes from another (the
``attribution`` checker's ``misattributed`` check).

A writer who sets one speaker's words against another's names whose they are: "Képénékian
rejected Picard's criticism that the plan was “a tax on the poor”", "as Bret put it, “…”", "in
Picard's words, “…”", "what Picard called “…”".  When the article quotes those very words earlier
or later, in a direct quote of someone else ("“This is a tax on the poor …,” Bret said"), and never
from the person the writer now names, a reader who compares the two finds the words given to the
wrong person.

Read only when all of these hold:

* the writer names the words' owner in one of those forms, by a surname or full name of a person
  the article quotes (a speaker of kind person); a possessive counts only with a noun of a claim
  and its "that" clause in the same sentence ("Picard's criticism that the plan was “…”"), since
  "Trump's comments as “just part of the campaign”" gives the words to whoever so described them;
* the words in quote marks are at least :data:`LEAST_WORDS` words (fewer are a stock phrase
  anyone may use: "a tax", "a disaster");
* the article quotes the same words (apostrophes, spacing and case aside) in a direct quote of
  another named person;
* no quote of the person named holds them: a speaker may repeat another's phrase ("Picard also
  called it “a tax on the poor”"), and then the words are theirs too;
* the other person does not answer the named one: a quote that negates the words ("This budget is
  not a tax on …") or names the person named ("Joan says this is a stealth tax …"), or a quote of
  someone the writer's own sentence names ("Brant rejected what Webb called “…”"), repeats the
  words to rebut them, and they are still the named person's.

``warn``, never ``fail``: the named person may have said the words where the article does not
report it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.first_chars import looking_first
from factcheck.model import QuoteKind, Span, Speaker, SpeakerKind, Status, Verdict

from .attribution_context import Context, short

__all__ = ["LEAST_WORDS", "borrowed_verdicts"]

#: Words in quote marks a writer gives to a named owner are judged from this many words.
LEAST_WORDS = 4

_NAME = r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
_OPEN = r"[\"“‘]"
#: A writer naming the owner of words in quote marks: a possessive and a noun of a claim with its
#: "that" clause ("Picard's criticism that the plan was “…”"), "as Bret put it", "in Bret's words",
#: "what Bret called".  Not "Trump's comments as “…”" nor "Obama's remarks “…”": there the words in
#: quote marks are usually another speaker's of the remarks (a possessive read on polnear).
OWNER = re.compile(
    _NAME + r"['’]s?\s+(?:(?:earlier|own|recent|repeated)\s+)?(?:criticism|claim|charge|complaint|"
    r"suggestion|assertion|accusation|warning|argument|insistence|promise|pledge|boast|allegation|"
    r"contention|prediction)s?\s+that\b[^\"“‘\n.!?]{0,80}?" + _OPEN + r"(?P<words>[^\"”’\n]{8,200})[\"”’]"
    r"|\bas\s+"
    + _NAME.replace("name", "name2")
    + r"\s+(?:put|said|phrased)\s+it,?\s*"
    + _OPEN
    + r"(?P<words2>[^\"”’\n]{8,200})[\"”’]"
    r"|\bin\s+"
    + _NAME.replace("name", "name3")
    + r"['’]s?\s+words,?\s*"
    + _OPEN
    + r"(?P<words3>[^\"”’\n]{8,200})[\"”’]"
    r"|\bwhat\s+"
    + _NAME.replace("name", "name4")
    + r"\s+(?:called|termed|described\s+as)\s*"
    + _OPEN
    + r"(?P<words4>[^\"”’\n]{8,200})[\"”’]"
)
OWNER = looking_first(OWNER)  # same matches, tried only where one can start


def _key(words: str) -> str:
    """Words as compared: lower case, straight apostrophes, one space, no closing punctuation."""
    return " ".join(re.findall(r"[\w'-]+", words.lower().replace("’", "'")))


def _person(ctx: Context, name: str) -> Speaker | None:
    """The quoted person the writer's name is: by full name or surname."""
    lowered = name.lower()
    for speaker in ctx.report.speakers:
        if speaker.kind is SpeakerKind.PERSON and lowered in {speaker.name.lower(), speaker.surname.lower()}:
            return speaker
    return None


#: A negation just before the words in a quote that repeats them: "This budget is not a tax on …".
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|no|isn't|wasn't|aren't|n't)\s+(?:\w+\s+){0,2}$")


def _names(words: str, person: Speaker) -> bool:
    """True when ``words`` name the person by surname or given name (capitalised)."""
    parts = {person.surname, person.name.split()[0]} - {""}
    return any(re.search(rf"\b{re.escape(part)}\b", words) for part in parts)


def _sentence_at(text: str, at: int) -> str:
    """The sentence (roughly: between full stops or line breaks) around offset ``at``."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [e for e in (text.find(". ", at), text.find("\n", at)) if e != -1]
    return text[start : min(ends) if ends else len(text)]


def _rebuts(quote: str, key: str, named: Speaker) -> bool:
    """True when a quote holding the words answers the named person: it names them, or it negates
    the words just before them."""
    if _names(quote, named):
        return True
    lowered = _key(quote)
    at = lowered.find(key)
    return at != -1 and _NEGATED_BEFORE.search(lowered[:at]) is not None


def borrowed_verdicts(ctx: Context) -> Iterator[Verdict]:
    """Warn where the writer gives words in quote marks to one person that the article quotes
    from another, under the conditions of this module."""
    report = ctx.report
    text = report.document.text
    quoted = [q for q in report.quotes if q.kind is not QuoteKind.INDIRECT and q.speaker is not None]
    for found in OWNER.finditer(text):
        group = next(g for g in ("words", "words2", "words3", "words4") if found.group(g) is not None)
        name = found.group({"words": "name", "words2": "name2", "words3": "name3", "words4": "name4"}[group])
        words = found.group(group)
        key = _key(words)
        if len(key.split()) < LEAST_WORDS:
            continue
        named = _person(ctx, name)
        if named is None:
            continue
        here = Span(found.start(group), found.end(group))
        theirs = [
            q
            for q in quoted
            if not q.span.overlaps(here)
            and key in _key(ctx.words(q.span))
            and not _rebuts(ctx.words(q.span), key, named)
        ]
        if not theirs or any(q.speaker == named.id for q in theirs):
            continue
        owner = report.speaker(theirs[0].speaker)
        if owner is None or owner.kind is not SpeakerKind.PERSON or owner.id == named.id:
            continue
        if _names(_sentence_at(text, found.start()), owner):
            continue  # "Brant rejected what Webb called “…”": Brant's quote answers Webb's words
        yield Verdict(
            Status.WARN,
            f"'{short(words.strip(), 60)}' is given to {named.name}, "
            f"but the article quotes {owner.name} saying it",
            details=(
                f"The writer names {named.name} as the owner of the words '{words.strip()}'; the article "
                f"quotes them from {owner.name} ('{short(ctx.words(theirs[0].span), 100)}') and never "
                f"from {named.name}."
            ),
            evidence=[here, theirs[0].span],
            data={"check": "misattributed", "speaker": named.id, "owner": owner.id, "quote": theirs[0].id},
        )
