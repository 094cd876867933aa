"""How the fault injectors (bench/fault_injectors.py) read an article: the numbers written in
digits, what each counts and how it is hedged, when two mentions are one quantity told twice,
and how a figure is changed into a clear fault. Never checker code: the sites must be chosen by
rules of their own.
"""

from __future__ import annotations

import dataclasses
import math
import random
import re
from dataclasses import dataclass

from factcheck.model import Figure, QuoteKind, Report, Span
from factcheck.sentences import split_sentences

CHANGE_FACTORS = (0.6, 0.7, 0.75, 0.8, 1.25, 1.3, 1.4, 1.5)

_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_STOP = frozenset(
    """a an the of in on at for to from by with and or but than as that this these those its their his
    her our your my per about around some more less most nearly almost over under up down only just
    percent cent percentage points point million billion trillion thousand hundred dollars dollar
    is are was were be been has have had will would who which year years""".split()
)
_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$|"
    r"\b(?:section|article|chapter|title|page|part|no\.|number|amendment|rule|item|paragraph|"
    r"district|route|highway|flight|room|grade|level|class|act|bill|prop\.?|proposition)\s*$",
    re.I,
)
_SECTION = re.compile(r"(?m)^\s*(?:_{3,}|\d{1,2}:\d{2}\s*[ap]\.?\s?m\.?|\d{1,2}[:L]?\d{0,2}\s*[ap]\.m\.)")
"""Where a live blog's time-stamped section starts: a running tally there may change from one to the next."""
_WORD_NUMBERS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}


@dataclass(frozen=True)
class Fault:
    """One fault injected alone into one article: the faulted text and where the fault is."""

    kind: str
    path: str
    text: str
    site: Span
    original_site: Span
    note: str


# --------------------------------------------------------------------------- numbers


def parse_token(token: str) -> float:
    """The value of a number written in digits ("4,350" -> 4350.0)."""
    return float(token.replace(",", ""))


def format_like(token: str, value: float) -> str:
    """``value`` written as ``token`` is: its decimals, and thousands commas when it has them."""
    decimals = len(token.split(".")[1]) if "." in token else 0
    if "," in token or (value >= 10000 and decimals == 0 and "," not in token and len(token) > 4):
        return f"{value:,.{decimals}f}"
    return f"{value:.{decimals}f}"


def changed_value(token: str, factor: float) -> str | None:
    """``token`` times ``factor`` in its own precision, or None when that is no clear change.

    A clear change differs by at least 15% and by at least two units of the last digit.
    """
    value = parse_token(token)
    decimals = len(token.split(".")[1]) if "." in token else 0
    new = round(value * factor, decimals)
    unit = 10.0**-decimals
    if value <= 0 or abs(new - value) < 2 * unit or abs(new - value) / value < 0.15:
        return None
    return format_like(token, new)


def _splice(text: str, span: Span, new: str) -> tuple[str, Span]:
    return text[: span.start] + new + text[span.end :], Span(span.start, span.start + len(new))


# --------------------------------------------------------------------------- reading the article


@dataclass(frozen=True)
class _Number:
    """A number written in digits, as the injector reads it (never from checker code)."""

    token: Span
    value: float
    percent: bool
    currency: bool
    noun: str
    hedge: str
    sentence: int
    section: int
    in_headline: bool
    in_quote: bool
    figure: Figure


