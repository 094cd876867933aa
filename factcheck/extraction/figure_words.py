"""The word lists the figure reader works from: hedges and what they mean, months, the words that
make a number part of a name, currency signs and words, the words that end what a figure counts,
and the verbs, ordinals and units that decide whether a number is a figure at all.

Kept apart from the reading (:mod:`factcheck.extraction.figures`) and the judging
(:mod:`factcheck.extraction.figure_filter`), which change for other reasons than the vocabulary.
"""

from __future__ import annotations

import re

from factcheck.extraction.number_words import DENOMINATORS, ORDINAL_UNITS, PLURAL_SCALES, TENS, UNITS

#: Hedge phrases (lower case, as word sequences) and their normalised class.  The
#: classes are the benchmark's fixed list: over, more than, almost, nearly, around,
#: about, approximately, up to, at least, less than, under.
HEDGES: dict[str, str] = {
    "over": "over",
    "well over": "over",
    "just over": "over",
    "a little over": "over",
    "slightly over": "over",
    "over the age of": "over",
    "above": "over",
    "well above": "over",
    "just above": "over",
    "more than": "more than",
    "well more than": "more than",
    "slightly more than": "more than",
    "greater than": "more than",
    "larger than": "more than",
    "higher than": "more than",
    "bigger than": "more than",
    "exceeds": "more than",
    "exceed": "more than",
    "exceeded": "more than",
    "exceeding": "more than",
    "surpass": "more than",
    "surpasses": "more than",
    "surpassed": "more than",
    "surpassing": "more than",
    "upwards of": "more than",
    "in excess of": "more than",
    ">": "more than",
    "at least": "at least",
    "no less than": "at least",
    "no fewer than": "at least",
    "not less than": "at least",
    "a minimum of": "at least",
    "at least or equal to": "at least",
    "greater than or equal to": "at least",
    "more than or equal to": "at least",
    "equal to or more than": "at least",
    "equal to or greater than": "at least",
    "greater or equal than": "at least",
    "bigger or equal than": "at least",
    "higher or equal than": "at least",
    "larger or equal than": "at least",
    "more or equal than": "at least",
    "> =": "at least",
    ">=": "at least",
    "almost": "almost",
    "nearly": "nearly",
    "nearing": "nearly",
    "close to": "nearly",
    "just short of": "nearly",
    "under": "under",
    "just under": "under",
    "well under": "under",
    "below": "under",
    "well below": "under",
    "just below": "under",
    "under the age of": "under",
    "below the age of": "under",
    "less than": "less than",
    "fewer than": "less than",
    "lower than": "less than",
    "smaller than": "less than",
    "<": "less than",
    "up to": "up to",
    "as many as": "up to",
    "as much as": "up to",
    "at most": "up to",
    "no more than": "up to",
    "not more than": "up to",
    "a maximum of": "up to",
    "less than or equal to": "up to",
    "fewer than or equal to": "up to",
    "equal to or less than": "up to",
    "equal to or fewer than": "up to",
    "less or equal than": "up to",
    "smaller or equal than": "up to",
    "lower or equal than": "up to",
    "< =": "up to",
    "<=": "up to",
    "around": "around",
    "about": "about",
    "approximately": "approximately",
    "approx": "approximately",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "circa": "about",
}
#: Hedges written after the number ("500 or more").
SUFFIX_HEDGES: dict[str, str] = {
    "or more": "at least",
    "and more": "at least",
    "or greater": "at least",
    "or above": "at least",
    "or over": "at least",
    "and over": "at least",
    "and above": "at least",
    "or higher": "at least",
    "or less": "up to",
    "or fewer": "up to",
    "or below": "up to",
    "or under": "up to",
    "or lower": "up to",
    "or so": "about",
}
HEDGE_SEQS = sorted(
    ((tuple(h.split()), c) for h, c in HEDGES.items()), key=lambda hc: len(hc[0]), reverse=True
)
HEDGES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _seq, _cls in HEDGE_SEQS:
    HEDGES_BY_FIRST.setdefault(_seq[0], []).append((_seq, _cls))
