"""Shares of one whole closed by the rest: "Forty-six percent said danfo minibuses, 31% said private
cars and 19% said BRT buses. The remaining 12% rely on motorcycles"; "Mwangi won 54% of the votes,
… his nearest challenger, who took 38%. The remaining two candidates shared 11%"; "… while Hale's
share fell to 45.0%. The other three candidates shared the rest: the Liberal Democrats took 4.2%, …".

"The remaining K%", "the rest", "the other N … shared K%" say that the shares told just before and
the rest make up one whole: together they are 100%, so shares past it (beyond rounding) contradict
the text's own words.  Read only when (docs/checkers/numeric.md, "Shares closed by the rest"):

* the anchor is a share right after "the remaining" / "the rest," / "the other" (or after "the
  remaining/other N <noun> shared/took/won/got/had"), or a colon after "shared/took/split the rest"
  followed by shares;
* the shares before it are levels: marked as shares, not a change ("up 14.6 percentage points",
  "rose 5%", "a rise of 3%"), not the old level of a change ("down from 12.8%"), not a share of a
  part ("of which", "of them"), not the count's progress ("99% of precincts reporting"), not a range;
* they are the ones before the anchor in its own sentence, or, when it holds none, every such share
  of the one sentence before; at least one, and none naming after "of" a whole another names
  differently;
* no one of them, left out, makes the others and the rest add up to 100% (within half a point a
  share): that share is then of another whole ("with turnout at 38%", "while 62% said they had
  heard of it"), not a slip.

Judged by the share-sum check (``extra["rest"]``), capped at ``warn``: which shares the rest closes is
read, not stated; a sum under 100% is not judged (a share told in words may be left unread).
"""

from __future__ import annotations

import re

from factcheck.model import Figure
from factcheck.word_index import WordGate

from .numeric_stated import PERCENT_MARK
from .numeric_text import Relation, TextIndex, unit_stems

__all__ = ["shares_closed_by_rest", "shares_closed_in_words", "shares_closed_over_sentences"]

