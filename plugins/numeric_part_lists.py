"""Parts of one whole told as a list: "the district will operate 46 schools: 29 elementary schools,
11 middle schools and 9 high schools"; "The county employs 2,800 health workers. 1,640 of them are
nurses, 710 are clinical officers and 620 are doctors"; "Of the 300 recruits, 180 will be nurses,
70 clinical officers and 50 technicians".

News gives a count, then breaks it down in a list whose items are its parts.  Items that are parts
of one whole cannot add up to more than it (at most: a list may leave some parts out), and when the
list is closed by "the remaining K" / "the other K" / "the rest K" they add up to it.  Three forms
are read (docs/checkers/numeric.md, "Parts listed of one whole"):

* **a colon after the whole**: "M <noun>: A <words>, B <words> and C <words>", every item a bare
  count whose words share a stem with M's noun ("46 schools: 29 elementary schools, …") and no
  meta-noun before the colon ("three figures: …");
* **"N of them" and a list with the same verb**: "N of them/these/those/the <noun> <be-verb> X, K
  <be-verb> Y and L <be-verb> Z" (the verb repeated, or left out after the first item), the whole
  the one bare count of the sentence before (or, for "of the <noun>", the one count of that noun
  in the two sentences before);
* **"Of the M <noun>, N …, K … and L …"**: every count after the lead's comma in its sentence;
* **"Of those, N were X, K were Y and L were Z"**: the whole the one count of the sentence before.

A share, an amount of money, a range, a figure of another unit, a word of change or comparison
between items ("from", "up", "than", "while", "but", "including"), or a partial list ("including",
"among them") stops the reading; so do items told with a verb of answering, having or using
("640 said they drive, 420 said they take the bus": answers overlap) and items that cut a group of
people two ways ("1,800 of them are women, 900 are part-time and 600 are agency staff": sex, hours,
contract, age, origin).  The judgement is the ``total`` relation's, ``extra["read"]``:
the sum is judged at every reading of the hedges and roundings, and only ``warn`` (which items make
up the list is read, and a list may cut one whole two ways: "70 were men and 60 were over 65").
"""

from __future__ import annotations

import re

from factcheck.model import Figure, Span

from .numeric_forms import glued_measure, measure_of
from .numeric_text import Relation, TextIndex, unit_stems

__all__ = ["part_lists"]

#: The verbs of being that make each item one part of the whole.
_BE = r"(?:are|were|is|was|have\s+been|had\s+been|will\s+be|would\s+be)"
#: What joins two items: ", ", " and ", ", and ", optionally "the remaining/other/rest of the".
_JOIN = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<rest>(?:the\s+)?(?:remaining|other|final|last)\s+)?$", re.I
)
#: Words that say the items are not parts of one list.
_NOT_LIST = re.compile(
    r"\b(?:from|up|down|than|rose|fell|increase|decrease|compared|while|whereas|but|including|"
    r"among|per|each|every|a\s+year|respectively|of|out)\b|\d|[;:()]",
    re.I,
)
#: Nouns before a colon that announce a list of other things, not a whole's parts.
_META = re.compile(
    r"\b(?:figures?|numbers?|ways?|things?|reasons?|points?|changes?|steps?|facts?|results?)\b", re.I
)
#: Verbs of answering, having or using: parts told with them may overlap ("used" before a preposition
#: is a passive description of the item, "buses still used on peak-hour routes", no answer; round sum24).
_ANSWER = re.compile(
    r"\b(?:said|say|says|told|reported|own|owned|owns|use|used(?!\s+(?:on|in|for|by|as|at|during)\b)|uses|"
    r"have|has|had|backed|supported|"
    r"opposed|wanted|want|visited|voted)\b",
    re.I,
)
#: An item told by its agent ("250 were operated by the national carrier", "90 run by charities"):
#: who does something is another way of cutting the whole than what the other items are (review20).
_BY_AGENT = re.compile(r"\b(?:\w+ed|run|built|made|held|sold|taken|driven|flown|won)\s+by\b", re.I)
#: Ways of cutting a group of people: items of two of them are no partition of one whole.
_DIMENSIONS = (
    (
        "people",
        re.compile(r"\b(?:men|women|boys|girls|children|adults|infants|babies|teenagers|elderly)\b", re.I),
    ),
    ("age", re.compile(r"\b(?:aged|older|younger|under|over)\b", re.I)),
    ("hours", re.compile(r"\b(?:part-time|full-time|part\s+time|full\s+time)\b", re.I)),
    ("contract", re.compile(r"\b(?:agency|temporary|permanent|casual|seasonal|fixed-term)\b", re.I)),
    ("origin", re.compile(r"\b(?:foreign|foreigners|migrants|local|nationals|citizens|immigrants)\b", re.I)),
)
_OF_THEM = re.compile(
    r"\s+(?:of|out\s+of)\s+(?P<det>them|these|those|whom|the|its|their)\b(?P<noun>(?:\s+[a-z][\w'’-]*){0,3}?)\s+"
    r"(?P<be>" + _BE + r")\b",
    re.I,
)
_OF_THE_LEAD = re.compile(r"\s*[\"“]?(?:Of|Out\s+of)\s+(?:the|these|those|its|their)\s+$")


