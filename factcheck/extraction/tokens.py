"""Tokens: the tokenizer (:func:`tokenize`: digit runs with their separators, words, codes such as
"G20", single symbols), the value of a digit numeral (:func:`digits_value`), and the token view
the figure reader and the figure filter share (:class:`TokenView`: a text's tokens, their
lower-case forms, the tokens inside URLs and e-mail addresses, and small look-ups by position)."""

from __future__ import annotations

import re
from typing import NamedTuple

from factcheck.extraction.figure_context import GLUED_CURRENCIES, GLUED_SINGLE, PHONE
from factcheck.extraction.figure_words import URL

__all__ = ["Tok", "TokenView", "digits_value", "tokenize"]

# Groups of digits are bounded (eight groups reach 10**24, beyond any figure in news): an
# unbounded group run is tried again from every digit run inside a long list such as
# "12,12,12,...", which made tokenizing quadratic.
_DIGITS = (
    # 1.3e6, 1.3x10^6, 2.48×10−5
    r"(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+−]?\d{1,3}|\s?[x×]\s?10(?:\^[-+−]?|[-−])\d{1,3})(?!\w|\.\d)"
    r"|\d+(?:\.\d+)?\s?[x×]\s?\d{1,3}\^[-+−]?\d{1,5}(?!\w|\.\d)"  # 8x2^10, 3 × 2^20
    r"|\d{1,2},(?:\d{2},){1,8}\d{3}(?:\.\d+)?(?![\d,]\d)"  # 12,34,567.89 (South Asian grouping)
    r"|\d{1,3}(?:,\d{3}){1,8}(?:\.\d+)?(?![\d,]\d)"  # 1,234,567.89
    r"|\d{1,3}(?:\.\d{3}){1,8},\d+"  # 1.234,5 (decimal comma)
    r"|\d{1,3}(?:\.\d{3}){2,8}(?![\d.]\d)"  # 1.234.567
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,8}(?:\.\d+)?(?![\d,.]?\d)"  # 4 000, 1 234 567
    # 1,3 and 12,75 (decimal comma: one or two digits after a comma cannot be a thousands
    # group); not inside a list of numbers ("1,3,5", "1,3 and 5")
    r"|(?<!\d,)\d{1,3},\d{1,2}(?![\d,]|-\w|\s(?:and|or|&)\s+\d)"  # not "1,4-dioxane"
    r"|\d+\.\d+|\.\d+|\d+"
)
# Words first: most tokens are words, and a letter can start only a code or a word (a digit or a
# dot only a locant or a number), so the order of the two pairs changes no token.  A code is a
# run of letters followed by a digit, and only the whole run can be (a shorter one is followed by a
# letter), so the word is tried first and takes its first run only when neither a letter nor a digit
# follows it (the whole run, and no code): the same tokens as trying the code first, without the
# code backtracking through every letter of every word.
#
# The white space before a token is read as part of its match (possessively: it is never given
# back), so the search does not try every alternative at every space between tokens; a token's
# place is its group's.  White space at the very end of a text, which no token follows, is cut
# off before the search (else the search would read it again from each of its characters): the
# tokens cannot change, since no alternative reads white space that is not followed by more text.
# A currency prefix glued to its amount ("R41.5bn", "KSh50"): split off the number as a ``cur``
# token, tried only where a run of letters meets a digit (the word alternative failed there).  A
# one-letter prefix only before money: thousands groups (by commas or spaces: "R50 000") or a scale
# word (also after a hyphen: "R3-million"), or after a hedge an amount of three digits, with
# decimals or before a word of price ("about R640", "roughly R75 more each month"; not "some N95
# masks", "up to P6"); a three-letter code not before a lone digit with
# no scale word ("PHP7", "PHP8.1" are versions), the local prefixes ("Rs", "KSh", "Dh") anywhere.
_HEDGE_BEFORE = "|".join(
    f"(?<={first}{rest} )"
    for word in ("about", "around", "nearly", "almost", "roughly", "some", "over", "than", "least", "up to")
    for first, rest in ((word[0], word[1:]), (word[0].upper(), word[1:]))
)
_SINGLE = "|".join(sorted(GLUED_SINGLE))
_MONEY = (
    r"\d{1,3}(?:,\d{3})+(?![\d,]\d)"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]?\d)"  # "R50 000": thousands groups by spaces,
    # not before a unit of measure ("the N2 500 metres before the off-ramp": a road, then a distance)
    r"(?!\s*(?:m|km|metres?|meters?|kilometres?|kilometers?|feet|ft|yards?|miles?|kg|tonnes?)\b)"
    r"|\d+(?:\.\d+)?(?:\s?|-)(?:bn|b|mn|m|k|tn|trn|million|billion|trillion|crores?|lakhs?)\b"  # "R3-million"
)
_PRICED = r"\s(?:more|less|extra|a|an|per|each|every|for|from|than)\b"  # "roughly R75 more each month"
_CODES = sorted((p for p in GLUED_CURRENCIES if len(p) == 3 and p.isupper()), reverse=True)
_LOCAL = sorted((p for p in GLUED_CURRENCIES if len(p) > 1 and p not in _CODES), key=len, reverse=True)
_GLUED = (
    "(?:"
    + "|".join(re.escape(p) for p in _LOCAL)
    + r")(?=\d)"  # "under Rs2", "KSh5": these letters are only ever money
    + "|(?:"
    + "|".join(_CODES)
    + rf")(?=\d{{2}}|{_MONEY})"
    + rf"|(?:{_SINGLE})(?={_MONEY})"
    + rf"|(?:{_HEDGE_BEFORE})(?:{_SINGLE})(?=\d{{3,}}(?![\w-])|\d+\.\d+(?![\w-])|{_MONEY}|\d+{_PRICED})"
)
_TOKEN = re.compile(
    r"\s*+(?:"
    r"(?P<word>[^\W\d_]+(?![^\W_])(?:[’'][^\W\d_]+)*)"
    r"|(?P<cur>" + _GLUED + ")"  # R41.5bn, KSh50: the prefix, then the number
    r"|(?P<code>[^\W\d_]+\d[^\W_]*(?:\.\d+)?)"  # G20, H5N1, A330, i7, J1149.5
    r"|(?P<locant>(?<![\d,])\d{1,2}(?:,\d{1,2})+-(?=[^\W\d_]))"  # "1,4-dioxane", "2,5-fold": a name
    r"|(?P<num>(?<!\d)(?:" + _DIGITS + r"))"
    r"|(?P<sym>\S)"
    r")"
)


