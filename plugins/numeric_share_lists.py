"""Shares of one whole told as a list in one sentence: "88.2% of all doses given have been
Covishield, 13.6% have been Covaxin and 0.2% have been Sputnik V".

The first share names its whole ("of all doses given"); the others leave it out and repeat the
first one's verb of being ("have been", "were", "went to"): each share is one exclusive part of
that whole, so together they fit in 100%. Read only when (docs/checkers/numeric.md, "a list of
shares"):

* there are at least three shares, each marked as a share, in one sentence, the first followed by
  "of" and its whole, none of the others by "of" or "among" (a group of its own);
* between two shares stand only list words (a comma, "and", the name of the part), no other figure
  and no word of change or comparison ("from", "up", "down", "than", "points");
* every share after the first is followed by the same verb of being or going, which the first
  share's clause has too; a verb of opinion or possession ("said", "support", "have a car") makes
  answers that may overlap, and is not read.

A list led by its whole is read too ("Of the land burned, 46 per cent was grassland, 38 per cent
shrubland and 16 per cent forest", fault20): three or more shares right after "Of the W,", the
first told with a verb of being or coming ("was", "were in", "came from"), each later one with the
same verb or none (its ellipsis), no share followed by a verb of its own ("35 per cent named").

The judgement is the share-sum check's, capped at ``warn``: which parts a list holds is read,
not stated.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_stated import PERCENT_MARK
from .numeric_text import Relation, TextIndex

__all__ = ["share_lists"]

#: A share's own mark right after its number ("88.2% of", "13.6 per cent have been").
_MARK = r"\s*(?:%|per\s*cent|percent)?\s*"
#: The verbs of being or going that make a share one exclusive part of its whole.
_BEING = re.compile(_MARK + r"(have\s+been|had\s+been|were|was|are|is|went\s+to|came\s+from)\b")
#: Words between two shares that say they are not parts of one list.
_NOT_LIST = re.compile(
    r"\b(?:from|up|down|than|points?|rose|fell|increase|decrease|compared|while|whereas|but|of|among)\b"
    r"|\d",
    re.I,
)


def share_lists(index: TextIndex) -> list[Relation]:
    """The "share-sum" relations of lists of shares of one named whole in one sentence."""
    text = index.text
    found: list[Relation] = []
    by_sentence: dict[int, list[Figure]] = {}
    for figure in index.figures:
        if figure.is_percent and PERCENT_MARK.search(figure.span.of(text)):
            by_sentence.setdefault(index.sentence_of(figure.span), []).append(figure)
    for shares in by_sentence.values():
        if len(shares) < 3:
            continue
        first, rest = shares[0], shares[1:]
        after_first = text[first.span.end : rest[0].span.start]
        if not re.match(_MARK + r"of\b", after_first, re.I):
            continue  # the first share names the whole
        verbs = [_BEING.match(text, f.span.end) for f in rest]
        said = {re.sub(r"\s+", " ", v.group(1).lower()) for v in verbs if v is not None}
        if len(said) != 1 or any(v is None for v in verbs):
            continue  # each part told with the same verb of being
        verb = said.pop()
        whole = re.match(
            _MARK + r"of\s+(.+?)\s+" + verb.replace(" ", r"\s+") + r"\b",
            after_first,
            re.I,
        )
        if whole is None:
            continue  # … which the first share's clause has too, right after its whole
        # what stands between two parts, past the verb each is told with ("came from gas and ")
        pairs = zip(verbs[:-1], rest[1:], strict=True)
        gaps = [text[v.end() : b.span.start] for v, b in pairs if v is not None]
        if any(_NOT_LIST.search(gap) for gap in gaps) or any("," not in g and " and " not in g for g in gaps):
            continue
        found.append(
            Relation(
                "share-sum",
                (("share", tuple(f.id for f in shares)),),
                "a list of shares",
                None,
                (("whole", whole.group(1)), ("listed", True)),
            )
        )
    for number, shares in by_sentence.items():
        listed = _led_list(index, number, shares)
        if listed is not None:
            found.append(listed)
    return found


#: A sentence led by its whole: "Of the land burned, …", "Of those accommodated, …", "Of the 3,940
#: students, …".
_LEAD = re.compile(
    r"\s*[\"“]?(?:Of|Out\s+of)\s+(?:the|those|these|all)\s+"
    r"(?P<whole>(?:[^,.;:]|(?<=\d)[,.](?=\d)){3,60}),\s*"
)
#: After the first share of a led list: a verb of being or coming, and the preposition it may take.
_LEAD_VERB = re.compile(_MARK + r"(was|were|are|is|came|come|went|go)\b(?:\s+(in|from|to|at|on))?", re.I)
#: After a later share: its own verb (or none, "38 per cent shrubland"), then the preposition, if any.
_LATER = re.compile(_MARK + r"(?:(?:was|were|are|is|came|come|went|go)\s+)?(?:(in|from|to|at|on)\b)?", re.I)
_BEING_WORD = re.compile(r"\b(?:was|were|are|is|came|come|went|go)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _led_list(index: TextIndex, number: int, shares: list[Figure]) -> Relation | None:
    """ "Of the land burned, 46 per cent was grassland, 38 per cent shrubland and 16 per cent forest":
    three or more shares after a lead naming their whole, the first told with a verb of being or
    coming, the others with the same verb, or with none (its ellipsis), and only list words between."""
    text = index.text
    sentence = index.sentences[number]
    lead = _LEAD.match(text, sentence.start)
    if lead is None or len(shares) < 3 or shares[0].span.start != lead.end():
        return None
    among = [f for f in index.figures_of_sentence(number) if f.span.start > shares[0].span.start]
    if any(f not in shares and not _YEAR.fullmatch(f.span.of(text)) for f in among):
        return None  # another figure among the shares (a year of a part's own words aside)
    first = _LEAD_VERB.match(text, shares[0].span.end)
    if first is None:
        return None
    preposition = (first.group(2) or "").lower()
    ends = [first.end()]
    for share in shares[1:]:
        later = _LATER.match(text, share.span.end)
        if later is None or (later.group(1) or "").lower() not in ("", preposition):
            return None
        following = text[later.end() : later.end() + 30].split()
        bare = later.group(1) is None and not _BEING_WORD.search(later.group(0))
        if bare and following and following[0].lower().endswith("ed"):
            return None  # "35 per cent named …": a verb of its own, answers that may overlap
        ends.append(later.end())
    for end, share in zip(ends[:-1], shares[1:], strict=True):
        gap = _YEAR.sub("", text[end : share.span.start])
        if _NOT_LIST.search(gap) or ("," not in gap and " and " not in gap):
            return None
    return Relation(
        "share-sum",
        (("share", tuple(f.id for f in shares)),),
        "a list of shares",
        None,
        (("whole", lead.group("whole")), ("listed", True)),
    )
