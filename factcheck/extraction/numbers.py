"""The small grammar that reads numbers, spelled out or in digits, from tokens.

Its tables are in :mod:`factcheck.extraction.number_words`; a token
(:class:`~factcheck.extraction.tokens.Tok`) is a run of digits, a word, a code or one symbol.
:func:`read_number` reads one number phrase starting at a token: digits with their
separators, number words ("nine hundred sixty-three million", "one thousand
million"), scale words and abbreviations ("1.5 million", "2.3bn"), fractions
("two-thirds", "a quarter", "half a million", "one in twenty") and mixed numbers
("11 and a half million").  Everything else (hedges, ranges, what is not a figure)
lives in :mod:`factcheck.extraction.figures`.
"""

from __future__ import annotations

import re

import attrs

from factcheck.extraction.number_words import (
    ABBREVIATIONS,
    CURRENCY_ABBREVIATIONS,
    DENOMINATORS,
    ORDINAL_UNITS,
    PLURAL_SCALES,
    SCALES,
    TENS,
    UNICODE_FRACTIONS,
    UNITS,
)
from factcheck.extraction.tokens import Tok, digits_value

__all__ = ["NumberPhrase", "read_number"]


@attrs.frozen
class NumberPhrase:
    """One number phrase read from the tokens ``[first, last]`` (inclusive).

    ``kind`` is "digits", "words" (spelled out), "fraction", "ratio" or "year"
    (a spelled-out year such as "nineteen eighty-one", which is not a figure).
    ``scaled`` says a scale word or abbreviation was applied.
    """

    value: float
    first: int
    last: int
    kind: str
    scaled: bool = False


def _adjacent(tokens: list[Tok], i: int, j: int) -> bool:
    """True when token ``j`` follows token ``i`` with no space between them."""
    return tokens[i].end == tokens[j].start


def _word(tokens: list[Tok], i: int) -> str:
    if 0 <= i < len(tokens) and tokens[i].kind == "word":
        return tokens[i].low
    return ""


def _is_cardinal_word(tokens: list[Tok], i: int) -> bool:
    w = _word(tokens, i)
    return w in UNITS or w in TENS


def _skip_hyphen(tokens: list[Tok], i: int) -> int:
    """Index of the token after ``i`` skipping one joining hyphen ("sixty-three", "fifty - two")."""
    j = i + 1
    if j < len(tokens) and tokens[j].text in "-‐‑–" and tokens[j].kind == "sym" and j + 1 < len(tokens):
        gap_before = tokens[j].start - tokens[i].end
        gap_after = tokens[j + 1].start - tokens[j].end
        if gap_before <= 1 and gap_after <= 1 and gap_before == gap_after:
            return j + 1
    return j


