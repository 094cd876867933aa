"""The text side of the numeric checker: how a figure is read, and the text cut into sentences and clauses.

* **readings**: the interval of values a figure's words allow (its hedge, or the rounding of its
  digits), shares as percent, and interval arithmetic (:func:`add`, :func:`subtract`, :func:`divide`);
* **the text index** (:class:`TextIndex`): sentences, clauses, what a figure counts and the content
  words around it, each computed once per text;
* :class:`Relation`, what the finding rules (:mod:`factcheck_plugins.numeric_relations`) hand to the
  judge (:mod:`factcheck_plugins.numeric`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections.abc import Iterable, Sequence

import attrs

from factcheck.model import Figure, Interval, Span
from factcheck.sentences import split_sentences

from .numeric_money_nouns import money_in

__all__ = [
    "CLAUSE_REACH",
    "Relation",
    "TextIndex",
    "add",
    "agree_at_precision",
    "bound_just_missed",
    "divide",
    "is_fraction",
    "is_hedged",
    "is_share",
    "reading",
    "rounding_unit",
    "scale",
    "share_reading",
    "subtract",
    "unit_stems",
]

#: How far either side of a figure its clause is looked for, in characters.
CLAUSE_REACH = 600

# Words that never name what a figure counts.
_STOP = frozenset(
    """
    a an the of these those them this that all its their his her our your my
    and or but nor while whereas so yet than then as at by for from in into on onto to up
    down over under with without about around after before since until during per out
    who whom whose which what when where why how
    is are was were be been being am has have had do does did will would shall should can
    could may might must say says said told tell reported reports according noted notes
    added warned stated announced estimated estimates
    more most less least some many much few several other others another also only just
    almost nearly roughly approximately around about over under some up least
    percent per cent percentage point points
    they he she it we you i there here not no now currently still already
    """.split()
)

# Content words that carry no meaning for matching two contexts.
_GENERIC = _STOP | frozenset(
    "year years last next first second new people number figure total since time times day days".split()
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_FRACTION_WORDS = re.compile(
    r"\b(half|halves|third|thirds|quarter|quarters|fourth|fourths|fifth|fifths|sixth|sixths|"
    r"seventh|eighth|ninth|tenth|tenths|in\s+(?:\w+|\d+)|out\s+of)\b",
    re.IGNORECASE,
)


@attrs.frozen
class Relation:
    """A relation the text states between figures.

    ``kind`` is one of ``part-whole``, ``restatement``, ``share-ratio`` ("X of Y, or Z%"),
    ``share-sum`` (shares of one whole), ``change`` ("from A to B, an increase of C"),
    ``multiple`` ("doubled from A to B"), ``fraction`` ("about two-thirds, 67 percent"),
    ``total`` ("A and B, a total of C").
    ``roles`` maps a role name ("part", "whole", "a", "b", "from", "to", "change",
    "total", "share", ...) to figure ids, in the order they are used; ``link`` holds the
    words that state the relation and ``link_span`` where they are; ``extra`` holds
    rule-specific facts (the multiplier, whether a change is in percentage points).
    """

    kind: str
    roles: tuple[tuple[str, tuple[str, ...]], ...]
    link: str = ""
    link_span: Span | None = None
    extra: tuple[tuple[str, str | float | bool], ...] = ()

    def ids(self, role: str) -> tuple[str, ...]:
        """The figure ids playing ``role`` (empty when none)."""
        for name, ids in self.roles:
            if name == role:
                return ids
        return ()

    def one(self, role: str) -> str:
        """The single figure id playing ``role``."""
        return self.ids(role)[0]

    def get(self, key: str, default: str | float | bool | None = None) -> str | float | bool | None:
        """A rule-specific fact from ``extra``."""
        return dict(self.extra).get(key, default)

    @property
    def figure_ids(self) -> tuple[str, ...]:
        """Every figure id in the relation, in role order, without repeats."""
        seen: dict[str, None] = {}
        for _, ids in self.roles:
            for figure_id in ids:
                seen.setdefault(figure_id, None)
        return tuple(seen)


# --------------------------------------------------------------------------- readings


def _number_token(words: str) -> str | None:
    match = re.search(r"\d[\d,.\u00a0\u202f ]*\d|\d", words)
    return match.group(0) if match else None


def rounding_unit(figure: Figure, text: str) -> float:
    """Half the place of the last significant digit as written: "4,000" 50, "35" 0.5, "2.2 million" 50,000.

    A whole number keeps at least two significant digits ("40" is 0.5, not 5); a number
    written in words is read to two significant digits.  Cached by what it reads (the span's ends,
    the value and the text): the restatement pass asks it of one figure once per candidate pair,
    and a key of the whole ``Figure`` cost an attrs hash of every field (its span, unit, hedge …)
    at each call (the text's hash is computed once per string).
    """
    span = figure.span
    return _rounding_unit(span.start, span.end, figure.value, text)


@functools.lru_cache(maxsize=65536)
def _rounding_unit(start: int, end: int, figure_value: float, text: str) -> float:
    """:func:`rounding_unit` of the figure of ``figure_value`` written at ``text[start:end]``."""
    words = text[start:end]
    token = _number_token(words)
    value = abs(figure_value)
    if token is None:
        if value == 0:
            return 0.5
        return 0.5 * 10 ** (math.floor(math.log10(value)) - 1) if value >= 10 else 0.5
    token = token.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    decimals = 0
    if "." in token and not re.fullmatch(r"\d{1,3}(\.\d{3})+", token):
        decimals = len(token.rsplit(".", 1)[1])
    digits = re.sub(r"\D", "", token)
    mantissa = float(digits) / 10**decimals if digits else 0.0
    factor = figure_value / mantissa if mantissa else 1.0
    if decimals:
        return float(0.5 * 10**-decimals * abs(factor))
    significant = digits.lstrip("0") or "0"
    zeros = len(significant) - len(significant.rstrip("0"))
    place = max(0, min(zeros, len(significant) - 2))
    return float(0.5 * 10**place * abs(factor))


def is_hedged(figure: Figure) -> bool:
    """True when the words hedge the figure (its interval is more than a point)."""
    return figure.hedge is not None or figure.lower != figure.upper


def reading(figure: Figure, text: str, *, rounding: bool = True) -> Interval:
    """The values the figure's words allow.

    A hedged figure gives the extractor's interval (its documented tolerance); a bare
    figure gives its value, widened by half its last significant digit when ``rounding``.
    """
    if is_hedged(figure):
        return figure.interval
    if not rounding:
        return Interval.point(figure.value)
    half = rounding_unit(figure, text)
    return Interval(figure.value - half, figure.value + half)


def end_reading(figure: Figure, other: Figure, text: str) -> Interval:
    """The values of one end of a change told "from A to B", whose two figures the extractor reads
    as one range ("more than doubled from 2,000 to 4,100" gives both the interval 2,000-4,100): the
    end is a figure of its own, widened by its rounding; any other figure is read as usual."""
    one_range = figure.hedge is None and (figure.lower, figure.upper) == (other.lower, other.upper)
    if (
        one_range
        and figure.lower != figure.upper
        and {figure.value, other.value} == {figure.lower, figure.upper}
    ):
        half = rounding_unit(figure, text)
        return Interval(figure.value - half, figure.value + half)
    return reading(figure, text)


def is_fraction(figure: Figure, text: str) -> bool:
    """True for a share written as a fraction ("half", "a third", "one in six")."""
    if figure.is_percent or figure.value > 1:
        return False
    words = figure.span.of(text)
    return bool(_FRACTION_WORDS.search(words)) or "/" in words


def is_share(figure: Figure, text: str) -> bool:
    """True for a percentage or a fraction."""
    return figure.is_percent or is_fraction(figure, text)


def _widened(figure: Figure, text: str, half: float) -> Interval:
    """The figure's reading, a bare figure widened to ``half`` (the coarser of two roundings)."""
    read = reading(figure, text)
    if figure.hedge is not None or figure.lower != figure.upper:
        return read
    return Interval(figure.value - half, figure.value + half)


def agree_at_precision(a: Figure, b: Figure, text: str) -> bool:
    """True when the two figures can be one value read at the precision of the less precise one."""
    half = max(rounding_unit(a, text), rounding_unit(b, text))
    if a.hedge is None and b.hedge is None and a.lower == a.upper and b.lower == b.upper:
        return abs(a.value - b.value) < 2 * half * (1 - 1e-9)  # "1.4" and "1.5" are two values
    if a.hedge is not None and a.hedge == b.hedge:
        # the same hedge on both ("up to 5 million" / "up to 3 million"): the writer gives one bound
        # twice, so the bounds themselves must agree
        return abs(a.value - b.value) <= 2 * half
    bound = _bound_against_precise(a, b, text)
    if bound is not None:
        return bound
    x, y = _widened(a, text, half), _widened(b, text, half)
    return x.intersects(y)


#: Hedges that state a bound, not a value: the figure is where the writer draws the line.
_BOUND_HEDGES = frozenset({"more than", "over", "at least", "less than", "under", "fewer than", "at most"})


#: How close past a precise figure a bound's line may stand and still be that figure rounded with
#: its hedge on the wrong side ("more than 2 million" for 1.97 million): 2% of the line.
BOUND_NEAR = 0.02


def bound_just_missed(a: Figure, b: Figure, text: str) -> bool:
    """True when one figure is a bound at a round number, told as a definite reference back ("The
    more than 2 million visitors we received"), that the other, a precise figure, misses by at most
    :data:`BOUND_NEAR` of the line ("1.97 million"): the round line is the precise figure rounded,
    so the two are one quantity whatever else their sentences share, and the hedge points the wrong
    way.  An indefinite bound ("More than 2 million fans watched on television") may be a count of
    its own."""
    if _bound_against_precise(a, b, text) is not False:
        return False
    bound, bare = (a, b) if a.hedge in _BOUND_HEDGES else (b, a)
    if not _DEFINITE_BEFORE.search(text, max(0, bound.span.start - 12), bound.span.start):
        return False  # "More than 2 million fans watched on television": perhaps another count
    return abs(bound.value - bare.value) <= BOUND_NEAR * abs(bound.value)


_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.I)


