"""Word rules of the ``attribution`` checker: content words, qualifiers, roles, figure matching.

Everything here is a general rule of English news writing, kept apart from the
checker so each rule can be read and tested on its own:

* :func:`content_words` and :func:`coverage`: how much of one statement's content
  another statement repeats (a light stemmer plus rapidfuzz for word variants);
* :data:`QUALIFIERS` and :func:`qualifier_shifts`: words that weaken a statement
  (intent, possibility, allegation, degree, condition, a source of knowledge) and
  words that strengthen one (present time, universality, certainty), and the
  tense shift from a completed act to an ongoing activity;
* :func:`role_conflicts`: two titles of one person that cannot both be right;
* :func:`insertions`: the writer's bracketed words inside a quote;
* :func:`figure_interval`, :func:`pair_figures`, :func:`compare_figures`: how two
  figures of one claim are matched and compared as intervals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

import attrs
from rapidfuzz import fuzz

from factcheck.model import Span

__all__ = [
    "FIGURE_COVERAGE",
    "FIGURE_SHARED_WORDS",
    "MIN_SHARED_WORDS",
    "QUALIFIERS",
    "SAME_CLAIM_COVERAGE",
    "STOPWORDS",
    "SUPPORT_COVERAGE",
    "WORD_SIMILARITY",
    "Marker",
    "Qualifier",
    "Shift",
    "content_words",
    "coverage",
    "insertions",
    "qualifier_shifts",
    "role_conflicts",
    "role_parts",
    "shared_words",
    "words_match",
]

#: Two words are one word when rapidfuzz's ``fuzz.ratio`` of their stems reaches this (0-100).
WORD_SIMILARITY = 85
#: A headline is supported by a body statement that repeats this share of its content words.
SUPPORT_COVERAGE = 0.5
#: A paraphrase and a quote cover the same claim when the paraphrase's clause shares this
#: share of its content words with one sentence of the quote (and at least MIN_SHARED_WORDS).
SAME_CLAIM_COVERAGE = 0.5
#: The fewest content words two statements must share to be compared at all.
MIN_SHARED_WORDS = 3
#: Two figures anchor one claim when the paraphrase clause shares FIGURE_COVERAGE of its
#: content words with the quote's sentence, and either their values are within 25% and the
#: two share FIGURE_SHARED_WORDS content words, or they count the same thing and the two
#: share MIN_SHARED_WORDS.
FIGURE_SHARED_WORDS = 2
FIGURE_COVERAGE = 0.4

STOPWORDS = frozenset(
    """a an the and or but nor of in on at to for from by with without about against between into
    through during before after above below over under again further then once here there when where
    why how all any both each few more most other some such no not only own same so than too very
    s t can will just don should now is are was were be been being have has had having do does did
    doing would could may might must shall i me my we our ours you your he him his she her it its
    they them their theirs what which who whom this that these those am if while as until because
    also said says say told tell according noted added stated since one two three four five six seven
    eight nine ten percent per cent many much still already currently even ever every never always
    mr mrs ms dr""".split()
)

WORD = re.compile(r"[A-Za-zÀ-ÿ][\wÀ-ÿ’'-]*")
CONTRACTION = re.compile(r"[’'](?:s|re|ll|ve|m|d)$")


@lru_cache(maxsize=65536)  # pure, and news repeats its words: each is stemmed once
def _stem(word: str) -> str:
    """A light suffix-stripping stemmer: enough to make "fighting" and "fight" one word."""
    word = word.lower().replace("’", "'")
    word = re.sub(r"'s?$", "", word)
    for suffix, keep in (("ies", 4), ("ing", 4), ("ed", 4), ("es", 4), ("s", 3), ("ly", 4)):
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            word = word[: -len(suffix)]
            if suffix == "ies":
                word += "y"
            break
    return word


@lru_cache(maxsize=65536)  # pure, and news repeats its words: each written form is read once
def _content_word(word: str) -> str | None:
    """The stem of one written word, or None for a stopword or a word of fewer than two letters."""
    # a contraction or possessive ("he’s", "they’re", "Clinton's") is its word: "he" is a stopword
    lowered = CONTRACTION.sub("", word.lower()).strip("'’-")
    if len(lowered) < 2 or lowered in STOPWORDS:
        return None
    return _stem(lowered)


def content_words(text: str) -> list[str]:
    """The stemmed content words of ``text``, in order, without stopwords and qualifier words."""
    return [stem for stem in map(_content_word, WORD.findall(text)) if stem is not None]


def words_match(a: str, b: str) -> bool:
    """True when two stemmed words are one word: equal, one a 5+ letter prefix of the other,
    or, starting with the same letter, rapidfuzz ``fuzz.ratio`` >= :data:`WORD_SIMILARITY`."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 5 and long.startswith(short):
        return True
    return len(short) >= 4 and a[0] == b[0] and fuzz.ratio(a, b) >= WORD_SIMILARITY


