"""Direct and partial quotations: find the quoted words between their marks.

Handles straight and curly double marks, two apostrophes standing for one (''…'', as news
archives write them), « guillemets », single-mark quotes
at the top level (British style and headlines), apostrophes inside and at the ends
of words (fighters’ wives, the ’90s), nested ‘…’ quotes (kept inside the outer one),
and quotes over several paragraphs (an opening mark with no closing one at the
paragraph end, when the next paragraph opens with a mark).  A mark left open
any other way is dropped: a quote never swallows the rest of the article.
Quotations of three words or fewer are scare quotes, not quotes, unless they are speech:
their own sentence with a speech verb right after ("“We will win,” he said.").
"""

from __future__ import annotations

import re

import attrs

from factcheck.extraction.cue_words import CUES
from factcheck.extraction.speaker_words import PARTY_TAG
from factcheck.extraction.text import word_alternation
from factcheck.model import Span

OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"'}
#: Two apostrophes standing for a double quotation mark (news archives, wire databases).
TWO_APOSTROPHES = "''"
CLOSERS = frozenset('”»"“')
MIN_WORDS = 4
#: The longest quotation in single marks looked for, in characters (a few sentences).
MAX_QUOTE = 2000


@attrs.frozen
class RawQuote:
    """Quoted words found in the text: the span inside the marks and the marks' span.

    ``continues`` is True when the quotation runs on into the next paragraph.
    """

    inner: Span
    outer: Span
    continues: bool = False
    continued: bool = False


_WORD = re.compile(r"\w+(?:[’'-]\w+)*")


def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


#: Where a double-mark quotation can open: an opening mark, or an apostrophe (two of them).
_DOUBLE_OPEN = re.compile("[" + "".join(OPENERS) + "']")
#: For each opening mark, the marks that end its quotation (the first of them closes it).
_DOUBLE_CLOSE = {
    "“": re.compile('[”"]'),  # its own closer, or a straight mark in mixed-up copy
    "«": re.compile("»"),
    "„": re.compile("“"),
    '"': re.compile('["”]'),
}


def _find_double(text: str, para: Span) -> tuple[list[RawQuote], int | None]:
    """Quotes with double marks in one paragraph, and where an unclosed one opens.

    Only the marks are visited (one pattern search to the next), not every character.
    """
    found: list[RawQuote] = []
    i = para.start
    while i < para.end:
        mark = _DOUBLE_OPEN.search(text, i, para.end)
        if mark is None:
            break
        i = mark.start()
        char = text[i]
        if (
            char == "'"
            and text.startswith(TWO_APOSTROPHES, i)
            and (i == para.start or not text[i - 1].isalnum())
        ):
            # archives that write a double mark as two apostrophes: ''We will win,'' he said.
            j = text.find(TWO_APOSTROPHES, i + 2, para.end)
            if j < 0:
                return found, i
            found.append(RawQuote(Span(i + 2, j), Span(i, j + 2)))
            i = j + 2
            continue
        if char in OPENERS and (char != '"' or i == para.start or not text[i - 1].isalnum()):
            closing = _DOUBLE_CLOSE[char].search(text, i + 1, para.end)
            if closing is None:
                return found, i
            j = closing.start()
            found.append(RawQuote(Span(i + 1, j), Span(i, j + 1)))
            i = j + 1
            continue
        i += 1
    return found, None


SINGLE_OPEN = re.compile(r"[‘']")


