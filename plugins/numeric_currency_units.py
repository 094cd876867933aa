"""Two readings of money a careful reader applies to a stated change (round alarm20):

* **a change told in the currency's subunit is a hundredth of the levels' unit.**  "2.79 złoty
  in September, compared with 2.85 złoty a year earlier, a fall of 6 grosze", "$2.85 …, a fall
  of 6 cents", "up 3p from £1.39", "an increase of 52 paise": the difference 0.06 is "6"
  hundredths.  The change is judged at a hundredth of its number, and only when its subunit
  belongs to the levels' currency ("cents" to any dollar, euro, rand or shilling; "pence" to the
  pound; "grosze" to the złoty; …): pence are no change of two dollar amounts.  Levels told in
  the subunit themselves ("36.2 cents, down from 40.1 cents") are compared as they stand.
* **an exchange rate is a rate, never a level of a change.**  "VND30.97 trillion, or about
  US$1.34 billion at the current exchange rate of around VND23,150 to the dollar, up 18.4% from
  VND26.16 trillion": "23,150 to the dollar" (also "per euro", "a dollar", "against the
  dollar") is what one dollar costs, not the amount that rose from 26.16 trillion.  A change
  between two rates ("the rupee fell to 83.2 to the dollar from 82.1 to the dollar") is still one,
  and its stated change may be the currency's own, which moves against the rate's number: "The
  rupee fell 0.4% to 83.21 per dollar from 82.88" (a rupee buys 0.4% fewer dollars); "weakened by
  33 paise to 83.21 per dollar from 82.88".  A change between two rates is judged on the rate and,
  when that fails, on the currency's own value (the inverse, with the stated direction; a
  difference in the rate's unit with the direction turned), and passes when either agrees.
"""

from __future__ import annotations

import re

from factcheck.model import Figure, Interval

from .numeric_text import divide, subtract

__all__ = [
    "SUBUNIT",
    "SUBUNIT_WORD",
    "between_rates",
    "currency_side_agrees",
    "exchange_rate",
    "rate_against_amount",
    "told_in_subunit",
]

SUBUNIT = 0.01
"""What one subunit ("cent", "penny", "grosz") is of its currency's unit."""

#: Currencies named in words after the number, by the ISO code the extractor gives for symbols.
_CURRENCY_CODES = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "rupee": "INR",
    "rupees": "INR",
    "zloty": "PLN",
    "zlotys": "PLN",
    "zlotych": "PLN",
    "złoty": "PLN",
    "złotys": "PLN",
    "złotych": "PLN",
    "zł": "PLN",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "peso": "MXN",
    "pesos": "MXN",
    "real": "BRL",
    "reais": "BRL",
    "rand": "ZAR",
    "shilling": "KES",
    "shillings": "KES",
    "krona": "SEK",
    "kronor": "SEK",
    "krone": "NOK",
    "kroner": "NOK",
    "lira": "TRY",
    "franc": "CHF",
    "francs": "CHF",
    "yuan": "CNY",
    "ringgit": "MYR",
    "baht": "THB",
    "shekel": "ILS",
    "shekels": "ILS",
    "lei": "RON",
    "leu": "RON",
    "riyal": "SAR",
    "riyals": "SAR",
    "pound sterling": "GBP",
}
#: Dollars, euros and the other currencies whose hundredth is a "cent" (or "c").
_CENT_CURRENCIES = frozenset(
    """USD CAD AUD NZD HKD SGD TWD JMD BBD BSD TTD FJD LRD NAD EUR ZAR KES UGX TZS SOS LKR MUR SCR
    BND XCD""".split()
)
#: Each subunit word, and the currencies it is a hundredth of.
_SUBUNITS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("cent", "cents", "c"), _CENT_CURRENCIES),
    **dict.fromkeys(("penny", "pence", "p"), frozenset({"GBP"})),
    **dict.fromkeys(("paise", "paisa", "paisas"), frozenset({"INR", "PKR", "NPR"})),
    **dict.fromkeys(("grosz", "grosze", "groszy"), frozenset({"PLN"})),
    **dict.fromkeys(
        ("kopeck", "kopecks", "kopek", "kopeks", "kopiyka", "kopiykas", "kopiyok"), frozenset({"RUB", "UAH"})
    ),
    **dict.fromkeys(("centavo", "centavos"), frozenset({"MXN", "BRL", "PHP", "ARS", "COP", "CLP"})),
    **dict.fromkeys(("centime", "centimes"), frozenset({"CHF", "EUR"})),
    **dict.fromkeys(("rappen",), frozenset({"CHF"})),
    **dict.fromkeys(("öre", "øre", "ore"), frozenset({"SEK", "NOK", "DKK"})),
    **dict.fromkeys(("kurus", "kuruş"), frozenset({"TRY"})),
    **dict.fromkeys(("satang",), frozenset({"THB"})),
    **dict.fromkeys(("sen",), frozenset({"MYR", "JPY"})),
    **dict.fromkeys(("fen",), frozenset({"CNY"})),
    **dict.fromkeys(("agorot", "agora"), frozenset({"ILS"})),
    **dict.fromkeys(("bani", "ban"), frozenset({"RON"})),
    **dict.fromkeys(("halala", "halalas"), frozenset({"SAR"})),
}