SUFFIX_SEQS = [(tuple(h.split()), c) for h, c in SUFFIX_HEDGES.items()]

MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
}
#: Capitalised words that make the number after them part of a name ("Article 5", "Flight 447").
NAME_HEADS = {
    "Article",
    "Articles",
    "Flight",
    "Chapter",
    "Section",
    "Resolution",
    "Route",
    "Highway",
    "Interstate",
    "Room",
    "Gate",
    "Terminal",
    "Platform",
    "Channel",
    "Proposition",
    "Prop",
    "Amendment",
    "Title",
    "Rule",
    "Paragraph",
    "Clause",
    "Part",
    "Volume",
    "Vol",
    "No",
    "Nos",
    "Number",
    "Apollo",
    "Voyager",
    "Boeing",
    "Airbus",
    "Windows",
    "Version",
    "Level",
    "Phase",
    "Stage",
    "Category",
    "Class",
    "Type",
    "Grade",
    "Model",
    "Pier",
    "Studio",
    "Camp",
    "Bus",
    "Line",
    "Lot",
    "Unit",
    "Block",
    "Building",
    "District",
    "Ward",
    "Precinct",
    "Zone",
    "Sector",
    "Squad",
    "Regiment",
    "Division",
    "Battalion",
    "Brigade",
    "Corps",
    "Fleet",
    "Army",
    "Row",
    "Lane",
    "Street",
    "Avenue",
    "Road",
    "Page",
    "Figure",
    "Table",
    "Exhibit",
    "Psalm",
    "Psalms",
    "Formula",
    "Super",
    "Bowl",
    "World",
    "War",
    "Ligue",
    "Liga",
    "Series",
    "Mark",
    "Mk",
    "P",
    "FTSE",
    "Fortune",
    "Nikkei",
    "Nasdaq",
    "Russell",
    "Stoxx",
    "DAX",
    "CAC",
    "ASX",
    "Nifty",
    "NIFTY",
    "TSX",
    "IBEX",
    "Ibex",
    "CSI",
    "KOSPI",
    "Kospi",
    "FTSEurofirst",
    "Week",
    "Day",
}
YEAR_PREPS = {
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "to",
    "of",
    "for",
    "between",
    "and",
    "year",
    "during",
    "through",
    "the",
}
ORDINAL = re.compile(r"(?:st|nd|rd|th)", re.I)
TIME_WORDS = {"am", "pm", "a.m.", "p.m.", "GMT", "UTC", "EST", "EDT", "BST", "CET", "o’clock", "o'clock"}
# A URL, or an e-mail address (tried only where a word starts, with the parts' lengths bounded
# as RFC 5321 bounds them, so one long word or a run of "a@a@..." is not scanned again from
# every character: the old "\S+@\S+\.\w+" was quadratic and worse).
URL = re.compile(r"(?:https?://|www\.)\S+|(?<![^\s@])[^\s@]{1,64}@[^\s@]{1,255}\.\w+", re.I)
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW"}
#: Words and codes written before an amount: "Rs 26 lakh crore", "Rs. 500", "EUR 300 million".
CURRENCY_CODES: dict[str, str] = {
    "Rs": "INR",
    **{code: code for code in ("INR", "USD", "EUR", "GBP", "CAD", "AUD", "CHF", "JPY", "CNY", "HKD", "SGD")},
}
DOLLAR_PREFIXES = {"US": "USD", "A": "AUD", "C": "CAD", "CA": "CAD", "HK": "HKD", "NZ": "NZD", "S": "SGD"}
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "yuan": "CNY",
    "yen": "JPY",
    "rupees": "INR",
    "roubles": "RUB",
    "rubles": "RUB",
    "francs": "CHF",
}
PERCENT_WORDS = {"percent", "percents", "pct", "percentage"}
#: Words that end what a figure counts ("4,000 Russian citizens who ...").
UNIT_STOP = {
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "nor",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "without",
    "into",
    "onto",
    "over",
    "under",
    "than",
    "as",
    "since",
    "until",
    "after",
    "before",
    "during",
    "per",
    "who",
    "whom",
    "which",
    "that",
    "this",
    "these",
    "those",
    "there",
    "their",
    "they",
    "them",
    "it",
    "its",
    "he",
    "she",
    "we",
    "i",
    "you",
    "his",
    "her",
    "our",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
    "said",
    "say",
    "says",
    "more",
    "less",
    "most",
    "least",
    "other",
    "others",
    "each",
    "such",
    "so",
    "too",
    "also",
    "not",
    "no",
    "still",
    "now",
    "then",
    "only",
    "just",
    "about",
    "around",
    "up",
    "down",
    "out",
    "off",
    "while",
    "where",
    "when",
    "if",
    "because",
    "ago",
    "old",
    "percent",
    "cent",
    "between",
    "among",
    "across",
    "against",
    "through",
    "including",
    "like",
    "yet",
    "what",
    "all",
    "both",
    "either",
    "neither",
    "some",
    "any",
    "many",
    "much",
    "few",
    "several",
}


