"""Restatements: the same quantity given twice, and what must be established before two figures are one.

Two figures are taken for one quantity told twice only when every precondition holds
(each is a general rule of news writing; docs/checkers/numeric.md lists them):

* **different sentences**, and not the same words repeated (a figure is never compared with
  its own span, nor a sentence with a verbatim copy of itself);
* **the same kind**: both shares, or both counts in the same currency;
* **the same counted noun**: what both count shares a content word ("240 schools" /
  "the 240 schools") and end in the same head noun; a count below ``SMALL_COUNT`` needs two
  shared context words, and a share (its noun is the whole it is taken of: "52 percent of
  voters") needs the same whole and three shared context words, since one poll gives many shares
  of one group;
* **the same subject**: when both clauses name someone or somewhere (capitalised words) they
  share one ("Clinton 48 percent" is not "Cruz 48 percent");
* **the same time**: no clashing month, year or weekday in the two sentences, and the same
  section of a live blog (sections start at a time stamp such as "5:25 p.m." or a "___" rule,
  where a running tally is meant to change);
* **a quantity, not a label**: no years, dates ("Nov. 3-14"), times, ranges, ages
  ("63-year-old", "aged 68"), durations used as adjectives ("10-year yields", "30-year bonds"),
  windows of time looked back over ("the highest in the past 28 years"),
  ordinals, identifiers (tweet ids, timestamps: ten digits or more) or figures inside markup.

A pair that meets them agrees when the values agree at the precision of the less precise one
("1.4 billion" and "1.41 billion"), with the hedges' intervals; it disagrees when no reading of
the hedges and roundings makes them equal.  A figure with an agreeing earlier mention is
never also called a disagreement.
"""

from __future__ import annotations

import bisect
import math
import re

from .numeric_anaphora import (
    ANAPHOR_REACH,
    reach,
    refers_back,
    restates_clause,
)
from .numeric_breakdown import total_before_breakdown
from .numeric_change_nouns import change_noun_apart
from .numeric_change_subjects import change_subjects_apart
from .numeric_changes import changes_apart
from .numeric_clauses import durations_apart
from .numeric_compared import compared_with_time
from .numeric_compound import compound_agree
from .numeric_conversions import dollar_marks_apart, is_conversion
from .numeric_dated import same_day
from .numeric_forms import headline_share_told
from .numeric_glosses import is_gloss
from .numeric_headline_changes import headline_change_told
from .numeric_headline_support import support_in_body
from .numeric_holders import held_count, qualifier, same_holder, when
from .numeric_labels import is_label
from .numeric_mentions import (
    _PART_AFTER,
    RESTATED_RATIO,
    _after,
    _after_noun,
    _counted_words,
    _every,
    _in_series,
    _Mention,
    _mention,
    _mid_sentence_capitals,
    _plain,
    _ratio_ok,
    _section_starts,
    head_noun,
)
from .numeric_nominal import verb_nominal_removed, verb_told
from .numeric_opposites import opposite_sides
from .numeric_owners import owners_apart
from .numeric_partitive import part_of_the_other
from .numeric_periods import periods_apart
from .numeric_places import opening_names_apart
from .numeric_proposals import proposals_apart
from .numeric_restated_apart import apart_for_fault20, narrowed_elsewhere
from .numeric_rivals import rivals_apart
from .numeric_scopes import past_year_apart, scope_levels_apart, some_members_apart, when_year_apart
from .numeric_share_glosses import whole_of_gloss
from .numeric_subsets import subsets_apart
from .numeric_summed import summed_parts
from .numeric_targets import targets_apart
from .numeric_text import Relation, TextIndex, agree_at_precision, as_written
from .numeric_thresholds import same_years
from .that_time import that_time_apart

__all__ = ["RESTATED_RATIO", "SMALL_COUNT", "agree_at_precision", "head_noun", "is_label", "restatements"]

