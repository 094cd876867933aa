"""The fault injectors of bench/faults.py: where each kind of self-contradiction is injected, and how.

Each injector picks its sites from the raw text and the extracted report by the rules below,
written before any checker was tuned and never calling checker code, so that each fault is a
self-contradiction a careful reader would call real.  Later refinements only removed sites that
were no quantity (ranks, ranges, names such as "Group of 20", ids, "four-and-a-half",
"double-digit") or no contradiction (a running tally across two time-stamped sections of a live
blog).

The second round of issue 13 widened four rules, each a general reading of news text decided
from what the sites are, not from what the checkers catch: a figure ending a sentence ("has at
least 124.") is a quantity (only a numbered list's "4." at a line's start is a label); a
title-case headline capitalises every word, so a capitalised word before its figure names
nothing ("Storm Leaves 1,250 Homes") and its words are read in lower case; "of the state's
counties" counts counties, not the owner before them; and the kinds below say what else.

Kinds (issue 13) and their rules:

``restated``
    a figure written in digits is given twice, in different body sentences, with the same
    value, the same hedge words and the same counted noun (the first content word right
    after it; a share names it after "of", and its two mentions share two more words; never a
    span of time, "in 10 hours", nor a rate or wage level, "$15 an hour", "a $15 minimum wage":
    those differ by window, place and date, so two mentions of one value are not known to be
    one quantity, though a frequency, "every 72 minutes", is), in
    one section of a live blog; or, from the second round, a distinctive amount (three or more
    significant digits, written as money, with thousands commas or with "million"/"billion":
    "$169,758", "125,000", "$2.35 million"; no share) given twice with the same value and
    hedge, at least one mention naming no counted noun ("… paid $169,758 on July 10"), as the
    paraphrase and headline kinds already read it; the LATER mention is changed by a factor of
    0.6-0.8 or 1.25-1.5 (a clear change: at least 15% and two units of the last digit).
``part-whole``
    "N of (the) M", "N out of M" with N < M (no year, no section number): N becomes
    1.2-2 times M.
``shares``
    "X percent to Y percent" (two shares of one whole, not a change "from X to Y") with
    X + Y <= 100: the smaller share grows so the two add to 108-120%.  From the fourth round, not
    a range of one share: the low end first and a word the range qualifies right after it ("1% to
    3% support", "2% to 9% lower") or "of", "at", "between", "from" right before it ("a forecast
    of 1% to 3.5%").
``multiple``
    a sentence stating a multiple ("double", "twice", "half", "triple", "three times", ...,
    or a fraction of one figure: "a third", "one-fifth", "a quarter", "a tenth")
    with two figures of one kind (the same counted noun when both name one: "25 million more
    people" and "60 hours a week" are no multiple of each other) whose ratio is within 20% of
    it: the larger figure becomes the smaller times 1 + 0.35 (factor - 1), so the stated
    multiple no longer holds; from the fifth round, the other side of the same multiple is a
    site too: the smaller figure becomes the larger divided by 1 + 0.35 (factor - 1). Also a
    fraction told again as a share right beside it ("about two-thirds, 67 percent", "A third of
    independents, 33%"; the share within 20% of the fraction): the share is changed by a factor
    0.6, 0.7, 1.4 or 1.5.
``paraphrase``
    a figure inside a direct quote given again outside quotes, in another sentence, with the
    same value and counted noun (or a value of three or more significant digits that is money,
    a share, written with thousands commas or with "million"/"billion"; or a share naming no
    whole whose two mentions share two context words): the one outside the
    quote is changed as for ``restated``. From the third round, the quote's figure may also be
    told again with another hedge ("Out of 14 candidates" in the quote, "Some 14 candidates"
    outside it; the same value and counted noun), and a quote is also a partial one inside the
    writer's sentence; the change must then put every value the writer's words allow past every
    value the quote's hedge allows ("more than 80" is contradicted by 60, not by 100). From the
    fifth round, the other side of each such pair (same value, hedge and counted noun) is a site
    too when the writer's words come after the quote: the quote's figure changed where the text
    repeats it, as issue 13 words the kind (a quote's figure after the writer's is a later
    mention, which the ``restated`` kind changes already).
``headline``
    a figure of the headline given again in the body with the same value (and the same
    counted noun, or three or more significant digits; a headline stacks a modifier before
    what it counts, "1,200 Clinton emails", so either of the two words after its figure may be
    the body's counted noun): the headline figure is changed as for ``restated``. From the third
    round, the body may also give the headline's figure with another hedge, or in words ("5 things
    to watch" / "five things to watch"; not inside a quote), the same value and counted noun; the
    change must then put the headline past every value the body's words allow (two lower bounds,
    "More than 100 delegates" / "more than a hundred delegates", give no site); and a headline
    figure written in words ("Five key trends to watch") that the body gives again, unhedged, with
    the same value and one of the two words after it as its counted noun (no span of time, "With
    two months to go"): the word becomes another number word by the factors of ``restated``.
``attribution``
    a direct quote closed by its only attribution (```,” Smith said.``` / ```,” said Smith.```,
    the speaker named by name: no pronoun, no description) where nothing around it may name the
    speaker: neither the quote's paragraph (outside the attribution), nor the paragraph
    before, nor the one after holds the speaker's surname, any mention the extractor
    resolved to the speaker ("the former president") or a quote of theirs (a run of quotation
    paragraphs is one speaker's), and the paragraph before holds no "he"/"she" of the speaker's
    gender (either, when not known) that the extractor did not give to somebody else, nor does
    the paragraph after open with one ("But he focused his remarks on …": who "he" is, is not
    known here), since a reader takes such a quote for the person those paragraphs name. The
    speaker may be named further away: the quote itself is then attributed to nobody. (Until
    the second round the speaker had to be named nowhere else in the text, which left 41 sites
    on polnear train and dev; bench/faults.py
    still leaves out a site that a chain names.)
"""