def shared_words(first: Iterable[str], second: Iterable[str]) -> list[str]:
    """The distinct words of ``first`` that match some word of ``second``."""
    pool = list(dict.fromkeys(second))
    return [w for w in dict.fromkeys(first) if any(words_match(w, o) for o in pool)]


def coverage(statement: str, other: str) -> tuple[float, list[str]]:
    """Share of the distinct content words of ``statement`` that ``other`` repeats, and those words."""
    mine = list(dict.fromkeys(content_words(statement)))
    if not mine:
        return 0.0, []
    shared = shared_words(mine, content_words(other))
    return len(shared) / len(mine), shared


# ------------------------------------------------------------------ qualifiers


@attrs.frozen
class Qualifier:
    """One class of qualifier: its name, what it does to a statement, and the words that mark it.

    ``weakens`` qualifiers (intent, possibility, ...) limit what a statement claims, so
    a paraphrase that drops one claims more; strengthening qualifiers (present time,
    universality, certainty) claim more, so a paraphrase that adds one claims more.
    """

    name: str
    weakens: bool
    pattern: re.Pattern[str]
    meaning: str


def _q(name: str, weakens: bool, meaning: str, *alternatives: str) -> Qualifier:
    return Qualifier(name, weakens, re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I), meaning)


QUALIFIERS: tuple[Qualifier, ...] = (
    _q(
        "intent",
        True,
        "an aim or a plan, not a deed",
        r"in order to",
        r"so as to",
        r"(?:plan|plans|planned|planning|intend|intends|intended|intending|aim|aims|aimed|aiming|seek|"
        r"seeks|sought|seeking|hope|hopes|hoped|hoping|want|wants|wanted|wanting|try|tries|tried|"
        r"trying|attempt|attempts|attempted|attempting|threaten|threatens|threatened|prepare|"
        r"prepares|prepared|preparing|going) to",
        # a journey made for a purpose: "left the country to take part in", "went to Syria to fight"
        r"(?:left|leave|leaves|leaving|went|go|goes|gone|travel+ed|travel+ing|travels?|moved|departed|came|"
        r"come|crossed)\b[^.,;]{0,40}?\bto (?:take part|participate|join|fight|train|work|seek|help|"
        r"support|commit|carry out|attack|wage|serve)",
    ),
    _q(
        "possibility",
        True,
        "a possibility, not a fact",
        r"could",
        r"may",
        r"might",
        r"would",
        r"should",
        r"possibly",
        r"perhaps",
        r"probably",
        r"potentially",
        r"likely",
        r"unlikely",
        r"(?:is|are|was|were) expected to",
        r"risk of",
    ),
    _q(
        "allegation",
        True,
        "a suspicion or an allegation, not an established fact",
        r"allegedly",
        r"alleged",
        r"suspected",
        r"suspects?",
        r"reportedly",
        r"accused of",
        r"(?:believed|thought|said|reported|understood) to",
        r"claim(?:s|ed)? (?:that|to)",
    ),
    _q(
        "source of knowledge",
        True,
        "what someone knows or holds information about, not the fact itself",
        r"(?:possess|possesses|possessed|have|has|had|hold|holds|held|gathered|received) "
        r"(?:\w+ )?(?:information|data|intelligence|evidence|reports?) (?:about|on|that|of)",
        r"(?:know|knows|knew) (?:about|of)",
        r"(?:monitor|monitors|monitored|monitoring|track|tracks|tracked|tracking|watching)",
        r"(?:is|are|was|were) aware of",
        r"(?:estimate|estimates|estimated)",
        r"(?:believe|believes|believed|think|thinks|thought) that",
        r"records? show",
    ),
    _q(
        "degree",
        True,
        "a limit of degree or extent",
        r"practically",
        r"virtually",
        r"partly",
        r"partially",
        r"largely",
        r"mostly",
        r"in (?:most|many|some) cases",
        r"some of",
        r"many of",
        r"relatively",
        r"somewhat",
    ),
    _q("condition", True, "a condition", r"if", r"unless", r"provided that", r"as long as"),
    _q(
        "present time",
        False,
        "an ongoing, present activity",
        r"currently",
        r"now",
        r"at present",
        r"presently",
        r"at the moment",
        r"right now",
        r"already",
        r"still",
    ),
    _q(
        "universality",
        False,
        "every member without exception",
        r"all",
        r"every",
        r"everyone",
        r"each",
        r"none",
        r"always",
        r"never",
        r"entire",
        r"whole",
    ),
    _q(
        "certainty",
        False,
        "certainty",
        r"definitely",
        r"certainly",
        r"clearly",
        r"undoubtedly",
        r"surely",
        r"inevitably",
        r"confirmed",
        r"proven",
        r"proved",
        r"(?:is|are) sure to",
        r"without (?:a )?doubt",
    ),
)

