"""Relations the words state outright in one sentence: shares set against each other, and stated multiples.

* **shares of one whole, face to face**: "Clinton leads Trump 48 percent to 41 percent",
  "46% versus 42%": two percentages joined by "to"/"versus"/"vs."/"against" (with at most three
  words between, such as a name: "47 percent to Clinton's 46 percent") are shares of one whole,
  unless the sentence is a change ("from 39.6 percent to 25 percent", "rose ... to") or names a
  group for each ("90 percent of Republicans to 85 percent of Democrats");
* **a fraction told as a share beside it**: "about two-thirds, 67 percent", "A third of
  independents, 33%": a fraction ("half", "a third", "two-thirds", "a quarter", ...) and a
  percentage set in apposition, a comma between them and at most "of" and three words after the
  fraction, are one share told twice;
* **stated multiples**: "more than double the national rate", "twice as many", "half as", "less
  than half of the 11 million" ("half the" and "half of" before a noun are a share, not a multiple),
  "three times as", "doubled", "halved", with exactly two figures of one kind in the sentence
  (both shares, or both counts in one currency, neither a label: see
  :func:`factcheck_plugins.numeric_restated.is_label`); with more, which two are meant is not
  established and the rule abstains.  "Doubled from A to B" is read by the change rule instead.
"""

from __future__ import annotations

import itertools
import re

from factcheck.model import Figure, Span

from .numeric_clauses import names_its_pair
from .numeric_comparand_pairs import comparands_of_one_subject, levels_against_another
from .numeric_comparands import comparand_elsewhere
from .numeric_forms import measure_of, range_of_one_share
from .numeric_fractions import whole_named_near
from .numeric_ranges import range_before_noun, range_of_one_whole
from .numeric_restated import head_noun, is_label
from .numeric_text import Relation, TextIndex, _stem

__all__ = ["MULTIPLE_FACTORS", "PERCENT_MARK", "fraction_shares", "share_pairs", "stated_multiples"]

_VERSUS = re.compile(r"\s+(?:to|versus|vs\.?|against)\s+(?:[\w.'’]+\s+){0,3}?", re.I)
_CHANGE = re.compile(
    r"\b(?:from|between|range[sd]?|ranging|anywhere|rose|rise|rising|risen|fell|fall|falling|fallen|increas\w*|decreas\w*|jump\w*|climb\w*|"
    r"grew|grow\w*|drop\w*|declin\w*|cut\w*|lower\w*|rais\w*|reduc\w*|went|gone|moved?|shift\w*|slid\w*|"
    r"surg\w*|soar\w*|plung\w*|tumbl\w*)\b[^.;]{0,40}$",
    re.I,
)
#: The marks of a share written as one: "%", "per cent", "percent".
PERCENT_MARK = re.compile(r"%|\bper\s*cent\b|\bpercent\b", re.I)
_MULTIPLE = re.compile(
    r"\b(?P<hedge>more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|roughly\s+|at\s+least\s+|less\s+than\s+)?"
    r"(?:(?P<word>double|twice|triple|three\s+times|four\s+times|five\s+times|ten\s+times)"
    r"\s+(?:the|as|that|what|of\s+the|its|their|his|her)\b|(?P<half>half)\s+(?:as|that|what|(?:of\s+)?the\s+(?=\$?\d))"
    r"|(?P<verb>doubled|doubling|doubles|tripled|tripling|triples|quadrupled|halved|halving)"
    r"|(?P<part>(?:a|one)[\s-](?:third|quarter|fourth|fifth|tenth))\s+of\s+(?:the|its|their|his|her|that|what)\b)",
    re.I,
)

MULTIPLE_FACTORS = {
    "double": 2.0,
    "doubl": 2.0,
    "twice": 2.0,
    "half": 2.0,
    "halv": 2.0,
    "tripl": 3.0,
    "three": 3.0,
    "quadr": 4.0,
    "four": 4.0,
    "five": 5.0,
    "ten": 10.0,
    "third": 3.0,
    "quarter": 4.0,
    "fifth": 5.0,
}
"""The factor each word states, as larger over smaller ("half" is 2: the one is half the other)."""


