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
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from factcheck.extraction.phrases import Phrase, parse_phrase
from factcheck.extraction.speaker_words import (
    ANONYMOUS_PLURALS,
    OPENING_WORDS,
    ORG_NOUNS,
    ORG_WORDS,
    PARTY_TAG,
)
from factcheck.extraction.subjects import appositive_subject, described_group
from factcheck.extraction.text import word_alternation
from factcheck.model import Span
from factcheck.sentences import abbreviation_before
from factcheck.vocabulary import PERSON_NOUNS

CUE_FORMS = {
    "say": "say says said saying",
    "tell": "tell tells told telling",
    "add": "add adds added adding",
    "note": "note notes noted noting",
    "warn": "warn warns warned warning",
    "state": "stated stating",  # never "states": far more often the noun ("five states voting")
    "emphasize": "emphasize emphasizes emphasized emphasise emphasises emphasised emphasizing",
    "stress": "stress stresses stressed stressing",
    "explain": "explain explains explained explaining",
    "claim": "claims claimed claiming",
    "insist": "insist insists insisted insisting",
    "argue": "argue argues argued arguing",
    "announce": "announce announces announced announcing",
    "declare": "declare declares declared declaring",
    "report": "reports reported reporting",
    "estimate": "estimates estimated",
    "predict": "predict predicts predicted predicting",
    "caution": "cautions cautioned",
    "comment": "comments commented",
    "remind": "remind reminds reminded reminding",
    "acknowledge": "acknowledge acknowledges acknowledged acknowledging",
    "admit": "admit admits admitted admitting",
    "confirm": "confirms confirmed confirming",
    "deny": "deny denies denied denying",
    "suggest": "suggest suggests suggested suggesting",
    "indicate": "indicate indicates indicated indicating",
    "write": "writes wrote",
    "reply": "replies replied",
    "believe": "believe believes believed",
    "urge": "urges urged urging",
    "call": "calls called calling",
    "describe": "describe describes described describing",
    "accuse": "accuse accuses accused accusing",
    "criticize": "criticize criticizes criticized criticizing criticise criticises criticised criticising",
    "praise": "praises praised praising",
    "blame": "blames blamed blaming",
    "conclude": "conclude concludes concluded",
    "observe": "observes observed",
    "point": "pointed",
    "recall": "recalls recalled recalling",
    # attributions beyond speech: beliefs, findings, questions, promises (PolNeAR marks them all);
    # these take a clause, so they count only when a finite clause follows (SPEECH_VERBS)
    "think": "think thinks thought",
    "hope": "hope hopes hoped",
    "want": "want wants wanted",
    "know": "know knows knew",
    "fear": "fear fears feared",
    "worry": "worries worried",
    "feel": "feel feels felt",
    "view": "view views viewed",
    "see": "see sees saw",
    "regard": "regard regards regarded",
    "expect": "expect expects expected",
    "suspect": "suspect suspects suspected",
    "assume": "assume assumes assumed",
    "doubt": "doubts doubted",
    "realize": "realize realizes realized realise realises realised",
    "recognize": "recognize recognizes recognized recognise recognises recognised",
    "understand": "understand understands understood",
    "imagine": "imagine imagines imagined",
    "guess": "guesses guessed",
    "show": "show shows showed showing",
    "find": "finds found",
    "ask": "ask asks asked asking",
    "wonder": "wonders wondered wondering",
    "promise": "promises promised",
    "vow": "vows vowed",
    "pledge": "pledges pledged",
    "allege": "allege alleges alleged alleging",
    "complain": "complain complains complained complaining",
    "contend": "contend contends contended contending",
    "concede": "concede concedes conceded conceding",
    "tweet": "tweets tweeted",
    "testify": "testify testifies testified testifying",
    "reveal": "reveals revealed revealing",
    # verbs of saying that also take plain objects: read only before a finite clause
    "assert": "asserts asserted asserting",
    "maintain": "maintains maintained maintaining",
    "counter": "countered countering",
    "retort": "retorts retorted",
    "remark": "remarked remarking",
    "muse": "mused",
    "speculate": "speculates speculated speculating",
    "proclaim": "proclaims proclaimed proclaiming",
    "brag": "brags bragged bragging",
    "imply": "implies implied implying",
    "signal": "signals signaled signalled signaling signalling",
    "assure": "assures assured assuring",
    "quip": "quipped",
    "respond": "responds responded responding",
    "recount": "recounts recounted recounting",
}
#: What kind of attribution each cue makes: speech, writing, belief or finding (PolNeAR's
#: attributions go beyond speech: "Trump believes …", "polls show …", "the report found …").
CUE_KINDS = {
    **dict.fromkeys(("write", "tweet"), "wrote"),
    **dict.fromkeys(("think", "believe", "hope", "fear", "worry", "wonder", "want", "know"), "believes"),
    **dict.fromkeys(
        (
            "feel",
            "expect",
            "suspect",
            "assume",
            "doubt",
            "realize",
            "recognize",
            "understand",
            "imagine",
            "guess",
            "view",
            "see",
            "regard",
        ),
        "believes",
    ),
    **dict.fromkeys(("show", "find", "indicate", "conclude", "observe", "reveal"), "found"),
    "ask": "asked",
}
CUES = {form: lemma for lemma, forms in CUE_FORMS.items() for form in forms.split()}
PARTICIPLES = frozenset(f for f in CUES if f.endswith("ing"))
AUXILIARIES = (
    r"(?:has|have|had|will|would|also|later|further|then|again|previously|earlier|recently|"
    r"has\s+also|had\s+also|repeatedly|reportedly|once|even|publicly|privately|separately|"
    r"is|was|were|are|has\s+been|does|do|did|can|could|may|might|must|should|still|also|not|never|"
    r"(?:has|have|had|does|do|did|is|was|are|were)n[’']t|of\s+course,?|"
    # adverbs and times between a subject and its cue: "The budget office now says", "Clinton's
    # advisers have long insisted", "Trump at the time said", "The party this week announced",
    # "Dianne Feinstein last week said", "officially announced" (never "the family said")
    r"now|already|long|both|all|each|first|too|alone|at\s+the\s+time|"
    r"(?:this|last|that|(?:earlier|later)\s+this|late\s+last)\s+"
    r"(?:week|month|year|weekend|morning|afternoon|evening|night|spring|summer|fall|winter)|"
    r"(?-i:(?!(?:family|ally|rally|assembly|supply|daily|weekly|monthly|quarterly|monopoly|anomaly|elderly|bully)\b)"
    r"[a-z]{2,}ly))"
)
PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.I)
CUE_RE = re.compile(r"\b(" + word_alternation(CUES) + r")\b(?:\s+out)?", re.I)
ACCORDING = re.compile(r"\baccording to\b", re.I)
#: The words that open a clause, so a speaker phrase never reaches back past them.
_BOUNDARY_WORDS = (
    "that and but while as when said says told added because since after before if although though unless "
    "until whether once so"
).split()
LEFT_BOUNDARY = re.compile(
    # a dateline first ("WASHINGTON (Reuters) -"), then punctuation and the words that open a clause
    # (a hyphen or two between spaces is a dash: "Inside the hall - which … - Adel Nour said")
    # (the words as one trie: a whole word between two boundaries is one word, so the order of the
    # alternatives never mattered among them, and a trie drops most at the first letter)
    r"(?:\([A-Z][\w .&-]{1,30}\)\s*[-—–]+|^|[,;:“”\"(—–\n]|\s--?(?=\s)|\b"
    + word_alternation(_BOUNDARY_WORDS)
    + r"\b)\s*",
    re.I,
)
OBJECTS = re.compile(
    r"^(?:reporters|journalists|the\s+\w+|a\s+\w+(?:\s+\w+)?|an\s+\w+|his\s+[\w\s]{1,30}?|her\s+[\w\s]{1,30}?|"
    r"their\s+[\w\s]{1,30}?|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,4}|us|me|him|her|them|parliament|lawmakers),?\s+",
)


