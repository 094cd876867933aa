"""Restatements: the same quantity given twice, and what must be established before two figures are one.

Two figures are taken for one quantity told twice only when every precondition holds
(each is a general rule of news writing; docs/checkers/numeric.md lists them):

* **different sentences**, and not the same words repeated (a figure is never compared with
  its own span, nor a sentence with a verbatim copy of itself);
* **the same kind**: both shares, or both counts in the same currency;
* **the same counted noun**: what both count shares a content word ("240 schools" /
  "the 240 schools") and end in the same head noun; a count below ``SMALL_COUNT`` needs two
  shared context words, and a share (its noun is the whole it is taken of: "52 percent of
  voters") needs the same whole and three shared context words, since one poll gives many shares
  of one group;
* **the same subject**: when both clauses name someone or somewhere (capitalised words) they
  share one ("Clinton 48 percent" is not "Cruz 48 percent");
* **the same time**: no clashing month, year or weekday in the two sentences, and the same
  section of a live blog (sections start at a time stamp such as "5:25 p.m." or a "___" rule,
  where a running tally is meant to change);
* **a quantity, not a label**: no years, dates ("Nov. 3-14"), times, ranges, ages
  ("63-year-old", "aged 68"), durations used as adjectives ("10-year yields", "30-year bonds"),
  windows of time looked back over ("the highest in the past 28 years"),
  ordinals, identifiers (tweet ids, timestamps: ten digits or more) or figures inside markup.

A pair that meets them agrees when the values agree at the precision of the less precise one
("1.4 billion" and "1.41 billion"), with the hedges' intervals; it disagrees when no reading of
the hedges and roundings makes them equal.  A figure with an agreeing earlier mention is
never also called a disagreement.
"""

from __future__ import annotations

import bisect
import math
import re

import attrs

from factcheck.model import Figure, Span

from .numeric_anaphora import (
    ANAPHOR_REACH,
    anaphor_kind,
    narrowed,
    reach,
    refers_back,
    relative_clause,
    restates_clause,
)
from .numeric_breakdown import narrowing_phrase, total_before_breakdown
from .numeric_changes import change_period, changes_apart, is_final
from .numeric_clauses import durations_apart
from .numeric_compared import compared_with_time
from .numeric_dated import calendar_days, elided_noun, label_date, same_day
from .numeric_forms import coordinated_noun, headline_share_told
from .numeric_glosses import is_gloss
from .numeric_holders import held_count, qualifier, same_holder, when
from .numeric_labels import NOT_DIGIT, is_change, is_label
from .numeric_money import currency_words
from .numeric_partitive import part_of_the_other
from .numeric_roles import role, supposed
from .numeric_text import _STOP, _WORD, Relation, TextIndex, _stem, agree_at_precision, as_written
from .numeric_threshold_refs import is_threshold_mention, threshold_noun
from .numeric_thresholds import defined_after, is_gap, same_years, target_noun

__all__ = ["RESTATED_RATIO", "SMALL_COUNT", "agree_at_precision", "head_noun", "is_label", "restatements"]

#: Figures further apart than this ratio are never read as one quantity.
RESTATED_RATIO = 1.7
#: Counts below this need two shared context words to be read as one quantity.
SMALL_COUNT = 10
#: How many earlier figures of close value a figure is compared with on each side of its value.
RESTATEMENT_REACH = 30
#: Context words two differing mentions counted by a one-word noun ("delegates", "years") must
#: share beyond it before the numeric checker warns; with fewer it says ``unknown``.  A noun of two
#: words or more ("Russian citizens", "minimum wage") is specific enough by itself.  Judged on
#: polnear/train, the warnings this removes were two different things counted with one noun.
RESTATED_MIN_SHARED = 2


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
        context=index.context_stems(figure),
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


def _ratio_ok(va: float, vb: float) -> bool:
    if va == vb:
        return True
    if va <= 0 or vb <= 0 or math.isnan(va) or math.isnan(vb):
        return False
    return max(va, vb) / min(va, vb) <= RESTATED_RATIO


#: Head nouns that name people in general: any counted group of people may be told again by them.
_PEOPLE = frozenset({"people", "person", "indivi", "adult", "reside"})  # stems


def _people_restated(a: _Mention, b: _Mention) -> bool:
    """True when one head noun is a plain word for people ("people", "individuals") and the two
    counted nouns share another word ("undocumented immigrants" / "undocumented people"): one group
    told again in plainer words."""
    if (a.head in _PEOPLE) == (b.head in _PEOPLE):
        return False
    return bool((a.units & b.units) - {a.head, b.head})


