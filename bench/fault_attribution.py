"""The attribution-removed injector of bench/faults.py: a quote's attribution ("…," she said)
taken out where nothing else in the document (a chain, a label, a signature, a name around the
quote) names its speaker.  The other kinds are in fault_injectors.py; the rules here are those of
its docstring's ``attribution`` entry.
"""

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fault_text import Fault, _Article

from factcheck.model import QuoteKind, Report, Span, Speaker

_TITLES = r"Rev|Del|Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|Col|St|Jr|Sr|Prof|Capt|Sgt|Atty"
_CUES = r"(?:said|says|added|explained|told\s+\w+|wrote|writes|continued|noted|argued|stated)"


def _paragraphs_around(text: str, start: int, end: int) -> tuple[int, int]:
    """From the start of the paragraph before ``text[start:end]``'s to the end of the one after
    (paragraphs are non-blank lines)."""
    lines = [m.span() for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    first = next(i for i, (_, e) in enumerate(lines) if e >= start)
    last = next((i for i, (_, e) in enumerate(lines) if e >= end), len(lines) - 1)
    return lines[max(0, first - 1)][0], lines[min(len(lines) - 1, last + 1)][1]


def _named_around(report: Report, quote: Span, cue_end: int, speaker: Speaker) -> bool:
    """True when the quote's paragraph (outside its attribution), the paragraph before or the
    paragraph after may name the speaker, as a reader reads them: by surname, by any mention the
    extractor resolved to them ("the former president"), by a quote of theirs (a run of quotation
    paragraphs is one speaker's), or by a personal pronoun the extractor resolved to nobody else
    ("But he focused his remarks on …": who "he" is, is not known here)."""
    text = report.document.text
    left, right = _paragraphs_around(text, quote.start, cue_end)
    around = text[left : quote.start] + " " + text[cue_end:right]
    if re.search(r"\b" + re.escape(speaker.surname) + r"\b", around):
        return True

    def near(span: Span) -> bool:
        return left <= span.start < quote.start or cue_end <= span.start < right

    if any(near(m) for m in speaker.mentions):
        return True
    if any(q.speaker == speaker.id and q.span != quote and near(q.span) for q in report.quotes):
        return True
    # a pronoun of the speaker's gender (either, when not known) in the paragraph before, or
    # opening the paragraph after ("He added …"), that the extractor gave nobody else
    others = {m.start for s in report.speakers if s.id != speaker.id for m in s.mentions}
    own = text.rfind("\n", 0, quote.start) + 1
    after = text.find("\n", cue_end)
    after = right if after < 0 else after
    pronoun = re.compile(
        {"m": r"\b[Hh]e\b", "f": r"\b[Ss]he\b"}.get(speaker.gender or "", r"\b(?:[Hh]e|[Ss]he)\b")
    )
    before = (m.start() for m in pronoun.finditer(text, left, own))
    opening = pronoun.match(text[after:right].lstrip())
    return any(at not in others for at in before) or opening is not None


def inject_attribution(article: _Article, rng: random.Random) -> list[Fault]:
    """A direct quote whose only attribution is removed, where nothing else names the speaker."""
    faults = []
    report, text = article.report, article.text
    for quote in report.quotes:
        if quote.kind is not QuoteKind.DIRECT or quote.mention is None or quote.speaker is None:
            continue
        speaker = report.speaker(quote.speaker)
        if speaker is None:
            continue
        name = quote.mention.of(text)
        surname = name.split()[-1] if name.split() else ""
        if len(surname) < 3 or not surname[0].isupper() or surname != speaker.surname:
            continue  # a name, not a pronoun or a description ("he said", "the senator said")
        rest = text[quote.span.end :]
        m = re.match(
            r"(?P<p>[,.!?]?)(?P<q>[”\"])(?P<attr>\s+(?:" + re.escape(name) + r"\s+" + _CUES + "|" + _CUES
            + r"\s+" + re.escape(name) + r")(?:,\s+[^.”\"]{0,80})?)(?<!\s[A-Z])\.(?=\s*(?:\n|$|[“\"A-Z]))",
            rest,
        )  # fmt: skip
        if not m or re.search(r"\b(?:" + _TITLES + r")$", m.group("attr")):
            # "said Rev." is a title, the name follows; the full stop of an initial ("John F.") ends
            # no sentence either (the lookbehind above)
            continue
        if _named_around(report, quote.span, quote.span.end + m.end(), speaker):
            continue
        start = quote.span.end
        if not m.group("p") and text[start - 1] in ",.!?":
            start -= 1  # the quote's own closing comma becomes its full stop
        punct = text[start] if text[start] in "!?" else "."
        new_text = text[:start] + punct + m.group("q") + text[quote.span.end + m.end() :]
        faults.append(
            Fault(
                "attribution",
                article.path,
                new_text,
                quote.span,
                quote.span,
                f"removed '{m.group('attr').strip()}'",
            )
        )
    return faults
