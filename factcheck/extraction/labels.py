"""Attributions by layout: transcript labels ("PENCE: …"), digest name lines ("JANE ROE, CHIEF
STRATEGIST, SOME BANK:") and signed quotes ("“…” ― Maria Lopez, 34, Ohio").

A paragraph that ends with a colon leads into the quotation that opens the next one ("Trump
said in a statement:", "Cruz continued:", "The senator posted on Facebook:").

Each gives an :class:`~factcheck.extraction.reported.Attribution` whose cue is the mark that
attributes (":" for a label, the dash for a signature), so a quote knows it was found by
layout (``Found.LABEL``).  The words and patterns of attributed headlines ("Okafor: …",
"Okafor Says …", "Factbox: …" is none) are here too; the pipeline reads the headline.
"""

from __future__ import annotations

import re

import attrs

from factcheck.extraction.open_cues import open_attribution_before, surnames_in_full
from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.phrases import parse_phrase
from factcheck.extraction.reported import Attribution
from factcheck.extraction.speaker_words import PLACE_WORDS, first_names
from factcheck.extraction.speech import attribution_before
from factcheck.model import Span
from factcheck.sentences import sentences

#: The cues layout attributions carry: a label's colon, a signature's dash.
LABEL_CUES = frozenset({":", "―", "—", "–", "-", "--"})

#: A paragraph opening with a speaker's name in capitals and a colon; a role may follow the name
#: after a comma ("JANE ROE, CHIEF STRATEGIST, SOME BANK:").
LABEL = re.compile(
    r"(?P<name>[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3})"
    r"(?P<role>(?:,[ \t]*[A-Z0-9][A-Z0-9.'’&/ -]*){0,3})"
    r"[ \t]*(?P<colon>:)[ \t]*"
)
#: A paragraph opening with a speaker's name in title case and a colon ("Matthews: Well, …"):
#: a transcript's turn only where two paragraphs or more open so (see :func:`transcript_labels`).
TITLE_LABEL = re.compile(
    r"(?P<name>[A-Z][a-z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,2})[ \t]*(?P<colon>:)[ \t]+(?=\S)"
)
#: A quotation mark that may open a labelled turn quoted from a transcript.
OPENING_MARKS = frozenset('"“')
#: Capitalised lines that label a section, not a speaker.
SECTION_LABELS = frozenset(
    """READ MORE WATCH UPDATE UPDATED EDITOR'S NOTE CORRECTION PHOTOS PHOTO VIDEO RELATED BREAKING
    EXCLUSIVE ANALYSIS OPINION FACTBOX TIMELINE Q A NOTE SOURCE SOURCES CREDIT ADVERTISEMENT LIVE
    WARNING ALERT PREVIOUSLY ALSO SEE MORE LISTEN TRANSCRIPT RECAP BACKGROUND CONTEXT FACT CHECK
    SPOILER DISCLAIMER""".split()
)
#: Words before a headline's colon that label the story, not a speaker ("Factbox: …").
KICKERS = frozenset(
    {
        "FACTBOX",
        "EXCLUSIVE",
        "INSTANT VIEW",
        "ANALYST VIEW",
        "Q&A",
        "TIMELINE",
        "EXPLAINER",
        "ANALYSIS",
        "OPINION",
        "EDITORIAL",
        "UPDATE",
        "WATCH",
        "BREAKING",
        "LIVE",
        "FACT CHECK",
        "VIDEO",
        "PHOTOS",
        "INTERVIEW",
        "REVIEW",
        "COLUMN",
        "COMMENTARY",
        "WRAPUP",
        "FOCUS",
        "INSIGHT",
        "BRIEF",
        "SPECIAL REPORT",
    }
)
#: A poll before a headline's colon, whose finding the headline gives ("Poll: Clinton and Trump in
#: dead heat"); no speaker ("Report: …" is left: the reader would take up a body named in the story
#: as the report's).
HEADLINE_FINDINGS = frozenset({"poll", "new poll"})


