"""Figures: numbers stated in news text, with their hedges read as intervals.

:func:`extract_figures` finds every figure in a text, in order: digits with
separators ("4,000", "4.000", "4 000"), decimals, scale words ("1.5 million",
"$2.3bn"), money ("€40", "£2,000"), number words ("nine hundred sixty-three
million"), fractions and ratios ("two-thirds", "one in twenty"), percentages
("12 per cent") and ranges ("between 10 and 20", "two to three").  A hedge before
the number ("over", "almost", "some", ...) is normalised to the fixed list of the
news-attribution benchmark and read as an interval (see :data:`TOLERANCE`).

What is not a figure: dates, years (also spelled out), times of day, ordinals,
numbers in names (G20, Covid-19, Article 5, Flight 447, "Erik ten Hag"), ages in appositives
("Smith, 45,"), wire kickers ("UPDATE 4-"), street and telephone numbers, multipliers
("twice", "by half"), and "one"/"a" used as a pronoun or determiner ("one of the").

Conventions (those of the benchmark README): a figure's span is hedge + number +
scale word + percent marker ("Over 4,000", "some 4.3 million", "$225 million",
"14 percent"); what is counted goes to ``unit``/``unit_span``, not into the span.
"""

from __future__ import annotations

import re

from factcheck.extraction.figure_bounds import TOLERANCE, Bounds, Found, found_figure, hedge_bounds, numbered
from factcheck.extraction.figure_context import CURRENCY_CODES, GLUED_CURRENCIES
from factcheck.extraction.figure_filter import FigureFilter
from factcheck.extraction.figure_hedge_guards import hedge_holds
from factcheck.extraction.figure_units import percent_after
from factcheck.extraction.figure_words import (
    CURRENCY_SYMBOLS,
    DOLLAR_PREFIXES,
    HEDGES,
    HEDGES_BY_FIRST,
    PLURAL_SCALE_VALUES,
    SCORE_NOUN_WORDS,
    SUFFIX_SEQS,
    TIME_UNITS,
)
from factcheck.extraction.number_words import PLURAL_SCALES, SCALES, TENS, UNICODE_FRACTIONS, UNITS
from factcheck.extraction.numbers import NumberPhrase, read_number
from factcheck.extraction.tokens import TokenView
from factcheck.model import Figure

__all__ = ["HEDGES", "TOLERANCE", "extract_figures"]

#: The lower-case tokens at which :meth:`_Scanner.try_at` can read something (besides digits):
#: the first words of hedges, vague quantities ("tens", "dozens", "several", "a few"),
#: "between", number words, fractions, signs and currency signs and prefixes, and the
#: "a"/"an"/"one" of "a kilo of".  A token not here and not digits starts no figure.
_START_WORDS: frozenset[str] = frozenset(
    {
        *HEDGES_BY_FIRST,
        *PLURAL_SCALES,
        *(w.lower() for w in DOLLAR_PREFIXES),
        *CURRENCY_SYMBOLS,
        *(w.lower() for w in CURRENCY_CODES),
        *(w.lower() for w in GLUED_CURRENCIES),
        *UNICODE_FRACTIONS,
        *UNITS,
        *TENS,
        *SCALES,
        "tens",
        "hundreds",
        "hundred",
        "dozens",
        "scores",
        "several",
        "between",
        "half",
        "quarter",
        "a",
        "an",
        "one",
        "minus",
        "negative",
        "-",
        "−",
    }
)


