"""Assemble the built-in extraction steps into a Report.

Order: layout (headline, date, body) -> publisher -> figures -> quotes ->
speakers and attribution, in reading order (so "he" and "the diplomat" resolve
to the speaker met last) -> claims.
"""

from __future__ import annotations

import bisect
import itertools
import re

import attrs

from factcheck.extraction.anonymity import asks_not_to_be_named
from factcheck.extraction.antecedents import note_bodies, note_people, note_subject
from factcheck.extraction.assembly import (
    QuoteDraft,
    a_named_work,
    a_title,
    fold_quoted_words,
    make_quote,
    relations,
    same_cue,
)
from factcheck.extraction.beats import beat_speaker
from factcheck.extraction.bodies import learn_aliases
from factcheck.extraction.claim_drafts import _claims
from factcheck.extraction.clause_cues import clause_attributions, partial_subject
from factcheck.extraction.credited_after import credit_below
from factcheck.extraction.document_cues import document_after, document_before
from factcheck.extraction.extraction_state import _Extraction, _resolve
from factcheck.extraction.figure_holders import attach_holders
from factcheck.extraction.figures import extract_figures
from factcheck.extraction.headline_quotes import headline_quote
from factcheck.extraction.headline_reading import _headline, _headline_quote
from factcheck.extraction.headline_sayers import add_headline_sayer, read_headline_sayer
from factcheck.extraction.initials_labels import initials_labels
from factcheck.extraction.labels import (
    OPENING_MARKS,
    interview_answers,
    lead_in_above,
    signature_after,
    transcript_labels,
)
from factcheck.extraction.nicknames import blank_nicknames
from factcheck.extraction.open_cues import open_attribution_after, open_attribution_before
from factcheck.extraction.phrases import parse_phrase
from factcheck.extraction.publisher import find_publishers
from factcheck.extraction.questions import questions
from factcheck.extraction.quote_ends import cue_window_end
from factcheck.extraction.quotes import RawQuote, find_quotes, runs_into
from factcheck.extraction.reported import MAX_SENTENCE, Attribution, Reported
from factcheck.extraction.speech import attribution_after, attribution_before, reported_speech
from factcheck.extraction.text import layout
from factcheck.model import (
    Document,
    Quote,
    QuoteKind,
    Report,
    Source,
    SourceRole,
    Span,
)
from factcheck.sentences import sentences
from factcheck.spans import SpanIndex

ROLE_STATEMENT = re.compile(
    r"^(?P<name>(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'.-]+)\s+(?:is|was|has been)\s+(?:a|an|the)\s+"
    r"(?P<role>[^,.;]{3,80}?)(?:[,.;]|$)"
)


#: Words written on something, not said: "held signs reading “No war for oil” and “…”", "a banner
#: that read “…”", "T-shirts emblazoned with “…”" (and the quotations listed after the first).
WRITTEN_ON = re.compile(
    r"\b(?:signs?|placards?|banners?|posters?|t-shirts?|shirts?|hats?|caps?|billboards?|stickers?|"
    r"buttons?|slogans?)\s+(?:that\s+|which\s+)?(?:read|reads|reading|bearing|proclaim(?:ed|ing)|"
    r"emblazoned\s+with|with\s+the\s+words)(?:\s*[“\"][^“”\"\n]{0,120}[”\"]\s*(?:,|and|or)?)*$",
    re.I,
)


def _quote_kind(text: str, raw: RawQuote, sentence: Span) -> QuoteKind:
    inner = raw.inner.of(text).lstrip("‘'“\"… .")
    before = text[sentence.start : raw.outer.start].rstrip()
    if raw.continued:
        return QuoteKind.DIRECT
    if before and WRITTEN_ON.search(before[-300:]):
        return QuoteKind.PARTIAL  # a placard's words: nobody's speech
    if inner[:1].islower() and before and not before.endswith((":", ",")):
        return QuoteKind.PARTIAL
    if before and not before.endswith((":", ",", "—", "–", "-")) and not inner[:1].isupper():
        return QuoteKind.PARTIAL
    return QuoteKind.DIRECT