def _counted(a: _Mention, b: _Mention) -> frozenset[str]:
    """What both mentions count: their common words, and the specific head noun when the other
    tells the group as plain "people" ("undocumented" + "immigr")."""
    common = a.units & b.units
    if _people_restated(a, b):
        return common | {a.head if b.head in _PEOPLE else b.head}
    return common


def _counted_as_written(index: TextIndex, a: _Mention, b: _Mention) -> str:
    """What both mentions count, as the text writes it ("containers", not the stem "contai")."""
    after = [index.text[m.figure.span.end : m.figure.span.end + 80] for m in (a, b)]
    counted = (_counted_words(index, a.figure), _counted_words(index, b.figure))
    return as_written(_counted(a, b), *counted, *after)


def _one_quantity(a: _Mention, b: _Mention, anaphoric: bool = False) -> tuple[bool, int]:
    """Whether the preconditions for "one quantity" hold, and how many context words they share.

    ``anaphoric``: ``b`` refers back to ``a`` in its own words (:mod:`.numeric_anaphora`), which
    names the quantity whatever other names the two sentences hold.
    """
    if a.sentence == b.sentence or a.words == b.words or a.figure.span == b.figure.span:
        return False, 0
    if a.kind != b.kind:
        return False, 0
    if changes_apart((a.change, b.change), (bool(a.units), bool(b.units)), a.kind[0], (a.period, b.period)):
        return False, 0  # a change ("added 142,000 subscribers") is one quantity only with a like change
    # another figure of equal value in both sentences ("... about $1.3 trillion") is one more
    # thing the two have in common, as a shared context word is
    shared = len(a.context & b.context) + len(a.others & b.others)
    if a.figure.hedge is not None and a.figure.hedge == b.figure.hedge:
        shared += 1  # the same hedge word ("about 42 million" twice) is said of one estimate
    if same_day(a.days, b.days, a.context & b.context):
        shared += 1  # one calendar day named for both ("May 7: …" / "between May 3 and May 7")
    common = a.units & b.units
    # a distinctive count told again without its noun ("to reach 1,237") is read by its context
    bare = (not a.units or not b.units) and a.distinctive and b.distinctive
    bare = bare and not _in_series(a) and not _in_series(b)
    if not common and not (a.in_title and not a.units) and not bare:
        return False, shared  # a headline may leave out what it counts ("Bombings Kill 21")
    heads_differ = a.head and b.head and a.head not in b.units and b.head not in a.units
    if heads_differ and not a.kind[0] and not _people_restated(a, b):
        # "3,210 shooting victims" and "2,521 shooting incidents" count two things; "5 million
        # undocumented immigrants" and "5 million undocumented people" one, told with the plain noun
        return False, shared
    if max(a.value, b.value) < SMALL_COUNT and not a.kind[0] and shared < 2:
        return False, shared  # "three elections" and "five elections": small counts differ all the time
    if a.kind[0] and (a.units != b.units or shared < 3):
        return False, shared  # shares: the same whole, and three more words in common
    if a.figure.holder and b.figure.holder and a.figure.holder != b.figure.holder and not anaphoric:
        return False, shared  # two holders ("Clinton has 1,410", "Sanders has 653") are two quantities
    held = same_holder(a.figure, b.figure)
    # one holder settles who the figures are about; names after them ("… won 40 delegates in
    # Arizona" / "… in Utah") still tell two quantities apart
    na, nb = (_after(m.names) if held else _plain(m.names) for m in (a, b))
    if na and nb and na.isdisjoint(nb) and not (a.in_title or anaphoric):
        # headlines capitalise all
        return False, shared
    if a.role != b.role and "pool" in (a.role, b.role):
        return False, shared  # a threshold ("needed to win"), a pool ("at stake") and a tally differ
    if a.times and b.times and a.times.isdisjoint(b.times) and not _standing(a, b):
        return False, shared
    if a.supposed != b.supposed and not anaphoric and not (a.named_threshold or b.named_threshold):
        # a supposed count ("would give it 80 seats") and the actual one (68); a threshold named as
        # such is the rules' bar whatever a clause supposes ("if no candidate crosses the 2,383
        # threshold"; round faults16)
        return False, shared
    if a.section != b.section and not a.in_title:
        return False, shared
    return True, shared