def _read_cardinal(tokens: list[Tok], i: int, groups: bool = True) -> NumberPhrase | None:
    """Read a whole number in words (digits allowed as parts: "4 thousand 3 hundred").

    With ``groups`` it may go on past a comma ("three million, two hundred and forty");
    a group read after a comma never does (so a long comma chain is read in linear time).
    """
    n = len(tokens)
    total = 0.0
    cur = 0.0
    last = ""  # "unit", "tens", "teen", "hundred", "big"
    group_has_hundred = False
    year_like = False
    scaled = False
    big_scale = float("inf")
    end = -1
    j = i
    checkpoint: tuple[int, float, float, str, bool, float, int] | None = None
    comma_at = -1
    revert = False
    started_digit = tokens[i].kind == "num"
    if _word(tokens, i) == "a" and _word(tokens, i + 1) in ("hundred", *SCALES, "dozen"):
        cur = 1.0
        last = "unit"
        end = i
        j = i + 1
    while j < n:
        tok = tokens[j]
        w = tok.low if tok.kind == "word" else ""
        if w in PLURAL_SCALES and last in ("unit", "tens", "teen") and _word(tokens, j + 1) != "of":
            w = w[:-1]  # "five hundreds", "three thousands": a plural scale after a number is one
        if tok.kind == "num":
            if last in ("unit", "tens", "teen") or (last == "" and j != i) or ("," in tok.text and last):
                break
            if end >= 0 and last not in ("hundred", "big"):
                break
            try:
                v = digits_value(tok.text)
            except ValueError:
                break
            if last in ("hundred", "big") and (v >= (100 if last == "hundred" else big_scale) or v == 0):
                break
            if j != i and (not tok.text.isdigit() or not started_digit):
                break  # "1.5 million 1.5 million" is two figures
            after_and = _word(tokens, j - 1) == "and"
            if j != i and not after_and and _word(tokens, j + 1) not in ("hundred", *SCALES):
                break  # "4 thousand 3 hundred" goes on; "2 million 300 people" does not
            cur += v
            last = "unit"
            group_has_hundred = group_has_hundred or v >= 100
        elif w in UNITS or w in TENS:
            v = UNITS.get(w, TENS.get(w, 0))
            if last == "tens" and w in UNITS and 0 < v < 10 and cur % 10 == 0:
                cur += v
                last = "unit"
            elif last in ("unit", "teen", "tens"):
                # "nineteen eighty-one", "nineteen-eighty": two groups without "hundred"
                if (
                    last in ("teen", "tens")
                    and 10 <= cur < 100
                    and (w in TENS or v >= 10)
                    and not started_digit
                ):
                    year_like = True
                    cur = cur * 100 + v
                    last = "tens" if w in TENS else "teen"
                else:
                    break
            else:
                if last == "hundred" and (cur % 100) != 0:
                    break
                cur += v
                last = "tens" if w in TENS else ("teen" if v >= 10 else "unit")
        elif w == "hundred":
            if group_has_hundred and last != "unit":
                break
            if group_has_hundred and cur >= 100:
                revert = True
                break
            cur = (cur or 1.0) * 100
            last = "hundred"
            group_has_hundred = True
            scaled = True
        elif w in SCALES:
            scale = SCALES[w]
            if cur == 0 and total > 0:
                total *= scale
            elif scale >= big_scale and not (w == "crore" or w == "lakh"):
                break
            else:
                total += (cur or 1.0) * scale
            cur = 0.0
            last = "big"
            big_scale = min(big_scale, scale)
            group_has_hundred = False
            scaled = True
        elif w in ("dozen", "dozens", "doz", "dozs", "dz", "dzs") and last in (
            "unit",
            "tens",
            "teen",
            "hundred",
        ):
            cur = cur * 12
            last = "big"
            scaled = True
            end = j
            j += 1
            break
        else:
            break
        end = j
        # connectors
        nxt = _skip_hyphen(tokens, j)
        if nxt != j + 1 and (last in ("tens", "unit", "teen", "hundred", "big")) and _word(tokens, nxt):
            w2 = _word(tokens, nxt)
            if w2 in UNITS or w2 in TENS or w2 in ("hundred", *SCALES):
                j = nxt
                continue
            break
        if (
            groups
            and last == "big"
            and not started_digit
            and j + 2 < n
            and tokens[j + 1].text == ","
            and comma_at < 0
            and _spelled_group_below(tokens, j + 2, big_scale)
        ):
            # "three million, two hundred and forty thousand": a written-out amount in groups
            comma_at = j + 1
            j += 2
            continue
        if (
            j + 1 < n
            and tokens[j + 1].low in ("and", "&")
            and last in ("hundred", "big")
            and (_is_cardinal_word(tokens, j + 2) or (j + 2 < n and tokens[j + 2].kind == "num"))
        ):
            checkpoint = (j, total, cur, last, group_has_hundred, big_scale, end)
            j += 2
            continue
        j += 1
    if end < 0:
        return None
    if checkpoint is not None and checkpoint[6] < end:
        den = _denominator_at(tokens, end + 1)
        past_and = total + cur - checkpoint[1] - checkpoint[2]
        if den is not None and (past_and < 10 or den[0] >= 100):
            revert = True  # "one hundred and three quarters" = 100.75; "... and thirty fifths" = 130/5
    if revert and checkpoint is not None:
        _, total, cur, last, group_has_hundred, big_scale, end = checkpoint
    value = total + cur
    if year_like:
        return NumberPhrase(value, i, end, "year")
    kind = "digits" if tokens[i].kind == "num" and end == i else "words"
    return NumberPhrase(value, i, end, kind, scaled)