def _find_single(text: str, para: Span, taken: list[Span]) -> list[RawQuote]:
    """Top-level quotes in single marks (‘…’ or '…'), outside every double-mark quote.

    A closing mark is looked for within :data:`MAX_QUOTE` characters of the opening one.
    """
    found: list[RawQuote] = []
    spans = sorted(taken)
    k = 0
    i = para.start
    for opener in SINGLE_OPEN.finditer(text, para.start, para.end):
        i = opener.start()
        if found and i < found[-1].outer.end:
            continue
        while k < len(spans) and spans[k].end <= i:
            k += 1
        inside = k < len(spans) and spans[k].start <= i
        opens = (i == para.start or text[i - 1] in " (\t:—–-") and i + 1 < para.end
        if inside or not opens or not text[i + 1].isalpha():
            continue
        stop = min(para.end, i + MAX_QUOTE)
        candidates = [
            j
            for j in range(i + 1, stop)
            if text[j] in "’'" and not (j + 1 < para.end and text[j + 1].isalpha()) and text[j - 1] != " "
        ]
        if not candidates:
            continue
        punctuated = [j for j in candidates if text[j - 1] in ".,!?…;"]
        plain = [
            j for j in candidates if text[j - 1] not in "sS" or j + 1 >= para.end or text[j + 1] in " ,.;:!?)"
        ]
        j = (punctuated or plain or candidates)[0]
        found.append(RawQuote(Span(i + 1, j), Span(i, j + 1)))
    return found


#: A line that cites a paper, a source or a reference: the titles it quotes are no speech.
CITATION_LINE = re.compile(
    r"\s*(?:paper|papers|reference|references|citation|study|journal|doi|source|sources|bibliography)\s*:",
    re.I,
)


def find_quotes(text: str, paragraphs: list[Span]) -> list[RawQuote]:
    """Every quotation of four words or more (or shorter speech) in the paragraphs, in text order."""
    out: list[RawQuote] = []
    carry = carry_single = False
    for index, para in enumerate(paragraphs):
        if CITATION_LINE.match(text, para.start, para.end):
            carry = False
            continue  # "Paper: Tan M-L, et al. “Herbivore protection …”": a title cited, no words spoken
        doubles, open_at = _find_double(text, para)
        if carry and doubles and doubles[0].outer.start == para.start:
            doubles[0] = attrs.evolve(doubles[0], continued=True)
        if open_at is not None:
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if nxt is not None and (
                text[nxt.start] in OPENERS or text.startswith(TWO_APOSTROPHES, nxt.start)
            ):
                end = para.end
                width = 2 if text.startswith(TWO_APOSTROPHES, open_at) else 1
                doubles.append(
                    RawQuote(Span(open_at + width, end), Span(open_at, end), continues=True, continued=carry)
                )
                carry = True
            else:
                carry = False
        else:
            carry = False
        singles = _find_single(text, para, [q.outer for q in doubles])
        if carry_single and singles and singles[0].outer.start == para.start:
            singles[0] = attrs.evolve(singles[0], continued=True)
        runs_on = None if open_at is not None else _single_runs_on(text, paragraphs, index, doubles + singles)
        if runs_on is not None:
            singles.append(
                attrs.evolve(runs_on, continued=carry_single and runs_on.outer.start == para.start)
            )
        carry_single = runs_on is not None
        kept: RawQuote | None = None
        for quote in sorted(doubles + singles, key=lambda q: q.inner.start):
            if (
                _word_count(quote.inner.of(text)) >= MIN_WORDS
                or quote.continues
                or quote.continued
                or _short_speech(text, quote, para)
                or (kept is not None and _short_sequel(text, quote, kept))
            ):
                out.append(quote)
                kept = quote
    return out


def runs_into(last: RawQuote, draft: RawQuote) -> bool:
    """True when ``draft`` opens a paragraph that goes on with ``last``, a quotation the paragraph
    before left open: a statement over three paragraphs or more is one speaker's to its end."""
    return last.continues and draft.continued


def _single_runs_on(text: str, paragraphs: list[Span], index: int, found: list[RawQuote]) -> RawQuote | None:
    """A quotation in single marks that runs on into the next paragraph, as British papers write a
    statement over several paragraphs ("'Every winter the lane floods.\n\n'We are asked …'"):
    an opening mark at the paragraph's start or after a space, outside every quote found, with
    no closing mark after it in the paragraph, when the next paragraph opens with a single mark
    and a letter.  None otherwise."""
    para = paragraphs[index]
    nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
    if nxt is None or text[nxt.start] not in "‘'" or not text[nxt.start + 1 : nxt.start + 2].isalpha():
        return None
    last = max((q.outer.end for q in found), default=para.start)
    for opener in SINGLE_OPEN.finditer(text, last, para.end):
        i = opener.start()
        if (i > para.start and text[i - 1] not in " (") or not text[i + 1 : i + 2].isupper():
            continue
        closes = [j for j in range(i + 1, para.end) if text[j] in "’'" and not text[j + 1 : j + 2].isalpha()]
        if not closes:
            return RawQuote(Span(i + 1, para.end), Span(i, para.end), continues=True)
        return None
    return None