_THAN = re.compile(r"\bthan\b", re.I)
#: A participle clause telling a contest's result ("…, losing just 54 percent to 46 percent"): the
#: two shares after it are the two sides of one race, whatever comparison stands before its comma.
_CONTEST = re.compile(
    r",\s*(?:\w+\s+)?(?:losing|leading|trailing|winning|beating|edging|besting)\b(?:\s+\w+)?\s*$", re.I
)


def share_pairs(index: TextIndex) -> list[Relation]:
    """ "48 percent to 41 percent": two shares of one whole, set face to face in one sentence."""
    text = index.text
    found = []
    figures = index.figures
    for a, b in itertools.pairwise(figures):
        marked = all(f.is_percent and PERCENT_MARK.search(f.span.of(text)) for f in (a, b))
        if not marked:
            continue  # both marked as shares ("90 to 95 percent" is a range of one share)
        gap = text[a.span.end : b.span.start]
        if not _VERSUS.fullmatch(gap) or index.sentence_of(a.span) != index.sentence_of(b.span):
            continue
        sentence = index.sentences[index.sentence_of(a.span)]
        if _CHANGE.search(text[sentence.start : a.span.start]) or range_of_one_share(text, a):
            continue  # "from 39.6 percent to 25 percent": a change; "an interval of 52% to 61%": a range
        if range_before_noun(text, a, b):
            continue  # "a 50% to 55% drop": one range qualifying its noun (round alarm18)
        if range_of_one_whole(text, sentence.start, a, b):
            continue  # "would reach 60% to 80% of the average": one share of one whole (round prec22)
        than = list(_THAN.finditer(text, sentence.start, a.span.start))
        if than and not _CONTEST.search(text, than[-1].end(), a.span.start):
            # "more likely ... than in December, 64 percent to 56 percent": two questions; but a
            # contest's result told in a clause of its own after the comparison ("more competitive
            # than in prior contests, losing just 54 percent to 46 percent") is one race's shares
            continue
        if re.match(r"\s*(?:of|among)\b", text[a.span.end : a.span.end + 8], re.I):
            continue  # each share names its own group
        found.append(
            Relation(
                "share-sum",
                (("share", (a.id, b.id)),),
                gap.strip(),
                Span(a.span.end, b.span.start),
                (("whole", "one whole, set face to face"), ("face_to_face", True)),
            )
        )
    return found


def _factor(words: str) -> float:
    low = re.sub(r"^(?:a|one)[\s-]+", "", words.lower())  # "a quarter of the …": a whole four times the part
    return next(v for k, v in MULTIPLE_FACTORS.items() if low.startswith(k))


#: A figure of money or count per span of time ("$500 a month"): a rate, no multiple of a total.
_RATE = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:month|year|week|day|hour)\b", re.I)


_MORE_NOUN = re.compile(r"\s+(?:more|fewer|additional|extra|new|other)\s+([A-Za-z]{3,})")


def _head(index: TextIndex, figure: Figure) -> str:
    """The figure's head noun, read past "more" ("25 million more people" counts people)."""
    head = head_noun(index, figure)
    if not head:
        more = _MORE_NOUN.match(index.text, figure.span.end)
        if more is not None:
            head = _stem(more.group(1))
    return head


def _comparable(index: TextIndex, figure: Figure) -> bool:
    return figure.range_with is None and not is_label(index, figure)


