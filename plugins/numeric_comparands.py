"""A stated multiple names what it compares with: maybe not the sentence's two figures (round alarm19).

"A couple using 40,000 kWh would receive subsidised gas for 32,000 kWh, twice the volume of the
benchmark family": the multiple's comparand is "the volume of the benchmark family", told in an
earlier sentence, not the couple's own 40,000 kWh; and "The fee, about £30 million at an exchange
rate of 86 pence to the euro, is almost three times the €12 million the club paid": the comparand
is the €12 million, a figure of another currency, not the rate.  The stated-multiples rule
(:mod:`.numeric_stated`) took the only two figures of one kind in each sentence.

After "double / twice / N times" and "the", "its", "their", "his", "her" or "of the", the words
up to the clause's end are the **comparand**.  The multiple is not between the sentence's two figures when

* the comparand holds a figure that is neither of the two ("three times the €12 million …"), or
* both figures stand before the multiple, it is told with "the", "its", "their", "his" or "her"
  (not "twice as many", whose comparand may go unsaid), the comparand holds no figure, and it
  names something the sentence has not told: a word of its "of" phrase (whose quantity it is:
  "twice the volume of the benchmark family", "the herd of an average family farm") is not
  written in the sentence before the multiple, or, with no "of" phrase, none of its words of three
  letters or more is.

"… now keeps 600 cows, twice the herd of its first season" after "240 cows in its first season"
names the earlier figure's words and is still judged, as is "twice the 240 cows it kept".
"""

from __future__ import annotations

import re

from factcheck.model import Figure, Span

from .numeric_text import TextIndex

__all__ = ["comparand_elsewhere"]

#: The comparand runs to the first comma, semicolon, colon or dash.
_END = re.compile(r"[,;:—–]|\s-\s")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{2,}|\d{4}")
#: The multiple names a thing of its own: "twice the", "three times its", "double their".
_DEFINITE = re.compile(r"\b(?:the|its|their|his|her)\s*$", re.I)
#: "the volume of the benchmark family": the "of" phrase names whose quantity the comparand is.
_OWNER = re.compile(r"\bof\s+(.+)$", re.S)
_STOP = frozenset(
    """the and for with that this those these its their his her our from into than was were been
    being has have had are not but all any one who whom which what when where while""".split()
)


def comparand_elsewhere(
    index: TextIndex, multiple: Span, sentence: Span, pair: tuple[Figure, Figure]
) -> bool:
    """True when the words after the multiple ``multiple`` name a comparand that is not one of
    ``pair``: another figure, or a quantity the sentence has not told."""
    text = index.text
    end = _END.search(text, multiple.end, sentence.end)
    stop = end.start() if end is not None else sentence.end
    inside = [
        index.figures[p] for p in index.figures_from(multiple.end, stop) if index.figures[p].span.end <= stop
    ]
    ids = {f.id for f in pair}
    if inside:
        return inside[0].id not in ids
    if any(f.span.start >= multiple.start for f in pair):
        return False
    if not _DEFINITE.search(text, multiple.start, multiple.end):
        return False  # "twice as many": the comparand may be left unsaid
    before = text[sentence.start : multiple.start].lower()
    comparand = text[multiple.end : stop]
    owner = _OWNER.search(comparand)
    words = {w.lower() for w in _WORD.findall(owner.group(1) if owner else comparand)} - _STOP
    told = [re.search(rf"\b{re.escape(w)}", before) is not None for w in words]
    # "the herd of an average family farm": a word of the owner the sentence has not told names
    # another holder; without an owner, no word of the comparand may have been told
    return bool(words) and (not all(told) if owner else not any(told))