NAMED_BODY = re.compile(
    r"\s*(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,7}[A-Z][\w’'.-]*(?:\s+\([A-Z][A-Za-z.&-]+\))?"
)
QUOTED_AS = re.compile(
    r"\b(?:quoted|recalled|cited|remembered)\s+((?:an?|the|one)\s+[\w\s-]{2,40}?|[A-Z][\w.'’\s-]{2,40}?)\s+as\s+(saying)\b"
)


#: A sentence opening on a document that says what follows: "In the new Post-ABC poll, …", "In a
#: report released Monday, …" (a poll, study, filing or text; never an interview or a speech,
#: where a person speaks).
IN_SOURCE = re.compile(
    r"\s*[Ii]n\s+(?!the\s+(?:wake|aftermath|face|light)\s+of\b)"
    r"(?P<source>(?:a|an|the|its|his|her|their|[A-Z][\w.’'-]*(?:[’']s)?)\s+"
    r"(?:[\w.’'/&-]+\s+){0,8}?(?:polls?|survey|study|report|analysis|census|audit|review|filing|ruling|"
    r"complaint|lawsuit|indictment|memo|letter|book|memoir|paper|article|editorial|column|op-ed|ad|"
    r"advertisement|video|tweet|post|e-?mail|transcript|testimony|data)\b[^,;:“”\"]{0,80}),\s+"
)


#: How far before a cue a speaker phrase may begin, in characters.
SUBJECT_WINDOW = 300
#: The longest run of text read as one sentence, in characters.
MAX_SENTENCE = 3000


@attrs.frozen
class Attribution:
    """A cue with its speaker phrase: who speaks, by which verb, where."""

    phrase: Phrase
    cue: str
    cue_span: Span


@attrs.frozen
class Reported:
    """Indirect speech found in a sentence: the reported clause and its attribution."""

    content: Span
    attribution: Attribution


def _trim(text: str, start: int, end: int, words: int = 3) -> Span | None:
    """The span between ``start`` and ``end`` without edge punctuation or a leading "that", if it
    holds at least ``words`` words (and 8 characters when ``words`` is the default 3)."""
    while start < end and text[start] in " ,;:—–-\t":
        start += 1
    if text[start : start + 5].lower() == "that ":
        start += 5
    while start < end and text[start] in " ,":
        start += 1
    while end > start and text[end - 1] in " ,;:.—–-\t":
        end -= 1
    if len(text[start:end].split()) < words or (words == 3 and end - start < 8):
        return None
    return Span(start, end)


def _subject_before(text: str, start: int, cue_start: int) -> Phrase | None:
    """The speaker phrase that ends just before a cue (auxiliaries and adverbs skipped).

    Only the :data:`SUBJECT_WINDOW` characters before the cue are read: a speaker phrase, with an
    appositive or relative clause, is never longer.
    """
    sentence_start = start
    far = appositive_subject(text, start, cue_start)
    if far is not None:  # "Ana Ruiz, an aide whose office drafted the bill, said"
        return far
    start = max(start, cue_start - SUBJECT_WINDOW)
    left = text[start:cue_start]
    if PASSIVE.search(left):
        return None  # "are reported to have", "is observed on"
    trimmed = re.sub(r"(?:\s+" + AUXILIARIES + r")+\s*$", "", left, flags=re.I)
    relative = re.search(r",\s*(?:who|which|whose)\b[^,]*,\s*$", trimmed) or APPOSITIVE_AFTER_NAME.search(
        trimmed
    )
    if relative:  # "Manuel Moleno, who witnessed the crash, said"; "Jo Ames, wearing a cap, said"
        trimmed = trimmed[: relative.start()]
    trimmed = ASIDE_AFTER_SUBJECT.sub("", trimmed)  # "Sanders, meanwhile, said"
    trimmed = PARTY_TAG_AT_END.sub("", trimmed)  # "Sen. Rand Paul (R-Ky.) said": the name before the tag
    end = start + len(trimmed.rstrip())
    if re.search(r"(?:^|[\s,])(?:and|but)$", trimmed.rstrip()) and sentence_start >= start:
        # "Wilson praised Rubio's positions and said …": the sentence's subject speaks
        return _sentence_subject(text, sentence_start, cue_start)
    boundaries = [start] + [
        m.end()
        for m in LEFT_BOUNDARY.finditer(text, start, end)
        if m.end() < end and not _in_body_name(text, m, end)
    ]
    boundary = boundaries[-1]
    joined = PLACES_JOINED.search(text, boundaries[-2], boundary) if len(boundaries) > 1 else None
    if joined is not None:
        head = text[boundaries[-2] : joined.start()].split()
        if len(head) <= 3 and head and head[-1].lower() in ANONYMOUS_PLURALS:
            boundary = boundaries[-2]  # "Officials in Kabul and Kandahar said": one subject
    if end <= boundary:
        return None
    relative = re.fullmatch(r"\s*(who|which)\s*", text[boundary:end])
    if relative is not None:
        # "Weaver, who said …": the relative pronoun stands for the name before it
        comma = text.rfind(",", start, boundary + relative.start(1))
        antecedent = _subject_before(text, sentence_start, comma) if comma > start else None
        if antecedent is None or antecedent.kind == "pronoun":
            return None
        return attrs.evolve(antecedent, span=Span(boundary + relative.start(1), boundary + relative.end(1)))
    phrase = parse_phrase(text, boundary, end) or _group(text, boundary, end)
    if phrase is None:
        return None
    # an appositive: "Oleg Syromolotov, Russia's deputy foreign minister, said", "Jane Doe, the
    # Riverside MP, said": a description between commas after a name is the name's role
    described = re.match(r"\s*(?:the|a|an|[A-Z][\w.]*[’']s?)\s", text[boundary:end]) is not None
    if phrase.kind == "descriptor" or (
        described and phrase.kind == "person" and text[:boundary].rstrip().endswith(",")
    ):
        m = re.search(r"([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)+),\s*$", text[start:boundary])
        if m:
            named = parse_phrase(text, start + m.start(1), start + m.end(1))
            if named is not None and named.kind == "person":
                role = phrase.role or re.sub(
                    r"^(?:the|a|an)\s+", "", text[boundary:end].strip(" ,"), flags=re.I
                )
                return attrs.evolve(named, role=role)
    return phrase


_NOT_LOWER = re.compile(r"[^a-z]")