#: Counts below this need two shared context words to be read as one quantity.
SMALL_COUNT = 10
#: How many earlier figures of close value a figure is compared with on each side of its value.
RESTATEMENT_REACH = 30
#: Context words two differing mentions counted by a one-word noun ("delegates", "years") must
#: share beyond it before the numeric checker warns; with fewer it says ``unknown``.  A noun of two
#: words or more ("Russian citizens", "minimum wage") is specific enough by itself.  Judged on
#: polnear/train, the warnings this removes were two different things counted with one noun.
RESTATED_MIN_SHARED = 2


#: Head nouns that name people in general: any counted group of people may be told again by them.
_PEOPLE = frozenset({"people", "person", "indivi", "adult", "reside"})  # stems


def _people_restated(a: _Mention, b: _Mention) -> bool:
    """True when one head noun is a plain word for people ("people", "individuals") and the two
    counted nouns share another word ("undocumented immigrants" / "undocumented people"): one group
    told again in plainer words."""
    if (a.head in _PEOPLE) == (b.head in _PEOPLE):
        return False
    return bool((a.units & b.units) - {a.head, b.head})


def _counted(a: _Mention, b: _Mention) -> frozenset[str]:
    """What both mentions count: their common words, and the specific head noun when the other
    tells the group as plain "people" ("undocumented" + "immigr")."""
    common = a.units & b.units
    if _people_restated(a, b):
        return common | {a.head if b.head in _PEOPLE else b.head}
    return common


def _counted_as_written(index: TextIndex, a: _Mention, b: _Mention) -> str:
    """What both mentions count, as the text writes it ("containers", not the stem "contai")."""
    after = [index.text[m.figure.span.end : m.figure.span.end + 80] for m in (a, b)]
    counted = (_counted_words(index, a.figure), _counted_words(index, b.figure))
    return as_written(_counted(a, b), *counted, *after)


def _one_quantity(a: _Mention, b: _Mention, anaphoric: bool = False) -> tuple[bool, int]:
    """Whether the preconditions for "one quantity" hold, and how many context words they share.

    ``anaphoric``: ``b`` refers back to ``a`` in its own words (:mod:`.numeric_anaphora`), which
    names the quantity whatever other names the two sentences hold.
    """
    if a.sentence == b.sentence or a.words == b.words or a.figure.span == b.figure.span:
        return False, 0
    if a.kind != b.kind:
        return False, 0
    if changes_apart((a.change, b.change), (bool(a.units), bool(b.units)), a.kind[0], (a.period, b.period)):
        return False, 0  # a change ("added 142,000 subscribers") is one quantity only with a like change
    # another figure of equal value in both sentences ("... about $1.3 trillion") is one more
    # thing the two have in common, as a shared context word is
    shared = len(a.context & b.context) + len(a.others & b.others)
    if a.figure.hedge is not None and a.figure.hedge == b.figure.hedge:
        shared += 1  # the same hedge word ("about 42 million" twice) is said of one estimate
    if same_day(a.days, b.days, a.context & b.context):
        shared += 1  # one calendar day named for both ("May 7: …" / "between May 3 and May 7")
    common = a.units & b.units
    # a distinctive count told again without its noun ("to reach 1,237") is read by its context
    bare = (not a.units or not b.units) and a.distinctive and b.distinctive
    bare = bare and not _in_series(a) and not _in_series(b)
    if not common and not (a.in_title and not a.units) and not bare:
        return False, shared  # a headline may leave out what it counts ("Bombings Kill 21")
    heads_differ = a.head and b.head and a.head not in b.units and b.head not in a.units
    if heads_differ and not a.kind[0] and not _people_restated(a, b):
        # "3,210 shooting victims" and "2,521 shooting incidents" count two things; "5 million
        # undocumented immigrants" and "5 million undocumented people" one, told with the plain noun
        return False, shared
    if max(a.value, b.value) < SMALL_COUNT and not a.kind[0] and shared < 2:
        return False, shared  # "three elections" and "five elections": small counts differ all the time
    if a.kind[0] and (a.units != b.units or shared < 3):
        return False, shared  # shares: the same whole, and three more words in common
    if a.figure.holder and b.figure.holder and a.figure.holder != b.figure.holder and not anaphoric:
        return False, shared  # two holders ("Clinton has 1,410", "Sanders has 653") are two quantities
    held = same_holder(a.figure, b.figure)
    # one holder settles who the figures are about; names after them ("… won 40 delegates in
    # Arizona" / "… in Utah") still tell two quantities apart
    na, nb = (_after(m.names) if held else _plain(m.names) for m in (a, b))
    if na and nb and na.isdisjoint(nb) and not (a.in_title or anaphoric):
        # headlines capitalise all
        return False, shared
    if a.role != b.role and "pool" in (a.role, b.role):
        return False, shared  # a threshold ("needed to win"), a pool ("at stake") and a tally differ
    if a.times and b.times and a.times.isdisjoint(b.times) and not _standing(a, b):
        return False, shared
    if a.supposed != b.supposed and not anaphoric and not (a.named_threshold or b.named_threshold):
        # a supposed count ("would give it 80 seats") and the actual one (68); a threshold named as
        # such is the rules' bar whatever a clause supposes ("if no candidate crosses the 2,383
        # threshold"; round faults16)
        return False, shared
    if a.section != b.section and not a.in_title:
        return False, shared
    return True, shared


