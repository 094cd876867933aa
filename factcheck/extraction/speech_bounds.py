"""Where a reported clause ends: cut before a later cue of the same sentence (", noting that …",
"… while the World Health Organization says …"), and no clause that holds its own speaker.
:func:`factcheck.extraction.speech.reported_speech` applies both to what it found.
"""

from __future__ import annotations

import re

import attrs

from factcheck.extraction.reported import Reported, _trim


def holds_its_speaker(text: str, reported: Reported) -> bool:
    """True when the content is or holds the subject it is credited to: it starts with its own
    speaker ("The owner, who pleaded guilty last year, testified against him") or ends with it
    ("Her opponent, pastor James Whitfield, sees it differently"): no words of theirs."""
    phrase, content = reported.attribution.phrase.span, reported.content
    if not content.start <= phrase.start < content.end:
        return False
    # '"They'd be wrong," Michael Briggs, a spokesman for Sanders, said': the name and its appositive
    apposed = (
        text[content.start] in '“"‘'
        and re.fullmatch(r"\s*,\s*(?:a|an|the)\s[^,]*,?\s*", text[phrase.end : content.end]) is not None
    )
    return content.end <= phrase.end or apposed or not text[content.start : phrase.start].strip(" “‘\"'")


def cut_before_later_cues(text: str, reported: Reported, found: list[Reported]) -> Reported:
    """End a reported clause before a later cue of the same sentence: at the comma before it
    (", noting that …"), or else where that cue's speaker begins, dropping the conjunction that
    joins them ("… related deaths while the World Health Organization says …")."""
    for other in found:
        cue = other.attribution.cue_span
        subject = other.attribution.phrase.span.start
        later = min(cue.start, subject) if subject > reported.content.start else cue.start
        if other is not reported and reported.content.start < later < reported.content.end:
            # the last comma before it that is not inside a number ("3,000")
            commas = [m.start() for m in re.finditer(r",(?!\d)", text[reported.content.start : later])]
            cut = reported.content.start + commas[-1] if commas else -1
            if cut == -1 and reported.content.start < subject < cue.start:
                named = NAME_BEFORE_ACRONYM.search(text, max(reported.content.start, subject - 120), subject)
                begin = named.start() if named else subject  # "the World Health Organization (WHO)"
                joint = JOINT_BEFORE.search(text, reported.content.start, begin)
                # no comma and no conjunction before it: the later attribution is nested in this
                # clause ("he hoped that the attorney general would announce one"), not after it
                cut = joint.start() if joint else -1
            trimmed = _trim(text, reported.content.start, cut) if cut != -1 else None
            if trimmed is not None:
                return attrs.evolve(reported, content=trimmed)
    return reported


#: The name before a speaker given as an acronym in brackets: "the World Health Organization (".
NAME_BEFORE_ACRONYM = re.compile(
    r"(?:\b[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+(?:(?:of|for|and|on|the)\s+)*)*[A-Z][\w’'.-]*\s*\($"
)
#: A conjunction right before a second speaker: "…, while the WHO says …".
JOINT_BEFORE = re.compile(r"\s+(?:while|whereas|but|and|as)\s+$", re.I)