def _in_body_name(text: str, boundary: re.Match[str], end: int) -> bool:
    """True for an "and" between capitalised words of a body's name: "the Food and Agriculture
    Organization says", "the Department of Health and Human Services said"."""
    if boundary.group()[:3].lower() != "and":
        return False
    before = text[max(0, boundary.start() - 40) : boundary.start()].split()[-1:]
    if not (before and before[0][:1].isupper()):
        return False
    for word in text[boundary.end() : end].split():  # capitalised words up to a body's word: one name
        bare = _NOT_LOWER.sub("", word.lower())
        if not word[:1].isupper():
            if bare in ("of", "for", "the", "and", "on"):
                continue
            return False
        if bare in ORG_WORDS or bare[:-1] in ORG_WORDS:
            return True
    return False


#: An unnamed group as a subject: "Six in 10", "Outside experts", "most voters", "those who back
#: her", "many of his supporters".  Read only where no name, pronoun or body was found.
GROUP = re.compile(
    r"\s*(?:(?:most|many|some|few|several|all|both|other|those|these|more|fewer|half|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+in\s+(?:\d+|ten))?|"
    r"(?:\d+|a\s+third|a\s+quarter)\s+(?:percent|per\s+cent|%)|a\s+(?:majority|minority|number))"
    r"(?:\s+of)?\s+)?(?:the\s+|his\s+|her\s+|their\s+)?(?:[a-zA-Z-]+\s+){0,4}?"
    r"(?:[a-z]+(?<!s)s|people|who\s+[a-z ]{3,40}|in\s+(?:\d+|ten))\s*$"
)


def _group(text: str, start: int, end: int) -> Phrase | None:
    """An unnamed group that speaks ("Outside experts also say"), as an anonymous source."""
    opener = re.match(r"\s*([A-Za-z]+)\s+", text[start:end])
    if opener is not None and opener.group(1).lower() in OPENING_WORDS:
        start += opener.end()  # "which forecasters said": the group is the forecasters
    described = described_group(text, start, end)  # "people familiar with the matter"
    if described is not None:
        return described
    words = text[start:end]
    if (
        len(words.split()) > 7
        or not GROUP.fullmatch(words)
        or (words.strip()[:1].isupper() and len(words.split()) == 1)
    ):
        return None
    lead = len(words) - len(words.lstrip())
    head = words.split()[-1].lower()
    return Phrase(Span(start + lead, end), "anonymous", name=words.strip(), head=head)


#: The most words "according to" may cite ("the officer in charge of the CIA's base that night"
#: has 11); a longer citation is a list of documents, not one source.
CITED_WORDS = 12


def _cited(text: str, start: int, end: int) -> Phrase | None:
    """What "according to" cites when it is no name or body: "exit polls", "FEC filings",
    "data released Friday by state regulators", "someone in attendance" (an unnamed source)."""
    words = text[start:end].strip(" .;:")
    if not words or len(words.split()) > CITED_WORDS or not words[:1].isalnum():
        return None
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    head = words.split()[-1].lower()
    return Phrase(Span(start + lead, start + lead + len(words)), "anonymous", name=words, head=head)


#: The full stop of an honorific or title before a name ("said Dr. Helen Ford").
HONORIFIC_DOT = (
    "(?:"
    + "|".join(
        rf"(?<=\b{t})"
        for t in "Dr Mr Mrs Ms Sen Rep Gov Gen Lt Col Sgt Capt Prof Rev Sr Jr St Adm Maj Cmdr Insp No".split()
    )
    + r")\.(?=\s)"
)
#: An adverb set off by commas after a subject: "Sanders, meanwhile,", "The mayor, however,".
ASIDE_AFTER_SUBJECT = re.compile(
    r"(?<=\w),\s*(?:[a-z]+ly|meanwhile|however|too|also|though|instead|then|now|still|in turn|"
    r"for (?:his|her|their|its) part|of course|"
    # "in a brief interview on Saturday", "in a statement Tuesday", "in his speech"
    r"in (?:a|an|his|her|their|its) (?:[\w’'-]+ ){0,4}?(?:interview|statement|speech|email|e-mail|letter|"
    r"post|tweet|call|conference|appearance|address|op-ed|memo|release)(?: [^,]{1,40})?|"
    # a short phrase of place, time or manner: "Gates, in contrast,", "Judge Roe, in her dissent,",
    # "Democratic economists, like their Republican counterparts,"
    r"(?:in|at|on|during|after|like|unlike|with|by)\s+(?:[\w’'.-]+\s+){0,5}[\w’'.-]+|"
    # an age, or an age and a place: "Butz, 49,", "Maria Lopez, 34, of Dayton,"
    r"\d{1,3}(?:,\s*(?:of\s+|from\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?)\s*,?\s*$"
)
#: A lawmaker's party and state in brackets after the name: "(R-Ky.)", "(D-Calif.)", "(I-Vt.)".
PARTY_TAG_AT_END = re.compile(r"\s*" + PARTY_TAG + r"\s*$")
#: A short phrase that opens a sentence before its subject: "In 2016, ", "On Monday, ", "Later, ".
OPENING_PHRASE = re.compile(
    r"\s*(?:(?:in|on|at|after|before|during|since|by|for|last|this|later|earlier|meanwhile|still|yet|"
    r"now|then|today|yesterday)\b[^,]{0,40},\s*)",
    re.I,
)
#: A subordinate clause opening a sentence before its subject: "As the results came in, he …",
#: "While he respects her, he …" (up to its comma).
SUBORDINATE_OPENING = re.compile(
    r"\s*(?:As|While|When|Although|Though|Because|Since|If|After|Before|Once|Until|Unless|Whether)\b"
    r"[^,;:“”\"]{3,120},\s*"
)
#: A finite verb: a speaker phrase holds none ("the problem was …" is a clause).
CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|should|can|did|does)\b")
#: What may follow an inverted speaker ("…, said Lee in a statement on Monday").
INVERTED_TAIL = re.compile(
    r"(?:in|at|on|during|after|before|to|with|from|last|this|when|while|as|because|of|for|who|"
    r"referring|adding|speaking|according)\b",
    re.I,
)
#: A participle phrase set off by commas after a name: "John Archer, wearing a campaign T-shirt,".
APPOSITIVE_AFTER_NAME = re.compile(
    r"(?<=[a-z]),\s*(?:also\s+|[a-z]+ly\s+)?(?:[a-z]+ing|[a-z]+ed)\b[^,]{0,80},\s*$"
)

#: Two places joined by "and" after "in": the "and" does not start a new subject.
PLACES_JOINED = re.compile(r"\b(?:in|near)\s+(?:the\s+)?[A-Z][\w’'-]*\s+and\s*$")


def _citation(text: str, start: int, stop: int) -> Phrase | None:
    """The source after "according to": a name before a gloss in brackets is the source ("the RAI
    (Italian public broadcasting service) and press agencies" cites the RAI first)."""
    bracket = text.find("(", start, stop)
    if bracket != -1 and not re.search(r"[:“”\"]", text[start:bracket]):
        named = parse_phrase(text, start, bracket)
        if named is not None and named.kind in ("person", "organisation"):
            return named
    return parse_phrase(text, start, stop) or _cited(text, start, stop)


