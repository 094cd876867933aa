"""The small grammar that reads numbers, spelled out or in digits, from tokens.

Its tables are in :mod:`factcheck.extraction.number_words`; a token
(:class:`~factcheck.extraction.tokens.Tok`) is a run of digits, a word, a code or one symbol.
:func:`read_number` reads one number phrase starting at a token: digits with their
separators, number words ("nine hundred sixty-three million", "one thousand
million"), scale words and abbreviations ("1.5 million", "2.3bn"), fractions
("two-thirds", "a quarter", "half a million", "one in twenty") and mixed numbers
("11 and a half million").  The cardinals of number words and the denominators they take are
read by :mod:`factcheck.extraction.cardinals`; everything else (hedges, ranges, what is not a
figure) lives in :mod:`factcheck.extraction.figures`.
"""

from __future__ import annotations

import re

from factcheck.extraction.cardinals import (
    NumberPhrase,
    adjacent,
    denominator_at,
    fraction_after,
    is_cardinal_word,
    read_cardinal,
    skip_hyphen,
    word,
)
from factcheck.extraction.figure_words import is_measure_unit
from factcheck.extraction.number_words import (
    ABBREVIATIONS,
    CURRENCY_ABBREVIATIONS,
    DENOMINATORS,
    ORDINAL_UNITS,
    SCALES,
    TENS,
    UNICODE_FRACTIONS,
    UNITS,
)
from factcheck.extraction.tokens import Tok, digits_value

__all__ = ["NumberPhrase", "read_number"]


def _apply_scale(tokens: list[Tok], phrase: NumberPhrase, currency: bool) -> NumberPhrase:
    """Apply scale words or abbreviations that follow a number ("1.5 million", "$2.3bn", "10k")."""
    j = phrase.last + 1
    value = phrase.value
    last = phrase.last
    scaled = phrase.scaled
    if j < len(tokens) and tokens[j].kind == "word":
        t = tokens[j]
        glued = adjacent(tokens, j - 1, j)
        nxt_glued = j + 1 < len(tokens) and adjacent(tokens, j, j + 1) and tokens[j + 1].kind != "sym"
        if tokens[phrase.last].kind == "num" and not nxt_glued:
            if t.text in ABBREVIATIONS and (glued or len(t.text) > 1 or _ends_phrase(tokens, j)):
                return NumberPhrase(value * ABBREVIATIONS[t.text], phrase.first, j, phrase.kind, True)
            if t.text == "m" and glued and word(tokens, j + 1) in ("people", "users", "children", "adults"):
                return NumberPhrase(value * 1e6, phrase.first, j, phrase.kind, True)  # "5m people"
            if currency and t.low in CURRENCY_ABBREVIATIONS and glued:
                return NumberPhrase(value * CURRENCY_ABBREVIATIONS[t.low], phrase.first, j, phrase.kind, True)
        if t.low in SCALES or t.low == "hundred":
            scale = SCALES.get(t.low, 100.0)
            value *= scale
            last = j
            scaled = True
            # "one thousand million"
            if word(tokens, j + 1) in SCALES and SCALES[word(tokens, j + 1)] > scale:
                value *= SCALES[word(tokens, j + 1)]
                last = j + 1
    return NumberPhrase(value, phrase.first, last, phrase.kind, scaled)


def _ends_phrase(tokens: list[Tok], j: int) -> bool:
    """True when token ``j`` ends the phrase (end of text or followed by punctuation)."""
    return j + 1 >= len(tokens) or (tokens[j + 1].kind == "sym" and tokens[j + 1].text not in "-/")