from __future__ import annotations

import dataclasses
import random
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fault_attribution import inject_attribution
from fault_text import (
    _MONTH,
    _STOP,
    _WINDOW_OR_RATE,
    _WORD_NUMBERS,
    CHANGE_FACTORS,
    Fault,
    _Article,
    _change,
    _change_past,
    _Number,
    _rehedged,
    _same_quantity,
    _splice,
    changed_value,
    format_like,
    parse_token,
)

from factcheck.model import Figure, Span

__all__ = ["CHANGE_FACTORS", "INJECTORS", "KINDS", "Fault", "changed_value", "format_like", "parse_token"]

KINDS = ("restated", "part-whole", "shares", "multiple", "paraphrase", "headline", "attribution")

# --------------------------------------------------------------------------- injectors


def inject_restated(article: _Article, rng: random.Random) -> list[Fault]:
    """A figure restated in the body with the same noun: the later mention changed."""
    faults = []
    used: set[int] = set()
    body = [n for n in article.numbers if not n.in_headline]
    for j, b in enumerate(body):
        for a in body[:j]:
            same = bool(a.noun) and _same_quantity(a, b, article.text, distinctive_ok=False)
            if not same and not a.percent and not (a.noun and b.noun):
                # a distinctive amount ("$169,758", "125,000", "$2.35 million") told twice, one
                # mention naming no counted noun ("… paid $169,758 on July 10")
                same = _same_quantity(a, b, article.text, distinctive_ok=True)
            if same and b.token.start not in used:
                changed = _change(article, b, rng)
                if changed:
                    text, site, note = changed
                    faults.append(Fault("restated", article.path, text, site, b.token, note))
                    used.add(b.token.start)
                break
    return faults