def _sentence_quotes(ex: _Extraction, sentence: Span, index: int) -> list[QuoteDraft]:
    text = ex.text
    inside = ex.raw_index.starting_in(sentence)
    drafts: list[QuoteDraft] = []
    for position, raw in enumerate(inside):
        nxt = inside[position + 1].outer.start if position + 1 < len(inside) else sentence.end
        prev = inside[position - 1].outer.end if position > 0 else sentence.start
        kind = _quote_kind(text, raw, sentence)
        draft = QuoteDraft(raw, sentence, index, kind)
        if kind is QuoteKind.DIRECT:
            after = cue_window_end(text, sentence, raw.outer.end, nxt)  # ‘… six. The cast …,’ she says.
            if after - raw.outer.end <= 1 and text[raw.inner.end - 1 : raw.inner.end] in ("?", "!"):
                # "“Why now?” she asked.": the sentence ended with the quotation's own mark
                line = text.find("\n", raw.outer.end)
                after = min(line if line >= 0 else len(text), raw.outer.end + 200)
            draft.attribution = attribution_after(text, raw.outer.end, after) or (
                attribution_before(text, prev, raw.outer.start, sentence.start)
                if raw.outer.start > prev
                else None
            )
            if draft.attribution is None:  # "“…,” Dawson shouted.", "He responds, “…”"
                draft.attribution = open_attribution_after(text, raw.outer.end, after) or (
                    open_attribution_before(text, prev, raw.outer.start) if raw.outer.start > prev else None
                )
            if draft.attribution is None:  # "“…,” the letter reads.", "The memo states: “…”"
                draft.attribution = document_after(text, raw.outer.end, after) or (
                    document_before(text, prev, raw.outer.start) if raw.outer.start > prev else None
                )
            if draft.attribution is None and raw.outer.start == sentence.start and index - 1 not in ex.labels:
                # "He said:\n\n“…”" (a speaker's label alone above, "JANE ROE, ECONOMIST, BANK:", is read
                # by the gaps' filling: its turn runs on over the quotations below)
                draft.attribution = lead_in_above(text, raw.outer.start)
            if draft.attribution is None:  # a signed quote: "“…” ― Maria Lopez, 34, Ohio"
                line_end = text.find("\n", raw.outer.end)
                draft.attribution = signature_after(
                    text, raw.outer.end, line_end if line_end >= 0 else len(text)
                ) or (credit_below(text, raw.outer.end) if raw.outer.start == sentence.start else None)
        drafts.append(draft)
    return drafts


def _labelled_turn(ex: _Extraction, index: int, para: Span) -> None:
    """A paragraph that opens with a speaker's label: the turn is that speaker's words."""
    attribution, words = ex.labels[index]
    speaker = ex.registry.resolve(attribution.phrase, ex.text)
    if speaker is not None:
        ex.current = speaker
    ex.label_events.append((para.end, index, attribution, speaker))
    ex.sentences.extend(sentences(ex.text, para))
    if words is not None:
        raw = RawQuote(words, words)
        ex.drafts.append(QuoteDraft(raw, para, index, QuoteKind.DIRECT, attribution, speaker))


def _inside_any(span: Span, spans: list[Span]) -> bool:
    """True when ``span`` shares a character with one of ``spans``."""
    return any(span.overlaps(other) for other in spans)


def _holds(found: list[Reported], position: int) -> bool:
    """True when a reported clause of the sentence holds ``position``."""
    return any(r.content.start <= position < r.content.end for r in found)