class Tok(NamedTuple):
    """One token: its kind ("num", "word", "code", "cur" or "sym"), its text and its character offsets.

    A "code" is letters then digits in one run ("G20", "H5N1"): a name, never a number; a "cur" is
    a currency prefix glued to the number after it ("R" of "R41.5bn").  A
    named tuple, not an attrs class: a text has thousands of tokens, and a tuple is built
    several times faster.
    """

    kind: str
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        """The text in lower case."""
        return self.text.lower()


_KINDS: dict[str | None, str] = {
    **{"cur": "cur", "locant": "code", "num": "num", "code": "code", "word": "word", "sym": "sym"},
    None: "sym",
}


def tokenize(text: str) -> list[Tok]:
    """Split ``text`` into digit runs, words and single symbols (whitespace dropped)."""
    kinds = _KINDS
    new = tuple.__new__  # Tok's own constructor, without the call through __new__'s signature
    return [
        new(Tok, (kinds[kind], m.group(kind), m.start(kind), m.end()))
        for m in _TOKEN.finditer(text.rstrip())
        for kind in (m.lastgroup or "sym",)  # every alternative is a named group
    ]


# the forms digits_value reads, compiled once (it is called for every number of every text)
_SCIENTIFIC = re.compile(r"([\d.]+)(?:[eE]|\s?[x×]\s?10\^?)([-+−]?\d+)")
_POWER = re.compile(r"([\d.]+)\s?[x×]\s?(\d+)\^([-+−]?\d+)")
_DECIMAL_COMMA = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+|\d{1,3},\d{1,2}")
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
_DOT_THOUSAND = re.compile(r"\d{1,3}\.000")
_SEPARATORS = re.compile(r"[,\s\u00a0\u202f]")