#: The words right before a share that make it the rest: "The remaining 12%", "the rest, 9%".
_REST_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:remaining|rest,?|remainder,?|other)\s+(?:(?:\w+\s+){1,3}(?:shared|took|won|got|had|"
    r"split|polled|received)\s+(?:the\s+remaining\s+)?)?$",
    re.I,
)
#: "shared the rest:" then the rest's shares, after the colon.
_REST_COLON = re.compile(r"\b(?:shared|took|split|won|divided)\s+(?:the\s+)?(?:rest|remainder)\s*:", re.I)
_REST_COLON_GATE = WordGate(_REST_COLON)  # tried only in a sentence holding its words
#: Words right before a share that make it a change, a base or a rate, not a level.
_NOT_LEVEL_BEFORE = re.compile(
    r"\b(?:up|down|by|from|rose|fell|grew|dropped|increased|decreased|jumped|climbed|slipped|gained|lost|"
    r"(?:rise|fall|increase|decrease|drop|jump|gain|growth|swing)\s+of|than|compared\s+with)\s*$",
    re.I,
)
_NOT_LEVEL_AFTER = re.compile(
    r"\s*(?:%|per\s*cent|percent)?\s*(?:(?:percentage\s+)?points?|of\s+(?:which|them|whom|those)"
    r"|of\s+(?:the\s+)?\w+\s+(?:counted|reporting|in|tallied|reported|returned))\b",
    re.I,
)
_OF_WHOLE = re.compile(r"\s*(?:%|per\s*cent|percent)?\s+of\s+(?:the\s+|all\s+)?([a-z][\w'’-]*)", re.I)


def _share(index: TextIndex, figure: Figure) -> bool:
    return (
        figure.is_percent
        and figure.range_with is None
        and bool(PERCENT_MARK.search(figure.span.of(index.text)))
    )


def _level(index: TextIndex, figure: Figure) -> bool:
    """A share told as a level of the whole: not a change, a base of a change, a share of a part."""
    return (
        _share(index, figure)
        and not _NOT_LEVEL_BEFORE.search(index.before(figure, 30))
        and not _NOT_LEVEL_AFTER.match(index.text, figure.span.end)
    )


def _one_whole(index: TextIndex, shares: list[Figure]) -> bool:
    """False when two shares name different wholes after "of" ("of the vote", "of households")."""
    named = set()
    for figure in shares:
        match = _OF_WHOLE.match(index.text, figure.span.end)
        if match:
            named.add(frozenset(unit_stems(match.group(1))))
    return len(named) <= 1


def _one_too_many(shares: list[Figure], before: list[Figure]) -> bool:
    """True when leaving out one share told before the rest makes the others add up to 100% within
    their rounding: that share is of another whole ("turnout at 38%", "62% had heard of it"), a
    reading more likely than a slip that adds one share's worth."""
    total = sum(f.value for f in shares)
    slack = 0.5 * len(shares)
    return len(before) > 1 and any(abs(total - f.value - 100) <= slack for f in before)


def shares_closed_by_rest(index: TextIndex) -> list[Relation]:
    """A "share-sum" relation (``rest``) for every group of shares the text closes by "the rest"."""
    text = index.text
    found: list[Relation] = []
    for sentence_number, sentence in enumerate(index.sentences):
        figures = [f for f in index.figures_of_sentence(sentence_number) if not index.in_title(f)]
        rest: list[Figure] = []
        anchor, closing = None, ""
        for figure in figures:
            said = _REST_BEFORE.search(index.before(figure, 80)) if _share(index, figure) else None
            if said is not None:
                rest, anchor = [figure], figure.span.start
                closing = " ".join(said.group(0).split())
                break
        if anchor is None:
            colon = _REST_COLON_GATE.search(text, sentence.start, sentence.end)
            if colon is None:
                continue
            anchor, closing = colon.start(), " ".join(colon.group(0).rstrip(" :").split())
            rest = [f for f in figures if f.span.start > colon.end() and _level(index, f)]
            if len(rest) < 2:
                continue
        before = [f for f in figures if f.span.end <= anchor and _level(index, f)]
        if not before and sentence_number > 0:
            previous = [f for f in index.figures_of_sentence(sentence_number - 1) if not index.in_title(f)]
            before = [f for f in previous if _level(index, f)]
        if not before or not _one_whole(index, before + rest):
            continue
        shares = before + rest
        if _one_too_many(shares, before):
            continue
        found.append(_closed_by_rest(shares, closing))
    return found


#: "…, while the rest named other issues", "and the remainder were undecided": the rest told in
#: words, with no share of its own (round recall22); not "the rest of the country", a place.
_REST_IN_WORDS = re.compile(
    r"(?:,\s*|\s+)(?:while|and|with|whereas)\s+(?:the\s+)?(?:rest|remainder|others)\s+"
    r"(?:(?:either|mostly|largely)\s+)?(?!of\b)(?:\w+ed|said|were|was|are|chose|gave|had|went|did|"
    r"took|picked|backed|cited|named|spoke|fell|came)\b",
    re.I,
)


_YEARS = re.compile(r"\b(?:19|20)\d\d\b")
#: A question that lets one answer name several things: its shares may add past 100%.
_MANY_ANSWERS = re.compile(
    r"\b(?:several|more\s+than\s+one|all\s+that\s+appl(?:y|ied)|any\s+of|each\s+of|which\s+of|multiple)\b",
    re.I,
)
#: The rest told as naming nothing ("while the rest named none"): those who gave no answer at all.
_NONE_AFTER = re.compile(r"\s+(?:none|nothing|neither|no\s+(?:answer|option|project|issue|one))\b", re.I)


#: Periods told in words: "last year", "this year", a month ("In March 52% …, in April 61%").
_PERIODS = re.compile(
    r"\b(?:(?i:(?:last|this|next)\s+(?:year|month|week|quarter|season|spring|summer|autumn|winter))|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def shares_closed_in_words(index: TextIndex) -> list[Relation]:
    """A "share-sum" relation (``rest``) for the shares of one sentence closed by a rest told in words,
    after the last of them ("Some 42 per cent named inflation, 35 per cent unemployment, and 31 per
    cent corruption, while the rest named other issues"): the shares and the rest make one whole,
    so the shares add up to at most 100% (round recall22).  The preconditions of the rest told by a
    share hold (levels, one whole, no share that left out makes the others add up to 100%), at least
    two shares stand before the rest, none after it in the sentence, and the list names at most one
    year (one share a year is no whole); not when the sentence lets an answer name several things
    ("which of several projects", "all that apply") or the rest named nothing ("the rest named none")."""
    text = index.text
    found: list[Relation] = []
    for sentence_number, sentence in enumerate(index.sentences):
        figures = [f for f in index.figures_of_sentence(sentence_number) if not index.in_title(f)]
        shares = [f for f in figures if _level(index, f)]
        if len(shares) < 2:
            continue
        closing = _REST_IN_WORDS.search(text, shares[-1].span.end, sentence.end)
        if closing is None or any(f.span.start >= closing.start() for f in figures):
            continue
        if _REST_BEFORE.search(index.before(shares[-1], 80)):
            continue  # "the remaining 12%": read by shares_closed_by_rest
        if not _one_whole(index, shares) or _one_too_many(shares, shares):
            continue
        if _MANY_ANSWERS.search(text, sentence.start, sentence.end) or _NONE_AFTER.match(text, closing.end()):
            continue  # "which of several projects …", "the rest named none": answers may overlap
        if len(set(_YEARS.findall(text, shares[0].span.start, closing.start()))) > 1:
            continue  # "44% in 2019, 38% in 2020 and 27% in 2021": one share a year, no one whole
        if len({w.lower() for w in _PERIODS.findall(text, sentence.start, closing.start())}) > 1:
            continue  # "Last year 62% …, this year only 55%, while the rest …": two periods (review22)
        found.append(_closed_by_rest(shares, " ".join(closing.group(0).strip(" ,").split())))
    return found


def _run_before(index: TextIndex, sentence_number: int) -> list[Figure] | None:
    """The shares of the sentences right before ``sentence_number`` in its paragraph that, with its
    own, make one list: walking back, each sentence holds level shares and no other figure, and the
    walk ends at the first whose share names its whole after "of" ("accounting for 36 percent of
    national output. Konkola contributed 27 percent, and Mopani 24 percent."); None when it ends
    otherwise (no whole named: "Turnout was 45 percent" is no part of the list)."""
    text = index.text
    paragraph = text.rfind("\n\n", 0, index.sentences[sentence_number].start)
    shares: list[Figure] = []
    for number in range(sentence_number - 1, max(-1, sentence_number - 4), -1):
        if index.sentences[number].start < paragraph:
            return None
        figures = [f for f in index.figures_of_sentence(number) if not index.in_title(f)]
        if not figures or not all(_level(index, f) for f in figures):
            return None
        shares = figures + shares
        if any(_OF_WHOLE.match(text, f.span.end) for f in figures):
            return shares
    return None


def shares_closed_over_sentences(index: TextIndex) -> list[Relation]:
    """A "share-sum" relation (``rest``) for shares of one whole listed over a few sentences of one
    paragraph and closed by a rest told in words in the last ("Kansanshi …, accounting for 36 percent
    of national output. Konkola contributed 27 percent, and Mopani 24 percent. Lumwana accounted for
    16 percent, with the remainder shared among smaller producers"; round sum24).  The last sentence
    holds one share and then the rest (two or more are read by :func:`shares_closed_in_words`); the
    sentences before it are read back by :func:`_run_before`; the preconditions of
    :func:`shares_closed_in_words` hold over the whole list (one whole, no share that left out makes
    the others close at 100%, at most one year, one period, no question of several answers)."""
    text = index.text
    found: list[Relation] = []
    for sentence_number, sentence in enumerate(index.sentences):
        figures = [f for f in index.figures_of_sentence(sentence_number) if not index.in_title(f)]
        if len(figures) != 1 or not _level(index, figures[0]) or sentence_number == 0:
            continue
        closing = _REST_IN_WORDS.search(text, figures[0].span.end, sentence.end)
        if closing is None or _NONE_AFTER.match(text, closing.end()):
            continue
        before = _run_before(index, sentence_number)
        if before is None:
            continue
        shares = before + figures
        start = index.sentences[index.sentence_of(shares[0].span)].start
        if not _one_whole(index, shares) or _one_too_many(shares, shares):
            continue
        if _MANY_ANSWERS.search(text, start, sentence.end):
            continue
        if len(set(_YEARS.findall(text, start, closing.start()))) > 1:
            continue
        if len({w.lower() for w in _PERIODS.findall(text, start, closing.start())}) > 1:
            continue
        found.append(_closed_by_rest(shares, " ".join(closing.group(0).strip(" ,").split())))
    return found


def _closed_by_rest(shares: list[Figure], words: str) -> Relation:
    """The "share-sum" relation of ``shares`` that the rest (told as ``words``) closes into one whole."""
    return Relation(
        "share-sum",
        (("share", tuple(f.id for f in shares)),),
        "shares closed by the rest",
        None,
        (("whole", f"one whole, closed by ‘{words}’"), ("listed", True), ("rest", True)),
    )
