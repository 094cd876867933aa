"""Words of context for figures in the styles of other desks: wire kickers and datelines, Canadian,
UK, Indian and markets copy.  They decide whether a number is a figure ("Erik ten Hag", "1200 Bay
St."), whether two are a range or a change ("fell by 7,530 to 328,764", "lost 1-2"), what a figure
counts ("60 years rose") and its currency ("Rs 26 lakh crore").  Used by
:mod:`factcheck.extraction.figure_filter`, :mod:`factcheck.extraction.figure_units` and the scanner.
"""

from __future__ import annotations

import re

from factcheck.extraction.figure_words import CHANGE_WORDS
from factcheck.extraction.number_words import TENS, UNITS
from factcheck.first_chars import looking_first

#: Words and codes written before an amount: "Rs 26 lakh crore", "Rs. 500", "EUR 300 million".
CURRENCY_CODES: dict[str, str] = {
    "Rs": "INR",
    **{code: code for code in ("INR", "USD", "EUR", "GBP", "CAD", "AUD", "CHF", "JPY", "CNY", "HKD", "SGD")},
}
#: Currency prefixes written glued to the amount, in the styles of African, Gulf and Asian desks
#: ("R41.5bn", "KSh50", "Dh1.2 billion", "RM20 million", "N5 billion", "Rs4,500 crore"), with
#: their ISO codes.  The tokenizer splits such a prefix off the number (a ``cur`` token) instead
#: of reading the run as a code ("G20"); the single letters only before an amount that reads as
#: money (:data:`GLUED_SINGLE`).
GLUED_CURRENCIES: dict[str, str] = {
    **{prefix: "KES" for prefix in ("KSh", "Ksh", "KShs", "Kshs", "Sh", "Shs")},
    **{"TSh": "TZS", "TShs": "TZS", "USh": "UGX", "UShs": "UGX", "Dh": "AED", "Dhs": "AED"},
    **{"RM": "MYR", "Rp": "IDR", "Tk": "BDT", "Rs": "INR", "Rs.": "INR", "GH¢": "GHS", "GHC": "GHS"},
    **{"R": "ZAR", "N": "NGN", "P": "PHP"},
    **{
        code: code
        for code in (
            *("INR", "USD", "EUR", "GBP", "CAD", "AUD", "CHF", "JPY", "CNY", "HKD", "SGD", "NZD"),
            *("ZAR", "KES", "NGN", "GHS", "TZS", "UGX", "AED", "SAR", "QAR", "MYR", "IDR", "PHP"),
            *("PKR", "BDT", "LKR", "EGP", "KRW", "THB", "VND", "BRL", "MXN", "RUB"),
        )
    },
}
#: The one-letter prefixes of :data:`GLUED_CURRENCIES`.  "R2-D2", "N95 masks", "a P4 lab" are
#: names, so a letter is a currency only before an amount with a scale word or thousands groups
#: ("R41.5bn", "N48,000", "P500 million") or after a hedge ("about R900").
GLUED_SINGLE = frozenset(p for p in GLUED_CURRENCIES if len(p) == 1)
#: The number words that can stand inside a person's name ("Erik ten Hag"), lower case.
NUMBER_WORDS = frozenset({*UNITS, *TENS})

#: Days of the week, as a capitalised word before a count ("On Monday three Americans").
WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

#: Capitalised words that open a sentence before a count ("Yesterday ten people ...").
SENTENCE_OPENERS = {"Yesterday", "Today", "Tonight", "Then", "Now", "Here", "Still", "Overall", "Altogether"}

#: Irregular past tenses that end what a figure counts ("more than 60 years rose", "a 6.8 quake struck").
PAST_VERBS = {
    *("rose", "fell", "grew", "struck", "won", "began", "sank", "shrank", "stood", "fought", "bought"),
    *("brought", "caught", "kept", "held", "told", "wrote", "ran", "became", "met", "paid", "hit"),
}

#: Plural nouns without a final "s", heads of what a figure counts.
IRREGULAR_PLURALS = {
    "people",
    "children",
    "men",
    "women",
    "police",
    "staff",
    "personnel",
    "cattle",
    "feet",
    "teeth",
}