def _spelled_group_below(tokens: list[Tok], k: int, scale: float) -> bool:
    """True when a spelled-out group joined by "and" or a hyphen, worth less than ``scale``,
    starts at ``k``: the rest of "three million, two hundred and forty" or "…, forty-two".

    A round group is a new clause, not the rest of the amount: "of the three million, two
    hundred were lost", "turnout was one million, ten thousand fewer than in 2015".
    """
    if not _is_cardinal_word(tokens, k):
        return False
    group = _read_cardinal(tokens, k, groups=False)
    if group is None or group.kind != "words" or group.value >= scale:
        return False
    if any(tokens[t].text in ("-", "&") or tokens[t].low == "and" for t in range(k, group.last + 1)):
        return True
    # US style without "and": "three million, two hundred forty thousand" (tens below the scale)
    inner = max(
        (SCALES[_word(tokens, t)] for t in range(k, group.last + 1) if _word(tokens, t) in SCALES), default=1
    )
    return group.value / inner > 100 and (group.value / inner) % 100 != 0


def _denominator_at(tokens: list[Tok], j: int) -> tuple[float, int, bool] | None:
    """A fraction's denominator at ``j`` (after a hyphen too): (value, last token, plural).

    "thirds", "-tenths", and compounds of a tens word and an ordinal unit ("twenty-fifths",
    "twenty firsts").
    """
    k = _skip_hyphen(tokens, j - 1) if j - 1 >= 0 else j
    w = _word(tokens, k)
    if w in DENOMINATORS:
        return DENOMINATORS[w], k, w.endswith("s") or w == "half"
    if w in TENS:
        m = _skip_hyphen(tokens, k)
        u = _word(tokens, m)
        if u in ORDINAL_UNITS:
            return float(TENS[w] + ORDINAL_UNITS[u]), m, u.endswith("s")
    if w in UNITS:
        return _big_denominator_at(tokens, k)
    return None


def _big_denominator_at(tokens: list[Tok], k: int) -> tuple[float, int, bool] | None:
    """A denominator of a hundred or more: "one hundred fifth", "one hundred and twenty-fifths".

    The whole hundreds are read as a cardinal, then an ordinal ends them; "one hundred fifth"
    is the 105th part (not the hundredth of a fifth).
    """
    prefix = _read_cardinal(tokens, k)
    if prefix is None or prefix.kind != "words":
        return None
    last_word = _word(tokens, prefix.last)
    m = _skip_hyphen(tokens, prefix.last)
    w = _word(tokens, m)
    if prefix.value == 1 and DENOMINATORS.get(w, 0) >= 100:
        return DENOMINATORS[w], m, w.endswith("s")  # "one one-hundredth": the hundredth part
    if prefix.value > 100 and last_word in TENS and w in ORDINAL_UNITS:
        return prefix.value + ORDINAL_UNITS[w], m, w.endswith("s")  # "one hundred and twenty-fifth"
    if prefix.value < 100 or prefix.value % 100:
        return None
    m = prefix.last + 1
    if _word(tokens, m) == "and":
        m += 1
    else:
        m = _skip_hyphen(tokens, prefix.last)
    w = _word(tokens, m)
    ordinal = ORDINAL_UNITS.get(w)
    if ordinal is None and w in DENOMINATORS and w not in _PARTS:
        ordinal = int(DENOMINATORS[w])
        if ordinal >= 100:
            return None  # "one hundred thousandth" is a cardinal's own ordinal, read elsewhere
    if ordinal is None:
        small = _denominator_at(tokens, m) if w in TENS else None
        if small is None:
            return None
        return prefix.value + small[0], small[1], small[2]
    return prefix.value + ordinal, m, w.endswith("s")


