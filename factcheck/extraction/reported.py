"""Reported speech: what the readers return, and the reported clause after a cue.

:class:`Attribution` (a cue with its speaker phrase) and :class:`Reported` (a reported clause
with its attribution) are the readers' results.  :func:`_content_after` reads the clause after a
cue: "that", an indirect object of "tell", a time phrase skipped; a belief or finding must be a
clause, a judgement ("described the deal as …") must hold its joining word.  :func:`_trim` cuts
a span to its words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from factcheck.extraction.audience_clause import NOMINATIVE_AFTER
from factcheck.extraction.cue_words import CUE_KINDS
from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.text import DATELINE_OPENING, word_alternation
from factcheck.model import Span
from factcheck.vocabulary import PERSON_NOUNS

#: Nouns for those a speaker tells something: "told reporters", "told a Senate panel".
AUDIENCES = frozenset(
    """reporters journalists lawmakers senators legislators members supporters crowd audience panel
    committee hearing conference briefing friends colleagues staff investigators court jury jurors
    newspaper paper agency station magazine network broadcaster listeners viewers readers voters
    students parliament delegates analysts investors shareholders magistrates councillors councilors
    residents parents MPs researchers radio television TV channel daily outlet website""".split()
)

#: A plural audience with no article before the words, which open on a subject and hold a finite
#: verb: "told magistrates the van had …", "told councillors it would …" (not "told friends, in which
#: …", "tell voters much", nor a thing told, "told parents the news on Friday", "told residents the
#: details of the scheme at a packed meeting": a noun phrase is no clause).
#: A finite verb ahead in the sentence: an auxiliary, a modal, a contracted one ("she's", not a
#: possessive "the council's") or a past tense ("a packed meeting", "the injured" are adjectives).
_FINITE_AHEAD = (
    r"(?=[^.;!?\n]*?(?:\b(?:is|are|was|were|been|had|has|have|would|will|could|can|should|may|might|"
    r"must|did|does|do)\b|[’'](?:re|d|ll|ve)\b|\b(?:he|she|it|there|that)[’']s\b|"
    r"(?<!\ba )(?<!\ban )(?<!\bthe )\b[a-z]{2,}ed\b))"
)
_BARE_AUDIENCE = (
    r"(?:"
    + word_alternation(w for w in AUDIENCES if w.endswith("s"))
    + r")(?:(?=\s+(?:the|a|an|his|her|its|their|this|these|those|some|no|he|she|it|they|we|I|there|"
    r"[A-Z]\w*[a-z])\b)" + _FINITE_AHEAD + r"|" + NOMINATIVE_AFTER + r")"
)
#: The hearer of "tell" before the words: an audience ("told magistrates the van …"), "the …", a name.
OBJECTS = re.compile(
    r"^(?:" + _BARE_AUDIENCE + r"|reporters|journalists|"
    r"the\s+(?:[A-Z][\w.’'-]*\s+){0,3}(?:newspaper|paper|daily|agency|channel|network|"
    r"station|broadcaster|magazine|website|programme|program|show)|the\s+\w+|a\s+\w+(?:\s+\w+)?|an\s+\w+|(?:his|her|their)\s+(?!(?:he|she|they|it|we|i|you)\b)[\w\s]{1,30}?|"
    # a broadcaster may open with a figure: "told 7 News", "told 9News"
    r"(?:\d+\s*)?[A-Z][\w.]*(?:-[A-Z][\w.]*)*(?:[’']s)?(?:\s+[A-Z][\w.]*(?:-[A-Z][\w.]*)*){0,4}|"
    r"us|me|him|her|them|parliament|lawmakers),?\s+"
    # a time after the hearer: "told African-Americans this weekend he would …"
    r"(?:(?:this|last|on)\s+(?:week|weekend|month|year|morning|night|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)?",
)


#: A hearer, then what they are warned, urged or reminded to do: "warned state elections officials
#: to boost their security" (the hearer a noun phrase of up to five words, no verb or clause).
ORDERED = re.compile(
    r"\s*(?P<hearer>(?:(?!(?:that|to|and|but|if|when|because|he|she|they|it|we|I)\s)[\w’'.-]+\s+){1,5}?)to\s+(?!be\s)[a-z]{2,}\b"
)


#: The hearer of "tell" named after a post in lower case, with up to three words before it:
#: "told host Sean Hannity", "told conservative radio host Hugh Hewitt", "told Fox News anchor
#: Bret Baier" (the post a person noun: "told supporters Clinton would lose" names no hearer).
_POSTED_HEARER = re.compile(
    r"\s*(?:[\w’'.-]+\s+){0,3}?(?-i:"
    + word_alternation(PERSON_NOUNS)
    + r")\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3},?\s+"
)


#: The longest run of text read as one sentence, in characters.
MAX_SENTENCE = 3000


@attrs.frozen
class Attribution:
    """A cue with its speaker phrase: who speaks, by which verb, where.  ``kind`` is set by a
    reader that knows the kind of attribution better than the cue word does ("criticized the
    plan" is a stance, "criticized the plan for its cost" speech)."""

    phrase: Phrase
    cue: str
    cue_span: Span
    kind: str | None = None


@attrs.frozen
class Reported:
    """Indirect speech found in a sentence: the reported clause and its attribution."""

    content: Span
    attribution: Attribution


#: A verb right after "that": the word is the clause's subject ("said that was not enough",
#: "said that is why …"), no conjunction to drop.
THAT_SUBJECT = re.compile(
    r"(?:is|was|would|will|has|had|could|should|can|may|might|must|does|did|seems|seemed|means|"
    r"meant|makes|made|remains|remained)\b"
)


def _trim(text: str, start: int, end: int, words: int = 3) -> Span | None:
    """The span between ``start`` and ``end`` without edge punctuation or a leading "that", if it
    holds at least ``words`` words (and 8 characters when ``words`` is the default 3)."""
    while start < end and text[start] in " ,;:—–―-\t":
        start += 1
    dateline = DATELINE_OPENING.match(text, start, end)
    if dateline is not None:
        start = dateline.end()  # "CHICAGO (AP) — A jury convicted …, prosecutors said": no dateline
    if text[start : start + 5].lower() == "that " and not THAT_SUBJECT.match(text, start + 5):
        start += 5  # "said that the law …"; not "said that was not enough", where "that" is the subject
    while start < end and text[start] in " ,":
        start += 1
    while end > start and text[end - 1] in " ,;:.—–―-\t":
        end -= 1
    if len(text[start:end].split()) < words or (words == 3 and end - start < 8):
        return None
    return Span(start, end)


def _inside(position: int, spans: Sequence[Span]) -> bool:
    """True when ``position`` lies inside one of ``spans``."""
    return any(s.start <= position < s.end for s in spans)


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


#: A dash, then a conjunction opening a clause of the writer's: what follows a closing cue there is
#: no object of the cue ("…, organisers have said - although neighbours complained …").
CONTRAST_AFTER_DASH = re.compile(r"\s+(?:[-–—]|--)\s+(?:although|though|but|while|whereas|even\s+as)\b")


def _attribution_tail(after: str, lemma: str = "") -> bool:
    """True when what follows a closing cue is no object: nothing, a place or time, or a few words;
    for "tell", after its hearer ("told reporters on Sunday")."""
    if CONTRAST_AFTER_DASH.match(after):
        return True  # "…, organisers have said - although neighbours complained …": a new clause
    words = after.strip(" .;!?").split()
    if lemma == "tell":
        words = _past_hearer(words)
    return not words or words[0].lower() in PREPOSITION_WORDS or len(words) <= 2


def _past_hearer(words: list[str], stops: frozenset[str] | None = None) -> list[str]:
    """The words after the hearer of "tell", up to the first time or place word: a pronoun ("told
    him"), a name ("The Wall Street Journal", "CNN's State of the Union") or a few words for an
    audience ("reporters", "a Senate panel"); the words unchanged when none is there ("tells one
    joke about Trump": what is told)."""
    if words and words[0].lower() in ("me", "us", "him", "her", "them", "you"):
        return words[1:]
    end = next((i for i, w in enumerate(words) if w.lower() in (stops or PREPOSITION_WORDS)), len(words))
    hearer = words[:end]
    named = all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in ("the", "a", "an", "of", "and") for w in hearer
    )
    if 0 < end <= 5 and (named or (end <= 3 and hearer[-1].lower().strip(".,") in AUDIENCES)):
        return words[end:]
    return words


