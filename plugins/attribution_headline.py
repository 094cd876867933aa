"""The ``attribution`` checker's headline checks: attributed claims, quoted words and figures.

Preconditions (docs/checkers/attribution.md):

* an attributed headline ("Speaker: claim", "Speaker says claim", "Claim, speaker says") is
  judged only when its speaker is a named speaker the body quotes at least once; a kicker
  ("Factbox:", "Exclusive:", "Analysis:") or a trailing source tag ("…: sources") is page
  layout, not an attribution, and gets no verdict;
* a headline without quote marks is the writer's paraphrase, whatever its form ("Speaker:
  claim", "Speaker says claim"): a paraphrase in the body supports a "says" headline (``pass``)
  and a colon headline (``info``: the body never quotes the speaker saying it, which a reader
  may like to know, but news headlines paraphrase by convention, and every such warning judged
  on polnear/train was false);
* "not supported" is ``warn``, never ``fail``, and only for a claim of four content words or
  more: a shorter one ("Sanders says he's riding momentum") cannot be matched by its words;
* a headline that puts words in quote marks is judged by those words alone, as below; the rest
  of it is the writer's frame;
* words a headline puts in quote marks are matched without their closing punctuation, and
  without a short word a headline drops between two of them ("work horse, not show horse" is the
  body's "work horse, not a show horse"), a straight and a curly apostrophe alike; one to three
  words are a scare quote or a title, judged only when the body has them; words the body gives
  only outside quote marks are ``info`` (the writer's own words, as in a column whose author the
  headline names); words the body never gives are ``warn``; a joining conjunction that opens
  them ("…, 'but we will not leave anyone alone'") is the headline's, and they are matched again
  without it (:mod:`.attribution_headline_joins`);
* headline figures are judged in :mod:`.attribution_headline_figures`;
* "claims" followed by a verb of its own ("Gustav claims top 378,000") is the noun, and the
  headline attributes nothing (:mod:`.attribution_headline_nouns`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import attrs

from factcheck.model import Quote, QuoteKind, Report, Span, Speaker, SpeakerKind, Status, Verdict

from .attribution_context import Context, short
from .attribution_headline_joins import without_join
from .attribution_headline_nouns import noun_claims
from .attribution_rules import SUPPORT_COVERAGE, content_words, coverage
from .attribution_text import PERSON_NOUNS, acronym_key, initials

__all__ = ["HeadlineClaim", "headline_claims", "headline_verdicts"]

#: Words that open a headline as page layout, not as a speaker ("Factbox: ...", "Exclusive: ...").
KICKER = re.compile(
    r"^\s*(?:factbox|exclusive|analysis|instant view|analyst view|q\s*&\s*a|timeline|explainer|"
    r"update(?: \d+)?|breaking(?: news)?|watch|live|opinion|editorial|commentary|review|interview|"
    r"correction|fact ?check|"
    r"poll|video|photos?|graphic|chart|special report|the latest|latest|in pictures|wrap-?up|scenarios|"
    r"highlights|quotebox|column|exclusive interview|breakingviews|insight|news analysis)\s*:",
    re.I,
)
#: A trailing source tag: a few words after the headline's last colon ("...: sources", ": tweet").
SOURCE_TAG = re.compile(
    r":\s*(?:(?:u\.s\.|us|senior|top|two|several|some|white house|state|party|senate|house|gop|"
    r"democratic|republican|campaign|government|military|western|european|eu|un|u\.n\.)\s+){0,2}"
    r"(?:sources?|officials?|tweet|lawmakers?|aides?|diplomats?|report|reports|poll|survey|study|"
    r"spokes(?:man|woman|person)|documents?|filing|memo|witnesses|police|prosecutors?|analysts?|"
    r"experts?|economists?|media)\s*[.!?]?\s*$",
    re.I,
)

#: A headline claim with fewer content words than this cannot be found "unsupported" by its words.
MIN_CLAIM_WORDS = 4
#: A headline in the writer's words whose content words a body quote or sentence repeats at least
#: this far (but not :data:`SUPPORT_COVERAGE`) condenses what the body says in other words ("HSE
#: urges parents to check MMR status as measles cases rise to highest level in a decade" after "The
#: HSE has urged parents to make sure their children are fully vaccinated … the highest figure …
#: since 2014"): word overlap cannot judge such a paraphrase, so it is not judged (``unknown``).
CONDENSED_COVERAGE = 1 / 3

# ------------------------------------------------------------------ headlines


def _figures_in_body(report: Report, headline: Span) -> bool:
    """True when every figure of the headline has its value among the body's figures (or the
    headline has none): a condensed headline may reword, but a figure the body never gives is a
    claim of its own ("on track for 2.6C" over a body of "1.4C and 1.8C")."""
    body = {f.value for f in report.figures if not headline.contains(f.span)}
    return all(f.value in body for f in report.figures if headline.contains(f.span))


def _same_voice(report: Report, speaker: Speaker, other: Speaker | None) -> bool:
    """True when ``other`` is ``speaker`` or speaks for it (its role names the body)."""
    if other is None:
        return False
    if other.id == speaker.id:
        return True
    if speaker.kind is not SpeakerKind.ORGANISATION:
        return False
    if other.kind is SpeakerKind.ORGANISATION and _one_body(speaker.name, other.name):
        return True
    names = {speaker.name.lower(), acronym_key(speaker.name).lower(), initials(speaker.name).lower()}
    names.discard("")
    for text in (*other.roles, other.organisation or ""):
        words = set(re.findall(r"[\w.’'-]+", text.lower()))
        if speaker.name.lower() in text.lower() or names & {acronym_key(w).lower() for w in words}:
            return True
    return False


def _one_body(first: str, second: str) -> bool:
    """True when two organisation names are one body: one holds the other, or one is the other's initials
    ("IMF" / "The International Monetary Fund Wednesday")."""
    a, b = first.lower(), second.lower()
    if a in b or b in a:
        return True
    for brief, full in ((first, second), (second, first)):
        key, spelled = acronym_key(brief), initials(full)
        acronym = " " not in brief.strip() and " " in full.strip() and len(key) >= 2
        if acronym and (key == spelled or (len(key) >= 3 and spelled.startswith(key))):
            return True
    return False


@attrs.frozen
class _Support:
    quote: Quote
    score: float
    shared: tuple[str, ...]


def _best_support(ctx: Context, claim: Span, quotes: Sequence[Quote]) -> _Support | None:
    headline = ctx.words(claim)
    best: _Support | None = None
    for quote in quotes:
        score, shared = coverage(headline, ctx.words(quote.span))
        if len(shared) < min(2, len(set(content_words(headline)))):
            continue
        if best is None or score > best.score:
            best = _Support(quote, score, tuple(shared))
    return best


#: A direct quote supports a headline only when it comes within this much of the best paraphrase's
#: coverage: a quote repeating half the words while the paraphrase repeats them all does not say it.
QUOTE_MARGIN = 0.2

HEADLINE_CUE = re.compile(
    r"\b(?:says|say|said|warns|warned|claims|claimed|tells|told|urges|insists|admits|denies|announces)\b",
    re.I,
)
DETERMINERS = frozenset("the a an this that".split())


@attrs.frozen
class HeadlineClaim:
    """A claim a headline attributes: its words, its speaker, and the extractor's claim id (if any)."""

    span: Span
    speaker: Speaker
    claim: str | None


