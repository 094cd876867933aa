"""Who is in view as a document is read, and the look-ups a descriptor or a pronoun is resolved by.

:class:`SpeakerView` holds the reading's state that pronouns and descriptors point back into (the
last person, body and group named, the people in the order they were last met, unnamed sources by
their noun, the body a spokesperson spoke for, the author of the latest work) and the look-ups over
it: a descriptor by the body whose name holds its noun ("the authority"), by role ("the
minister"), by age, by a spokesperson's body, a pair of posts ("the two ministers"), a work's
author ("the report"). :class:`factcheck.extraction.speakers.SpeakerRegistry` builds on it and
decides, phrase by phrase, which of them applies.
"""

from __future__ import annotations

import re

import attrs

from factcheck.extraction.aged import surname_of_age
from factcheck.extraction.lookups import PeopleInView
from factcheck.extraction.org_voice import Voice, speaks_again
from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.post_holders import post_named_apart
from factcheck.extraction.post_pairs import pair_post
from factcheck.extraction.report_owner import work_by
from factcheck.extraction.sole_named import named_before
from factcheck.extraction.speaker_book import SpeakerBook
from factcheck.extraction.speaker_entry import _Entry
from factcheck.extraction.speaker_fit import (
    _ANY_BODY,
    _CAPITALISED,
    _may_hold,
    _name_words,
    _person_like,
    _unnamed_noun,
)
from factcheck.extraction.speaker_words import (
    ANONYMOUS_PLURALS,
    DOCUMENTS,
    ORG_WORDS,
    PLACE_WORDS,
    RELATIONS,
    first_names,
    gender_evidence,
)
from factcheck.extraction.subject_before import subject_before
from factcheck.model import Span, SpeakerKind
from factcheck.vocabulary import PERSON_NOUNS


def _a_place(words: str) -> bool:
    """True when every word of a capitalised run is a word of place names ("West Virginia")."""
    return all(w.lower().strip(".,") in PLACE_WORDS for w in words.split())


#: A preposition of place right before a run: "a fish vendor from San Isidro", "lives in Santa Rosa".
_PLACE_BEFORE = re.compile(r"\b(?:from|in|near)\s+$")


def _after_place_word(text: str, span: Span) -> bool:
    """True when a capitalised run follows "from", "in" or "near": a place ("a fish vendor from San
    Isidro", which the first-name list may read as a person's name) unless the person speaks."""
    return _PLACE_BEFORE.search(text, max(0, span.start - 6), span.start) is not None


def _after_the(text: str, span: Span) -> bool:
    """True when "the" stands right before a capitalised run: a descriptor ("the Nevada
    Democrat") or a body ("the Ridge Courier"), no person's name."""
    return text[max(0, span.start - 4) : span.start].lower().endswith("the ")


#: "Asked by" right before an unnamed source: who puts the question, not who answers it.
_ASKED_BY = re.compile(r"\b[Aa]sked\s+by\s+$")