def _paragraph(ex: _Extraction, index: int, para: Span) -> None:
    text = ex.text
    if index in ex.labels:
        _labelled_turn(ex, index, para)
        return
    quote_spans = [q.outer for q in ex.raw_index.starting_in(para)]
    role = ROLE_STATEMENT.match(para.of(text))
    if role:
        phrase = parse_phrase(text, para.start + role.start("name"), para.start + role.end("name"))
        if phrase is not None and phrase.kind == "person":
            speaker = ex.registry.resolve(phrase, text)
            if speaker:
                ex.registry.add_role(speaker, role.group("role").strip())
    for sentence in sentences(text, para):
        ex.sentences.append(sentence)
        drafts = _sentence_quotes(ex, sentence, index)
        used = [d.attribution.cue_span for d in drafts if d.attribution is not None]
        ahead = [cue for cue in used if cue.start >= sentence.end]
        used += [cue for cue in ex.cues_ahead if sentence.start <= cue.start < sentence.end]
        ex.cues_ahead = ahead + [cue for cue in ex.cues_ahead if cue.start >= sentence.end]
        events: list[tuple[int, str, object]] = [
            (d.attribution.cue_span.start, "quote", d) for d in drafts if d.attribution is not None
        ]
        spoken = [d.attribution for d in drafts if d.attribution is not None]
        found = reported_speech(text, sentence, quote_spans, used, spoken)
        found += clause_attributions(text, sentence, quote_spans, found, spoken)
        for question in questions(text, sentence):  # "Asked whether he would run, Ruiz said …"
            if _inside_any(question.content, quote_spans):
                continue
            if question.asker is not None:
                found.append(
                    Reported(question.content, Attribution(question.asker, "asked", question.cue_span))
                )
            else:
                ex.questions.append((question.content, question.cue_span))
        for reported in found:
            events.append((reported.attribution.cue_span.start, "reported", reported))
        events.sort(key=lambda e: e[0])
        phrases = [e[2].attribution.phrase.span for e in events]  # type: ignore[attr-defined]
        note_subject(ex.text, ex.registry, sentence, phrases)
        # a signature may sit below, a lead-in above
        first = max(sentence.start, min(events[0][0], sentence.end)) if events else sentence.end
        note_people(ex.text, ex.registry, ex.people_read, Span(sentence.start, first), phrases)
        # the bodies before the first cue, before it is resolved: "GM will cut …, the company said"
        note_bodies(ex.text, ex.registry, Span(sentence.start, first), phrases)
        resolved: dict[int, str | None] = {}
        for _, what, item in events:
            if what == "quote":
                assert isinstance(item, QuoteDraft)
                item.speaker = _resolve(ex, item.attribution)
                resolved[id(item.attribution)] = item.speaker
            else:
                key = id(item.attribution)  # type: ignore[attr-defined]
                if key not in resolved:
                    resolved[key] = _resolve(ex, item.attribution)  # type: ignore[attr-defined]
                ex.indirect.append((item.content, item.attribution, resolved[key]))  # type: ignore[attr-defined]
                if resolved[key]:
                    ex.current = resolved[key]
        for draft in drafts:  # “a few words” quoted in the predicate, outside any reported clause
            at = draft.raw.outer.start
            if draft.kind is QuoteKind.PARTIAL and draft.attribution is None and not _holds(found, at):
                draft.attribution = partial_subject(text, sentence, at)
                draft.speaker = _resolve(ex, draft.attribution)
        attributed = [d for d in drafts if d.attribution is not None]
        for draft in drafts:
            if draft.attribution is None and draft.kind is QuoteKind.DIRECT and attributed:
                draft.attribution, draft.speaker = attributed[0].attribution, attributed[0].speaker
                draft.continued = True
            if draft.speaker:
                ex.current = draft.speaker
        ex.drafts.extend(drafts)
        if events:
            note_people(ex.text, ex.registry, ex.people_read, Span(first, sentence.end), phrases)
        note_bodies(ex.text, ex.registry, Span(first, sentence.end), phrases)