def inject_paraphrase(article: _Article, rng: random.Random) -> list[Fault]:
    """A quoted figure given again outside the quote: the paraphrase's figure changed."""
    faults = []
    body = [n for n in article.numbers if not n.in_headline]
    quoted = [n for n in body if n.in_quote]
    for b in body:
        if b.in_quote:
            continue
        if any(_same_quantity(q, b, article.text, distinctive_ok=True) for q in quoted):
            changed = _change(article, b, rng)
        else:
            # round 3: the quote's figure told again with another hedge; the change must put the
            # writer's figure past what the quote's hedge allows
            other = next((q for q in quoted if _rehedged(q, b, article.text)), None)
            changed = _change_past(article, b, other.figure, rng) if other is not None else None
        if changed:
            text, site, note = changed
            faults.append(Fault("paraphrase", article.path, text, site, b.token, note))
    # round 5: the quote's own figure changed where the writer's words repeat it later, the other
    # side of the same pair (issue 13: "a figure in a quote changed where the text repeats it");
    # a quote's figure after the writer's is a later mention, the restated kind's site
    for q in quoted:
        if any(
            not b.in_quote
            and b.token.start > q.token.start
            and _same_quantity(q, b, article.text, distinctive_ok=True)
            for b in body
        ):
            changed = _change(article, q, rng)
            if changed:
                text, site, note = changed
                faults.append(
                    Fault("paraphrase", article.path, text, site, q.token, f"{note} (in the quote)")
                )
    return faults


def _headline_noun_phrase(text: str, number: _Number) -> set[str]:
    """The first two words after a headline figure: a headline stacks a modifier before the noun it
    counts ("1,200 Clinton emails", "200 campaign staffers"), so either may be what the body counts."""
    words = re.findall(r"[A-Za-z][\w\-’']*", text[number.token.end : number.token.end + 40].split("\n")[0])
    return {w.lower() for w in words[:2] if w.lower() not in _STOP and len(w) >= 3}


def _in_words(
    article: _Article, value: float, percent: bool, currency: bool, nouns: set[str]
) -> Figure | None:
    """A body figure written in words ("five things", "a dozen states") with the headline figure's
    value, kind and counted noun (round 3): the body telling the headline's figure in words."""
    text = article.text
    for figure in article.report.figures:
        if figure.span.start < article.headline_end or re.search(r"\d", figure.span.of(text)):
            continue
        if figure.value != value or figure.is_percent != percent:
            continue
        if (figure.currency is not None) != currency or figure.range_with is not None:
            continue
        if any(q.start <= figure.span.start < q.end for q in article.quotes):
            continue  # a quote's figure is the speaker's, not the body's own statement
        if article.counted_noun(figure) in nouns:
            return figure
    return None


_NUMBER_WORDS = {value: word for word, value in _WORD_NUMBERS.items()}


def _headline_words(article: _Article, rng: random.Random) -> list[Fault]:
    """A headline figure written in words ("Five key trends to watch") that the body gives again with
    the same value and counted noun, in words or digits, unhedged on both sides and no span of time
    ("With two months to go"): the headline's word changed to another by a factor of
    :data:`CHANGE_FACTORS` (round 3)."""
    text = article.text
    faults = []
    for figure in article.report.figures:
        words = figure.span.of(text)
        if figure.span.end > article.headline_end or re.search(r"\d", words) or figure.hedge is not None:
            continue
        word = words.split()[-1] if words.split() else ""
        if (
            word.lower() not in _WORD_NUMBERS
            or figure.value != _WORD_NUMBERS[word.lower()]
            or figure.value < 2
        ):
            continue
        if _WINDOW_OR_RATE.match(text, figure.span.end):
            continue
        after = text[figure.span.end : figure.span.end + 40].split("\n")[0].lower()
        stacked = [w for w in re.findall(r"[a-z][\w\-’']*", after)[:2] if w not in _STOP and len(w) >= 3]
        if not stacked:
            continue
        nouns = set(stacked)
        again = any(
            n.value == figure.value and n.noun in nouns and not n.hedge and not n.percent
            and not _WINDOW_OR_RATE.match(text, n.token.end)
            for n in article.numbers
            if not n.in_headline and not n.in_quote
        )  # fmt: skip
        told = _in_words(article, figure.value, False, False, nouns)
        if not again and (told is None or told.hedge is not None):
            continue
        factors = list(CHANGE_FACTORS)
        rng.shuffle(factors)
        for factor in factors:
            new = changed_value(str(int(figure.value)), factor)
            if new is None or int(new) not in _NUMBER_WORDS:
                continue
            spelled = _NUMBER_WORDS[int(new)]
            spelled = (
                spelled.upper() if word.isupper() else spelled.capitalize() if word[0].isupper() else spelled
            )
            start = figure.span.end - len(word)
            new_text, site = _splice(text, Span(start, figure.span.end), spelled)
            faults.append(Fault("headline", article.path, new_text, site, Span(start, figure.span.end),
                                f"{word} -> {spelled}"))  # fmt: skip
            break
    return faults