def _speaker_after(text: str, start: int, end: int) -> Phrase | None:
    """The speaker phrase right after an inverted cue ("said Lee", "added Sunil Pillai of the …")."""
    m = re.match(
        r"\s*((?:[^,.;:!?“”\"]|\.(?=\S)|(?<=\b[A-Z])\.|" + HONORIFIC_DOT + r"){1,80})", text[start:end]
    )
    if not m:
        return None
    words = m.group(1)
    # stop at a lowercase word that is not part of a name ("said Lee in a statement")
    cut = re.search(
        r"\s(?:in|at|on|during|after|before|to|with|from|last|this|when|while|as|because)\s", words
    )
    if cut:
        tail = words[cut.start() :]
        if not re.match(r"\s(?:of|for)\s", tail):
            words = words[: cut.start()]
    phrase_end = start + m.start(1) + len(words.rstrip())
    of_org = re.search(r"\s+of\s+(?:the\s+)?[A-Z]", words)
    if of_org:
        phrase_end = start + m.start(1) + of_org.start()
    phrase = parse_phrase(text, start + m.start(1), phrase_end)
    if phrase is not None and phrase.kind == "person" and not of_org:
        # a role in apposition: "said Michel Sidibe, the executive director of UNAIDS."
        role = re.match(r",\s*([^,;:!?“”\"]{3,80}?)\s*(?:[,;]|\.?$)", text[phrase_end:end])
        if role and _is_role(role.group(1)):
            # "said John Smith, a spokesman for the navy", "…, the father of one of the sailors"
            phrase = attrs.evolve(phrase, role=re.sub(r"^(?:the|a|an)\s+", "", role.group(1), flags=re.I))
    return phrase


def _is_role(words: str) -> bool:
    """True for an appositive that gives a person's role: a noun for a person among its first
    words, after an article or a possessive ("a spokesman for the navy", "UNAIDS' director")."""
    lowered = [w.strip("’'.,").lower() for w in words.split()]
    head = next((i for i, w in enumerate(lowered[:5]) if w in PERSON_NOUNS), None)
    if head is None:
        return False
    return (
        head == 0
        or lowered[0] in ("a", "an", "the")
        or bool(re.search(r"[’']s?$", words.split()[0]))
        or (words[:1].isupper())
    )


STATEMENT_FROM = re.compile(r"[\s,]*(reads?|read) (?:a|the) statement (?:from|by|issued by) ", re.I)


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
    for cue in CUE_RE.finditer(text, offset, end):
        if cue.start() - offset > 90:
            break
        if cue.start() == offset:
            phrase = _speaker_after(text, cue.end(), end)
        else:
            phrase = _subject_before(text, offset, cue.start())
        if phrase is not None:
            return Attribution(
                phrase, cue.group(1).lower(), Span(cue.start(), cue.start() + len(cue.group(1)))
            )
        break
    return None


def attribution_before(text: str, start: int, end: int) -> Attribution | None:
    """Attribution leading into a quote: ``SPEAKER CUE[ words]:``, ``SPEAKER CUE,`` or ``According to X,``."""
    segment = text[start:end].rstrip()
    if not segment.endswith((":", ",")) and not re.search(
        r"\b(?:said|says|added|told \w+)(?: that)?$", segment
    ):
        return None
    acc = list(ACCORDING.finditer(text, start, end))
    if acc:
        phrase = parse_phrase(text, acc[-1].end(), start + len(segment.rstrip(":,")))
        if phrase is not None:
            return Attribution(phrase, "according to", Span(acc[-1].start(), acc[-1].end()))
    quoted = list(QUOTED_AS.finditer(text, start, end))
    if quoted and not text[quoted[-1].end() : end].strip(" \t:,"):
        # "The newspaper quoted Finance Minister Tom Baker as saying: “…”": Baker speaks
        phrase = parse_phrase(text, quoted[-1].start(1), quoted[-1].end(1))
        if phrase is not None:
            return Attribution(phrase, "saying", Span(quoted[-1].start(2), quoted[-1].end(2)))
    cues = list(CUE_RE.finditer(text, start, end))
    if not cues:
        return None
    cue = cues[-1]
    inverted = text[start : cue.start()].rstrip().endswith(",") or not text[start : cue.start()].strip()
    phrase = _subject_before(text, start, cue.start()) or (
        _speaker_after(text, cue.end(), end) if inverted else None  # "Said Dorothy Lee, who …, “…”"
    )
    if phrase is None:
        return None
    return Attribution(phrase, cue.group(1).lower(), Span(cue.start(), cue.start() + len(cue.group(1))))


#: "… but", "… and also" right before a cue: the cue's verb may share the subject of a verb before.
_JOINED = re.compile(r"\s(?:but|and)\s+(?:also\s+|later\s+|then\s+)?$")
#: What lies between that earlier verb and the cue: no comma, colon or quote mark, then the join.
_COORDINATED = re.compile(r"[^,;:“”\"]*" + _JOINED.pattern)


def _coordinated_subject(text: str, start: int, cue: int) -> Phrase | None:
    """The subject of "SUBJECT welcomed the plan but warned that …": the speaker of an earlier
    cue or stance verb of the sentence that "but"/"and" joins the cue to, with no comma between."""
    if _JOINED.search(text, start, cue) is None:
        return None  # most cues: no "but"/"and" right before them, no verb lists to build
    verbs = [*CUE_RE.finditer(text, start, cue), *STANCE_RE.finditer(text, start, cue)]
    for earlier in sorted(verbs, key=lambda m: m.start(), reverse=True):
        if _COORDINATED.fullmatch(text, earlier.end(), cue):
            return _subject_before(text, start, earlier.start())
    return None