def _standing(a: _Mention, b: _Mention) -> bool:
    """Two thresholds set by rules, neither a gap still to close, in sentences naming the same
    years: the months they name do not part them (:mod:`.numeric_thresholds`)."""
    return a.role == b.role == "threshold" and not (a.gap or b.gap) and same_years(a.words, b.words)


def _held(index: TextIndex, a: _Mention, b: _Mention) -> bool:
    """One holder's count of one noun in one stretch of time (:func:`.numeric_holders.held_count`)."""
    times = tuple(when(index.text, index.sentences[m.sentence], m.figure) for m in (a, b))
    qualifiers = tuple(qualifier(_after_noun(index, m.figure)) for m in (a, b))
    return held_count(a.figure, b.figure, a.head, _counted(a, b), times, qualifiers)


#: "the 12 members of the board": an "of" phrase after the noun names whose set it is.
_OF_AFTER = re.compile(r"\s+of\b", re.I)


def _far_ok(index: TextIndex, a: _Mention, b: _Mention) -> bool:
    """Whether ``b`` may point back at ``a`` from past :data:`ANAPHOR_REACH` sentences (round 9,
    :data:`.numeric_anaphora.COUNT_REACH`): not when an "of" phrase after its noun names whose set
    it is ("the 12 members of the board" is not "15 members" of a council told pages before)."""
    return b.sentence - a.sentence <= ANAPHOR_REACH or not _OF_AFTER.match(_after_noun(index, b.figure))


def _antecedent(mentions: list[_Mention], earlier: list[int], b: _Mention) -> int | None:
    """The earlier count a mention referring back points at: the nearest one of its head noun, when
    every count of that noun in the sentences it may reach back to has one value (two tallies,
    "1,944 delegates" and "1,428 delegates", leave "the 1,600 delegates" without a known antecedent).
    Those are the :data:`ANAPHOR_REACH` sentences before it when a count stands there, else every
    sentence back to :func:`.numeric_anaphora.reach` (round 9: a plain count named again from afar)."""
    if not earlier or not b.head:
        return None
    values: set[float] = set()
    for p in reversed(earlier):  # the nearest first; stop past the reach (linear in the text)
        distance = b.sentence - mentions[p].sentence
        if distance > reach(b.kind) or (distance > ANAPHOR_REACH and values):
            break
        if distance > 0:
            values.add(mentions[p].value)
    chosen = earlier[-1] if len(values) <= 1 else None
    if chosen is None or not _ratio_ok(mentions[chosen].value, b.value):
        # a total and its breakdown ("1,284 cases" … "486 cases" in one district … "these 1,284
        # cases"): the total, when only it could be meant (:mod:`.numeric_breakdown`, round faults16)
        counts = [(p, mentions[p].value, mentions[p].sentence) for p in earlier]
        total = total_before_breakdown(counts, b.value, b.sentence, reach(b.kind), _ratio_ok)
        return chosen if total is None else total
    return chosen