class _Scanner(TokenView):
    """One pass over the tokens of a text, collecting figures; :class:`FigureFilter` judges
    whether each number read is a figure."""

    def __init__(self, text: str, tolerance: float) -> None:
        super().__init__(text)
        self.tol = tolerance
        self.found: list[Found] = []
        self.groups = 0
        self.judge = FigureFilter(self)

    # -- the scan ---------------------------------------------------------------------
    def candidates(self) -> list[int]:
        """The tokens where a figure, a hedge or a vague quantity can start: digits and the words
        and signs of :data:`_START_WORDS` (one set lookup a token; about one token in five)."""
        starts = _START_WORDS
        lows = self.lows
        return [i for i, tok in enumerate(self.toks) if tok.kind == "num" or lows[i] in starts]

    def run(self) -> list[Found]:
        """Scan the whole text, trying a figure only where one can start.

        At any other token :meth:`try_at` reads nothing and moves one token on, so skipping
        those tokens gives the same figures as trying every one.
        """
        i = 0
        for k in self.candidates():
            if k < i:
                continue  # inside the figure read last
            i = k
            if i in self.blocked:
                i += 1
                continue
            nxt = self.try_at(i)
            i = nxt if nxt > i else i + 1
        return self.found

    def hedge_at(self, i: int) -> tuple[str, int] | None:
        """A hedge phrase starting at ``i``: (class, index after it)."""
        if i >= self.n:
            return None
        for seq, cls in HEDGES_BY_FIRST.get(self.lows[i], ()):
            if self.seq_at(i, seq) and hedge_holds(self, i, seq):
                j = i + len(seq)
                if seq[0] in (">", "<") and (self.raw(i - 1) in ("<", "=", ">") and self.glued(i - 1, i)):
                    return None
                if self.raw(j) in ("=", ">") and seq[-1] in (">", "<"):
                    return None
                # "under-five"
                if self.raw(j) == "-" and seq[-1].isalpha() and self.glued(j - 1, j) and self.glued(j, j + 1):
                    j += 1
                return cls, j
        return None

    def try_at(self, i: int) -> int:
        """Try to read a figure (with hedge, range, percent) at token ``i``; return the next index."""
        h = self.hedge_at(i)
        vague = self.vague_at(h[1] if h is not None else i)
        if vague is not None:
            return self.emit_vague(i, h, vague)
        hedge: str | None = None
        hedge_start = i
        j = i
        between = False
        # ``h`` is still the hedge read at ``i`` above (hedge_at reads the tokens only)
        if h is not None and self.number_starts(h[1]) and not self._over_as_time(i, h[1]):
            hedge, j = h
        elif self.word(i) == "between":
            k = i + 1
            if self.seq_at(k, ("the", "ages", "of")):
                k += 3
            if self.number_starts(k):
                between = True
                j = k
                hedge_start = k
        if hedge is None and not between:
            hedge_start = i
        first = self.read_figure(j)
        if first is None:
            return i + 1
        num, start_tok, end_tok, is_pct, currency = first
        if not self.judge.is_figure(num, start_tok, end_tok, hedge, is_pct, currency):
            return end_tok + 1
        hedge_text = None
        span_start = hedge_start if hedge else start_tok
        if hedge:
            hedge_text = self.text[self.toks[hedge_start].start : self.toks[start_tok].start].strip(" -")
        # a hedge written after the number: "500 or more", "less than 5000 or equal"
        suffix = self.suffix_hedge(end_tok, hedge)
        if suffix is not None:
            cls, last_tok = suffix
            words = self.text[self.toks[end_tok + 1].start : self.toks[last_tok].end]
            hedge_text = f"{hedge_text} … {words}" if hedge_text else words
            if hedge is None:
                span_start = start_tok
            hedge = cls
            end_tok = last_tok
        # a margin: "9.83e-3 +/- 1e-5", "52% ± 3", "40 plus or minus 2"
        margin = self.margin_after(end_tok)
        if margin is not None and hedge is None:
            err, last_tok = margin
            lo, hi = sorted((num.value - err, num.value + err))
            self.emit(span_start, last_tok, num.value, None, None, is_pct, currency, (lo, hi, True, True))
            return last_tok + 1
        rng = self.range_after(num, start_tok, end_tok, is_pct, currency, between)
        if rng is not None:
            return self.emit_range(num, span_start, end_tok, is_pct, currency, hedge, hedge_text, rng)
        if between and hedge is None:
            span_start = start_tok
        self.emit(span_start, end_tok, num.value, hedge, hedge_text, is_pct, currency)
        return end_tok + 1

    def emit_vague(self, i: int, hedge: tuple[str, int] | None, vague: tuple[float, float, int]) -> int:
        """Emit a vague quantity, with the hedge before it: "up to hundreds of thousands" keeps
        only the top, "more than tens of thousands" only the bottom; return the next index."""
        lower: float | None
        upper: float | None
        lower, upper, last = vague
        lc, uc = True, False
        cls, text = None, None
        counted = self.word(last + 2) if self.word(last + 1) == "of" else self.word(last + 1)
        if hedge is not None and hedge[0] in ("over", "under") and counted in TIME_UNITS:
            i = hedge[1]  # "formed over thousands of years": during, not more than
            hedge = None
        if hedge is not None:
            cls, start = hedge
            text = self.text[self.toks[i].start : self.toks[start].start].strip(" -")
            if cls in ("over", "more than", "at least"):
                upper = None
            elif cls in ("under", "less than", "up to"):
                lower, lc = None, True
        assert lower is not None or upper is not None
        self.emit(
            i, last, lower if lower is not None else vague[0], cls, text, False, None, (lower, upper, lc, uc)
        )
        return last + 1

    def vague_at(self, i: int) -> tuple[float, float, int] | None:
        """A vague quantity at ``i``: (lower, upper, last token), the upper bound excluded.

        "tens of thousands" [20,000, 100,000), "hundreds of millions" [2e8, 1e9), "thousands"
        and "millions" [2, 1000) times the scale, "hundreds" [200, 1,000), "dozens" [24, 200),
        "scores of" [40, 200), "several hundred" [300, 1,000), "a few thousand" [2,000, 10,000).
        The bounds are wide on purpose: a checker should only fault a figure that no reader of
        the words could take for it.
        """
        w = self.word(i)
        if not w or (i > 0 and self.toks[i - 1].kind == "num"):
            return None
        nxt = self.word(i + 1)
        if w in ("tens", "hundreds") and nxt == "of" and self.word(i + 2) in PLURAL_SCALE_VALUES:
            scale = PLURAL_SCALE_VALUES[self.word(i + 2)]
            return (20 * scale, 100 * scale, i + 2) if w == "tens" else (200 * scale, 1000 * scale, i + 2)
        k = i + 2 if (w, nxt) == ("a", "few") else i + 1 if w == "several" else -1
        head = self.word(k)
        if k > 0 and (head in SCALES or head in ("hundred", "dozen")):
            scale = SCALES.get(head, 100.0 if head == "hundred" else 12.0)
            if self.word(k + 1) in SCALES:  # "several hundred thousand"
                scale *= SCALES[self.word(k + 1)]
                k += 1
            return (3.0 if w == "several" else 2.0) * scale, 10 * scale, k
        if w in PLURAL_SCALE_VALUES:
            scale = PLURAL_SCALE_VALUES[w]
            return 2 * scale, 1000 * scale, i
        if w == "hundreds":
            return 200.0, 1000.0, i
        if w == "dozens":
            return 24.0, 200.0, i
        if w == "scores" and nxt == "of":
            # not "test scores of 500 students", "the scores of both teams", "scores of 6-4"
            after_of = self.toks[i + 2] if i + 2 < self.n else None
            if self.word(i - 1) not in SCORE_NOUN_WORDS and not (after_of and after_of.kind == "num"):
                return 40.0, 200.0, i
        return None

    def _over_as_time(self, i: int, j: int) -> bool:
        """ "1.2 million jobs over 10 years", "relief over four years": "over" before a duration, after
        a figure or a noun, is "during"; "jailed for 6 years over £2.3m fraud": "because of"."""
        if self.lows[i] != "over":
            return False
        prev = self.found[-1] if self.found else None
        prev_end = None if prev is None else prev.unit_span[1] if prev.unit_span else self.toks[prev.end].end
        after_prev = i > 0 and self.toks[i - 1].end == prev_end
        if after_prev and prev is not None and prev.unit and prev.unit.split()[-1].lower() in TIME_UNITS:
            return True
        figure = self.read_figure(j)
        if figure is None or self.word(figure[2] + 1) not in TIME_UNITS:
            return False
        return after_prev or self.judge.over_during(i, figure[2] + 1)

    def suffix_hedge(self, end: int, hedge: str | None) -> tuple[str, int] | None:
        """A hedge after the number ending at ``end``: (class, last token) or None.

        "500 or more" is at least 500; "about 500 or more" too; "less than 5000 or
        equal" is up to 5000.  "5000 or less than 6000" is two figures, not a suffix.
        """
        k = end + 1
        if hedge in ("less than", "under", "more than", "over") and self.seq_at(k, ("or", "equal")):
            last = k + 1
            if self.word(last + 1) == "to":
                last += 1
            if self.number_starts(last + 1):
                return None
            return ("up to" if hedge in ("less than", "under") else "at least"), last
        if hedge is not None and hedge not in ("around", "about", "approximately"):
            return None
        for seq, cls in SUFFIX_SEQS:
            if self.seq_at(k, seq):
                last = k + len(seq) - 1
                if self.word(last + 1) == "than":
                    if self.number_starts(last + 2):
                        return None
                    last += 1
                return cls, last
        return None

    def margin_after(self, end: int) -> tuple[float, int] | None:
        """A margin of error after a number: (half-width, last token) or None."""
        k = end + 1
        if self.raw(k) == "±":
            k += 1
        elif (self.raw(k) == "+" and self.raw(k + 1) == "/" and self.raw(k + 2) in ("-", "−")) or self.seq_at(
            k, ("plus", "or", "minus")
        ):
            k += 3
        else:
            return None
        second = self.read_figure(k)
        if second is None or second[0].kind not in ("digits", "words"):
            return None
        return abs(second[0].value), second[2]

    def number_starts(self, i: int) -> bool:
        """True when a number (maybe after a currency sign or minus) starts at ``i``."""
        return self.read_figure(i) is not None

    def _sign_before_currency(self, i: int) -> bool:
        """True when token ``i`` is a minus sign glued to a currency sign and amount ("-$5", "−€40")."""
        if self.raw(i) not in ("-", "−") or not self.glued(i, i + 1):
            return False
        k = i + 1
        if self.raw(k) in DOLLAR_PREFIXES and self.raw(k + 1) == "$" and self.glued(k, k + 1):
            k += 1
        if self.raw(k) not in CURRENCY_SYMBOLS or k + 1 >= self.n or self.toks[k + 1].kind != "num":
            return False
        # not a hyphen joining words or numbers ("US-$5", "5-$10")
        return i == 0 or not self.glued(i - 1, i) or self.raw(i - 1) in ("(", "[", "=", "<", ">", "~")

    def read_figure(self, i: int) -> tuple[NumberPhrase, int, int, bool, str | None] | None:
        """Read currency, sign, number and percent marker at ``i``.

        Returns (number, first token, last token, is_percent, currency) or None.
        """
        if i >= self.n or i in self.blocked:
            return None
        start = i
        currency: str | None = None
        sign = 1.0
        if self._sign_before_currency(i):
            sign = -1.0  # "a loss of -$5 million"
            i += 1
        t = self.toks[i]
        if t.text in DOLLAR_PREFIXES and self.raw(i + 1) == "$" and self.glued(i, i + 1):
            currency = DOLLAR_PREFIXES[t.text]
            i += 2
        elif t.kind == "cur":  # "R41.5bn", "KSh50": the tokenizer split the prefix off
            currency = GLUED_CURRENCIES[t.text]
            i += 1
        elif t.text in CURRENCY_SYMBOLS or t.text in CURRENCY_CODES:
            currency = CURRENCY_SYMBOLS.get(t.text) or CURRENCY_CODES[t.text]
            i += 2 if t.text in CURRENCY_CODES and self.raw(i + 1) == "." and self.glued(i, i + 1) else 1
            if self.raw(i - 2) and self.glued(i - 2, i - 1) and self.toks[i - 2].kind == "num":
                return None
        if sign < 0:
            pass  # the sign came before the currency sign
        elif self.word(i) in ("minus", "negative") and self.word(i - 1) not in ("or", "plus"):
            sign = -1.0
            i += 1
        elif (
            self.raw(i) in ("-", "−")
            and self.glued(i, i + 1)
            and self.toks[min(i + 1, self.n - 1)].kind == "num"
        ):
            prev = self.toks[i - 1] if i > 0 else None
            if (
                prev is None
                or not self.glued(i - 1, i)
                or prev.text in ("(", "$", "€", "£", "[", "=", "<", ">", "~")
            ):
                sign = -1.0
                i += 1
        if i >= self.n:
            return None
        if (
            i >= 2
            and self.toks[i].kind == "num"
            and self.raw(i - 1) == ","
            and self.glued(i - 1, i)
            and self.glued(i - 2, i - 1)
            and self.toks[i - 2].kind == "code"
        ):
            return None  # "N48,000" (naira): "000" is the rest of a code's number, no figure of 0
        if (
            currency is not None
            and (i - start) > 0
            and not (self.glued(i - 1, i) or self.toks[i].start - self.toks[i - 1].end <= 1)
        ):
            return None
        num = read_number(self.toks, i, currency is not None)
        if num is None and currency is None and sign > 0 and self.judge.one_measure(i):
            num = NumberPhrase(1.0, i, i, "words")  # "a kilo of cocaine", "a barrel of oil"
        if num is None:
            return None
        if currency is not None and num.kind in ("fraction", "ratio"):
            return None
        if sign < 0:
            num = NumberPhrase(-num.value, num.first, num.last, num.kind, num.scaled)
        end = num.last
        is_pct, end = percent_after(self, end)
        # a currency sign written after the number: "15€"
        if (
            currency is None
            and not is_pct
            and self.raw(end + 1) in CURRENCY_SYMBOLS
            and self.glued(end, end + 1)
        ):
            currency = CURRENCY_SYMBOLS[self.raw(end + 1)]
            end += 1
        return num, start, end, is_pct, currency

    # -- ranges -------------------------------------------------------------------------
    def range_after(
        self,
        num: NumberPhrase,
        start: int,
        end: int,
        is_pct: bool,
        currency: str | None,
        between: bool,
    ) -> tuple[float, NumberPhrase, int, int, bool, str | None, str | None] | None:
        """The second end of a range after the figure ending at ``end``.

        Returns (first value, second number, its first and last token, is_percent,
        currency, hedge) or None.
        """
        k = end + 1
        unit: tuple[int, int] | None = None
        # "44 mg to 50 mg", "$350 per kg to $680 per kg": a unit repeated after both ends
        m = k
        while (
            m < self.n
            and m - k < 3
            and self.toks[m].kind != "num"
            and self.word(m)
            not in (
                "to",
                "and",
                "or",
                "through",
            )
        ):
            if self.toks[m].text in '.,;:!?()"“”' or self.toks[m].text in CURRENCY_SYMBOLS:
                break
            m += 1
        if m > k and self.word(m) in ("to", "and"):
            unit = (k, m - 1)
            k = m
        conn = self.raw(k)
        low = conn.lower()
        hyphen_to = low == "-" and self.word(k + 1) == "to"  # "8- to 16-meter"
        if between:
            if low not in ("and", "to"):
                return None
        elif low in ("-", "–", "—", "~", "‐"):
            after_kind = self.toks[min(k + 1, self.n - 1)].kind
            if (self.toks[num.first].kind != "num" or after_kind not in ("num", "sym")) and not hyphen_to:
                return None
            if low == "-" and self.word(k + 1) == "to":
                k += 1
        elif low in ("to", "through", "or"):
            if low == "or" and unit is not None:
                return None
            if low == "to" and self.judge.is_change(start):
                return None
        else:
            return None
        second = self.read_figure(k + 1)
        if second is None:
            return None
        num2, s2, e2, pct2, cur2 = second
        if (
            (is_pct and not pct2)
            or (is_pct and cur2)
            or (currency and pct2)
            or (currency and cur2 and currency != cur2)
        ):
            return None  # "rose 3.2% to $182.50": two figures of different kinds
        if unit is not None:
            n_unit = unit[1] - unit[0] + 1
            after = [t.text for t in self.toks[e2 + 1 : e2 + 1 + n_unit]]
            if after != [t.text for t in self.toks[unit[0] : unit[1] + 1]]:
                return None
        if low in ("-", "–", "—", "~", "‐"):
            if not (is_pct or pct2 or currency or cur2) and self.judge.is_score(start, e2):
                return None  # "lost 1-2", "a 4-5 ruling": a result
            # a chain "1-222-2222" is no range; nor is "2013-14"
            if self.raw(e2 + 1) in ("-", "/") and self.glued(e2, e2 + 1):
                return None
            if self.toks[num.last].kind == "num" and re.fullmatch(
                r"1[5-9]\d\d|20\d\d", self.toks[num.last].text
            ):
                return None
        if num2.kind in ("year",) or not self.judge.is_figure(
            num2, s2, e2, None, pct2 or is_pct, cur2 or currency
        ):
            return None
        v1, v2 = num.value, num2.value
        if num2.scaled and not num.scaled and v1 < v2 and num.kind in ("digits", "words"):
            # "two to three million": the scale word belongs to both ends
            scale = v2 / _unscaled(self, num2)
            if scale > 1 and v1 * scale <= v2:
                v1 = v1 * scale
        if low in ("to", "through") and not between:
            if v1 >= v2 and not (v1 < 0 or v2 < 0):
                return None
            if low == "to" and self.judge.is_change_by(start, v1, v2):
                return None
        elif v1 >= v2:
            return None
        if low == "or" and (
            self.word(e2 + 1) in ("more", "less", "fewer", "greater", "so", "above", "below")
        ):
            return None
        h2 = self.hedge_at(k + 1)
        hedge2 = h2[0] if h2 is not None and h2[1] <= s2 else None
        return v1, num2, s2, e2, pct2, cur2, hedge2

    def emit_range(
        self,
        num: NumberPhrase,
        span_start: int,
        end: int,
        is_pct: bool,
        currency: str | None,
        hedge: str | None,
        hedge_text: str | None,
        rng: tuple[float, NumberPhrase, int, int, bool, str | None, str | None],
    ) -> int:
        """Emit both ends of a range, each with the range as its bounds.

        A vague hedge before a range ("around 10-15 exabytes", "some 20 to 30 people") keeps
        the stated ends: the range is already the estimate, so the hedge is recorded but
        does not widen it.  A bounding hedge opens the end it bounds ("more than 10-20").
        """
        v1, num2, s2, e2, pct2, cur2, _hedge2 = rng
        v2 = num2.value
        lo_v, hi_v = min(v1, v2), max(v1, v2)
        band = hedge in ("around", "about", "approximately")
        lo1, _, lc1, _ = hedge_bounds(lo_v, None if band else hedge, self.tol)
        _, hi2, _, uc2 = hedge_bounds(hi_v, None if band else hedge, self.tol)
        if hedge in ("over", "more than", "at least"):
            hi2, uc2 = None, True
        if hedge in ("under", "less than", "up to"):
            lo1, lc1 = None, True
            _, hi2, _, uc2 = hedge_bounds(hi_v, hedge, self.tol)
        self.groups += 1
        group = self.groups
        pct = is_pct or pct2
        cur = currency or cur2
        self.emit(span_start, end, v1, hedge, hedge_text, pct, cur, (lo1, hi2, lc1, uc2), group)
        self.emit(s2, e2, v2, hedge, hedge_text, pct, cur, (lo1, hi2, lc1, uc2), group)
        return e2 + 1

    def emit(
        self,
        start: int,
        end: int,
        value: float,
        hedge: str | None,
        hedge_text: str | None,
        is_pct: bool,
        currency: str | None,
        bounds: Bounds | None = None,
        group: int | None = None,
    ) -> None:
        """Record one figure over tokens ``[start, end]`` (none for an infinite or undefined value)."""
        found = found_figure(
            self, self.tol, start, end, value, hedge, hedge_text, is_pct, currency, bounds, group
        )
        if found is not None:
            self.found.append(found)


def _unscaled(scanner: _Scanner, num: NumberPhrase) -> float:
    """The value of a number phrase without its trailing scale word ("three million" -> 3)."""
    sub = read_number(scanner.toks[: num.last], num.first)
    if sub is None or sub.value == 0:
        return num.value
    return sub.value


def extract_figures(text: str, tolerance: float = TOLERANCE) -> list[Figure]:
    """Return every figure stated in ``text``, in text order, with ids f1, f2, ...

    ``tolerance`` is the relative half-width of the band a vague hedge allows
    (default :data:`TOLERANCE`, ±5%).  Never raises on any string.
    """
    if not text:
        return []
    tol = abs(tolerance)
    scanner = _Scanner(text, tol)
    try:
        found = scanner.run()
    except (RecursionError, ValueError, OverflowError):  # pragma: no cover - defensive
        return []
    found.sort(key=lambda f: f.start)
    return numbered(found, scanner.toks)