class _Article:
    """The raw text, its sentences, headline and quotes, and its numbers in digits."""

    def __init__(self, path: str, text: str, report: Report) -> None:
        self.path = path
        self.text = text
        self.report = report
        self.sentences = split_sentences(text, whole_quotes=False)
        self._starts = [s.start for s in self.sentences]
        line = text.find("\n")
        self.headline_end = line if line > 0 else 0
        self.quotes = [q.span for q in report.quotes if q.kind in (QuoteKind.DIRECT, QuoteKind.PARTIAL)]
        """Words in quote marks: a direct quote, or a partial one inside the writer's sentence (round 3)."""
        words = re.findall(r"[^\W\d_][\w’'\-]*", text[: self.headline_end])
        small = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "as"}
        lower = [w for w in words if w[0].islower() and w not in small]
        self.title_case = len(words) >= 3 and not lower
        """The headline capitalises every word but the short function words ("Trump Wins 5 States")."""
        self.sections = [m.start() for m in _SECTION.finditer(text)]
        self.numbers = [n for f in report.figures if (n := self._number(f)) is not None]

    def is_quantity(self, figure: Figure, token: Span) -> bool:
        """A number that counts or measures something, not a label (year, date, time, id, age, rank, name).

        A number right after a currency sign is money: "$", and from round 9 "£", "€", "¥", "₹" (the
        rule read only the dollar, so no amount in pounds or euros was a site)."""
        text = self.text
        before, after = text[max(0, token.start - 30) : token.start], text[token.end : token.end + 60]
        if (
            not re.search(r"(?:^|[\s$£€¥₹“\"])$", before)
            or re.search(r"<[^>]*$", before)
            or re.match(
                r"(?:st|nd|rd|th)\b|[\-–/:⁄]\w|\.\d|\.\)|\s*(?:to|or|and)\s+\$?\d|[^<]*>|\s+or\s+(?:older|younger|more|less)",
                after,
            )
        ):
            return False  # a date, range, time, ordinal, compound ("6-year-old"), rank, markup
        word = token.of(text)
        value = parse_token(word)
        if value == int(value) and 1900 <= value <= 2100 and "," not in word:
            return False  # a year
        if len(re.sub(r"\D", "", word)) >= 7 and "," not in word:
            return False  # an identifier or a timestamp
        if _MONTH.search(before) or re.search(r"\bbetween\s+\$?$", before):
            return False  # a date, a section / bill number, a range
        line_start = text.rfind("\n", 0, token.start) + 1
        if re.fullmatch(r"\s*", text[line_start : token.start]) and re.match(r"\.", after):
            return False  # a numbered list
        if token.end <= self.headline_end and self.title_case:
            return True  # every word of a title-case headline is capitalised: none is known for a name
        sentence = self.sentences[self.sentence_of(token.start)]
        name = re.search(r"\b([A-Z][\w’'\-]*)(?:\s+(?:of|for))?\s+$", before)
        return not (name and figure.span.start - len(name.group(0)) > sentence.start)  # "Group of 20"

    def counted_noun(self, figure: Figure) -> str:
        """The word after the figure saying what it counts ("240 schools", "52 percent of voters")."""
        rest = self.text[figure.span.end : figure.span.end + 60]
        if figure.span.end <= self.headline_end and self.title_case:
            rest = rest.lower()  # "24 Percent of Hillary Clinton’s Contributors"
        rest = re.sub(
            r"^(\s*(?:percent\s+|per\s+cent\s+)?of\s+(?:the\s+)?)[\w\-]+(?:’s|'s|’|')\s+", r"\1", rest
        )
        # "all 99 of the state's counties" counts counties: the owner before them is no counted noun
        match = re.match(
            r"\s*(?:percent\s+|per\s+cent\s+)?(?:of\s+(?:the\s+|all\s+)?)?([a-z][a-z\-']+)(?:\s+([a-z][a-z\-']+))?",
            rest,
        )  # fmt: skip
        if figure.is_percent and not re.match(r"\s*(?:percent\s+|per\s+cent\s+)?of\s", rest):
            return ""  # a share counts nothing of its own unless it names its whole
        if not match:
            return ""
        for word in match.groups():
            if word and word not in _STOP and len(word) >= 3:
                return word.removesuffix("'s")
        return ""

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding ``offset``."""
        lo, hi = 0, len(self._starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._starts[mid] <= offset:
                lo = mid + 1
            else:
                hi = mid
        return lo - 1

    def _number(self, figure: Figure) -> _Number | None:
        words = figure.span.of(self.text)
        matches = list(_TOKEN.finditer(words))
        if len(matches) != 1:
            return None
        token = Span(figure.span.start + matches[0].start(), figure.span.start + matches[0].end())
        text = self.text
        if not self.is_quantity(figure, token):
            return None
        noun = self.counted_noun(figure)
        hedge = " ".join(re.findall(r"[a-z]+", text[figure.span.start : token.start].lower()))
        return _Number(
            token=token,
            value=parse_token(token.of(text)),
            percent=figure.is_percent,
            currency=figure.currency is not None,
            noun=noun,
            hedge=hedge,
            sentence=self.sentence_of(token.start),
            section=sum(1 for start in self.sections if start <= token.start),
            in_headline=token.end <= self.headline_end,
            in_quote=any(q.start <= token.start and token.end <= q.end for q in self.quotes),
            figure=figure,
        )


def _shared_words(text: str, a: _Number, b: _Number) -> int:
    """Content words (four letters or more) within 40 characters of both numbers."""

    def near(n: _Number) -> set[str]:
        window = text[max(0, n.token.start - 40) : n.token.end + 40].lower()
        return {w for w in re.findall(r"[a-z]{4,}", window) if w not in _STOP} - {n.noun}

    return len(near(a) & near(b))


_WINDOW_OR_RATE = re.compile(
    r"\s*(?:(?:an?|per|each|every)\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\b|"
    r"\s*(?:an?\s+|per\s+)?(?:hourly|minimum|wage)\b",
    re.I,
)
"""A span of time ("in 10 hours", "the first 24 hours", "more than 40 hours a week") or a rate
("$15 an hour", "a $15 minimum wage"): a window the sentence chooses, or a level that differs by
place, date and law, so two mentions of one value are not known to be one quantity."""


def _same_quantity(
    a: _Number, b: _Number, text: str, *, distinctive_ok: bool, noun: str | None = None
) -> bool:
    """Two numbers a reader takes for one quantity told twice (``noun``: what both count, when the
    caller has read it for ``a`` in its own way)."""
    if noun is not None:
        a = dataclasses.replace(a, noun=noun)
    if any(
        _WINDOW_OR_RATE.match(text, n.token.end)
        and not re.search(r"\bevery\s+$", text[: n.token.start][-8:], re.I)
        for n in (a, b)
    ):
        return False  # "every 72 minutes" is a frequency, a quantity told twice
    if a.value != b.value or a.percent != b.percent or a.currency != b.currency or a.hedge != b.hedge:
        return False
    if a.sentence == b.sentence or a.section != b.section:
        return False
    if a.percent:  # a share names its whole after "of": the two sentences must say more in common
        if distinctive_ok and not a.noun and not b.noun:
            # a quote's or headline's share that names no whole ("the real jobless rate is 51 percent")
            # is the writer's when both say the same two things around it
            return _shared_words(text, a, b) >= 2
        return bool(a.noun and a.noun == b.noun and _shared_words(text, a, b) >= 2)
    if a.noun and a.noun == b.noun:
        return True
    digits = re.sub(r"\D", "", a.token.of(text)).strip("0")
    measured = (
        a.currency
        or a.percent
        or "," in a.token.of(text)
        or bool(re.match(r"\s*(?:million|billion)", text[a.token.end :]))
    )
    return distinctive_ok and len(digits) >= 3 and measured  # "$2.35 million", not "the 757" (a model)


def _change(article: _Article, number: _Number, rng: random.Random) -> tuple[str, Span, str] | None:
    factors = list(CHANGE_FACTORS)
    rng.shuffle(factors)
    old = number.token.of(article.text)
    for factor in factors:
        new = changed_value(old, factor)
        if new is not None:
            text, site = _splice(article.text, number.token, new)
            return text, site, f"{old} -> {new}"
    return None


def _bounds(figure: Figure, scale: float = 1.0) -> tuple[float, float]:
    """The values a figure's words allow (an open end is infinite), its value times ``scale``."""
    low = -math.inf if figure.lower is None else figure.lower * scale
    high = math.inf if figure.upper is None else figure.upper * scale
    return low, high


