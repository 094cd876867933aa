"""What the restatement rules read of one figure (:class:`_Mention`): what it counts, its head
noun, the names and times of its sentence, its section, whether it is told as a reference back.
Split from :mod:`.numeric_restated`, which pairs the mentions this module reads (docs/checkers/
numeric.md, `restatement`)."""

from __future__ import annotations

import bisect
import math
import re

import attrs

from factcheck.model import Figure, Span

from .numeric_anaphora import (
    anaphor_kind,
    narrowed,
    relative_clause,
)
from .numeric_breakdown import narrowing_phrase
from .numeric_changes import change_period, is_final
from .numeric_compound import compound_words
from .numeric_dated import calendar_days, elided_noun, label_date
from .numeric_forms import coordinated_noun
from .numeric_labels import NOT_DIGIT, is_change, is_label
from .numeric_money import currency_words
from .numeric_roles import role, supposed
from .numeric_text import _STOP, _WORD, TextIndex, _stem
from .numeric_threshold_refs import is_threshold_mention, threshold_noun
from .numeric_thresholds import defined_after, is_gap, target_noun

__all__ = ["RESTATED_RATIO", "head_noun"]


#: Figures further apart than this ratio are never read as one quantity.
RESTATED_RATIO = 1.7


def _ratio_ok(va: float, vb: float) -> bool:
    """True when two values are close enough to be one quantity told twice (:data:`RESTATED_RATIO`)."""
    if va == vb:
        return True
    if va <= 0 or vb <= 0 or math.isnan(va) or math.isnan(vb):
        return False
    return max(va, vb) / min(va, vb) <= RESTATED_RATIO


_TIME_WORDS = re.compile(
    r"\b(?:january|february|march|april|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|yesterday|today|tonight|(?:last|this|next|previous)\s+(?:year|month|week|quarter)|"
    r"(?-i:May)(?=\s+\d{1,2}\b)|"  # "May 20": a date, where "may" alone is a verb
    r"(?:19|20)\d\d)\b",
    re.I,
)
_PART_AFTER = re.compile(r"\s+of\s+(?:the|these|those|all|its|their|them|whom)\b", re.I)
"""A figure followed by "of the ..." is a part ("five of the candidates"), not the count it is taken from."""
_ALL_BEFORE = re.compile(r"\ball\s+(?:of\s+)?$", re.I)


def _every(index: TextIndex, figure: Figure) -> bool:
    """ "all 99 of the state's counties" is every one of them: the whole count, not a part of it."""
    return bool(_ALL_BEFORE.search(index.text, max(0, figure.span.start - 8), figure.span.start))


_CUT = frozenset(
    """near across around inside outside during after before behind between beyond within without against
    toward towards along among including like via since amid despite except across nationwide statewide
    overseas abroad last this next each apiece total combined""".split()
)
_SECTION = re.compile(
    r"(?m)^\s*(?:_{3,}|\d{1,2}:\d{2}\s*[ap]\.?\s?m\.?|UPDATE\b|\d{1,2}(?:L\d{2})?\s*[ap]\.m\.)"
)
_NAME = re.compile(r"(?<![.!?\"“]\s)(?<!^)\b[A-Z][a-z]+(?:[A-Z][a-z]+)?\b")
_NOT_NAMES = frozenset(
    """The A An In On At For But And Or If When While As After Before Since Of To By With From That This
    These Those It He She They We I You His Her Their Its Our Mr Mrs Ms Dr Sen Rep Gov President""".split()
)


