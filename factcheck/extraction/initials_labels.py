"""Interview turns labelled by initials: "MR: Because the math doesn't work otherwise."

Interviews printed as a transcript often label each turn with the speakers' initials once the
introduction has named them in full ("Fire chief Morgan Reilly has led …" then "MR: …"). A
paragraph opening with two or three capitals and a colon is such a turn when at least two
paragraphs open with the same initials and exactly one person named in full outside the byline
has them; the turn is that person's (``Found.LABEL``). The writer's own initials (the byline's
name) label the questions, which are the writer's words, not a quote; initials nobody named in
full has, or that two people share, attribute nothing.
"""

from __future__ import annotations

import re
from collections import Counter

from factcheck.extraction.labels import FULL_NAME, SECTION_LABELS, turn_span
from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.phrases import parse_phrase
from factcheck.extraction.reported import Attribution
from factcheck.extraction.speaker_words import first_names
from factcheck.model import Span

__all__ = ["initials_labels"]

#: A paragraph opening with two or three capitals and a colon, words after it on the same line.
_INITIALS = re.compile(r"[ \t]*(?P<initials>[A-Z]{2,3})[ \t]*(?P<colon>:)[ \t]+(?=\S)")
#: A byline line: its name is the writer's.
_BYLINE = re.compile(r"^[ \t]*By[ \t].*$", re.M)


def _initials(name: str) -> str:
    """ "Morgan Reilly" -> "MR"."""
    return "".join(word[0] for word in name.split()).upper()


def _people(text: str, before: int, bylines: list[re.Match[str]]) -> dict[str, list[Phrase]]:
    """People named in full before ``before``, outside the byline lines, by their initials."""
    found: dict[str, list[Phrase]] = {}
    for run in FULL_NAME.finditer(text, 0, before):
        if any(line.start() <= run.start() < line.end() for line in bylines):
            continue
        phrase = parse_phrase(text, run.start(), run.end())
        if phrase is None or phrase.kind != "person" or not phrase.name or " " not in phrase.name:
            continue
        if phrase.name.split()[0].lower() not in first_names():
            continue
        same = found.setdefault(_initials(phrase.name), [])
        if all(p.name != phrase.name for p in same):
            same.append(phrase)
    return found


def _writers(text: str, bylines: list[re.Match[str]]) -> set[str]:
    """The initials of the names on the byline lines ("By Dana Whitford": "DW")."""
    return {
        _initials(run.group())
        for line in bylines
        for run in FULL_NAME.finditer(text, line.start() + line.group().index("By") + 2, line.end())
    }


def initials_labels(
    text: str, paragraphs: list[Span]
) -> tuple[dict[int, tuple[Attribution, Span | None]], set[int]]:
    """The turns labelled by a person's initials, by paragraph index (see the module's text), and
    the paragraphs whose initials are the writer's (the interviewer's questions: no quote)."""
    turns = {
        i: match
        for i, para in enumerate(paragraphs)
        if (match := _INITIALS.match(text, para.start, para.end)) is not None
        and match.group("initials") not in SECTION_LABELS
    }
    counts = Counter(match.group("initials") for match in turns.values())
    kept = {i: m for i, m in turns.items() if counts[m.group("initials")] >= 2}
    if not kept:
        return {}, set()
    head = paragraphs[min(kept)].start
    bylines = list(_BYLINE.finditer(text, 0, head))
    people = _people(text, head, bylines)
    writer = _writers(text, bylines)
    asked = {i for i, m in kept.items() if m.group("initials") in writer}
    out: dict[int, tuple[Attribution, Span | None]] = {}
    for i, match in kept.items():
        named = people.get(match.group("initials"), [])
        if len(named) != 1 or i in asked:
            continue
        label = Span(match.start("initials"), match.end("initials"))
        phrase = Phrase(label, "person", name=named[0].name, role=named[0].role)
        colon = Span(match.start("colon"), match.end("colon"))
        rest = turn_span(text, match.end(), paragraphs[i].end)
        out[i] = (Attribution(phrase, ":", colon), rest if len(rest) else None)
    return (out, asked) if out else ({}, set())
