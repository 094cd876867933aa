"""A threshold set by rules stands through the months: what the restatement check asks of two.

"… if he does not secure the 1,237 delegates needed to win outright" at "the July confab" and "He
lost badly in Wisconsin earlier this month, and now needs 61 percent of remaining delegates to
reach 1,237" name one threshold, though their sentences name different months: the count to win
is fixed by the rules, not by when it is told (round 7; docs/checkers/numeric.md,
"Restatements"). Two things still part two thresholds: a gap still to close ("needs 400 more
delegates to clinch", "fell 43 delegates short of", and a figure right after "needs", which is
often one: "In March the Oilers needed 14 points to clinch"), which shrinks as the months pass, and
different years ("In 2008, a Democrat needed 2,118 delegates to win" / "This year a candidate
needs 2,383 delegates to win"), since the rules change between contests.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

__all__ = ["defined_after", "is_gap", "same_years", "target_noun"]

#: Words after a figure (within its noun phrase) that make it a gap still to close.
_GAP_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:more|additional|further|fewer|short)\b", re.I)
#: Words right before a figure that make it a gap ("another 300", "an additional 300"), or a need
#: that may be one: "Clinton needs 571 delegates to clinch" is often what she still lacks, and it
#: shrinks as the months pass ("the 2,383 delegates needed", "to reach 2,383" name the threshold).
_GAP_BEFORE = re.compile(
    r"\b(?:another|additional|further|extra|remaining|need(?:s|ed)?(?:\s+(?:just|only|about|roughly))?)\s+$",
    re.I,
)
#: Years a sentence names: "2008", "this year", "last year".
_YEARS = re.compile(r"\b(?:(?:19|20)\d\d|(?:last|this|next|previous)\s+year)\b", re.I)


#: A target told after the share of a noun it needs ("needs 61 percent of remaining delegates to
#: reach 1,237"): the target counts that noun.
_TARGET = re.compile(
    r"\bneed(?:s|ed)?\s+[^.;:!?]{0,40}?\bof\s+(?:the\s+)?(?:remaining\s+|outstanding\s+)?([a-z]+s)"
    r"\s+(?:left\s+|still\s+available\s+)?to\s+(?:reach|get\s+to|hit)\s+$"
)


def target_noun(text: str, start: int, figure: Figure) -> str:
    """The noun a target counts when it is told without one, after the share of that noun needed
    to reach it (read from ``start``, the figure's clause): "needs 61 percent of remaining
    delegates to reach 928" counts delegates; "" when the text says no such thing."""
    found = _TARGET.search(text, max(start, figure.span.start - 120), figure.span.start)
    return found.group(1) if found else ""


#: A sentence that says what the figure ending the sentence before counts ("… the big number:
#: 1,237. That's the number of delegates that you need to win").
_DEFINED = re.compile(
    r"[.!?]?[”\"]?\s+(?:That|This)(?:['’]s|\s+is)\s+(?:the\s+)?(?:number|count|total)\s+of\s+([a-z]+s)\b[^.!?]{0,60}"
)


def defined_after(text: str, figure: Figure) -> tuple[str, str]:
    """When a figure ends its sentence and the next sentence says what it counts ("the big
    number: 990. That's the number of delegates that you need to win"): that noun, and the
    words of that sentence up to 60 characters past it (where the figure's role is read);
    empty strings otherwise."""
    found = _DEFINED.match(text, figure.span.end)
    return (found.group(1), found.group(0)) if found else ("", "")


def is_gap(text: str, figure: Figure) -> bool:
    """True when the figure counts what is still missing ("400 more delegates", "43 delegates short
    of", "another 300 votes"), or may ("Clinton needs 571 delegates to clinch"), not the threshold
    itself."""
    after = text[figure.span.end : figure.span.end + 40]
    return bool(_GAP_AFTER.match(after)) or bool(
        _GAP_BEFORE.search(text[max(0, figure.span.start - 20) : figure.span.start])
    )


def same_years(a_words: str, b_words: str) -> bool:
    """True when two sentences (lower-case text) name the same years, or none: "2008" and "this
    year" are two contests."""
    return {" ".join(m.split()) for m in _YEARS.findall(a_words)} == {
        " ".join(m.split()) for m in _YEARS.findall(b_words)
    }