def inject_headline(article: _Article, rng: random.Random) -> list[Fault]:
    """A headline figure the body restates: the headline's figure changed."""
    faults = _headline_words(article, rng)
    body = [n for n in article.numbers if not n.in_headline]
    for h in (n for n in article.numbers if n.in_headline):
        stacked = _headline_noun_phrase(article.text, h)
        if any(
            _same_quantity(h, b, article.text, distinctive_ok=True)
            or (b.noun in stacked and _same_quantity(h, b, article.text, distinctive_ok=True, noun=b.noun))
            for b in body
        ):
            changed = _change(article, h, rng)
        else:
            # round 3: the body gives the headline's figure with another hedge ("At least 71 deaths" /
            # "71 people died"), or in words ("5 Things to Watch" / "five things to watch"); the change
            # must put the headline past what the body's words allow
            nouns = stacked | {h.noun} - {""}
            other = next(
                (
                    b.figure
                    for b in body
                    if b.noun in nouns
                    and b.hedge != h.hedge
                    and _same_quantity(
                        h,
                        dataclasses.replace(b, hedge=h.hedge),
                        article.text,
                        distinctive_ok=False,
                        noun=b.noun,
                    )
                ),
                None,
            ) or _in_words(article, h.value, h.percent, h.currency, nouns)
            changed = _change_past(article, h, other, rng, "body") if other is not None else None
        if changed:
            text, site, note = changed
            faults.append(Fault("headline", article.path, text, site, h.token, note))
    return faults


_PART_OF = re.compile(
    r"\b(?P<n>\d[\d,]*|" + "|".join(_WORD_NUMBERS) + r")\s+(?:out\s+of|of)\s+"
    r"(?:the\s+|all\s+|these\s+|those\s+|its\s+|their\s+)?(?P<m>\d{1,3}(?:,\d{3})+|\d+)\b"
    r"(?!\s*(?:percent|per\s+cent|%|million|billion|trillion|thousand))(?![.,]\d)",
    re.I,
)


def inject_part_whole(article: _Article, rng: random.Random) -> list[Fault]:
    """ "N of the M": N made 1.2-2 times M."""
    faults = []
    text = article.text
    for match in _PART_OF.finditer(text):
        n_word, m_word = match.group("n"), match.group("m")
        whole = parse_token(m_word)
        part = float(_WORD_NUMBERS[n_word.lower()]) if n_word.lower() in _WORD_NUMBERS else None
        if part is None:
            if re.fullmatch(r"\d{1,3}(?:,\d{3})*|\d+", n_word) is None:
                continue
            part = parse_token(n_word)
        if not 0 < part < whole or (1900 <= whole <= 2100 and "," not in m_word):
            continue
        before = text[max(0, match.start() - 30) : match.start()]
        if _MONTH.search(before) or re.search(r"[\d$/:–\-.]$", before):
            continue
        factor = rng.choice((1.2, 1.3, 1.5, 1.75, 2.0))
        new_value = max(whole + 1, round(whole * factor))
        new = format_like(m_word if "," in m_word else n_word if n_word[0].isdigit() else "0", new_value)
        new_text, site = _splice(text, Span(match.start("n"), match.end("n")), new)
        faults.append(
            Fault(
                "part-whole",
                article.path,
                new_text,
                site,
                Span(match.start("n"), match.end("n")),
                f"{n_word} of {m_word} -> {new} of {m_word}",
            )
        )
    return faults


