"""Ages in an aside with "now": "His father, now 76, sat in the front row", "said Reyes, now 34
and a coach".

The appositive age ("Smith, 45, said") is no figure (:mod:`factcheck.extraction.figure_filter`);
the same aside with "now" before the age is an age too: a whole number under 125 right after
", now", after a name or a word for a person, and before a comma, a bracket, the end of the
sentence or "and" with what the person is now.  A marked number ("now 34%", "now $76") is no age.
"""

from __future__ import annotations

from factcheck.extraction.figure_context import PERSON_NOUNS
from factcheck.extraction.tokens import TokenView

__all__ = ["age_now"]

#: Signs that may end the aside.
_ENDS = frozenset({",", ")", ".", ";", "\u2014", "\u2013"})


def age_now(view: TokenView, first: int, last: int, value: float) -> bool:
    """True when the number at ``first``..``last`` is the age in ", now 76," after a name or a
    person (see the module's docstring)."""
    if first != last or value != int(value) or not 0 < value < 125:
        return False
    if view.word(first - 1) != "now" or view.raw(first - 2) != ",":
        return False
    after = view.raw(last + 1)
    if after not in _ENDS and view.word(last + 1) != "and":
        return False
    holder = first - 3
    if holder < 0 or view.toks[holder].kind != "word":
        return False
    word = view.raw(holder)
    if word.lower() in PERSON_NOUNS:
        return True
    # a name, not a capitalised word opening the sentence ("Output, now 76, rose")
    opens = (
        holder == 0
        or view.raw(holder - 1) in (".", "!", "?", "\u201c", '"')
        or "\n" in view.text[view.toks[holder - 1].end : view.toks[holder].start]
    )
    return word[:1].isupper() and word.isalpha() and not word.isupper() and not opens