MONTHS_LOWER = {m.lower() for m in MONTHS}
#: Frequent verbs that end what a figure counts ("1 in 5 children live in poverty").
COMMON_VERBS = {
    "live",
    "die",
    "work",
    "need",
    "say",
    "remain",
    "face",
    "lack",
    "suffer",
    "go",
    "come",
    "make",
    "take",
    "get",
    "want",
    "think",
    "believe",
    "feel",
    "support",
    "oppose",
    "approve",
    "favor",
    "favour",
    "back",
    "flee",
    "fled",
    "left",
    "lost",
    "died",
    "got",
    "went",
    "came",
    "took",
    "made",
    "gave",
    "give",
    "see",
    "saw",
    "use",
    "own",
    "earn",
    "spend",
    "spent",
    "voted",
    "vote",
    "agree",
    "expect",
}
#: "one-time", "one-off": adjectives, not the number one.
#: Ordinal words that also name a fraction's part ("a third term" vs "a third of voters").
ORDINAL_WORDS = {*ORDINAL_UNITS, *(w for w in DENOMINATORS if w.endswith("th"))}
#: Words after "a third", "a fifth" that keep it a fraction: "of", comparatives, prepositions,
#: conjunctions, adverbs and the verbs a share takes ("a third said", "a fifth voted", "about a
#: third remain"); anything else is the noun of an ordinal ("a third man", "a fifth patient").
FRACTION_FOLLOWERS = {
    *("of", "more", "less", "fewer", "higher", "lower", "bigger", "smaller", "larger", "greater"),
    *("cheaper", "dearer", "in", "on", "at", "to", "from", "since", "by", "over", "than", "and"),
    *("or", "but", "after", "before", "this", "last", "while", "when", "compared", "between"),
    *("during", "within", "among", "said", "say", "says", "were", "are", "was", "is", "have"),
    *("had", "has", "would", "will", "could", "can", "did", "do", "think", "thought", "believe"),
    *("believed", "voted", "according", "per", "cent", "percent", "now", "still", "also", "only"),
    *("remain", "remained", "live", "lived", "own", "use", "want", "wanted", "agree", "agreed"),
    *("disagree", "report", "reported", "cited", "chose", "lost", "fled", "left", "went", "got"),
    *("took", "saw", "felt", "knew", "told", "already", "never", "again", "each", "every", "a"),
}
#: Nouns that end in "-ed" like a verb: "a third seed" is an ordinal, "a third died" a part.
ED_NOUNS = {"seed", "bed", "shed", "breed", "speed", "steed", "creed", "reed"}
#: Words before a spelled ordinal past a hundred: "its one hundred fifth day".
ORDINAL_DETERMINERS = {"the", "its", "his", "her", "their", "our", "a", "this", "that", "every"}
ONE_COMPOUNDS = {"time", "off", "way", "sided", "on", "stop", "party", "size", "shot", "liner", "upmanship"}
#: Units of time: "jobs over 10 years" is a rate, not a hedge.
TIME_UNITS = {
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "decade",
    "decades",
    "hours",
}
#: Verbs of change: "rose from 10 to 20" states two values, not a range.
CHANGE_WORDS = {
    "rise",
    "rose",
    "risen",
    "fall",
    "fell",
    "fallen",
    "increase",
    "decrease",
    "grow",
    "grew",
    "grown",
    "drop",
    "dropped",
    "climb",
    "jump",
    "decline",
    "reduce",
    "raise",
    "cut",
    "lower",
    "boost",
    "went",
    "gone",
    "change",
    "shift",
    "move",
    "improve",
    "slip",
    "slipped",
    "plunge",
    "soar",
    "surge",
    "taking",
    "take",
    "took",
    "bring",
    "brought",
    "revise",
    "upgrade",
    "downgrade",
    "hike",
}


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
    *("Crescent", "Terrace", "Parkway", "Pkwy", "Rue", "Strasse", "Marg"),
}