#: An item's age band ("were aged 60 and over", "aged 35 to 59", "aged between 18 and 34"): words of
#: the item, whose numbers and "and" neither end it nor start another (round recall22).
_AGED = re.compile(
    r"\s+(?:(?:are|were|is|was)\s+)?aged\s+(?:between\s+)?\d[\d,]*"
    r"(?:\s*(?:and|to|or|-|–)\s*(?:over|older|above|under|younger|\d[\d,]*))?",
    re.I,
)
#: A span of years in an item's words ("buses bought between 2006 and 2008", "built from 1990 to
#: 1995"): its "and" ends no item (round sum24).
_YEAR_SPAN = re.compile(r"\b(?:19|20)\d\d\s*(?:and|to|-|–)\s*(?:19|20)?\d\d\b")
#: Where an item's words end: a comma or "and".
_ITEM_END = re.compile(r"\s*,|\s+and\b")
#: The rest told in words right after a list's last item: ", and the rest were …", "while the
#: remainder were …": the items and the rest make the whole (round recall22).
_REST_IN_WORDS = re.compile(
    r"\s*(?:,\s*)?(?:and|while|with)\s+the\s+(?:rest|remainder|others)\s+(?:were|was|are|is|came)\b", re.I
)


def _bare(index: TextIndex, figure: Figure) -> bool:
    """A plain count: no share, money, range or unit of measure."""
    return (
        not index.share(figure)
        and figure.currency is None
        and figure.range_with is None
        and not measure_of(index, figure)
        and not glued_measure(index.text, figure)
        and figure.value >= 1
    )


def _items(
    index: TextIndex, start: int, first: int, sentence: int, be: str | None
) -> tuple[list[Figure], bool] | None:
    """The items of a list from figure position ``first`` on, the list's text starting at
    ``start``: each item a bare count of the sentence, then its words (the same verb ``be`` when
    given, or none after the first item), joined by a comma or "and".  Returns the items and
    whether "the remaining/other K" closes them, or None when something else stands in the list."""
    text = index.text
    items: list[Figure] = []
    said: list[str] = []
    closed = False
    position = start
    aged_end = -1
    end = index.sentences[sentence].end
    for p in range(first, len(index.figures)):
        item = index.figures[p]
        if index.sentence_of(item.span) != sentence:
            break
        if items and item.span.start < aged_end:
            continue  # a number of the last item's age band ("were aged 60 and over"): no item
        gap = text[position : item.span.start]
        if items:
            join = _JOIN.search(gap)
            if join is None or _NOT_LIST.search(gap[: join.start()]):
                break
            closed = bool(join.group("rest"))
        elif gap.strip():
            return None
        if not _bare(index, item):
            return None
        items.append(item)
        after = text[item.span.end : end]
        if be is not None and items[1:]:
            verb = re.match(r"\s+" + be + r"\b", after, re.I)
            if verb is None and re.match(r"\s+" + _BE + r"\b", after, re.I):
                return None  # another verb: another clause, not a list
        aged = _AGED.match(after)  # "were aged 60 and over": the item's words run past its "and"
        aged_end = item.span.end + aged.end() if aged else -1
        stop = _ITEM_END.search(after, aged.end() if aged else 0)
        years = _YEAR_SPAN.search(after, 0, stop.end() + 12 if stop else len(after))
        if stop and years and years.start() < stop.start() < years.end():
            stop = _ITEM_END.search(after, years.end())  # "bought between 2006 and 2008": the item's words
        position = item.span.end + (stop.start() if stop else len(after))
        said.append(after[: stop.start() if stop else len(after)])
        if closed:
            break
    if any(_ANSWER.search(re.sub(r"^\s*" + _BE, "", words, flags=re.I)) for words in said):
        return None  # answers to a question may overlap ("640 said they drive, 420 said they take the bus")
    if any(_BY_AGENT.search(words) for words in said):
        return None  # "320 were domestic and 250 were operated by the national carrier": cut two ways
    dimensions = {d for words in said for d, pattern in _DIMENSIONS if pattern.search(words)}
    if len(dimensions) > 1:
        return None  # one whole cut two ways ("1,800 of them are women, 900 are part-time")
    return items, closed