def _standing(a: _Mention, b: _Mention) -> bool:
    """Two thresholds set by rules, neither a gap still to close, in sentences naming the same
    years: the months they name do not part them (:mod:`.numeric_thresholds`)."""
    return a.role == b.role == "threshold" and not (a.gap or b.gap) and same_years(a.words, b.words)


def _held(index: TextIndex, a: _Mention, b: _Mention) -> bool:
    """One holder's count of one noun in one stretch of time (:func:`.numeric_holders.held_count`)."""
    times = tuple(when(index.text, index.sentences[m.sentence], m.figure) for m in (a, b))
    qualifiers = tuple(qualifier(_after_noun(index, m.figure)) for m in (a, b))
    return held_count(a.figure, b.figure, a.head, _counted(a, b), times, qualifiers)


#: "the 12 members of the board": an "of" phrase after the noun names whose set it is.
_OF_AFTER = re.compile(r"\s+of\b", re.I)


def _far_ok(index: TextIndex, a: _Mention, b: _Mention) -> bool:
    """Whether ``b`` may point back at ``a`` from past :data:`ANAPHOR_REACH` sentences (round 9,
    :data:`.numeric_anaphora.COUNT_REACH`): not when an "of" phrase after its noun names whose set
    it is ("the 12 members of the board" is not "15 members" of a council told pages before)."""
    return b.sentence - a.sentence <= ANAPHOR_REACH or not _OF_AFTER.match(_after_noun(index, b.figure))


def _antecedent(mentions: list[_Mention], earlier: list[int], b: _Mention) -> int | None:
    """The earlier count a mention referring back points at: the nearest one of its head noun, when
    every count of that noun in the sentences it may reach back to has one value (two tallies,
    "1,944 delegates" and "1,428 delegates", leave "the 1,600 delegates" without a known antecedent).
    Those are the :data:`ANAPHOR_REACH` sentences before it when a count stands there, else every
    sentence back to :func:`.numeric_anaphora.reach` (round 9: a plain count named again from afar)."""
    if not earlier or not b.head:
        return None
    values: set[float] = set()
    for p in reversed(earlier):  # the nearest first; stop past the reach (linear in the text)
        distance = b.sentence - mentions[p].sentence
        if distance > reach(b.kind) or (distance > ANAPHOR_REACH and values):
            break
        if distance > 0:
            values.add(mentions[p].value)
    chosen = earlier[-1] if len(values) <= 1 else None
    if chosen is None or not _ratio_ok(mentions[chosen].value, b.value):
        # a total and its breakdown ("1,284 cases" … "486 cases" in one district … "these 1,284
        # cases"): the total, when only it could be meant (:mod:`.numeric_breakdown`, round faults16)
        counts = [(p, mentions[p].value, mentions[p].sentence) for p in earlier]
        total = total_before_breakdown(counts, b.value, b.sentence, reach(b.kind), _ratio_ok)
        return chosen if total is None else total
    return chosen


def _told_in_body(index: TextIndex, mentions: list[_Mention], text: str) -> set[int]:
    """Positions of the headline mentions the body gives again, one quantity at the same value
    ("reaches 100 points" / "to reach 100 points in a season").

    Such a headline figure is the body's own: a body figure of another value that the words would
    let pair with it ("The Oilers have 74 points") counts something else (the team's points, not
    the player's), as the body's agreeing mention shows.  Headlines hold few figures, so the pairs
    are few."""
    told: set[int] = set()
    for p, a in enumerate(mentions):
        if not a.in_title:
            continue
        if a.kind[0] and not a.units and headline_share_told(index, a.figure):
            told.add(p)  # "pass rate climbs to 88.4%" / "88.4% of the pupils … passed"
            continue
        for b in mentions:
            if b.in_title or b.kind != a.kind or not _ratio_ok(a.value, b.value):
                continue
            if _one_quantity(a, b)[0] and agree_at_precision(a.figure, b.figure, text):
                told.add(p)
                break

    return told