def _adjunct_only(after: str) -> bool:
    """True when, past the hearer of "tell", only an adjunct closes the sentence ("told analysts on a
    conference call.", "told AFP on condition of anonymity.", "told Reuters by phone."): the
    words are before the cue, none after it."""
    words = _past_hearer(after.strip(" .;!?").split(), _ADJUNCT_OPENINGS)
    return (
        bool(words)
        and words[0].lower() in _ADJUNCT_OPENINGS
        and len(words) <= 8
        and not FINITE_OR_PAST.search(" ".join(words))
        and not {"that", "to"} & {w.lower() for w in words[1:]}
    )


def _aside_follows(after: str, lemma: str) -> bool:
    """True when a closing cue's words up to the next comma are only a time or place, after the
    hearer of "tell" ("said on Sunday, a day after …", "told CNN on Sunday, as …"): what follows
    that comma is the writer's aside, no more of the reported words."""
    head, comma, tail = after.partition(",")
    words = head.split()
    if not comma or not words or "“" in head or '"' in head or _NO_ASIDE.match(tail):
        return False
    if lemma == "tell":
        words = _past_hearer(words)
    return not words or (
        words[0].lower() in PREPOSITION_WORDS
        and len(words) <= 7
        and not {"that", "to"} & {w.lower() for w in words[1:]}
    )


