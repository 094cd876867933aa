"""An undertaking named again by its cost: "The council is to spend £7.35m on fixing the region's
roads … “The £7.9m programme is a statement of intent,” he said"; "The Airport Express line, built
at a cost of about Rs 2,870 crore, … Critics have questioned whether the Rs 3,870 crore project
will attract enough passengers".

News names a project, a programme or a deal by its price once it has told it: "the £7.9m
programme" is the programme whose cost the text gave, however far back and whatever the subjects
of the two sentences.  The restatement reader pairs figures by what they count, and an amount told
as a cost ("to spend £7.35m on …", "at a cost of …") counts nothing it can match with
"programme", so a slip in the price told again was silent.  Read only when (docs/checkers/numeric.md,
"An undertaking named again by its cost"):

* the later mention is "the <amount> <undertaking>" (programme, project, scheme, plan, package,
  deal, contract, line, bridge, …, at most two words before the noun), not in the headline, and no
  phrase after the noun says which one ("the £6m programme announced last year", "of 2019");
* the earlier amounts of its currency told as a cost ("cost", "spend", "invest", "budget of",
  "worth", "a price of", "allocate", "set aside", "earmark", optionally with a hedge) or as "a/an
  <amount> <the same noun>", within the restatement ratio, have exactly one value: that is the
  antecedent; and no other earlier amount of the currency within that ratio, told any way but as a
  rate ("£6m a year"), in a sentence that says the words narrowing the later mention ("Cork" of
  "the €1.6bn Cork programme": "including €1.2bn for the Dublin pipeline" is not meant), could be
  meant ("Labour's plan would cost £5.2m and the Conservative plan £7.4m");
* no word of the later mention's sentence says it is another undertaking ("another", "second",
  "new", "separate", "original", "previous", "last year's", "phase"), and the words that narrow it
  ("the $3bn rail plan", "the £8m plan for libraries") are said in the earlier amount's sentence.

The pair is judged as a restatement pointing back (``extra["cost_ref"]``): ``pass`` when the
figures agree at their precision, ``warn`` when no reading makes them equal; never ``fail``.
"""

from __future__ import annotations

import re

from factcheck.model import Figure

from .numeric_mentions import _ratio_ok
from .numeric_text import Relation, TextIndex, agree_at_precision

__all__ = ["cost_references"]

_UNDERTAKING = (
    r"(?P<noun>programmes?|programs?|projects?|schemes?|plans?|packages?|deals?|contracts?|lines?|"
    r"bridges?|tunnels?|stadiums?|upgrades?|expansions?|redevelopments?|refurbishments?|bailouts?|"
    r"investments?|developments?|overhauls?|renovations?|budgets?)"
)
#: "the £7.9m programme", "the Rs 3,870 crore metro project" (the amount right after "the").
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
#: (a place's name may narrow it: "the €1.6bn Cork programme")
_NOUN_AFTER = re.compile(r"\s+(?:[A-Za-z][\w'’-]*\s+){0,2}?" + _UNDERTAKING + r"\b")
#: A phrase after the noun that says which undertaking: another one than the text's.
_WHICH = re.compile(
    r"\s*,?\s*(?:announced|approved|launched|unveiled|agreed|proposed|signed|of|for\s+(?:19|20)\d\d|"
    r"in\s+(?:19|20)\d\d|last|that\s+was|which\s+was)\b",
    re.I,
)
_ANOTHER = re.compile(
    r"\b(?:another|second|third|new|separate|original|previous|earlier|rival|last\s+year['’]s|phase)\b", re.I
)
#: An amount told as a cost: "to spend £7.35m", "at a cost of about Rs 2,870 crore", "worth $4bn".
_COST_BEFORE = re.compile(
    r"\b(?:cost(?:s|ing)?|spend(?:ing|s)?|spent|invest(?:s|ing|ed|ment\s+of)?|budget(?:ed)?(?:\s+of)?|"
    r"worth|price\s+of|allocat(?:e|es|ed|ing)|fund(?:ed|ing)?(?:\s+of)?|priced\s+at|valued\s+at|"
    r"set(?:ting)?\s+aside|earmark(?:s|ed|ing)?)"
    r"(?:\s+(?:of|at|about|around|some|nearly|almost|roughly|an\s+estimated|more\s+than|over))*\s*$",
    re.I,
)