def _told_in_body(index: TextIndex, mentions: list[_Mention], text: str) -> tuple[set[int], dict[int, int]]:
    """Positions of the headline mentions the body gives again, one quantity at the same value
    ("reaches 100 points" / "to reach 100 points in a season"); and, for the others, how well a
    body figure of the same value told by another noun supports each
    (:func:`.numeric_headline_support.support_in_body`, round alarm20).

    Such a headline figure is the body's own: a body figure of another value that the words would
    let pair with it ("The Oilers have 74 points") counts something else (the team's points, not
    the player's), as the body's agreeing mention shows.  Headlines hold few figures, so the pairs
    are few."""
    told: set[int] = set()
    support: dict[int, int] = {}
    for p, a in enumerate(mentions):
        if not a.in_title:
            continue
        if a.kind[0] and not a.units and headline_share_told(index, a.figure):
            told.add(p)  # "pass rate climbs to 88.4%" / "88.4% of the pupils … passed"
            continue
        if headline_change_told(index, a.figure, (b.figure for b in mentions if not b.in_title)):
            told.add(p)  # "Tax revenue falls 4.4%" / "revenue fell by 4.4 percent" (round alarm22r)
            continue
        for b in mentions:
            if b.in_title or b.kind != a.kind or not _ratio_ok(a.value, b.value):
                continue
            if _one_quantity(a, b)[0] and agree_at_precision(a.figure, b.figure, text):
                told.add(p)
                break
        else:
            # "1,000 teaching jobs empty" / "about 1,000 teaching positions unfilled": the body
            # gives the headline's figure by another noun (round alarm20)
            body = [(b.figure, b.kind, _one_quantity(a, b)[1]) for b in mentions if not b.in_title]
            support[p] = support_in_body(index, a.figure, a.kind, a.units, body)
    return told, support


