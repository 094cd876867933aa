"""A speaker's reported count against the same speaker's quoted count of the same thing (round para24).

"Boinnet said 3,500 new constables would be recruited this year" and his own "We are going to
recruit 5,000 constables this year": one speaker, one counted thing (constables), two figures.
The paraphrase check (:mod:`.attribution_paraphrase`) pairs a reported statement with a quote
sentence by the share of content words they hold in common, behind a stack of preconditions; on
fresh text each writer's misses had a different blocker (a run-on clause, a second statement, a
time named on one side only).  This check pairs them instead **by speaker and by the counted
thing**, and judges the figures with the paraphrase check's comparison (hedges and roundings).

A reported statement's figure is set against a quoted figure only when all of these hold. When
the two count the same noun but a precondition fails, the verdict is ``unknown`` with the reason
(``data["check"]`` "counted-noun", ``data["reason"]``: two times, a place, a plan against a
tally, another group, other verbs, two quoted figures of the noun, both readings of a speaker in
doubt); for another kind of figure, or none of the speaker's quotes counting the noun, there is
no verdict:

* **one resolved speaker**: the statement is reported speech (an indirect quote) whose speaker
  the extraction resolved and did not put in doubt, and the quote is a direct quote of the same
  speaker, outside the headline;
* **one counted noun**: both figures are followed by the noun they count (the extraction's unit,
  else up to three lower-case words read after the figure), whose last words match ("3,500 new
  constables" / "5,000 constables"), and it is a thing counted, no unit of measure or of money
  (:data:`MEASURES`: "20 minutes", "850 kilometres", "3 soles" measure, and one article measures
  many things in minutes); a word before that noun that names a group ("rural
  teachers", "female officers") must be said on the other side too: only words that restate
  ("new", "additional", "extra", "further") or name one another ("foreign", "international",
  "overseas") are read as the same group;
* **one figure of that noun on each side**: the statement's clause counts that noun once, and the
  speaker's direct quotes count it with one value only (two quoted figures of one noun are two
  counts, and the statement may tell either);
* **one time, one place, one mood, one act**: the two clauses do not both name a time and name
  different ones (a time named on one side only is allowed: "in the year" against "this year");
  neither names a place (a capitalised word after "in", "at", "across", "from") the other's
  sentence does not; both tell a plan (will, would, going to, plans to, aims to, expects to) or
  both a count made (a target is no tally); the past verbs the two figures are told with, when
  both have one, are one verb or one of them only tallies (:data:`TALLY_VERBS`: "received" and
  "welcomed" visitors; not "opened" and "inspected" shelters), and the two clauses share a word
  besides the noun and words of time ("recruited" / "recruit", "hot meals" / "a hot meal") unless
  both figures are told with a verb that only tallies ("had welcomed" / "We had"): "800 nurses had
  left" and "We hired 500 nurses" are two acts on one noun;
* **a whole, not a part of it**: neither figure counts a part of a whole told after it with "of"
  ("3,000 of the homes", "40 of them") while the other counts the whole;
* **a change of the whole thing**: a percentage's thing has no modifier before it ("emergency
  admissions") and neither side narrows it to a part the other does not name ("at the children's
  hospital");
* **the same kind of figure**: both percentages or neither, the same currency, neither a
  difference ("3,000 more than"), values within :data:`~.attribution_pairing.RESTATE_RATIO`.

``warn``, never ``fail``: the pair is found by a rule on the nouns, not by the statement's words.
A pair the paraphrase check already compared is left to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from factcheck.model import Figure, Quote, QuoteKind, Report, Span, Status, Verdict

from .attribution_and_that import second_that_clauses
from .attribution_aside import said_part
from .attribution_context import Context, short
from .attribution_figures import compare_figures
from .attribution_pairing import comparable, difference, split_pieces
from .attribution_rules import content_words, shared_words, words_match
from .attribution_same_verb import counting_verb
from .attribution_times import _as_year

__all__ = ["changed_noun", "counted_noun", "counted_verdicts", "doubt_readings"]

#: Words before a counted noun that restate the count rather than name a group of it.
RESTATING = frozenset("new additional extra further more".split())
#: Words naming one another: "foreign visitors" and "international visitors" are one group.
ONE_GROUP = (frozenset("foreign international overseas".split()),)

#: Verbs that tally whatever came ("received", "welcomed", "recorded"): told with any other verb,
#: the count may be the same one.  Two other verbs ("opened", "inspected") tell two counts.
TALLY_VERBS = frozenset(
    """had have has received welcomed recorded registered counted saw reached totalled totaled
    attracted drew hosted reported logged got""".split()
)
#: Words that end the noun read after a figure: function words, verbs of being and having, times.
_NOT_NOUN = frozenset(
    """a an the of in on at by for from to with into across over under than and or but as per
    this that these those last next each every who which whose had have has having been be being
    is are was were will would could should may might can must do does did not no so this year
    years month months week weeks day days since until ago more less fewer up down just only already
    still now yet alone even also too then there here""".split()
)
#: Units of measure and of money: a length of time, a distance or a price measures, it counts no
#: thing ("about 20 minutes standing by" and "15 to 17 minutes to get ready" are two spans of time).
MEASURES = frozenset(
    """second seconds minute minutes hour hours day days week weeks month months year years decade
    decades century centuries kilometre kilometres kilometer kilometers km mile miles metre metres
    meter meters feet foot inch inches yard yards tonne tonnes ton tons kilogram kilograms kg kilo
    kilos pound pounds ounce ounces gram grams litre litres liter liters gallon gallons barrel barrels
    acre acres hectare hectares degree degrees percent per cent point points times fold dollar
    dollars euro euros cent cents yen yuan rupee rupees peso pesos sol soles shilling shillings naira
    rand francs franc lira won ringgit baht dirham dirhams riyal riyals kwacha cedi cedis""".split()
)
_WORD = re.compile(r"\s*([a-z][a-z'’-]*)")

#: A plan, not a tally: a modal of the future or an aim.
_PLAN = re.compile(
    r"\b(?:will|would|'ll|’ll|shall|going\s+to|plans?\s+to|planned\s+to|aims?\s+to|aimed\s+to|"
    r"expects?\s+to|expected\s+to|intends?\s+to|hopes?\s+to|target(?:s|ed)?|goal)\b",
    re.I,
)
#: A time a clause names: a year, a period ("in three years", "since 2019"), "last year", or a
#: month by its capitalised name (so the verb "may" is no month).
_TIME = re.compile(
    r"\b(?:(?i:since\s+(?:19|20)\d\d|(?:in|over|within|during)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+|"
    r"next\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:years|months|weeks|days)|"
    r"(?:19|20)\d\d|(?:last|this|next)\s+(?:year|month|week|season|quarter)|"
    r"(?:the\s+)?(?:year|month)\s+(?:before|earlier)|(?:the\s+)?previous\s+(?:year|month)|"
    r"(?:a|one|two|three)\s+(?:years?|months?)\s+(?:ago|earlier))|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December))\b"
)
#: A time that is the base of a comparison, not the count's own ("compared with last year").
_BASE_BEFORE = re.compile(
    r"\b(?:from|than|since|with|on|over)\s+(?:the\s+(?:same\s+)?\w+\s+)?(?:of\s+)?$", re.I
)
_PLACE = re.compile(r"\b(?:in|at|across|from|throughout)\s+((?:[A-Z][\w'’-]+\s*)+)")
_CLAUSE_END = re.compile(r"[,;:.!?…—–]")


#: A percentage that is a change of a named thing, told right before it: "traffic had grown 8 per
#: cent", "Shootings are down 30 percent", "exports fell by 12%".
_CHANGE_BEFORE = re.compile(
    r"\b([A-Za-z][a-z-]{2,})\s+(?:had\s+|has\s+|have\s+)?(?:(?P<up>grown|grew|rose|risen|increased|"
    r"climbed|jumped|gone\s+up|went\s+up)|(?P<down>fallen|fell|dropped|declined|decreased|"
    r"shrunk|shrank|gone\s+down|went\s+down)|(?:are|is|were|was|been)\s+(?:(?P<up2>up)|(?P<down2>down)))"
    r"(?:\s+by)?\s+$"
)
#: Words before a change verb that name no thing: pronouns, determiners.
_NO_SUBJECT = frozenset("it they this that these those which what who there figure number rate".split())


def changed_noun(ctx: Context, figure: Figure) -> tuple[str, str] | None:
    """For a percentage told as the change of a named thing right before it ("traffic had grown 8
    per cent"), that thing and the direction ("traffic", "up"); else None."""
    if not figure.is_percent:
        return None
    text = ctx.report.document.text
    match = _CHANGE_BEFORE.search(text, max(0, figure.span.start - 40), figure.span.start)
    if match is None or match.group(1).lower() in _NO_SUBJECT:
        return None
    before = re.search(r"([A-Za-z][a-z'’-]*)\s+$", text[max(0, match.start() - 30) : match.start()])
    if (
        before is not None
        and before.group(1)[:1].islower()
        and before.group(1) not in _NOT_NOUN
        and not before.group(1).endswith(("ed", "s"))  # "said shootings", "says exports"
        and before.group(1) not in {"said", "told", "that", "say", "tell", "saw", "where", "while"}
    ):
        return None  # "emergency admissions": a part of the thing the other side may count whole
    return match.group(1).lower(), "up" if match.group("up") or match.group("up2") else "down"


def counted_noun(ctx: Context, figure: Figure) -> tuple[str, tuple[str, ...]] | None:
    """The noun a figure counts and the words before it that qualify it ("3,500 new constables":
    ("constables", ("new",))), from the extraction's unit or, when it gives none, up to three
    lower-case words right after the figure; for a percentage, the thing whose change it is and
    the direction (:func:`changed_noun`: ("traffic", ("up",))).  None when no noun is read."""
    if figure.is_percent:
        changed = changed_noun(ctx, figure)
        return None if changed is None else (changed[0], (changed[1],))
    text = ctx.report.document.text
    if figure.unit:
        words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", figure.unit)]
    else:
        words = []
        at = figure.span.end
        while len(words) < 3:
            match = _WORD.match(text, at)
            if match is None:
                break
            words.append(match.group(1))
            at = match.end()
    kept: list[str] = []
    for word in words:
        if word in _NOT_NOUN or word.endswith("ly"):  # "17 minutes just to", "500 homes mostly in"
            break
        kept.append(word)
    if not kept or len(kept[-1]) < 3 or kept[-1] in MEASURES:
        return None
    return kept[-1], tuple(kept[:-1])


def _same_group(mine: Sequence[str], theirs: Sequence[str], theirs_sentence: str, mine_sentence: str) -> bool:
    """True when the qualifying words of two counted nouns name one group (see the module)."""

    def plain(words: Sequence[str]) -> set[str]:
        return {w for w in words if w not in RESTATING}

    a, b = plain(mine), plain(theirs)
    for group in ONE_GROUP:
        if a & group and b & group:
            a, b = a - group, b - group
    lower_theirs, lower_mine = theirs_sentence.lower(), mine_sentence.lower()
    return all(re.search(rf"\b{re.escape(w)}", lower_theirs) for w in a) and all(
        re.search(rf"\b{re.escape(w)}", lower_mine) for w in b
    )


def _abstain_reason(
    same: list[tuple[Figure, Quote, Span, tuple[str, tuple[str, ...]]]],
    noun: tuple[str, tuple[str, ...]],
    their_noun: tuple[str, tuple[str, ...]],
    words: tuple[str, str, str],
    verbs: tuple[str | None, str | None],
    increments: tuple[bool, bool],
    published: int | None,
) -> str | None:
    """Why a statement's figure and a quoted figure of the same noun are not compared (the
    preconditions of the module), or None when they are."""
    mine_words, their_words, their_piece = words
    if len({q.speaker for _, q, *_ in same}) > 1:
        return "both readings of the statement's speaker, who is in doubt, are quoted counting it"
    if len({f.value for f, *_ in same}) > 1:
        return f"the speaker's quotes count {noun[0]} with more than one figure"
    if same[0][0].is_percent and noun[1] != their_noun[1]:
        return "one tells a rise and the other a fall"
    if not same[0][0].is_percent and not _same_group(noun[1], their_noun[1], their_piece, mine_words):
        return "the two name different groups of it"
    if increments[0] != increments[1]:
        return "one counts an increment ('an additional …') and the other a total"
    if _times_differ(_times(mine_words, published), _times(their_words, published)):
        return "the two name different times"
    if (_places(mine_words) - _places(their_piece)) or (_places(their_words) - _places(mine_words)):
        return "one names a place the other does not"
    if bool(_PLAN.search(mine_words)) != bool(_PLAN.search(their_words)):
        return "one tells a plan and the other a tally"
    if verbs[0] and verbs[1] and not words_match(verbs[0], verbs[1]) and not {*verbs} & TALLY_VERBS:
        return f"one is told as {verbs[0]} and the other as {verbs[1]}"
    if same[0][0].is_percent:
        if _qualifiers(mine_words) - _qualifiers(their_piece) or _qualifiers(their_words) - _qualifiers(
            mine_words
        ):
            return "one narrows the change to a part the other does not name"
        return None
    if not (verbs[0] and verbs[1] and {*verbs} <= TALLY_VERBS) and not _shared_beyond(
        mine_words, their_words, noun
    ):
        return "the two clauses share no word but the counted noun, so they may tell two acts"
    return None


#: What a shared word must not be to tie two clauses: a time, or a word of a number.
_TIME_WORDS = frozenset(
    """year years month months week weeks day days today time period first last next past million
    billion thousand hundred""".split()
)


#: Words that make a count an increment on top of another ("an additional 2,000", "2,000 more").
INCREMENT = frozenset("additional extra further more another".split())


#: A count of a part told by "of" and a whole after the figure: "3,000 of the homes", "40 of them".
_PARTITIVE = re.compile(r"\s+of\s+(?:the|its|their|those|these|them|all|our|his|her)\b", re.I)


def _partitive(text: str, figure: Figure) -> bool:
    """True when the figure counts a part of a whole named after it ("3,000 of the homes")."""
    return _PARTITIVE.match(text, figure.span.end) is not None


def _increment(text: str, figure: Figure, noun: tuple[str, tuple[str, ...]]) -> bool:
    """True when the figure counts an increment: an increment word among its noun's qualifiers or
    in the two words before it ("an extra 300,000 children", "200,000 additional children")."""
    before = re.findall(r"[a-z]+", text[max(0, figure.span.start - 25) : figure.span.start].lower())[-2:]
    return bool(INCREMENT & {*noun[1], *before})


def _verb_of(text: str, figure: Figure) -> str | None:
    """The past verb a figure is told with (:func:`.attribution_same_verb.counting_verb`), or a
    verb that tallies right before it ("We had 1.8 million visitors", "have 300 beds")."""
    found = counting_verb(text, figure)
    if found is not None:
        return found
    before = re.search(r"\b([a-z]+)\s+$", text[max(0, figure.span.start - 20) : figure.span.start])
    return before.group(1) if before is not None and before.group(1) in TALLY_VERBS else None


def _shared_beyond(mine: str, theirs: str, noun: tuple[str, tuple[str, ...]]) -> bool:
    """True when the two clauses share a content word other than the counted noun, its qualifiers
    and words of time ("recruited" / "recruit", "hot meals" / "a hot meal")."""
    skip = set(content_words(" ".join((noun[0], *noun[1], *_TIME_WORDS))))
    a = [w for w in content_words(mine) if w not in skip and not w[:1].isdigit()]
    b = [w for w in content_words(theirs) if w not in skip and not w[:1].isdigit()]
    return bool(shared_words(a, b))


#: A part a change is narrowed to after its figure: "at the children's hospital", "among women".
_QUALIFIER = re.compile(r"\b(?:at|in|for|among|on)\s+(?:the\s+|its\s+|their\s+)?([a-z][\w'’-]+)")


def _qualifiers(words: str) -> set[str]:
    """The first words of the parts a clause narrows its figure to ("at the children's hospital"),
    words of time left out."""
    return {
        m.group(1)
        for m in _QUALIFIER.finditer(words)
        if m.group(1) not in _TIME_WORDS and not m.group(1)[:1].isdigit()
    }


def _clause_of(text: str, figure: Figure, within: Span) -> Span:
    """The figure's clause inside ``within``: from the last comma, colon or stop before it to the
    next one after it."""
    start = within.start
    for match in _CLAUSE_END.finditer(text, within.start, figure.span.start):
        if text[match.start()] == "," and re.match(r",\d", text[match.start() : match.start() + 2]):
            continue  # a thousands separator
        start = match.end()
    end = within.end
    for match in _CLAUSE_END.finditer(text, figure.span.end, within.end):
        if text[match.start()] in ",." and re.match(r"[,.]\d", text[match.start() : match.start() + 2]):
            continue
        end = match.start()
        break
    return Span(start, end)


def _times(words: str, published: int | None) -> frozenset[str]:
    """The times a clause names as its own (not the base of a comparison), "this year" and "last
    year" as years when the article's year is known."""
    found = set()
    for match in _TIME.finditer(words):
        if _BASE_BEFORE.search(words, max(0, match.start() - 30), match.start()):
            continue
        found.add(_as_year(" ".join(match.group(0).lower().split()), published))
    return frozenset(found)


def _times_differ(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """True when both clauses name a year and no year is common, or both name a month and no month
    is common ("through September" and "this year" name two scales of time, not two times)."""
    for years in (True, False):
        a = {t for t in mine if _is_year(t) is years}
        b = {t for t in theirs if _is_year(t) is years}
        if a and b and not a & b:
            return True
    return False


def _is_year(time: str) -> bool:
    """True for a time told as a year ("2023", "last year"), not a month."""
    return time[:1].isdigit() or "year" in time


def _places(words: str) -> frozenset[str]:
    """The capitalised names a clause gives after "in", "at", "across", "from", "throughout"."""
    return frozenset(m.group(1).strip() for m in _PLACE.finditer(words))


def doubt_readings(report: Report) -> dict[str, frozenset[str]]:
    """For each reported statement whose speaker is in doubt (``Quote.doubt``), the speakers of its
    two readings: the one the extraction chose and the one the doubt names ("'The Minister' may
    rather be Minister for Social Protection, …")."""
    out: dict[str, frozenset[str]] = {}
    for quote in report.quotes:
        if quote.kind is not QuoteKind.INDIRECT or not quote.doubt or quote.speaker is None:
            continue
        other = quote.doubt.split(" may rather be ", 1)
        if len(other) != 2:
            continue
        named = [s.id for s in report.speakers if s.name and other[1].startswith(s.name)]
        if len(named) == 1:
            out[quote.id] = frozenset((quote.speaker, named[0]))
    return out


def counted_verdicts(
    ctx: Context, judged: set[str], readings: dict[str, frozenset[str]] | None = None
) -> Iterator[Verdict]:
    """``warn`` where a speaker's reported count of a noun differs from the same speaker's quoted
    count of it, under the preconditions of this module; figures in ``judged`` are skipped and the
    ones compared here are added to it.  ``readings`` (:func:`doubt_readings`) gives the two
    speakers a statement in doubt may be of: it is compared when exactly one of them is quoted
    counting the noun (the other never counts it in their own words)."""
    readings = readings or {}
    report = ctx.report
    text = report.document.text
    published = report.document.published.year if report.document.published else None
    quoted: dict[str, list[tuple[Figure, Quote, Span]]] = {}
    for quote in report.quoted():
        if quote.kind is QuoteKind.INDIRECT or quote.speaker is None or ctx.in_title(quote.span):
            continue
        for piece in quote.pieces or (quote.span,):
            for figure in ctx.figures_in(piece):
                quoted.setdefault(quote.speaker, []).append((figure, quote, piece))
    if not quoted:
        return
    for statement in report.quotes:
        if statement.kind is not QuoteKind.INDIRECT or ctx.in_title(statement.span):
            continue
        # the speaker, or the two readings of a speaker in doubt
        who = [statement.speaker] if statement.speaker is not None else sorted(readings.get(statement.id, ()))
        if not any(w in quoted for w in who):
            continue
        said = said_part(text, statement)
        for clause in second_that_clauses(split_pieces(said, text), text):
            yield from _clause_verdicts(ctx, statement, clause, who, quoted, judged, published)


def _clause_verdicts(
    ctx: Context,
    statement: Quote,
    clause: Span,
    who: list[str],
    quoted: dict[str, list[tuple[Figure, Quote, Span]]],
    judged: set[str],
    published: int | None,
) -> Iterator[Verdict]:
    """The verdicts of one clause of a reported statement against the quoted figures of its
    speaker (``who``: one, or the two readings of a speaker in doubt)."""
    text = ctx.report.document.text
    mine_all = [(f, counted_noun(ctx, f)) for f in ctx.figures_in(clause)]
    for mine, noun in mine_all:
        if noun is None or mine.id in judged or difference(ctx, mine):
            continue
        if sum(1 for _, n in mine_all if n is not None and words_match(n[0], noun[0])) > 1:
            continue  # the clause counts the noun twice: which is the quote's is unsaid
        same = [
            (theirs, quote, piece, n)
            for speaker in who
            for theirs, quote, piece in quoted.get(speaker, ())
            if not quote.span.overlaps(statement.span)
            and (n := counted_noun(ctx, theirs)) is not None
            and words_match(n[0], noun[0])
        ]
        if not same:
            continue  # the speaker never counts it in their own words
        theirs, quote, piece, their_noun = same[0]
        if theirs.id in judged or theirs.currency != mine.currency or mine.is_percent != theirs.is_percent:
            continue  # another kind of figure: another quantity
        if difference(ctx, theirs) or not comparable(mine.value, theirs.value):
            continue  # a difference, or a figure further than a factor 2: another quantity
        mine_clause = _clause_of(text, mine, clause)  # the figure's own clause: what runs on is no part
        their_clause = _clause_of(text, theirs, piece)
        mine_words, their_words = ctx.words(mine_clause), ctx.words(their_clause)
        reason = _abstain_reason(
            same,
            noun,
            their_noun,
            (mine_words, their_words, ctx.words(piece)),
            (_verb_of(text, mine), _verb_of(text, theirs)),
            (_increment(text, mine, noun), _increment(text, theirs, their_noun)),
            published,
        )
        if reason is None and _partitive(text, mine) != _partitive(text, theirs):
            reason = "one counts a part of a whole ('3,000 of the homes') and the other the whole"
        if reason is not None:
            yield Verdict(
                Status.UNKNOWN,
                f"paraphrase not compared with the quote: {reason}",
                claim=ctx.claim_of_quote.get(statement.id),
                details=(
                    f"'{short(mine_words, 90)}' and the quoted '{short(their_words, 90)}' both count "
                    f"{noun[0]}, but {reason}, so the two may be different counts."
                ),
                evidence=[mine_clause, their_clause],
                # its own check name: an abstention, not a paraphrase verdict
                data={"check": "counted-noun", "rule": "counted-noun", "reason": reason, "noun": noun[0]},
            )
            continue
        result = compare_figures(mine, theirs, ctx.words(mine.span), ctx.words(theirs.span))
        judged.update((mine.id, theirs.id))
        if result.outcome != "disjoint":
            continue
        speaker = ctx.report.speaker(quote.speaker) if quote.speaker else None
        label = ctx.speaker_label(speaker)
        yield Verdict(
            Status.WARN,
            f"paraphrase differs from the quote: {result.explanation}",
            claim=ctx.claim_of_quote.get(statement.id),
            details=(
                f"The writer reports {label} as saying '{short(mine_words, 90)}', and quotes {label} saying "
                f"'{short(their_words, 90)}': both count {noun[0]}, but {result.explanation}."
            ),
            evidence=[mine_clause, their_clause, mine.span, theirs.span],
            data={
                "check": "paraphrase",
                "rule": "counted-noun",
                "speaker": quote.speaker,
                "in_doubt": statement.speaker is None,
                "quote": quote.id,
                "noun": noun[0],
                "figures": [{"paraphrase": mine.id, "quote": theirs.id, "outcome": result.outcome}],
            },
        )