@attrs.frozen
class _Mention:
    """What the restatement rules ask of one figure, worked out once."""

    figure: Figure
    value: float
    kind: tuple[bool, str]
    sentence: int
    in_title: bool
    units: frozenset[str]
    context: frozenset[str]
    times: frozenset[str]
    names: frozenset[str]
    head: str
    role: str
    section: int
    words: str
    others: frozenset[tuple[bool, str, float]]
    anaphor: str
    relative: frozenset[str]
    """The words of a relative clause narrowing a definite mention ("the 10 judges who will hear the
    case"): a reference back only when the earlier mention's sentence says them all."""
    distinctive: bool
    """A count of three or more significant digits ("1,237", "$2.35 million"): see :func:`_distinctive`."""
    supposed: bool = False
    """Said of a world that is not (yet) the case: see :func:`.numeric_roles.supposed`."""
    gap: bool = False
    """A gap still to close ("400 more delegates to clinch"): :func:`.numeric_thresholds.is_gap`."""
    change: bool = False
    """A change after a verb of change ("added 142,000 subscribers"): compared only with another
    change of the same counted noun, never with a level (:mod:`.numeric_changes`)."""
    period: frozenset[str] = frozenset()
    """The stretches of time a change's clause names (:func:`.numeric_changes.change_period`)."""
    final: bool = False
    """The last value of a count ("later revised to 2,579"): :func:`.numeric_changes.is_final`."""
    days: frozenset[str] = frozenset()
    """The calendar days its sentence names, with its paragraph's date label's (:mod:`.numeric_dated`)."""
    named_threshold: bool = False
    """"the 1,237 threshold": a threshold named by its figure alone, counting the noun of the text's
    earlier threshold of its size (:mod:`.numeric_threshold_refs`, round faults16)."""


def _counted_words(index: TextIndex, figure: Figure) -> str:
    """What the figure counts as written, or the noun a coordinated count leaves out ("needs
    around 10,000 new care beds … and it is opening about 7,000": :func:`coordinated_noun`), or,
    for "the 1,237 threshold", the noun of the text's earlier threshold of that size
    (:func:`.numeric_threshold_refs.threshold_noun`, round faults16)."""
    return _threshold_noun(index, figure) or index.counted(figure) or coordinated_noun(index, figure)


def _threshold_noun(index: TextIndex, figure: Figure) -> str:
    """What "the 1,237 threshold" counts (:func:`.numeric_threshold_refs.threshold_noun`), or ""."""
    return threshold_noun(index, figure, lambda f: role(index, f), lambda f: _noun_of(index, f), _ratio_ok)


def _noun_of(index: TextIndex, figure: Figure) -> str:
    """The head word of what a figure counts, read as :func:`_units` reads it (a target's noun, the
    noun the next sentence defines it by): "delegates" for "the 1,237 delegates needed to win"."""
    target = (
        target_noun(index.text, index.clause(figure).start, figure) or defined_after(index.text, figure)[0]
    )
    return _head_word(_counted_words(index, figure) or target)


def _units(index: TextIndex, figure: Figure) -> frozenset[str]:
    """Stems of what the figure counts, generic nouns ("people", "years") kept.

    A share counts nothing of its own: its noun is the whole it is taken "of" ("52 percent of
    voters"), and without one it has none.
    """
    after = index.text[figure.span.end : figure.span.end + 20]
    if index.share(figure) and not re.match(r"\s*(?:percent|per\s+cent|%)?\s*of\b", after, re.I):
        return frozenset()
    # a target told without its noun counts the noun whose share it needs (:func:`target_noun`)
    target = (
        target_noun(index.text, index.clause(figure).start, figure) or defined_after(index.text, figure)[0]
    )
    # "from about 10,000 hectares to more than 156,000": the second figure counts the noun left out;
    # "needs around 10,000 new care beds … and it is opening about 7,000" too (:func:`coordinated_noun`)
    words = _WORD.findall(_counted_words(index, figure)) or [target or elided_noun(index.text, figure)]
    money = currency_words(figure)  # "210 billion yen" counts no yen: the word names its currency
    return frozenset(
        _stem(w) for w in words if w.lower() not in _STOP and len(w) >= 3 and w.lower() not in money
    )


#: A possessive ("the state's counties"): its word is the owner, never the plural noun counted.
_OWNER = re.compile(r"[’']s$", re.I)


def head_noun(index: TextIndex, figure: Figure) -> str:
    """The stem of the last word of what the figure counts ("shooting victims" -> "victim"), or ""."""
    word = _head_word(_counted_words(index, figure))
    if word and word.lower() in currency_words(figure):
        return ""  # "7,530 won", "210 billion yen": the word names the currency, no head noun (alarm18)
    return _stem(word) if word else ""