#: "Speaker Says claim" headlines; a topic after the verb is no claim ("Harris Warns of Higher Prices").
HEADLINE_SAYS = re.compile(
    r"^(?P<who>[^:,]{2,60}?)\s+(?:[Ss]ays|[Ss]aid|[Ww]arns|[Cc]laims|Reports)\s+(?!(?i:of|about|against|on|over)\b)"
    r"(?P<claim>.{8,})$"
)
#: "claim, speaker says" headlines.
HEADLINE_SAYS_AFTER = re.compile(
    r"^(?P<claim>.{8,}?),\s+(?P<who>[^,]{2,60}?)\s+(?:[Ss]ays|[Ss]aid|[Ww]arns)$"
)
#: A signature after a closing mark: a dash, then a name (and an age or place after commas).
SIGNATURE = re.compile(
    r"[^\S\n]*(?P<dash>―|—|–|--|-)[^\S\n]*(?P<name>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})\b"
)


def _title_case(words: str) -> str:
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in words.split())


def label_at(text: str, para: Span) -> tuple[Attribution, Span | None] | None:
    """The speaker label opening a paragraph and the words it attributes (None when the label
    stands alone, for the paragraph after it)."""
    at = para.start + 1 if text[para.start : para.start + 1] in OPENING_MARKS else para.start
    match = LABEL.match(text, at, para.end)  # '"WALLACE: …': a transcript quoted whole
    if match is None:
        return _title_label(text, para, at)
    name = match.group("name")
    if any(w.strip(".'’") in SECTION_LABELS for w in name.split()) or len(name.replace(".", "")) < 2:
        return None
    cased = _title_case(name)
    phrase = parse_phrase(cased, 0, len(cased))
    if phrase is None or phrase.kind != "person" or not phrase.name:
        return None
    role = match.group("role").strip(" ,\t") or None
    span = Span(match.start("name"), match.end("name"))
    phrase = Phrase(span, "person", name=phrase.name, role=_title_case(role) if role else phrase.role)
    colon = Span(match.start("colon"), match.end("colon"))
    rest = turn_span(text, match.end(), para.end)
    return Attribution(phrase, ":", colon), (rest if len(rest) else None)


def turn_span(text: str, start: int, end: int) -> Span:
    """The words of a labelled turn, from after the label to the paragraph's end, spaces off."""
    return Span(start, start + len(text[start:end].rstrip()))


def _title_label(text: str, para: Span, at: int) -> tuple[Attribution, Span | None] | None:
    """A label in title case ("Matthews: …", "Luciana Lopez: …"): a person's name, no place, no
    section word ("Note:", "Update:"), with the turn's words after it on the same line."""
    match = TITLE_LABEL.match(text, at, para.end)
    if match is None:
        return None
    name = match.group("name")
    words = name.lower().split()
    if any(w.upper().strip(".'’") in SECTION_LABELS or w.strip(".") in PLACE_WORDS for w in words):
        return None
    phrase = parse_phrase(text, match.start("name"), match.end("name"))
    if phrase is not None and (phrase.role or "").strip(".").lower() == "hon":
        # a legislature's record names a minister "Hon. Catherine Lafleur:": a courtesy, no post
        phrase = attrs.evolve(phrase, role=None)
    if phrase is None or phrase.kind != "person" or not phrase.name or phrase.role:
        return None
    colon = Span(match.start("colon"), match.end("colon"))
    rest = turn_span(text, match.end(), para.end)
    if len(re.findall(r"[A-Za-z][a-z’']+", rest.of(text))) < TURN_WORDS:
        return None  # "Hillary Clinton: 1,769.", "Age: 27": a list's entry, not a turn of speech
    surname = phrase.name.split()[-1]
    if re.search(r"\b" + re.escape(surname) + r"\b", rest.of(text)):
        return None  # "Rubio: Retirement accounts. Two years ago, Senator Rubio proposed …": a heading
    if " " not in phrase.name and surname not in surnames_in_full(text):
        return None  # "Name: …", "Pay: …": a form's field; a surname alone is one the text gives in full
    return Attribution(phrase, ":", colon), rest