def _speaker_named(ctx: Context, phrase: str) -> Speaker | None:
    """The speaker a headline's subject names: by name, surname, acronym, or a role's head noun."""
    tokens = [t for t in re.findall(r"[\w’'.-]+", phrase.lower()) if t not in DETERMINERS]
    if not tokens:
        return None
    for speaker in ctx.report.speakers:
        if speaker.kind is SpeakerKind.ANONYMOUS:
            continue
        names = {speaker.name.lower(), speaker.surname.lower(), acronym_key(speaker.name).lower()}
        if " ".join(tokens) in names or tokens[-1] in names or phrase.lower().strip() in names:
            return speaker
        heads = {ctx.words(m).lower().split()[-1] for m in speaker.mentions if ctx.words(m)}
        heads |= {role.lower().split()[-1] for role in speaker.roles if role.strip()}
        if tokens[-1] in heads and tokens[-1] in PERSON_NOUNS and len(tokens) <= 3:
            return speaker
    return None


def headline_claims(ctx: Context) -> list[HeadlineClaim]:
    """Claims the headline attributes: the extractor's "Speaker: claim" claims, else a
    "Claim, speaker says" or "Speaker says claim" headline whose speaker the body names."""
    report = ctx.report
    title = ctx.title
    if title is None:
        return []
    text = report.document.text
    found = [
        HeadlineClaim(c.span, speaker, c.id)
        for c in report.claims
        if ctx.in_title(c.span) and (speaker := report.speaker(c.speaker)) is not None
    ]
    # "Gustav claims top 378,000": the noun "claims" and its verb, no speaker's claim
    found = [h for h in found if not noun_claims(text, h.span.start)]
    if found:
        return found
    words = title.of(text)
    for cue in HEADLINE_CUE.finditer(words):
        if noun_claims(text, title.start + cue.end()):
            continue
        before, after = words[: cue.start()], words[cue.end() :]
        if "," in before and not after.strip(" .!?"):  # "Claim, diplomat says"
            comma = before.rindex(",")
            subject, claim = before[comma + 1 :], Span(title.start, title.start + comma)
        elif after.strip() and "," not in before:  # "UNHCR says refugee numbers highest"
            offset = cue.end() + len(after) - len(after.lstrip())
            subject, claim = before, Span(title.start + offset, title.end)
        else:
            continue
        speaker = _speaker_named(ctx, subject)
        if speaker is not None and len(claim) > 0:
            holder = next((c.id for c in report.claims if c.span.overlaps(claim)), None)
            return [HeadlineClaim(claim, speaker, holder)]
    return []