def _aside_states(after: str, lemma: str) -> bool:
    """True when a wire aside holds words of its own before its comma, past the hearer of "tell"
    ("said on Thursday,", "said in a June report,", "told CNN on Sunday,"; not "the polls tell
    us,"): the clause before it is whole, as the writer closed it there."""
    words = after.partition(",")[0].split()
    return bool(_past_hearer(words) if lemma == "tell" else words)


#: What a comma after a cue's time, place or hearer leads into when it is no aside of the
#: writer's: a relative on the hearer ("told CNN, where he is a paid contributor, …", "told friends,
#: in which …"), a title or the cue's own closing quote mark ('"You tell me," he said').
_NO_ASIDE = re.compile(r"\s*(?:[”\"“'’‘]|(?:\w+\s+)?(?:which|whom|whose)\b|(?:where|who|when)\b)")


PREPOSITION_WORDS = frozenset(
    """at in on during after before to with from last this on earlier later today yesterday monday tuesday
    wednesday thursday friday saturday sunday tonight""".split()
)


#: Words that open an adjunct after the hearer of "tell": "on a conference call", "by phone".
_ADJUNCT_OPENINGS = PREPOSITION_WORDS | {"by", "via", "over"}

#: A closing quotation mark (or two apostrophes standing for one).
CLOSING_MARK = re.compile(r"''|[”\"’]")


def _clause_start(text: str, start: int, cue_start: int) -> int:
    """Where the clause holding the subject of a cue begins (after the last comma before it)."""
    comma = text.rfind(",", start, cue_start)
    while comma > start and text[comma - 1 : comma].isdigit() and text[comma + 1 : comma + 2].isdigit():
        comma = text.rfind(",", start, comma)  # "430,000 to 480,000": a figure's comma ends no clause
    if comma == -1:
        return start
    closing = CLOSING_MARK.match(text, comma + 1, cue_start)  # ',”': the mark closes the clause too
    return closing.end() if closing else comma + 1


#: "told the BBC on a visit to Kyiv that …": a hearer of up to three words, then a phrase of place,
#: time or occasion opening with a preposition (no comma, no verb of its own), then "that".
_ADJUNCT_THAT = re.compile(
    r"\s*(?:[\w’'.“”\"-]+\s+){1,3}?(?:on|in|at|during|after|before|while|from|over)\s+"
    r"(?:(?!(?:is|was|were|are|has|had|have|said|says|meant|means|would|will)\s)[\w’'.-]+\s+){1,8}?that\b"
)