#: Denominators that are not ordinals ("a half", "three quarters").
_PARTS = frozenset({"half", "halves", "quarter", "quarters"})


def _fraction_after(tokens: list[Tok], j: int, numerator: float, plural_ok: bool) -> tuple[float, int] | None:
    """Read a denominator at ``j``: numerator / denominator ("two thirds", "one twenty-fifth").

    A numerator of one takes a singular denominator, any other a plural one.
    """
    den = _denominator_at(tokens, j)
    if den is None:
        return None
    value, k, plural = den
    if numerator != 1 and not plural and not plural_ok:
        return None
    if numerator == 1 and plural and _word(tokens, k) != "halves":
        return None
    return numerator / value, k


def _apply_scale(tokens: list[Tok], phrase: NumberPhrase, currency: bool) -> NumberPhrase:
    """Apply scale words or abbreviations that follow a number ("1.5 million", "$2.3bn", "10k")."""
    j = phrase.last + 1
    value = phrase.value
    last = phrase.last
    scaled = phrase.scaled
    if j < len(tokens) and tokens[j].kind == "word":
        t = tokens[j]
        glued = _adjacent(tokens, j - 1, j)
        nxt_glued = j + 1 < len(tokens) and _adjacent(tokens, j, j + 1) and tokens[j + 1].kind != "sym"
        if tokens[phrase.last].kind == "num" and not nxt_glued:
            if t.text in ABBREVIATIONS and (glued or len(t.text) > 1 or _ends_phrase(tokens, j)):
                return NumberPhrase(value * ABBREVIATIONS[t.text], phrase.first, j, phrase.kind, True)
            if t.text == "m" and glued and _word(tokens, j + 1) in ("people", "users", "children", "adults"):
                return NumberPhrase(value * 1e6, phrase.first, j, phrase.kind, True)  # "5m people"
            if currency and t.low in CURRENCY_ABBREVIATIONS and glued:
                return NumberPhrase(value * CURRENCY_ABBREVIATIONS[t.low], phrase.first, j, phrase.kind, True)
        if t.low in SCALES or t.low == "hundred":
            scale = SCALES.get(t.low, 100.0)
            value *= scale
            last = j
            scaled = True
            # "one thousand million"
            if _word(tokens, j + 1) in SCALES and SCALES[_word(tokens, j + 1)] > scale:
                value *= SCALES[_word(tokens, j + 1)]
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
    if w in ("half", "quarter") or (w == "a" and _word(tokens, i + 1) in ("half", "quarter")):
        k = i + 1 if w == "a" else i
        part = 0.5 if _word(tokens, k) == "half" else 0.25
        m = k + 1
        if _word(tokens, m) == "a" and _word(tokens, m + 1) in (*SCALES, "dozen"):
            m += 1
        sw = _word(tokens, m)
        if sw in SCALES:
            return NumberPhrase(part * SCALES[sw], i, m, "words", True)
        if sw == "dozen":
            return NumberPhrase(part * 12, i, m, "words", True)
        if w == "quarter":
            return None
    # "a third", "a quarter", "a half", "a fifth", "a twenty-first", "a hundredth"
    if w in ("a", "one"):
        den = _denominator_at(tokens, i + 1)
        if den is not None and (not den[2] or _word(tokens, den[1]) == "half"):
            return NumberPhrase(1 / den[0], i, den[1], "fraction")
    if w == "half":
        return NumberPhrase(0.5, i, i, "fraction")
    # "one-sixth", "two-thirds", "one in twenty", "one-in-three"
    card: NumberPhrase | None
    card = _read_digits(tokens, i) if tok.kind == "num" else _read_cardinal(tokens, i)
    if card is None:
        return None
    if card.kind == "year":
        return _year_or_fraction(tokens, card)
    j = card.last + 1
    if card.kind == "words" and card.value > 0:
        last_word = _word(tokens, card.last)
        unit_word = _word(tokens, _skip_hyphen(tokens, card.last))
        if (
            last_word in TENS
            and card.last > i
            and unit_word in ORDINAL_UNITS
            and unit_word.endswith("s")
            and _word(tokens, card.last - 1) != "and"
            and card.value > TENS[last_word]
        ):
            # "one hundred thirty fifths": one hundred / thirty-fifths
            k = _skip_hyphen(tokens, card.last)
            value = (card.value - TENS[last_word]) / (TENS[last_word] + ORDINAL_UNITS[unit_word])
            return NumberPhrase(value, i, k, "fraction")
        frac = _fraction_after(tokens, j, card.value, plural_ok=False)
        if frac is not None:
            value, k = frac
            card = NumberPhrase(value, i, k, "fraction")
            return _apply_scale_of(tokens, card)
    ratio = _ratio_after(tokens, card)
    if ratio is not None:
        return ratio
    card = _point_decimals(tokens, card)
    # "11 and a half million", "two and a half", "3 million and a half", "two million and three fifths"
    if _word(tokens, j) == "and":
        extra = _and_fraction(tokens, j + 1)
        if extra is not None:
            part, k = extra
            unit = 1.0
            if _word(tokens, k + 1) in SCALES:
                k += 1
                unit = SCALES[_word(tokens, k)]
            elif _word(tokens, card.last) in SCALES:
                unit = SCALES[_word(tokens, card.last)]
            elif tokens[card.last].text in ABBREVIATIONS:
                unit = ABBREVIATIONS[tokens[card.last].text]
            # "11 and a half million" scales the whole; "3 million and a half" adds half a million
            big_end = _word(tokens, card.last) in SCALES or tokens[card.last].text in ABBREVIATIONS
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
    nxt = _skip_hyphen(tokens, first_end)
    if nxt != first_end + 1 and _word(tokens, nxt) in UNITS:
        first_end = nxt  # "twenty-one twenty-fifths"
    den = _denominator_at(tokens, first_end + 1)
    if den is None or den[1] < card.last:
        return card
    value, k, plural = den
    head = sum(
        UNITS.get(_word(tokens, t), TENS.get(_word(tokens, t), 0)) for t in range(card.first, first_end + 1)
    )
    if not plural and head != 1:
        return card
    return NumberPhrase(head / value, card.first, k, "fraction")