def _layout_only(ctx: Context, headline: HeadlineClaim) -> bool:
    """True when the headline's "attribution" is page layout: a kicker or a trailing source tag."""
    title = ctx.words(ctx.title) if ctx.title is not None else ""
    return (
        bool(KICKER.match(title)) and not _names_speaker(title.split(":", 1)[0], headline.speaker)
    ) or bool(SOURCE_TAG.search(title))


def _names_speaker(words: str, speaker: Speaker) -> bool:
    """True when ``words`` hold the speaker's name or surname."""
    lowered = words.lower()
    return speaker.kind is not SpeakerKind.ANONYMOUS and (
        speaker.name.lower() in lowered or (len(speaker.surname) > 2 and speaker.surname.lower() in lowered)
    )


def _says_form(ctx: Context) -> bool:
    """True for a "Speaker says claim" / "Claim, speaker says" headline (a paraphrase by its form)."""
    return ctx.title is not None and HEADLINE_CUE.search(ctx.words(ctx.title)) is not None


def _quoted_words_quoted(ctx: Context, body_quotes: Sequence[Quote]) -> bool:
    """True when the headline puts words in quote marks and the body quotes every one of them:
    the headline's quotation is the speaker's, its frame the writer's paraphrase."""
    found = list(_headline_quoted_words(ctx, body_quotes))
    return bool(found) and all(v.status is Status.PASS for v in found)


def _in(outer: Span | None, span: Span) -> bool:
    """True when ``span`` lies inside ``outer``."""
    return outer is not None and outer.contains(span)


#: A number written in digits, read without its thousands commas ("2.9C" -> "2.9", "1,200" -> "1200").
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")


def _numbers(words: str) -> set[str]:
    """The numbers written in digits in ``words``, without thousands commas."""
    return {m.group(0).replace(",", "") for m in _NUMBER.finditer(words)}


def _body_sentence_support(ctx: Context, claim: Span) -> float:
    """The best share of the headline claim's content words one body paragraph repeats, a number
    in digits counting as one of its words: a headline paraphrases its lead in other words ("on
    track" / "on course", "pledges" / "promises"), but keeps its figures ("2.9C")."""
    text = ctx.report.document.text
    title = ctx.title
    body_start = title.end if title is not None else 0
    headline = ctx.words(claim)
    numbers = _numbers(headline)
    total = len(dict.fromkeys(content_words(headline))) + len(numbers)
    if not total:
        return 0.0
    best = 0.0
    for line in text[body_start:].split("\n"):
        if line.strip():
            shared = len(coverage(headline, line)[1]) + len(numbers & _numbers(line))
            best = max(best, shared / total)
    return best


