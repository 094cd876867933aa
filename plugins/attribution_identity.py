"""The ``attribution`` checker's identity and insertion checks: one person, one set of roles
("the finance minister" and "the interior minister" for one name is two people taken for one, or a
wrong title), and the writer's bracketed insertions inside quotes (docs/checkers/attribution.md).

Split from :mod:`.attribution_speaker`, which keeps who said each quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.model import Span, Speaker, SpeakerKind, Status, Verdict, statement_id

from .attribution_context import Context
from .attribution_descriptors import before_the_name, in_own_words
from .attribution_rules import insertions, role_conflicts
from .attribution_text import PERSON_NOUNS, PRONOUNS

__all__ = ["FRAGMENT", "identity_verdicts", "insertion_verdicts"]

# ------------------------------------------------------------------ one speaker, one identity

DETERMINER = re.compile(r"^(?:the|a|an|this|that)\s+", re.I)


#: Words no title holds: a role with one is a fragment of a sentence ("It is possible Justice").
FRAGMENT = re.compile(r"\b(?:is|was|are|were|be|after|before|possible|even|when|if|that|it)\b")


def _roles_with_spans(ctx: Context, speaker: Speaker) -> list[tuple[str, Span | None]]:
    """Every role the article gives a person: its roles, and descriptor mentions ("the foreign minister")."""
    out: list[tuple[str, Span | None]] = []
    name_words = {w.lower() for w in speaker.name.split()}
    for role in speaker.roles:
        if FRAGMENT.search(role):
            continue  # "It is possible Justice": words of a sentence, not a title
        span = next((m for m in speaker.mentions if role in ctx.report.words(m)), None)
        out.append((role, span))
    for mention in speaker.mentions:
        words = ctx.words(mention)
        lowered = words.lower()
        tokens = re.findall(r"[\w’'.-]+", lowered)
        if not tokens or lowered in PRONOUNS or name_words & set(tokens):
            continue
        if tokens[-1] not in PERSON_NOUNS:
            continue
        if before_the_name(ctx.report.document.text, speaker, mention):
            continue  # "Rhineland-Palatinate's interior minister said …" before anyone is named: a guess
        if in_own_words(ctx.report, speaker, mention):
            continue  # "Bordoloi said the Union Home Minister had called him": another person
        role = DETERMINER.sub("", words)
        if all(role.lower() != r.lower() for r, _ in out):
            out.append((role, mention))
    return out


def identity_verdicts(ctx: Context) -> Iterator[Verdict]:
    """``warn`` when two roles given to one person contradict each other."""
    for speaker in ctx.report.speakers:
        if speaker.kind is not SpeakerKind.PERSON:
            continue
        roles = _roles_with_spans(ctx, speaker)
        spans = dict(roles)
        for first, second, reason in role_conflicts([r for r, _ in roles]):
            evidence = [s for s in (spans.get(first), spans.get(second)) if s is not None]
            yield Verdict(
                Status.WARN,
                f"{speaker.name} is called both '{first}' and '{second}'",
                details=(
                    f"The article gives {speaker.name} two roles that cannot both be right: {reason}. "
                    "Either a title is wrong or two people were taken for one."
                ),
                evidence=evidence,
                data={"check": "identity", "speaker": speaker.id, "roles": [first, second], "reason": reason},
            )


# ------------------------------------------------------------------ editorial insertions


def insertion_verdicts(ctx: Context) -> Iterator[Verdict]:
    """``info`` for each bracketed insertion inside a direct or partial quote."""
    report = ctx.report
    for quote in report.quoted():
        speaker = report.speaker(quote.speaker)
        who = speaker.name if speaker is not None else "the speaker"
        for span, words, kind in insertions(report.words(quote.span), quote.span.start):
            square = kind == "square"
            yield Verdict(
                Status.INFO,
                f"editorial insertion {ctx.words(span)} in {who}'s quote"
                + ("" if square else " (probably the writer's)"),
                claim=ctx.claim_of_quote.get(statement_id(quote.id)),  # "q3.1": the claim of q3
                details=(
                    f"The words '{words}' stand in {kind} brackets inside the quote: "
                    + (
                        "they are the writer's, not the speaker's, so the quote was edited."
                        if square
                        else "speech has no brackets, so they are most likely the writer's gloss."
                    )
                ),
                evidence=[span, quote.span],
                data={
                    "check": "insertion",
                    "quote": quote.id,
                    "speaker": quote.speaker,
                    "words": words,
                    "brackets": kind,
                },
            )