def stated_multiples(index: TextIndex, excluded: set[str]) -> list[Relation]:
    """A multiple stated in a sentence with exactly two figures of one kind ("more than double")."""
    text = index.text
    found = []
    done: set[int] = set()
    for number, sentence in enumerate(index.sentences):
        figures = [f for f in index.figures_of_sentence(number) if f.id not in excluded]
        if len(figures) < 2 or number in done:
            continue
        match = _MULTIPLE.search(text, sentence.start, sentence.end)
        if match is None:
            continue
        words = Span(match.start(), match.end())
        figures = [f for f in figures if not f.span.overlaps(words)]  # "three times" is no figure here
        if re.search(r"[-‐]\s*$|\band\s+a\s+$", text[max(sentence.start, match.start() - 6) : match.start()]):
            continue  # "four-and-a-half", "two and a half": a number, not a multiple
        kinds: dict[tuple[bool, str, bool, str], list[Figure]] = {}
        for figure in figures:
            if _comparable(index, figure):
                rate = bool(_RATE.match(text, figure.span.end))
                # a unit of measure is a kind of its own ("390mm" against "120mm", not "36 hours")
                key = (index.share(figure), figure.currency or "", rate, measure_of(index, figure))
                kinds.setdefault(key, []).append(figure)
        pairs = [group for group in kinds.values() if len(group) == 2]
        if len(pairs) != 1 or sum(len(g) for g in kinds.values()) > 3:
            continue  # which two are compared is not established
        a, b = pairs[0]
        heads = {_head(index, a), _head(index, b)} - {""}
        if len(heads) > 1:
            continue  # "25 million more people" and "60 hours a week" count two things
        if match.group("half") and not (a.span.end <= match.start() and b.span.start >= match.end()):
            continue  # "8 million, less than half of the 18 million": one figure on each side
        larger = max(a, b, key=lambda f: f.value)
        if match.group("part") and not whole_named_near(text, words, larger, sentence):
            continue  # "rises to 21, from 17, or nearly a quarter of the chamber": the whole is not told here
        if match.group("verb") and names_its_pair(text, match.end()):
            continue  # "roughly doubled, from about 3,440 to about 6,730": not the shares before it
        if match.group("word") and comparand_elsewhere(index, words, sentence, (a, b)):
            continue  # "twice the volume of the benchmark family": a comparand the sentence does not give
        if comparands_of_one_subject(text, words, a, b):
            continue  # "more than double the … 255,000, and about 2.5 times the … 290,000": two comparands
        if match.group("word") and levels_against_another(index, words, sentence, a, b):
            continue  # "to 15.45 million from 15.99 million, … twice as many … as it received"
        word = match.group("word") or match.group("verb") or match.group("half") or match.group("part")
        done.add(number)
        found.append(
            Relation(
                "multiple",
                (("from", (a.id,)), ("to", (b.id,))),
                match.group(0).strip(),
                Span(match.start(), match.end()),
                (
                    ("factor", _factor(word)),
                    ("hedge", re.sub(r"\s+", " ", (match.group("hedge") or "").strip().lower())),
                    ("either_way", True),
                ),
            )
        )
    return found


#: A fraction word ending the text before a figure ("half", "two thirds"); also read by numeric_arithmetic.
FRACTION_WORD = re.compile(r"\b(?:half|thirds?|quarters?|fourths?|fifths?|tenths?)\s*$", re.I)
#: Between a fraction and the share beside it: "of" and up to three words, then a comma.
_APPOSITION = re.compile(r"(?:\s+of\s+(?:[\w’'\-]+\s+){0,2}[\w’'\-]+)?\s*,\s*$")


def fraction_shares(index: TextIndex) -> list[Relation]:
    """A fraction told again as a percentage right beside it ("about two-thirds, 67 percent")."""
    text = index.text
    found = []
    figures = sorted(index.figures, key=lambda f: f.span.start)
    for fraction, share in itertools.pairwise(figures):
        words = fraction.span.of(text)
        if (
            fraction.is_percent
            or not 0 < fraction.value < 1
            or not FRACTION_WORD.search(words)
            or not share.is_percent
            or is_label(index, share)
            or not _APPOSITION.fullmatch(text, fraction.span.end, share.span.start)
        ):
            continue
        found.append(
            Relation(
                "fraction",
                (("fraction", (fraction.id,)), ("share", (share.id,))),
                text[fraction.span.start : share.span.end],
                Span(fraction.span.start, share.span.end),
                (("hedge", fraction.hedge or ""),),
            )
        )
    return found