def headline_verdicts(ctx: Context) -> Iterator[Verdict]:
    """Judge each headline claim attributed to a speaker, and the headline's own quoted words."""
    report = ctx.report
    if ctx.headline is None:
        return
    # the speaker's own words include those quoted inside reported speech (Report.quoted)
    said = [q for q in report.quotes if q.kind is QuoteKind.INDIRECT]
    body_quotes = [q for q in (*report.quoted(), *said) if not ctx.in_title(q.span)]
    for headline in headline_claims(ctx):
        if _layout_only(ctx, headline):
            continue  # "Factbox: …", "…: sources": layout, not a speaker
        claim = headline.claim
        speaker = headline.speaker
        words = ctx.words(headline.span)
        own = [q for q in body_quotes if _same_voice(report, speaker, report.speaker(q.speaker))]
        data: dict[str, object] = {"check": "headline", "speaker": speaker.id, "threshold": SUPPORT_COVERAGE}
        if not own:
            yield Verdict(
                Status.UNKNOWN,
                f"headline attributes words to {speaker.name}, whom the body never quotes by name",
                claim=claim,
                details=(
                    f"The headline gives '{words}' to {speaker.name}, but no quote in the body was found to "
                    "be theirs, so what they said cannot be compared."
                ),
                evidence=[headline.span],
                data={**data, "support": None, "reason": "speaker not quoted in the body"},
            )
            continue
        quoted_inside = HEADLINE_QUOTE.search(report.document.text, headline.span.start, headline.span.end)
        direct = _best_support(ctx, headline.span, [q for q in own if q.kind is not QuoteKind.INDIRECT])
        indirect = _best_support(ctx, headline.span, [q for q in own if q.kind is QuoteKind.INDIRECT])
        label = ctx.speaker_label(speaker)
        paraphrase_score = indirect.score if indirect is not None else 0.0
        says = _says_form(ctx)
        if (
            direct is not None
            and direct.score >= SUPPORT_COVERAGE
            and (says or direct.score >= paraphrase_score - QUOTE_MARGIN)
        ):
            yield Verdict(
                Status.PASS,
                f"headline supported by a quote: {speaker.name} is quoted saying it",
                claim=claim,
                details=(
                    f"The headline gives '{words}' to {label}; the direct quote "
                    f"'{short(ctx.words(direct.quote.span), 120)}' repeats {direct.score:.0%} of its "
                    f"content words ({', '.join(direct.shared)})."
                ),
                evidence=[headline.span, direct.quote.span],
                data={
                    **data,
                    "support": "quote",
                    "quote": direct.quote.id,
                    "coverage": round(direct.score, 2),
                },
            )
            continue
        if indirect is not None and indirect.score >= SUPPORT_COVERAGE:
            if says or _quoted_words_quoted(ctx, body_quotes):
                yield Verdict(
                    Status.PASS,
                    f"headline supported by what {speaker.name} is reported to have said",
                    claim=claim,
                    details=(
                        f"The headline reports '{words}' as {label}'s words in paraphrase (a 'says' "
                        "headline, or quote marks only around words the body quotes); "
                        f"the body reports it too: '{short(ctx.words(indirect.quote.span), 120)}'."
                    ),
                    evidence=[headline.span, indirect.quote.span],
                    data={
                        **data,
                        "support": "paraphrase",
                        "quote": indirect.quote.id,
                        "coverage": round(indirect.score, 2),
                    },
                )
                continue
            if quoted_inside:
                continue  # its quoted words are judged on their own below; the rest is the writer's frame
            near = (
                f" The closest direct quote of {speaker.name} repeats only {direct.score:.0%} "
                f"('{short(ctx.words(direct.quote.span), 80)}')."
                if direct is not None
                else f" The body quotes {speaker.name} directly nowhere on this."
            )
            yield Verdict(
                Status.INFO,
                f"headline supported only by paraphrase: {speaker.name} is not quoted saying it",
                claim=claim,
                details=(
                    f"The headline '{ctx.words(headline.span)}' puts '{words}' in quote-like form as "
                    f"the words of {label}; the body has it only as the writer's paraphrase "
                    f"'{short(ctx.words(indirect.quote.span), 160)}' ({indirect.score:.0%} of the "
                    f"headline's content words: {', '.join(indirect.shared)})." + near
                ),
                evidence=[headline.span, indirect.quote.span] + ([direct.quote.span] if direct else []),
                data={
                    **data,
                    "support": "paraphrase",
                    "quote": indirect.quote.id,
                    "coverage": round(indirect.score, 2),
                    "best_direct": direct.quote.id if direct else None,
                    "best_direct_coverage": round(direct.score, 2) if direct else 0.0,
                },
            )
            continue
        elsewhere = _body_sentence_support(ctx, headline.span)
        if elsewhere >= SUPPORT_COVERAGE:
            yield Verdict(
                Status.UNKNOWN,
                f"headline's words for {speaker.name} are in the body, but not found as theirs",
                claim=claim,
                details=(
                    f"The body repeats {elsewhere:.0%} of the content words of '{words}', but no "
                    f"statement this tool attributes to {label} does; whose words they are is unknown."
                ),
                evidence=[headline.span],
                data={
                    **data,
                    "support": None,
                    "coverage": round(elsewhere, 2),
                    "reason": "speaker not established",
                },
            )
            continue
        if quoted_inside:
            continue  # its quoted words are judged on their own below; the rest is the writer's frame
        if len(content_words(words)) < MIN_CLAIM_WORDS:
            yield Verdict(
                Status.UNKNOWN,
                f"headline's claim for {speaker.name} is too short to match by its words",
                claim=claim,
                details=(
                    f"The headline gives '{words}' to {label}; with fewer than {MIN_CLAIM_WORDS} content "
                    "words, a paraphrase in the body need not share any of them, so support is not judged."
                ),
                evidence=[headline.span],
                data={**data, "support": None, "coverage": round(elsewhere, 2), "reason": "claim too short"},
            )
            continue
        best = max((s for s in (direct, indirect) if s is not None), key=lambda s: s.score, default=None)
        closest = max(elsewhere, best.score if best else 0.0)
        if closest >= CONDENSED_COVERAGE and _figures_in_body(report, headline.span):
            yield Verdict(
                Status.UNKNOWN,
                f"headline condenses the body in other words: not judged for {speaker.name}",
                claim=claim,
                details=(
                    f"The headline gives '{words}' to {label}; the body repeats {closest:.0%} of its content "
                    f"words, less than the {SUPPORT_COVERAGE:.0%} that shows support but enough to show it "
                    "tells the same matter: whether the headline's other words are a fair paraphrase "
                    "cannot be judged by shared words."
                ),
                evidence=[headline.span] + ([best.quote.span] if best else []),
                data={**data, "support": None, "coverage": round(closest, 2), "reason": "condensed"},
            )
            continue
        yield Verdict(
            Status.WARN,
            f"headline not supported: nothing in the body says '{short(words, 60)}'",
            claim=claim,
            details=(
                f"The headline attributes '{words}' to {label}, whom the body quotes, but no "
                f"paragraph of the body repeats {SUPPORT_COVERAGE:.0%} of its content words"
                + (
                    f" (closest of theirs: {best.score:.0%}, '{short(ctx.words(best.quote.span), 100)}')."
                    if best
                    else "."
                )
            ),
            evidence=[headline.span] + ([best.quote.span] if best else []),
            data={**data, "support": None, "coverage": round(elsewhere, 2)},
        )
    yield from _headline_quoted_words(ctx, [q for q in report.quotes if not _in(ctx.headline, q.span)])