def _and_fraction(tokens: list[Tok], k: int) -> tuple[float, int] | None:
    """A fraction after "and": "a half", "one half", "three quarters" -> (value, last token)."""
    if _word(tokens, k) in ("a", "one") and _word(tokens, k + 1) in DENOMINATORS:
        d = _word(tokens, k + 1)
        if not d.endswith("s"):
            return 1 / DENOMINATORS[d], k + 1
        return None
    if _is_cardinal_word(tokens, k):
        sub = _read_cardinal(tokens, k)
        if sub is not None and sub.kind == "words":
            return _fraction_after(tokens, sub.last + 1, sub.value, plural_ok=False)
    return None


_DIGIT_WORDS = {w: str(v) for w, v in UNITS.items() if v < 10}


def _point_decimals(tokens: list[Tok], card: NumberPhrase) -> NumberPhrase:
    """Spoken decimals: "six point two", "two hundred point zero three", "nought point eleven"."""
    j = card.last + 1
    if card.kind != "words" or _word(tokens, j) != "point":
        return card
    k = j + 1
    digits = ""
    last = -1
    while _word(tokens, k) in _DIGIT_WORDS:
        digits += _DIGIT_WORDS[_word(tokens, k)]
        last = k
        k += 1
    if not digits and _is_cardinal_word(tokens, k):
        sub = _read_cardinal(tokens, k)
        if sub is not None and sub.kind == "words" and not sub.scaled:
            digits, last = str(int(sub.value)), sub.last
    if not digits:
        return card
    value = card.value + float("0." + digits) * (1 if card.value >= 0 else -1)
    return NumberPhrase(value, card.first, last, "words", card.scaled)


