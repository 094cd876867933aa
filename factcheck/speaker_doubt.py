"""Speaker doubt: a second, independent reading of who said a quote, from the public Report only.

The extraction rules choose each quote's speaker (``Quote.speaker``, ``Quote.found``).  This
module reads the finished :class:`~factcheck.model.Report` again — its entities and their
mentions, its quotes and its sentences, never the extractor's internals — and guesses the
speaker a second way, by salience: which people and bodies are *in view* where the speaker is
referred to (named in the sentence or the two before it, within the paragraph and the one
before), how recently, whether as a sentence's subject, whether as the speaker of the statement
just before; filtered by agreement with the words that refer to the speaker ("he", "she", "it",
"the company", "the minister").  Only name mentions count (a mention sharing a word with the
entity's name), so the rules' own pronoun and descriptor resolutions do not vote again.

Where the rules' evidence is weak (a pronoun, a description or a continued quotation) and the
second reading disagrees, or two candidates fit equally, the quote gets a short ``doubt``
reason: the tool should say "speaker unsure" rather than print a wrong name with confidence.
``Quote.speaker`` is never changed here.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

import attrs

from factcheck.model import Found, Quote, QuoteKind, Report, Span, Speaker, SpeakerKind

__all__ = ["mark_doubts", "quote_doubt"]

#: Pronouns that refer to a speaker, and what they agree with: a gender for a person, "body" for "it".
PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f", "it": "body", "they": "group", "we": "group"}
#: Head nouns of a description that mean a body, not a person ("the company said").
BODY_HEADS = frozenset(
    "company firm agency ministry department bank group party union council board office government "
    "court commission police service authority organisation organization institute university "
    "committee campaign club team league federation association center centre hospital school "
    "district airline carrier operator regulator body newspaper paper network broadcaster channel "
    "station outlet magazine army military navy force forces county city state administration "
    "embassy church charity foundation fund lender insurer retailer maker manufacturer utility "
    "exchange index survey poll study report watchdog tribunal prosecutor's prosecutors".split()
)
#: Head nouns of a description that mean a document or a finding, not someone speaking ("the letter").
DOCUMENT_HEADS = frozenset(
    "email letter report paper ad advert advertisement analysis statement study survey poll polls "
    "memo release document documents filing complaint lawsuit suit data figures numbers results "
    "affidavit video post tweet message book article story website site page chart record records".split()
)
#: Two candidates whose salience differs by less than this fit a reference equally.
TIE = 0.5
#: Sentences back (before the one the speaker is referred to in) a candidate may be named in.
VIEW_SENTENCES = 2
WORD = re.compile(r"[^\W\d_][\w'’.-]*")


@attrs.frozen
class _Named:
    """One name mention of an entity: where, in which sentence, whether it opens the sentence."""

    entity: Speaker
    span: Span
    sentence: int
    subject: bool


#: What may stand between two subjects joined in one sentence ("Tom Baker and Jim Hale").
COORDINATED = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+(?:[a-z]+\s+){0,2}")


def _opens(opening: str) -> bool:
    """True when the words before a mention in its sentence leave it the subject: none, or a title
    of up to three words ("Rovers manager", "Coach"), no clause before it."""
    return len(WORD.findall(opening)) <= 3 and not re.search(r"[,;:()\"“”]", opening)


def _name_words(entity: Speaker) -> frozenset[str]:
    """The lower-case words of an entity's name (of three letters or more)."""
    return frozenset(w.lower() for w in WORD.findall(entity.name) if len(w) > 2 or w.isupper())


def _is_name_mention(text: str, entity: Speaker, span: Span) -> bool:
    """True when the mention shares a capitalised word with the entity's name ("the Sanders campaign",
    "Ruiz"), not only a common noun ("the central bank" for "Central bank") or a pronoun."""
    words = WORD.findall(span.of(text))
    capitalised = {w.lower() for i, w in enumerate(words) if w[:1].isupper() and (i or w.lower() != "the")}
    return bool(capitalised & _name_words(entity))