def _head_word(counted: str) -> str:
    """The head word of a counted noun phrase: its first plural that is no possessive ("125,000
    suspensions stemming from"), else its last content word, before a word that ends the noun."""
    words: list[str] = []
    for word in _WORD.findall(counted):
        if word.lower() in _CUT:
            break  # "21 people near a bus station": the noun ends before "near"
        if word.lower() not in _STOP and len(word) >= 3:
            words.append(word)
    plural = [
        w for w in words if w.lower().endswith("s") and not w.lower().endswith("ss") and not _OWNER.search(w)
    ]
    if plural:
        return plural[0]  # "125,000 suspensions stemming from": the plural noun, not the verb after it
    return words[-1] if words else ""


#: A quotation closing before its attribution ("…,” said", "…” she added").
_CLOSING = re.compile(r"[,.!?]?[”\"]\s+(?:[a-z]+\s+)?(?:said|says|added|told|asked|wrote|explained|noted)\b")


def _names(index: TextIndex, figure: Figure, mid: frozenset[str]) -> frozenset[str]:
    """Capitalised words near the figure in its clause: who or where it is about (a word after
    the figure marked with a leading "+": :func:`_plain` and :func:`_after` read them).

    A word opening a sentence (or a quotation) counts only when the text also capitalises it
    mid-sentence (``mid``): "Trump, with 329 delegates" names Trump, "Already, 520" names nobody.
    """
    clause = index.clause(figure)
    # whole words starting within 60 characters of the figure: a window cut inside "Marguerite" named "Margu"
    low, high = figure.span.start - 60, figure.span.end + 60
    # a quotation's figure is about what the quotation names: the name after its closing mark is
    # the speaker's ("“… all 90 counties …,” said aide Dana Moss")
    closing = _CLOSING.search(index.text, figure.span.end, min(high, clause.end))
    if closing is not None:
        high = closing.start()
    words = index.text[clause.start : clause.end]
    number = index.sentence_of(figure.span)
    sentence = index.sentences[number] if number >= 0 else clause
    found = set()
    for match in re.finditer(r"\b[A-Z][a-z]{2,}\b", words):
        start = clause.start + match.start()
        if not low <= start < high:
            continue
        word = match.group(0)
        opening = (
            start == sentence.start or index.text[max(sentence.start, start - 2) : start].strip() in '“"'
        )
        if opening and word not in mid:
            continue
        if word not in _NOT_NAMES and not _TIME_WORDS.fullmatch(word):
            found.add(word if start < figure.span.end else "+" + word)  # "+": after the figure
    return frozenset(found)


def _plain(names: frozenset[str]) -> frozenset[str]:
    """The names of :func:`_names`, wherever they stand."""
    return frozenset(n.lstrip("+") for n in names)


def _after(names: frozenset[str]) -> frozenset[str]:
    """The names of :func:`_names` that stand after the figure."""
    return frozenset(n for n in names if n.startswith("+"))


def _mid_sentence_capitals(index: TextIndex) -> frozenset[str]:
    """Words the text capitalises somewhere other than at a sentence's start: names."""
    text = index.text
    return frozenset(m.group(1) for m in re.finditer(r"(?<=[a-z,;] )([A-Z][a-z]{2,})\b", text))


def _section_starts(text: str) -> list[int]:
    return [m.start() for m in _SECTION.finditer(text)]


def _times(index: TextIndex, sentence: Span) -> frozenset[str]:
    """The time words of a sentence (their first three letters, lower-cased), with the month of the
    date label opening its paragraph ("May 3: …" dates every sentence of its entry)."""
    label = label_date(index.text, sentence)
    return frozenset(
        m.group(0).lower()[:3] for m in _TIME_WORDS.finditer(index.text, sentence.start, sentence.end)
    ) | ({label[0]} if label else set())