def read_number(tokens: list[Tok], i: int, currency: bool = False) -> NumberPhrase | None:
    """Read the number phrase that starts at token ``i``, or None when none starts there."""
    if i >= len(tokens):
        return None
    tok = tokens[i]
    w = tok.low if tok.kind == "word" else ""
    # unicode fractions: "½", "2½"
    if tok.text in UNICODE_FRACTIONS:
        return NumberPhrase(UNICODE_FRACTIONS[tok.text], i, i, "fraction")
    # "half a million", "half million", "a quarter million", "half a dozen"
    if w in ("half", "quarter") or (w == "a" and word(tokens, i + 1) in ("half", "quarter")):
        k = i + 1 if w == "a" else i
        part = 0.5 if word(tokens, k) == "half" else 0.25
        m = k + 1
        if word(tokens, m) == "a" and word(tokens, m + 1) in (*SCALES, "dozen"):
            m += 1
        sw = word(tokens, m)
        if sw in SCALES:
            return NumberPhrase(part * SCALES[sw], i, m, "words", True)
        if sw == "dozen":
            return NumberPhrase(part * 12, i, m, "words", True)
        if w == "quarter":
            return None
    # "a third", "a quarter", "a half", "a fifth", "a twenty-first", "a hundredth"
    if w in ("a", "one"):
        den = denominator_at(tokens, i + 1)
        if den is not None and (not den[2] or word(tokens, den[1]) == "half"):
            return NumberPhrase(1 / den[0], i, den[1], "fraction")
    if w == "half":
        return NumberPhrase(0.5, i, i, "fraction")
    # "a year and a half", "an hour and a half": one of the noun, and the fraction of another
    if w in ("a", "an", "one") and word(tokens, i + 2) == "and" and _is_noun_word(tokens, i + 1):
        extra = _and_fraction(tokens, i + 3)
        if extra is not None:
            return NumberPhrase(1.0 + extra[0], i, extra[1], "words")
    # "one-sixth", "two-thirds", "one in twenty", "one-in-three"
    card: NumberPhrase | None
    card = _read_digits(tokens, i) if tok.kind == "num" else read_cardinal(tokens, i)
    if card is None:
        return None
    if card.kind == "year":
        return _year_or_fraction(tokens, card)
    j = card.last + 1
    if card.kind == "words" and card.value > 0:
        last_word = word(tokens, card.last)
        unit_word = word(tokens, skip_hyphen(tokens, card.last))
        if (
            last_word in TENS
            and card.last > i
            and unit_word in ORDINAL_UNITS
            and unit_word.endswith("s")
            and word(tokens, card.last - 1) != "and"
            and card.value > TENS[last_word]
        ):
            # "one hundred thirty fifths": one hundred / thirty-fifths
            k = skip_hyphen(tokens, card.last)
            value = (card.value - TENS[last_word]) / (TENS[last_word] + ORDINAL_UNITS[unit_word])
            return NumberPhrase(value, i, k, "fraction")
        frac = fraction_after(tokens, j, card.value, plural_ok=False)
        if frac is not None:
            value, k = frac
            card = NumberPhrase(value, i, k, "fraction")
            return _apply_scale_of(tokens, card)
    ratio = _ratio_after(tokens, card)
    if ratio is not None:
        return ratio
    card = _point_decimals(tokens, card)
    # "11 and a half million", "two and a half", "3 million and a half", "two million and three fifths"
    if word(tokens, j) == "and":
        extra = _and_fraction(tokens, j + 1)
        if extra is not None:
            part, k = extra
            unit = 1.0
            if word(tokens, k + 1) in SCALES:
                k += 1
                unit = SCALES[word(tokens, k)]
            elif word(tokens, card.last) in SCALES:
                unit = SCALES[word(tokens, card.last)]
            elif tokens[card.last].text in ABBREVIATIONS:
                unit = ABBREVIATIONS[tokens[card.last].text]
            # "11 and a half million" scales the whole; "3 million and a half" adds half a million
            big_end = word(tokens, card.last) in SCALES or tokens[card.last].text in ABBREVIATIONS
            value = (card.value + part) * unit if unit > 1 and not big_end else card.value + part * unit
            card = NumberPhrase(value, i, k, card.kind, card.scaled or unit > 1)
    over = _over_fraction(tokens, card)
    if over is not None:
        return over
    if not card.scaled or tokens[card.last].kind == "num":
        card = _apply_scale(tokens, card, currency)
    return card


