"""factcheck-absolutes: absolute words in attributed claims ("all", "never", "the first", "no one").

An absolute is a strong word for a careful reader: "all of them will face charges" is a
different claim from "many of them". This checker looks at every claim the article gives to a
speaker and, for each absolute word in it:

* ``info`` when the words are the speaker's own (a direct quote);
* ``info`` when the claim is the article's paraphrase (reported speech, a headline) and one
  of the speaker's direct quotes in the article uses the same absolute;
* ``warn`` (or the status of the ``paraphrase`` option) when the claim is the article's
  paraphrase and none of the speaker's direct quotes uses that absolute: the strong word may
  be the writer's, not the speaker's.

An absolute after a hedge or a negation ("almost all", "not every", "hardly ever") is no
absolute, nor are fixed phrases ("after all", "at all", "all but"). The writer's own
statements (no speaker) are left alone.

Options, in ``[tool.factcheck.checkers.absolutes]`` of pyproject.toml or
``[checkers.absolutes]`` of factcheck.toml: ``words`` (the absolutes to look for) and
``paraphrase`` (``"warn"`` or ``"info"``: the status of an absolute only the paraphrase has).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import factcheck
from factcheck import Checker, Report, Verdict

__version__ = "0.1.0"

DEFAULTS: dict[str, Any] = {
    "words": [
        "all",
        "every",
        "everyone",
        "everybody",
        "never",
        "always",
        "no one",
        "nobody",
        "none",
        "the first",
        "the only",
    ],
    "paraphrase": "warn",
}
"""The options and their defaults, as the configuration file gives them."""

DESCRIPTION = "Absolute words ('all', 'never', 'the first') in attributed claims: whose words are they?"

HEDGES = ("almost", "nearly", "virtually", "practically", "not", "hardly", "scarcely", "n't", "without")
"""Words that, just before an absolute, make it no absolute ("almost all", "not every")."""

FIXED = re.compile(
    r"\b(?:after all|at all|all but|all too|above all|once and for all|for the first time)\b", re.I
)
"""Phrases in which an absolute word is no claim about everyone or everything."""


def absolutes(text: str, words: Sequence[str]) -> Iterator[tuple[int, int, str]]:
    """The absolute words of ``text``: (start, end, the word as listed), hedged and fixed uses left out."""
    fixed = [m.span() for m in FIXED.finditer(text)]
    pattern = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    for match in re.finditer(rf"\b(?:{pattern})\b", text, re.I):
        start, end = match.span()
        if any(a <= start < b for a, b in fixed):
            continue
        before = text[max(0, start - 12) : start].lower().split()
        if before and before[-1].endswith(HEDGES):
            continue
        yield start, end, " ".join(match.group().lower().split())


def check_absolutes(report: Report, words: Sequence[str], paraphrase: str) -> Iterator[Verdict]:
    """Judge the absolutes of every attributed claim of ``report`` (see the module's rules)."""
    text = report.document.text
    quotes = {q.id: q for q in report.quotes}
    direct: dict[str, set[str]] = {}  # speaker -> the absolutes of their direct quotes
    for quote in report.quotes:
        if quote.speaker is not None and quote.kind is factcheck.QuoteKind.DIRECT:
            found = {w for _s, _e, w in absolutes(quote.span.of(text), words)}
            direct.setdefault(quote.speaker, set()).update(found)
    for claim in report.claims:
        if claim.speaker is None:
            continue
        speaker = report.speaker(claim.speaker)
        name = speaker.name if speaker else "the speaker"
        said_in = quotes.get(claim.quote) if claim.quote else None
        own = said_in is not None and said_in.kind is factcheck.QuoteKind.DIRECT
        for start, end, word in absolutes(claim.span.of(text), words):
            span = factcheck.Span(claim.span.start + start, claim.span.start + end)
            said = span.of(text)
            if own:
                status, summary = "info", f"{name} uses the absolute {said!r} in their own words"
            elif word in direct.get(claim.speaker, set()):
                status, summary = "info", f"the paraphrase's {said!r} is in {name}'s quoted words too"
            else:
                status = paraphrase
                summary = f"{said!r} is the article's wording: no direct quote of {name} says {word!r}"
            yield Verdict(
                status=status,
                summary=summary,
                claim=claim.id,
                evidence=[span],
                details=(
                    "An absolute claims something of everyone or everything; a paraphrase may make a "
                    "speaker's claim stronger than they made it."
                ),
                data={"word": word, "speaker": name, "direct": own},
            )


def absolutes_checker(options: Mapping[str, Any]) -> Checker:
    """The ``absolutes`` checker with these options (``words``, ``paraphrase``)."""
    words = [str(w) for w in options["words"]]
    paraphrase = str(options["paraphrase"])
    if paraphrase not in ("warn", "info"):
        raise ValueError(
            f"option 'paraphrase' of checker 'absolutes' must be 'warn' or 'info', not {paraphrase!r}"
        )
    return Checker(
        name="absolutes",
        description=DESCRIPTION,
        check=lambda report: check_absolutes(report, words, paraphrase),
    )


@factcheck.hookimpl
def factcheck_checker_options() -> dict[str, dict[str, Any]]:
    """Declare the options of the ``absolutes`` checker, with their defaults."""
    return {"absolutes": DEFAULTS}


@factcheck.hookimpl
def factcheck_checkers(options: Mapping[str, Mapping[str, Any]]) -> list[Checker]:
    """The ``absolutes`` checker, built with the options in force."""
    return [absolutes_checker(options.get("absolutes", DEFAULTS))]