def _content_after(text: str, begin: int, end: int, lemma: str) -> Span | None:
    """The reported clause after a cue: skip "that", an indirect object of "tell", a time phrase."""
    segment = text[begin:end]
    if lemma in ("tell", "remind", "warn", "urge"):
        # "told reporters on Monday that", "told MSNBC's “Morning Joe” that": "that" after the object
        that = re.match(r"\s*(?:[\w’'.,“”\"-]+\s+){0,6}?that\b", segment[:120]) or _ADJUNCT_THAT.match(
            segment[:160]
        )
        if that:
            return _trim(text, begin + that.end(), end)
        # "told conservative radio host Hugh Hewitt on Wednesday that": a post before the name
        posted = _POSTED_HEARER.match(segment)
        if posted is not None:
            that = re.match(r"(?:[\w’'.,“”\"-]+\s+){0,4}?that\b", segment[posted.end() :])
            if that is not None:
                return _trim(text, begin + posted.end() + that.end(), end)
            return _trim(text, begin + posted.end(), end)
        ordered = ORDERED.match(segment)
        if ordered is not None and lemma != "tell":
            # "warned state election officials to boost security": the warning, its hearer first
            return _trim(text, begin + ordered.start("hearer"), end)
        obj = OBJECTS.match(segment.lstrip())
        if obj:
            skipped = len(segment) - len(segment.lstrip()) + obj.end()
            return _trim(text, begin + skipped, end)
        return None
    lead = re.match(
        r"\s*(?:(?:on\s+\w+day|last\s+\w+\b|this\s+(?:week|weekend|month|year|morning|afternoon|evening|"
        r"spring|summer|autumn|fall|winter|season|quarter|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|"
        r"(?:(?:later|earlier)\s+(?:this|that)|next)\s+(?:week|weekend|month|year|morning|afternoon|evening)\b|"
        r"yesterday)(?:\s+(?:morning|afternoon|evening|night))?(?![’']s\b)|in\s+a\s+statement|in\s+an\s+interview|"
        r"in\s+a\s+report)?\s*,?\s*",
        segment,
        re.I,
    )
    skip = lead.end() if lead else 0
    rest = segment[skip:]
    # "that" right after the cue, or after a time or place between ("concluded on Tuesday that",
    # "found in a 2019 review that"), marks a clause whatever its verb looks like
    marked = re.match(r"\s*that\b", segment) is not None or re.match(r"that\b", rest) is not None
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
        if not re.match(r"(?:[\w’'.-]+\s+){1,6}?" + joined + r"\s+[\w“\"‘']", rest):
            return None
        return _trim(text, begin + skip, end)
    if lemma == "call":
        # "called for a recount", "called the plan a disaster", "called the ruling “a disgrace”";
        # never "called the police" or "called a meeting"
        named = (
            re.match(r"for\s+(?=\w)|(?:[\w’'.-]+\s+){1,5}?(?=(?:a|an)\s+\w+)", rest)
            or re.match(
                r"(?:(?!(?:to|after|when|because|before|and)\s)[\w’'.-]+\s+){1,8}?(?=(?:[“\"‘]|'')\w)", rest
            )
            or CALLED_ADJECTIVE.match(rest)
        )
        if named is None or re.match(r"(?:a|an)\s", rest):
            return None
        if named.re is CALLED_ADJECTIVE:
            # "called him divisive and accused him of …": the judgement ends before the next verb
            verb = re.match(r"[\w-]+(?=\s+and\s+[a-z]+(?:ed|s)\s+(?!by\b))", rest[named.end() :])
            if verb is not None:
                end = begin + skip + named.end() + verb.end()
        # two words are enough: "called Trump “unhinged”", "called it “predatory”"
        return _trim(text, begin + skip + (named.end() if rest.startswith("for") else 0), end, words=2)
    if THIS_OBJECT.match(rest):
        return None  # "disclosed this on Tuesday while briefing …", "said this at a press conference"
    # a place, a time or a means ("said by phone that …"; "responded by standing …" is no means)
    if re.match(
        r"(?:at(?!\s+(?:least|most)\b)|in|on|during|to|after|before|with|from|of|for|via|"
        r"by(?!\s+[a-z]+ing\b))\b",
        rest,
    ):
        that = re.search(r"\bthat\b", rest[:80])
        timed = TIME_THEN_PRONOUN.match(rest)
        if that:
            skip += that.end()
            marked = True
        elif timed is not None:
            skip += timed.end()  # "said after the convention he would not accept …"
        elif not re.match(r"[^,]{3,50},\s+\S+\s", rest):
            return None  # "said at the OSCE conference", "said by phone": not what was said
    content = _trim(text, begin + skip, end)
    if content is None or lemma in SPEECH_VERBS or marked:
        return content
    words = content.of(text)
    if lemma in ("ask", "wonder"):
        # "asked whether …", "asked the court to block …", "asked voters if …", "asked her to call
        # …" (a hearer in the possessive's form is no object): a question or a request
        question = re.match(r"(?:[\w.’'-]+\s+){0,6}?(?:whether|if|why|how|what|when|where|who|whom)\b", words)
        request = lemma == "ask" and re.match(r"(?:[\w.’'-]+\s+){1,6}?to\s+[a-z]{2,}", words)
        return content if question or request else None
    if re.match(
        r"(?:his|her|its|their|our|my|the\s+deaths?|responsibility)\b", words, re.I
    ) and not CLAUSE.search(words):
        return None  # "announced his discovery", "confirmed the deaths": an object, not a clause
    if lemma in CUE_KINDS:
        # a belief or finding takes a clause, never a plain object ("the figures show a sharp rise")
        if lemma in ("show", "find") and SMALL_CLAUSE.match(words):
            return content  # "polls show Mrs. Clinton with a narrow lead", "found Clinton leading Trump"
        return content if CLAUSE.search(words) else None
    return content if FINITE.search(words) else None


