"""Headline quoted words given to one person that the body quotes from another (round recall18).

A headline that names who said its quoted words, "'This is a betrayal,' says union chief", "Mayor:
'We will rebuild'", "Minister says 'no more delays'", makes a claim about their owner as well as
their wording.  The quoted-words check of :mod:`.attribution_headline` asks only whether the body
quotes the words; this one asks whose they are there.

``warn`` when all of these hold, else no verdict:

* the headline names the owner in a short phrase (at most :data:`OWNER_WORDS` words) right next
  to the marks: "'…,' says P", "'…' – P", "P: '…'", "P says '…'"; a kicker ("The Latest:") is no
  owner;
* the phrase names a person or organisation of the body (an entity, never an anonymous one): an
  entity's mention lies inside the phrase, or one of its proper names (a capitalised word or an
  acronym) is an entity's name, surname or initials ("INMO" for the Irish Nurses and Midwives
  Organisation); in "P: '…'" the phrase ends at a preposition ("CNN President on Trump: '…'" is
  the president's);
* the body quotes the words (more than a scare quote's three) in one or more direct quotes, each of
  a named speaker (a person or an organisation; not an anonymous source or an office);
* for none of those quotes is the speaker the entity, or the entity's name among the speaker's
  name, roles and organisation, or (an organisation only) the entity mentioned in the quote's
  paragraph or the one before it: nothing in the body ties the quote to the owner the headline
  names.  A person named in the quote's paragraph is no tie ("Mayor Karen Bass presented the
  budget. 'The budget is balanced,' said council member Tim McOsker").

A phrase that names nobody of the body ("'…,' says Booker nominee", where "Booker" is a prize) is
no owner, and a quote given in the paragraph that introduces the union its speaker leads is tied
to the union, whatever the extraction made of the link.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.model import QuoteKind, Span, Speaker, SpeakerKind, Status, Verdict

from .attribution_context import Context
from .attribution_headline import HEADLINE_QUOTE, KICKER, SCARE_WORDS
from .attribution_text import acronym_key, initials

__all__ = ["OWNER_WORDS", "headline_owner_verdicts"]

#: A headline's owner phrase has at most this many words ("INMO chief", "Health Minister Harris").
OWNER_WORDS = 5

_SAYS = r"(?:says|said|warns|warned|claims|insists|admits|tells\s+[\w\s]{1,20}?)"
#: After the closing mark: ", says P", " – P", ": P"; P ends at a joining word or the line's end.
_AFTER = re.compile(
    rf"^[\s,.!?]*(?:{_SAYS}\s+|[–—-]\s*)(?P<owner>[^,;:.!?'‘’\"“”]+?)"
    r"(?=\s+(?:as|after|over|amid|on|in|at|for|while|when|before|to)\b|[,;:.!?]|\s*$)",
    re.I,
)
#: Before the opening mark: "P: " or "P says ".
_BEFORE = re.compile(rf"(?:^|[.;!?]\s+)(?P<owner>[^,;:.!?'‘’\"“”]+?)(?:\s*:\s*|\s+{_SAYS}\s+)$", re.I)
_TOPIC = re.compile(r"\s+(?:on|about|to|from|of|for|at|in|with|against|over|after)\s+", re.I)
_PROPER = re.compile(r"\b(?:[A-Z][a-z’'\-]+|[A-Z]{2,}[a-z]?)\b")
_CAPITAL_ONLY = frozenset("The A An This That Why How What When Where Who".split())


def _owner_phrase(ctx: Context, title: Span, quote: re.Match[str]) -> tuple[str, int] | None:
    """The words the headline names the owner of its quoted words with, and where they start."""
    text = ctx.report.document.text
    after = _AFTER.match(text[quote.end() : title.end])
    if after is not None:
        return after.group("owner").strip(), quote.end() + after.start("owner")
    head = text[title.start : quote.start()]
    if KICKER.match(head):
        return None
    before = _BEFORE.search(head)
    if before is not None:
        # "CNN President on Trump: '…'": what follows "on" is the topic, not the owner
        owner = _TOPIC.split(before.group("owner"))[0]
        return owner.strip(), title.start + before.start("owner")
    return None


def _proper_names(phrase: str) -> list[str]:
    """The proper names of an owner phrase: capitalised words and acronyms ("INMO", "Harris"; a
    capital that is only the headline's, "Minister", names no entity and is dropped there)."""
    return [m.group(0) for m in _PROPER.finditer(phrase) if m.group(0) not in _CAPITAL_ONLY]


def _names_of(speaker: Speaker) -> str:
    """Everything the speaker is called: name, roles, organisation and their initials, lower case."""
    parts = [speaker.name, *speaker.roles, speaker.organisation or "", speaker.role or ""]
    parts += [initials(p) for p in parts if " " in p.strip()]
    parts += [acronym_key(p) for p in parts]
    return " ".join(parts).lower()


def _apostrophes(token: str) -> str:
    """A quoted word as a pattern in which a straight and a curly apostrophe are one mark."""
    return "".join("['’]" if char in "'’" else re.escape(char) for char in token)


def _paragraph(text: str, at: int) -> Span:
    """The paragraph holding ``at`` (paragraphs are split by blank lines) and the one before it."""
    start = text.rfind("\n\n", 0, at)
    previous = text.rfind("\n\n", 0, start) if start > 0 else -1
    end = text.find("\n\n", at)
    return Span(max(0, previous), end if end >= 0 else len(text))


def _given_near(text: str, where: Span, name: str) -> bool:
    """True when ``name`` (or a name it is the initials of) is written inside ``where``."""
    words = text[where.start : where.end]
    if re.search(rf"\b{re.escape(name)}\b", words):
        return True
    if name.isupper() and len(name) >= 2:
        return any(
            initials(m.group(0)) == name
            for m in re.finditer(r"(?:[A-Z][\w’'-]+\s+(?:(?:of|and|for|the)\s+)?)+", words)
        )
    return False


def _named_entity(ctx: Context, phrase: Span, names: list[str]) -> Speaker | None:
    """The person or organisation of the body an owner phrase names: one with a mention inside the
    phrase, or whose name, surname or initials one of the phrase's proper names is."""
    for entity in ctx.report.entities:
        if entity.kind is SpeakerKind.ANONYMOUS:
            continue
        if any(phrase.contains(m) for m in entity.mentions):
            return entity
        called = {
            entity.name,
            initials(entity.name) if " " in entity.name.strip() else "",
            acronym_key(entity.name),
        }
        if entity.kind is SpeakerKind.PERSON and " " in entity.name.strip():
            called.add(entity.surname)
        if called & set(names) - {""}:
            return entity
    return None


def _tied(text: str, speaker: Speaker, owner: Speaker, near: Span) -> bool:
    """True when the body ties the quote's speaker to the headline's owner: one is the other, the
    owner's name is among the speaker's names, roles or organisation, or (for an organisation,
    which many may speak for) the quote's paragraph or the one before it mentions the owner."""
    if speaker.id == owner.id or owner.name.lower() in _names_of(speaker):
        return True
    if owner.kind is SpeakerKind.PERSON:
        return False  # a person is tied to their own words only, not to a paragraph naming them
    if any(near.contains(m) for m in owner.mentions):
        return True
    return _given_near(text, near, owner.name) or (
        " " in owner.name.strip() and _given_near(text, near, initials(owner.name))
    )


def headline_owner_verdicts(ctx: Context) -> Iterator[Verdict]:
    """``warn`` for headline quoted words the headline gives to one person and the body quotes only
    from others (preconditions in the module docstring)."""
    title = ctx.headline
    if title is None:
        return
    report = ctx.report
    text = report.document.text
    body = Span(title.end, len(text))
    quotes = [q for q in report.quotes if q.kind is not QuoteKind.INDIRECT and body.contains(q.span)]
    for match in HEADLINE_QUOTE.finditer(text, title.start, title.end):
        words = match.group(1).strip().strip(".,;:!?…").strip()
        tokens = re.findall(r"[\w’'-]+", words)
        if len(tokens) <= SCARE_WORDS:
            continue
        found = _owner_phrase(ctx, title, match)
        if found is None or len(found[0].split()) > OWNER_WORDS:
            continue
        phrase, start = found
        owner = _named_entity(ctx, Span(start, start + len(phrase)), _proper_names(phrase))
        if owner is None:
            continue
        pattern = re.compile(r"\W+".join(_apostrophes(t) for t in tokens), re.I)
        holders = [q for q in quotes if pattern.search(text, q.span.start, q.span.end)]
        if not holders:
            continue
        speakers = [report.speaker(q.speaker) if q.speaker else None for q in holders]
        if any(s is None or s.kind in (SpeakerKind.ANONYMOUS, SpeakerKind.OFFICE) for s in speakers):
            continue
        if any(
            _tied(text, speaker, owner, _paragraph(text, quote.span.start))
            for quote, speaker in zip(holders, speakers, strict=True)
            if speaker is not None
        ):
            continue
        others = ", ".join(dict.fromkeys(s.name for s in speakers if s is not None))
        yield Verdict(
            Status.WARN,
            f"headline gives '{words}' to {phrase}; the body quotes {others} saying it",
            details=(
                f"The headline names {phrase} ({owner.name}) as the speaker of '{words}'. The body quotes "
                f"those words from {others}, and neither that speaker's name, role or organisation nor "
                f"the paragraphs around the quote name {owner.name}."
            ),
            # the words, the quotes holding them, and who is named for them: the headline's owner
            # phrase and the body's mentions of the speakers (where a reader looks to compare them)
            evidence=[
                Span(match.start(1), match.end(1)),
                *(q.span for q in holders),
                Span(start, start + len(phrase)),
                *(q.mention for q in holders if q.mention is not None),
            ],
            data={"check": "headline-owner", "quoted_words": words, "owner": phrase, "speakers": others},
        )
