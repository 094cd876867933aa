"""How the claim store keys what it keeps: folded words, names, counted subjects, sentences, the
word sequences of the quote index, and which speaker and origin a report gives each figure.

Pure functions of text and of a :class:`~factcheck.model.Report`; no database.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Sequence

from factcheck.model import Figure, Report, Span
from factcheck.sentences import sentence_around as _sentence_span
from factcheck.similarity import stated_values, terms

__all__ = [
    "QUOTE_KEY_WORDS",
    "QUOTE_WINDOW",
    "figure_origins",
    "figure_speakers",
    "fold",
    "given_names_compatible",
    "name_key",
    "numbers_text",
    "quote_keys",
    "sentence_around",
    "stored_quote_keys",
    "subject_key",
    "terms_text",
    "word_count",
]

_DETERMINERS = frozenset(
    {"the", "a", "an", "of", "these", "those", "this", "that", "its", "their", "his", "her"}
)
_PUNCTUATION = re.compile(r"[^\w\s]")

QUOTE_KEY_WORDS = 3
"""The quote index is keyed by runs of this many consecutive folded words of a quote."""

QUOTE_WINDOW = 4
"""The quote index keeps one run in each window of this many consecutive runs of a stored quote."""


def fold(text: str) -> str:
    """Casefold, strip accents, turn punctuation into spaces and collapse whitespace."""
    if text.isascii():
        bare = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        marks = {ord(ch): None for ch in set(decomposed) if unicodedata.combining(ch)}
        bare = (decomposed.translate(marks) if marks else decomposed).replace("’", "'")
    bare = bare.replace("'s ", " ").casefold()
    return " ".join(_PUNCTUATION.sub(" ", bare).split())


def word_count(text: str) -> int:
    """How many words (runs of non-space) ``text`` has."""
    return len(text.split())


def terms_text(text: str) -> str:
    """The content-word stems of ``text`` (:func:`factcheck.similarity.terms`), sorted, space-separated."""
    return " ".join(sorted(terms(text)))


def numbers_text(text: str) -> str:
    """The numbers ``text`` states in digits (:func:`factcheck.similarity.stated_values`), space-separated."""
    return " ".join(repr(v) for v in stated_values(text))


def name_key(name: str) -> str:
    """The key two spellings of one name share: "Oleg  Syromolotov" and "oleg syromolotov"."""
    return fold(name)


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def subject_key(unit: str) -> str:
    """The key two wordings of one counted subject share ("the Russian citizens" ~ "Russian citizen")."""
    words = [w for w in fold(unit).split() if w not in _DETERMINERS]
    return " ".join(_singular(w) for w in words)


def given_names_compatible(a: Sequence[str], b: Sequence[str]) -> bool:
    """True when no given name contradicts the other ("O" fits "Oleg"; "Ivan" does not)."""
    for x, y in zip(a, b, strict=False):
        if not (x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))):
            return False
    return True


def sentence_around(text: str, span: Span, split: Sequence[Span] | None = None) -> str:
    """The sentence (or headline line) of ``text`` that holds ``span``, its spaces collapsed.

    The extractor's sentence rules (:mod:`factcheck.sentences`), except that a quotation of
    several sentences is not kept whole: the stored sentence of a figure is the one sentence
    it is in, not a whole quoted passage.  ``split`` is
    :func:`factcheck.sentences.split_sentences` of ``text``, when many spans of one text are
    looked up.
    """
    return " ".join(_sentence_span(text, span, split, whole_quotes=False).of(text).split())


def quote_keys(folded: str) -> list[int]:
    """The keys of every run of :data:`QUOTE_KEY_WORDS` consecutive words of folded words (all
    the words when there are fewer), each hashed to a signed 64-bit integer: what a search looks up.

    Two quotes share a key when they share a run of words.  The hash is BLAKE2b, the same in
    every process (Python's ``hash`` of a string is not); a collision only adds a candidate,
    which is then scored on its words.
    """
    return list(_run_keys(folded))


@functools.lru_cache(maxsize=4096)
def _run_keys(folded: str) -> tuple[int, ...]:
    """:func:`quote_keys`, kept for the last few thousand texts: ``track add`` looks a quote up
    (the misattribution check), then stores it, so its runs are hashed once."""
    words = folded.split()
    if not words:
        return ()
    size = min(QUOTE_KEY_WORDS, len(words))
    runs = dict.fromkeys(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))
    return tuple(
        int.from_bytes(hashlib.blake2b(run.encode("utf-8"), digest_size=8).digest(), "big", signed=True)
        for run in runs
    )


def stored_quote_keys(folded: str) -> list[int]:
    """The keys the quote index keeps for a stored quote: of each window of :data:`QUOTE_WINDOW`
    consecutive runs of :func:`quote_keys`, the smallest (winnowing), so about two keys in five.

    A search looks up every run of its text, so it finds each stored quote that shares with it
    a stretch of ``QUOTE_WINDOW + QUOTE_KEY_WORDS - 1`` consecutive words (six): one run of that
    stretch is a kept key.  A quote of no more runs than a window keeps them all.
    """
    keys = quote_keys(folded)
    if len(keys) <= QUOTE_WINDOW:
        return keys
    kept: dict[int, None] = {}
    for start in range(len(keys) - QUOTE_WINDOW + 1):
        kept[min(keys[start : start + QUOTE_WINDOW])] = None
    return list(kept)


def figure_speakers(report: Report) -> dict[str, str]:
    """Which speaker gives each figure, as the store records it: figure id -> report speaker id,
    from the claim that holds the figure, else the quote around it."""
    found: dict[str, str] = {}
    for claim in report.claims:
        if claim.speaker is None:
            continue
        for fid in claim.figures:
            found.setdefault(fid, claim.speaker)
    for figure in report.figures:
        if figure.id in found:
            continue
        for quote in report.quotes:
            if quote.speaker is not None and quote.span.contains(figure.span):
                found[figure.id] = quote.speaker
                break
    return found


def figure_origins(report: Report, figure: Figure) -> list[str]:
    """The names of the sources the report cites as the origin of ``figure``."""
    return [s.name for s in report.sources if s.role.value == "origin" and figure.id in s.figures]