#: "called the charges unsubstantiated", "called him divisive and …": an object of one to five
#: words, then a judgement by its ending (-ous, -ful, -ible, -able, -ive, -al, -ic, -ed, -less,
#: -ist) or one of a few common ones, ending the clause.
CALLED_ADJECTIVE = re.compile(
    r"(?:(?:the|his|her|their|its|this|that|these|those)\s+(?=\S+\s+\S)|(?:him|them|it|[A-Z][\w’'.-]*)\s+)"
    r"(?:(?!(?:to|for|on|in|at|from|by|with|after|when|because|before|and|who|that)\s)[\w’'-]+\s+){0,4}?"
    r"(?=(?:un|in|ir|il|dis)?[a-z]{2,}(?:ous|ful|ible|able|ive|al|ic|ed|less|ist)\b\s*(?:[,.;—]|and\s|$)|"
    r"(?:wrong|false|absurd|unfit|unfair|crazy|corrupt|weak|fake|bogus|ridiculous|dishonest|naive|"
    r"unacceptable|irresponsible|outrageous|dangerous|reckless|divisive|ludicrous|shameful)\b)"
)


#: A short phrase of time after a cue, then a clause opening on a pronoun and a verb: "said after
#: the convention he would not", "announced on the eve of the vote they were leaving".
TIME_THEN_PRONOUN = re.compile(
    r"(?:after|before|during|on|at)\s+(?:(?!(?:until|unless|when|while|because|if|and|but|as|that)\s)[\w’'-]+\s+){1,5}?"
    r"(?=(?:he|she|they|we|I)\s+[a-z]{2,})"
)


#: "this" or "these" as the object of a cue, pointing back to what was said before ("Edun
#: disclosed this on Tuesday while briefing correspondents", "he stated this in a statement").
THIS_OBJECT = re.compile(
    r"(?:this|these)\s*(?:[,.;]|$|(?:at|in|on|while|when|during|after|before|to|from|via|through|"
    r"with|because|yesterday|today|last|shortly|earlier|later)\b)",
    re.I,
)


#: What a poll or a record shows when it is no full clause: a question word ("shows why …") or
#: a name or noun phrase standing somewhere ("Clinton leading Trump", "Rubio in third at 11
#: percent", "Mrs. Clinton with a narrow lead").
SMALL_CLAUSE = re.compile(
    r"(?:why|how|whether|who)\b|(?:[\w’'.-]+\s+){1,5}?(?:(?:leading|trailing|winning|losing|gaining)\b|"
    r"with\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:lead|edge|advantage)\b|at\s+\d+(?:\.\d+)?\s*(?:percent|%|points)|"
    r"in\s+(?:first|second|third|fourth|fifth|last)(?:\s+place)?\s+(?:at|with)\s+\d)"
)