def _rehedged(quoted: _Number, outside: _Number, text: str) -> bool:
    """The writer gives the quote's figure again with another hedge ("more than 200,000 felons" in the
    quote, "200,000 felons" outside it): the same value and counted noun, in another sentence of the
    same section, no span of time or rate."""
    return (
        bool(quoted.noun)
        and quoted.noun == outside.noun
        and quoted.hedge != outside.hedge
        and _same_quantity(
            quoted, dataclasses.replace(outside, hedge=quoted.hedge), text, distinctive_ok=False
        )
    )


def _change_past(
    article: _Article, number: _Number, against: Figure, rng: random.Random, label: str = "quote"
) -> tuple[str, Span, str] | None:
    """``number`` changed as :func:`_change` does, by a factor that puts every value its hedge allows
    outside every value ``against``'s hedge allows ("more than 80" is not contradicted by 100)."""
    factors = list(CHANGE_FACTORS)
    rng.shuffle(factors)
    old = number.token.of(article.text)
    low, high = _bounds(against)
    for factor in factors:
        new = changed_value(old, factor)
        if new is None:
            continue
        scale = parse_token(new) / number.value
        new_low, new_high = _bounds(number.figure, scale)
        if new_high < low or new_low > high:
            text, site = _splice(article.text, number.token, new)
            return text, site, f"{old} -> {new} ({label}: {against.span.of(article.text)})"
    return None