def _inside(position: int, spans: Sequence[Span]) -> bool:
    """True when ``position`` lies inside one of ``spans``."""
    return any(s.start <= position < s.end for s in spans)


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
    for acc in ACCORDING.finditer(text, start, end):
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
            stop = comma if comma != -1 else end
            phrase = _citation(text, acc.end(), stop)
            content = _trim(text, start, acc.start())
            lead = text[start : acc.start()]
            if content is None and lead.rstrip().endswith(",") and comma != -1:
                # "Now, according to the poll, some states are swinging": the clause goes on after it
                rest = _trim(text, comma + 1, end)
                if phrase is not None and rest is not None:
                    cited = Attribution(phrase, "according to", Span(acc.start(), acc.end()))
                    head = Span(start + len(lead) - len(lead.lstrip()), start + len(lead.rstrip()))
                    out.extend([Reported(head, cited), Reported(rest, cited)])
                continue
        if phrase is None and acc.start() - start > 3:
            phrase = _cited(text, acc.end(), comma if comma != -1 else end)
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
    # the pattern ends on "saying": a sentence without the word is not scanned
    for quoted in QUOTED_AS.finditer(text, start, end) if text.find("saying", start, end) >= 0 else ():
        phrase = parse_phrase(text, quoted.start(1), quoted.end(1))
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
    for cue in CUE_RE.finditer(text, start, end):
        word = cue.group(1)
        cue_span = Span(cue.start(), cue.start() + len(word))
        if _inside(cue.start(), quotes) or any(u.overlaps(cue_span) for u in used_cues):
            continue
        lemma = CUES[word.lower()]
        if word[0].isupper() and cue.start() != start:
            continue
        if QUOTED_AS.match(text, cue.start()):
            continue  # "recalled Mayor Ruiz as saying …": Ruiz speaks, not the one who recalls
        if lemma in CUE_KINDS and any(r.content.start <= cue.start() < r.content.end for r in out):
            continue  # "The diplomat said the bombing showed …": a belief or finding inside what was said
        if word.endswith("s") and NOUN_BEFORE.search(text, max(start, cue.start() - 30), cue.start()):
            continue  # "his comments were …", "these estimates": a plural noun after a determiner
        if re.match(r"\s+(?:say|says|said|suggest|show|indicate|from|of|by)\b", text[cue.end() : end]):
            continue  # "reports say", "estimates from the FAO": the word is a noun
        after = text[cue.end() : end]
        before = text[start : cue.start()]
        attribution: Attribution | None = None
        if word.lower() in PARTICIPLES:
            issued = DOCUMENT_BEFORE.search(before)
            if not re.search(r",(?:\s+[a-z]+ly)?$", before.rstrip()) and issued is None:
                continue  # ", saying …", ", quickly adding …", "issued a statement saying …"
            earlier = [a for a in (*spoken, *(r.attribution for r in out)) if a.cue_span.end <= cue.start()]
            if issued is not None:  # the subject of the verb that issued the document
                subject = _subject_before(text, start, start + issued.start())
            elif earlier:
                subject = max(earlier, key=lambda a: a.cue_span.start).phrase
            else:
                subject = _sentence_subject(text, start, cue.start())
            if subject is None:
                continue
            content = _content_after(text, cue.end(), end, lemma)
            if content is not None:
                out.append(Reported(content, Attribution(subject, word.lower(), cue_span)))
            continue
        phrase = _coordinated_subject(text, start, cue.start()) or _subject_before(text, start, cue.start())
        if phrase is not None:
            attribution = Attribution(phrase, word.lower(), cue_span)
            stripped = after.strip()
            clause_start = _clause_start(text, start, cue.start())
            if re.match(r"[,:]?\s*[“\"‘«]", stripped):
                continue  # the cue introduces a direct quote
            if clause_start > start and COMMA_END.search(text[start:clause_start].rstrip()):
                # CLAUSE, SPEAKER CUE[ extra].  or  PART, SPEAKER CUE, PART.
                first = _trim(text, start, clause_start)
                rest = _content_after(text, cue.end(), end, lemma)
                if first is None and rest is not None and after.lstrip().startswith(","):
                    # "The risks, he says, are apparent …": a short subject before the aside
                    first = _trim(text, start, clause_start, words=1)
                relative = re.match(
                    r"\s*(?:where|which|who|whom|whose|when)\b", text[clause_start : cue.start()]
                )
                tail_ok = after.lstrip().startswith(",") or _attribution_tail(after)
                if (
                    first is not None
                    and (rest is not None or not _fronted(first.of(text)))
                    and not relative
                    and (rest is None or after.lstrip().startswith(","))
                    and tail_ok
                ):
                    out.append(Reported(first, attribution))
                    if rest is not None:
                        out.append(Reported(rest, attribution))
                    continue
            if stripped.startswith(","):  # "says, worldwide, 126 million children …"
                aside = re.match(r",[^,]{1,30},", stripped)
                if aside is None:
                    continue
            content = _content_after(text, cue.end(), end, lemma)
            if content is not None:
                out.append(Reported(content, attribution))
            continue
        # CLAUSE, CUE SPEAKER.  (Never ", called Thomas": that names someone, it attributes nothing.)
        if COMMA_END.search(before.rstrip()) and lemma != "call":
            inverted = _speaker_after(text, cue.end(), end)
            content = _trim(text, start, cue.start())
            tail = text[inverted.span.end : end].strip() if inverted is not None else ""
            ends = not tail or tail[:1] in ",.;!?" or INVERTED_TAIL.match(tail) is not None
            if inverted is not None and CLAUSE_VERB.search(inverted.span.of(text)):
                ends = False  # "…, said the problem was not …": a clause, not a speaker
            if inverted is not None and content is not None and inverted.kind != "pronoun" and ends:
                # "…, said the mayor." ends with its speaker; "…, said the problem was …" is no speaker
                out.append(Reported(content, Attribution(inverted, word.lower(), cue_span)))
    out += _verb_that(text, sentence, quotes, used_cues, out)
    out += stance_objects(text, sentence, quotes, used_cues, out)
    return [_cut_before_later_cues(text, r, out) for r in out]


#: A clause ending in a comma, inside the closing mark of a quotation that ends it too
#: ("golf clubs are ''just scratching out a profit,'' Mr. Hedge said").
COMMA_END = re.compile(r",(?:''|[”\"’])?$")
#: A determiner or a possessive right before a word: the word is a noun ("his comments", "the
#: reports", "Trump's claims"), never a verb of saying.
NOUN_BEFORE = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our|[Tt]he|[Tt]hese|[Tt]hose|[Ss]uch|[Mm]any|"
    r"[Ff]ew|[Ss]everal|[Ss]ome)|\w[’']s?)\s+$"
)
#: A document issued right before a participle cue: "issued a statement saying …", "posted a
#: video Monday saying …" (the one who issued it speaks).
DOCUMENT_BEFORE = re.compile(
    r"\b(?P<verb>[a-z]{3,}(?:ed|es|s)|put\s+out|sent|wrote)\s+(?:a|an|the|his|her|its|their)\s+(?:\w+\s+){0,2}?(?:statement|letter|e-?mail|tweet|video|post|"
    r"message|note|memo|release|ad)(?:\s+(?:on\s+)?\w+day(?:\s+\w+)?)?\s*$"
)
#: Any verb with a "that" clause: "Clinton reiterated to ABC News that …", "He conceded that …".
VERB_THAT = re.compile(
    r"\b(?P<verb>[a-z]{3,}(?:ed|es|s))(?:\s+(?:[a-z]+ly|(?:to|with)\s+[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*){0,3}))?"
    r",?\s+that\s+"
)
#: A verb and a noun of saying or thinking with a "that" clause: "He expressed concern that …",
#: "made the case that …", "voiced hope that …", "raised the possibility that …".
NOUN_THAT = re.compile(
    r"\b(?P<verb>express(?:es|ed|ing)?|voic(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|mak(?:e|es|ing)|made|"
    r"giv(?:e|es|ing)|gave|offer(?:s|ed|ing)?|sound(?:s|ed|ing)?|issu(?:e|es|ed|ing))"
    r"\s+(?:(?:the|a|an|his|her|their|its|some|new|growing|deep|serious|grave|strong|private|public)\s+)?"
    r"(?P<noun>concerns?|hopes?|fears?|worr(?:y|ies)|doubts?|confidence|optimism|case|argument|"
    r"claims?|assurances?|possibility|warnings?|predictions?|belief|complaints?|accusations?|"
    r"promises?|pledges?|suggestions?)\s+that\s+"
)
#: Words ending like a verb that never take an attribution's "that" clause.
NOT_VERB_THAT = frozenset(
    """does was has is says said means ensures requires needs was times days years ways
    times months weeks hours minutes votes points percent less unless thus plus""".split()
)


