"""Whether a number the scanner read is a figure: not a year or a date, a time of day, an
ordinal, a number in a name ("Article 5", "G20"), an age in an appositive, a code or a list
number, and "one" or "a" only when it counts.

:class:`FigureFilter` reads the same :class:`~factcheck.extraction.tokens.TokenView` as the
scanner (:mod:`factcheck.extraction.figures`), which asks it about each number it reads.  Rules
of their own live beside it: results and tallies (:mod:`~factcheck.extraction.figure_results`),
numbers to call (:mod:`~factcheck.extraction.figure_phones`), emergency numbers and index names
(:mod:`~factcheck.extraction.figure_codes`), labels of a series ("type 2", "Game 3", "top-20";
:mod:`~factcheck.extraction.figure_labels`), ages with "now"
(:mod:`~factcheck.extraction.figure_ages`), hours (:mod:`~factcheck.extraction.figure_times`),
years (:mod:`~factcheck.extraction.figure_years`) and "half" in a hyphened word
(:mod:`~factcheck.extraction.figure_halves`).
"""

from __future__ import annotations

import itertools
import re

from factcheck.extraction.figure_ages import age_now
from factcheck.extraction.figure_codes import named_number
from factcheck.extraction.figure_context import (
    CALL_WORDS,
    NUMBER_WORDS,
    OVER_MORE_WORDS,
    PERSON_NOUNS,
    RANGE_WORDS,
    SCORE_NOUNS,
    SCORE_VERBS,
    SENTENCE_OPENERS,
    STREET_WORDS,
    WEEKDAYS,
    is_change_word,
)
from factcheck.extraction.figure_halves import half_in_word
from factcheck.extraction.figure_labels import label_number
from factcheck.extraction.figure_phones import dialled_number
from factcheck.extraction.figure_results import in_result, result_beside
from factcheck.extraction.figure_times import hour_of_day
from factcheck.extraction.figure_words import (
    COMMON_VERBS,
    ED_NOUNS,
    FRACTION_FOLLOWERS,
    MEASURE_VERBS,
    MONTHS,
    MONTHS_LOWER,
    NAME_HEADS,
    ONE_COMPOUNDS,
    ORDINAL,
    ORDINAL_DETERMINERS,
    ORDINAL_WORDS,
    TIME_WORDS,
    UNIT_STOP,
    YEAR_PREPS,
    is_measure_unit,
    is_singular_ordinal,
)
from factcheck.extraction.figure_years import dated_year
from factcheck.extraction.number_words import ORDINAL_UNITS, SCALES, TENS
from factcheck.extraction.numbers import NumberPhrase
from factcheck.extraction.tokens import TokenView