#: A contracted auxiliary or negation: "she’ll turn to", "they’re leaving", "he’d won", "it’s
#: over", "doesn’t work" (a possessive "Trump’s plan" is none: "’s" only after a pronoun).
CONTRACTED = r"\b(?:[a-z]+[’'](?:ll|re|ve|d)|(?:he|she|it|that|there|what|who|here)[’']s|[a-z]+n[’']t)\b"


#: What makes the words after a belief or finding verb a clause: an auxiliary or a past tense.
CLAUSE = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|can|could|may|might|should|must|did|does|"
    r"do|won[’']t|isn[’']t|aren[’']t|wasn[’']t|weren[’']t)\b|^(?:he|she|they|it|we|i|you)\s+\w+(?:s|ed)\b|"
    + CONTRACTED,
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


_FINITE_WORDS = (
    r"is|are|was|were|will|would|has|have|had|can|could|may|might|should|must|did|does|do|"
    r"\w+ed|need|needs|remain|remains|include|includes|show|shows|face|faces|make|makes|take|takes|"
    r"continue|continues|go|goes|live|lives|rise|rises|fall|falls|grow|grows|want|wants|get|gets|"
    r"become|becomes|seem|seems|appear|appears|expect|expects|account|accounts|suffer|suffers|"
    r"lack|lacks|hold|holds|plan|plans|intend|intends|believe|believes|know|knows|see|sees"
)
FINITE = re.compile(r"\b(?:" + _FINITE_WORDS + r")\b|" + CONTRACTED)
#: A finite verb, the common irregular pasts too: what makes the words before a wire aside a
#: clause ("Household spending fell 0.4 per cent in March, the bureau said on Thursday, the
#: third monthly fall in a row").  Kept apart from :data:`FINITE`, which also decides where a
#: reported clause is one, and would read many more with them ("Nearly 30 donors gave …").
FINITE_OR_PAST = re.compile(
    r"\b(?:"
    + _FINITE_WORDS
    + r"|rose|fell|grew|shrank|sank|slid|went|came|made|took|gave|got|became|held|kept|left|lost|"
    r"won|paid|sold|bought|brought|built|spent|stood|found|began|ran|led|met|sent|struck|fought)\b|"
    + CONTRACTED
)


#: A participle cue after "by", "after", "before" or "while" (not opening the sentence): "landed
#: himself in hot water by saying …", "was booed after telling …"; its speaker is the sentence's.
JOINING_PARTICIPLE = re.compile(
    r"\s(?:by|after|before|while|and)(?:\s+(?:initially|first|later|repeatedly))?\s*$"
)
#: A group right before a participle cue, after "with": "with 30 percent of voters saying …".
GROUP_PARTICIPLE = re.compile(
    r"\b(?P<with>with)\s+(?:(?!(?:that|was|is|has|who|which)\b)[^\s,;:“”\"]+\s+){0,3}[^\s,;:“”\"]+\s*$"
)
#: A form of "be" before a participle cue: "Clinton is insisting that …", "he was saying …".
PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been|be)(?:\s+(?:now|also|still|already|again))?\s*$")


#: A determiner or a possessive right before a word: the word is a noun ("his comments", "the
#: reports", "Trump's claims"), never a verb of saying.
_OWNER = r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our)|\w[’']s?"
NOUN_BEFORE = re.compile(
    r"(?:" + _OWNER + r"|\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Ss]uch|[Mm]any|[Ff]ew|[Ss]everal|[Ss]ome))\s+$"
)
#: An article or an ordinal right before a cue word that is also a noun: the word is the noun ("A
#: third suspect is still being sought", "the first report").
COUNTED_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Aa]nother|first|second|third|fourth|fifth|last)\s+$")
#: Cue words that are also nouns in the singular.
NOUN_CUES = frozenset("suspect report claim estimate note fear hope doubt warning comment".split())
#: An owner right before a cue word: the word is a noun ("his claim that …", "North Korea's claim").
OWNER_BEFORE = re.compile(r"(?:" + _OWNER + r")\s+$")