def _verb_that(
    text: str, sentence: Span, quotes: list[Span], used_cues: list[Span], found: list[Reported]
) -> list[Reported]:
    """ "SUBJECT VERB [to NAME] that CLAUSE" with a verb not in the cue list: a clause after a verb
    and "that" is what the subject says, thinks or finds; so is the clause after a verb and a noun
    of saying or thinking (:data:`NOUN_THAT`).  The subject must be a name, a pronoun,
    a body or an unnamed group; the clause must have a finite verb."""
    out: list[Reported] = []
    if text.find("that", sentence.start, sentence.end) < 0:
        return out  # both patterns need "that": most sentences have none, and are not scanned
    matches = [*VERB_THAT.finditer(text, sentence.start, sentence.end)]
    matches += NOUN_THAT.finditer(text, sentence.start, sentence.end)
    for match in matches:
        verb = match.group("verb")
        cue_span = Span(
            match.start("verb"), match.end("noun") if "noun" in match.groupdict() else match.end("verb")
        )
        if (
            verb in NOT_VERB_THAT
            or verb.lower() in CUES
            or _inside(cue_span.start, quotes)
            or any(u.overlaps(cue_span) for u in used_cues)
            or any(
                r.content.start <= cue_span.start < r.content.end or r.attribution.cue_span == cue_span
                for r in found
            )
        ):
            continue
        phrase = _subject_before(text, sentence.start, cue_span.start)
        if phrase is None:
            continue
        content = _trim(text, match.end(), sentence.end)
        words = content.of(text) if content is not None else ""
        if content is None or not (CLAUSE.search(words) or FINITE.search(words)):
            continue
        out.append(Reported(content, Attribution(phrase, verb, cue_span)))
    return out


def _cut_before_later_cues(text: str, reported: Reported, found: list[Reported]) -> Reported:
    """End a reported clause before a later cue of the same sentence: at the comma before it
    (", noting that …"), or else where that cue's speaker begins, dropping the conjunction that
    joins them ("… related deaths while the World Health Organization says …")."""
    for other in found:
        cue = other.attribution.cue_span
        subject = other.attribution.phrase.span.start
        later = min(cue.start, subject) if subject > reported.content.start else cue.start
        if other is not reported and reported.content.start < later < reported.content.end:
            # the last comma before it that is not inside a number ("3,000")
            commas = [m.start() for m in re.finditer(r",(?!\d)", text[reported.content.start : later])]
            cut = reported.content.start + commas[-1] if commas else -1
            if cut == -1 and reported.content.start < subject < cue.start:
                named = NAME_BEFORE_ACRONYM.search(text, max(reported.content.start, subject - 120), subject)
                begin = named.start() if named else subject  # "the World Health Organization (WHO)"
                joint = JOINT_BEFORE.search(text, reported.content.start, begin)
                # no comma and no conjunction before it: the later attribution is nested in this
                # clause ("he hoped that the attorney general would announce one"), not after it
                cut = joint.start() if joint else -1
            trimmed = _trim(text, reported.content.start, cut) if cut != -1 else None
            if trimmed is not None:
                return attrs.evolve(reported, content=trimmed)
    return reported


#: The name before a speaker given as an acronym in brackets: "the World Health Organization (".
NAME_BEFORE_ACRONYM = re.compile(
    r"(?:\b[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+(?:(?:of|for|and|on|the)\s+)*)*[A-Z][\w’'.-]*\s*\($"
)
#: A conjunction right before a second speaker: "…, while the WHO says …".
JOINT_BEFORE = re.compile(r"\s+(?:while|whereas|but|and|as)\s+$", re.I)


#: A phrase fronted before a sentence's subject: a place, time or circumstance ("On his campaign
#: website, she vows …", "Shortly after my sentence, Holder announced …"), no reported clause.
FRONTED = re.compile(
    r"(?:but|and|yet|so)?\s*(?:on|in|at|for|during|after|before|since|with|without|despite|by|from|as|"
    r"under|over|amid|within|throughout|following|unlike|like|among|until|upon|shortly|earlier|"
    r"later|instead of|because of|in spite of)\b",
    re.I,
)


def _fronted(words: str) -> bool:
    """True for a fronted adverbial phrase with no verb of its own ("In a 1963 speech")."""
    return FRONTED.match(words) is not None and FINITE.search(words) is None


def _attribution_tail(after: str) -> bool:
    """True when what follows a closing cue is no object: nothing, a place or time, or a few words."""
    words = after.strip(" .;!?").split()
    return not words or words[0].lower() in PREPOSITION_WORDS or len(words) <= 2


PREPOSITION_WORDS = frozenset(
    "at in on during after before to with from last this on earlier later today yesterday".split()
)


def _clause_start(text: str, start: int, cue_start: int) -> int:
    """Where the clause holding the subject of a cue begins (after the last comma before it)."""
    comma = text.rfind(",", start, cue_start)
    if comma == -1:
        return start
    closing = re.match(r"''|[”\"’]", text[comma + 1 : cue_start])  # ',”': the mark closes the clause too
    return comma + 1 + (closing.end() if closing else 0)


def _content_after(text: str, begin: int, end: int, lemma: str) -> Span | None:
    """The reported clause after a cue: skip "that", an indirect object of "tell", a time phrase."""
    segment = text[begin:end]
    if lemma in ("tell", "remind", "warn", "urge"):
        that = re.search(r"\bthat\b", segment[:120])
        if that:
            return _trim(text, begin + that.end(), end)
        obj = OBJECTS.match(segment.lstrip())
        if obj:
            skipped = len(segment) - len(segment.lstrip()) + obj.end()
            return _trim(text, begin + skipped, end)
        return None
    lead = re.match(
        r"\s*(?:on\s+\w+day|last\s+\w+|this\s+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|"
        r"yesterday|in\s+a\s+statement|in\s+an\s+interview|in\s+a\s+report)?\s*,?\s*",
        segment,
        re.I,
    )
    skip = lead.end() if lead else 0
    rest = segment[skip:]
    if lemma == "want":
        # "wants to repeal the law", "wants Congress to act": what is wanted; never "wanted a job"
        wanted = re.match(r"(?:[\w’'.-]+\s+){0,5}?to\s+[a-z]{2,}", rest)
        return _trim(text, begin + skip, end) if wanted else None
    if lemma in ("hope", "expect") and re.match(r"to\s+[a-z]{2,}", rest):
        return _trim(text, begin + skip, end)  # "hopes to win the state": what is hoped for
    if lemma in PROMISES and re.match(r"to\s+[a-z]+", rest):
        return _trim(text, begin + skip, end)  # "pledged to rid the world of …": what was promised
    if lemma in JUDGEMENTS:
        # "described the deal as a betrayal", "accused the mayor of lying", "criticized the board for
        # waiting": the judgement is the content
        joined = JUDGEMENTS[lemma]
        if not re.match(r"(?:[\w’'.-]+\s+){1,6}?" + joined + r"\s+\w", rest):
            return None
        return _trim(text, begin + skip, end)
    if lemma == "call":
        # "called for a recount", "called the plan a disaster", "called the ruling “a disgrace”";
        # never "called the police" or "called a meeting"
        named = re.match(r"for\s+(?=\w)|(?:[\w’'.-]+\s+){1,5}?(?=(?:a|an)\s+\w+|[“\"]\w)", rest)
        if named is None or re.match(r"(?:a|an)\s", rest):
            return None
        return _trim(text, begin + skip + (named.end() if rest.startswith("for") else 0), end)
    if re.match(r"(?:at(?!\s+(?:least|most)\b)|in|on|during|to|after|before|with|from|of|for)\b", rest):
        that = re.search(r"\bthat\b", rest[:80])
        if that:
            skip += that.end()
        elif not re.match(r"[^,]{3,50},\s+\S+\s", rest):
            return None  # "said at the OSCE conference": a place, not what was said
    content = _trim(text, begin + skip, end)
    if content is None or lemma in SPEECH_VERBS or re.match(r"\s*that\b", segment):
        return content
    words = content.of(text)
    if re.match(
        r"(?:his|her|its|their|our|my|the\s+deaths?|responsibility)\b", words, re.I
    ) and not CLAUSE.search(words):
        return None  # "announced his discovery", "confirmed the deaths": an object, not a clause
    if lemma in CUE_KINDS:
        # a belief or finding takes a clause, never a plain object ("the figures show a sharp rise")
        if lemma in ("ask", "wonder"):
            # "asked whether …", "asked the court to block …", "asked voters if …": a question or a request
            question = re.match(r"(?:[\w.’'-]+\s+){0,6}?(?:whether|if|why|how|what|when|where|who)\b", words)
            request = lemma == "ask" and re.match(r"(?:[\w.’'-]+\s+){1,6}?to\s+[a-z]{2,}", words)
            return content if question or request else None
        return content if CLAUSE.search(words) else None
    return content if FINITE.search(words) else None


