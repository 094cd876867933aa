"""A headline read for its claim and speaker: "Speaker: claim" and "Speaker Says claim"
headlines, kickers and findings ("Poll: …"), and whether the headline's speaker is named beyond
it.  :func:`factcheck.extraction.pipeline.run` calls these once per document.
"""

from __future__ import annotations

import re

import attrs

from factcheck.extraction.antecedents import note_bodies
from factcheck.extraction.extraction_state import _Extraction
from factcheck.extraction.labels import (
    HEADLINE_FINDINGS,
    HEADLINE_SAYS,
    HEADLINE_SAYS_AFTER,
    KICKERS,
    SECTION_LABELS,
)
from factcheck.extraction.phrases import parse_phrase
from factcheck.extraction.reported import Attribution
from factcheck.extraction.speaker_words import COUNTRIES
from factcheck.model import (
    Span,
    SpeakerKind,
)


def _headline(ex: _Extraction) -> None:
    """Read an attributed headline: "Speaker: claim", "Speaker Says claim", "claim, speaker says"."""
    title = ex.lay.title
    if title is None:
        return
    words = title.of(ex.text)
    colon = words.find(":")
    forms: list[tuple[tuple[int, int], tuple[int, int]]] = []
    rest = words[colon + 1 :]
    if 0 < colon < 60 and re.search(r"\w", rest):  # "Okafor:" alone states nothing
        forms.append(((0, colon), (colon + 1 + len(rest) - len(rest.lstrip()), len(words))))
    for pattern in (HEADLINE_SAYS, HEADLINE_SAYS_AFTER):
        match = pattern.match(words)
        if match:
            forms.append((match.span("who"), match.span("claim")))
    for (who_start, who_end), (claim_start, claim_end) in forms:
        # the cue: the colon, or "Says" between the speaker and the claim or after both
        cue_end = claim_start if claim_start >= who_end else len(words)
        cue_start = who_end + len(words[who_end:cue_end]) - len(words[who_end:cue_end].lstrip())
        cue_end = cue_start + len(words[cue_start:cue_end].rstrip(" .!?"))
        cue = words[cue_start:cue_end].strip(" ").lower()
        phrase = parse_phrase(ex.text, title.start + who_start, title.start + who_end)
        if phrase is not None and (phrase.name or "").lower() in COUNTRIES:
            continue  # "Indonesia: Initial Tests Show …": a place line, not a speaker
        kicker = words[who_start:who_end].strip().upper()
        if kicker in KICKERS or any(w in SECTION_LABELS for w in kicker.split()):
            continue  # "Factbox: …", "Exclusive: …": a label of the story, not a speaker
        if phrase is not None and phrase.kind not in ("pronoun", "anonymous"):
            claim = Span(title.start + claim_start, title.start + claim_end)
            speaker = ex.registry.resolve(phrase, ex.text, forward=True)
            ex.headline_claims.append((claim, speaker, phrase))
            ex.headline_cue = Attribution(phrase, cue, Span(title.start + cue_start, title.start + cue_end))
            note_bodies(ex.text, ex.registry, claim, [phrase.span], acronyms_only=True)
            return
    ex.headline_claims.append((title, None, None))
    note_bodies(ex.text, ex.registry, title, [], acronyms_only=True)


def _headline_quote(ex: _Extraction, settled: dict[Span, str]) -> None:
    """A headline that gives a named person's claim ("Trump: Clinton Should Have Called") is
    that person's reported speech; a body, a place or a kicker before the colon is not, nor a
    word alone that the body never names ("Obituary: …", "Wow: …"), as with a colon lead-in."""
    attribution = ex.headline_cue
    if attribution is None or not ex.headline_claims or (title := ex.lay.title) is None:
        return
    claim, speaker, phrase = ex.headline_claims[0]
    speaker = speaker or (settled.get(phrase.span) if phrase is not None else None)
    entry = next((e for e in ex.registry.entries if e.id == speaker), None)
    named = _named_beyond(ex, speaker, title)
    said = attribution.cue != ":" or STATEMENT_WORDS.search(claim.of(ex.text)) is not None
    # a post before the colon ("Mayor: Most power back by Sunday") names who speaks, not whom the
    # headline is about, as a name may ("Jeremy Corbyn: Labour Leader Faces Fresh Revolt")
    said = said or (phrase is not None and phrase.kind == "descriptor")
    if entry is not None and entry.kind is SpeakerKind.PERSON and named and said:
        ex.indirect.append((claim, attribution, speaker))
    elif attribution.cue == ":" and attribution.phrase.span.of(ex.text).lower() in HEADLINE_FINDINGS:
        # "Poll: Clinton and Trump in dead heat": what a poll or a report found, no one's words
        ex.indirect.append((claim, attrs.evolve(attribution, kind="found"), None))


#: Words that make a colon headline's words a statement of its speaker's ("Trump: Clinton Should
#: Have Called Me", "Cruz: ‘I Fear The Same’"): a first person, a modal or a form of "be" or
#: "have", or quotation marks.  Without them the words describe the person ("Jeremy Corbyn:
#: Labour Leader Faces Fresh Revolt", "Joe Biden: A Life in Politics"), as UK and Indian
#: outlets write a headline about someone.
STATEMENT_WORDS = re.compile(
    r"[“”\"‘’']\w|\b(?:I|I’m|I'm|I’ll|I'll|I’ve|I've|[Mm]e|[Mm]y|[Ww]e|[Ww]e’re|[Ww]e're|[Oo]ur|[Uu]s|"
    r"[Ww]ill|[Ww]ould|[Ss]hould|[Mm]ust|[Cc]an|[Cc]ould|[Mm]ay|[Mm]ight|[Ww]on’t|[Ww]on't|[Cc]an’t|[Cc]an't|"
    r"[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Hh]as|[Hh]ave|[Nn]eed|[Nn]eeds|[Nn]ot|[Nn]ever|[Dd]on’t|[Dd]on't)\b"
)


def _named_beyond(ex: _Extraction, speaker: str | None, title: Span) -> bool:
    """True for a speaker that is no person, or one with a full name, or one the body names too:
    a word alone before a headline's colon that the body never names ("Obituary:", "Wow:") is no
    one ("UNHCR Says …" is a body, whatever the body calls it)."""
    entry = next((e for e in ex.registry.entries if e.id == speaker), None) if speaker else None
    if entry is None:
        return False
    if entry.kind is not SpeakerKind.PERSON:
        return True
    return " " in entry.name or any(not title.contains(m) for m in entry.mentions)