def _year_or_fraction(tokens: list[Tok], card: NumberPhrase) -> NumberPhrase:
    """A two-group phrase read as a year, unless a plural ordinal ends it: "nineteen eighty" is
    a year, "twenty twenty-fifths" the fraction 20/25 (the second group is the denominator)."""
    first_end = card.first
    nxt = skip_hyphen(tokens, first_end)
    if nxt != first_end + 1 and word(tokens, nxt) in UNITS:
        first_end = nxt  # "twenty-one twenty-fifths"
    den = denominator_at(tokens, first_end + 1)
    if den is None or den[1] < card.last:
        return card
    value, k, plural = den
    head = sum(
        UNITS.get(word(tokens, t), TENS.get(word(tokens, t), 0)) for t in range(card.first, first_end + 1)
    )
    if not plural and head != 1:
        return card
    return NumberPhrase(head / value, card.first, k, "fraction")


#: Nouns of "a <noun> and a half": units of time and the common measures of distance and weight.
_AND_A_HALF_NOUNS = frozenset(
    {"year", "month", "week", "day", "hour", "minute", "decade", "century", "mile", "foot", "pound", "inch"}
)


def _is_noun_word(tokens: list[Tok], k: int) -> bool:
    """True when token ``k`` is a unit of time or measure in lower case ("year", "mile", "litre")."""
    w = word(tokens, k)
    return tokens[k].text == w and (w in _AND_A_HALF_NOUNS or is_measure_unit(w))


def _and_fraction(tokens: list[Tok], k: int) -> tuple[float, int] | None:
    """A fraction after "and": "a half", "one half", "three quarters" -> (value, last token)."""
    if word(tokens, k) in ("a", "one") and word(tokens, k + 1) in DENOMINATORS:
        d = word(tokens, k + 1)
        if not d.endswith("s"):
            return 1 / DENOMINATORS[d], k + 1
        return None
    if is_cardinal_word(tokens, k):
        sub = read_cardinal(tokens, k)
        if sub is not None and sub.kind == "words":
            return fraction_after(tokens, sub.last + 1, sub.value, plural_ok=False)
    return None


_DIGIT_WORDS = {w: str(v) for w, v in UNITS.items() if v < 10}


def _point_decimals(tokens: list[Tok], card: NumberPhrase) -> NumberPhrase:
    """Spoken decimals: "six point two", "two hundred point zero three", "nought point eleven"."""
    j = card.last + 1
    if card.kind != "words" or word(tokens, j) != "point":
        return card
    k = j + 1
    digits = ""
    last = -1
    while word(tokens, k) in _DIGIT_WORDS:
        digits += _DIGIT_WORDS[word(tokens, k)]
        last = k
        k += 1
    if not digits and is_cardinal_word(tokens, k):
        sub = read_cardinal(tokens, k)
        if sub is not None and sub.kind == "words" and not sub.scaled:
            digits, last = str(int(sub.value)), sub.last
    if not digits:
        return card
    value = card.value + float("0." + digits) * (1 if card.value >= 0 else -1)
    return NumberPhrase(value, card.first, last, "words", card.scaled)


def _over_fraction(tokens: list[Tok], card: NumberPhrase) -> NumberPhrase | None:
    """Spoken fractions: "one over three", "2000 over 3" ending a clause -> 1/3, 666.67."""
    j = card.last + 1
    if word(tokens, j) != "over" or card.scaled or card.kind not in ("digits", "words"):
        return None
    k = j + 1
    if k >= len(tokens):
        return None
    den = _read_digits(tokens, k) if tokens[k].kind == "num" else read_cardinal(tokens, k)
    if den is None or den.kind not in ("digits", "words") or den.value == 0:
        return None
    after = den.last + 1
    if after < len(tokens) and not (tokens[after].kind == "sym" and tokens[after].text in ".,;:!?)"):
        return None
    return NumberPhrase(card.value / den.value, card.first, den.last, "fraction")


def _apply_scale_of(tokens: list[Tok], frac: NumberPhrase) -> NumberPhrase:
    """ "two thirds of a million": a fraction of a scale word."""
    j = frac.last + 1
    if word(tokens, j) == "of" and word(tokens, j + 1) == "a" and word(tokens, j + 2) in SCALES:
        return NumberPhrase(frac.value * SCALES[word(tokens, j + 2)], frac.first, j + 2, "words", True)
    return frac