PROGRESSIVE = re.compile(r"\b(?:am|is|are)\s+(?:\w+ly\s+|now\s+|still\s+)?\w+ing\b", re.I)
COMPLETED = re.compile(
    r"\b(?:have|has|had)\s+(?:not\s+)?(?:\w+ly\s+)?(?:been\s+)?"
    r"(?:\w+(?:ed|en|wn|ne)|left|fled|fought|gone|come|got|made|said|sent|spent|lost|built|held|kept|"
    r"met|paid|put|run|set|sold|told|won|begun|become|joined|returned|travel+ed)\b"
    r"|\b(?:was|were)\s+\w+(?:ed|en)\b"
    r"|\b(?:who|that|which)\s+(?:\w+ly\s+)?(?:left|went|fled|fought|joined|travel+ed|moved|departed|crossed|"
    r"returned|came|became)\b",
    re.I,
)


@attrs.frozen
class Marker:
    """One qualifier found in a text: its class and the words as written (with their span)."""

    qualifier: Qualifier
    words: str
    span: Span


@attrs.frozen
class Shift:
    """One difference of qualification between a paraphrase and a quote.

    ``kind`` is "dropped" (the quote has it, the paraphrase not), "added" (the
    paraphrase has it, the quote not) or "tense" (a completed act made ongoing).
    ``quote_words`` / ``paraphrase_words`` are the words as written on each side.
    """

    kind: str
    name: str
    meaning: str
    quote_words: tuple[str, ...] = ()
    paraphrase_words: tuple[str, ...] = ()

    def brief(self) -> str:
        """A few words saying what differs, for a one-line summary."""
        if self.kind == "dropped":
            return f"drops {', '.join(repr(w) for w in self.quote_words)} ({self.name})"
        if self.kind == "added":
            return f"adds {', '.join(repr(w) for w in self.paraphrase_words)} ({self.name})"
        return f"'{self.quote_words[0]}' becomes '{self.paraphrase_words[0]}' (a done act made ongoing)"

    def explain(self) -> str:
        """One phrase saying what differs."""
        if self.kind == "dropped":
            said = ", ".join(f"'{w}'" for w in self.quote_words)
            return f"drops {said} ({self.name}: {self.meaning})"
        if self.kind == "added":
            said = ", ".join(f"'{w}'" for w in self.paraphrase_words)
            return f"adds {said} ({self.name}: {self.meaning})"
        return (
            f"turns '{self.quote_words[0]}' (a completed act) into '{self.paraphrase_words[0]}' "
            "(an ongoing activity)"
        )