_PERCENT = r"(?P<{0}>\d+(?:\.\d+)?)\s*(?:percent|per\s+cent|%)"
_SHARES_TO = re.compile(_PERCENT.format("x") + r"\s+to\s+" + _PERCENT.format("y"), re.I)
_CHANGE_VERB = re.compile(
    r"\b(?:from|rose|rise|rising|fell|fall|falling|increas\w*|decreas\w*|jump\w*|climb\w*|grew|grow\w*|"
    r"drop\w*|declin\w*|cut\w*|lower\w*|rais\w*|reduc\w*|went|gone|go|going|move\w*|shift\w*|slid\w*|"
    r"surg\w*|soar\w*|plung\w*|tumbl\w*|up|down)\b[^.]{0,40}$",
    re.I,
)


_RANGE_BEFORE = re.compile(r"\b(?:of|at|between|from)\s+$", re.I)
_RANGE_AFTER = re.compile(r"[ \t]+[a-z]")


def _one_share_range(text: str, match: re.Match[str]) -> bool:
    """True when "X% to Y%" is a range of one share, not two shares face to face (round 4): the low
    end first, and either a word the range qualifies right after it ("1% to 3% support", "2% to 9%
    lower") or "of", "at", "between", "from" right before it ("a forecast of 1% to 3.5%")."""
    if float(match.group("x")) >= float(match.group("y")):
        return False  # "53.4 percent to 46.6 percent": the larger share first, a contest
    before = text[max(0, match.start() - 12) : match.start()]
    return bool(_RANGE_BEFORE.search(before) or _RANGE_AFTER.match(text, match.end()))


def inject_shares(article: _Article, rng: random.Random) -> list[Fault]:
    """ "X percent to Y percent": the smaller share grown until the two pass 100%."""
    faults = []
    text = article.text
    for match in _SHARES_TO.finditer(text):
        x, y = float(match.group("x")), float(match.group("y"))
        if x + y > 100 or _CHANGE_VERB.search(text[max(0, match.start() - 45) : match.start()]):
            continue
        if _one_share_range(text, match):
            continue
        group = "y" if y <= x else "x"
        other = x if group == "y" else y
        target = 100 - other + rng.choice((8, 10, 12, 15, 20))
        token = match.group(group)
        new = format_like(token, target)
        span = Span(match.start(group), match.end(group))
        new_text, site = _splice(text, span, new)
        faults.append(
            Fault("shares", article.path, new_text, site, span, f"{x:g}% + {y:g}% -> {new} for {token}")
        )
    return faults


_MULTIPLE = re.compile(
    r"\b(?P<w>double[ds]?|doubling|twice|half|halved|triple[ds]?|tripling|three\s+times|"
    r"quadrupled?|four\s+times|five\s+times|ten\s+times|"
    r"(?:a|one)[\s-](?:third|quarter|fifth|tenth)|one[\s-]fourth)\b(?![-‐])",  # "double-digit" is no multiple
    re.I,
)
_FACTORS = {"doubl": 2.0, "twic": 2.0, "half": 2.0, "halv": 2.0, "tripl": 3.0, "three": 3.0,
            "quadr": 4.0, "four": 4.0, "five": 5.0, "ten": 10.0, "third": 3.0, "quarter": 4.0,
            "fourth": 4.0, "fifth": 5.0, "tenth": 10.0}  # fmt: skip
_FRACTION_SHARE = re.compile(
    r"\b(?P<w>half|(?:a|one)[\s-]third|two[\s-]thirds|(?:a|one)[\s-]quarter|three[\s-]quarters|"
    r"(?:a|one)[\s-]fifth)(?:\s+of\s+(?:the\s+|all\s+)?[a-z]+)?,\s+(?P<n>\d+(?:\.\d+)?)\s*(?:percent|per\s+cent|%)",
    re.I,
)
"""A fraction told again as a share beside it: "about two-thirds, 67 percent", "A third of
independents, 33%"."""
_FRACTION_VALUES = {"half": 50.0, "third": 100 / 3, "thirds": 200 / 3, "quarter": 25.0, "quarters": 75.0,
                    "fifth": 20.0}  # fmt: skip


def _factor(word: str) -> float:
    """The factor a multiple or fraction word states ("twice" 2, "a third" 3)."""
    word = word.lower()
    return next(v for k, v in _FACTORS.items() if word.startswith(k) or word.endswith(k))