def _bound_against_precise(a: Figure, b: Figure, text: str) -> bool | None:
    """Whether a bound ("more than 2 million") holds for a bare figure told more precisely than the
    bound's round number ("1.97 million"), or None when the two are not such a pair.  A writer who
    draws a line at a round number claims the value lies past it: the precise figure, read only with
    its own rounding, must reach past the line ("1.97 million" is not "more than 2 million", though
    the widening of :func:`agree_at_precision` to the coarser rounding, ±0.5 million, let it be)."""
    for bound, bare in ((a, b), (b, a)):
        if bound.hedge not in _BOUND_HEDGES or bare.hedge is not None or bare.lower != bare.upper:
            continue
        if (bound.interval.lower is None) == (bound.interval.upper is None):
            continue  # not one open end
        if rounding_unit(bare, text) >= rounding_unit(bound, text):
            continue  # "more than 2 million" and "2 million": one precision, the rounding decides
        return reading(bare, text).intersects(bound.interval)
    return None


def share_reading(figure: Figure, text: str) -> Interval:
    """A share as an interval of percent ("a quarter" -> about 25, "52 percent" -> 51.5..52.5)."""
    interval = reading(figure, text)
    if figure.is_percent:
        return interval
    if not is_hedged(figure):
        # "a third" means 33.3...%: allow the rounding a writer does with a fraction.
        value = figure.value * 100
        return Interval(value - 0.5, value + 0.5)
    return Interval(
        None if interval.lower is None else interval.lower * 100,
        None if interval.upper is None else interval.upper * 100,
        interval.lower_closed,
        interval.upper_closed,
    )