def markers(text: str, offset: int = 0) -> list[Marker]:
    """Every qualifier in ``text``; spans are shifted by ``offset``."""
    found = []
    for qualifier in QUALIFIERS:
        for match in qualifier.pattern.finditer(text):
            found.append(Marker(qualifier, match.group(), Span(offset + match.start(), offset + match.end())))
    return found


def _names(found: Iterable[Marker]) -> dict[str, list[Marker]]:
    out: dict[str, list[Marker]] = {}
    for marker in found:
        out.setdefault(marker.qualifier.name, []).append(marker)
    return out


def qualifier_shifts(quote_parts: Sequence[str], paraphrase_parts: Sequence[str]) -> list[Shift]:
    """How a paraphrase changes the qualification of a quote, part by aligned part.

    ``quote_parts`` and ``paraphrase_parts`` are aligned pieces of the same claim (for
    a shared figure: the words before the figure, then the words after it; else one
    piece each).  A weakening qualifier of the quote missing from the whole paraphrase
    is "dropped"; a strengthening qualifier of a paraphrase piece missing from the
    aligned quote piece is "added"; a present progressive ("are fighting") where the
    aligned quote piece has only a completed act ("have left") is a "tense" shift.
    """
    quote_all = _names(m for part in quote_parts for m in markers(part))
    para_all = _names(m for part in paraphrase_parts for m in markers(part))
    shifts: list[Shift] = []
    for name, found in quote_all.items():
        qualifier = found[0].qualifier
        if qualifier.weakens and name not in para_all:
            words = tuple(dict.fromkeys(m.words for m in found))
            shifts.append(Shift("dropped", name, qualifier.meaning, quote_words=words))
    added: dict[str, list[str]] = {}
    meaning: dict[str, str] = {}
    for quote_part, para_part in zip(quote_parts, paraphrase_parts, strict=False):
        in_quote = _names(markers(quote_part))
        for name, found in _names(markers(para_part)).items():
            qualifier = found[0].qualifier
            if not qualifier.weakens and name not in in_quote:
                added.setdefault(name, []).extend(m.words for m in found)
                meaning[name] = qualifier.meaning
        progressive = PROGRESSIVE.search(para_part)
        completed = COMPLETED.search(quote_part)
        if progressive and completed and not PROGRESSIVE.search(quote_part):
            shifts.append(
                Shift(
                    "tense",
                    "tense",
                    "a completed act made an ongoing activity",
                    quote_words=(completed.group(),),
                    paraphrase_words=(progressive.group(),),
                )
            )
    for name, written in added.items():
        shifts.append(Shift("added", name, meaning[name], paraphrase_words=tuple(dict.fromkeys(written))))
    return shifts


# ------------------------------------------------------------------ roles

#: Words that make a title a lesser one: a "deputy minister" is not "the minister".  ("Former"
#: is no rank: news calls a past office-holder by the title, "President Clinton" and "former
#: President Clinton" in one article.)
RANK_WORDS = frozenset("deputy vice assistant acting interim junior under associate undersecretary".split())
GENERIC_WORDS = frozenset(
    """the a an this that his her its their senior top new longtime veteran then current country's
    country nation's government's state's official former ex""".split()
)
#: Heads whose qualifiers name a portfolio, one per holder: a "foreign minister" is not the
#: "defence minister"; a "GOP speechwriter" may well be the "Benghazi mom speechwriter".
PORTFOLIO_HEADS = frozenset("minister secretary commissioner ministers secretaries".split())
NATIONALITIES = re.compile(
    r"\b(?:[A-Z][a-z]+(?:ian|ean|an|ese|ish|i|ic))\b",
)