#: The last word of a street address after its number ("1200 Bay St.", "21 Elstow Road").
STREET_WORDS = {
    *("St", "Street", "Rd", "Road", "Ave", "Avenue", "Blvd", "Boulevard", "Drive", "Dr", "Lane"),
    *("Crescent", "Terrace", "Parkway", "Pkwy", "Rue", "Strasse", "Marg", "Close", "Square"),
    *("Gardens", "Mews"),
}

#: Verbs before a result "X-Y" and nouns after it ("lost 1-2", "a 1-2 defeat", "a 4-5 ruling").
SCORE_VERBS = {
    *("won", "win", "wins", "beat", "beats", "lost", "lose", "loses", "drew", "draw", "draws", "defeated"),
    *("trailed", "trail", "trails", "trailing", "led", "leads", "leading", "edged", "thrashed", "routed"),
    *("voted", "vote", "votes", "ruled", "passed", "approved", "rejected"),
}
SCORE_NOUNS = {
    *("defeat", "loss", "win", "victory", "draw", "lead", "deficit", "scoreline", "triumph", "thrashing"),
    *("vote", "ruling", "decision", "verdict", "majority", "split", "result"),
}

#: Words before "from X to Y" that make it a range of one quantity, not a change.
RANGE_WORDS = {"range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying"}


def is_change_word(word: str) -> bool:
    """True for a word of change in any of its forms: "rose", "rises", "raised", "jumped",
    "climbing", "raising"."""
    w = word
    if w in CHANGE_WORDS or (w[:-1] in CHANGE_WORDS and w[-1:] in "sd") or w[:-2] in CHANGE_WORDS:
        return True
    return w.endswith("ing") and (w[:-3] in CHANGE_WORDS or w[:-3] + "e" in CHANGE_WORDS)


#: Words before "over N years" that keep "over" a hedge ("it has been over 10 years", "lasts over 2
#: hours", "aged over 65"); after any other noun-like word it means "during".
OVER_MORE_WORDS = {
    *("been", "be", "is", "are", "was", "were", "lasted", "last", "lasts", "lasting", "took", "take"),
    *("takes", "spent", "spend", "spends", "spanning", "spans", "span", "aged", "ages", "age", "lived"),
    *("worked", "served", "waited", "wait", "waiting", "served", "spent", "now", "just", "well", "ago"),
}

#: Nouns for a person before an age in commas ("One woman, 84, lost her savings").
PERSON_NOUNS = {
    *("woman", "man", "boy", "girl", "mother", "father", "son", "daughter", "wife", "husband", "widow"),
    *("grandmother", "grandfather", "resident", "pensioner", "victim", "driver", "teenager", "student"),
    *("worker", "farmer", "nurse", "doctor", "teacher", "officer", "soldier", "suspect", "passenger"),
    *("owner", "neighbour", "neighbor", "mum", "mom", "dad", "retiree", "voter", "fan", "player"),
}

#: Words before a telephone number ("Call 111", "dial 999").
CALL_WORDS = {"call", "dial", "phone", "ring", "text"}

#: The nation of a dollar or pound named in words ("1.3532 Canadian dollars").
NAMED_CURRENCIES: dict[str, str] = {
    **dict.fromkeys(("canadian dollar", "canadian dollars"), "CAD"),
    **dict.fromkeys(("australian dollar", "australian dollars"), "AUD"),
    **{"kong dollars": "HKD", "zealand dollars": "NZD", "singapore dollars": "SGD", "taiwan dollars": "TWD"},
    "pence": "GBP",
}

#: A telephone number: international ("+1 604 699 4000"), with a leading 0 ("0300 123 2040") or an
#: area code in brackets ("(613) 992-4523").
PHONE = re.compile(
    r"(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){2,5}"  # "+1 604 699 4000", "+44 20 7946 0958"
    r"|(?<![\w.,])0\d{2,4}[ -]\d{3,4}[ -]?\d{3,4}(?![\w.,]\d)"  # "0300 123 2040", "020 7946 0958"
    r"|\(\d{3}\) ?\d{3}-\d{4}"  # "(613) 992-4523"
)
PHONE = looking_first(PHONE)  # same matches, tried only where one can start