#: What makes the words after a belief or finding verb a clause: an auxiliary or a past tense.
CLAUSE = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|can|could|may|might|should|must|did|does|"
    r"do|won[’']t|isn[’']t|aren[’']t|wasn[’']t|weren[’']t)\b|^(?:he|she|they|it|we|i|you)\s+\w+(?:s|ed)\b",
    re.I,
)


#: Cues of judgement, with the word that joins the judged to the judgement.
JUDGEMENTS = {
    "describe": "as",
    "accuse": "of",
    "criticize": "for",
    "praise": "for",
    "blame": "for",
    "view": "as",
    "see": "as",
    "regard": "as",
}

#: Cues whose content may be what is promised, as an infinitive ("vowed to repeal the law").
PROMISES = frozenset({"promise", "vow", "pledge", "urge"})

#: Verbs that report speech whatever follows them; the other cues also take plain objects
#: ("declared a national disaster", "confirmed the deaths"), so they report speech only when a
#: clause with a finite verb follows.
SPEECH_VERBS = frozenset({"say", "tell", "add", "warn", "explain", "insist", "argue", "reply", "write"})
FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|can|could|may|might|should|must|did|does|do|"
    r"\w+ed|need|needs|remain|remains|include|includes|show|shows|face|faces|make|makes|take|takes|"
    r"continue|continues|go|goes|live|lives|rise|rises|fall|falls|grow|grows|want|wants|get|gets|"
    r"become|becomes|seem|seems|appear|appears|expect|expects|account|accounts|suffer|suffers|"
    r"lack|lacks|hold|holds|plan|plans|intend|intends|believe|believes|know|knows|see|sees)\b"
)


def _sentence_subject(text: str, start: int, stop: int) -> Phrase | None:
    """The subject at the start of a sentence: a name, or "the" + words up to a person or body noun."""
    opening = OPENING_PHRASE.match(text, start, stop) or SUBORDINATE_OPENING.match(text, start, stop)
    if opening is not None:
        start = opening.end()  # "In 2016, Mrs. Schlafly endorsed Trump, saying …"
    m = re.match(
        r"\s*((?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){0,6}(?:[a-z]+\s+(?=[A-Z]))?(?:[A-Z][\w’'.-]*\s+){0,5}"
        r"[A-Z][\w’'.-]*|[Hh]e|[Ss]he|[Ii]t)\b",
        text[start:stop],
    )
    if not m:
        return None
    end = start + m.end(1)
    head = re.match(r"\s+([a-z]+)\b", text[end:stop])
    if head and (head.group(1) in PERSON_NOUNS or head.group(1) in ORG_NOUNS):
        end += head.end()
    return parse_phrase(text, start + m.start(1), end)


# ------------------------------------------------------------------ stances: a verb and its object

#: Verbs whose object is what the subject said, asked for or took a stand on ("endorsed Kasich",
#: "talked about the decades at the plant", "called for a recount", "declined to comment"), with the
#: words that may join verb and object ("" for a plain object, "to" for an infinitive), and the kind
#: of attribution they make: "said" for a speech act, "stance" for a position taken.
STANCE_VERBS: dict[str, tuple[str, str, str]] = {
    # lemma: (forms, joining words, kind)
    "endorse": ("endorse endorses endorsed endorsing", "-", "stance"),
    "support": ("support supports supported", "-", "stance"),
    "back": ("backs backed", "-", "stance"),
    "oppose": ("oppose opposes opposed", "-", "stance"),
    "defend": ("defend defends defended defending", "-", "stance"),
    "reject": ("reject rejects rejected rejecting", "-", "stance"),
    "propose": ("propose proposes proposed proposing", "-", "stance"),
    "condemn": ("condemn condemns condemned condemning", "-", "stance"),
    "denounce": ("denounce denounces denounced denouncing", "-", "stance"),
    "hail": ("hail hails hailed hailing", "-", "stance"),
    "applaud": ("applaud applauds applauded applauding", "-", "stance"),
    "welcome": ("welcome welcomes welcomed welcoming", "-", "stance"),
    "slam": ("slams slammed slamming", "-", "stance"),
    "blast": ("blasts blasted blasting", "-", "stance"),
    "question": ("questions questioned questioning", "-", "stance"),
    "dispute": ("disputes disputed disputing", "-", "stance"),
    "challenge": ("challenges challenged challenging", "-", "stance"),
    "dismiss": ("dismiss dismisses dismissed dismissing", "-", "stance"),
    "tout": ("tout touts touted touting", "-", "stance"),
    "decry": ("decry decries decried decrying", "-", "stance"),
    "demand": ("demand demands demanded demanding", "-", "stance"),
    "seek": ("seek seeks sought seeking", "- to", "stance"),
    "recommend": ("recommend recommends recommended recommending", "-", "stance"),
    "cite": ("cite cites cited citing", "-", "said"),
    "mention": ("mention mentions mentioned mentioning", "-", "said"),
    "discuss": ("discuss discusses discussed discussing", "-", "said"),
    "unveil": ("unveil unveils unveiled unveiling", "-", "said"),
    "announce": ("announces announced announcing", "-", "said"),
    "reiterate": ("reiterate reiterates reiterated reiterating", "-", "said"),
    "talk": ("talk talks talked talking", "about", "said"),
    "speak": ("speak speaks spoke speaking", "about of out_against out", "said"),
    "comment": ("comments commented commenting", "on", "said"),
    "weigh": ("weighs weighed weighing", "in_on", "said"),
    "warn": ("warns warned warning", "of about against", "said"),
    "complain": ("complain complains complained complaining", "about of", "said"),
    "joke": ("jokes joked joking", "about", "said"),
    "boast": ("boasts boasted boasting", "about of", "said"),
    "call": ("calls called calling", "for", "stance"),
    "push": ("pushes pushed pushing", "for", "stance"),
    "argue": ("argues argued arguing", "for against", "said"),
    "advocate": ("advocates advocated advocating", "for", "stance"),
    "campaign": ("campaigns campaigned campaigning", "for against", "stance"),
    "vote": ("votes voted voting", "for against to", "stance"),
    "rail": ("rails railed railing", "against about", "said"),
    "plan": ("plans planned planning", "to", "stance"),
    "refuse": ("refuses refused refusing", "to", "stance"),
    "decline": ("declines declined declining", "to", "stance"),
    "threaten": ("threaten threatens threatened threatening", "to", "stance"),
    "intend": ("intend intends intended", "to", "stance"),
    "vow": ("vows vowed vowing", "to", "stance"),
    "promise": ("promises promised promising", "to", "stance"),
    "pledge": ("pledges pledged pledging", "to", "stance"),
    "agree": ("agree agrees agreed", "to with", "stance"),
    "disagree": ("disagree disagrees disagreed", "with", "stance"),
    "approve": ("approve approves approved", "of", "stance"),
    "mock": ("mocks mocked mocking", "-", "stance"),
    "assail": ("assails assailed assailing", "-", "stance"),
    "highlight": ("highlights highlighted highlighting", "-", "said"),
    "express": ("expresses expressed expressing", "-", "said"),
    "lament": ("laments lamented lamenting", "-", "said"),
    "bemoan": ("bemoans bemoaned bemoaning", "-", "said"),
    "hint": ("hints hinted hinting", "at", "said"),
    "disclose": ("discloses disclosed disclosing", "-", "said"),
}
_STANCE_FORMS = {form: lemma for lemma, (forms, _, _) in STANCE_VERBS.items() for form in forms.split()}
STANCE_KINDS = {form: STANCE_VERBS[lemma][2] for form, lemma in _STANCE_FORMS.items()}
STANCE_RE = re.compile(r"\b(" + word_alternation(_STANCE_FORMS) + r")\b")
#: Where an object ends: the sentence's end, a semicolon or dash, or a comma before a new clause.
OBJECT_END = re.compile(
    r"\s*(?:;|\s[—–]\s|--|,\s*(?:but|and|while|although|though|which|who|whom|whose|as|saying|calling|"
    r"adding|arguing|according|because|after|before|when|where|even|despite|since|so|noting|"
    r"[a-z]+ing\b))|[.!?](?:\s|$)"
)
#: Objects that are no content: a pronoun standing alone, or a bill or a measure named by a number.
EMPTY_OBJECT = re.compile(r"(?:it|this|that|them|him|her|so|too|here|there|back|up|down|out|in)\W*$", re.I)


