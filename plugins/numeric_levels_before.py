"""Changes and multiples whose levels were told in an earlier sentence (round sum24).

News often gives the new level first and, in the next sentence, how far it has come, naming only
the old level: "The monthly allowance will rise by $40 to $610 from July. The allowance has grown
steadily since 2015, from $420, an increase of nearly 60 percent." (610 / 420 is a rise of 45%);
"The chain opened 300 shops last year, taking its total to 4,100. Its number of shops has almost
tripled since 2012, when it had 2,050." (exactly double).  Or it gives both levels and names the
change later by a definite noun: "The fare rose from $2.20 to $2.60 in March. … the rise of 60
cents will cost commuters …".  :mod:`.numeric_change_apart` reads "rose C from A" after a
sentence with one level; this module reads the two other forms.

:func:`start_only_changes` — a change (or multiple) told with its start only:

* the sentence has a verb of change ("has risen", "grew", "has almost tripled", …) and, after it,
  its start A: "from A" at once, or "since <year>, when <words> A" (A the first figure after
  "when"); for a change (not a multiple) the stated change C follows A as ", an increase of C"
  (a year of A's time, "in 2011", may stand between);
* the sentence holds no other figure of A's kind (share or not, one currency) but A and C;
* the sentence right before ends at its new level B: the last figure of A's kind there, told
  right after "to" (not "up to"): "rise by $40 to $610", "taking its total to 4,100";
* the head of what the change's sentence names before its verb (its subject's last content word)
  is a word of the sentence before ("The allowance" … "The monthly allowance"; not "The company's
  profit" after "The company's revenue rose to …"), and A and B count one noun when both name one;
  B / A lies within a factor of ten.

:func:`changes_named_back` — a change told again by a definite noun, "the rise of C", "the C
increase", in a sentence with no other figure of C's kind before C, pointing back to the one change
"from A to B" (or "B, up from A") of C's kind told before it in the article (not one whose sentence
names only another period than C's "a month"); the direction of the noun is the pair's, and a
change naming another measure ("the rise of $200 in property taxes") is not read.

Which levels the change is read against is read, not stated, so a change the figures do not give
is ``warn`` (``extra["apart"]``), never ``fail``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.model import Figure, Span

from .numeric_change_relations import change_pairs
from .numeric_currency_units import told_in_subunit
from .numeric_forms import VERB_FACTORS, measure_of
from .numeric_level_changes import measure_of_another
from .numeric_text import Relation, TextIndex, unit_stems

__all__ = ["changes_named_back", "start_only_changes"]

_UP_VERBS = "risen|rose|grown|grew|increased|climbed|jumped|gained"
_DOWN_VERBS = "fallen|fell|dropped|declined|decreased|shrunk|shrank"
_MULTIPLES = "doubled|tripled|trebled|quadrupled|halved"
#: "has risen steadily", "has almost tripled", "grew": the verb of change and what may stand before it.
_VERB = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?(?P<hedge>more\s+than\s+|nearly\s+|almost\s+)?"
    rf"(?P<verb>{_UP_VERBS}|{_DOWN_VERBS}|{_MULTIPLES})\b",
    re.I,
)
#: What stands between the verb and "from A" / "since <year>, when … A": no figure, no clause break.
_TO_START = re.compile(
    r"(?P<words>[^,;.!?\d]{0,60}?)(?:,\s*)?\bfrom\s+(?:about\s+|around\s+|some\s+)?$"
    r"|(?P<since>[^,;.!?\d]{0,60}?)\bsince\s+(?:19|20)\d\d,?\s+when\s+[^,;.!?\d]{0,60}$",
    re.I,
)
#: Between A and C: a year of A's time, then ", an increase of".
_TO_CHANGE = re.compile(
    r"(?:\s+(?:in|at\s+the\s+end\s+of)\s+(?:19|20)\d\d)?,\s*an?\s+"
    r"(?P<noun>increase|rise|gain|jump|fall|drop|decline|decrease|reduction)\s+of\s+$",
    re.I,
)
#: Right before the new level of the sentence before: "to" (not "up to").
_TO_LEVEL = re.compile(r"(?<!\bup\s)\bto\s+(?:a\s+(?:record|new)\s+(?:high\s+of\s+)?)?$", re.I)
_SUBJECT_STOP = frozenset(
    """the a an its their his her this that these those number total figure level share amount
    rate count said says has have had been""".split()
)
_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "decade"})
_DOWN_WORDS = re.compile(rf"\b(?:{_DOWN_VERBS}|fall|drop|decline|decrease|reduction|cut)\b", re.I)


def _kind(index: TextIndex, figure: Figure) -> tuple[bool, str]:
    return index.share(figure), figure.currency or ""


def _time_span(index: TextIndex, figure: Figure) -> bool:
    """A span of time ("over the past five years") dates a change; it is no level."""
    return measure_of(index, figure) in _TIME_UNITS


def _one_noun(a: Figure, b: Figure) -> bool:
    """A and B count one noun, or one of them names none ("people" and "zloty" are two)."""
    ua, ub = (a.unit or "").lower().split(), (b.unit or "").lower().split()
    if not ua or not ub:
        return True
    sa, sb = unit_stems(a.unit or ""), unit_stems(b.unit or "")
    return bool(sa & sb) if sa and sb else ua[0] == ub[0]


def _content(words: str) -> set[str]:
    return {
        w.lower()[:5]
        for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", words)
        if len(w) >= 4 and w.lower() not in _SUBJECT_STOP
    }


def _head_told_before(subject: str, before: str) -> bool:
    """True when the subject's last content word (its head: "The grant", "The number of Oxxo stores")
    is a word of the sentence before ("The state grant will rise …", "… 1,040 new stores"): the
    change is of the quantity that sentence told.  "The company's profit has grown" after "Revenue
    rose to …" is another quantity, though both name the company."""
    words = [w.lower()[:5] for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", subject)]
    heads = [w for w in words if len(w) >= 4 and w not in _SUBJECT_STOP and not w.endswith("ly")]
    return bool(heads) and heads[-1] in _content(before)


def _level_before(index: TextIndex, number: int, a: Figure) -> Figure | None:
    """The new level the sentence before ends at: its last figure of A's kind, right after "to"."""
    if number < 1:
        return None
    kin = [f for f in index.figures_of_sentence(number - 1) if _kind(index, f) == _kind(index, a)]
    if not kin or index.in_title(kin[-1]):
        return None
    b = kin[-1]
    if not _TO_LEVEL.search(index.text, max(0, b.span.start - 30), b.span.start):
        return None
    return b


def start_only_changes(index: TextIndex) -> list[Relation]:
    """A ``change`` or ``multiple`` relation for every change told with its start only, whose end
    is the new level of the sentence before (module docstring)."""
    text = index.text
    found: list[Relation] = []
    for number in range(1, len(index.sentences)):
        sentence = index.sentences[number]
        figures = index.figures_of_sentence(number)
        if not figures:
            continue
        for verb in _VERB.finditer(text, sentence.start, sentence.end):
            after = [f for f in figures if f.span.start >= verb.end() and not _time_span(index, f)]
            if not after:
                break
            a = after[0]
            start = _TO_START.fullmatch(text, verb.end(), a.span.start)
            if start is None:
                continue
            name = verb.group("verb").lower()
            multiple = name in VERB_FACTORS
            c = None
            if not multiple:
                c = index.first_after(a.span.end - 1, number)
                noun = c and _TO_CHANGE.fullmatch(text, a.span.end, c.span.start)
                if c is None or not noun:
                    break
                if _DOWN_WORDS.search(name) is None and _DOWN_WORDS.search(noun.group("noun")):
                    break  # "has risen …, a fall of": two changes
            kin = [
                f
                for f in figures
                if _kind(index, f) == _kind(index, a)
                and f is not a
                and f is not c
                and not _time_span(index, f)
            ]
            if kin:
                break
            b = _level_before(index, number, a)
            if b is None or not _one_noun(a, b) or not (a.value > 0 and 0.1 <= b.value / a.value <= 10):
                break
            if not _head_told_before(
                text[sentence.start : verb.start()], index.sentences[number - 1].of(text)
            ):
                break
            link_span = Span(verb.start("verb"), (c or a).span.end)
            link = " ".join(text[link_span.start : link_span.end].split())
            if multiple:
                extra: tuple[tuple[str, str | float | bool], ...] = (
                    ("factor", VERB_FACTORS[name]),
                    ("hedge", " ".join((verb.group("hedge") or "").lower().split())),
                    ("apart", True),
                )
                found.append(
                    Relation("multiple", (("from", (a.id,)), ("to", (b.id,))), link, link_span, extra)
                )
            else:
                assert c is not None
                down = _DOWN_WORDS.search(name) is not None
                points = "point" in (c.unit or "").lower()
                found.append(
                    Relation(
                        "change",
                        (("from", (a.id,)), ("to", (b.id,)), ("change", (c.id,))),
                        link,
                        link_span,
                        (
                            ("direction", "down" if down else "up"),
                            ("points", points),
                            ("relative", c.is_percent and not points),
                            ("apart", True),
                        ),
                    )
                )
            break
    return found


#: "the rise of C", "the increase of C" right before C; "the C rise" around it.
_NOUN_BEFORE = re.compile(
    r"\bthe\s+(?P<noun>increase|rise|gain|jump|fall|drop|decline|decrease|reduction|cut)\s+of\s+$", re.I
)
_NOUN_AFTER = re.compile(
    r"^[\s-]*(?:[a-z]+[\s-]+)?(?P<noun>increase|rise|gain|jump|fall|drop|decline|cut)\b", re.I
)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


#: A rate's period right after an amount ("450 zloty a month") and a period named in a sentence
#: ("monthly", "an hour", "per week").
_PERIOD_AFTER = re.compile(r"^\s*(?:[a-z]+\s+)?(?:a|an|per|each)\s+(month|hour|week|day)\b", re.I)
_PERIODS = re.compile(r"\b(?:(month|hour|week|dai|day)ly|(?:a|an|per|each)\s+(month|hour|week|day))\b", re.I)


def _of_period(
    index: TextIndex, c: Figure, pairs: Sequence[tuple[int, Figure, Figure]]
) -> list[tuple[Figure, Figure]]:
    """The pairs a change told per period ("450 zloty a month") may be: not one whose sentence names
    only another period ("The hourly rate rose from 14.70 zloty to 17.00 zloty")."""
    told = _PERIOD_AFTER.match(index.text[c.span.end : c.span.end + 30])
    if told is None:
        return [(a, b) for _, a, b in pairs]
    period = told.group(1).lower()
    kept: list[tuple[Figure, Figure]] = []
    for n, a, b in pairs:
        named = index.sentences[n].of(index.text)
        words = {(m.group(1) or m.group(2)).lower().replace("dai", "day") for m in _PERIODS.finditer(named)}
        if not words or period in words:
            kept.append((a, b))
    return kept


def changes_named_back(index: TextIndex, changes: Sequence[Relation]) -> list[Relation]:
    """A ``change`` relation for every change named again by a definite noun ("the rise of C"), in
    a sentence with no other figure of C's kind before C, against the one change of C's kind told
    "from A to B" in an earlier sentence (module docstring); ``changes``: the relations found so
    far, whose figures are not read again."""
    text = index.text
    unique = {(a.id, b.id): (a, b) for a, b in change_pairs(index)}  # one pair may be read by two forms
    pairs = [(index.sentence_of(b.span), a, b) for a, b in unique.values()]
    found: list[Relation] = []
    used = {i for r in changes for i in r.figure_ids}
    for c in index.figures:
        if c.id in used or index.in_title(c) or c.range_with is not None:
            continue
        before = _NOUN_BEFORE.search(text, max(0, c.span.start - 30), c.span.start)
        after = None
        if before is None and _THE_BEFORE.search(text, max(0, c.span.start - 6), c.span.start):
            after = _NOUN_AFTER.match(text[c.span.end : c.span.end + 24])
        if before is None and after is None:
            continue
        noun = (before or after).group("noun").lower()  # type: ignore[union-attr]
        number = index.sentence_of(c.span)
        earlier = [f for f in index.figures_of_sentence(number) if f.span.start < c.span.start]
        if any(_kind(index, f) == _kind(index, c) and _one_noun(f, c) for f in earlier):
            continue
        points = "point" in (c.unit or "").lower()

        def of_kind(a: Figure, b: Figure, c: Figure = c, points: bool = points) -> bool:
            if points or c.is_percent:  # points of two shares, a percent change of two levels
                return points == index.share(a)
            if told_in_subunit(a, b, c):  # "$2.20 … $2.60 … the rise of 40 cents"
                return True
            return _kind(index, a) == _kind(index, c) and _one_noun(a, c)

        kin = _of_period(index, c, [(n, a, b) for n, a, b in pairs if n < number and of_kind(a, b)])
        if len(kin) != 1:
            continue
        a, b = kin[0]
        if measure_of_another(text, c, frozenset((b.unit or "").lower().split()), index.counted_stems(b)):
            continue  # "the rise of $200 in property taxes" after rents "from $1,200 to $1,350"
        down = b.value < a.value
        if down != (noun in ("fall", "drop", "decline", "decrease", "reduction", "cut")):
            continue
        if before is not None:
            link_span = Span(before.start(), c.span.end)
        else:
            assert after is not None
            link_span = Span(c.span.start, c.span.end + after.end())
        found.append(
            Relation(
                "change",
                (("from", (a.id,)), ("to", (b.id,)), ("change", (c.id,))),
                " ".join(text[link_span.start : link_span.end].split()),
                link_span,
                (
                    ("direction", "down" if down else "up"),
                    ("points", points),
                    ("relative", c.is_percent and not points),
                    ("subunit", told_in_subunit(a, b, c)),  # "from $2.20 to $2.60 … the rise of 40 cents"
                    ("apart", True),
                ),
            )
        )
    return found