def _mention(
    index: TextIndex,
    figure: Figure,
    sections: list[int],
    mid: frozenset[str],
    times_of: dict[int, frozenset[str]] | None = None,
) -> _Mention:
    share = index.share(figure)
    value = figure.value * 100 if share and not figure.is_percent else figure.value
    number = index.sentence_of(figure.span)
    sentence = index.sentences[number] if number >= 0 else figure.span
    if times_of is None or number < 0:
        times = _times(index, sentence)
    else:  # the figures of one sentence share its time words: read once a sentence
        if number not in times_of:
            times_of[number] = _times(index, sentence)
        times = times_of[number]
    return _Mention(
        figure=figure,
        value=value,
        kind=(share, figure.currency or ""),
        sentence=number,
        in_title=index.in_title(figure),
        units=_units(index, figure),
        # the lesser unit of a compound measure ("seconds") is the measure's own word (round alarm20)
        context=index.context_stems(figure) - compound_words(index, figure),
        times=times,
        names=_names(index, figure, mid),
        head=head_noun(index, figure) or _stem(elided_noun(index.text, figure)),
        role=role(index, figure),
        section=bisect.bisect_right(sections, figure.span.start),
        words=index.text[sentence.start : sentence.end].strip().lower(),
        others=frozenset(
            (index.share(f), f.currency or "", f.value)
            for f in index.figures_of_sentence(number)
            if f.span != figure.span and not is_label(index, f)
        )
        if number >= 0
        else frozenset(),
        anaphor=_anaphor(index, figure, sentence),
        relative=_relative(index, figure, sentence),
        distinctive=_distinctive(index, figure),
        supposed=supposed(index, figure),
        gap=is_gap(index.text, figure),
        change=is_change(index, figure),  # a mention is no label read as a count
        period=change_period(index.text, sentence, figure),
        final=is_final(index.text, index.clause(figure), figure),
        days=calendar_days(index.text, sentence) if number >= 0 else frozenset(),
        named_threshold=is_threshold_mention(index, figure) and bool(_threshold_noun(index, figure)),
    )


#: Significant digits of a figure's token.
_SIGNIFICANT = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _distinctive(index: TextIndex, figure: Figure) -> bool:
    """True for an amount of money or a count of a thousand or more (no share) written with three or
    more significant digits ("1,237", "$169,758", "$2.35 million"): a number that precise is rarely
    two different quantities in one article, so it may be told again without naming what it counts
    ("… needs 1,237 delegates" … "to reach 1,237"; "four donations that totaled $2.35 million" …
    "four donations totaling $2.35 million")."""
    if index.share(figure) or (figure.currency is None and figure.value < 1000):
        return False  # "145 delegates": a plain count under a thousand is common
    token = _SIGNIFICANT.search(figure.span.of(index.text))
    return token is not None and len(NOT_DIGIT.sub("", token.group(0)).strip("0")) >= 3


def _in_series(mention: _Mention) -> bool:
    """True when the mention's sentence holds another figure of its kind ("paid $110,684 in rent on
    June 9, and $169,758 on July 10"): one of several values of a measure over dates or places."""
    return any((share, currency) == mention.kind for share, currency, _ in mention.others)


def _anaphor(index: TextIndex, figure: Figure, sentence: Span) -> str:
    """How the figure refers back (:func:`.numeric_anaphora.anaphor_kind`), "" when its noun is
    compared or narrowed right after it (:func:`.numeric_anaphora.narrowed`)."""
    kind = anaphor_kind(
        index.text[max(sentence.start, figure.span.start - 200) : figure.span.start],
        whole=figure.span.start - sentence.start <= 200,
    )
    return "" if kind and narrowed(kind, _after_noun(index, figure)) else kind


def _relative(index: TextIndex, figure: Figure, sentence: Span) -> frozenset[str]:
    """The words of the relative clause right after a definite mention's noun, when that is all that
    narrows it (:func:`.numeric_anaphora.relative_clause`)."""
    kind = anaphor_kind(
        index.text[max(sentence.start, figure.span.start - 200) : figure.span.start], whole=False
    )
    after = _after_noun(index, figure)
    # a phrase narrowing the noun ("the 931 patients on trolleys") is read as such a clause (round faults16)
    return relative_clause(kind, after) or narrowing_phrase(kind, after)


def _after_noun(index: TextIndex, figure: Figure) -> str:
    """The words of the figure's sentence right after what it counts ("… at its Ohio plant")."""
    after = index.after(figure, 80)
    counted = index.counted(figure)
    lead = len(after) - len(after.lstrip())
    if counted and after[lead:].lower().startswith(counted.lower()):
        return after[lead + len(counted) :]
    words = len(_WORD.findall(counted))
    skipped = re.match(rf"(?:\s*[\w'’-]+){{{words}}}", after) if counted else None
    return after[skipped.end() :] if skipped else after