def _total(parts: list[Figure], whole: Figure, closed: bool, text: str, form: str) -> Relation:
    span = Span(min(whole.span.start, parts[0].span.start), parts[-1].span.end)
    return Relation(
        "total",
        (("addend", tuple(p.id for p in parts)), ("total", (whole.id,))),
        form,
        span,
        (("bound", "" if closed else "at most"), ("listed", True), ("read", True)),
    )


def _colon_lists(index: TextIndex) -> list[Relation]:
    """ "46 schools: 29 elementary schools, 11 middle schools and 9 high schools"."""
    text = index.text
    found = []
    for position, whole in enumerate(index.figures):
        if not _bare(index, whole) or index.in_title(whole):
            continue
        noun = re.match(r"(?:\s+[^\W\d][\w'’-]*){1,4}\s*:\s+", text[whole.span.end :])
        if noun is None or _META.search(noun.group(0)):
            continue
        stems = index.counted_stems(whole)
        sentence = index.sentence_of(whole.span)
        read = _items(index, whole.span.end + noun.end(), position + 1, sentence, None)
        if read is None or len(read[0]) < 2:
            continue
        items, closed = read
        if not stems or any(stems.isdisjoint(unit_stems(_words(index, f))) for f in items):
            continue  # each item names what the whole counts
        found.append(_total(items, whole, closed, text, "a list after a colon"))
    return found


def _words(index: TextIndex, figure: Figure) -> str:
    """The words of an item up to the next comma, "and" or sentence end."""
    after = index.after(figure, 60)
    return re.split(r",|\band\b", after)[0]


def _whole_of(
    index: TextIndex, sentences: range, before: int, noun: str, least: float, at_least: bool = False
) -> Figure | None:
    """The one bare count before ``before`` in the sentences (of ``noun`` when given) that could be
    the whole of parts as large as ``least`` (a whole is no smaller than any of its parts; without a
    noun, only when ``at_least``), or None when there is none or more than one value."""
    wanted = frozenset(unit_stems(noun)) if noun else frozenset()
    found = [
        f
        for s in sentences
        for f in index.figures_of_sentence(s)
        if f.span.end <= before
        and _bare(index, f)
        and not index.in_title(f)
        and (not wanted or not wanted.isdisjoint(index.counted_stems(f)))
        and (not (wanted or at_least) or f.value >= least)
    ]
    if len({f.value for f in found}) != 1:
        return None
    return found[-1]


def _of_them_lists(index: TextIndex) -> list[Relation]:
    """ "2,800 health workers. … 1,640 of them are nurses, 710 are clinical officers and 620 are
    doctors"."""
    text = index.text
    found = []
    for position, part in enumerate(index.figures):
        if not _bare(index, part) or index.in_title(part):
            continue
        match = _OF_THEM.match(text, part.span.end)
        if match is None:
            continue
        sentence = index.sentence_of(part.span)
        det, noun = match.group("det").lower(), match.group("noun").strip()
        be = match.group("be").replace(" ", r"\s+")
        read = _items(index, part.span.start, position, sentence, be)
        if read is None or len(read[0]) < 3:
            continue
        items, closed = read
        least = max(f.value for f in items)
        if det in ("them", "these", "those", "whom") and not noun:
            # "N of them": the one count of the sentence before, or of this one before N
            whole = _whole_of(index, range(sentence - 1, sentence + 1), part.span.start, "", least)
        elif noun:
            whole = _whole_of(index, range(sentence - 2, sentence + 1), part.span.start, noun, least)
        else:
            continue
        if whole is None:
            continue
        found.append(_total(items, whole, closed, text, "parts listed of a whole before them"))
    return found