#: Any subunit word, as a pattern ("cents", "p", "grosze"), longest first.
SUBUNIT_WORD = "(?:" + "|".join(sorted(map(re.escape, _SUBUNITS), key=len, reverse=True)) + r")\b"


def _currency(figure: Figure) -> str | None:
    """The figure's currency: the extractor's code, or a currency named in words after it."""
    if figure.currency:
        return figure.currency
    words = (figure.unit or "").lower().split()
    return _CURRENCY_CODES.get(words[-1]) if words else None


def told_in_subunit(start: Figure, end: Figure, change: Figure) -> bool:
    """True when ``change`` is told in the subunit of the currency both levels are in ("2.85
    złoty … 2.79 złoty, a fall of 6 grosze"; "$2.85 … $2.79, down 6 cents"): a hundredth of
    their unit.  False for levels in the subunit themselves, or a subunit of another currency."""
    if change.currency or change.is_percent:
        return False
    words = (change.unit or "").lower().split()
    if not words:
        return False
    currency = _currency(start)
    if currency is None or currency != _currency(end):
        return False
    return currency in _SUBUNITS.get(words[0], frozenset())


#: Right after a figure (and perhaps its currency's name): the unit of another currency it is the
#: price of: "to the dollar", "against the pound", "per euro", "a dollar" ("$4 a pound" is a weight's
#: price, so the pound only with "to" or "against").
_RATE_AFTER = re.compile(
    r"\s*(?:[^\W\d]+\s+)?(?:(?:to|against)\s+(?:the\s+|one\s+)?(?:U\.?S\.?\s+|US\s+|American\s+)?"
    r"(?:dollar|euro|pound|sterling|yen|yuan|franc|rupee|greenback|single\s+currency)|"
    r"(?:per|a|an)\s+(?:U\.?S\.?\s+|US\s+)?(?:dollar|euro|yen|yuan|franc|rupee))\b"
    r"(?!\s*(?:bonds?|notes?|deposits?|loans?|debt|accounts?|-denominated)\b)",
    re.I,
)


def exchange_rate(text: str, figure: Figure) -> bool:
    """True when ``figure`` is an exchange rate: a price of another currency's unit ("around
    VND23,150 to the dollar", "4.18 złoty per euro", "1.09 dollars a euro")."""
    return not figure.is_percent and bool(_RATE_AFTER.match(text, figure.span.end))


#: A scale word in a figure's own words: an amount ("VND26.16 trillion", "$4.2bn"), never a rate.
_SCALE = re.compile(r"\d\s*(?:thousand|million|billion|trillion|mn|bn|tn|m|b|k)\b", re.I)


def rate_against_amount(text: str, start: Figure, end: Figure) -> bool:
    """True when one end of a change is an exchange rate and the other an amount told with a scale
    word ("from VND26.16 trillion" to "around VND23,150 to the dollar"): no change of one quantity.
    An end with no unit of its own after a rate ("to 83.21 per dollar from 82.88") is the same rate."""
    for rate, other in ((start, end), (end, start)):
        if (
            exchange_rate(text, rate)
            and not exchange_rate(text, other)
            and _SCALE.search(text, other.span.start, other.span.end)
        ):
            return True
    return False


def between_rates(text: str, start: Figure, end: Figure) -> bool:
    """True when a change runs between two exchange rates: both ends are rates, or one is and the
    other has no scale word ("to 83.21 per dollar from 82.88")."""
    rates = exchange_rate(text, start) + exchange_rate(text, end)
    if rates == 2:
        return True
    bare = end if exchange_rate(text, start) else start
    return rates == 1 and not _SCALE.search(text, bare.span.start, bare.span.end)


def _inverse(reading: Interval) -> Interval | None:
    """The interval of 1 / x over a positive reading (None when it may be zero or less)."""
    if reading.lo <= 0:
        return None
    return Interval(1 / reading.hi if reading.upper is not None else 0.0, 1 / reading.lo)


def _currency_change(start: Interval, end: Interval, *, down: bool, relative: bool) -> Interval | None:
    """The change of the currency's own value between two rates: the relative change (a fraction)
    of the inverse rates in the stated direction, or the rates' difference the other way."""
    if not relative:
        return subtract(end, start) if down else subtract(start, end)
    first, second = _inverse(start), _inverse(end)
    ratio = None if first is None or second is None else divide(second, first)
    if ratio is None:
        return None
    return Interval(1 - ratio.hi, 1 - ratio.lo) if down else Interval(ratio.lo - 1, ratio.hi - 1)


def currency_side_agrees(
    readings: tuple[Interval, Interval, Interval],
    values: tuple[float, float, float],
    *,
    down: bool,
    relative: bool,
) -> bool:
    """True when a stated change between two rates holds for the currency's own value ("fell 0.4%
    to 83.21 per dollar from 82.88"; "fell 33 paise to 83.21 per dollar from 82.88"): ``readings``
    and ``values`` are the start's, the end's and the stated change's (a fraction when
    ``relative``), with roundings and as written; it agrees as :meth:`change` passes, the stated
    value within the change's readings or the change as written within the stated readings."""
    change = _currency_change(readings[0], readings[1], down=down, relative=relative)
    point = _currency_change(
        Interval.point(values[0]), Interval.point(values[1]), down=down, relative=relative
    )
    if change is None or point is None:
        return False
    stated, value = readings[2], values[2]
    return change.lo <= value <= change.hi or stated.lo <= point.lo <= stated.hi