def digits_value(text: str) -> float:
    """The value of a digit numeral as written ("4,000" 4000, "4.000" 4000, "1.234,5" 1234.5)."""
    sci = _SCIENTIFIC.fullmatch(text)
    if sci:
        try:
            value = float(sci.group(1)) * 10.0 ** int(sci.group(2).replace("−", "-"))
        except OverflowError:
            raise ValueError(f"{text!r} is out of range") from None
        if value == 0 and float(sci.group(1)) != 0:
            raise ValueError(f"{text!r} is too small to tell from zero")
        return value
    power = _POWER.fullmatch(text)
    if power:
        try:
            value = float(power.group(1)) * float(power.group(2)) ** int(power.group(3).replace("−", "-"))
        except (OverflowError, ZeroDivisionError):
            raise ValueError(f"{text!r} is out of range") from None
        if value == 0 and float(power.group(1)) != 0 and float(power.group(2)) != 0:
            raise ValueError(f"{text!r} is too small to tell from zero")
        return value
    if _DECIMAL_COMMA.fullmatch(text):
        return float(text.replace(".", "").replace(",", "."))
    if _DOT_GROUPS.fullmatch(text) or _DOT_THOUSAND.fullmatch(text):
        # dots as thousands separators: "1.234.567", and "4.000" (nobody writes a
        # decimal with three trailing zeros in running text)
        return float(text.replace(".", ""))
    return float(_SEPARATORS.sub("", text))


class TokenView:
    """A text's tokens with the helpers both the scanner and the filter read them through."""

    text: str
    toks: list[Tok]
    n: int
    lows: list[str]
    blocked: set[int]

    def __init__(self, text: str, like: TokenView | None = None) -> None:
        """The tokens of ``text``; ``like``, a view of the same text, lends its tokens instead."""
        self.text = text
        if like is not None:
            self.toks, self.n, self.lows, self.blocked = like.toks, like.n, like.lows, like.blocked
            return
        self.toks = tokenize(text)
        self.n = len(self.toks)
        self.lows = [t.text.lower() for t in self.toks]
        self.blocked = self._blocked_tokens()

    def _blocked_tokens(self) -> set[int]:
        """The tokens inside URLs, e-mail addresses and international telephone numbers ("+1 604 699
        4000") (one merge of two sorted lists).

        The pattern runs only on a text that holds what every match needs ("://", "www." in any
        case, or "@"): most articles hold none, and then it would read every word for nothing.
        """
        blocked: set[int] = set()
        phones = PHONE.search(self.text) is not None
        if not phones and "@" not in self.text and "://" not in self.text and "www." not in self.text.lower():
            return blocked
        k = 0
        matches = sorted(
            [*URL.finditer(self.text), *(PHONE.finditer(self.text) if phones else ())],
            key=lambda m: m.start(),
        )
        for match in matches:
            start, end = match.span()
            while k < self.n and self.toks[k].start < start:
                k += 1
            while k < self.n and self.toks[k].start < end:
                blocked.add(k)
                k += 1
        return blocked

    def word(self, i: int) -> str:
        """The lower-case word at ``i`` ('' for a number, a symbol or out of range)."""
        if 0 <= i < self.n and self.toks[i].kind == "word":
            return self.lows[i]
        return ""

    def raw(self, i: int) -> str:
        """The token text at ``i`` ('' out of range)."""
        return self.toks[i].text if 0 <= i < self.n else ""

    def glued(self, i: int, j: int) -> bool:
        """True when tokens ``i`` and ``j`` touch (no space between)."""
        return 0 <= i < self.n and 0 <= j < self.n and self.toks[i].end == self.toks[j].start

    def seq_at(self, i: int, seq: tuple[str, ...]) -> bool:
        """True when the tokens from ``i`` spell the lower-case word sequence ``seq``."""
        if i + len(seq) > self.n:
            return False
        return self.lows[i : i + len(seq)] == list(seq)