#: Words a turn after a title-case label has at least ("Win in a walk." is a list's entry).
TURN_WORDS = 6


def transcript_labels(text: str, paragraphs: list[Span]) -> dict[int, tuple[Attribution, Span | None]]:
    """Labels of speakers' turns by paragraph index: read only where the layout is a transcript
    (two labels or more) or a digest (a label with a role after its name)."""
    found = {i: label for i, para in enumerate(paragraphs) if (label := label_at(text, para)) is not None}
    titled = [i for i, (attribution, _) in found.items() if not attribution.phrase.span.of(text).isupper()]
    if len(titled) < 2:  # one "Name: …" line is a headline's layout, not yet a transcript
        found = {i: label for i, label in found.items() if i not in titled}
    if len(found) >= 2:
        return found
    return {
        i: label
        for i, label in found.items()
        if label[0].phrase.role and "," in text[paragraphs[i].start : label[0].cue_span.start]
    }


#: An interview's question and answer labels: "Q: Are we in another bubble?", "A: Not in housing".
QUESTION = re.compile(r"[ \t]*(?:Q|Question)[ \t]*[:.][ \t]+(?=\S)")
ANSWER = re.compile(r"[ \t]*(?:A|Answer)[ \t]*[:.][ \t]+(?=\S)")
#: A person's full name in an interview's introduction ("Dean Baker, co-founder of …, warned …").
#: A run of two to four capitalised words that ends the run: "Kenya Primary School Heads" of "the
#: Kenya Primary School Heads Association" is no one's full name ("Kenya" is a given name).
FULL_NAME = re.compile(r"\b[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3}(?![ \t]+[A-Z])")


def interview_answers(text: str, paragraphs: list[Span]) -> dict[int, tuple[Attribution, Span | None]]:
    """The answers of a question-and-answer interview by paragraph index: where two paragraphs or
    more open with "Q:" and two or more with "A:", each answer is the words of the person the
    introduction (the paragraphs before the first question) names first; none without one."""
    asked = [i for i, para in enumerate(paragraphs) if QUESTION.match(text, para.start, para.end)]
    answers = {i: m for i, para in enumerate(paragraphs) if (m := ANSWER.match(text, para.start, para.end))}
    if len(asked) < 2 or len(answers) < 2:
        return {}
    guest: Phrase | None = None
    for para in paragraphs[: asked[0]]:
        for run in FULL_NAME.finditer(text, para.start, para.end):
            phrase = parse_phrase(text, run.start(), run.end())
            if phrase is None or phrase.kind != "person" or not phrase.name:
                continue
            name = phrase.name if " " in phrase.name else run.group()  # "Dean Baker", a title-like name
            if name.split()[0].lower() in first_names():  # "Policy Research" is no one's full name
                guest = Phrase(phrase.span, "person", name=name, role=phrase.role)
                break
        if guest is not None:
            break
    if guest is None:
        return {}
    out: dict[int, tuple[Attribution, Span | None]] = {}
    for i, match in answers.items():
        label = Span(match.start(), match.start() + len(match.group().strip(" \t:.")))
        phrase = Phrase(label, "person", name=guest.name, role=guest.role)
        colon = Span(label.end, label.end + 1)
        out[i] = (Attribution(phrase, ":", colon), turn_span(text, match.end(), paragraphs[i].end))
    return out


#: A signature on a line of its own below a quoted paragraph: "- Sanders." or "— Jane Roe".
SIGNATURE_LINE = re.compile(
    r"[ \t]*(?P<dash>―|—|–|--|-)[ \t]*(?P<name>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){0,3}?)\.?"
    # an age and a place may follow: "— Priya S., 31, Mississauga, Ont."
    r"(?:,[ \t]*\d{1,3}(?:,[ \t]*[A-Z][^\n,]{1,40}){0,2}\.?)?[ \t]*$",
    re.M,
)