def _reading_order(paras: list[Span], text: str) -> list[int]:
    """Each paragraph's place in reading order, not counting separator lines (" .", "—", "***")."""
    order, place = [], 0
    for para in paras:
        order.append(place)
        if any(ch.isalnum() for ch in para.of(text)):
            place += 1
    return order


def _label_turns(ex: _Extraction, paras: list[Span]) -> None:
    """A speaker's label alone on its line ("LYDIA FENWICK, CHIEF ECONOMIST, COASTAL BANK:") gives
    its speaker to every quotation paragraph below it, up to the next label or the first
    paragraph that is no quotation: a digest's turn may run over several paragraphs."""
    by_paragraph: dict[int, list[QuoteDraft]] = {}
    for draft in ex.drafts:
        by_paragraph.setdefault(draft.paragraph, []).append(draft)
    for _, index, attribution, speaker in ex.label_events:
        if ex.labels[index][1] is not None or speaker is None:
            continue  # a label with its turn on its own line is that turn's alone
        below = index + 1
        while below < len(paras) and below not in ex.labels and ex.text[paras[below].start] in OPENING_MARKS:
            for draft in by_paragraph.get(below, ()):
                if draft.attribution is None and draft.speaker is None and draft.kind is QuoteKind.DIRECT:
                    draft.attribution, draft.speaker, draft.continued = attribution, speaker, True
            below += 1


def _resumes(text: str, last: QuoteDraft, draft: QuoteDraft) -> bool:
    """True when ``draft``, a quotation that opens the sentence right after the one where ``last``
    was attributed with its own cue, goes on with ``last``'s words whatever else that sentence
    reports after the cue: "“…,” said Ana Ruiz, who said she would not run. “…”" is one statement
    of Ruiz's, not the relative clause's."""
    cue = last.attribution.cue_span if last.attribution is not None else None
    return (
        cue is not None
        and not last.continued
        and last.paragraph == draft.paragraph
        and last.kind is QuoteKind.DIRECT
        and draft.kind is QuoteKind.DIRECT
        and last.sentence.contains(cue)
        and draft.raw.outer.start >= last.sentence.end
        and not text[last.sentence.end : draft.raw.outer.start].strip()
    )


def _fill_gaps(ex: _Extraction) -> None:
    """Quotes with no attribution of their own continue the statement before them.

    The statement before is the latest quotation with an attribution of its own or reported
    speech, in the same paragraph, else in the paragraph before (separator lines do not count).
    A partial quote inside a reported clause takes that clause's attribution.
    """
    paras = list(ex.lay.body)
    starts = [para.start for para in paras]
    order = _reading_order(paras, ex.text)
    _label_turns(ex, paras)

    def place(position: int) -> int:
        return order[max(0, bisect.bisect_right(starts, position) - 1)] if order else 0

    # a quotation that runs on into the next paragraph is attributed where it ends
    for draft, after in reversed(list(itertools.pairwise(ex.drafts))):
        if draft.raw.continues and draft.speaker is None and after.raw.continued:
            draft.speaker, draft.continued = after.speaker, after.speaker is not None
    # every statement with an attribution of its own, in reading order
    events: list[tuple[int, int, Attribution | None, str | None]] = [
        (d.raw.outer.end, place(d.raw.outer.start), d.attribution, d.speaker)
        for d in ex.drafts
        if (d.attribution is not None and not d.continued) or (d.raw.continues and d.speaker is not None)
    ]
    events += [
        (content.end, place(content.start), attribution, speaker)
        for content, attribution, speaker in ex.indirect
    ]
    events += [(end, order[at], attribution, speaker) for end, at, attribution, speaker in ex.label_events]
    events.sort(key=lambda e: e[0])
    ends = [e[0] for e in events]
    indirect = SpanIndex(ex.indirect, lambda item: item[0])
    for position, draft in enumerate(ex.drafts):
        if draft.attribution is not None or draft.speaker is not None:
            continue
        last = ex.drafts[position - 1] if position else None
        if last is not None and (
            _resumes(ex.text, last, draft) or (last.speaker and runs_into(last.raw, draft.raw))
        ):
            # "“…,” said Ana Ruiz, who said she would not run. “…”", or a paragraph that goes on
            # with the quotation the paragraph before left open: the quotation goes on
            draft.attribution, draft.speaker, draft.continued = last.attribution, last.speaker, True
            continue
        here_para, at = paras[draft.paragraph], draft.raw.outer.start
        beat = beat_speaker(ex.text, ex.registry, here_para, at) if draft.kind is QuoteKind.DIRECT else None
        if beat is not None:
            draft.speaker, draft.continued = beat, True  # "Mirza was more forthcoming. “…”"
            continue
        if draft.kind is QuoteKind.PARTIAL:
            holders = indirect.around(draft.raw.inner, MAX_SENTENCE)
            if holders:
                draft.attribution, draft.speaker = holders[0][1], holders[0][2]
                continue
        before = bisect.bisect_right(ends, draft.raw.outer.start) - 1
        if before < 0:
            continue
        _, where, attribution, speaker = events[before]
        here = place(draft.raw.outer.start)
        if where == here or (where == here - 1 and speaker is not None and draft.kind is QuoteKind.DIRECT):
            draft.attribution = attribution
            draft.speaker, draft.continued = speaker, True