@attrs.define
class SpeakerView(SpeakerBook):
    """The speakers in view while a document is read, and the look-ups that point back into them."""

    last_person: _Entry | None = None
    last_org: _Entry | None = None
    #: The last body or plural unnamed source ("officials"), the antecedent of "they".
    last_group: _Entry | None = None
    #: People in the order they were last mentioned, for pronoun agreement.
    people: PeopleInView[_Entry] = attrs.field(factory=PeopleInView)
    #: The latest unnamed source by the noun it is named by ("official"), and the latest one that
    #: speaks: what a descriptor or a "he"/"she" may take up, kept as they are met, not searched for.
    _unnamed_by_noun: dict[str, _Entry] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    _unnamed_speaking: _Entry | None = attrs.field(default=None, init=False, repr=False, eq=False)
    #: People named only as owners ("Tomás Arriaga's strike"), in order: no antecedent while anyone
    #: else is in view.
    _owners: list[_Entry] = attrs.field(factory=list, init=False, repr=False, eq=False)
    #: The body a spokesperson spoke for last ("A spokeswoman for UL Hospitals Group said").
    _voice: Voice[_Entry] | None = attrs.field(default=None, init=False, repr=False, eq=False)
    #: The author of the latest work met by its noun ("a new report by Oxfam": "report"), whom a
    #: later "the report found" means.
    _works: dict[str, _Entry] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    #: Where the latest statement (or message) a speaker was said to make was credited: a later
    #: "the statement said" means that author only within a few paragraphs.
    _statements_at: dict[str, int] = attrs.field(factory=dict, init=False, repr=False, eq=False)

    def _past_the_lede(self) -> bool:
        """True once a person is in view or anyone has spoken: a descriptor is no lede's, which
        may name its speaker only in the next paragraph."""
        return len(self.people) > 0 or any(e.speaks for e in self.entries)

    def _work_author(self, words: str) -> _Entry | None:
        """The author of "a new report by X" (a person by a first name, else a body; one word only
        when the article named that body already), remembered for a later "the report"; None for
        other words."""
        found = work_by(words)
        if found is None:
            return None
        noun, owner = found
        if owner.split()[0].lower() in first_names():
            author = self._person(owner) if " " in owner else None
        elif " " in owner:
            author = self._org(owner)
        else:
            author = self._body_named(owner)
        if author is not None:
            self._works[noun] = author
        return author

    def _called(self, phrase: Phrase, text: str) -> _Entry | None:
        """The latest body before whose name has the noun of a "the <noun>" descriptor or that the
        text called by it ("the authority" after "the Lake Tanganyika Authority", "the company"
        after "Wealth-X, a private company"); None for nouns of no trade ("group", "body"), of a
        document ("the report") and after an owner ("his campaign" is no Campaign Legal Center)."""
        head = phrase.head
        if not head or head in _ANY_BODY or head in DOCUMENTS:
            return None
        if not phrase.span.of(text).lower().startswith("the "):
            return None
        return next(
            (
                e
                for e in reversed(self.entries)
                if self._body_before(e)
                and e.name.lower() != head  # "Bank executives" named no bank
                and (head in e.kinds or (" " in e.name.strip() and head in _name_words(e.name)))
            ),
            None,
        )

    def _agreeing(self, gender: str) -> _Entry | None:
        """The most recent person a "he" or "she" may be, among the last three people in view: the
        latest whose evidence does not disagree, else the last person of all (evidence is soft: it
        passes over a candidate, it never leaves a pronoun without one)."""
        latest = self.people.latest(8)
        recent = [e for e in latest[:3] if e.gender in (None, gender)]
        if not recent:  # the people in view all disagree: the latest one further back known to agree
            recent = [e for e in latest[3:] if e.gender == gender][:1]
        # a candidate with some evidence of being a person (a gender, a role, a first name)
        # before a bare capitalised name ("Silicon Valley", "New Hampshire", "Compaq")
        return (
            next((e for e in recent if _person_like(e)), None) or next(iter(recent), None) or self.last_person
        )

    def _subject_before(self, gender: str, text: str, at: int) -> _Entry | None:
        """The person named as the subject opening the sentence before a "he" or "she" at ``at``
        (:func:`~factcheck.extraction.subject_before.subject_before`), when the article already
        knows that name as one person's and nothing says another gender."""
        name = subject_before(text, at)
        if name is None:
            return None
        entry = self.known_person(name.of(text))
        if entry is None or entry.gender not in (None, gender):
            return None
        if name not in entry.mentions:
            entry.mentions.append(name)  # the name is a mention of the person, as the pronoun is
        return entry

    def _sole_named_before(self, gender: str, text: str, at: int) -> _Entry | None:
        """The one person the sentence right before a "he" or "she" opening its sentence at ``at``
        names (:func:`~factcheck.extraction.sole_named.named_before`), when the article already
        knows that name as one person's, nobody else known is named there or between, and nothing
        says another gender."""
        found = named_before(text, at)
        if found is None:
            return None
        before, between, opening = found
        names = first_names()
        if any(
            span.of(text).split()[0].lower() in names
            and not _after_the(text, span)  # "the Ridge Courier"
            and self._run_person(text, span) is not None
            for span in between
        ):
            return None  # "In a call with Ana Ruiz, she said": someone else named between
        people = {
            e.id: e
            for e, span in (
                (self._run_person(text, span), span) for span in before if not _a_place(span.of(text))
            )
            if e is not None
            and not (_after_place_word(text, span) and not e.speaks)
            and not _after_the(text, span)  # "the Nevada Democrat’s biggest takeaway"
        }
        if len(people) != 1:
            return None
        entry = next(iter(people.values()))
        if opening and self._run_person(text, before[0]) is not entry:
            return None  # "Tomasso also suggested …, pointing to a call against Zhurov. He": a subject
        return entry if entry.gender in (None, gender) else None

    def _run_person(self, text: str, span: Span) -> _Entry | None:
        """The known person a capitalised run names, a title or post before the name dropped
        ("Councilman Sal DeMarco"); None when it names no one known."""
        words = re.sub(r"(?:[’']s|(?<=s)[’'])$", "", span.of(text)).split()  # "Francis'"
        if words and words[-1].lower() in ORG_WORDS:
            return None  # "the Roman Catholic Church": a body
        for skip in range(min(3, len(words))):
            entry = self.known_person(" ".join(words[skip:]))
            if entry is not None:
                return entry
        return None

    def _of_age(self, text: str, phrase: Phrase) -> _Entry | None:
        """The person named in full with the age a descriptor by age gives ("the 24-year-old" after
        "Kwame Mensah, 24,"), the latest of that surname; None for any other descriptor."""
        if phrase.head != "year-old":
            return None
        surname = surname_of_age(text, phrase.span.of(text), phrase.span.start)
        people = [e for e in self._by_last.get(surname or "", ()) if e.kind is SpeakerKind.PERSON]
        return people[-1] if people else None

    def _unnamed(self, head: str | None) -> _Entry | None:
        """The unnamed source a descriptor takes up ("a senior official said …" then "the
        official told reporters"): the latest anonymous source whose words end with the same
        noun, when no person was named after it."""
        if not head or " " in head:
            return None
        entry = self._unnamed_by_noun.get(head)
        return entry if entry is not None and self._after_people(entry) else None

    def _unnamed_person(self, gender: str, text: str, at: int) -> _Entry | None:
        """The unnamed person a "he" or "she" at ``at`` takes up: the latest unnamed source that
        speaks, when it is one person ("One nurse at the hospital said …", "A spokeswoman for the
        ministry said …") whose words do not say another gender, named within a few paragraphs
        and after every person, not as an aside (", a spokesman for Ryan,") nor as one who asks
        ("A reporter asked Sanders …"), with no person the registry already knows named in between
        (a person named there for the first time is not seen: "… said Doug Ford's office had the
        letter. He said …" gives the spokesman)."""
        entry = self._unnamed_speaking
        if entry is None or not entry.mentions or not self._after_people(entry):
            return None
        noun = _unnamed_noun(entry.name)
        if (
            noun not in PERSON_NOUNS
            or noun in ANONYMOUS_PLURALS
            or gender_evidence(entry.name, "") not in (None, gender)
        ):
            return None
        mention = max(entry.mentions, key=lambda m: m.start)
        if at - mention.end > 600 or text.endswith(", ", 0, mention.start):
            return None
        between = text[mention.end : at]
        if between.lstrip().startswith("asked") or _ASKED_BY.search(
            text, max(0, mention.start - 12), mention.start
        ):
            return None  # "A reporter asked Sanders …", "Asked by a reporter …, he said": asker, no answer
        named = (w for w in _CAPITALISED.findall(between) if w in self._by_last or w in self._by_first)
        return None if next(named, None) else entry

    def _voiced(self, gender: str | None, text: str, at: int) -> _Entry | None:
        """The body whose spokesperson a "he"/"she" or "the spokeswoman" at ``at`` still is."""
        v, names = self._voice, (self._by_last, self._by_first)
        return (
            v.body if v and self._after_people(v.body) and speaks_again(v, gender, text, at, names) else None
        )

    def _after_people(self, entry: _Entry) -> bool:
        """True when ``entry`` was mentioned after every person named so far."""
        person = self._latest_mention(self.last_person) if self.last_person else -1
        return self._latest_mention(entry) > person

    def _storm_person(self, phrase: Phrase) -> _Entry | None:
        """The person of the same name as a phrase read as a storm ("Storm Uru"), when the article
        has named one; else None."""
        if phrase.head != "storm" or not phrase.name:
            return None
        return next((e for e in self.entries if e.kind is SpeakerKind.PERSON and e.name == phrase.name), None)

    def _pair_of_post(self, words: str) -> _Entry | None:
        """The later-named of the people holding the post "the two ministers" names, when exactly
        two hold it; else None."""
        post = pair_post(words)
        if post is None:
            return None
        people = {e.id: e for e in self._roles.holding(post) if e.kind is SpeakerKind.PERSON}
        if len(people) != 2:
            return None  # three ministers named: which two the words mean is not told
        return max(people.values(), key=lambda e: int(e.id[2:]))

    def _by_role(self, head: str | None, text: str = "", at: int = 0) -> _Entry | None:
        """The person a descriptor by post ("the minister") means by role: the latest person whose
        role names it, when the last person named cannot hold it or is told apart from it."""
        if not head:
            return None
        # the latest person a role of whom names the head (RoleIndex reads the role words holding it)
        people = (e for e in self._roles.holding(head) if e.kind is SpeakerKind.PERSON)
        entry = max(people, key=lambda e: int(e.id[2:]), default=None)
        if entry is not None and (
            entry is self.last_person
            or _may_hold(head, self.last_person, any_post=head not in RELATIONS)
            is None  # a friend is no post
            or (text and post_named_apart(text, head, self.last_person, at))
        ):
            return entry  # the last person named cannot hold this post: the one who does
        return None