HEADLINE_QUOTE = re.compile(
    r"(?<![\w’'])(?:''|['‘\"“])((?:[^'‘’\"“”]|(?<=\w)['’](?=\w)){2,80}?)(?:''|['’\"”])(?![\w’'])"
)
#: Between two quoted words, the body may have one short word the headline dropped: an article
#: ("work horse, not show horse") or a filler ("I'm like the worst thing").
_GAP = r"(?:[^\w'-]+[\w'-]{1,6})?[^\w'-]+"
"""What may stand between two quoted words in the body, read in the text with each curly apostrophe
made straight (:func:`_straight`): a character class naming a character past U+00FF takes about
a millisecond to compile, and a headline's pattern holds three a gap."""


def _token_pattern(token: str) -> str:
    """A quoted word as a pattern of the text with its apostrophes made straight (:func:`_straight`),
    in which a straight and a curly apostrophe are thus one mark."""
    return "".join("'" if char in "'’" else re.escape(char) for char in token)


def _straight(text: str) -> str:
    """``text`` with each curly apostrophe (’) a straight one: the same length, so a match in it is
    at the same place in ``text``; neither mark is a word character nor has a case."""
    return text.replace("’", "'")


#: Headline quoted words of at most this many words are a scare quote, a nickname or a title:
#: judged only when the body has them.
SCARE_WORDS = 3
OPENING = "“‘«„"
CLOSING = "”’»"