def noun_cue(word: str, before: str) -> bool:
    """True when a cue word that is also a noun follows an article, an ordinal or an owner: the
    noun ("A third suspect is still being sought", "his claim that …")."""
    return word.lower() in NOUN_CUES and bool(COUNTED_BEFORE.search(before) or OWNER_BEFORE.search(before))


#: A number (no year) or a preposition, then up to three capitalised words, right before "claims":
#: the name is the noun's modifier ("62,000 Gustav claims", "complaints about Gustav claims"), no
#: subject of a verb of saying.
_MODIFIER_BEFORE = re.compile(
    r"(?:(?<![\d,.])(?!(?:19|20)\d\d\b)\d[\d,.]*|\b(?:about|of|over|on|for|from|against|with|into))"
    r"\s+(?:[A-Z][\w.’'-]*\s+){1,3}$"
)
#: Right after "claims": a verb of quantity with a figure, a preposition and a figure or the end of
#: the clause after it ("claims top 378,000", "claims rose 5%"), a verb of state ("claims are"), or
#: a noun of the compound ("claims handling"): the noun's own words, no clause said.
_CLAIMS_NOUN_AFTER = re.compile(
    r"\s+(?:(?:top|tops|topped|hit|hits|reach(?:es|ed)?|pass(?:es|ed)?|exceed(?:s|ed)?|near(?:s|ed)?|"
    r"rise|rises|rose|soar(?:s|ed)?|surge[sd]?|climb(?:s|ed)?|jump(?:s|ed)?|double[sd]?|triple[sd]?|"
    r"fall|falls|fell|drop(?:s|ped)?|dip(?:s|ped)?|decline[sd]?|mount(?:s|ed)?|swell(?:s|ed)?|"
    r"total(?:s|l?ed)?|approach(?:es|ed)?)\b"
    r"(?=\s+(?:to\s+|by\s+|past\s+|above\s+|nearly\s+|almost\s+|more\s+than\s+)?[$£€]?\d|\s*[;:,.]|\s*$)|"
    r"(?:are|were|have|had|remain|remained|handling|adjusters?)\b)",
    re.I,
)


def noun_claims_cue(word: str, before: str, after: str) -> bool:
    """True when "claims" (or "claim") is the noun: a number or a preposition before the name in
    front of it ("has received 62,000 Gustav claims", "complaints about Gustav claims handling"), or
    its own verb or compound noun right after it ("Gustav claims top 378,000", "claims are rising")."""
    if word.lower() not in ("claims", "claim"):
        return False
    return bool(_MODIFIER_BEFORE.search(before) or _CLAIMS_NOUN_AFTER.match(after))


#: An owner's noun after "add", with no words before it that end a quotation: "councils add their
#: own mark-up", "added his voice to …" add no words (not '…," added his spokesman').
OWNED_OBJECT = re.compile(r"\s+(?:their|its|his|her|our|my|your)\b")
#: A document issued right before a participle cue: "issued a statement saying …", "posted a
#: video Monday saying …" (the one who issued it speaks).
DOCUMENT_BEFORE = re.compile(
    r"\b(?P<verb>[a-z]{3,}(?:ed|es|s)|put\s+out|sent|wrote)\s+(?:a|an|the|his|her|its|their)\s+(?:\w+\s+){0,2}?(?:statement|letter|e-?mail|tweet|video|post|"
    r"message|note|memo|release|ad)(?:\s+(?:on\s+)?\w+day(?:\s+\w+)?)?\s*$"
)
#: A sentence opening on "As" before its speaker and cue: "As the paper noted, …".
AS_OPENING = re.compile(r"\s*As\s")
#: What may follow the cue of such an opening up to its comma: nothing, or a time or a place.
AS_TAIL = re.compile(
    # a hearer of "tell" first ("As Clinton told the New York Daily News, …"); never a clause of its
    # own ("As Trump said at the rally that the wall would be built, the crowd cheered")
    r"(?:\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,5}(?=\s*,))?"
    r"(?:\s+(?:in|on|at|during|last|this|to|recently|earlier|with|by|via|after|before)\b(?:(?!\bthat\b)[^,;:“”\"]){0,50})?\s*,"
)