def run(document: Document) -> Report:
    """Extract everything the built-in extractor knows from ``document``."""
    text = blank_nicknames(document.text)  # `Sharon "Shaz" Ellery` read as Sharon Ellery
    lay = layout(text)
    ex = _Extraction(text, lay)
    ex.registry.aliases = learn_aliases(text)
    mentions = find_publishers(text)
    published = (mentions[0].name, mentions[0].span) if mentions else None
    ex.registry.publisher = published[0] if published is not None else ""
    _headline(ex)
    sayer = read_headline_sayer(ex)  # "Witness says …", "…, study finds"
    paras = list(lay.body)
    ex.raw_index = SpanIndex(find_quotes(text, paras), lambda q: q.outer)
    by_initials, asked = initials_labels(text, paras)  # "MR: …" once "Morgan Reilly" was named
    ex.labels = {**interview_answers(text, paras), **transcript_labels(text, paras), **by_initials}
    for index in asked:  # "DW: …" of the byline's Dana Whitford: the interviewer's question
        ex.labels.pop(index, None)
    for index, para in enumerate(paras):
        _paragraph(ex, index, para)
    _fill_gaps(ex)
    ex.registry.finish()
    settled = dict(ex.registry.settled)
    entities = ex.registry.entities()
    # the speakers are the entities that speak (built once, not twice)
    speakers = [s for s, e in zip(entities, ex.registry.entries, strict=True) if e.speaks]

    zones = SpanIndex(([lay.title] if lay.title else []) + paras, lambda span: span)
    figures = [f for f in extract_figures(text) if _within(zones, f.span)]

    quotes: list[Quote] = []
    drafts = [
        d
        for d in ex.drafts
        if (d.speaker is not None or d.attribution is not None or not a_title(text, d))
        and not a_named_work(text, d)
    ]
    for group in relations(sorted(drafts, key=lambda d: d.raw.inner.start)):
        attribution = next((d.attribution for d in group if d.attribution is not None), None)
        speaker = next((d.speaker for d in group if d.speaker is not None), None)
        continued = all(d.continued for d in group)
        pieces = [d.raw.inner for d in group]
        quotes.append(
            make_quote(len(quotes) + 1, pieces, group[0].kind, attribution, speaker, continued, settled)
        )
    _headline_quote(ex, settled)
    add_headline_sayer(ex, sayer, settled)
    opening = headline_quote(len(quotes) + 1, text, lay.title, quotes, ex.registry.entries)
    if opening is not None:  # "‘We were promised a road’: MP threatens to quit"
        quotes.append(opening)
    direct = SpanIndex(quotes, lambda q: q.span)
    parts: list[tuple[list[Span], Attribution, str | None]] = []
    in_parts: set[Span] = set()  # every piece of parts (a set: a long text has thousands)
    for content, attribution, speaker in sorted(ex.indirect, key=lambda item: item[0].start):
        if content in in_parts:
            continue  # one clause read by two cue rules is one quote (the first reading stays)
        if asks_not_to_be_named(text, content):
            continue  # "who declined to be named": the condition the source spoke on, no statement
        if any(piece.overlaps(content) for q in direct.around(content, MAX_SENTENCE) for piece in q.pieces):
            continue  # (not a clause between the pieces: "“…,” said Ruiz, who said she would not run. “…”")
        # "PART, SPEAKER CUE, PART": one clause in two parts
        if parts and same_cue(parts[-1][1], attribution):
            parts[-1][0].append(content)
            in_parts.add(content)
            continue
        parts.append(([content], attribution, speaker))
        in_parts.add(content)
    for pieces, attribution, speaker in parts:
        quotes.append(
            make_quote(len(quotes) + 1, pieces, QuoteKind.INDIRECT, attribution, speaker, False, settled)
        )

    for content, cue_span in ex.questions:
        quotes.append(
            Quote(
                id=f"q{len(quotes) + 1}",
                span=content,
                kind=QuoteKind.INDIRECT,
                cue="asked",
                cue_span=cue_span,
                attribution="asked",
            )
        )
    quotes = fold_quoted_words(quotes)
    claims = _claims(ex, quotes, figures, settled)
    # number the speakers the article quotes sp1, sp2, ... (antecedents that never speak had ids too)
    renumber = {s.id: f"sp{i}" for i, s in enumerate(speakers, start=1)}
    silent = [e for e in entities if e.id not in renumber]
    renumber |= {e.id: f"e{i}" for i, e in enumerate(silent, start=1)}
    speakers = [attrs.evolve(s, id=renumber[s.id]) for s in speakers]
    entities = [attrs.evolve(e, id=renumber[e.id]) for e in entities]
    quotes = [attrs.evolve(q, speaker=renumber.get(q.speaker) if q.speaker else None) for q in quotes]
    claims = [attrs.evolve(c, speaker=renumber.get(c.speaker) if c.speaker else None) for c in claims]
    sources: list[Source] = []
    doc = attrs.evolve(
        document,
        title=document.title or (lay.title.of(text) if lay.title else None),
        title_span=lay.title if document.title is None else document.title_span,
        published=document.published or lay.published,
    )
    if published is not None or doc.publisher:
        name, span = published if published is not None else (doc.publisher or "", None)
        if doc.publisher and doc.publisher.casefold() != name.casefold():
            span = None  # the loader's metadata names the publisher; the text names someone else
        doc = attrs.evolve(doc, publisher=doc.publisher or name, publisher_span=span)
        sources.append(Source(id="s1", name=doc.publisher or name, role=SourceRole.PUBLISHER, span=span))
        # a wire's dateline under another publisher ("ROTTERDAM (Reuters) -" in a Guardian page)
        for mention in mentions:
            if mention.kind == "dateline" and all(
                m.name.casefold() != mention.name.casefold() for m in sources
            ):
                wire = Source(f"s{len(sources) + 1}", mention.name, SourceRole.WIRE, span=mention.span)
                sources.append(wire)
    report = Report(
        document=doc,
        speakers=speakers,
        quotes=quotes,
        figures=figures,
        sources=sources,
        claims=claims,
        entities=entities,
    )
    return attach_holders(report)  # each figure's holder, read from the report's public layers


def _within(zones: SpanIndex[Span], span: Span) -> bool:
    """True when ``span`` lies inside one of the (non-overlapping) zones."""
    zone = zones.last_starting_by(span.start)
    return zone is not None and zone.contains(span)