def add(a: Interval, b: Interval) -> Interval:
    """The interval of sums a + b."""
    lower = None if a.lower is None or b.lower is None else a.lower + b.lower
    upper = None if a.upper is None or b.upper is None else a.upper + b.upper
    return Interval(lower, upper)


def subtract(a: Interval, b: Interval) -> Interval:
    """The interval of differences a - b."""
    lower = None if a.lower is None or b.upper is None else a.lower - b.upper
    upper = None if a.upper is None or b.lower is None else a.upper - b.lower
    return Interval(lower, upper)


def divide(a: Interval, b: Interval) -> Interval | None:
    """The interval of ratios a / b for positive ``b`` (None when b may be zero or negative)."""
    if b.lo <= 0 or a.lo < 0:
        return None
    lower = a.lo / b.hi if b.upper is not None else 0.0
    upper = a.hi / b.lo
    return Interval(lower, None if math.isinf(upper) else upper)


def scale(a: Interval, factor: float) -> Interval:
    """The interval a * factor for a positive factor."""
    return Interval(
        None if a.lower is None else a.lower * factor,
        None if a.upper is None else a.upper * factor,
        a.lower_closed,
        a.upper_closed,
    )


# --------------------------------------------------------------------------- text index


@functools.lru_cache(maxsize=65536)  # pure, and news repeats its words: each is stemmed once
def _stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    word = re.sub(r"'s?$", "", word)
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    return word[:6]


