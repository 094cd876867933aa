"""The ``attribution`` checker's speaker checks: who said each quote, one identity per person,
and the writer's bracketed insertions.

Preconditions (docs/checkers/attribution.md):

* a quote with a named speaker gives one ``pass`` per speaker; an anonymous source ``info``;
* a quote whose speaker the extractor could not find is **not** a quote attributed to nobody:
  ``warn`` only when nothing in the document could name its speaker (no words beside it in
  its paragraph, no label or signature, no introducing or speech-reporting paragraph before
  it, no speech cue opening the paragraph after it) **and** it is clearly speech presented
  as fact (a direct quote of at least :data:`SPEECH_WORDS` words that ends a sentence);
  otherwise ``unknown`` with the reason;
* a pronoun or description the extractor could not resolve is ``unknown``: the article
  usually names the person somewhere the extractor did not connect;
* a quote whose speaker is in doubt (``Quote.doubt``: a second reading of the text disagrees
  with the rules', see :mod:`factcheck.speaker_doubt`) is ``unknown`` with the doubt as the
  reason, and counts for no speaker's ``pass`` (the checker hands this check a report where
  the doubtful quote has no speaker).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from factcheck.model import Quote, QuoteKind, Span, SpeakerKind, Status, Verdict

from .attribution_context import Context, short
from .attribution_interview import headline_voice
from .attribution_rules import STOPWORDS
from .attribution_spoken_of import speaks_of_by_pronoun
from .attribution_text import PERSON_NOUNS, SAID, SPEECH_CUE, paragraph_around

__all__ = ["nobody_could_name", "speaker_verdicts"]

# ------------------------------------------------------------------ every quote has a named speaker

#: A partial quote of at most this many words with no cue and no speaker is a scare quote or a
#: name ("cause for concern", "national public health emergency"), not attributed speech.
SCARE_QUOTE_WORDS = 4


def _scare_quote(ctx: Context, quote: Quote) -> bool:
    """True for a short partial quote with no attribution at all: a scare quote or a name, not speech."""
    return (
        quote.kind is QuoteKind.PARTIAL
        and quote.speaker is None
        and quote.mention is None
        and len(ctx.words(quote.span).split()) <= SCARE_QUOTE_WORDS
    )


#: A quote presented as speech has at least this many words (shorter: a title, a slogan, a scare quote).
SPEECH_WORDS = 6
#: ... or at least this many when it is a whole paragraph of its own, opening with a capital and
#: ending a sentence inside its marks ("“Something had to be done.”"): a title or a slogan is not
#: set as a paragraph with a full stop, so such a paragraph is speech presented as fact.
ALONE_WORDS = 4
QUOTE_MARKS = "\"“”„«»‘’'"
#: A transcript label at a quote's start ("PENCE:", "MR. SMITH:", "Q:").
LABEL = re.compile(r"^\s*[\"“]?\s*(?:[A-Z][A-Z.’'\-]+(?:\s+[A-Z][A-Z.’'\-]+){0,3}|Q|A)\s*:")
WORD = re.compile(r"[^\W\d_]{2,}")
#: A signature on the line below a quote: a dash, a name, and an age or place after commas ("— Amélie
#: D., 34, Montreal", "― Dana Ruiz, Ohio"), the whole line and nothing else.
SIGNED = re.compile(
    r"\s*(?:―|—|–|--|-)[ \t]*[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}(?:[ \t]*,[ \t]*[\w’'. -]{1,30}){0,3}"
    r"[ \t.]*$"
)
#: A paragraph after a quote that names its speaker by referring back to it: "He added, …",
#: "Smith said later …", "The senator's remarks came …".
REFERS_BACK = re.compile(
    r"^\s*(?:(?:he|she|they|[A-Z][\w’'.-]+)\s+(?:also\s+|later\s+)?(?:said|added|continued|went on)\b"
    r"|.{0,40}?\b(?:remarks|comments|(?<!other )words)\b)",  # "In other words, …" is an idiom
    re.I,
)


def _outside(text: str, start: int, end: int, quotes: list[Span], reach: list[int] | None = None) -> str:
    """The words of ``text[start:end]`` outside the given quote spans.

    With ``reach`` (the running maximum of the ends of ``quotes``, which are then sorted) only the
    quotes that can overlap the range are read: the cost does not grow with the article.
    """
    if reach is None:
        quotes = sorted(quotes)
        low, high = 0, len(quotes)
    else:
        low = bisect.bisect_right(reach, start)  # every quote before ends by ``start``
        high = bisect.bisect_left(quotes, end, key=lambda s: s.start)  # every one after starts at ``end``
    parts, at = [], start
    for span in quotes[low:high]:
        if span.end <= start or span.start >= end:
            continue
        parts.append(text[at : max(at, span.start)])
        at = max(at, span.end)
    parts.append(text[at:end])
    return " ".join(parts)


def _previous_paragraph(text: str, start: int) -> tuple[int, int] | None:
    """The nearest non-blank line before ``start`` (None at the top)."""
    end = text.rfind("\n", 0, start)
    while end > 0:
        left = text.rfind("\n", 0, end) + 1
        if text[left:end].strip():
            return left, end
        end = left - 1
    return None


def _next_paragraph(text: str, end: int) -> tuple[int, int] | None:
    """The nearest non-blank line after ``end`` (None at the bottom)."""
    start = text.find("\n", end)
    while 0 <= start < len(text):
        right = text.find("\n", start + 1)
        right = len(text) if right < 0 else right
        if text[start + 1 : right].strip():
            return start + 1, right
        start = right if right < len(text) else -1
    return None


#: A personal pronoun as a subject ("He then asked …"); a possessive ("His presence on the ballot
#: …", "their first year") opens a noun phrase about a thing, not a person as the subject.
PERSONAL = re.compile(r"\b(?:he|she|they)\b", re.I)
#: Day and month names: capitalised, never lower case, and no person ("Tuesday's outcome …").
CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split()
)


#: A line of fewer words than this ("Pause.", "@potus.") is layout between a quote and what names it.
LAYOUT_WORDS = 3
#: A capitalised word opening a paragraph before a lower-case word: a name as the subject.
NAME_SUBJECT = re.compile(r"\s*([A-Z][a-z][\w-]*)(?:[’']s?)?\s+[a-z]")
#: Capitalised words that open sentences without being names.
OPENERS = frozenset(
    """in on at after while still meanwhile yet however but and so then now today yesterday last
    this that these those there here it its many most some several few both each every even
    although though because since when where if as for with without from by among despite
    outside inside beyond across during under over about against before behind between through
    throughout toward towards until within along around amid like unlike upon into onto""".split()
)
#: Capitalised words that open a paragraph as its subject and name nobody.
NOBODY = frozenset(
    "nobody everybody everyone someone somebody anyone anybody none nothing everything".split()
)
#: A paragraph is about the person it names within this many characters of its start (its subject).
SUBJECT_REACH = 40


def _names_a_person(ctx: Context, span: Span) -> bool:
    """True when ``span`` opens with a person as its subject: an entity or speaker of kind person, or
    a personal pronoun, within :data:`SUBJECT_REACH` characters of its start."""
    text = ctx.report.document.text
    reach = min(span.end, span.start + SUBJECT_REACH)
    word_end = re.match(r"\w*", text[reach : span.end])
    opening = Span(span.start, reach + (word_end.end() if word_end else 0))  # whole words: "here" is no "her"
    if PERSONAL.search(text[opening.start : opening.end]):
        return True
    surnames, mentions = ctx.people()
    first = NAME_SUBJECT.match(text, span.start, span.end)
    if first is not None:
        word = first.group(1)
        if word in surnames:
            return True  # "Viguerie is upbeat …": the surname of a person the article names
        if (
            word.lower() not in STOPWORDS | OPENERS | NOBODY | CALENDAR
            and not word.endswith("s")
            and word.lower() not in ctx.lower_case_words()
            and not _a_place(text, word)
        ):
            # "Ruiz is upbeat …": a name as the subject ("Readers were …" is a group, and a word the
            # text also writes in lower case, "Outside the capital …", "National water policy …", no name)
            return True
    at = bisect.bisect_left(mentions, opening.start)  # a mention starting in the opening
    if not (at < len(mentions) and mentions[at] < opening.end):
        return False
    return any(_speaker_words(m.of(text)) for m in _person_mentions(ctx, opening))


def _person_mentions(ctx: Context, span: Span) -> list[Span]:
    """The mentions of people the report knows that start inside ``span``."""
    return [
        m
        for person in (*ctx.report.entities, *ctx.report.speakers)
        if person.kind is SpeakerKind.PERSON
        for m in person.mentions
        if span.start <= m.start < span.end
    ]


#: Determiners opening a descriptor ("the senator", "The Democratic debate in New Hampshire").
DETERMINERS = frozenset("the a an this that these those".split())
#: Nouns for a body that speaks: a descriptor headed by one names a speaker ("The Clinton campaign").
BODY_NOUNS = frozenset(
    """campaign committee party administration government group company agency department office
    court council board union commission team ministry association organization organisation
    foundation firm bank police army staff coalition network newspaper paper magazine station senate
    house congress legislature panel club family couple""".split()
)


def _speaker_words(words: str) -> bool:
    """True when a mention's words can name a speaker: a name, a pronoun, or a descriptor (opening
    with a determiner) that holds a noun for a person or for a body ("the senator", "The Clinton
    campaign"); "The Democratic debate in New Hampshire" names an event, not a speaker."""
    tokens = [t.lower() for t in WORD.findall(words)]
    if not tokens or tokens[0] not in DETERMINERS:
        return True
    return any(t in PERSON_NOUNS or t.rstrip("s") in PERSON_NOUNS or t in BODY_NOUNS for t in tokens)


def _a_place(text: str, word: str) -> bool:
    """True when the text writes ``word`` right after "in", "at" or "from" as a word of its own
    ("in Philadelphia"): a place, no person ("Philadelphia will mark …" opens with no speaker). Only
    asked of a capitalised word that names no person the report knows."""
    return re.search(rf"\b(?:in|at|from)\s+{re.escape(word)}\b(?![’'\-])", text) is not None


def _opener_names(ctx: Context, span: Span) -> frozenset[str]:
    """The words of the name of the person ``span`` opens with (:func:`_names_a_person`): the
    capitalised subject word, and every word of the name of a person mentioned in its opening
    (empty when it opens with a pronoun only)."""
    text = ctx.report.document.text
    names = set()
    first = NAME_SUBJECT.match(text, span.start, span.end)
    if first is not None and first.group(1).lower() not in STOPWORDS | OPENERS:
        names.add(first.group(1))
    reach = min(span.end, span.start + SUBJECT_REACH)
    # the first person mentioned is the subject ("Trump attacked Cruz …" opens with Trump)
    opening = sorted(
        (m.start, person.name)
        for person in (*ctx.report.entities, *ctx.report.speakers)
        if person.kind is SpeakerKind.PERSON
        for m in person.mentions
        if span.start <= m.start < reach
    )
    if opening:
        names.update(w for w in opening[0][1].split() if len(w) >= 3 and w[0].isupper())
    return frozenset(names)


def _speaks_of(ctx: Context, quote: Quote, before: Span) -> bool:
    """True when the quote names the person the paragraph before opens with ("Grayson lost …" /
    "“… Grayson has lost support …”"), or says "he" or "she" of them (:func:`speaks_of_by_pronoun`):
    it speaks of them, so it is not theirs to a reader."""
    names = _opener_names(ctx, before)
    if names and any(w in names for w in WORD.findall(ctx.words(quote.span))):
        return True
    return speaks_of_by_pronoun(ctx, quote, before, names)  # "“… he has lost support …”"


def _mentions_a_person(ctx: Context, span: Span) -> bool:
    """True when a person the article knows is mentioned anywhere in ``span``, by a mention the
    extractor found or by surname."""
    surnames, mentions = ctx.people()
    at = bisect.bisect_left(mentions, span.start)
    if at < len(mentions) and mentions[at] < span.end:
        return True
    return any(word in surnames for word in WORD.findall(span.of(ctx.report.document.text)))


def nobody_could_name(ctx: Context, quote: Quote) -> str | None:
    """Why a quote with no speaker found may still have one (None when nothing could name it).

    The quote must be direct, at least :data:`SPEECH_WORDS` words, ending a sentence, with no
    transcript label; its paragraph must hold no words outside quote marks; the paragraph
    before must not end with a colon, report speech, be a quotation itself or open with a person
    as its subject (a name, a personal pronoun); the paragraph
    after must not open with words reporting speech.
    """
    text = ctx.report.document.text
    words = ctx.words(quote.span)
    if quote.kind is not QuoteKind.DIRECT:
        return "it is a partial or reported quote inside the writer's own sentence, whose subject may say it"
    left, right = paragraph_around(text, quote.span.start, quote.span.end)
    marked, reach = ctx.marked_quotes()
    rest = _outside(text, left, right, marked, reach)
    size = len(words.split())
    alone = words[:1].isupper() and not WORD.search(rest.translate({ord(c): " " for c in QUOTE_MARKS}))
    if (size < SPEECH_WORDS and not (alone and size >= ALONE_WORDS)) or not re.search(
        r"[.!?…][\"”’']*\s*$", words + text[quote.span.end : quote.span.end + 2]
    ):
        return "it is too short, or does not end a sentence, to be clearly speech presented as fact"
    if LABEL.match(words):
        return "it opens with a transcript label that names the speaker"
    lead_in = False
    if WORD.search(rest.translate({ord(c): " " for c in QUOTE_MARKS})):
        if not _writer_lead_in(ctx, quote, left, right):
            return (
                "its paragraph has words beside the quote (a cue, a label, a signature) "
                "that may name the speaker"
            )
        lead_in = True
    # the writer's own lead-in stands between the quote and the paragraph before: a reader reads the
    # quote after it, not as that paragraph's continuation
    before = None if lead_in else _previous_paragraph(text, left)
    while before is not None and len(text[before[0] : before[1]].split()) < LAYOUT_WORDS:
        before = _previous_paragraph(text, before[0])  # "Pause.", "@potus.": layout, read past it
    if before is not None:
        line = text[before[0] : before[1]].strip()
        if line.endswith(":") or line[:1] in QUOTE_MARKS or _reports_speech(line):
            return "the paragraph before it introduces it, reports speech or is a quotation it may continue"
        signed = line[:1] in "―—–-"  # "— Mark T., 29, Vancouver": the signature of the quote above
        if _names_a_person(ctx, Span(*before)) and not _speaks_of(ctx, quote, Span(*before)) and not signed:
            return "the paragraph before it opens with a person, whom a reader takes for its speaker"
        if before[0] == 0 and _mentions_a_person(ctx, Span(*before)):
            return "it opens the body under a headline naming a person, whom a reader takes for its speaker"
    after = _next_paragraph(text, right)
    if after is not None:
        opening = text[after[0] : after[1]]
        if opening.lstrip()[:1] not in QUOTE_MARKS and REFERS_BACK.match(opening):
            return "the paragraph after it opens by reporting speech, which may name its speaker"
        if SIGNED.match(opening):
            return "the line after it is a signature (a dash and a name), which names its speaker"
    voice = headline_voice(ctx, quote)
    if voice is not None:
        return f"the headline gives {voice}'s own words, in whose voice a reader takes a first-person quote"
    return None


#: Words between quote marks: a quotation of its own, or a scare quote or a name.
QUOTED_WORDS = re.compile(r"[“\"]([^”\"\n]*)[”\"]?")


def _reports_speech(line: str) -> bool:
    """True when a paragraph reports speech: a word of speech ("said", "according to") or a
    quotation. Words in quote marks are a quotation only when there are more than
    :data:`SCARE_QUOTE_WORDS` of them: fewer are a scare quote or a name ("the “Cadillac tax” on
    rich plans"), which no quote after the paragraph continues."""
    if SAID.search(QUOTED_WORDS.sub(" ", line)):
        return True
    return any(len(m.group(1).split()) > SCARE_QUOTE_WORDS for m in QUOTED_WORDS.finditer(line))


def _writer_lead_in(ctx: Context, quote: Quote, left: int, right: int) -> bool:
    """True when the words beside a quote in its paragraph are the writer's own lead-in and can name
    no speaker: they all stand before it (nothing after the quote: no cue, no signature), the quote is
    the paragraph's only one, they are a clause of :data:`LEAD_IN_WORDS` words or more (not a
    dateline) that neither ends with a colon nor holds a word reporting speech ("the local
    paper reported"), the paragraph after does not open with such a word ("So says …"), and the paragraph
    does not open with a person ("Cruz has two advantages …", "She …"): "The party, held every four
    years, “allows us to get our message out.”"."""
    text = ctx.report.document.text
    marked, reach = ctx.marked_quotes()
    low = bisect.bisect_right(reach, left)  # every quote before ends by the paragraph's start
    high = bisect.bisect_left(marked, right, key=lambda span: span.start)
    if any(span != quote.span and span.start < right and span.end > left for span in marked[low:high]):
        return False  # another quote in the paragraph: the words may be its cue
    lead = re.sub(r"[\s“\"‘'«„]+$", "", text[left : quote.span.start])
    if WORD.search(text[quote.span.end : right]) or QUOTE_MARKS_IN.search(lead):
        return False
    if len(WORD.findall(lead)) < LEAD_IN_WORDS or lead.endswith(":") or SPEECH_CUE.search(lead):
        return False  # a dateline ("LOS ANGELES --"), an introduction ("… in its findings:"), a cue
    after = _next_paragraph(text, right)
    if (
        after is not None
        and SPEECH_CUE.search(text[after[0] : min(after[1], after[0] + SUBJECT_REACH)])
        and not _introduces_its_own(text, Span(*after))
    ):
        return False  # "So says a booming voice …": the paragraph after names whose words they were
    return not _names_a_person(ctx, Span(left, quote.span.start)) or _speaks_of_them(ctx, left, quote)


#: A person spoken of as the object of a clause ("a solid base for him, but"): "him", or "her"
#: closing its clause (before a comma, a semicolon or a conjunction; "her budget" is a possessive).
OBJECT_PRONOUN = re.compile(r"\bhim\b|\bher\b(?=\s*[,;]|\s+(?:but|and|yet|or)\b)", re.I)
#: A speaker's own voice in a quote ("we", "I", "our"): the person spoken of may be answering.
FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|ll|d)|me|my|we|us|our|ours)\b", re.I)
#: Where a sentence ends inside a paragraph: its stop, closing marks, and a capital or a quote after.
SENTENCE_STOP = re.compile(r"[.!?][\"”’']*\s+(?=[A-Z“\"‘])")