def _of_the_lead_lists(index: TextIndex) -> list[Relation]:
    """ "Of the 300 new recruits, 180 will be nurses, 70 clinical officers and 50 technicians"."""
    text = index.text
    found = []
    for position, whole in enumerate(index.figures):
        if not _bare(index, whole):
            continue
        sentence = index.sentence_of(whole.span)
        if sentence < 0 or not _OF_THE_LEAD.fullmatch(
            text, index.sentences[sentence].start, whole.span.start
        ):
            continue
        # "Of the 140 boats in the Shetland fleet, …": the whole's noun and where it is, up to six words
        comma = re.match(r"(?:\s+[^\W\d][\w'’-]*){1,6}\s*,\s+", text[whole.span.end :])
        if comma is None or position + 1 >= len(index.figures):
            continue
        read = _items(index, whole.span.end + comma.end(), position + 1, sentence, None)
        if read is None or len(read[0]) < 2:
            continue
        items, closed = read
        found.append(_total(items, whole, closed, text, "parts listed after “Of the …”"))
    return found


_OF_THOSE = re.compile(r"\s*[\"“]?(?:Of|Out\s+of)\s+(?:those|them|these|whom)\s*,\s*", re.I)


def _of_those_lists(index: TextIndex) -> list[Relation]:
    """ "The service took 9,400 calls in June. Of those, 4,100 were category one, 3,200 were category
    two and 2,300 were category three": the whole the one count of the sentence before."""
    found = []
    for number, sentence in enumerate(index.sentences):
        lead = _OF_THOSE.match(index.text, sentence.start, sentence.end)
        figures = index.figures_of_sentence(number)
        if lead is None or not figures or figures[0].span.start != lead.end() or number < 1:
            continue
        position = index.figures.index(figures[0])
        verb = re.match(r"\s+(" + _BE + r")\b", index.text[figures[0].span.end :], re.I)
        be = verb.group(1).replace(" ", r"\s+") if verb else None
        read = _items(index, figures[0].span.start, position, number, be)
        if read is None or len(read[0]) < 2:
            continue
        items, closed = read
        least = max(f.value for f in items)
        if len(items) >= 3:
            # the one count of the sentence before as large as the parts: "operates 1,850 buses from
            # seven garages. Of those, …" (seven garages cannot hold parts of 1,190; round sum24)
            whole = _whole_of(index, range(number - 1, number), sentence.start, "", least, at_least=True)
        elif _rest_in_words(index, items[-1]):
            # "Of those, 1.1 million were aged 60 and over, 950,000 were aged 35 to 59, and the rest
            # were …": two items and a rest told in words (round recall22); the whole is the one count
            # of the sentence before that is as large as the parts ("at least one dose" is none)
            whole = _whole_of(index, range(number - 1, number), sentence.start, "", least, at_least=True)
        else:
            continue
        if whole is not None:
            found.append(_total(items, whole, closed, index.text, "parts listed after “Of those”"))
    return found


def _rest_in_words(index: TextIndex, last: Figure) -> bool:
    """True when the rest is told in words right after the last item's words (", and the rest were
    health workers …"): the items and the rest are the whole's parts (round recall22)."""
    after = index.text[last.span.end : index.sentences[index.sentence_of(last.span)].end]
    aged = _AGED.match(after)
    stop = _ITEM_END.search(after, aged.end() if aged else 0)
    return stop is not None and _REST_IN_WORDS.match(after, stop.start()) is not None


def part_lists(index: TextIndex) -> list[Relation]:
    """The ``total`` relations (``read``) of every list of parts of one whole the text tells."""
    return _colon_lists(index) + _of_them_lists(index) + _of_the_lead_lists(index) + _of_those_lists(index)