def _object_end(text: str, begin: int, end: int) -> int:
    """Where an object starting at ``begin`` ends: the first stop of :data:`OBJECT_END` that is not
    the full stop of an abbreviation or an initial ("supporting Mr. Cruz"), else ``end``."""
    at = begin
    while stop := OBJECT_END.search(text, at, end):
        if text[stop.start()] != "." or not abbreviation_before(text, stop.start(), begin):
            return stop.start()
        at = stop.end()
    return end


def stance_objects(
    text: str, sentence: Span, quotes: list[Span], used_cues: list[Span], found: list[Reported]
) -> list[Reported]:
    """ "SUBJECT VERB [joining word] OBJECT": what a named subject took a stand on or spoke about.

    The subject must be a name, a pronoun for a person, a body or a described person; the verb
    one of :data:`STANCE_VERBS` with one of its joining words; the object runs to the clause's end.
    """
    if len(sentence) > MAX_SENTENCE:
        return []
    out: list[Reported] = []
    for match in STANCE_RE.finditer(text, sentence.start, sentence.end):
        word = match.group(1)
        cue_span = Span(match.start(1), match.end(1))
        if (
            _inside(cue_span.start, quotes)
            or any(u.overlaps(cue_span) for u in used_cues)
            or any(
                r.content.start <= cue_span.start < r.content.end or r.attribution.cue_span.overlaps(cue_span)
                for r in (*found, *out)
            )
        ):
            continue
        joinings = STANCE_VERBS[_STANCE_FORMS[word]][1].split()
        if word.lower() in CUES:
            # a speech cue's plain object was judged by the cue rules ("announced his discovery" is
            # no statement); here it takes its object only through a joining word ("warned of")
            joinings = [j for j in joinings if j != "-"]
        begin = _object_start(text, cue_span.end, sentence.end, joinings)
        if begin is None:
            continue
        end = _object_end(text, begin, sentence.end)
        while end > begin and text[end - 1] in ' ,;:.”"’)':
            end -= 1
        words = text[begin:end]
        if not re.search(r"[A-Za-z]{2}", words) or EMPTY_OBJECT.fullmatch(words) or len(words) > 400:
            continue
        if PASSIVE.search(text[max(sentence.start, cue_span.start - 12) : cue_span.start]):
            continue  # "was endorsed by": the subject is the object of the stance
        if word.lower().endswith("ing") and text[sentence.start : cue_span.start].rstrip().endswith(","):
            # "…, supporting the bill", "…, citing a poll": the sentence's speaker takes the stand
            earlier = [r for r in (*found, *out) if r.attribution.cue_span.start < cue_span.start]
            phrase = (
                earlier[-1].attribution.phrase
                if earlier
                else _sentence_subject(text, sentence.start, cue_span.start)
            )
        else:
            phrase = _subject_before(text, sentence.start, cue_span.start)
        if phrase is None or (phrase.kind == "pronoun" and (phrase.pronoun or "").lower() not in PERSONAL):
            continue
        cue = " ".join(text[cue_span.start : begin].split()).lower()  # "endorsed", "called for"
        out.append(Reported(Span(begin, end), Attribution(phrase, cue or word.lower(), cue_span)))
    return out


#: Pronouns that stand for who takes a stand ("it", "this" rarely do).
PERSONAL = frozenset({"he", "she", "they", "i", "we"})
#: Words that, right after a verb, show it takes no plain object here ("supported by", "backed up").
NOT_OBJECT = frozenset(
    """to by in on at for from with as that than up out back off over into and or but if when down away
    around through along ahead forward
    because while so not also only just there here""".split()
)


def _object_start(text: str, position: int, end: int, joinings: list[str]) -> int | None:
    """Where a stance verb's object begins: after one of its joining words, or right after the verb
    for a plain object ("-"); an infinitive keeps its "to" ("declined to comment"). None: no object."""
    for joining in sorted((j for j in joinings if j != "-"), key=len, reverse=True):
        joined = re.compile(r"\s+" + joining.replace("_", r"\s+") + r"\b").match(text, position, end)
        if joined is None:
            continue
        if joining == "to":
            if re.match(r"\s+[a-z]{2,}", text[joined.end() : end]) and not re.match(
                r"\s+the\b", text[joined.end() : end]
            ):
                return joined.start() + len(joined.group()) - 2  # "to comment"
            continue
        after = joined.end()
        return after + len(text[after:end]) - len(text[after:end].lstrip())
    if "-" in joinings:
        first = re.match(r"\s+([\w“\"‘’'$]+)", text[position:end])
        if (
            first is not None
            and first.group(1).lower() not in NOT_OBJECT
            and not first.group(1).endswith("ed")
        ):
            return position + first.start(1)  # never "questions asked of …": a noun, then a verb
    return None