def _speaks_of_them(ctx: Context, left: int, quote: Quote) -> bool:
    """True when the writer's sentence the quote completes speaks of a person only as its object
    ("Cruz has two advantages. … Religious conservatives have been a solid base for him, but “New
    York has one of the smallest …”"): the person the paragraph opens with is then spoken of, not
    speaking, so the quote is attributed to nobody.  The sentence must not be the paragraph's first
    and must name no person: no "he", "she" or "they", no name ("Cruz kept the board behind him, but
    …" may go on in Cruz's words); and the quote must not speak in the first person ("Voters have
    turned against her, but “we will not change course.”" may be her answer)."""
    text = ctx.report.document.text
    if FIRST_PERSON.search(ctx.words(quote.span)):
        return False
    lead = text[left : quote.span.start]
    stops = list(SENTENCE_STOP.finditer(lead))
    start = left + (stops[-1].end() if stops else 0)
    sentence = text[start : quote.span.start]
    if not OBJECT_PRONOUN.search(sentence) or PERSONAL.search(sentence):
        return False
    named = _opener_names(ctx, Span(left, quote.span.start)) & set(WORD.findall(sentence))
    return start > left and not named and not _mentions_a_person(ctx, Span(start, quote.span.start))


#: A cue that says its speaker spoke before ("added", "continued", "went on", "also", "again").
CONTINUES = re.compile(r"\b(?:add(?:s|ed|ing)?|continu\w*|went\s+on|goes\s+on|also|again|too)\b", re.I)


