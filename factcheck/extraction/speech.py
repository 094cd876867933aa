"""Attribution: who said what, for direct quotes and for indirect (reported) speech.

Patterns of English news writing read here, each on one sentence:

* ``“…,” SPEAKER CUE …`` and ``“…,” CUE SPEAKER`` — attribution after a quote;
* ``SPEAKER CUE: “…”`` / ``SPEAKER CUE, “…”`` — attribution before a quote;
* ``SPEAKER [also] CUE [OBJECT] [that] CLAUSE`` — "He noted that criminal cases…",
  "X told reporters the talks had failed";
* ``CLAUSE, SPEAKER CUE [extra].`` and ``CLAUSE, CUE SPEAKER.`` — "…, the country’s Deputy
  Foreign Minister Oleg Syromolotov has said.";
* ``According to SPEAKER, CLAUSE`` and ``CLAUSE, according to SPEAKER``;
* ``PART, SPEAKER CUE, PART`` — a clause interrupted by its attribution (two parts);
* ``SUBJECT … , saying [that] CLAUSE`` — a participle cue whose speaker is the subject;
* ``In a statement, SPEAKER CUE …`` — a lead-in phrase before the speaker.

Passive and evidential verbs ("were said to be", "a report shows") are not cues.

The cue words are in :mod:`~factcheck.extraction.cue_words`, the speaker phrase beside a cue in
:mod:`~factcheck.extraction.cue_subjects`, the reported clause after it and the result types in
:mod:`~factcheck.extraction.reported`; :func:`reported_speech` also runs the "VERB that" reader
(:mod:`~factcheck.extraction.verb_that`) and the stance reader
(:mod:`~factcheck.extraction.stances`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extraction.aside_subjects import interrupted_subject, wire_report
from factcheck.extraction.contact_relative import in_contact_relative
from factcheck.extraction.cue_after import _citation, _cited, _speaker_after, named_after_post
from factcheck.extraction.cue_subjects import (
    _apposed_pair,
    _coordinated_subject,
    _people_group,
    _sentence_subject,
    _subject_before,
    _trailing_group,
)
from factcheck.extraction.cue_words import CUE_GATE, CUE_KINDS, CUE_RE, CUES, PARTICIPLES
from factcheck.extraction.inverted_after import trailing_inverted
from factcheck.extraction.joined_cues import joined_after_report
from factcheck.extraction.participle_speakers import speaker_of_cue_before
from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.phrases import parse_phrase
from factcheck.extraction.plain_subjects import plain_subject
from factcheck.extraction.questions import ASKED_OPENING
from factcheck.extraction.quoted_as import quoted_speaker
from factcheck.extraction.reported import (
    AS_OPENING,
    AS_TAIL,
    CLOSING_MARK,
    CONTRAST_AFTER_DASH,
    DOCUMENT_BEFORE,
    FINITE_OR_PAST,
    GROUP_PARTICIPLE,
    JOINING_PARTICIPLE,
    JUDGEMENTS,
    MAX_SENTENCE,
    NOUN_BEFORE,
    OWNED_OBJECT,
    PROGRESSIVE,
    Attribution,
    Reported,
    _adjunct_only,
    _aside_follows,
    _aside_states,
    _attribution_tail,
    _clause_start,
    _content_after,
    _fronted,
    _inside,
    _trim,
    noun_claims_cue,
    noun_cue,
)
from factcheck.extraction.speech_bounds import cut_before_later_cues, holds_its_speaker
from factcheck.extraction.speech_patterns import (
    _CITATION_END,
    _PREPOSITION,
    ACCORDING_GATE,
    AFTER_CITATION_ENDS,
    AND_CLAUSE,
    ASIDE_CUES,
    CLAUSE_VERB,
    IN_SOURCE,
    IN_SOURCE_AT_END,
    INVERTED_TAIL,
    INVERTING,
    MANNER_PARTICIPLE,
    MODAL_BEFORE,
    NAMED_BODY,
    POLL_RESULT,
    QUOTED_AS,
    SENTENCE_ADVERB,
    STATEMENT_FROM,
    TRAILING_SOURCE,
    WITH_SUBJECT,
    WRITERS_TIME,
    joined_clause,
)
from factcheck.extraction.stances import stance_objects
from factcheck.extraction.verb_that import _verb_that
from factcheck.model import Span


def attribution_after(text: str, start: int, end: int) -> Attribution | None:
    """Attribution right after a closing mark: ``, SPEAKER CUE`` or ``, CUE SPEAKER``.

    Also ``, read a statement from SPEAKER``.
    """
    segment = text[start:end]
    statement = STATEMENT_FROM.match(segment)
    if statement:
        phrase = _speaker_after(text, start + statement.end(), end)
        if phrase is not None:
            verb = Span(start + statement.start(1), start + statement.end(1))
            return Attribution(phrase, verb.of(text).lower(), verb)
    lead = re.match(r"[\s,]*", segment)
    offset = start + (lead.end() if lead else 0)
    for cue in CUE_GATE.finditer(text, offset, end):
        if cue.start() - offset > 90:
            break
        if cue.start() == offset:
            phrase = _speaker_after(text, cue.end(), end)
        else:
            phrase = trailing_inverted(text, offset, cue, end) or _subject_before(text, offset, cue.start())
        if phrase is not None:
            return Attribution(
                phrase, cue.group(1).lower(), Span(cue.start(), cue.start() + len(cue.group(1)))
            )
        break
    return None


#: A clause after a participle cue, before the quotation: "arguing that if …, “…”" (the quotation
#: is inside the clause, not the participle's own words).
CLAUSE_AFTER = re.compile(r"\b(?:that|if|whether|how|why|what|when|because)\b", re.I)
#: A word that opens a participle of manner or time: "by saying, “…”", "while adding, “…”".
PARTICIPLE_LEAD = re.compile(r"\b(?:by|while|after|before|when|in)$")


def _in_title(text: str, cue: re.Match[str]) -> bool:
    """True when a cue word is capitalised after a capitalised word: part of a name ("the
    Andrew Marr Show", "The Daily Show"), not a verb."""
    before = text[max(0, cue.start() - 60) : cue.start()].split()
    return cue.group(1)[:1].isupper() and bool(before) and before[-1][:1].isupper()


def attribution_before(
    text: str, start: int, end: int, sentence_start: int | None = None
) -> Attribution | None:
    """Attribution leading into a quote: ``SPEAKER CUE[ words]:``, ``SPEAKER CUE,`` or ``According to X,``.

    With ``sentence_start``, a participle cue after a comma with no subject of its own takes the
    sentence's subject: 'Kerpen needled the “reporter,” saying, “…”' is Kerpen's."""
    segment = text[start:end].rstrip()
    if not segment.endswith((":", ",")) and not re.search(
        r"\b(?:said|says|added|told \w+)(?: that)?$", segment
    ):
        return None
    acc = list(ACCORDING_GATE.finditer(text, start, end))
    if acc:
        phrase = parse_phrase(text, acc[-1].end(), start + len(segment.rstrip(":,")))
        if phrase is not None:
            return Attribution(phrase, "according to", Span(acc[-1].start(), acc[-1].end()))
    quoted = list(QUOTED_AS.finditer(text, start, end))
    if quoted and not text[quoted[-1].end() : end].strip(" \t:,"):
        # "The newspaper quoted Finance Minister Tom Baker as saying: “…”": Baker speaks
        phrase = quoted_speaker(text, quoted[-1].start(1), quoted[-1].end(1))
        if phrase is not None:
            return Attribution(phrase, "saying", Span(quoted[-1].start(2), quoted[-1].end(2)))
    cues = list(CUE_GATE.finditer(text, start, end))
    if not cues:
        return None
    cue = cues[-1]
    if len(cues) > 1 and _in_title(text, cue):
        cue = cues[-2]  # "Javid told the BBC's Andrew Marr Show: “…”": a programme's name, no cue
    inverted = text[start : cue.start()].rstrip().endswith(",") or not text[start : cue.start()].strip()
    addressed = CUES.get(cue.group(1).lower()) == "tell"  # "telling his colleagues, “…”": the hearers
    phrase = (
        # "…, Lee said, adding, “…”", "“…,” Becker told the Herald, adding, “…”": the cue before speaks on
        (
            speaker_of_cue_before(text, start, cue.start())
            if cue.group(1).lower() in PARTICIPLES and not CLAUSE_AFTER.search(text, cue.end(), end)
            else None
        )
        or _subject_before(text, start, cue.start())
        or (
            _speaker_after(text, cue.end(), end) if inverted and not addressed else None
        )  # "Said Dorothy Lee, …"
    )
    lead = text[start : cue.start()].rstrip()
    if (
        phrase is None
        and sentence_start is not None
        and cue.group(1).lower() in PARTICIPLES
        and (not lead.strip(" ,") or COMMA_END.search(lead) or PARTICIPLE_LEAD.search(lead))
    ):
        phrase = _sentence_subject(text, sentence_start, cue.start())
    if phrase is None:
        return None
    return Attribution(phrase, cue.group(1).lower(), Span(cue.start(), cue.start() + len(cue.group(1))))


def reported_speech(
    text: str,
    sentence: Span,
    quotes: list[Span],
    used_cues: list[Span],
    spoken: Sequence[Attribution] = (),
) -> list[Reported]:
    """Indirect speech in one sentence, outside direct quotes and cues already used by them.

    ``spoken`` holds the attributions of the sentence's quotations: a participle after one
    ("“…,” Lee said, adding that …") continues its speaker.

    A "sentence" longer than :data:`MAX_SENTENCE` characters is a table, a list or text without
    punctuation, not a sentence: nothing is read from it.
    """
    if len(sentence) > MAX_SENTENCE:
        return []
    out: list[Reported] = []
    start, end = sentence.start, sentence.end
    # According to X, CLAUSE  /  CLAUSE, according to X.
    for acc in ACCORDING_GATE.finditer(text, start, end):
        if _inside(acc.start(), quotes):
            continue
        comma = text.find(",", acc.end(), end)
        if acc.start() - start <= 3:
            if comma == -1 or comma - acc.end() > 160:
                named = NAMED_BODY.match(text, acc.end(), end)
                if named is None:
                    continue
                comma = named.end()
            phrase = _citation(text, acc.end(), comma)
            content = _trim(text, comma + 1, end)
        else:
            # the source ends at the end of its line too, and the clause with it: "…, according to
            # the State Department:" before a list of items set as paragraphs
            line_end = _CITATION_END.search(text, acc.end(), comma if comma != -1 else end)
            if line_end is not None:
                comma = -1
            stop = line_end.start() if line_end is not None else comma if comma != -1 else end
            phrase = _citation(text, acc.end(), stop)
            if phrase is not None and phrase.kind == "descriptor" and comma != -1 and stop == comma:
                # "…, according to his spokesperson, Kim Soo-kyung.": the name after the post
                apposed = named_after_post(text, phrase, comma, end)
                if apposed is not None:
                    phrase, name_end = apposed
                    comma = text.find(",", name_end, end)
            content = _trim(text, start, acc.start())
            lead = text[start : acc.start()]
            if phrase is None:
                phrase = _cited(text, acc.end(), stop)
            rest = _trim(text, comma + 1, end) if lead.rstrip().endswith(",") and comma != -1 else None
            if (
                rest is not None
                and AFTER_CITATION_ENDS.match(rest.of(text))
                and not joined_clause(rest.of(text))
            ):
                # "…, according to the poll, which was …", "…, according to the ministry, as talks
                # stalled": the clause ended before it
                rest = None
            if (content is None or rest is not None) and lead.rstrip().endswith(",") and comma != -1:
                # "Now, according to the poll, some states are swinging", "Since November, according
                # to the group, forces have killed …": the clause goes on after it
                if phrase is not None and rest is not None:
                    cited = Attribution(phrase, "according to", Span(acc.start(), acc.end()))
                    head = Span(start + len(lead) - len(lead.lstrip()), start + len(lead.rstrip()))
                    out.extend([Reported(head, cited), Reported(rest, cited)])
                continue
        if phrase is None and acc.start() - start > 3:
            phrase = _cited(text, acc.end(), stop)
        if phrase is not None and content is not None:
            out.append(Reported(content, Attribution(phrase, "according to", Span(acc.start(), acc.end()))))
    # In the new Post-ABC poll, CLAUSE: a poll, a report or a filing that says it
    opening = IN_SOURCE.match(text, start, end)
    if opening is not None and not _inside(start, quotes):
        content = _trim(text, opening.end(), end)
        phrase = _cited(text, opening.start("source"), opening.end("source"))
        if content is not None and phrase is not None and CUE_RE.search(content.of(text)) is None:
            at = opening.start() + len(opening.group()) - len(opening.group().lstrip())
            cue_span = Span(at, at + 2)  # "In"
            out.append(Reported(content, Attribution(phrase, "in", cue_span)))
    # CLAUSE in a new Fox News poll released Thursday.: the poll, named last, says it
    # the pattern holds "poll" or "survey": a sentence with neither is not scanned
    names_poll = text.find("poll", start, end) >= 0 or text.find("survey", start, end) >= 0
    closing = IN_SOURCE_AT_END.search(text, start, end) if opening is None and names_poll else None
    if (
        closing is not None
        and not _inside(closing.start(), quotes)
        and POLL_RESULT.search(text, start, closing.start()) is not None
    ):
        content = _trim(text, start, closing.start())
        phrase = _cited(text, closing.start("source"), closing.end("source"))
        if content is not None and phrase is not None and CUE_RE.search(content.of(text)) is None:
            at = closing.start("in")
            out.append(Reported(content, Attribution(phrase, "in", Span(at, at + 2))))
    # the pattern ends on "saying": a sentence without the word is not scanned
    for quoted in QUOTED_AS.finditer(text, start, end) if text.find("saying", start, end) >= 0 else ():
        phrase = quoted_speaker(text, quoted.start(1), quoted.end(1))
        if _inside(
            quoted.end() + len(text[quoted.end() : end]) - len(text[quoted.end() : end].lstrip(" :,")), quotes
        ):
            continue  # "… as saying: “…”": the quotation is the content, read with its marks
        content = _trim(text, quoted.end(), end)
        if phrase is not None and content is not None:
            cue_span = Span(quoted.start(2), quoted.end(2))
            out.append(Reported(content, Attribution(phrase, "saying", cue_span)))
    if out:
        return out
    for cue in CUE_GATE.finditer(text, start, end):
        word = cue.group(1)
        cue_span = Span(cue.start(), cue.start() + len(word))
        if _inside(cue.start(), quotes) or any(u.overlaps(cue_span) for u in used_cues):
            continue
        lemma = CUES[word.lower()]
        if word[0].isupper() and cue.start() != start:
            continue
        if QUOTED_AS.match(text, cue.start()):
            continue  # "recalled Mayor Ruiz as saying …": Ruiz speaks, not the one who recalls
        if (
            lemma in CUE_KINDS
            and any(r.content.start <= cue.start() < r.content.end for r in out)
            and not (
                TRAILING_SOURCE.search(text, start, cue.start())
                and _attribution_tail(text[cue.end() : end], lemma)
            )
        ):
            # "The diplomat said the bombing showed …": a belief or finding inside what was said;
            # not "…, the survey found.", which closes the sentence and names its own source
            continue
        if word.endswith("s") and NOUN_BEFORE.search(text, max(start, cue.start() - 30), cue.start()):
            continue  # "his comments were …", "these estimates": a plural noun after a determiner
        if noun_cue(word, text[max(start, cue.start() - 30) : cue.start()]):
            continue  # "A third suspect is still being sought", "his claim that": a noun
        if noun_claims_cue(word, text[max(start, cue.start() - 40) : cue.start()], text[cue.end() : end]):
            continue  # "62,000 Gustav claims", "Gustav claims top 378,000": the noun
        if re.match(r"\s+(?:say|says|said|suggest|show|indicate)\b", text[cue.end() : end]) or (
            word.endswith("s") and re.match(r"\s+(?:from|of|by)\b", text[cue.end() : end])
        ):
            continue  # "reports say", "estimates from the FAO": the word is a noun ("said from" is not)
        if text[start : cue.start()].rstrip().endswith(",") and re.match(
            r"\s+by\s+(?![a-z]+ing\b)", text[cue.end() : end]
        ):
            continue  # "Reyes, praised by the board, said …": a passive aside, no speech of hers
        after = text[cue.end() : end]
        before = text[start : cue.start()]
        modal = MODAL_BEFORE.search(before) is not None
        if modal and lemma == "add":
            continue  # "engineers could add flashing lights": no words added
        if lemma == "add" and OWNED_OBJECT.match(after) and not re.search(r"[,”\"’']\s*$", before):
            continue  # "councils add their own mark-up": an object, no words
        attribution: Attribution | None = None
        if word.lower() in PARTICIPLES:
            issued = DOCUMENT_BEFORE.search(before)
            with_subject = WITH_SUBJECT.search(before)
            with_named = (
                parse_phrase(text, start + with_subject.start(1), start + with_subject.end(1))
                if with_subject is not None
                else None
            )
            if with_named is not None and with_named.kind in ("person", "organisation"):
                # "…, with the Election Commission of Pakistan saying it could not …": the named
                # person or body between "with" and the participle speaks
                content = _content_after(text, cue.end(), end, lemma)
                if content is not None:
                    out.append(Reported(content, Attribution(with_named, word.lower(), cue_span)))
                continue
            joined = JOINING_PARTICIPLE.search(before) if start < cue.start() - 12 else None
            group = (
                None
                if issued or joined or after.lstrip().startswith(",")
                else GROUP_PARTICIPLE.search(before)
            )
            plain: Phrase | None = None
            # after a comma, or a dash ("flipped his choice on the spot – saying …")
            if not re.search(r"(?:,|\s[–—]|\s--?)(?:\s+[a-z]+ly)?$", before.rstrip()) and not (
                issued or joined or group
            ):
                # "staff members suggesting that …", "911 calls saying …": a group right before
                be = PROGRESSIVE.search(before) if lemma not in ("call", "ask") else None
                if be is not None:  # "Clinton is insisting that …"
                    plain = _subject_before(text, start, start + be.start())
                elif not after.lstrip().startswith(","):
                    last = [m.end() for m in _PREPOSITION.finditer(text, start, cue.start())]
                    plain = _people_group(_trailing_group(text, last[-1] if last else start, cue.start() - 1))
                if plain is None:
                    continue  # ", saying …", ", quickly adding …", "issued a statement saying …"
            if joined and any(r.content.start <= cue.start() < r.content.end for r in out):
                continue  # "… after the professor hoaxed the class by telling …": inside what was said
            earlier = [a for a in (*spoken, *(r.attribution for r in out)) if a.cue_span.end <= cue.start()]
            subject: Phrase | None
            if plain is not None:
                subject = plain
            elif group is not None:  # "with 30 percent of voters saying …": the group says it
                subject = _trailing_group(text, start + group.end("with"), start + len(before.rstrip()))
            elif issued is not None:  # the subject of the verb that issued the document
                subject = _subject_before(text, start, start + issued.start())
            elif earlier:
                subject = max(earlier, key=lambda a: a.cue_span.start).phrase
            else:
                # "The opposition parties walked out, alleging …", "The peace adviser, Ana Ruiz, …"
                subject = _sentence_subject(text, start, cue.start()) or plain_subject(
                    text, start, cue.start()
                )
            if subject is None:
                continue
            content = _content_after(text, cue.end(), end, lemma)
            led = before.rstrip()
            bare = not (FINITE_OR_PAST.search(led) or CUE_RE.search(led) or re.search(r"[“”\"']", led))
            if content is not None and bare and APOSED_OPENING.search(led):
                # "The minister, after saying the plan was affordable, left …": the aside between a
                # bare subject and its verb closes at the last comma before a finite verb
                commas = re.finditer(r",\s+", content.of(text))
                closes = [c.start() for c in commas if FINITE_OR_PAST.match(text, content.start + c.end())]
                content = _trim(text, content.start, content.start + closes[-1]) if closes else content
            if content is not None:
                out.append(Reported(content, Attribution(subject, word.lower(), cue_span)))
            continue
        phrase = (
            _coordinated_subject(text, start, cue.start())
            or joined_after_report(text, start, cue.start())
            or _subject_before(text, start, cue.start())
        )
        inverted = None
        if (
            phrase is not None
            and phrase.kind in ("descriptor", "org-descriptor")
            and lemma in INVERTING
            and COMMA_END.search(before.rstrip())
        ):
            # "…, and support from the state, said Ana Ruiz, …": a person named after the cue speaks
            inverted = _inverted(text, start, cue.start(), cue.end(), end, strict=True)
            if inverted is not None and inverted[1].kind == "person":
                phrase = None
            else:
                inverted = None
        if phrase is not None:
            attribution = Attribution(phrase, word.lower(), cue_span)
            stripped = after.strip()
            clause_start = _clause_start(text, start, cue.start())
            pair = _apposed_pair(text, start, cue.start(), phrase)
            if pair is not None:  # "…, the health minister, Stephen Donnelly, said."
                clause_start, phrase = pair
                attribution = Attribution(phrase, word.lower(), cue_span)
            mark = re.match(r"[,:]?\s*[“\"‘«]", stripped)
            if mark and _inside(cue.end() + len(after) - len(after.lstrip()) + mark.end() - 1, quotes):
                continue  # the cue introduces a direct quote (not '“zero” voters would …': a word or two)
            if clause_start > start and COMMA_END.search(text[start:clause_start].rstrip()) and not modal:
                # (never after a modal: "…, saying the Department … should explain the delays")
                # CLAUSE, SPEAKER CUE[ extra].  or  PART, SPEAKER CUE, PART.
                first = _trim(text, start, clause_start)
                if first is not None and ASKED_OPENING.match(text, first.start):
                    first = None  # "Asked whether …, he said …": the question is not his words
                if first is not None and in_contact_relative(text, clause_start, cue.start()):
                    first = None  # "…, while lawmakers argued over a raise the governor promised."
                rest = _content_after(text, cue.end(), end, lemma)
                if CONTRAST_AFTER_DASH.match(after):
                    rest = None  # "…, organisers have said - although neighbours complained …"
                comma_after = after.lstrip().startswith(",")
                aside_end = text.find(",", cue.end(), end)
                if (
                    not comma_after
                    and (lemma in ASIDE_CUES or wire_report(lemma, text, clause_start, cue.start()))
                    and _aside_follows(after, lemma)
                    and (
                        not any(aside_end < q.start < end for q in quotes)  # '…, Calif. “The reality …”'
                        # "The aid, he wrote on Telegram, “buys time,” and …": the quotation is the verb's
                        or (first is None and interrupted_subject(text, start, clause_start, aside_end + 1))
                    )
                ):
                    # "…, an official said on Sunday, a day after …", "…, she told CNN, …": only a
                    # time, a place or the hearer before the comma, as if the comma followed the cue
                    rest = _trim(text, aside_end + 1, end)
                    if rest is not None and (
                        # ", noting …" is a cue of its own; "…, the union said on Monday, raising the
                        # prospect of walkouts" the writer's: a participle after the aside
                        rest.of(text).split(None, 1)[0].lower().endswith("ing")
                        or re.match(r"\s*as\b", text[clause_start : cue.start()])
                    ):
                        rest = None  # "…, as Cruz said on …, …": an aside
                    # with no verb before ("And yet every Friday, the executive told the Post, Fiorina
                    # would …"), the words are what follows the hearer, read below
                    comma_after = first is not None and FINITE_OR_PAST.search(first.of(text)) is not None
                    if (
                        comma_after
                        and rest is not None
                        and _aside_states(after, lemma)
                        and not AND_CLAUSE.match(text, rest.start)
                    ):
                        # "Spending fell 0.4 per cent, the bureau said on Thursday, the third monthly
                        # fall in a row": after a whole clause, only a joined clause ("…, and
                        # those in the bottom fifth paid …") goes on with the reported words
                        rest = None
                    if (
                        first is None
                        and rest is not None
                        and interrupted_subject(text, start, clause_start, rest.start)
                    ):
                        comma_after = True  # "The summit, she told Spanish radio, had proved …"
                if rest is not None and (
                    MANNER_PARTICIPLE.match(text, rest.start) or WRITERS_TIME.match(text, rest.start)
                ):
                    rest = None  # "…, two of the sources said, speaking on condition of anonymity"
                if first is None and rest is not None and comma_after:
                    # "The risks, he says, are apparent …": a short subject before the aside
                    first = _trim(text, start, clause_start, words=1)
                    if first is not None and SENTENCE_ADVERB.fullmatch(first.of(text)):
                        # "However, the minister said, the plan would go ahead": the words are after it
                        out.append(Reported(rest, attribution))
                        continue
                relative = re.match(
                    r"\s*(?:where|which|who|whom|whose|when)\b", text[clause_start : cue.start()]
                )
                adjunct = lemma == "tell" and not comma_after and _adjunct_only(after)
                if adjunct:  # "…, two delegates told AFP on condition of anonymity.": no words after
                    rest = None
                tail_ok = comma_after or adjunct or _attribution_tail(after, lemma)
                if (
                    first is not None
                    and (rest is not None or not _fronted(first.of(text)))
                    and not relative
                    and (rest is None or comma_after)
                    and tail_ok
                ):
                    out.append(Reported(first, attribution))
                    if rest is not None:
                        out.append(Reported(rest, attribution))
                    continue
            as_opening = AS_OPENING.match(text, start, cue.start()) is not None
            if as_opening and (tail := AS_TAIL.match(after)) is not None:
                # "As the paper noted, it is surprising …": the clause after the aside is what was said
                content = _trim(text, cue.end() + tail.end(), end)
                if content is not None:
                    out.append(Reported(content, attribution))
                continue
            if stripped.startswith(","):  # "says, worldwide, 126 million children …"
                aside = re.match(r",[^,]{1,30},", stripped)
                if aside is None:
                    continue
            stop = end
            if as_opening and "," not in text[start : cue.start()]:
                # "As the minister said he would, the government raised the levy": the words end
                # with the "As" clause, and what comes after its comma is the writer's
                comma = text.find(",", cue.end(), end)
                stop = comma if comma != -1 else end
            content = _content_after(text, cue.end(), stop, lemma)
            if content is not None:
                out.append(Reported(content, attribution))
            continue
        # CLAUSE, CUE SPEAKER.  (Never ", called Thomas": that names someone, it attributes nothing.)
        inverted = inverted or (
            _inverted(text, start, cue.start(), cue.end(), end)
            # nor a judgement's object: "…, who was not involved, described the study as …" is his
            if COMMA_END.search(before.rstrip()) and lemma != "call" and lemma not in JUDGEMENTS
            else None
        )
        if inverted is not None and inverted[1].kind != "pronoun":
            out.append(Reported(inverted[0], Attribution(inverted[1], word.lower(), cue_span)))
    out += _verb_that(text, sentence, quotes, used_cues, out)
    out += stance_objects(text, sentence, quotes, used_cues, out)
    return [cut_before_later_cues(text, r, out) for r in out if not holds_its_speaker(text, r)]


def _inverted(
    text: str, start: int, cue_start: int, cue_end: int, end: int, *, strict: bool = False
) -> tuple[Span, Phrase] | None:
    """ "CLAUSE, CUE SPEAKER." : the clause before the cue and the speaker after it, when the
    speaker ends the sentence ("…, said the mayor.", "…, said Ana Ruiz, a city planner."); never
    "…, said the problem was …", a clause after the cue and no speaker.  ``strict``: only a
    comma or the sentence's end after the speaker, no adverbial tail ("…, said Ruiz on Monday")."""
    inverted = _speaker_after(text, cue_end, end)
    content = _trim(text, start, cue_start)
    if inverted is None or content is None:
        return None
    tail = text[inverted.span.end : end].strip()
    if tail and tail[:1] not in ",.;!?" and (strict or INVERTED_TAIL.match(tail) is None):
        return None
    if CLAUSE_VERB.search(inverted.span.of(text)) or (strict and ASIDE_THEN_VERB.match(tail)):
        return None  # strict: "The letter, …, said Ana Ruiz, the state auditor, had resigned"
    return content, inverted


#: An aside after a name, then a verb of which the name is the subject: ", the state auditor, had".
ASIDE_THEN_VERB = re.compile(
    r",[^,]{1,80},\s*(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|will|would|could|should|can|"
    r"may|might|must|did|does)\b"
)


#: A clause ending in a comma, inside the closing mark of a quotation that ends it too
#: ("golf clubs are ''just scratching out a profit,'' Mr. Hedge said").
COMMA_END = re.compile(r",(?:" + CLOSING_MARK.pattern + r")?$")
#: A participle set off after its subject ("The minister, after saying …", "Ruto, while saying …").
APOSED_OPENING = re.compile(r"\w,(?:\s+(?:after|before|while|by|when))?$")
