"""How the claim store compares claims and subjects: content words, stated figures, counted nouns.

Pure functions with no database and no extractor, used by :class:`factcheck.store.ClaimStore`:

* :func:`terms` gives the content words of a text, each reduced to a stem ("Russians" and
  "Russian" are ``russian``, "fighting" is ``fight``), without stop words, hedges or numbers;
* :func:`stated_values` gives the numbers a text writes in digits ("4,000", "1.5 million",
  "12%"), so a query and a stored claim can be compared by the figures they state;
* :func:`expand` finds, for each query word, the stored words that count as the same word
  (same stem, a stem one to three letters longer or shorter with at least four in common:
  "russia"/"russian", "fight"/"fighter"; or :func:`rapidfuzz.fuzz.ratio` of at least
  :data:`SPELLING_SCORE`: a misspelt name);
* :func:`score` combines the two overlaps into the 0-100 score ``track similar`` shows;
* :func:`subject_words` and :func:`counts_subject` decide whether a figure's counted noun is
  the subject asked for (``track figures``).

See docs/store.md, "Finding claims and figures".
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence

from rapidfuzz import fuzz, process

__all__ = [
    "SPELLING_SCORE",
    "STOP_WORDS",
    "VALUE_TOLERANCE",
    "clause_around",
    "counts_subject",
    "expand",
    "same_value",
    "score",
    "stated_values",
    "stem",
    "subject_words",
    "terms",
]

STOP_WORDS = frozenset(
    """a about above across after against ago all almost along also although among an and another
    any are around as at be because been before being below between both but by can could did do
    does down during each either even ever every few fewer for from had has have he her here hers
    him his how i if in into is it its just least less like many may might more most much must my
    near nearly neither no nor not now of off on once one only onto or other our out over own per
    roughly same says said say she should since so some such than that the their them then there
    these they this those though through to too under until up upon us very was we were what when
    where whether which while who whom whose why will with within without would yet you your""".split()
)
"""Words that carry no subject: function words, hedges ("over", "almost", "some") and "said"."""

SPELLING_SCORE = 90.0
"""Two words of at least six letters whose :func:`rapidfuzz.fuzz.ratio` reaches this are one word."""

VALUE_TOLERANCE = 0.01
"""Two stated values are the same figure when they differ by at most this share of the larger."""

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    r"(?:\s*(%|per\s?cent\b|percent\b)|\s+(thousand|million|billion|trillion)\b|(bn|m|k)\b|(?!\w))",
    re.I,
)
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}


def _bare(text: str) -> str:
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    # the combining marks are looked up once per distinct character, not once per character
    marks = {ord(ch): None for ch in set(decomposed) if unicodedata.combining(ch)}
    return (decomposed.translate(marks) if marks else decomposed).casefold()


def stem(word: str) -> str:
    """A light English stem: possessive, plural and -ing/-ed endings removed ("citizens" -> "citizen",
    "fighting" -> "fight", "armies" -> "army"); short words are left alone."""
    word = word.removesuffix("'s").removesuffix("'")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
        return word[:-1] if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "ls" else word
    if len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):
        word = word[:-2]
        return word[:-1] if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "ls" else word
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@functools.lru_cache(maxsize=4096)
def terms(text: str) -> frozenset[str]:
    """The stems of the content words of ``text`` (no stop words, no numbers); the latest 4,096
    texts are remembered, as a store's figures repeat their counted nouns."""
    return frozenset(stem(w) for w in _WORD.findall(_bare(text)) if w not in STOP_WORDS and len(w) > 1)


def stated_values(text: str) -> tuple[float, ...]:
    """The numbers ``text`` writes in digits, scaled ("1.5 million" -> 1500000.0; "12%" -> 12.0)."""
    out = []
    for match in _NUMBER.finditer(text):
        whole, decimals, _percent, scale, short = match.groups()
        value = float(whole.replace(",", "") + (decimals or ""))
        factor = _SCALES.get((scale or short or "").lower(), 1.0)
        out.append(value * factor)
    return tuple(out)


def same_value(a: float, b: float) -> bool:
    """True when two stated values are the same figure (within :data:`VALUE_TOLERANCE`)."""
    return abs(a - b) <= VALUE_TOLERANCE * max(abs(a), abs(b))


def _related(word: str, other: str) -> bool:
    short, long = sorted((word, other), key=len)
    return len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 3


def expand(words: Iterable[str], vocabulary: Collection[str]) -> dict[str, frozenset[str]]:
    """For each of ``words``, the words of ``vocabulary`` that count as the same word: itself, a
    stem that extends it or that it extends by one to three letters (at least four in common),
    and, for words of six letters or more, a spelling within :data:`SPELLING_SCORE`."""
    out: dict[str, frozenset[str]] = {}
    pool = list(vocabulary)
    for word in words:
        same = {word} | {v for v in pool if v[:4] == word[:4] and _related(word, v)}
        if len(word) >= 6:
            near = process.extract(word, pool, scorer=fuzz.ratio, score_cutoff=SPELLING_SCORE, limit=None)
            same.update(v for v, _score, _index in near if len(v) >= 6)
        out[word] = frozenset(same)
    return out


def score(
    query_terms: Mapping[str, frozenset[str]],
    query_values: Sequence[float],
    claim_terms: frozenset[str],
    claim_values: Sequence[float],
) -> float:
    """How much of the query a claim states, 0-100.

    The word share is the share of the query's content words the claim has (each counted
    once, through :func:`expand`); the figure share the share of the query's figures the
    claim states (:func:`same_value`).  The score is their mean, over those the query has:
    a query with figures and words needs both to score high.
    """
    parts = []
    if query_terms:
        found = sum(1 for same in query_terms.values() if same & claim_terms)
        parts.append(found / len(query_terms))
    if query_values:
        found = sum(1 for q in query_values if any(same_value(q, c) for c in claim_values))
        parts.append(found / len(query_values))
    return 100.0 * sum(parts) / len(parts) if parts else 0.0


_CLAUSE_BREAK = re.compile(r"[;:()\u2013\u2014]|,\s|\s(?:and|but|while|whereas|although|though)\s", re.I)


def clause_around(sentence: str, words: str) -> str:
    """The clause of ``sentence`` that holds ``words`` (the first place they occur): the text
    between the punctuation or conjunctions ("and", "but", "while") before and after them."""
    at = sentence.find(words)
    if at < 0:
        return sentence
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, at)), default=0)
    after = _CLAUSE_BREAK.search(sentence, at + len(words))
    return sentence[start : after.start() if after else len(sentence)].strip()


def subject_words(subject: str) -> frozenset[str]:
    """The stems of a subject's words, as :func:`counts_subject` compares them."""
    return terms(subject)


def counts_subject(
    subject: frozenset[str], unit: str | None, *, share: bool = False, clause: str | None = None
) -> bool:
    """True when a figure counts ``subject`` (from :func:`subject_words`).

    A figure with a counted noun ("4,000 Russian citizens") counts the subject when every
    subject word is a word of that noun (its stem, or a stem one to three letters apart); a
    figure with no noun of its own counts nothing, except a share or an amount of money
    (``share``), which is about the words of its ``clause`` ("the unemployment rate fell to
    4.1 percent").  So "160 militants" is not about "Russian citizens" whatever its
    sentence says, and neither is a bare "160" beside them.
    """
    if not subject:
        return False
    words = terms(unit) if unit else (terms(clause) if share and clause else frozenset())
    return all(any(w == s or _related(w, s) for w in words) for s in subject)
