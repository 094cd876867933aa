"""Number words: the tables the number grammar (:mod:`factcheck.extraction.numbers`) and the figure
reader read from: units, tens, scales, abbreviations, fraction denominators, ordinal units and
Unicode fractions."""

from __future__ import annotations

__all__ = [
    "ABBREVIATIONS",
    "CURRENCY_ABBREVIATIONS",
    "DENOMINATORS",
    "ORDINAL_UNITS",
    "PLURAL_SCALES",
    "SCALES",
    "TENS",
    "UNICODE_FRACTIONS",
    "UNITS",
]

UNITS: dict[str, int] = {
    "zero": 0,
    "nought": 0,
    "naught": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
#: Scale words above a hundred, as multipliers ("lakh" and "crore" are South Asian usage).
SCALES: dict[str, float] = {
    "thousand": 1e3,
    "lakh": 1e5,
    "million": 1e6,
    "crore": 1e7,
    "billion": 1e9,
    "trillion": 1e12,
}
#: Scale abbreviations written after digits ("$2.3bn", "10k", "10 bln").
ABBREVIATIONS: dict[str, float] = {
    "k": 1e3,
    "K": 1e3,
    "M": 1e6,
    "MM": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "G": 1e9,
    "B": 1e9,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "T": 1e12,
    "tn": 1e12,
    "tln": 1e12,
    "trn": 1e12,
}
#: Abbreviations only read as a scale right after a currency amount ("$5m", "£2m").
CURRENCY_ABBREVIATIONS: dict[str, float] = {"m": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12}
#: Fraction denominators, singular and plural.
DENOMINATORS: dict[str, float] = {}
for _words, _value in (
    (("half", "halves"), 2),
    (("third", "thirds"), 3),
    (("quarter", "quarters", "fourth", "fourths"), 4),
    (("fifth", "fifths"), 5),
    (("sixth", "sixths"), 6),
    (("seventh", "sevenths"), 7),
    (("eighth", "eighths"), 8),
    (("ninth", "ninths"), 9),
    (("tenth", "tenths"), 10),
    (("twentieth", "twentieths"), 20),
    (("thirtieth", "thirtieths"), 30),
    (("fortieth", "fortieths"), 40),
    (("fiftieth", "fiftieths"), 50),
    (("sixtieth", "sixtieths"), 60),
    (("seventieth", "seventieths"), 70),
    (("eightieth", "eightieths"), 80),
    (("ninetieth", "ninetieths"), 90),
    (("hundredth", "hundredths"), 100),
    (("thousandth", "thousandths"), 1e3),
    (("millionth", "millionths"), 1e6),
    (("billionth", "billionths"), 1e9),
    (("trillionth", "trillionths"), 1e12),
):
    for _name in _words:
        DENOMINATORS[_name] = float(_value)

#: Ordinal units that end a compound denominator ("three twenty-firsts", "one twenty-fifth").
ORDINAL_UNITS: dict[str, int] = {}
for _index, _stem in enumerate(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
):
    ORDINAL_UNITS[_stem] = ORDINAL_UNITS[_stem + "s"] = _index + 1

UNICODE_FRACTIONS: dict[str, float] = {
    "½": 1 / 2,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "¼": 1 / 4,
    "¾": 3 / 4,
    "⅕": 1 / 5,
    "⅖": 2 / 5,
    "⅗": 3 / 5,
    "⅘": 4 / 5,
    "⅙": 1 / 6,
    "⅚": 5 / 6,
    "⅛": 1 / 8,
    "⅜": 3 / 8,
    "⅝": 5 / 8,
    "⅞": 7 / 8,
}

#: Scale words in the plural and their values; after a number they count as the singular ("five
#: hundreds"), but "hundreds of" alone is no number (figures reads it as a vague quantity).
PLURAL_SCALES: dict[str, float] = {
    "hundreds": 100.0,
    **{f"{w}s": SCALES[w] for w in ("thousand", "million", "billion", "trillion")},
}
