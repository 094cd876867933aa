"""Cue words: the verbs that attribute what follows them, and the kind of attribution each makes.

* :data:`CUES` — verbs of saying, writing, believing and finding, each form to its lemma
  (:data:`CUE_FORMS`); :data:`CUE_KINDS` names the lemmas that report no speech ("believes",
  "found", "wrote", "asked");
* :data:`STANCE_VERBS` — verbs whose object is what the subject said or took a stand on
  ("endorsed Kasich", "called for a recount"), each form's kind in :data:`STANCE_KINDS`.

The readers in :mod:`~factcheck.extraction.speech`, :mod:`~factcheck.extraction.stances` and
:mod:`~factcheck.extraction.verb_that` find attributions by these words.
"""

from __future__ import annotations

import re

from factcheck.extraction.text import word_alternation
from factcheck.first_chars import looking_first
from factcheck.word_index import WordGate

CUE_FORMS = {
    "say": "say says said saying",
    "tell": "tell tells told telling",
    "add": "add adds added adding",
    "note": "note notes noted noting",
    "warn": "warn warns warned warning",
    "state": "stated stating",  # never "states": far more often the noun ("five states voting")
    "emphasize": "emphasize emphasizes emphasized emphasise emphasises emphasised emphasizing",
    "stress": "stress stresses stressed stressing",
    # restating a position, as government spokesmen and wires write it: "reaffirmed that Argentina
    # would post a surplus", "reiterated that the talks were over", "underlined that …"
    "reaffirm": "reaffirms reaffirmed reaffirming",
    "reiterate": "reiterates reiterated reiterating",
    "underline": "underlined underlining",
    "underscore": "underscored underscoring",
    "explain": "explain explains explained explaining",
    "claim": "claim claims claimed claiming",
    "insist": "insist insists insisted insisting",
    "argue": "argue argues argued arguing",
    "announce": "announce announces announced announcing",
    "declare": "declare declares declared declaring",
    "report": "reports reported reporting",
    "estimate": "estimate estimates estimated",
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
    "point": "pointed points",
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
    "tweet": "tweets tweeted tweeting",
    "testify": "testify testifies testified testifying",
    "reveal": "reveals revealed revealing",
    # verbs of saying that also take plain objects: read only before a finite clause
    "assert": "asserts asserted asserting",
    "maintain": "maintains maintained maintaining",
    "counter": "counter counters countered countering",
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
    "interject": "interjects interjected",
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


#: (a cue word before "tank" is a noun: "the New Democrat Network think tank")
CUE_RE = re.compile(
    r"\b(" + word_alternation(CUES) + r")\b(?![\s-]+tanks?\b)"
    # "add" before a figure or "to" is no speech: "Germany's DAX added 0.1%", "added to the pressure"
    r"(?!(?:(?<=adds)|(?<=added)|(?<=adding))\s+(?:[$£€+\-−]?\d|to\b))"
    # "pointed" is speech only before "out", "to" or "that": "pointed out that …", not "pointed a gun"
    r"(?!(?<=pointed)(?!\s+(?:out|to|that)\b))(?!(?<=points)(?!\s+out\b))"
    # "counter" and "claim" are also nouns: speech only before "that" ("Supporters counter that …",
    # "critics claim that …", "lawmakers claim it will …")
    r"(?!(?:(?<=\bcounter)|(?<=\bcounters))(?!\s+that\b))(?!(?<=\bclaim)(?!\s+(?:that|it|they|he|she|we)\b))"
    r"(?:\s+out\b)?",
    re.I,
)
CUE_RE = looking_first(CUE_RE)  # same matches, tried only where one can start
CUE_GATE = WordGate(CUE_RE)  # tried only in a window holding a cue word


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
    "criticize": (
        "criticize criticizes criticized criticizing criticise criticises criticised criticising",
        "-",
        "stance",
    ),
    "praise": ("praises praised praising", "-", "stance"),
}


_STANCE_FORMS = {form: lemma for lemma, (forms, _, _) in STANCE_VERBS.items() for form in forms.split()}


STANCE_KINDS = {form: STANCE_VERBS[lemma][2] for form, lemma in _STANCE_FORMS.items()}


STANCE_RE = re.compile(r"\b(" + word_alternation(_STANCE_FORMS) + r")\b")
STANCE_GATE = WordGate(STANCE_RE)  # tried only in a window holding a stance verb