def restatements(index: TextIndex, excluded: set[frozenset[str]]) -> list[Relation]:
    """Every figure paired with its earlier mention: agreeing when one exists, else the best disagreeing one.

    ``extra["agree"]`` says which; ``extra["shared"]`` how many context words the two share.
    """
    text = index.text
    sections = _section_starts(text)
    mid = _mid_sentence_capitals(index)
    times_of: dict[int, frozenset[str]] = {}
    mentions = [
        _mention(index, f, sections, mid, times_of)
        for f in index.figures
        # a change ("added 142,000 subscribers") is kept, to be compared only with another change
        if not is_label(index, f, changes=False)
        and (not _PART_AFTER.match(index.text, f.span.end) or _every(index, f))
        and not is_gloss(index, f)  # "3,800 steps a day — roughly 30 minutes": the steps told again
    ]
    told = _told_in_body(index, mentions, text)
    pools: dict[tuple[bool, str], list[tuple[float, int]]] = {}
    found: list[Relation] = []
    of_noun: dict[tuple[tuple[bool, str], str], list[int]] = {}  # earlier counts of each head noun
    for j, b in enumerate(mentions):
        pool = pools.setdefault(b.kind, [])
        # a definite mention narrowed by a relative clause refers back only when the clause repeats
        # what its antecedent's sentence says ("10 judges will hear the case" … "the 10 judges who
        # will hear the case"); else the clause carves out a set of its own
        kind = b.anaphor or ("definite" if b.relative else "")
        antecedent = _antecedent(mentions, of_noun.get((b.kind, b.head), []), b) if kind else None
        if antecedent is not None and not b.anaphor:
            said = index.sentences[mentions[antecedent].sentence].of(text)
            antecedent = antecedent if restates_clause(b.relative, said) else None
        if antecedent is not None and not _far_ok(index, mentions[antecedent], b):
            antecedent = None
        if b.head and not b.in_title:
            of_noun.setdefault((b.kind, b.head), []).append(j)
        if not b.in_title and not math.isnan(b.value):
            low = bisect.bisect_left(pool, (b.value / RESTATED_RATIO, -1)) if b.value > 0 else 0
            high = bisect.bisect_right(pool, (b.value * RESTATED_RATIO, j)) if b.value > 0 else len(pool)
            centre = bisect.bisect_right(pool, (b.value, j))
            low, high = max(low, centre - RESTATEMENT_REACH), min(high, centre + RESTATEMENT_REACH)
            agreeing: tuple[int, _Mention] | None = None
            differing: tuple[int, _Mention] | None = None
            back = body_agrees = False
            for _, p in sorted(pool[low:high], key=lambda item: item[1]):
                a = mentions[p]
                if frozenset((a.figure.id, b.figure.id)) in excluded or not _ratio_ok(a.value, b.value):
                    continue
                if durations_apart(text, a.figure, b.figure):
                    continue  # "stole … over six years" / "pay €250 a month … for 10 years": two events
                if part_of_the_other(index, a.figure, b.figure):
                    continue  # "Of the education department's budget, P349.6 billion …": a part of it
                if compared_with_time(index, a.figure, b.figure):
                    continue  # "21 league goals, seven fewer than in 2008-09" against 2008-09's 28
                anaphoric = p == antecedent and refers_back(
                    kind, b.sentence - a.sentence, b.units, a.units, a.role == b.role, reach(b.kind)
                )
                # pointing back past the next sentences, a mention still needs the subject, holder
                # and world of its antecedent (:func:`_far_ok`)
                ok, shared = _one_quantity(a, b, anaphoric and b.sentence - a.sentence <= ANAPHOR_REACH)
                if not ok:
                    continue
                agree = agree_at_precision(a.figure, b.figure, text)
                if a.in_title and not agree and p in told:
                    continue  # the body tells the headline's figure itself: another value is another thing
                if a.in_title and not a.units and not agree and shared < 2:
                    continue  # a headline figure that names nothing differs only from a like context
                if agree:
                    body_agrees = body_agrees or not a.in_title
                    if agreeing is None or shared > agreeing[0]:
                        agreeing = (shared, a)
                elif differing is None or anaphoric or (shared > differing[0] and not back):
                    differing, back = (shared, a), anaphoric
            if back and not body_agrees:
                agreeing = None  # "these 1,342 cases" points back at the body's count, not the headline's
            chosen = agreeing or differing
            if chosen is not None:
                a = chosen[1]
                found.append(
                    Relation(
                        "restatement",
                        (("a", (a.figure.id,)), ("b", (b.figure.id,))),
                        "same quantity restated",
                        None,
                        (
                            ("unit_match", True),
                            ("agree", agreeing is not None),
                            ("shared", chosen[0]),
                            ("counted", _counted_as_written(index, a, b)),
                            ("threshold", a.role == b.role == "threshold"),
                            ("final", a.final and b.final),
                            ("every", _every(index, a.figure) and _every(index, b.figure)),
                            ("anaphor", kind if agreeing is None and back else ""),
                            ("holder", _held(index, a, b)),
                        ),
                    )
                )
        if not math.isnan(b.value):
            bisect.insort(pool, (b.value, j))
    return found