def _introduces_its_own(text: str, paragraph: Span) -> bool:
    """True when a paragraph opening with a speech cue introduces a quote of its own with a colon
    ("In other words, explained the moderator: “What does …”"): the cue names that quote's speaker,
    not the one before; a cue saying its speaker spoke before ("She added: …") is no such cue."""
    words = paragraph.of(text)
    match = re.match(r"([^“\"\n]{0,120}?):\s*[“\"]", words)
    return match is not None and not CONTINUES.search(match.group(1))


#: The writer's lead-in to a quote is a clause of at least this many words (not a dateline).
LEAD_IN_WORDS = 4


QUOTE_MARKS_IN = re.compile(r"[\"“”„«»]")


def speaker_verdicts(ctx: Context) -> Iterator[Verdict]:
    """One ``pass`` per named speaker; ``info`` per anonymous quote; ``warn`` or ``unknown`` per quote
    with no speaker (see :func:`nobody_could_name`)."""
    report = ctx.report
    named: dict[str, list[Quote]] = {}
    for quote in report.quotes:
        if ctx.in_title(quote.span) or _scare_quote(ctx, quote):
            continue
        if quote.attribution == "asked" and quote.id not in ctx.claim_of_quote:
            continue  # a question put ("Asked whether …", "reporters asked if …") states nothing to source
        speaker = report.speaker(quote.speaker)
        mention = ctx.words(quote.mention) if quote.mention is not None else None
        claim = ctx.claim_of_quote.get(quote.id)
        evidence = [quote.span] + ([quote.mention] if quote.mention is not None else [])
        base = {"check": "speaker", "quote": quote.id, "kind": quote.kind.value, "mention": mention}
        if speaker is not None and speaker.kind is SpeakerKind.ANONYMOUS:
            yield Verdict(
                Status.INFO,
                f"anonymous source '{mention or speaker.name}': '{short(ctx.words(quote.span), 50)}'",
                claim=claim,
                details=(
                    f"The {quote.kind.value} quote is attributed to '{mention or speaker.name}', which names "
                    "no person or body a reader could check."
                ),
                evidence=evidence,
                data={**base, "tag": "anonymous", "speaker": speaker.id, "words": mention or speaker.name},
            )
        elif speaker is not None:
            named.setdefault(speaker.id, []).append(quote)
        elif quote.doubt:
            yield Verdict(
                Status.UNKNOWN,
                f"speaker unsure: '{mention or 'nobody named'}' in '{short(ctx.words(quote.span), 50)}'",
                claim=claim,
                details=(
                    f"The {quote.kind.value} quote is attributed by '{mention}', and a second reading of "
                    f"the text doubts whom it means: {quote.doubt}. No verdict rests on its speaker."
                ),
                evidence=evidence,
                data={**base, "speaker": None, "reason": quote.doubt, "unsure": True},
            )
        elif mention is not None:
            yield Verdict(
                Status.UNKNOWN,
                f"speaker not resolved: '{mention}' in '{short(ctx.words(quote.span), 50)}'",
                claim=claim,
                details=(
                    f"The {quote.kind.value} quote is attributed to '{mention}', a pronoun or description "
                    "this tool could not connect to a name; the article may name the person elsewhere."
                ),
                evidence=evidence,
                data={**base, "speaker": None, "reason": "unresolved mention"},
            )
        else:
            reason = nobody_could_name(ctx, quote)
            if reason is None:
                yield Verdict(
                    Status.WARN,
                    f"no speaker: direct quote '{short(ctx.words(quote.span), 50)}' is attributed to nobody",
                    claim=claim,
                    details=(
                        "The quote stands alone, is presented as someone's speech, and nothing in its "
                        "paragraph, the paragraph before it or the one after it names who said it."
                    ),
                    evidence=evidence,
                    data={**base, "speaker": None},
                )
            else:
                yield Verdict(
                    Status.UNKNOWN,
                    f"speaker not found for '{short(ctx.words(quote.span), 50)}'",
                    claim=claim,
                    details=f"This tool found no speaker, but {reason}.",
                    evidence=evidence,
                    data={**base, "speaker": None, "reason": reason},
                )
    for speaker_id, quotes in named.items():
        speaker = report.speaker(speaker_id)
        if speaker is None:  # cannot happen: a Report checks its speaker ids
            continue
        direct = [q for q in quotes if q.kind is not QuoteKind.INDIRECT]
        indirect = [q for q in quotes if q.kind is QuoteKind.INDIRECT]
        mentions = sorted({ctx.words(q.mention) for q in quotes if q.mention is not None})
        counts = []
        if direct:
            counts.append(f"{len(direct)} quote{'s' if len(direct) != 1 else ''}")
        if indirect:
            counts.append(f"{len(indirect)} reported statement{'s' if len(indirect) != 1 else ''}")
        yield Verdict(
            Status.PASS,
            f"{' and '.join(counts)} attributed to {ctx.speaker_label(speaker)}",
            details=(
                f"Each is attributed to {speaker.name} ({speaker.kind.value}), by the words: "
                + "; ".join(f"'{m}'" for m in mentions)
                + "."
            ),
            evidence=[q.span for q in quotes],
            data={
                "check": "speaker",
                "speaker": speaker.id,
                "name": speaker.name,
                "quotes": [q.id for q in quotes],
                "claims": [ctx.claim_of_quote[q.id] for q in quotes if q.id in ctx.claim_of_quote],
                "direct": len(direct),
                "indirect": len(indirect),
                "mentions": mentions,
            },
        )