def _inside_quote_marks(text: str, at: int) -> bool:
    """True when position ``at`` lies inside quote marks in its paragraph (curly marks by their
    direction, straight double marks and two apostrophes by their parity)."""
    left = text.rfind("\n", 0, at) + 1
    before = text[left:at]
    curly = 0
    for char in before:
        if char in "“«„":
            curly = 1
        elif char in "”»":
            curly = 0
    straight = before.count('"') + before.count("''")
    return curly == 1 or straight % 2 == 1


def _found_in_body(
    ctx: Context, tokens: list[str], body_quotes: Sequence[Quote], straight: str, headline_line: str
) -> tuple[Span | None, Span | None]:
    """Where the body gives the quoted ``tokens``: the first place inside quote marks (a direct or
    partial quote, or marks in its paragraph), and the first place outside them (the writer's)."""
    title = ctx.headline
    assert title is not None
    text = ctx.report.document.text
    pattern = re.compile(_GAP.join(_token_pattern(t) for t in tokens), re.I)
    plain: Span | None = None
    for found in pattern.finditer(straight, title.end):
        where = Span(found.start(), found.end())
        line_start = text.rfind("\n", 0, where.start) + 1
        line_end = text.find("\n", where.end)
        if " ".join(text[line_start : line_end if line_end >= 0 else len(text)].split()) == headline_line:
            continue  # the headline repeated as a line of page furniture
        inside = any(
            q.span.contains(where) and q.kind is not QuoteKind.INDIRECT for q in body_quotes
        ) or _inside_quote_marks(text, where.start)
        if inside:
            return where, plain
        plain = plain or where
    return None, plain


def _headline_quoted_words(ctx: Context, body_quotes: Sequence[Quote]) -> Iterator[Verdict]:
    """Words a headline puts in quote marks should be quoted in the body (closing punctuation aside)."""
    title = ctx.headline
    if title is None:
        return
    text = ctx.report.document.text
    headline_line = ctx.words(title)
    straight = _straight(text)
    for match in HEADLINE_QUOTE.finditer(text, title.start, title.end):
        raw = match.group(1)
        words = raw.strip().strip(".,;:!?…").strip()
        if not re.search(r"[A-Za-z]{2}", words):
            continue
        offset = match.start(1) + raw.index(words)
        span = Span(offset, offset + len(words))
        tokens = re.findall(r"[\w’'-]+", words)
        quoted, plain = _found_in_body(ctx, tokens, body_quotes, straight, headline_line)
        unjoined = without_join(tokens, SCARE_WORDS) if quoted is None else None
        if unjoined is not None:  # "…, 'but we will not leave anyone alone'": the join is the headline's
            quoted, plain_rest = _found_in_body(ctx, unjoined, body_quotes, straight, headline_line)
            plain = plain or plain_rest
        data = {"check": "headline", "quoted_words": words}
        if quoted is not None:
            yield Verdict(
                Status.PASS,
                f"headline's quoted words '{words}' are quoted in the body",
                details=f"The headline puts '{words}' in quote marks; the body quotes the same words"
                + (f" (all but the opening '{tokens[0]}', the headline's join)." if unjoined else "."),
                evidence=[span, quoted],
                data={**data, "support": "quote"},
            )
        elif len(tokens) <= SCARE_WORDS:
            continue  # a scare quote, a nickname or a title: the body need not quote it
        elif plain is not None:
            yield Verdict(
                Status.INFO,
                f"headline quotes '{words}', but the body has those words only outside quote marks",
                details=f"The headline puts '{words}' in quote marks; in the body they are the writer's.",
                evidence=[span, plain],
                data={**data, "support": "paraphrase"},
            )
        else:
            yield Verdict(
                Status.WARN,
                f"headline quotes '{words}', words the body never gives",
                details=(
                    f"The headline puts '{words}' in quote marks; the body does not contain them, "
                    "in quote marks or out."
                ),
                evidence=[span],
                data={**data, "support": None},
            )