#: A post of a body the text does not name: "the head of a milk producers' association", "the
#: leader of an opposition group".
_OF_UNNAMED_BODY = re.compile(r"\b(?:of|for|at)\s+(?:a|an)\s+", re.I)


def _unnamed_holder(text: str, phrase: Phrase, at: int) -> bool:
    """True when a descriptor holds a post of a body it names only as "a …" ("the head of a milk
    producers' association") and the person named at ``at`` stands in a later paragraph: the
    text never names the holder, and a person named paragraphs later (a minister) is someone else;
    the name may still follow in the descriptor's own paragraph ("…, said the head of a local
    charity. Anna Nowak, who …")."""
    if not text or at < phrase.span.end:
        return False
    if not _OF_UNNAMED_BODY.search(text, phrase.span.start, phrase.span.end):
        return False
    return "\n" in text[phrase.span.end : at]


def _told_gender(entry: _Entry, text: str) -> str | None:
    """The gender the text itself gives a person (an honorific, a gendered role or a pronoun among
    its mentions): a first name's usual sex is too soft to turn a "spokeswoman" away from "Sam
    Okafor" (review20)."""
    for mention in entry.mentions:
        words = mention.of(text)
        told = _PRONOUN_GENDER.get(words.lower()) or gender_evidence(words, "", entry.roles)
        if told is not None:
            return told
    return None


#: A pronoun the text already resolved to the person says the gender the writer gives them.
_PRONOUN_GENDER = {"she": "f", "her": "f", "he": "m", "him": "m", "his": "m"}