class FigureFilter(TokenView):
    """Judges the numbers a scan reads in one text (see the module's docstring)."""

    def __init__(self, view: TokenView) -> None:
        super().__init__(view.text, like=view)  # the scanner's tokens, not a second reading
        self._chain_ends: tuple[list[int], list[int], list[int]] | None = None
        self._name_pairs: set[tuple[str, str]] | None = None

    def one_measure(self, i: int) -> bool:
        """True for "a"/"an"/"one" before a unit of measure: "a kilo of cocaine", "One tonne".

        With "a" the unit must be followed by "of" (the quantity of something) or be the
        subject of a verb of measure ("A barrel is 159 litres", "a gallon costs $4"), so that
        the rate in "$80 a barrel" and idioms such as "by a mile" stay out.
        """
        w = self.word(i)
        if w not in ("a", "an", "one") or not is_measure_unit(self.word(i + 1)):
            return False
        if w == "one":
            return True
        # a rate or a price's measure: "$3.50 a gallon of regular", "the price of an ounce of gold"
        after_number = i > 0 and (
            self.toks[i - 1].kind == "num" or self.word(i - 1) in ("per", "million", "billion")
        )
        priced = self.word(i - 1) == "of" and self.word(i - 2) in (
            "price",
            "prices",
            "cost",
            "costs",
            "value",
        )
        if after_number or priced:
            return False
        return self.word(i + 2) == "of" or self.word(i + 2) in MEASURE_VERBS

    def _month_at(self, k: int) -> bool:
        """True when a month name ends at token ``k``: "May", "Nov." (its full stop at ``k``)."""
        return self.raw(k) in MONTHS or (self.raw(k) == "." and self.raw(k - 1) in MONTHS)

    # -- what is not a figure ----------------------------------------------------------
    def is_figure(
        self, num: NumberPhrase, start: int, end: int, hedge: str | None, is_pct: bool, currency: str | None
    ) -> bool:
        """False for dates, years, times, ordinals, names, appositive ages, pronoun "one"."""
        toks = self.toks
        first, last = num.first, num.last
        if num.kind == "year":
            return False
        if any(k in self.blocked for k in range(start, end + 1)):
            return False
        marked = is_pct or currency is not None or hedge is not None
        if not marked and in_result(self, self, num.first, num.last):
            return False  # "a 1-1 draw", "voted 9-3": scores and tallies
        if not marked and dialled_number(self, num.first, num.last):
            return False  # "contact Crime Stoppers on 0800 555 111"
        if not is_pct and currency is None and named_number(self, num.first, num.last):
            return False  # "some 911 calls", "the Borsa Istanbul 100 index"
        if not marked and label_number(self, num.first, num.last):
            return False  # "type 2 diabetes", "Game 3", "a top-20 investor"
        before = first - 1 if start == first else start - 1
        after = end + 1
        ft = toks[first]
        # glued to letters: "G20", "H5N1", "A330", "i7"; "Covid-19", "AK-47"
        if ft.kind == "num" and start == first:
            p = first - 1
            if p >= 0 and self.glued(p, first) and toks[p].kind in ("word", "code"):
                return False
            if (
                p >= 1
                and toks[p].text in "-‐‑+"  # "Covid-19", "P5+1"
                and self.glued(p - 1, p)
                and self.glued(p, first)
                and toks[p - 1].kind in ("word", "code")
                and toks[p - 1].text[:1].isupper()
            ):
                return False
            if p >= 0 and toks[p].text in ("#", "’", "'", "№") and self.glued(p, first):
                return False
        lt = toks[last]
        if lt.kind == "num":
            nxt = last + 1
            if nxt < self.n and self.glued(last, nxt):
                nt = toks[nxt]
                if nt.kind == "code":
                    return False  # "06F6"
                if nt.kind == "word":
                    if ORDINAL.fullmatch(nt.text) or nt.text in ("s", "S"):
                        return False
                    if nt.low in ("am", "pm"):
                        return False
                    if nxt + 1 < self.n and self.glued(nxt, nxt + 1) and toks[nxt + 1].kind == "num":
                        return False  # "5N1", "06F6"
                if nt.text in ("’", "'") and self.word(nxt + 1) == "s" and self.glued(nxt, nxt + 1):
                    return False  # "1990's"
                if (
                    nt.text in (":",)
                    and nxt + 1 < self.n
                    and toks[nxt + 1].kind == "num"
                    and self.glued(nxt, nxt + 1)
                ):
                    return False  # 14:45
        if (
            ft.kind == "num"
            and first >= 2
            and self.raw(first - 1) == ":"
            and self.glued(first - 1, first)
            and self.toks[first - 2].kind == "num"
            and self.glued(first - 2, first - 1)
        ):
            return False  # the minutes of "3:00"
        # the second year of "2013-14", "1995–96"
        if (
            ft.kind == "num"
            and first >= 2
            and self.raw(first - 1) in ("-", "–", "/")
            and self.glued(first - 1, first)
            and self.glued(first - 2, first - 1)
            and re.fullmatch(r"1[5-9]\d\d|20\d\d", self.raw(first - 2))
            and re.fullmatch(r"\d\d", ft.text)
        ):
            return False
        # chains of numbers joined by / - . : dates, phone numbers, addresses
        if num.kind in ("digits", "fraction") and self._in_chain(first, last):
            return False
        if num.kind == "fraction" and re.fullmatch(r"(9/11|24/7|7/7)", self.text[ft.start : lt.end]):
            return False
        # a fiscal or school year: "2023/24", "2019/2020"
        if num.kind == "fraction" and FISCAL_YEAR.fullmatch(self.text[ft.start : lt.end]):
            return False
        # a number to call: "Call 111 for advice", "dial 999"; not "call 10 witnesses"
        if not marked and self.word(before) in CALL_WORDS and not _plural_word(self.word(after)):
            return False
        # times of day: "2 pm", "10 a.m.", "8 p.m.", "3:32 a.m."
        if lt.kind == "num" and not marked:
            w = self.raw(last + 1)
            if (
                w.lower() in ("am", "pm", "a", "p")
                and (w.lower() in ("am", "pm") or (self.raw(last + 2) == "." and self.word(last + 3) == "m"))
                and re.fullmatch(r"\d{1,2}(?:[.:]\d{2})?", lt.text)
            ):
                return False
            if (
                (w in TIME_WORDS and w.lower() not in ("am", "pm"))
                or self.seq_at(last + 1, ("o’clock",))
                or self.seq_at(last + 1, ("o'clock",))
            ):
                return False
        value = num.value
        # hours the clock words alone do not mark: "by three o'clock", "at 2 in the morning"
        if not is_pct and currency is None and hour_of_day(self, start, last, value):
            return False
        # years before "levels" and after "since about": "from 2005 levels", "since about 2015"
        if not is_pct and currency is None and not num.scaled and dated_year(self, first, last, hedge):
            return False
        # dates: "May 12", "12 May", "March 24"
        if num.kind in ("digits", "words") and not marked and value == int(value) and 1 <= value <= 31:
            if self._month_at(before):
                return False
            # a day between slashes or dashes after a month: "August/06/2013", "Aug-06-2013"
            slashed = self.raw(before) in ("/", "-") and self.glued(before, first)
            if slashed and self.glued(before - 1, before) and self._month_at(before - 1):
                return False
            if self.raw(after) in MONTHS or (self.word(after) == "of" and self.raw(after + 1) in MONTHS):
                return False
            # the other end of a span of days: "June 7-9", "7-9 June"
            dash_before = self.raw(before) in ("-", "–") and self.toks[max(before - 1, 0)].kind == "num"
            if dash_before and self._month_at(before - 2):
                return False
            dash_after = self.raw(after) in ("-", "–") and self.toks[min(after + 1, self.n - 1)].kind == "num"
            if dash_after and self.raw(after + 2) in MONTHS:
                return False
        # years: 4 digits from 1500 to 2100 without separators, "mid-1990s", "2013-14"
        if (
            num.kind == "digits"
            and first == last
            and re.fullmatch(r"1[5-9]\d\d|20\d\d|2100", ft.text)
            and not marked
            and not num.scaled
        ) and (not self._counted_noun(after) or self._next_to_year(before, after)):
            return False
        # spelled-out years: "in two thousand five", "by two-thousand-fifteen"
        if num.kind == "words" and 1900 <= value < 2100 and value == int(value) and not marked:
            spelled = self.text[ft.start : lt.end].lower()
            if (
                "hundred" not in spelled
                and (self.word(before) in YEAR_PREPS or "-" in spelled)
                and not self._counted_noun(after)
            ):
                return False
        # a number word in a name: "Erik ten Hag", then "Ten Hag was unhappy"
        if num.kind == "words" and not marked and first == last and self._in_name(first):
            return False
        # the number of a wire kicker: "UPDATE 4-Death toll rises", "RPT-WRAPUP 2-Markets slide"
        if not marked and start == first and first == last and self._kicker_number(first):
            return False
        # the number of a street address: "1200 Bay St.", "21 Elstow Road", "10 Downing Street said"
        if not marked and num.kind == "digits" and first == last and self._street_number(last):
            return False
        # numbers in names: "Article 5", "Flight 447", "World War 2"
        if not marked and start == first and self.raw(before) in NAME_HEADS:
            return False
        if not marked and self.raw(before) == "." and self.raw(before - 1) in ("No", "Nos", "Vol"):
            return False
        # product names in camel case: "iPhone 15", "PlayStation 5"
        if not marked and start == first and re.fullmatch(r"[a-zA-Z]*[a-z][A-Z]\w*", self.raw(before)):
            return False
        # ages in appositives: "Smith, 45, said", "One woman, 84, lost her savings"
        if (
            not marked
            and num.kind in ("digits", "words")
            and value == int(value)
            and 0 < value < 125
            and self.raw(before) == ","
            and self.raw(after) in (",", ")")
            and before >= 1
            and self.toks[before - 1].kind == "word"
            and (self.toks[before - 1].text[:1].isupper() or self.toks[before - 1].low in PERSON_NOUNS)
            and self.word(after + 1) not in ("and", "or")
            and (self.toks[before - 1].low not in MONTHS_LOWER or _is_name_word(self.raw(before - 2)))
        ):
            return False
        # ages in an aside with "now": "His father, now 76, sat", "said Reyes, now 34 and a coach"
        if not marked and num.kind in ("digits", "words") and age_now(self, first, last, value):
            return False
        # "one" / "One" as pronoun or determiner; "a" alone only before a unit of measure
        if (
            num.kind == "words"
            and value == 1
            and not num.scaled
            and first == last
            and not marked
            and not self.one_measure(first)
        ):
            hyph = self.raw(last + 1) == "-" and self.glued(last, last + 1) and self.word(last + 2)
            if not hyph or self.word(last + 2) in ONE_COMPOUNDS:
                return False
        # compound ordinals: "the twenty-first century", "finished twenty-fifth", "its one
        # hundred fifth day", "the two hundred and tenth"
        if num.kind == "words" and not marked:
            k = last + 2 if self.raw(last + 1) == "-" and self.glued(last, last + 1) else last + 1
            if lt.low != "and" and self.word(k) == "and" and lt.low in ("hundred", *SCALES):
                k += 1
            compound = self.raw(k + 1) == "-" and self.glued(k, k + 1)  # "seven hundred fifth-graders"
            # past a hundred only after a determiner: "its one hundred fifth day", but "three
            # hundred first responders" are 300
            determined = self.word(first - 1) in ORDINAL_DETERMINERS
            if (
                is_singular_ordinal(self.word(k))
                and not compound
                and (lt.low in TENS or ((self.word(k) in ORDINAL_UNITS or value >= 100) and determined))
            ):
                return False
        # "a third term", "a twenty-first birthday", "a third-quarter profit": an ordinal before
        # its noun, not a part ("a third said", "nearly a third lost their jobs" are parts)
        if (
            num.kind == "fraction"
            and ft.low in ("a", "an")
            and not marked
            and is_singular_ordinal(lt.low)
            and lt.low in ORDINAL_WORDS
        ):
            # an ordinal unless what follows makes it a part: the end of the phrase, "of", a
            # comparative, a preposition or a verb ("a third said", "a fifth live in poverty")
            follower = self.word(last + 1)
            part = (
                last + 1 >= self.n
                or (self.toks[last + 1].kind == "sym" and self.raw(last + 1) != "-")
                or follower in FRACTION_FOLLOWERS
                or follower in COMMON_VERBS
                or (follower.endswith("ed") and follower not in ED_NOUNS)
            )
            if not part:
                return False
        # "half" inside a hyphened word: "out-half", "first-half profit", "a half-ruined farmhouse"
        if num.kind == "fraction" and not marked and half_in_word(self, first, last):
            return False
        # multipliers: "cut in half", "by half"
        if num.kind == "fraction" and ft.low == "half" and first == last:
            if self.word(before) in ("in", "by", "first", "second", "other", "latter", "the"):
                return False
            if self.raw(last + 1) == "-" and self.glued(last, last + 1):
                return False  # "half-brother"
        return True

    def is_change(self, start: int) -> bool:
        """True for "rose from X to Y", "the toll went from X to Y", "climbed from a record low of X
        to Y": a change, not a range (up to five words between "from" and X)."""
        froms = [k for k in range(start - 1, max(start - 4, -1), -1) if self.word(k) == "from"]
        if not froms:
            # "rose from a record low of 0.1 per cent to ...": words only between "from" and X
            for k in range(start - 1, max(start - 7, -1), -1):
                if self.toks[k].kind != "word":
                    break
                if self.word(k) == "from":
                    froms = [k]
                    break
        if not froms:
            return False
        # the verb of change may stand a clause before: "after raising it 13 times between May
        # 2022 and November 2023, from a record low of 0.1 per cent to 4.35 per cent"; a word of
        # range met first keeps a range ("prices rose, and fares now range from $50 to $200")
        for k in range(froms[0] - 1, max(froms[0] - 15, -1), -1):
            w = self.word(k)
            if w in RANGE_WORDS:
                return False
            if is_change_word(w) and (k >= froms[0] - 6 or self.raw(froms[0] - 1) == ","):
                return True
            if self.raw(k) in (".", ";", "!", "?", ":"):
                break
        return False

    def _in_name(self, i: int) -> bool:
        """True for a number word the text uses inside a person's name: lower case between a
        capitalised given name and a capitalised surname ("Erik ten Hag"), and the same word before
        the same surname anywhere else ("Ten Hag was unhappy")."""
        if self._name_pairs is None:
            pairs: set[tuple[str, str]] = set()
            for k, tok in enumerate(self.toks):
                if tok.kind == "word" and tok.text in NUMBER_WORDS and self._particle_at(k):
                    pairs.add((tok.text, self.raw(k + 1)))
            self._name_pairs = pairs
        return bool(self._name_pairs) and (self.word(i), self.raw(i + 1)) in self._name_pairs

    def _particle_at(self, k: int) -> bool:
        """True when the lower-case number word at ``k`` stands between a given name and a surname:
        "Erik ten Hag"; not a count after a name or a date ("gave Fiorina three Pinocchios", "In
        January ten Republicans", "handed Biden two Senate seats")."""
        if k < 1 or k + 1 >= self.n or not (self.glued_by_space(k - 1, k) and self.glued_by_space(k, k + 1)):
            return False
        given, surname = self.raw(k - 1), self.raw(k + 1)
        if not (_is_name_word(given) and _is_name_word(surname)) or surname.endswith("s"):
            return False
        if given.lower() in UNIT_STOP or given in MONTHS or given in WEEKDAYS or given in SENTENCE_OPENERS:
            return False
        after = self.raw(k + 2)
        return not (after.islower() and after.endswith("s") and len(after) > 3 and not after.endswith("ss"))

    def glued_by_space(self, i: int, j: int) -> bool:
        """True when tokens ``i`` and ``j`` are separated by one space, on one line."""
        return self.text[self.toks[i].end : self.toks[j].start] == " "

    def _street_number(self, i: int) -> bool:
        """True when one to three capitalised words and a street word follow the number at ``i``,
        and the address ends there ("1200 Bay St. listed", "21 Elstow Road,"); not "5 Wall Street
        firms", where the street names what is counted."""
        k = i + 1
        while k <= i + 3 and _is_name_word(self.raw(k)) and self.raw(k) not in STREET_WORDS:
            k += 1
        if k == i + 1 or self.raw(k) not in STREET_WORDS:
            return False
        after = self.raw(k + 1)
        if after == "." and self.glued(k, k + 1):
            return True
        return not after[:1].isalpha() or (after.islower() and not _plural_word(after))

    def is_score(self, start: int, end2: int) -> bool:
        """True when "X-Y" is a result, not a range: after a verb of result ("lost 1-2", "drew 2-2",
        "won by 3-1", "took 3-44" but not "took 5-10 days") or before a noun of one ("a 1-2 home
        defeat", "a 4-5 ruling")."""
        k = start - 1
        if self.word(k) == "by":
            k -= 1
        if self.word(k) in SCORE_VERBS:
            return True
        if self.word(k) == "took" and not _plural_word(self.word(end2 + 1)):
            return True  # bowling figures "took 3-44"; not "took 5-10 days"
        if result_beside(self, start, end2):
            return True  # "evens series 2-2", "a 10-1 record", "beat the Canucks 4-2"
        return self.word(end2 + 1) in SCORE_NOUNS or (
            bool(self.word(end2 + 1)) and self.word(end2 + 2) in SCORE_NOUNS
        )

    def over_during(self, i: int, unit: int) -> bool:
        """True when "over" at ``i``, before a figure of time whose unit is at ``unit``, means "during":
        after a noun ("cost-of-living relief over four years", "cut 900 jobs over three years"); not
        after a verb or a preposition ("for over 10 years", "lasted over 2 hours", "aged over 65
        years") nor before "ago", "old" or "of age".  A capitalised word counts as a noun ("in
        southern Sweden over five years") unless it opens the sentence or the line."""
        before = self.word(i - 1)
        if not before or before in UNIT_STOP or before in OVER_MORE_WORDS or before.endswith("ed"):
            return False
        # a capitalised word opening the sentence is no noun of the clause ("Spending over 10 years");
        # a name or place ending a noun phrase is one ("follow 1,000 people in Sweden over five years")
        opener = i < 2 or self.raw(i - 2) in (".", "!", "?", '"', "“", ":", "(")
        if self.raw(i - 1)[:1].isupper() and opener:
            return False
        if self.raw(i - 1)[:1].isupper() and "\n" in self.text[self.toks[i - 2].end : self.toks[i - 1].start]:
            return False
        return self.word(unit + 1) not in ("ago", "old", "of", "older")

    def _kicker_number(self, i: int) -> bool:
        """True for the number of a wire kicker at the start of a line: capitals, the number, then a
        hyphen glued to the headline ("UPDATE 4-Death toll ...", "RPT-WRAPUP 2-Markets ...")."""
        if not (self.raw(i + 1) in ("-", "‐") and self.glued(i, i + 1) and self.glued(i + 1, i + 2)):
            return False
        k = i - 1
        if k < 0 or not _is_capitals(self.raw(k)):
            return False
        while k > 0 and (_is_capitals(self.raw(k - 1)) or self.raw(k - 1) in ("-", "‐")):
            k -= 1
        return "\n" in self.text[self.toks[k - 1].end if k > 0 else 0 : self.toks[k].start] or k == 0

    def is_change_by(self, start: int, first: float, second: float) -> bool:
        """True for "fell by 7,530 to 328,764", "was cut by 0.25 to 4.5 per cent", "rose 2p to
        285.4p": the size of a change, then the level it reached, when the level is five times the
        change or more ("rose by 5 to 10 percent" stays a range of the change)."""
        verb = start - 2 if self.word(start - 1) == "by" else start - 1
        return is_change_word(self.word(verb)) and 0 < 5 * first <= second

    def _counted_noun(self, k: int) -> bool:
        """True when token ``k`` is a plural noun a number counts ("2000 people")."""
        w = self.word(k)
        return bool(w) and w.endswith("s") and w not in UNIT_STOP and not self.raw(k)[:1].isupper()

    def _next_to_year(self, before: int, after: int) -> bool:
        """True when a year-like number is joined to another ("the 1948 and 1967 wars") or follows "the"."""
        year = re.compile(r"1[5-9]\d\d|20\d\d")
        if self.word(before) == "the":
            return True
        if self.word(before) in ("and", "or", "to") and year.fullmatch(self.raw(before - 1)):
            return True
        return self.word(after) in ("and", "or", "to") and bool(year.fullmatch(self.raw(after + 1)))

    def _chains(self) -> tuple[list[int], list[int], list[int]]:
        """For every token, how far a chain of glued numbers runs left and right of it, and dot counts.

        ``left[k]``/``right[k]``: the first/last number of the chain ``k`` ends/starts (``k``
        itself when no separator and number are glued to it); ``dots[k]``: how many "." tokens
        come before token ``k``.  Built once in two passes, so a long chain such as
        "12.34.56.12.34..." costs linear time, not a walk along it for every number.

        Only the separators glued between two tokens can join anything, and a text holds few: the
        passes visit those, not every token (``right``, right to left, reads ``right[s + 1]``, which
        only a separator further right sets; ``left`` the mirror).
        """
        if self._chain_ends is None:
            toks, n = self.toks, self.n
            glued = self.glued
            joints = [  # the separators glued to a token on each side
                s for s in range(1, n - 1) if toks[s].text in "/-.:" and glued(s - 1, s) and glued(s, s + 1)
            ]
            right = list(range(n))
            for s in reversed(joints):
                if toks[s + 1].kind == "num":  # a number glued after the separator
                    right[s - 1] = right[s + 1]
            left = list(range(n))
            for s in joints:
                if toks[s - 1].kind == "num":  # a number glued before it
                    left[s + 1] = left[s - 1]
            dots = list(itertools.accumulate((tok.text == "." for tok in toks), initial=0))
            self._chain_ends = (left, right, dots)
        return self._chain_ends

    def _in_chain(self, first: int, last: int) -> bool:
        """True when the number is one link of a chain like 5/17/2018, 2018-05-12, 192.168.1.2."""
        left, right, dots = self._chains()
        start, end = left[first], right[last]
        if start == first and end == last:
            return False
        toks = self.toks
        inner = 1 if last - first == 2 and toks[first + 1].text == "/" else 0  # "3/4" is two links
        links = 1 + inner + (end - last) // 2 + (first - start) // 2
        # The separators of the chain outside the number; the links between them are numbers.
        dot_joined = dots[first] - dots[start] + dots[end] - dots[last + 1] > 0
        return links >= 3 or dot_joined


#: A fiscal or school year written with a slash: "2023/24", "2019/2020".
FISCAL_YEAR = re.compile(r"(?:19|20)\d\d/(?:\d\d|(?:19|20)\d\d)")


def _plural_word(word: str) -> bool:
    """True for a lower-case word that reads as a plural noun ("firms", "banks")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _is_name_word(word: str) -> bool:
    """True for a capitalised word of letters, not in capitals ("Erik", "Hag"; not "UPDATE")."""
    return len(word) >= 2 and word.isalpha() and word[0].isupper() and not word.isupper()


def _is_capitals(word: str) -> bool:
    """True for a word in capitals of two letters or more ("UPDATE", "WRAPUP", "RPT")."""
    return len(word) >= 2 and word.isalpha() and word.isupper()