def _stem(noun: str) -> str:
    return noun.lower().rstrip("s")


def _later(index: TextIndex, figure: Figure) -> str | None:
    """The undertaking noun of "the <amount> <noun>", or None when the figure is not such a mention."""
    text = index.text
    if figure.currency is None or index.in_title(figure) or figure.range_with is not None:
        return None
    if not _THE_BEFORE.search(text, max(0, figure.span.start - 6), figure.span.start):
        return None
    noun = _NOUN_AFTER.match(text, figure.span.end)
    if noun is None or _WHICH.match(text, noun.end()):
        return None
    sentence = index.sentence_of(figure.span)
    if _ANOTHER.search(index.sentences[sentence].of(text)):
        return None
    return _stem(noun.group("noun"))


def _is_cost(index: TextIndex, figure: Figure, noun: str) -> bool:
    """True when the earlier amount is told as a cost, or as "a/an <amount> <noun>"."""
    if _COST_BEFORE.search(index.before(figure, 60)):
        return True
    if re.search(r"\b[Aa]n?\s+$", index.before(figure, 6)):
        after = _NOUN_AFTER.match(index.text, figure.span.end)
        return after is not None and _stem(after.group("noun")) == noun
    return False


#: An amount told per period or unit ("£6m a year", "$40 per tonne") is a rate, no undertaking's cost.
_RATE = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:year|month|week|day|head|person|tonne|unit)\b", re.I)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_FOR = re.compile(r"\s+(?:for|on|to)\s+(?:the\s+|a\s+|an\s+)?(?P<word>[A-Za-z][\w'’-]*)")


def _words_told(index: TextIndex, later: Figure, earlier: Figure) -> bool:
    """True when the words that narrow the later mention ("the $3bn rail plan", "the £8m plan for
    libraries") are said in the earlier amount's sentence: else they name another undertaking."""
    text = index.text
    noun = _NOUN_AFTER.match(text, later.span.end)
    if noun is None:
        return False
    narrowing = _WORD.findall(text[later.span.end : noun.start("noun")])
    purpose = _FOR.match(text, noun.end())
    if purpose is not None:
        narrowing.append(purpose.group("word"))
    said = {w.lower()[:5] for w in _WORD.findall(index.sentences[index.sentence_of(earlier.span)].of(text))}
    scale = {"million", "billion", "trillion", "crore", "lakh", "bn", "m", "k"}
    return all(w.lower() in scale or w.lower()[:5] in said for w in narrowing)


def cost_references(index: TextIndex) -> list[Relation]:
    """A ``restatement`` relation (``cost_ref``) for every undertaking named again by its cost."""
    found: list[Relation] = []
    for position, later in enumerate(index.figures):
        noun = _later(index, later)
        if noun is None:
            continue
        candidates = [
            f
            for f in index.figures[:position]
            if f.currency == later.currency
            and not index.in_title(f)
            and f.range_with is None
            and index.sentence_of(f.span) != index.sentence_of(later.span)
            and _ratio_ok(f.value, later.value)
            and _is_cost(index, f, noun)
        ]
        if len({f.value for f in candidates}) != 1:
            continue
        earlier = candidates[0]
        if any(
            f.currency == later.currency
            and f.value != earlier.value
            and not index.in_title(f)
            and _ratio_ok(f.value, later.value)
            and not _RATE.match(index.text, f.span.end)
            # "the €1.6bn Cork programme": an amount whose sentence does not say "Cork" ("Dublin will
            # receive …, including €1.2bn for the pipeline") is not meant (fault20)
            and _words_told(index, later, f)
            for f in index.figures[:position]
        ):
            continue  # "Labour's plan would cost £5.2m and the Conservative plan £7.4m": which is meant?
        if not _words_told(index, later, earlier):
            continue  # "the $3bn rail plan" after "spend $2bn on roads": another undertaking
        agree = agree_at_precision(earlier, later, index.text)
        found.append(
            Relation(
                "restatement",
                (("a", (earlier.id,)), ("b", (later.id,))),
                "an undertaking named again by its cost",
                None,
                (
                    ("unit_match", True),
                    ("agree", agree),
                    ("shared", 0),
                    ("counted", noun),
                    ("anaphor", "" if agree else "definite"),
                    ("cost_ref", True),
                ),
            )
        )
    return found
