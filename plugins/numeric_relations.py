"""Find relations between the figures of one text: parts and wholes, restatements, shares, stated arithmetic.

Everything here reads only the text and the :class:`~factcheck.model.Figure` values;
no verdict is given here (see :mod:`factcheck_plugins.numeric`).  Every rule is a
general rule of English news writing:

* **part and whole**: "N of these people", "N of them", "N out of M", "N of the M", "N of its M",
  "N of whom", "M people, including N", "M ... Among them, N", "Of the M people, N ...";
  a bare figure coordinated with a part in the same clause ("almost 3,000 of these
  people and around 3,700 had been ...") is a part of the same whole (ellipsis);
* **restatement**: the same quantity given twice in different sentences (headline and
  body, paraphrase and quote), matched by what is counted and by the words around it,
  and only when the values are close;
* **shares**: "X of Y, or Z%", and percentages (or fractions) of one named whole;
* **stated arithmetic**: "from A to B, an increase of C" / "a C% rise", "doubled",
  "tripled", "halved", "C ..., taking the toll from A to B", "A and B, a total of C".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.model import Figure, Span

from .numeric_bases import compared_with
from .numeric_change_apart import changes_apart_from_level
from .numeric_change_relations import changes as _changes
from .numeric_cost_refs import cost_references
from .numeric_forms import (
    is_part_phrase,
    is_predicate,
    measure_of,
    sole_count_before,
    total_addends,
)
from .numeric_levels_before import changes_named_back, start_only_changes
from .numeric_listed import listed_parts
from .numeric_listed_kinds import listed_kinds_parts
from .numeric_multiple_apart import multiples_apart
from .numeric_multiple_levels import multiples_before_levels
from .numeric_part_lists import part_lists
from .numeric_phrase_refs import unit_restatements, units_apart
from .numeric_qualified import count_of_qualified, qualifies_another_noun
from .numeric_restated import restatements
from .numeric_series import one_of_a_list
from .numeric_share_lists import share_lists
from .numeric_share_rest import shares_closed_by_rest, shares_closed_in_words, shares_closed_over_sentences
from .numeric_sibling_wholes import bodies_apart
from .numeric_stated import fraction_shares, share_pairs, stated_multiples
from .numeric_text import (
    _STOP,
    _WORD,
    Relation,
    TextIndex,
    add,
    divide,
    is_fraction,
    is_hedged,
    is_share,
    reading,
    rounding_unit,
    scale,
    share_reading,
    subtract,
    unit_stems,
)

__all__ = [
    "Relation",
    "TextIndex",
    "add",
    "divide",
    "find_relations",
    "is_fraction",
    "is_hedged",
    "is_share",
    "reading",
    "relations_in",
    "rounding_unit",
    "scale",
    "share_reading",
    "subtract",
]

# --------------------------------------------------------------------------- finding relations

_PART_OF = re.compile(
    r"^\s*(?:(?:people|persons|men|women|children|others)\s+)?(?:of|out\s+of|among)\s+"
    r"(?P<det>these|those|them|whom|which|the|all|its|their|his|her)?\b\s*(?P<noun>[\w'’\- ]{0,40})",
    re.IGNORECASE,
)
_INCLUDING = re.compile(
    r"(?:,|\(|—|–|-)?\s*(?:including|among\s+them(?:\s+(?:were|are|was|is))?|among\s+whom)\s*,?\s*$", re.I
)
_OF_THE_LEAD = re.compile(r"\b(?:of|out\s+of)\s+(?:the|these|those)?\s*$", re.IGNORECASE)
_COORDINATION = re.compile(
    r"^[^.;:!?]{0,40}?(?:,\s*)?\b(?:and|while|but|whereas)\s+(?:another\s+|a\s+further\s+)?$", re.I
)
_OR_SHARE = re.compile(
    r"^\s*[\w'’\- ]{0,40}?(?:,\s*or|\(|,|—|–)\s*(?:about|around|nearly|almost|some)?\s*$", re.I
)


def _head(noun: str) -> str:
    """The head of a noun phrase: "state's delegates to the convention" -> "delegates"."""
    phrase = re.split(r"\s+(?:to|for|from|with|by|of|that|who)\b", noun)[0]
    words = [w for w in phrase.split() if not re.search(r"['’]s?$", w)]
    return words[-1] if words else ""


def _noun_match(noun: str, counted: str) -> bool:
    a, b = unit_stems(noun), unit_stems(counted)
    return bool(a and b and a & b)


def _figures_by_stem(index: TextIndex) -> dict[str, list[int]]:
    """Positions of the figures that are not shares, by each stem of what they count (built once)."""
    key = ("figures_by_stem",)
    found = index._memo.get(key)
    if isinstance(found, dict):
        return found
    by_stem: dict[str, list[int]] = {}
    for position, figure in enumerate(index.figures):
        if not index.share(figure):
            for stem in index.counted_stems(figure):
                by_stem.setdefault(stem, []).append(position)
    index._memo[key] = by_stem
    return by_stem


def _whole_before(
    index: TextIndex, part: Figure, noun: str, window: int = 1, *, need_noun: bool = False
) -> Figure | None:
    """The whole an anaphoric "of these people" points back to: the nearest earlier count.

    Candidates lie in the same sentence or the ``window`` sentences before; a candidate
    whose counted noun matches ``noun`` wins over a nearer one that does not, and with
    ``need_noun`` ("of the deaths") only a matching candidate will do (in three sentences).
    """
    sentence = index.sentence_of(part.span)
    nearby = [f for s in range(sentence - window, sentence + 1) for f in index.figures_of_sentence(s)]
    nearby.sort(key=lambda f: (f.span.start, f.span.end))  # text order, as the figures are kept
    candidates = [
        f
        for f in nearby
        if f.span.end <= part.span.start
        and not index.in_title(f)
        and not index.share(f)
        and f.range_with is None
        and not is_part_phrase(index.text, f)  # "1,090 among the untreated" is a part, no whole
    ]
    if not candidates:
        return None
    wanted = frozenset(unit_stems(noun)) if noun else frozenset()

    def counts_noun(f: Figure) -> bool:  # :func:`_noun_match` with the stems worked out once
        return bool(wanted) and not wanted.isdisjoint(index.counted_stems(f))

    matching = [f for f in candidates if counts_noun(f)]
    if need_noun:
        # the earlier figures, not shares, whose counted noun shares a stem with ``noun``: from the
        # index of figures by stem, so a long text is not read again for every "of these"
        before = index.figures_from(0, part.span.start).stop
        by_stem = _figures_by_stem(index)
        positions = {p for stem in wanted for p in by_stem.get(stem, ()) if p < before}
        earlier = [index.figures[p] for p in sorted(positions)]
        if len({f.value for f in matching + earlier}) != 1:
            return None  # none, or several counts of that noun: which is "the" whole is not established
        if any(compared_with(index, f) is not None for f in matching + earlier):
            # "93,419 homes …, up 15.4% on the 80,957 completed": the base of a comparison is a
            # second count of what it is compared with (round alarm18, :mod:`.numeric_bases`)
            return None
    if need_noun and not matching:
        return None  # "95 among the untreated": no nearby count of that noun, so no whole is named
    pool = matching or candidates
    return pool[-1]


def _figure_right_after(index: TextIndex, figure: Figure, gap: str) -> Figure | None:
    for position in index.figures_from(figure.span.end):
        other = index.figures[position]
        between = index.text[figure.span.end : other.span.start]
        return other if re.fullmatch(gap, between, re.IGNORECASE) else None
    return None


_RATE = re.compile(r"\s+(?:per|a|an|each|every)\s", re.I)


def _rate_or_other_kind(text: str, part: Figure, whole: Figure) -> bool:
    """True when "N … of M" is no part of a whole: a rate ("GH¢3,100 per bag of 64 kilogrammes",
    "$40 a sack of 50 kg": M measures the unit N is paid for), or an amount of money against a
    count or another currency (a part is of its whole's kind)."""
    if _RATE.match(text[part.span.end : whole.span.start]):
        return True
    return part.currency != whole.currency


_PREPOSITION_OF = re.compile(
    r"(?:instead|ahead|because|short|top|place|excess|front|behalf|favou?r|regardless|outside|inside|upwards?|"
    r"as|lieu|spite|advance|case)\s+of$",
    re.I,
)
"""A word that makes "of" part of a compound preposition ("instead of", "ahead of", "short of"):
"$160 instead of $146" sets two values side by side, "3 points ahead of 2" compares them; neither
counts a part of a whole (fault20)."""


def _compound_preposition(text: str, part: Figure, whole: Figure) -> bool:
    """True when "N … of M" reads "of" as part of a compound preposition (:data:`_PREPOSITION_OF`)."""
    link = re.sub(
        r"\s+(?:the|all|these|those|its|their)\s*$",
        "",
        text[part.span.end : whole.span.start].strip(),
        flags=re.I,
    )
    return bool(_PREPOSITION_OF.search(link.strip()))


def _part_whole(index: TextIndex) -> list[Relation]:
    text = index.text
    found: list[Relation] = []
    parts: dict[str, tuple[str, Span]] = {}
    first_with_id: dict[str, Figure] = {}
    for figure in index.figures:
        first_with_id.setdefault(figure.id, figure)
    for figure in index.figures:
        if figure.range_with is not None and figure.id in parts:
            continue
        after = text[figure.span.end : figure.span.end + 60]
        # "N out of M", "N of the M", "N of M"
        whole = _figure_right_after(
            index,
            figure,
            r"\s+(?:[A-Za-z'’-]+\s+){0,2}?(?:out\s+of|of)\s+(?:the\s+|all\s+|these\s+|those\s+|its\s+|their\s+)?",
        )
        if (
            whole is not None
            and not is_share(figure, text)
            and not is_share(whole, text)
            and not _rate_or_other_kind(text, figure, whole)
            and not _compound_preposition(text, figure, whole)
        ):
            link = text[figure.span.end : whole.span.start].strip()
            found.append(_pw(figure, whole, link, Span(figure.span.end, whole.span.start), explicit=True))
            parts[figure.id] = (whole.id, Span(figure.span.end, whole.span.start))
            continue
        match = _PART_OF.match(after)
        if match and match.group("det") and not is_share(figure, text):
            det = match.group("det").lower()
            noun = re.split(
                r"\s+(?:and|or|had|have|has|were|was|are|is|who|which|in|on|at)\b", match.group("noun") or ""
            )[0]
            if det in ("them", "whom", "which"):
                starts = index.before(figure, 200).strip(' "“') == ""
                whole = _whole_before(index, figure, "", window=1 if starts else 0)
                if whole is not None and qualifies_another_noun(index, whole, figure):
                    whole = None  # "Runners from 108 countries …; 2,100 of them": the runners
            elif det in ("these", "those"):
                whole = _whole_before(index, figure, noun, window=1)
                if whole is not None and not _noun_match(_head(noun), index.counted(whole)):
                    # "those arriving" after "17,800 …, 9,400, 9,100 and 9,000": which count is not stated
                    whole = None if one_of_a_list(index, whole) else whole
            else:
                whole = _whole_before(index, figure, _head(noun), window=3, need_noun=True)
                if whole is not None and bodies_apart(index, whole, figure):
                    # "The School of … took in 1,390 students. The College of … 2,150 of the new students"
                    whole = None
            if whole is not None and whole.id != figure.id:
                end = figure.span.end + match.end("det")
                if det not in ("them", "whom", "which") and noun.strip():
                    end = figure.span.end + match.start("noun") + len(noun.rstrip())
                link = text[figure.span.end : end].strip()
                span = Span(figure.span.end + (len(after) - len(after.lstrip())), end)
                # "Thirty of these countries" back to "25 countries", "1,300 of them" back to a count
                # in its own sentence: the words name the whole
                if det in ("them", "whom", "which"):
                    named = index.sentence_of(whole.span) == index.sentence_of(figure.span)
                    # "in 14 of the country's 20 regions, and at least 300 of them": which count "them" is
                    # is not stated when the sentence holds another of the part's kind
                    named = named and sole_count_before(index, figure)
                else:
                    named = _noun_match(_head(noun), index.counted(whole))
                found.append(_pw(figure, whole, link, span, explicit=named))
                parts[figure.id] = (whole.id, span)
                continue
        # "M people, including N" / "M ... Among them, N"
        before = index.before(figure, 40)
        inc = _INCLUDING.search(before)
        if inc and not is_share(figure, text):
            whole = _whole_before(index, figure, "", window=1)
            if whole is not None and qualifies_another_noun(index, whole, figure):
                # "Runners from 108 countries …, among them 2,100": runners (round alarm20), counted
                # when a figure stands before them ("About 25,000 pilgrims from 60 countries", review20)
                whole = count_of_qualified(index, whole)
            if whole is not None:
                span = Span(figure.span.start - len(before) + inc.start(), figure.span.start)
                found.append(_pw(figure, whole, text[span.start : span.end].strip(" ,(—–-"), span))
                parts[figure.id] = (whole.id, span)
                continue
    # "Of the M people, N died and K ..." : every count after the leading "of the M," in the sentence
    for figure in index.figures:
        lead = _OF_THE_LEAD.search(index.before(figure, 20))
        if not lead or is_share(figure, text):
            continue
        sentence = index.sentences[index.sentence_of(figure.span)]
        head = text[sentence.start : figure.span.start]
        if not re.fullmatch(r"\s*[\"“]?(?:Of|Out\s+of)\s+(?:the|these|those)?\s*", head):
            continue
        comma = text.find(",", figure.span.end, sentence.end)
        if comma < 0:
            continue
        for position in index.figures_from(comma + 1, sentence.end):
            other = index.figures[position]
            if is_share(other, text) or other.id in parts or is_predicate(text, other):
                continue  # "30 were over 70": what the 30 are, not another part
            span = Span(sentence.start, figure.span.start)
            found.append(_pw(other, figure, text[span.start : span.end].strip(' "“'), span, explicit=True))
            parts[other.id] = (figure.id, span)
    # ellipsis: "almost 3,000 of these people and around 3,700 had been put on wanted lists"
    for figure in index.figures:
        if figure.id in parts or is_share(figure, text) or index.in_title(figure):
            continue
        previous = _last_ending_by(index, figure.span.start)
        if previous is None or previous.id not in parts:
            continue
        part = previous
        whole_id, link_span = parts[part.id]
        if index.sentence_of(part.span) != index.sentence_of(figure.span):
            continue
        start = max(part.span.end, link_span.end)
        between = text[start : figure.span.start]
        if not _COORDINATION.match(between) or re.search(r"\d", between):
            continue
        own = index.counted(figure)
        following = text[figure.span.end : figure.span.end + 30].lstrip()
        if re.match(r"(?:of|out of)\b", following, re.IGNORECASE):
            continue
        part_noun = index.counted(part)
        if own and part_noun and not _noun_match(own, part_noun):
            continue
        whole = first_with_id[whole_id]
        link = f"{text[link_span.start : link_span.end].strip()} (coordinated with {part.span.of(text)})"
        found.append(_pw(figure, whole, link, Span(part.span.start, figure.span.start), ellipsis=part.id))
        parts[figure.id] = (whole_id, link_span)
    return found


def _last_ending_by(index: TextIndex, offset: int) -> Figure | None:
    """The last figure, in text order, that ends at or before ``offset``."""
    # a figure ending by ``offset`` starts by it too, so only those before the bisection qualify
    for position in reversed(index.figures_from(0, offset + 1)):
        if index.figures[position].span.end <= offset:
            return index.figures[position]
    return None


def _pw(
    part: Figure, whole: Figure, link: str, span: Span, ellipsis: str | None = None, *, explicit: bool = False
) -> Relation:
    """A part-whole relation; ``explicit`` when the words join the two ("N of the M", "Of the M, N")."""
    extra: tuple[tuple[str, str | float | bool], ...] = (("ellipsis_of", ellipsis),) if ellipsis else ()
    extra += (("explicit", explicit),)
    return Relation("part-whole", (("part", (part.id,)), ("whole", (whole.id,))), link, span, extra)


def _share_ratio(index: TextIndex, relations: Sequence[Relation]) -> list[Relation]:
    """ "X of Y, or Z%" / "X of them (Z%)": a stated share of a part-whole pair."""
    text = index.text
    found: list[Relation] = []
    by_id = {f.id: f for f in index.figures}
    for relation in relations:
        if relation.kind != "part-whole":
            continue
        part, whole = by_id[relation.one("part")], by_id[relation.one("whole")]
        if part.value > whole.value and not dict(relation.extra).get("explicit"):
            # "4,485 of those killed …, or 62.7 per cent": a whole found by reference ("those")
            # that is smaller than the part is another quantity ("Almost 20 people die … every
            # day"), not the total the share is of; the part-whole check judges explicit wholes
            continue
        if measure_of(index, part) != measure_of(index, whole):
            continue  # "Of the 24,612 patients, 16,845 were seen within four hours": the hours are no part
        share = index.first_after(max(part.span.end, whole.span.end), index.sentence_of(part.span))
        # "16,845 were dealt with within four hours, or 68.4%": a measure between is no share
        while (
            share is not None
            and measure_of(index, share)
            and measure_of(index, share) != measure_of(index, part)
        ):
            share = index.first_after(share.span.start, index.sentence_of(part.span))
        if share is None or not is_share(share, text):
            continue
        between = text[max(part.span.end, whole.span.end) : share.span.start]
        if relation.link_span is not None and relation.link_span.end > max(part.span.end, whole.span.end):
            between = text[relation.link_span.end : share.span.start]
        if _OR_SHARE.match(between):
            found.append(
                Relation(
                    "share-ratio",
                    (("part", (part.id,)), ("whole", (whole.id,)), ("share", (share.id,))),
                    between.strip(" ,(—–"),
                    relation.link_span,
                )
            )
    return found


_SHARE_WHOLE = re.compile(
    r"^\s*(?:of|among)\s+(?P<whole>[A-Za-z][\w'’\- ]{1,50})",
    re.I,
)


_PROGRESS = re.compile(r"(?:the\s+)?\w+\s+(?:counted|reporting|in|tallied|reported)\b", re.I)


def _share_sum(index: TextIndex, restated: set[frozenset[str]]) -> list[Relation]:
    """Shares given of one named whole ("40 percent of the world's refugees ... 25 percent of them")."""
    text = index.text
    groups: dict[frozenset[str], list[Figure]] = {}
    names: dict[frozenset[str], str] = {}
    for figure in index.figures:
        if not is_share(figure, text) or figure.range_with is not None:
            continue
        match = _SHARE_WHOLE.match(text[figure.span.end : figure.span.end + 80])
        if not match or _PROGRESS.match(match.group("whole")) or re.search(r"\d", match.group("whole")[:25]):
            continue  # "76 percent of the vote counted" measures the count; "blacks 30 to 44" is a subgroup
        kept_words: list[str] = []
        for word in _WORD.findall(match.group("whole")):
            if kept_words and (word.lower() in _STOP or word.lower().endswith("ed") or len(kept_words) == 3):
                break
            if word.lower() not in _STOP:
                kept_words.append(word)
        stems = frozenset(unit_stems(" ".join(kept_words)))
        if not stems:
            continue
        groups.setdefault(stems, []).append(figure)
        names.setdefault(stems, " ".join(kept_words))
    found = []
    for stems, members in groups.items():
        kept: list[Figure] = []
        for figure in members:
            if any(frozenset((figure.id, k.id)) in restated for k in kept):
                continue
            kept.append(figure)
        if len(kept) < 2:
            continue
        found.append(
            Relation(
                "share-sum",
                (("share", tuple(f.id for f in kept)),),
                names[stems],
                None,
                (("whole", names[stems]),),
            )
        )
    return found


_TOTAL = re.compile(
    r"(?:,|—|–|-|\()\s*(?:a|for\s+a|making\s+a|bringing\s+the)?\s*(?:total|combined\s+total|grand\s+total)\s+(?:of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$",
    re.I,
)


def _totals(index: TextIndex) -> list[Relation]:
    """ "A and B, a total of C" / "A ... and B ..., C in all"."""
    text = index.text
    found = []
    for c in index.figures:
        before = index.before(c, 60)
        m = _TOTAL.search(before)
        in_all = re.match(r"\s+[\w ]{0,20}?\bin\s+(?:all|total)\b", text[c.span.end : c.span.end + 30], re.I)
        if not m and not (in_all and re.search(r"(?:,|—|–)\s*$", before)):
            continue
        sentence = index.sentence_of(c.span)
        addends = [
            f
            for f in index.figures_of_sentence(sentence)
            if f.span.end <= c.span.start and index.share(f) == index.share(c) and f.range_with is None
        ]
        lead_start = c.span.start - len(before) + (m.start() if m else len(before) - 2)
        earlier_totals = [f for f in addends if _TOTAL.search(index.before(f, 60))]
        addends = total_addends(text, c, lead_start, addends, earlier_totals)
        if len(addends) < 2:
            continue
        joined = text[addends[0].span.end : c.span.start]
        if not re.search(r"\band\b|\bplus\b|,", joined):
            continue
        span = Span(lead_start, c.span.start)
        found.append(
            Relation(
                "total",
                (("addend", tuple(f.id for f in addends)), ("total", (c.id,))),
                text[span.start : span.end].strip(" ,—–(-"),
                span,
            )
        )
    return found


def find_relations(text: str, figures: Sequence[Figure], title_span: Span | None = None) -> list[Relation]:
    """Every relation the text states between its figures, in the order the rules run."""
    return relations_in(TextIndex.build(text, figures, title_span))


def relations_in(index: TextIndex) -> list[Relation]:
    """Every relation between the figures of an indexed text (:func:`find_relations` on an index)."""
    part_whole = _part_whole(index) + listed_kinds_parts(
        index
    )  # "5,100 people, including nurses" … "the 420 nurses"
    changes = _changes(index) + changes_apart_from_level(
        index
    )  # "… 8.35 million. Arrivals rose 24% from 7.33 million"
    told_before = start_only_changes(index)  # "… to $610. It has grown from $420, an increase of 60%"
    changes += [r for r in told_before if r.kind == "change"]
    changes += changes_named_back(index, changes)  # "from $2.20 to $2.60 … the rise of 60 cents"
    totals = _totals(index) + listed_parts(index)  # "18 of the 36 seats, Labor 12 and the Greens six"
    totals += part_lists(index)  # "46 schools: 29 elementary schools, …"; "2,800 … 1,640 of them are …"
    ratios = _share_ratio(index, part_whole)
    excluded: set[frozenset[str]] = set()
    for relation in (*part_whole, *changes, *totals, *ratios):
        ids = relation.figure_ids
        excluded.update(frozenset((x, y)) for x in ids for y in ids if x != y)
    costs = cost_references(index)  # "to spend £7.35m on …" … "the £7.9m programme"
    excluded.update(frozenset(r.figure_ids) for r in costs)
    # a definite phrase with one antecedent of its noun (numeric_phrase_refs) is paired with that
    # antecedent alone: the unit reader's pairing replaces every other for that figure
    units, _ = unit_restatements(index, excluded)
    unit_b = {r.one("b") for r in units}
    # and two figures the unit reader reads as two units (another place, time, group or clause
    # of one noun) are never paired as one
    apart = units_apart(index)
    restated_pairs = [
        r
        for r in restatements(index, excluded) + costs
        if r.one("b") not in unit_b and frozenset(r.figure_ids) not in apart
    ] + units
    in_changes = {i for r in changes for i in r.figure_ids}
    multiples = stated_multiples(index, in_changes) + multiples_apart(index)  # "… Today 60. It has doubled."
    multiples += [
        r for r in told_before if r.kind == "multiple"
    ]  # "… to 4,100. … has tripled since 2012, when"
    multiples += multiples_before_levels(index)  # "… has tripled. … 21,400, compared with 9,200 in 2004"
    restated = {frozenset(r.figure_ids) for r in restated_pairs}
    shares = _share_sum(index, restated) + share_pairs(index) + share_lists(index)  # "88.2% of …, 13.6% …"
    shares += shares_closed_by_rest(index)  # "46% …, 31% … and 19% …. The remaining 12% …"
    shares += shares_closed_over_sentences(
        index
    )  # "36% of output. B 27%, and C 24%. D 16%, with the remainder …"
    shares += shares_closed_in_words(index)  # "42% named …, 35% … and 31% …, while the rest named …"
    fractions = fraction_shares(index)
    return [*part_whole, *restated_pairs, *ratios, *shares, *changes, *multiples, *fractions, *totals]