def restatements(index: TextIndex, excluded: set[frozenset[str]]) -> list[Relation]:
    """Every figure paired with its earlier mention: agreeing when one exists, else the best disagreeing one.

    ``extra["agree"]`` says which; ``extra["shared"]`` how many context words the two share.
    """
    text = index.text
    sections = _section_starts(text)
    mid = _mid_sentence_capitals(index)
    times_of: dict[int, frozenset[str]] = {}
    mentions = [
        _mention(index, f, sections, mid, times_of)
        for f in index.figures
        # a change ("added 142,000 subscribers") is kept, to be compared only with another change
        if not is_label(index, f, changes=False)
        and (not _PART_AFTER.match(index.text, f.span.end) or _every(index, f))
        and not is_gloss(index, f)  # "3,800 steps a day — roughly 30 minutes": the steps told again
        and not is_conversion(index, f)  # "1.15 trillion baht, about US$35.4 billion" (round alarm18)
    ]
    told, support = _told_in_body(index, mentions, text)
    pools: dict[tuple[bool, str], list[tuple[float, int]]] = {}
    found: list[Relation] = []
    of_noun: dict[tuple[tuple[bool, str], str], list[int]] = {}  # earlier counts of each head noun
    for j, b in enumerate(mentions):
        pool = pools.setdefault(b.kind, [])
        # a definite mention narrowed by a relative clause refers back only when the clause repeats
        # what its antecedent's sentence says ("10 judges will hear the case" … "the 10 judges who
        # will hear the case"); else the clause carves out a set of its own
        kind = b.anaphor or ("definite" if b.relative else "")
        earlier = of_noun.get((b.kind, b.head), [])
        if kind and not earlier:
            # "will cut 1,450 jobs" … "the 1,540 job cuts": counts of another of its words told
            # with the verb its head is made from (numeric_nominal)
            earlier = sorted(
                i
                for w in b.units - {b.head}
                for i in of_noun.get((b.kind, w), [])
                if verb_told(text, mentions[i].figure, b.head)
            )
        # "1,500 hectares … and 500 hectares" … "the 2,000 hectares lost": their total (numeric_summed)
        summed = summed_parts([(p, mentions[p].value, mentions[p].sentence) for p in earlier], b.value)
        summed = summed if kind else frozenset()
        earlier = [p for p in earlier if p not in summed]
        antecedent = _antecedent(mentions, earlier, b) if kind else None
        if antecedent is not None and not b.anaphor:
            said = index.sentences[mentions[antecedent].sentence].of(text)
            antecedent = antecedent if restates_clause(b.relative, said) else None
        if antecedent is not None and not _far_ok(index, mentions[antecedent], b):
            antecedent = None
        if antecedent is not None and narrowed_elsewhere(
            mentions[antecedent].relative, index.sentences[b.sentence].of(text)
        ):
            # "the 290,407 candidates who wrote mathematics" / "In physical science, … the 220,882 candidates"
            antecedent = None
        if b.head and not b.in_title:
            of_noun.setdefault((b.kind, b.head), []).append(j)
        if not b.in_title and not math.isnan(b.value):
            low = bisect.bisect_left(pool, (b.value / RESTATED_RATIO, -1)) if b.value > 0 else 0
            high = bisect.bisect_right(pool, (b.value * RESTATED_RATIO, j)) if b.value > 0 else len(pool)
            centre = bisect.bisect_right(pool, (b.value, j))
            low, high = max(low, centre - RESTATEMENT_REACH), min(high, centre + RESTATEMENT_REACH)
            agreeing: tuple[int, _Mention] | None = None
            differing: tuple[int, _Mention] | None = None
            back = body_agrees = False
            for _, p in sorted(pool[low:high], key=lambda item: item[1]):
                a = mentions[p]
                if frozenset((a.figure.id, b.figure.id)) in excluded or not _ratio_ok(a.value, b.value):
                    continue
                if p in summed:
                    continue  # a part of the total the definite mention names
                if durations_apart(text, a.figure, b.figure):
                    continue  # "stole … over six years" / "pay €250 a month … for 10 years": two events
                if part_of_the_other(index, a.figure, b.figure):
                    continue  # "Of the education department's budget, P349.6 billion …": a part of it
                if compared_with_time(index, a.figure, b.figure):
                    continue  # "21 league goals, seven fewer than in 2008-09" against 2008-09's 28
                if dollar_marks_apart(text, a.figure, b.figure):
                    continue  # "about US$614,000" and "about $492,000": two currencies (round alarm18)
                if change_subjects_apart(index, a.figure, b.figure):
                    continue  # "A grades rose to 24,800" / "entries rose to 17,600" (round alarm18)
                if opening_names_apart(index, a.figure, b.figure):
                    continue  # "Thailand received 24.78 million" / "Bangkok … received 16.2 million"
                if owners_apart(index, a.figure, b.figure):
                    continue  # "a harvest of 39.3 million" / "Russia's harvest … 61 million" (round alarm19)
                if opposite_sides(index, a.figure, b.figure):
                    continue  # "serving the eastern half … 493 million" / "the western half … 641 million"
                if whole_of_gloss(index, a.figure, b.figure):
                    continue  # "billed 493 million" / "used 352 million, or 71 percent of the total"
                if subsets_apart(index, a.figure, b.figure):
                    continue  # "borrow 18 items" / "In several rural municipalities, … more than 30"
                if scope_levels_apart(index, a.figure, b.figure):
                    continue  # "yields in the state … 137 bushels" / "U.S. corn yields … 123.4" (prec22)
                if some_members_apart(index, a.figure, b.figure):
                    continue  # "137 bushels" / "some counties reporting yields below 100" (prec22)
                if when_year_apart(index, a.figure, b.figure):
                    continue  # "a jump of 304 on 2021, when 8,187 people died" / "in 2023, 8,268"
                if past_year_apart(index, a.figure, b.figure):
                    continue  # "The previous record … was set in 1995" / "Quebec … 5.2 million" (prec22)
                if that_time_apart(text, a.figure, b.figure, index.sentences):
                    continue  # "The 2015-16 season … landed that season" / "the 2016-17 season" (alarm22r)
                if proposals_apart(index, a.figure, b.figure):
                    continue  # "will rise … to 8,720 won" / "Business groups first proposed … 8,410 won"
                if change_noun_apart(index, a.figure, b.figure):
                    continue  # "That is a reduction of 2,593 square kilometres" / "followed with 2,086"
                if apart_for_fault20(index, a.figure, b.figure):
                    continue  # a capacity and a load, "unresolved" / "resolved", a sum and its part (fault20)
                if rivals_apart(index, a.figure, b.figure):
                    continue  # "The ferry company carried 1.2 million" / "Its main rival carried 1.5 million"
                # "cut 1,450 jobs" … "the 1,450 job cuts": the verb's noun adds nothing (numeric_nominal)
                later = verb_nominal_removed(text, a.figure, b.units) if kind else b.units
                anaphoric = p == antecedent and refers_back(
                    kind, b.sentence - a.sentence, later, a.units, a.role == b.role, reach(b.kind)
                )
                if not anaphoric and targets_apart(index, a.figure, b.figure):
                    continue  # "a target of 500,000 hectares by 2020" / "about 623,000 hectares" (alarm20)
                # a headline tells no period: a headline figure the body does not give is still set
                # against the body's, whatever period that one carries (tests/test_alarm16.py)
                if not anaphoric and not a.in_title and periods_apart(index, a.figure, b.figure):
                    continue  # "A year earlier, … about 36.2 cents" / "about 31.8 euro cents" (round alarm20)
                # pointing back past the next sentences, a mention still needs the subject, holder
                # and world of its antecedent (:func:`_far_ok`)
                ok, shared = _one_quantity(a, b, anaphoric and b.sentence - a.sentence <= ANAPHOR_REACH)
                if not ok:
                    continue
                # "13 minutes 2 seconds" is one duration, read with its lesser part (round alarm20)
                agree = compound_agree(a.figure, b.figure, text)
                if agree is None:
                    agree = agree_at_precision(a.figure, b.figure, text)
                if a.in_title and not agree and p in told:
                    continue  # the body tells the headline's figure itself: another value is another thing
                if a.in_title and not agree and support.get(p, -1) >= shared:
                    continue  # "1,000 teaching jobs empty" / "roughly 1,000 vacancies" (round alarm20)
                if a.in_title and not a.units and not agree and shared < 2:
                    continue  # a headline figure that names nothing differs only from a like context
                if agree:
                    body_agrees = body_agrees or not a.in_title
                    if agreeing is None or shared > agreeing[0]:
                        agreeing = (shared, a)
                elif differing is None or anaphoric or (shared > differing[0] and not back):
                    differing, back = (shared, a), anaphoric
            if back and not body_agrees:
                agreeing = None  # "these 1,342 cases" points back at the body's count, not the headline's
            chosen = agreeing or differing
            if chosen is not None:
                a = chosen[1]
                found.append(
                    Relation(
                        "restatement",
                        (("a", (a.figure.id,)), ("b", (b.figure.id,))),
                        "same quantity restated",
                        None,
                        (
                            ("unit_match", True),
                            ("agree", agreeing is not None),
                            ("shared", chosen[0]),
                            ("counted", _counted_as_written(index, a, b)),
                            ("threshold", a.role == b.role == "threshold"),
                            ("final", a.final and b.final),
                            ("every", _every(index, a.figure) and _every(index, b.figure)),
                            ("anaphor", kind if agreeing is None and back else ""),
                            ("holder", _held(index, a, b)),
                        ),
                    )
                )
        if not math.isnan(b.value):
            bisect.insort(pool, (b.value, j))
    return found