def inject_multiple(article: _Article, rng: random.Random) -> list[Fault]:
    """A stated multiple whose two figures agree with it: the larger changed so they no longer do."""
    faults = []
    text = article.text
    by_sentence: dict[int, list[_Number]] = defaultdict(list)
    for n in article.numbers:
        by_sentence[n.sentence].append(n)
    done: set[int] = set()
    for match in _MULTIPLE.finditer(text):
        sentence = article.sentence_of(match.start())
        if sentence in done or re.search(
            r"(?:-|\band\s+a\s+)$", text[max(0, match.start() - 7) : match.start()]
        ):
            continue  # "four-and-a-half", "two and a half": a number, not a multiple
        if re.search(
            r"\b(?:first|second|1st|2nd|other|back|front)\s+$",
            text[max(0, match.start() - 12) : match.start()],
        ):
            continue  # "the first half" of a game or a year is a period, not a multiple
        factor = _factor(match.group("w"))
        numbers = by_sentence.get(sentence, [])
        pair = None
        for i, a in enumerate(numbers):
            for b in numbers[i + 1 :]:
                if a.percent != b.percent or a.currency != b.currency or min(a.value, b.value) <= 0:
                    continue
                if a.noun and b.noun and a.noun != b.noun:
                    continue  # "25 million more people" and "60 hours a week" are no multiple of each other
                ratio = max(a.value, b.value) / min(a.value, b.value)
                if abs(ratio - factor) <= 0.2 * factor:
                    pair = (a, b)
                    break
            if pair:
                break
        if pair is None:
            continue
        small, large = sorted(pair, key=lambda n: n.value)
        token = large.token.of(text)
        decimals = len(token.split(".")[1]) if "." in token else 0
        new_value = round(small.value * (1 + 0.35 * (factor - 1)), decimals)
        if new_value <= small.value or abs(new_value - large.value) < 2 * 10.0**-decimals:
            continue  # no clear change of the larger: no site in this multiple (as before round 5)
        done.add(sentence)
        new = format_like(token, new_value)
        new_text, site = _splice(text, large.token, new)
        faults.append(
            Fault(
                "multiple",
                article.path,
                new_text,
                site,
                large.token,
                f"'{match.group('w')}' with {small.token.of(text)}: {token} -> {new}",
            )
        )
        # round 5: the smaller figure changed instead, the other side of the same multiple: the
        # larger divided by 1 + 0.35 (factor - 1), so the ratio is as far from the stated one
        token = small.token.of(text)
        decimals = len(token.split(".")[1]) if "." in token else 0
        new_value = round(large.value / (1 + 0.35 * (factor - 1)), decimals)
        if new_value < large.value and abs(new_value - small.value) >= 2 * 10.0**-decimals:
            new = format_like(token, new_value)
            new_text, site = _splice(text, small.token, new)
            faults.append(
                Fault(
                    "multiple",
                    article.path,
                    new_text,
                    site,
                    small.token,
                    f"'{match.group('w')}' with {large.token.of(text)}: {token} -> {new}",
                )
            )
    for match in _FRACTION_SHARE.finditer(text):
        fraction = re.split(r"[\s-]", match.group("w").lower())[-1]
        stated = _FRACTION_VALUES[fraction]
        token = match.group("n")
        if abs(float(token) - stated) > 0.2 * stated or article.sentence_of(match.start()) in done:
            continue  # the share must give the fraction it stands beside
        for factor in rng.sample((0.6, 0.7, 1.4, 1.5), 4):
            new = changed_value(token, factor)
            if new is not None and float(new) < 100:
                span = Span(match.start("n"), match.end("n"))
                new_text, site = _splice(text, span, new)
                faults.append(
                    Fault(
                        "multiple",
                        article.path,
                        new_text,
                        site,
                        span,
                        f"'{match.group('w')}': {token} -> {new}",
                    )
                )
                break
    return faults


INJECTORS: dict[str, Callable[[_Article, random.Random], list[Fault]]] = {
    "restated": inject_restated,
    "part-whole": inject_part_whole,
    "shares": inject_shares,
    "multiple": inject_multiple,
    "paraphrase": inject_paraphrase,
    "headline": inject_headline,
    "attribution": inject_attribution,
}