def _ratio_after(tokens: list[Tok], card: NumberPhrase) -> NumberPhrase | None:
    """ "one in twenty", "one out of six", "one-in-three", "2 in 5": a ratio below one."""
    j = card.last + 1
    k: int | None = None
    if word(tokens, j) == "in":
        k = j + 1
    elif word(tokens, j) == "out" and word(tokens, j + 1) == "of":
        k = j + 2
    elif j < len(tokens) and tokens[j].text == "-" and word(tokens, j + 1) == "in":
        k = skip_hyphen(tokens, j + 1)
        if k == j + 2:
            return None
    if k is None or k >= len(tokens):
        return None
    if tokens[k].kind == "num" and re.fullmatch(r"1[5-9]\d\d|20\d\d", tokens[k].text):
        return None  # "2 in 2009"
    den = _read_digits(tokens, k) if tokens[k].kind == "num" else read_cardinal(tokens, k)
    if den is None or den.kind == "year" or den.value <= card.value or card.value <= 0:
        return None
    if card.scaled or (den.scaled and den.value >= 1e6):
        return None
    return NumberPhrase(card.value / den.value, card.first, den.last, "ratio")


def _read_digits(tokens: list[Tok], i: int) -> NumberPhrase | None:
    """A digit numeral, possibly with a fraction ("2 1/2", "3/4") or an exponent ("1.3e6")."""
    tok = tokens[i]
    try:
        value = digits_value(tok.text)
    except ValueError:
        return None
    n = len(tokens)
    # "3/4" (but not a date "5/17/2018")
    if (
        i + 2 < n
        and tokens[i + 1].text == "/"
        and tokens[i + 2].kind == "num"
        and adjacent(tokens, i, i + 1)
        and adjacent(tokens, i + 1, i + 2)
        and not (i + 3 < n and tokens[i + 3].text in "/-" and adjacent(tokens, i + 2, i + 3))
        and not (i > 0 and tokens[i - 1].text == "/" and adjacent(tokens, i - 1, i))
        and not (
            i > 1
            and tokens[i - 1].text == "-"
            and tokens[i - 2].kind == "num"
            and adjacent(tokens, i - 2, i - 1)
        )
    ):
        den = digits_value(tokens[i + 2].text)
        if den == 0 or "." in tokens[i + 2].text:
            return None
        return NumberPhrase(value / den, i, i + 2, "fraction")
    # "2 1/2"
    if (
        i + 3 < n
        and tokens[i + 1].kind == "num"
        and tokens[i + 2].text == "/"
        and tokens[i + 3].kind == "num"
        and adjacent(tokens, i + 1, i + 2)
        and adjacent(tokens, i + 2, i + 3)
        and not (i + 4 < n and tokens[i + 4].text == "/")
        and tokens[i + 1].start - tokens[i].end <= 2
    ):
        num = digits_value(tokens[i + 1].text)
        den = digits_value(tokens[i + 3].text)
        if den > num > 0:
            return NumberPhrase(value + num / den, i, i + 3, "fraction")
    # "2½"
    if i + 1 < n and tokens[i + 1].text in UNICODE_FRACTIONS and adjacent(tokens, i, i + 1):
        return NumberPhrase(value + UNICODE_FRACTIONS[tokens[i + 1].text], i, i + 1, "fraction")
    # "1.1^23", "2.5^-1", "1.1^--23"
    if i + 1 < n and tokens[i + 1].text == "^" and adjacent(tokens, i, i + 1):
        k = i + 2
        sign = 1
        while k < n and tokens[k].text in "+-−" and adjacent(tokens, k - 1, k):
            if tokens[k].text != "+":
                sign = -sign
            k += 1
        if k < n and tokens[k].kind == "num" and adjacent(tokens, k - 1, k):
            try:
                powered = value ** (sign * digits_value(tokens[k].text))
            except (OverflowError, ZeroDivisionError):
                return None
            if powered < 1e300:
                return NumberPhrase(powered, i, k, "digits", True)
    card = read_cardinal(tokens, i)
    return card
