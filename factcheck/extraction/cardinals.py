"""Cardinal numbers read from tokens: number words and their groups ("nine hundred sixty-three
million", "twenty-one"), with the denominators a cardinal can take ("two-thirds", "three
hundredths"), which read cardinals in turn; and :class:`NumberPhrase`, what every reader of
:mod:`factcheck.extraction.numbers` returns.  The token helpers (:func:`word`, :func:`adjacent`,
:func:`skip_hyphen`) are shared with it.
"""

from __future__ import annotations

import attrs

from factcheck.extraction.number_words import DENOMINATORS, ORDINAL_UNITS, PLURAL_SCALES, SCALES, TENS, UNITS
from factcheck.extraction.tokens import Tok, digits_value

__all__ = [
    "NumberPhrase",
    "adjacent",
    "denominator_at",
    "fraction_after",
    "is_cardinal_word",
    "read_cardinal",
    "skip_hyphen",
    "word",
]


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


def adjacent(tokens: list[Tok], i: int, j: int) -> bool:
    """True when token ``j`` follows token ``i`` with no space between them."""
    return tokens[i].end == tokens[j].start


def word(tokens: list[Tok], i: int) -> str:
    """Token ``i`` in lower case when it is a word, else "" (also past either end)."""
    if 0 <= i < len(tokens) and tokens[i].kind == "word":
        return tokens[i].low
    return ""


def is_cardinal_word(tokens: list[Tok], i: int) -> bool:
    """True when token ``i`` is a number word below a hundred ("seven", "forty")."""
    w = word(tokens, i)
    return w in UNITS or w in TENS


def skip_hyphen(tokens: list[Tok], i: int) -> int:
    """Index of the token after ``i`` skipping one joining hyphen ("sixty-three", "fifty - two")."""
    j = i + 1
    if j < len(tokens) and tokens[j].text in "-‐‑–" and tokens[j].kind == "sym" and j + 1 < len(tokens):
        gap_before = tokens[j].start - tokens[i].end
        gap_after = tokens[j + 1].start - tokens[j].end
        if gap_before <= 1 and gap_after <= 1 and gap_before == gap_after:
            return j + 1
    return j


def _modifies_a_noun(tokens: list[Tok], j: int) -> bool:
    """True when the number word at ``j`` is hyphened to a word that is no number word: the first
    half of a compound ("two-wheelers", "four-room", "three-year"), not a part of the number."""
    after = skip_hyphen(tokens, j)
    if after == j + 1:
        return False
    w = word(tokens, after)
    return bool(w) and w not in UNITS and w not in TENS and w != "hundred" and w not in SCALES


def read_cardinal(tokens: list[Tok], i: int, groups: bool = True) -> NumberPhrase | None:
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
    if word(tokens, i) == "a" and word(tokens, i + 1) in ("hundred", *SCALES, "dozen"):
        cur = 1.0
        last = "unit"
        end = i
        j = i + 1
    while j < n:
        tok = tokens[j]
        w = tok.low if tok.kind == "word" else ""
        if w in PLURAL_SCALES and last in ("unit", "tens", "teen") and word(tokens, j + 1) != "of":
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
            after_and = word(tokens, j - 1) == "and"
            if j != i and not after_and and word(tokens, j + 1) not in ("hundred", *SCALES):
                break  # "4 thousand 3 hundred" goes on; "2 million 300 people" does not
            cur += v
            last = "unit"
            group_has_hundred = group_has_hundred or v >= 100
        elif w in UNITS or w in TENS:
            if last in ("big", "hundred") and _modifies_a_noun(tokens, j):
                break  # "2 million two-wheelers", "a hundred four-room flats": a new count
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
        nxt = skip_hyphen(tokens, j)
        if nxt != j + 1 and (last in ("tens", "unit", "teen", "hundred", "big")) and word(tokens, nxt):
            w2 = word(tokens, nxt)
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
            and (is_cardinal_word(tokens, j + 2) or (j + 2 < n and tokens[j + 2].kind == "num"))
        ):
            checkpoint = (j, total, cur, last, group_has_hundred, big_scale, end)
            j += 2
            continue
        j += 1
    if end < 0:
        return None
    if checkpoint is not None and checkpoint[6] < end:
        den = denominator_at(tokens, end + 1)
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
    if not is_cardinal_word(tokens, k):
        return False
    group = read_cardinal(tokens, k, groups=False)
    if group is None or group.kind != "words" or group.value >= scale:
        return False
    if any(tokens[t].text in ("-", "&") or tokens[t].low == "and" for t in range(k, group.last + 1)):
        return True
    # US style without "and": "three million, two hundred forty thousand" (tens below the scale)
    inner = max(
        (SCALES[word(tokens, t)] for t in range(k, group.last + 1) if word(tokens, t) in SCALES),
        default=1,
    )
    return group.value / inner > 100 and (group.value / inner) % 100 != 0


def denominator_at(tokens: list[Tok], j: int) -> tuple[float, int, bool] | None:
    """A fraction's denominator at ``j`` (after a hyphen too): (value, last token, plural).

    "thirds", "-tenths", and compounds of a tens word and an ordinal unit ("twenty-fifths",
    "twenty firsts").
    """
    k = skip_hyphen(tokens, j - 1) if j - 1 >= 0 else j
    w = word(tokens, k)
    if w in DENOMINATORS:
        return DENOMINATORS[w], k, w.endswith("s") or w == "half"
    if w in TENS:
        m = skip_hyphen(tokens, k)
        u = word(tokens, m)
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
    prefix = read_cardinal(tokens, k)
    if prefix is None or prefix.kind != "words":
        return None
    last_word = word(tokens, prefix.last)
    m = skip_hyphen(tokens, prefix.last)
    w = word(tokens, m)
    if prefix.value == 1 and DENOMINATORS.get(w, 0) >= 100:
        return DENOMINATORS[w], m, w.endswith("s")  # "one one-hundredth": the hundredth part
    if prefix.value > 100 and last_word in TENS and w in ORDINAL_UNITS:
        return prefix.value + ORDINAL_UNITS[w], m, w.endswith("s")  # "one hundred and twenty-fifth"
    if prefix.value < 100 or prefix.value % 100:
        return None
    m = prefix.last + 1
    if word(tokens, m) == "and":
        m += 1
    else:
        m = skip_hyphen(tokens, prefix.last)
    w = word(tokens, m)
    ordinal = ORDINAL_UNITS.get(w)
    if ordinal is None and w in DENOMINATORS and w not in _PARTS:
        ordinal = int(DENOMINATORS[w])
        if ordinal >= 100:
            return None  # "one hundred thousandth" is a cardinal's own ordinal, read elsewhere
    if ordinal is None:
        small = denominator_at(tokens, m) if w in TENS else None
        if small is None:
            return None
        return prefix.value + small[0], small[1], small[2]
    return prefix.value + ordinal, m, w.endswith("s")


#: Denominators that are not ordinals ("a half", "three quarters").
_PARTS = frozenset({"half", "halves", "quarter", "quarters"})


def fraction_after(tokens: list[Tok], j: int, numerator: float, plural_ok: bool) -> tuple[float, int] | None:
    """Read a denominator at ``j``: numerator / denominator ("two thirds", "one twenty-fifth").

    A numerator of one takes a singular denominator, any other a plural one.
    """
    den = denominator_at(tokens, j)
    if den is None:
        return None
    value, k, plural = den
    if numerator != 1 and not plural and not plural_ok:
        return None
    if numerator == 1 and plural and word(tokens, k) != "halves":
        return None
    return numerator / value, k