def _over_fraction(tokens: list[Tok], card: NumberPhrase) -> NumberPhrase | None:
    """Spoken fractions: "one over three", "2000 over 3" ending a clause -> 1/3, 666.67."""
    j = card.last + 1
    if _word(tokens, j) != "over" or card.scaled or card.kind not in ("digits", "words"):
        return None
    k = j + 1
    if k >= len(tokens):
        return None
    den = _read_digits(tokens, k) if tokens[k].kind == "num" else _read_cardinal(tokens, k)
    if den is None or den.kind not in ("digits", "words") or den.value == 0:
        return None
    after = den.last + 1
    if after < len(tokens) and not (tokens[after].kind == "sym" and tokens[after].text in ".,;:!?)"):
        return None
    return NumberPhrase(card.value / den.value, card.first, den.last, "fraction")


def _apply_scale_of(tokens: list[Tok], frac: NumberPhrase) -> NumberPhrase:
    """ "two thirds of a million": a fraction of a scale word."""
    j = frac.last + 1
    if _word(tokens, j) == "of" and _word(tokens, j + 1) == "a" and _word(tokens, j + 2) in SCALES:
        return NumberPhrase(frac.value * SCALES[_word(tokens, j + 2)], frac.first, j + 2, "words", True)
    return frac


def _ratio_after(tokens: list[Tok], card: NumberPhrase) -> NumberPhrase | None:
    """ "one in twenty", "one out of six", "one-in-three", "2 in 5": a ratio below one."""
    j = card.last + 1
    k: int | None = None
    if _word(tokens, j) == "in":
        k = j + 1
    elif _word(tokens, j) == "out" and _word(tokens, j + 1) == "of":
        k = j + 2
    elif j < len(tokens) and tokens[j].text == "-" and _word(tokens, j + 1) == "in":
        k = _skip_hyphen(tokens, j + 1)
        if k == j + 2:
            return None
    if k is None or k >= len(tokens):
        return None
    if tokens[k].kind == "num" and re.fullmatch(r"1[5-9]\d\d|20\d\d", tokens[k].text):
        return None  # "2 in 2009"
    den = _read_digits(tokens, k) if tokens[k].kind == "num" else _read_cardinal(tokens, k)
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
        and _adjacent(tokens, i, i + 1)
        and _adjacent(tokens, i + 1, i + 2)
        and not (i + 3 < n and tokens[i + 3].text in "/-" and _adjacent(tokens, i + 2, i + 3))
        and not (i > 0 and tokens[i - 1].text == "/" and _adjacent(tokens, i - 1, i))
        and not (
            i > 1
            and tokens[i - 1].text == "-"
            and tokens[i - 2].kind == "num"
            and _adjacent(tokens, i - 2, i - 1)
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
        and _adjacent(tokens, i + 1, i + 2)
        and _adjacent(tokens, i + 2, i + 3)
        and not (i + 4 < n and tokens[i + 4].text == "/")
        and tokens[i + 1].start - tokens[i].end <= 2
    ):
        num = digits_value(tokens[i + 1].text)
        den = digits_value(tokens[i + 3].text)
        if den > num > 0:
            return NumberPhrase(value + num / den, i, i + 3, "fraction")
    # "2½"
    if i + 1 < n and tokens[i + 1].text in UNICODE_FRACTIONS and _adjacent(tokens, i, i + 1):
        return NumberPhrase(value + UNICODE_FRACTIONS[tokens[i + 1].text], i, i + 1, "fraction")
    # "1.1^23", "2.5^-1", "1.1^--23"
    if i + 1 < n and tokens[i + 1].text == "^" and _adjacent(tokens, i, i + 1):
        k = i + 2
        sign = 1
        while k < n and tokens[k].text in "+-−" and _adjacent(tokens, k - 1, k):
            if tokens[k].text != "+":
                sign = -sign
            k += 1
        if k < n and tokens[k].kind == "num" and _adjacent(tokens, k - 1, k):
            try:
                powered = value ** (sign * digits_value(tokens[k].text))
            except (OverflowError, ZeroDivisionError):
                return None
            if powered < 1e300:
                return NumberPhrase(powered, i, k, "digits", True)
    card = _read_cardinal(tokens, i)
    return card