#: After a short quotation, the attribution that makes it speech: "“We will win,” he said.",
#: "“We will fight,” Sen. Harry Reid (D-Nev.) said.", "“It wasn't pretty,” Whitworth admitted" (any
#: finite cue verb: the quotation's own sentence, capital and closing comma already mark it as speech).
_SHORT_VERBS = {form for form in CUES if not form.endswith("ing")} | {"shouted"}
_NAME_WORDS = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
_SHORT_ATTRIBUTION = re.compile(
    r"\s*(?:(?:he|she|they|it"
    # "the governor", "the club's manager", "the governor, Tiff Macklem,"
    r"|the\s+(?:[\w’']+\s+){0,2}[\w’']+(?:,\s+" + _NAME_WORDS + r",)?"
    # "Jane Doe", "senior economist Jane Doe", "governor Tiff Macklem"
    r"|(?:[a-z][\w-]*\s+){0,3}" + _NAME_WORDS + r"(?:\s+" + PARTY_TAG + r")?)\s+)?"
    r"(?:" + word_alternation(_SHORT_VERBS) + r")\b"
)


#: The end of a sentence a few words after an attribution, with no comma before it.
_SENTENCE_END_AFTER = re.compile(r"[^,;:“”\"\n]{0,40}?[.!?]")


def _short_speech(text: str, quote: RawQuote, para: Span) -> bool:
    """True for a quotation of two or three words that is speech, not a scare quote: its own
    sentence, closed by a comma, "!" or "?" inside the marks, with a speech verb right after
    ("“We will win,” he said." / "“Never!” shouted the crowd"; not a title inside a sentence,
    as in 'His book, "Fire and Fury," Wolff said, sold well')."""
    inner = quote.inner.of(text).rstrip()
    if _word_count(inner) < 2 or not inner.endswith((",", "!", "?")) or not inner[:1].isupper():
        return False
    cue = _SHORT_ATTRIBUTION.match(text, quote.outer.end)
    if cue is None:
        return False
    k = quote.outer.start - 1  # what comes before the opening mark, past white space
    while k >= para.start and text[k] in " \t":
        k -= 1
    before = text[k] if k >= para.start else ""
    if before == "" or before in ".!?:;—–(" or (before in "”\"’'" and text[k - 1 : k] in (".", "!", "?")):
        return True
    # after an opening phrase ('Asked about the deal, "It's dead," Trump said.') the sentence
    # must end with the attribution, or the quote is a title inside it ('His book, "Fire
    # and Fury," Wolff said, sold a million copies')
    return before == "," and _SENTENCE_END_AFTER.match(text, cue.end()) is not None


#: Between a quotation and a short one that goes on with it: the attribution, one sentence with a
#: verb of speech and no other marks ("“…,” Burton told delegates on Friday. “Donald Trump.”").
_ATTRIBUTION_BETWEEN = re.compile(
    r"\s*[^“”\"\n]{0,120}?\b(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|insisted|warned|"
    r"replied|explained|continued)\b[^“”\".!?\n]{0,80}[.]\s+$"
)


def _short_sequel(text: str, quote: RawQuote, before: RawQuote) -> bool:
    """True for a short quotation that is a sentence of its own, right after the attribution of
    the quotation before it in the paragraph: "“We’ve got a common enemy,” Burton told state
    delegates. “Donald Trump.”" (the same speaker going on, no scare quote inside a sentence)."""
    inner = quote.inner.of(text).rstrip()
    if not inner[:1].isupper() or not inner.endswith((".", "!", "?")):
        return False
    if not before.inner.of(text).rstrip().endswith((",", "!", "?")):
        return False  # the quotation before is closed by its attribution: "“…,” he said."
    return _ATTRIBUTION_BETWEEN.fullmatch(text, before.outer.end, quote.outer.start) is not None