class _Reader:
    """The report's name mentions by position, its sentences and statements, read once."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.text = report.document.text
        self.sentences = list(report.sentences)
        self.starts = [s.start for s in self.sentences]
        quoted = sorted(
            (piece for q in report.quotes if q.kind is not QuoteKind.INDIRECT for piece in q.pieces),
            key=lambda s: s.start,
        )
        self.quoted = quoted
        self.quoted_starts = [q.start for q in quoted]
        self.quoted_reach = list(itertools.accumulate((q.end for q in quoted), max))
        named: list[_Named] = []
        for entity in report.entities:
            if entity.kind is SpeakerKind.ANONYMOUS:
                continue
            for span in entity.mentions:
                if not _is_name_mention(self.text, entity, span) or self._inside_quote(span):
                    continue
                index = self.sentence_of(span.start)
                opening = self.text[self.sentences[index].start : span.start] if index >= 0 else ""
                named.append(_Named(entity, span, index, _opens(opening)))
        named.sort(key=lambda n: n.span.start)
        for i in range(1, len(named)):  # "Tom Baker and Jim Hale met …": both are the subject
            before, this = named[i - 1], named[i]
            joined = self.text[before.span.end : this.span.start]
            if before.subject and not this.subject and COORDINATED.fullmatch(joined):
                named[i] = attrs.evolve(this, subject=True)
        self.named = named
        self.named_starts = [n.span.start for n in self.named]
        self.statements = sorted(report.quotes, key=lambda q: q.span.end)
        self.statement_ends = [q.span.end for q in self.statements]

    def _inside_quote(self, span: Span) -> bool:
        """True when ``span`` lies inside the words of a direct or partial quotation."""
        i = bisect.bisect_right(self.quoted_starts, span.start) - 1
        while i >= 0 and self.quoted_reach[i] >= span.end:  # only quotations reaching the span
            if self.quoted[i].end >= span.end:
                return True
            i -= 1
        return False

    def sentence_of(self, position: int) -> int:
        """The index of the sentence holding ``position`` (the one before it when between two)."""
        return bisect.bisect_right(self.starts, position) - 1

    def paragraph_start(self, position: int, back: int = 1) -> int:
        """Where the paragraph holding ``position`` starts, or the one ``back`` paragraphs before it."""
        start = position
        for _ in range(back + 1):
            found = self.text.rfind("\n", 0, start)
            while found > 0 and self.text[found - 1] == "\n":
                found -= 1
            if found < 0:
                return 0
            start = found
        return start + 1

    def in_view(self, anchor: int) -> list[_Named]:
        """The name mentions before ``anchor`` a reference there may point back to."""
        first = max(self.sentence_of(anchor) - VIEW_SENTENCES, 0)
        floor = max(self.starts[first] if self.starts else 0, self.paragraph_start(anchor))
        end = bisect.bisect_left(self.named_starts, anchor)
        begin = bisect.bisect_left(self.named_starts, floor)
        return [n for n in self.named[begin:end] if n.span.end <= anchor]

    def statement_before(self, quote: Quote) -> Quote | None:
        """The quote or reported speech that ends last before ``quote`` starts."""
        i = bisect.bisect_right(self.statement_ends, quote.span.start) - 1
        while i >= 0 and self.statements[i].id == quote.id:
            i -= 1
        return self.statements[i] if i >= 0 else None


#: Head nouns of a description that say a person's sex ("the spokeswoman", "his widow").
FEMALE_HEADS = frozenset(
    "spokeswoman chairwoman councilwoman congresswoman businesswoman woman mother wife daughter "
    "sister widow grandmother queen actress girl lady policewoman".split()
)
MALE_HEADS = frozenset(
    "spokesman councilman congressman businessman man father husband son brother widower king".split()
)


def _clash(speaker: Speaker, words: str, found: Found) -> str | None:
    """Why the words cannot refer to the rules' speaker ("she" for a man, "the spokeswoman" for
    a man, "he" for a body), else None."""
    lower = words.lower().strip()
    if found is Found.PRONOUN:
        want = PRONOUNS.get(lower)
    elif found is Found.DESCRIPTOR:
        head = _head(lower)
        want = "f" if head in FEMALE_HEADS else "m" if head in MALE_HEADS else None
    else:
        return None
    if want in ("m", "f") and speaker.gender is not None and speaker.gender != want:
        return f"'{words}' does not fit {speaker.name}, known as {'a man' if want == 'f' else 'a woman'}"
    return None


def _agrees(entity: Speaker, words: str, found: Found) -> bool:
    """True when the entity can be what the words refer to ("she" a woman or an unknown person)."""
    lower = words.lower().strip()
    if found is Found.PRONOUN:
        want = PRONOUNS.get(lower)
        if want in ("m", "f"):
            return entity.kind in (SpeakerKind.PERSON, SpeakerKind.OFFICE) and entity.gender in (None, want)
        if want == "body":
            return entity.kind is SpeakerKind.ORGANISATION
        return True
    if found is Found.DESCRIPTOR:
        if _head(lower) in BODY_HEADS:
            return entity.kind is SpeakerKind.ORGANISATION
        return entity.kind in (SpeakerKind.PERSON, SpeakerKind.OFFICE)
    return True


#: Words after a description's head noun ("the chairman of the board", "the head at the agency").
AFTER_HEAD = re.compile(r"\s(?:of|at|for|in|on|from|with|who|which|that)\s.*$", re.S)
#: A description that relates someone to another ("her daughter", "his lawyer"): no role to match.
POSSESSIVE = frozenset({"his", "her", "their", "its", "my", "our", "your"})


def _head(words: str) -> str:
    """The head noun of a description: its last word before a preposition or a relative clause."""
    found = WORD.findall(AFTER_HEAD.sub("", words.lower()))
    return found[-1] if found else ""


def _fits_role(entity: Speaker, words: str, named: str = "") -> bool:
    """True when the description's head noun is in the entity's name, role or organisation (or in
    ``named``, the words of the entity's name mentions)."""
    head = _head(words)
    if not head:
        return False
    known = " ".join(
        [entity.name, *entity.roles, entity.role or "", entity.organisation or "", named]
    ).lower()
    return head in known and re.search(rf"\b{re.escape(head)}", known) is not None


def _norm(words: str) -> str:
    """Lower-case words of letters only, one space apart."""
    return " ".join(w.lower() for w in WORD.findall(words))


def _same_one(one: Speaker, other: Speaker) -> bool:
    """True when two entities are likely one person or body named twice ("López Cárdenas" and
    "Andrés Gilberto López Cárdenas"): one name holds the other, or two people share a surname."""
    a, b = _norm(one.name), _norm(other.name)
    if a and b and (a in b or b in a):
        return True
    people = (SpeakerKind.PERSON, SpeakerKind.OFFICE)
    return one.kind in people and other.kind in people and a.split()[-1:] == b.split()[-1:]


def _role_holder(reader: _Reader, speaker: Speaker, words: str, anchor: int) -> Speaker | None:
    """The entity named last before ``anchor`` (anywhere before it) whose name, role or organisation
    holds the description's head noun and which agrees with it, when that is not the speaker."""
    head = _head(words)
    end = bisect.bisect_left(reader.named_starts, anchor)
    for n in reversed(reader.named[:end]):
        entity = n.entity
        if entity.id == speaker.id or _norm(entity.name) in _norm(words) or _same_one(entity, speaker):
            continue
        if head in PLAIN_HEADS:
            return None
        if head in BODY_HEADS:  # "the district": a name holding the word is a body's, whatever its kind
            named = f"{entity.name} {n.span.of(reader.text)}".lower()
            if entity.kind is not SpeakerKind.ANONYMOUS and re.search(rf"\b{re.escape(head)}", named):
                return entity
        elif _agrees(entity, words, Found.DESCRIPTOR) and _fits_role(entity, words):
            return entity
    return None


#: Heads too common in names to point to one entity ("the group", "the state" in "Islamic State").
PLAIN_HEADS = frozenset({"state", "group", "party", "people"})


def _salience(
    reader: _Reader, named: Sequence[_Named], anchor: int, previous: str | None
) -> dict[str, float]:
    """Each candidate's salience at ``anchor``: recency in sentences, subject position, last speaker."""
    here = reader.sentence_of(anchor)
    scores: dict[str, float] = {}
    for n in named:
        score = -1.0 * (here - n.sentence) + (1.0 if n.subject else 0.0) + n.span.start / max(anchor, 1) * 0.1
        scores[n.entity.id] = max(scores.get(n.entity.id, score), score)
    if previous in scores:
        scores[previous] += 1.5
    return scores


def _subject_just_before(reader: _Reader, speaker: Speaker, anchor: int) -> bool:
    """True when ``speaker`` is named as the subject of the sentence right before the one of a
    pronoun at ``anchor``, and no other person is named between."""
    here = reader.sentence_of(anchor)
    for n in reversed(reader.named[: bisect.bisect_left(reader.named_starts, anchor)]):
        if n.sentence < here - 1:
            return False
        if n.entity.id != speaker.id:
            if n.entity.kind is SpeakerKind.PERSON:
                return False  # another person named between
            continue
        if n.sentence == here - 1 and n.subject:
            return True
    return False


def _names_speaker(text: str, speaker: Speaker, quote: Quote) -> str | None:
    """Why the quote's own words show it is not the speaker's: they name the speaker (a person) in
    the third person ("“Harry has a lot to learn,” he said" given to Harry), else None."""
    if speaker.kind is not SpeakerKind.PERSON:
        return None
    # in the name's order, so the reason names the same word in every run (a set's order is not)
    names = list(dict.fromkeys(w for w in WORD.findall(speaker.name) if len(w) > 2 and w[:1].isupper()))
    for piece in quote.pieces:
        said = piece.of(text)
        for name in names:
            # not inside another name ("Trump Tower", "the Clinton Foundation")
            # the literal test first: most quotes do not hold the name, and each name's pattern
            # is compiled anew (hundreds a corpus, pushing others out of re's cache)
            if name in said and re.search(
                rf"(?<![\w’'])(?<!the ){re.escape(name)}(?![\w’'-])(?!\s+[A-Z])", said
            ):
                return f"the quote's own words name {speaker.name} ('{name}'), as if of someone else"
    return None


def quote_doubt(reader: _Reader, quote: Quote) -> str | None:
    """Why the speaker of ``quote`` is in doubt, or None when the second reading agrees."""
    report = reader.report
    speaker = report.entity(quote.speaker)
    if speaker is None or speaker.kind is SpeakerKind.ANONYMOUS:
        return None
    if quote.found not in (Found.PRONOUN, Found.DESCRIPTOR, Found.CONTINUED):
        return None
    text = reader.text
    spoken_of = _names_speaker(text, speaker, quote)
    if spoken_of is not None:
        return spoken_of
    if quote.found is Found.CONTINUED:
        if quote.mention is None:
            return None
        between = [
            n
            for n in reader.named[
                bisect.bisect_left(reader.named_starts, quote.mention.end) : bisect.bisect_left(
                    reader.named_starts, quote.span.start
                )
            ]
            if n.entity.id != speaker.id and n.entity.kind is not SpeakerKind.ANONYMOUS
        ]
        if between:
            return f"continues {speaker.name}'s statement, but {between[-1].entity.name} is named in between"
        return None
    if quote.mention is None:
        return None
    words = quote.mention.of(text)
    if _is_name_mention(text, speaker, quote.mention):
        return None  # "the Sanders campaign" names its speaker: no reference to resolve
    if quote.found is Found.DESCRIPTOR:
        first = WORD.match(words.lower().strip())
        if not _head(words) or _head(words) in DOCUMENT_HEADS:
            return None  # "the letter said": a document, not a person or body to pick among
        if first is not None and first.group() in POSSESSIVE:
            return None  # "her daughter said": a relation to someone, no role to weigh
        made_of_words = _norm(speaker.name) in _norm(words)  # an entity of its own: "Central bank"
        if _fits_role(speaker, words) and not made_of_words:
            return None  # "the mayor" for a speaker whose role is mayor: the rules' evidence is good
        other = _role_holder(reader, speaker, words, quote.mention.start)
        if other is not None:
            return f"'{words}' may rather be {other.name}, whose name or role says '{_head(words)}'"
        if made_of_words:
            return None
    clash = _clash(speaker, words, quote.found)
    if clash is not None:
        return clash
    anchor = quote.mention.start
    if quote.found is Found.PRONOUN and _subject_just_before(reader, speaker, anchor):
        return None  # "Kowalski wept in court. She said …": the subject just before, as read
    previous = reader.statement_before(quote)
    named = [n for n in reader.in_view(anchor) if _agrees(n.entity, words, quote.found)]
    if quote.found is Found.DESCRIPTOR:
        fitting = [n for n in named if _fits_role(n.entity, words)]
        if fitting:
            named = fitting
    scores = _salience(reader, named, anchor, previous.speaker if previous else None)
    if not scores:
        return None
    scores = {
        key: value
        for key, value in scores.items()
        if key == speaker.id or (e := report.entity(key)) is None or not _same_one(e, speaker)
    }
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    if not ranked:
        return None
    best = report.entity(ranked[0][0])
    if best is None:
        return None
    if best.id != speaker.id:
        if scores.get(speaker.id, -99.0) > ranked[0][1] - TIE:
            return f"'{words}' fits both {best.name} and {speaker.name}"
        return f"'{words}' may rather be {best.name}, named nearer"
    generic = quote.found is Found.DESCRIPTOR and _head(words) in BODY_HEADS  # "the company"
    if len(ranked) > 1 and (generic or ranked[0][1] - ranked[1][1] < TIE):
        rival = report.entity(ranked[1][0])
        if rival is not None:
            return f"'{words}' fits both {speaker.name} and {rival.name}"
    return None


def mark_doubts(report: Report) -> Report:
    """The report with ``Quote.doubt`` set on each quote whose speaker is in doubt (see the module)."""
    if not report.quotes:
        return report
    reader = _Reader(report)
    quotes = []
    changed = False
    for quote in report.quotes:
        doubt = quote_doubt(reader, quote)
        if doubt != quote.doubt:
            quote = attrs.evolve(quote, doubt=doubt)
            changed = True
        quotes.append(quote)
    return attrs.evolve(report, quotes=quotes) if changed else report
