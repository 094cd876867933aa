"""A headline that says who said its claim with a verb: "Witness says accused never braked",
"Teens sleep less than a decade ago, study finds", "Poland will not take migrants, says party leader".

:mod:`~factcheck.extraction.headline_reading` reads a headline's speaker for the claims and makes
a quote of it only for a person named beyond the headline, or a poll before a colon.  A verb of
saying or finding between the speaker and the claim is evidence enough on its own: whoever the
speaker is (a body, "police", an unnamed witness, "a study"), the claim is attributed, not the
writer's.  Colon headlines ("Rugby: Foster backs forwards") stay with the reader of those.
"""

from __future__ import annotations

import re

import attrs

from factcheck.extraction.extraction_state import _Extraction
from factcheck.extraction.headline_reading import STATEMENT_WORDS, _named_beyond
from factcheck.extraction.labels import KICKERS, SECTION_LABELS
from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.phrases import parse_phrase
from factcheck.extraction.reported import Attribution
from factcheck.model import Span

_VERB = r"(?:[Ss]ays|[Ss]ay|[Ss]aid|[Ff]inds|[Ff]ind|[Ff]ound|[Ww]arns|[Cc]laims)"
#: "Speaker says claim" (a topic after the verb is no claim: "Union warns of strike").
SAYS_BEFORE = re.compile(
    r"^(?P<who>[^:,;“”\"‘’']{2,60}?)\s+(?P<cue>" + _VERB + r")\s+"
    r"(?!(?i:of|about|against|on|over|no|yes|goodbye|sorry|thanks)\b)"
    r"(?P<claim>.{8,}?)\s*(?:[.;!?](?:\s.*)?)?$"
)
#: "claim, speaker says" and "claim, says speaker" (a second headline may follow a semicolon).
SAYS_AFTER = re.compile(
    r"^(?P<claim>.{8,}?),\s+(?:(?P<who>[^,;:]{2,60}?)\s+(?P<cue>" + _VERB + r")"
    r"|(?P<cue2>[Ss]ays|[Ss]ay|[Ss]aid)\s+(?P<who2>[^,;:]{2,60}?))"
    r"\s*(?:[.!?]|[;:]\s.*|;)?$"
)
#: A headline's own opening quotation before a colon ("‘I lost 4st’: eating late piles on the
#: pounds, say researchers"): the claim is what follows it.
_LEAD = re.compile(r"^.*[’”'\"]\s*:\s+")
#: What a study or survey found is attributed to it even when no one is named.
FINDERS = frozenset(
    {"study", "survey", "report", "research", "researchers", "poll", "analysis", "review", "data", "audit"}
)


@attrs.frozen
class HeadlineSayer:
    """A headline's claim and the attribution a verb in the headline gives it."""

    claim: Span
    attribution: Attribution
    speaker: str | None


def read_headline_sayer(ex: _Extraction) -> HeadlineSayer | None:
    """Read "who says claim" or "claim, who says" in the headline (None when it is not one);
    the speaker is resolved here, before the body is read, as a headline's speaker is."""
    title = ex.lay.title
    if title is None:
        return None
    words = title.of(ex.text)
    match = SAYS_AFTER.match(words) or SAYS_BEFORE.match(words)
    if match is None:
        return None
    who = "who" if match.group("who") is not None else "who2"
    cue = "cue" if match.group("cue") is not None else "cue2"
    claim_start, claim_end = match.span("claim")
    lead = _LEAD.match(words[claim_start:claim_end])
    if lead is not None:
        claim_start += lead.end()
    claim_end = claim_start + len(words[claim_start:claim_end].rstrip(" .;!?"))
    if claim_end - claim_start < 8 or not re.search(r"\w", words[claim_start:claim_end]):
        return None
    who_words = match.group(who).strip()
    if who_words.upper() in KICKERS or any(w in SECTION_LABELS for w in who_words.upper().split()):
        return None
    start = title.start + match.start(who)
    phrase = parse_phrase(ex.text, start, title.start + match.end(who))
    verb = match.group(cue).lower()
    finding = who_words.split()[-1].lower() in FINDERS
    before = match.start(who) < match.start("claim")
    if verb.startswith("f") and (
        not finding or (before and not STATEMENT_WORDS.search(words[claim_start:claim_end]))
    ):
        return None  # "Syrians find a home", "Researchers find exposed database": a thing found, no claim
    speaker = None
    if phrase is None:
        if not finding:
            return None  # "Bank holds rate but warns …", "Tech startup says …": no speaker read
        phrase = Phrase(span=Span(start, title.start + match.end(who)), kind="anonymous")
    elif phrase.kind in ("pronoun", "organisation"):
        return None  # a body's headline ("UNHCR Says Refugee Numbers Highest") is the story's topic
    elif phrase.kind == "person" and " " not in who_words and who_words not in ex.text[title.end :]:
        return None  # "Witness says …": a common noun capitalised, a person the story never names
    else:
        speaker = ex.registry.resolve(phrase, ex.text, forward=True)
    cue_span = Span(title.start + match.start(cue), title.start + match.end(cue))
    attribution = Attribution(phrase, verb, cue_span, kind="found" if finding else None)
    return HeadlineSayer(Span(title.start + claim_start, title.start + claim_end), attribution, speaker)


def add_headline_sayer(ex: _Extraction, sayer: HeadlineSayer | None, settled: dict[Span, str]) -> None:
    """Add the headline's attributed claim to the indirect speech, unless a reader took it."""
    if sayer is None or any(content.overlaps(sayer.claim) for content, _, _ in ex.indirect):
        return
    speaker = sayer.speaker or settled.get(sayer.attribution.phrase.span)
    title = ex.lay.title
    if (
        sayer.attribution.phrase.kind == "person"
        and title is not None
        and not _named_beyond(ex, speaker, title)
    ):
        return  # "Witness says …" read as a person called Witness whom the story never names
    ex.indirect.append((sayer.claim, sayer.attribution, speaker))