#: Verbs before a result "X-Y" and nouns after it ("lost 1-2", "a 1-2 defeat", "a 4-5 ruling").
SCORE_VERBS = {
    *("won", "win", "wins", "beat", "beats", "lost", "lose", "loses", "drew", "draw", "draws", "defeated"),
    *("trailed", "trail", "trails", "trailing", "led", "leads", "leading", "edged", "thrashed", "routed"),
    *("voted", "vote", "votes", "ruled"),
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


MEASURE_UNIT = re.compile(
    r"(?:kilo|mega|giga|tera|peta|exa|milli|micro|nano|centi|kibi|mebi|gibi|tebi)?"
    r"(?:gram|gramme|metre|meter|litre|liter|watt|byte|joule|tonne|hertz)"
    r"|(?:kilo|mega|giga|tera)(?:annum|watt-hour)"
    r"|kilo|gallon|barrel|mile|yard|acre|hectare|pint|quart|ounce|bushel|calorie|kilocalorie"
)


#: Verbs whose subject "a <unit>" is one unit: "A barrel is 159 litres", "a kilo costs $5".
MEASURE_VERBS = {"is", "was", "equals", "weighs", "costs", "cost", "holds", "contains", "sells", "sold"}


#: Words before "scores of" that make it the noun "scores" (results), not a vague number.
SCORE_NOUN_WORDS = {
    *("the", "their", "his", "her", "its", "our", "test", "exam", "average", "high", "low", "credit"),
    *("final", "record", "reading", "math", "maths", "top", "approval", "these", "those", "with"),
}
#: Plural scale words that make a vague quantity: "thousands", "millions of dollars".
PLURAL_SCALE_VALUES = {w: v for w, v in PLURAL_SCALES.items() if v >= 1e3}
#: The last word of a vague quantity, after which "of" leads to what is counted.
VAGUE_HEADS = {*PLURAL_SCALE_VALUES, "hundreds", "dozens", "scores"}


def is_measure_unit(word: str) -> bool:
    """True for a singular unit of measure ("kilogram", "gallon", "gigabyte", "gigaannum").

    Units that are also idioms or counts in news are left out: "a ton of" (a lot), "a pound"
    (money or weight), "a foot", "an inch", "a second", "a year".
    """
    return bool(MEASURE_UNIT.fullmatch(word))


def is_singular_ordinal(word: str) -> bool:
    """True for an ordinal word that is not also a fraction's plural ("fifth", "hundredth")."""
    if word in ORDINAL_UNITS:
        return not word.endswith("s")
    return word in DENOMINATORS and not word.endswith("s") and word not in ("half", "quarter")