def signature_below(text: str, position: int) -> Attribution | None:
    """A quote signed on the next line: a paragraph that is only a quotation, then a line that is
    only a dash and a name ("- Sanders."), as fact-check columns print the claims they check."""
    line_end = text.find("\n", position)
    if line_end < 0 or text[position:line_end].strip(" \t.,"):
        return None  # the quotation does not end its line
    start = line_end
    while start < len(text) and text[start] in " \t\n":
        start += 1
    if text.count("\n", line_end, start) > 2:
        return None  # too far below to sign it
    next_end = text.find("\n", start)
    match = SIGNATURE_LINE.match(text, start, next_end if next_end >= 0 else len(text))
    if match is None:
        return None
    phrase = parse_phrase(text, match.start("name"), match.end("name"))
    if phrase is None or phrase.kind != "person":
        return None
    return Attribution(phrase, match.group("dash"), Span(match.start("dash"), match.end("dash")))


#: Spaces after a signature, then the character that follows them ("" at the end of the text).
TRAILING = re.compile(r"[^\S\n]*(.?)", re.S)


def signature_after(text: str, position: int, end: int) -> Attribution | None:
    """A signed quote: "“…” ― Maria Lopez, 34, Ohio" (the dash and a name right after the mark,
    ending the line or followed by a comma)."""
    match = SIGNATURE.match(text, position, end)
    if match is None:
        return None
    trailing = TRAILING.match(text, match.end(), min(len(text), match.end() + 8))
    after = trailing.group(1) if trailing else ""  # spaces, no-break ones too, may end the line
    if after not in ("", ",", "\n", "."):
        return None
    phrase = parse_phrase(text, match.start("name"), match.end("name"))
    if phrase is None or phrase.kind != "person":
        return None
    return Attribution(phrase, match.group("dash"), Span(match.start("dash"), match.end("dash")))


#: "SUBJECT VERB … :" with any verb: "Cruz called them on it:", "The campaign released the
#: following statement:"; the subject a name, a body or a personal pronoun.
_LEAD_IN = re.compile(
    r"\s*(?:(?:In|On|At|After|During|Later|Earlier|Then|And|But)\b[^,:;]{0,40},\s+)?"
    r"(?P<who>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)"
    r"\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{3,}(?:ed|s)|wrote|said|told|spoke|put)\b[^:“”\"]{0,80}:\s*$"
)
#: Words ending like a verb that lead into no quotation.
_NOT_LEAD_VERBS = frozenset("news was has is does needs means seems looks reads includes follows".split())


def lead_in_above(text: str, position: int) -> Attribution | None:
    """The attribution of a quotation that opens a paragraph, read from the paragraph above when
    that one ends with a colon ("Trump said in a statement:\\n\\n“…”")."""
    end = position
    while end > 0 and text[end - 1] in " \t\n“\"'‘":
        end -= 1
    if end == 0 or text[end - 1] != ":" or "\n" not in text[end:position]:
        return None
    line_start = text.rfind("\n", 0, end) + 1
    start = sentences(text, Span(line_start, end))[-1].start
    found = attribution_before(text, start, end) or open_attribution_before(text, start, end)
    if found is not None:
        return found
    match = _LEAD_IN.match(text, start, end)
    if match is None or match.group("verb") in _NOT_LEAD_VERBS:
        return None
    phrase = parse_phrase(text, match.start("who"), match.end("who"))
    if phrase is None or phrase.kind not in ("person", "organisation", "pronoun", "descriptor"):
        return None
    if phrase.kind == "pronoun" and (phrase.pronoun or "") == "it":
        return None
    return Attribution(phrase, match.group("verb"), Span(match.start("verb"), match.end("verb")))