def as_written(stems: frozenset[str], *texts: str) -> str:
    """Stems (``_stem``: "contai" for "containers") shown as words the texts write them, in order
    of the stems; a stem no word of the texts gives stays as it is.  For a verdict's reader."""
    written: dict[str, str] = {}
    for text in texts:
        for word in _WORD.findall(text):
            written.setdefault(_stem(word), word.lower())
    return " ".join(written.get(stem, stem) for stem in sorted(stems))


@attrs.frozen
class TextIndex:
    """The text cut into paragraphs, sentences and clauses, with the figures placed in them.

    Built once per text: sentence starts are kept sorted so a figure's sentence is found
    by bisection, the figures of each sentence are listed, and what a figure counts, its
    clause and its context words are computed once and remembered, so the rules take
    time close to linear in the length of the text.
    """

    text: str
    figures: tuple[Figure, ...]
    sentences: tuple[Span, ...]
    title_end: int
    _starts: list[int] = attrs.field(init=False, eq=False, repr=False, factory=list)
    _figure_starts: list[int] = attrs.field(init=False, eq=False, repr=False, factory=list)
    _by_sentence: dict[int, list[int]] = attrs.field(init=False, eq=False, repr=False, factory=dict)
    _memo: dict[tuple[object, ...], object] = attrs.field(init=False, eq=False, repr=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        sentences = self.sentences
        ordered = all(a.end <= b.start for a, b in itertools.pairwise(sentences)) and all(
            len(s) > 0 for s in sentences
        )
        # bisection needs sorted, disjoint, non-empty sentences (split_sentences gives them);
        # any other list is searched from the start, as it always was
        if ordered:
            self._starts.extend(s.start for s in sentences)
        if any(a.span.start > b.span.start for a, b in itertools.pairwise(self.figures)):
            raise ValueError("TextIndex figures must be in text order (use TextIndex.build)")
        self._figure_starts.extend(f.span.start for f in self.figures)
        for position, figure in enumerate(self.figures):
            self._by_sentence.setdefault(self.sentence_of(figure.span), []).append(position)

    @classmethod
    def build(
        cls,
        text: str,
        figures: Iterable[Figure],
        title_span: Span | None = None,
        split: Sequence[Span] | None = None,
    ) -> TextIndex:
        """Index ``text`` and its figures (in text order); ``split``: the text's sentences, when
        already split (:attr:`factcheck.model.Report.sentences`)."""
        ordered = tuple(sorted(figures, key=lambda f: (f.span.start, f.span.end)))
        # Each sentence of a quotation is a sentence here: the rules read the figures of one
        # sentence as one statement, and a quoted "There were five attacks. Bombs killed 13 and
        # wounded 40, a total of 53" must not add the five attacks into the total.
        sentences = split_sentences(text, whole_quotes=False) if split is None else split
        return cls(text, ordered, tuple(sentences), _title_end(text, title_span))

    def sentence_of(self, span: Span) -> int:
        """The index of the sentence holding ``span`` (-1 when none)."""
        if self._starts or not self.sentences:
            index = bisect.bisect_right(self._starts, span.start) - 1
            if index >= 0 and span.start < self.sentences[index].end:
                return index
            return -1
        for index, sentence in enumerate(self.sentences):
            if sentence.start <= span.start < sentence.end:
                return index
        return -1

    def figures_of_sentence(self, sentence: int) -> list[Figure]:
        """The figures whose start lies in sentence number ``sentence`` (-1: in none), in text order."""
        return [self.figures[p] for p in self._by_sentence.get(sentence, ())]

    def first_after(self, position: int, sentence: int) -> Figure | None:
        """The first figure of sentence number ``sentence`` that starts after ``position``."""
        for p in self.figures_from(position + 1):
            figure = self.figures[p]
            return figure if self.sentence_of(figure.span) == sentence else None
        return None

    def figures_from(self, start: int, end: int | None = None) -> range:
        """Positions in :attr:`figures` of the figures starting at ``start`` or later (and before ``end``)."""
        low = bisect.bisect_left(self._figure_starts, start)
        high = len(self.figures) if end is None else bisect.bisect_left(self._figure_starts, end)
        return range(low, max(low, high))

    def share(self, figure: Figure) -> bool:
        """:func:`is_share` of the figure in this text, computed once.

        Keyed by what :func:`is_share` reads (the span's ends, the value and the percent mark), not
        by the whole ``Figure``: an attrs hash of every field cost more than the look-up saved."""
        span = figure.span
        key = ("share", span.start, span.end, figure.value, figure.is_percent)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = is_share(figure, self.text)
        return bool(found)

    def in_title(self, figure: Figure) -> bool:
        """True when the figure is in the headline."""
        return figure.span.end <= self.title_end

    def after(self, figure: Figure, size: int = 80) -> str:
        """The text right after the figure, up to ``size`` characters, cut at the sentence end."""
        index = self.sentence_of(figure.span)
        end = self.sentences[index].end if index >= 0 else len(self.text)
        return self.text[figure.span.end : min(end, figure.span.end + size)]

    def before(self, figure: Figure, size: int = 80) -> str:
        """The text right before the figure, up to ``size`` characters, from the sentence start."""
        index = self.sentence_of(figure.span)
        start = self.sentences[index].start if index >= 0 else 0
        return self.text[max(start, figure.span.start - size) : figure.span.start]

    def clause(self, figure: Figure) -> Span:
        """The clause holding the figure: its sentence cut at ; : and at commas before a conjunction."""
        key = ("clause", figure.span)
        found = self._memo.get(key)
        if isinstance(found, Span):
            return found
        index = self.sentence_of(figure.span)
        if index < 0:
            return figure.span
        sentence = self.sentences[index]
        # a clause is never longer than CLAUSE_REACH either side of its figure; reading only
        # that far keeps a "sentence" with no punctuation (a table, a list) linear
        start = max(sentence.start, figure.span.start - CLAUSE_REACH)
        end = min(sentence.end, figure.span.end + CLAUSE_REACH)
        for match in _CLAUSE_BREAK.finditer(self.text, start, end):
            if match.end() <= figure.span.start:
                start = max(start, match.end())
            elif match.start() >= figure.span.end:
                end = min(end, match.start())
                break
        self._memo[key] = Span(start, end)
        return Span(start, end)

    def counted(self, figure: Figure) -> str:
        """What the figure counts: its unit when known, else the nouns right after it."""
        if figure.unit:
            return figure.unit
        key = ("counted", figure.span)
        found = self._memo.get(key)
        if isinstance(found, str):
            return found
        rest = self.after(figure, 60)
        if money_in(figure, rest) and not self._elided_series(figure):
            rest = " " + rest[money_in(figure, rest) :]  # "£15m in rebates" (numeric_money_nouns)
        rest = re.sub(r"^\s*(?:of|out of|among)\s+(?:these|those|the|all|its|their|them)?\s*", " ", rest)
        words: list[str] = []
        for match in _WORD.finditer(rest):
            if rest[: match.start()].strip(" -") and re.search(r"[,;:.()\[\]\"“”]", rest[: match.start()]):
                break
            word = match.group(0)
            if word.lower() in _STOP or len(words) == 3:
                break
            words.append(word)
        self._memo[key] = counted = " ".join(words)
        return counted

    def _elided_series(self, figure: Figure) -> bool:
        """True when the money figure's sentence holds another amount of its currency told with no
        noun of its own ("$110,684 in rent on June 9, and $169,758 on July 10"): a series of one
        measure over dates or places, whose first amount's noun is the series', not one quantity's."""
        number = self.sentence_of(figure.span)
        if number < 0:
            return False
        for other in self.figures_of_sentence(number):
            if other.span == figure.span or other.currency != figure.currency or other.unit:
                continue
            if not money_in(other, self.after(other, 60)) and not re.match(r"\s+of\b", self.after(other, 10)):
                return True
        return False

    def counted_stems(self, figure: Figure) -> frozenset[str]:
        """:func:`unit_stems` of what the figure counts, computed once."""
        key = ("counted_stems", figure.span, figure.unit)
        found = self._memo.get(key)
        if isinstance(found, frozenset):
            return found
        stems = frozenset(unit_stems(self.counted(figure)))
        self._memo[key] = stems
        return stems

    def context(self, figure: Figure, width: int = 6) -> set[str]:
        """Stems of the content words within ``width`` words of the figure, in its clause.

        The figure's counted noun and other figures are left out.
        """
        key = ("context", figure.span, figure.unit, width)
        found = self._memo.get(key)
        if isinstance(found, frozenset):
            return set(found)
        return set(self._context(figure, width, key))

    def _context(self, figure: Figure, width: int, key: tuple[object, ...]) -> frozenset[str]:
        clause = self.clause(figure)
        # six words lie within 30 characters each of the figure: read no further
        reach = 30 * width
        left = list(
            _WORD.finditer(self.text, max(clause.start, figure.span.start - reach), figure.span.start)
        )
        left = left[-width:]
        right = list(itertools.islice(_WORD.finditer(self.text, figure.span.end, clause.end), width))
        start = left[0].start() if left else figure.span.start
        end = right[-1].end() if right else figure.span.end
        clause = Span(start, end)
        words: set[str] = set()
        masked = list(self.text[clause.start : clause.end])
        # every figure inside the window starts in it: the figures are sorted by start
        for position in self.figures_from(clause.start):
            other = self.figures[position]
            if other.span.start > clause.end:
                break
            if other.span.end <= clause.end:
                for i in range(other.span.start - clause.start, other.span.end - clause.start):
                    masked[i] = " "
        for match in _WORD.finditer("".join(masked)):
            word = match.group(0).lower()
            if word in _GENERIC or len(word) < 4:
                continue
            words.add(_stem(word))
        stems = frozenset(words - unit_stems(self.counted(figure)))
        self._memo[key] = stems
        return stems

    def context_stems(self, figure: Figure) -> frozenset[str]:
        """:meth:`context` (width 6) as a frozen set, computed once."""
        key = ("context", figure.span, figure.unit, 6)
        found = self._memo.get(key)
        if isinstance(found, frozenset):
            return found
        return self._context(figure, 6, key)


_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:but|while|whereas|and|although|though|yet)\b|\s+(?:while|whereas)\s+"
)


def unit_stems(unit: str) -> set[str]:
    """Stems of the content words of a counted noun."""
    return {_stem(w) for w in _WORD.findall(unit) if w.lower() not in _GENERIC}


def _title_end(text: str, title_span: Span | None) -> int:
    """Where the headline ends: the document's title span, else a first line that is not a sentence."""
    if title_span is not None:
        return title_span.end
    match = re.match(r"\s*([^\n]{3,160})\n\s*\n", text)
    if match and not re.search(r"[.!?\"”]\s*$", match.group(1)):
        return match.end(1)
    return 0