@attrs.frozen
class RoleParts:
    """A role read as words: its head noun, its rank words, its nationality and its other qualifiers."""

    text: str
    head: str
    rank: frozenset[str]
    nationality: frozenset[str]
    portfolio: frozenset[str]


def role_parts(role: str) -> RoleParts | None:
    """Read a role ("the country's Deputy Foreign Minister") into its parts (None when empty)."""
    cleaned = re.sub(r"\b(?:of|for|in|at)\b.*$", "", role.strip(), flags=re.I)  # "director of X": head first
    words = [w.strip(".,") for w in re.split(r"[\s-]+", cleaned) if w.strip(".,")]
    owners = [i for i, w in enumerate(words) if re.search(r"[’']s$", w)]
    if owners:  # "former vice president’s spokeswoman": the words before the owner are the owner's
        words = words[owners[-1] + 1 :]
    if not words:
        return None
    lowered = [w.lower() for w in words]
    head = lowered[-1]
    rank = frozenset(w for w in lowered[:-1] if w in RANK_WORDS)
    nationality = frozenset(
        w.lower() for w in words[:-1] if NATIONALITIES.fullmatch(w) and w.lower() not in RANK_WORDS
    )
    portfolio = frozenset(
        w
        for w in lowered[:-1]
        if w not in RANK_WORDS and w not in GENERIC_WORDS and w not in nationality and w.isalpha()
    )
    return RoleParts(role, head, rank, nationality, portfolio)


def role_conflicts(roles: Sequence[str]) -> list[tuple[str, str, str]]:
    """Pairs of roles of one person that contradict each other, with the reason.

    Rules (same head noun only: "the diplomat" never contradicts "the deputy minister"):
    a rank word on one side only ("Deputy Foreign Minister" / "the foreign minister");
    two different rank words; two different nationalities ("Russian diplomat" /
    "Ukrainian diplomat"); two different portfolios of a minister, secretary or commissioner
    ("foreign minister" / "defence minister").
    """
    parsed = [p for p in (role_parts(r) for r in roles) if p is not None]
    out: list[tuple[str, str, str]] = []
    for i, first in enumerate(parsed):
        for second in parsed[i + 1 :]:
            if first.head != second.head or first.text.lower() == second.text.lower():
                continue
            reason = None
            if first.rank != second.rank:
                words = sorted(first.rank ^ second.rank)
                reason = (
                    f"the rank word {', '.join(repr(w) for w in words)} is given in one and not the other"
                )
            elif first.nationality and second.nationality and first.nationality != second.nationality:
                reason = (
                    f"different nationalities ({', '.join(sorted(first.nationality))} / "
                    f"{', '.join(sorted(second.nationality))})"
                )
            elif (
                first.head in PORTFOLIO_HEADS
                and first.portfolio
                and second.portfolio
                and not first.portfolio & second.portfolio
            ):
                reason = (
                    f"different portfolios ({' '.join(sorted(first.portfolio))} / "
                    f"{' '.join(sorted(second.portfolio))})"
                )
            if reason:
                out.append((first.text, second.text, reason))
    return out


# ------------------------------------------------------------------ insertions

BRACKETED = re.compile(r"\[([^\[\]]{1,120})\]|\(([^()]{1,60})\)")


def insertions(text: str, offset: int = 0) -> list[tuple[Span, str, str]]:
    """The writer's bracketed words inside a quote: (span with brackets, words, "square"/"round").

    Square brackets are the writer's by convention; round brackets inside a direct
    quote are reported too, since speech has none (a written statement may, so the
    verdict says "probably").
    """
    out = []
    for match in BRACKETED.finditer(text):
        words = match.group(1) if match.group(1) is not None else match.group(2)
        if not words.strip():
            continue
        kind = "square" if match.group(1) is not None else "round"
        out.append((Span(offset + match.start(), offset + match.end()), words.strip(), kind))
    return out
