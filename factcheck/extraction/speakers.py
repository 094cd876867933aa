"""Speakers: resolve each speaker phrase of a document to one speaker.

The phrases are read by :mod:`factcheck.extraction.phrases` (with the word lists of
:mod:`factcheck.extraction.speaker_words`).  A speaker phrase is one of

* a pronoun ("he", "she", "it", "they");
* a name, perhaps after a title or role ("Deputy Foreign Minister Oleg Syromolotov",
  "U.N. refugee spokesman William Spindler", "Syromolotov");
* an organisation ("UNHCR", "the World Health Organization", "China");
* a descriptor that points back (or, in a headline, forward) to a speaker
  ("the diplomat", "The Russian official", "the refugee agency", "the report");
* an anonymous source ("a senior official", "officials", "police", "sources").

:class:`SpeakerRegistry` keeps the speakers of one document in the order they
are met and resolves each new phrase: a surname to the person of that surname,
"he"/"she" to the last person, "it" to the last organisation, a descriptor to the
last speaker of its kind (preferring one whose role shares its head noun).
Anonymous sources are kept as anonymous, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import attrs

from factcheck.extraction.bodies import (
    KNOWN_ACRONYMS,
    NATIONALITIES,
    _family_name_first,
    _fold_name,
    _name_head,
    initials,
)
from factcheck.extraction.body_fit import _may_name, _not_the_state, descriptor_kin
from factcheck.extraction.lookups import HeadIndex, PeopleInView, RoleIndex, WaitingIndex
from factcheck.extraction.phrases import (
    Phrase,
    _is_cap,
    acronym_key,
)
from factcheck.extraction.speaker_words import (
    ANONYMOUS_PLURALS,
    OFFICE_HEADS,
    ORG_NOUNS,
    ORG_WORDS,
    PLACE_WORDS,
    RELATIONS,
    first_names,
)
from factcheck.model import Span, Speaker, SpeakerKind
from factcheck.registry import bundled_registry

#: Abbreviated titles and the post each names ("Sen. Bernie Sanders" is "the senator").
TITLE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "pres": "president",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "sgt": "sergeant",
    "capt": "captain",
    "prof": "professor",
    "atty": "attorney",
    "supt": "superintendent",
    "sec": "secretary",
    "amb": "ambassador",
    "cmdr": "commander",
    "adm": "admiral",
}


def _title_word(word: str) -> str:
    """A role word, lower case, an abbreviated title written out ("Sen." -> "senator")."""
    bare = word.lower().strip(".,()")
    return TITLE_ABBREVIATIONS.get(bare, bare)


#: Words that never end a role: a role is a noun phrase ("Atlantic City Mayor", "chief executive
#: of Showtime"), not the words of a clause that ran into a name ("attacked on speeches by").
_ROLE_ENDS_NOT = frozenset(
    """by for over at with of to on in into from and or but the a an his her their its as than that
    who which whose when while after before about against""".split()
)
_CLAUSE_WORDS = frozenset("has have had been was were is are will would did does do said says".split())


def plausible_role(role: str) -> bool:
    """True for a role that reads as a description of a person, not a fragment of a clause: it
    does not end in a preposition, an article or a lower-case past tense ("Carson endorsed",
    "delegate lead for"), and holds no auxiliary before a relative clause."""
    words = role.strip(" ,.").split()
    if not words:
        return False
    last = words[-1]
    if last.lower() in _ROLE_ENDS_NOT or (last.islower() and last.endswith("ed")):
        return False
    # an auxiliary counts only before a relative clause: "conservative icon who founded the
    # institute and is a committeeman" describes; "he is also most able candidate" does not
    before = []
    for word in words:
        if word.lower() in ("who", "whose", "which", "that"):
            break
        before.append(word.lower())
    return not any(w in _CLAUSE_WORDS for w in before)


def _written_lower(text: str, word: str) -> bool:
    """True when ``text`` has ``word`` (lower case) as a whole word somewhere."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, at + 1)
    return False


@lru_cache(maxsize=4096)
def known_outlet(name: str) -> bool:
    """True when the bundled source registry knows ``name`` as an outlet (by name or alias)."""
    return bool(bundled_registry().lookup(name=name).entries)


def _may_hold(head: str | None, entry: _Entry | None) -> _Entry | None:
    """The nearest person, for a descriptor no role names, unless the descriptor is a post and the
    person is known by a role that does not name it ("the minister" is not Mayor Ana Ruiz nor
    Senate Majority Leader Cornyn; "the senator" may be the Senate leader, one stem; "the
    diplomat", no post, may be Deputy Foreign Minister Syromolotov)."""
    if entry is None or head not in OFFICE_HEADS:
        return entry
    words = {_title_word(w) for role in entry.roles for w in role.split()}
    if head in words or any(w[:5] == head[:5] for w in words if len(w) >= 5):
        return entry  # "the senator" is Senate leader Ames: one stem
    # a person known by a role that names no post of this kind is not "the minister"
    return None if any(w[:1].isalpha() for w in words) else entry


def _person_like(entry: _Entry) -> bool:
    """False for a "person" whose name is a place or holds a body's word ("New Hampshire",
    "United States", "Wisconsin Republican", "Politico"): never the one a "he" or "she" means
    while a person is in view."""
    if entry.gender is not None or entry.roles:
        return True
    words = entry.name.lower().replace("-", " ").split()
    return not (all(w in PLACE_WORDS for w in words) or any(w in ORG_WORDS or w in ORG_NOUNS for w in words))


@attrs.define(eq=False)  # one entry per speaker: compared by identity (ids are unique), cheaply
class _Entry:
    id: str
    name: str
    kind: SpeakerKind
    roles: list[str] = attrs.field(factory=list)
    organisation: str | None = None
    mentions: list[Span] = attrs.field(factory=list)
    speaks: bool = False
    #: Places a body's mentions gave it: "Iraq" for "Iraq's Ministry of Health".
    places: set[str] = attrs.field(factory=set)
    #: Soft gender evidence for pronoun agreement: "f", "m" or None (unknown).
    gender: str | None = None


HONORIFIC_GENDER = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
    "lady": "f",
    "lord": "m",
}
ROLE_GENDER = re.compile(
    r"\b(?:(?P<f>spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|queen|princess|"
    r"actress|mother|wife|daughter|sister|grandmother|widow|duchess|first lady)|"
    r"(?P<m>spokesman|chairman|congressman|businessman|councilman|king|prince|father|husband|son|"
    r"brother|grandfather|widower|duke))\b",
    re.I,
)


def gender_evidence(words: str, name: str, roles: Iterable[str] = ()) -> str | None:
    """Soft gender evidence for a person: an honorific ("Mrs."), a gendered role ("spokeswoman"),
    else the first name's usual sex in the bundled list; None when nothing says."""
    first = words.split()[0].strip(".").lower() if words.split() else ""
    if first in HONORIFIC_GENDER:
        return HONORIFIC_GENDER[first]
    for role in (words, *roles):
        match = ROLE_GENDER.search(role)
        if match:
            return "f" if match.group("f") else "m"
    given = name.split()[0].lower() if " " in name else ""
    found = first_names().get(given)
    return found if found in ("f", "m") else None


@attrs.define
class SpeakerRegistry:
    """The speakers of one document, resolved in reading order."""

    entries: list[_Entry] = attrs.field(factory=list)
    last_person: _Entry | None = None
    last_org: _Entry | None = None
    #: The last body or plural unnamed source ("officials"), the antecedent of "they".
    last_group: _Entry | None = None
    pending: list[tuple[Phrase, str]] = attrs.field(factory=list)
    settled: list[tuple[Span, str]] = attrs.field(factory=list)
    aliases: dict[str, str] = attrs.field(factory=dict)
    #: People in the order they were last mentioned, for pronoun agreement.
    people: PeopleInView[_Entry] = attrs.field(factory=PeopleInView)
    #: The lookup tables (see :meth:`_index`): people by first and by last word of their names,
    #: bodies by acronym key, initials and defined acronym.  Keys of a name an entry has since
    #: outgrown stay; every candidate is tested in full, so a stale key costs a test, not a result.
    _by_first: dict[str, list[_Entry]] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    _by_last: dict[str, list[_Entry]] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    _by_key: dict[str, list[_Entry]] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    #: The defined acronyms by the folded long name they stand for, and the aliases they come from.
    _alias_folds: dict[str, set[str]] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    _alias_source: tuple[int, int] = attrs.field(default=(0, -1), init=False, repr=False, eq=False)
    #: An entry's latest mention start, with the number of mentions it was computed over.
    _latest: dict[str, tuple[int, int]] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    #: :func:`_may_name` by what it reads: the descriptor's name, the body's name and places, the aliases.
    _fits: dict[tuple[object, ...], bool] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    #: The head of what a body's name spells, by name.
    _heads: dict[tuple[str, int, int], str] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    #: The bodies by the head of their name, the people by the words of their roles, the waiting
    #: descriptors by what may settle them (factcheck.extraction.lookups).
    _bodies: HeadIndex[_Entry] = attrs.field(init=False, repr=False, eq=False)
    _roles: RoleIndex[_Entry] = attrs.field(
        factory=lambda: RoleIndex(_title_word), init=False, repr=False, eq=False
    )
    _waiting: WaitingIndex = attrs.field(
        factory=lambda: WaitingIndex(descriptor_kin), init=False, repr=False, eq=False
    )

    @_bodies.default
    def _body_index(self) -> HeadIndex[_Entry]:
        bodies = lambda: (e for e in self.entries if e.kind is SpeakerKind.ORGANISATION)  # noqa: E731
        return HeadIndex(self._spelled_head, bodies, lambda: (id(self.aliases), len(self.aliases)))

    def _new(self, name: str, kind: SpeakerKind) -> _Entry:
        entry = _Entry(id=f"sp{len(self.entries) + 1}", name=name, kind=kind)
        self.entries.append(entry)
        self._index(entry)
        return entry

    def _index(self, entry: _Entry) -> None:
        """File a person under the first and last words of its name, a body under its keys."""
        if entry.kind is SpeakerKind.PERSON:
            words = entry.name.split()
            if words:
                self._by_first.setdefault(words[0], []).append(entry)
                self._by_last.setdefault(words[-1], []).append(entry)
        elif entry.kind is SpeakerKind.ORGANISATION:
            for key in self._org_keys(entry.name):
                self._by_key.setdefault(key, []).append(entry)
            self._bodies.add(entry)

    def _latest_body_named(self, phrase: Phrase) -> _Entry | None:
        """The latest body :meth:`_may_name` finds the named descriptor may name (None: none); when
        it names a kind of body, only the bodies whose name's head is of that kind are read."""
        kin = descriptor_kin(phrase.name) if phrase.name else None
        bodies: Iterator[_Entry] = (e for e in reversed(self.entries) if e.kind is SpeakerKind.ORGANISATION)
        if kin is not None:  # every other body fails _may_name on the head
            bodies = iter(sorted(self._bodies.under(kin), key=lambda e: int(e.id[2:]), reverse=True))
        return next((e for e in bodies if self._may_name(phrase, e)), None)

    def _shorts(self, name: str) -> set[str]:
        """The acronyms the article defines for ``name`` (UN spellings folded)."""
        source = (id(self.aliases), len(self.aliases))
        if source != self._alias_source:
            self._alias_folds = {}
            for short, long in self.aliases.items():
                self._alias_folds.setdefault(_fold_name(long), set()).add(short)
            self._alias_source = source
        return self._alias_folds.get(_fold_name(name), set())

    def _org_keys(self, name: str) -> set[str]:
        """What a body of this name is known by: its acronym key, its initials when it has
        several words, and the acronyms the article defines for it."""
        keys = {acronym_key(name), initials(name)} if " " in name else {acronym_key(name)}
        return keys | self._shorts(name)

    def _spelled_head(self, entry: _Entry) -> str:
        """The head of the name :func:`_may_name` reads for a body ("" when it reads none): its
        own name, or for a one-word name the name its acronym stands for."""
        key = (entry.name, id(self.aliases), len(self.aliases))
        found = self._heads.get(key)
        if found is None:
            short = acronym_key(entry.name) if " " not in entry.name.strip() else ""
            spelled = self.aliases.get(short, KNOWN_ACRONYMS.get(short, "")) if short else entry.name
            found = self._heads[key] = _name_head(spelled) if spelled else ""
        return found

    def _may_name(self, phrase: Phrase, entry: _Entry) -> bool:
        """:func:`_may_name` with this article's aliases, remembered: a descriptor waiting for its
        body is tested against the same bodies again and again in a long article.  A body whose
        name's head is of another kind (:func:`descriptor_kin`) is turned down first, cheaply:
        in a long text most descriptors meet many bodies that cannot be theirs."""
        if not phrase.name:
            return True
        kin = descriptor_kin(phrase.name)
        if kin is not None and self._spelled_head(entry) not in kin:
            return False
        key = (phrase.name, entry.name, frozenset(entry.places), id(self.aliases), len(self.aliases))
        found = self._fits.get(key)
        if found is None:
            found = self._fits[key] = _may_name(phrase, entry, self.aliases)
        return found

    def _latest_mention(self, entry: _Entry) -> int:
        """The start of the entry's latest mention (-1 with none); mentions are only ever added."""
        count, latest = self._latest.get(entry.id, (0, -1))
        mentions = entry.mentions
        if count != len(mentions):
            latest = max(latest, *(m.start for m in mentions[count:]))
            self._latest[entry.id] = (len(mentions), latest)
        return latest

    def _person(self, name: str) -> _Entry:
        """The person of this name: the same name, else a surname match ("Monasch"), else a
        family name written first ("Mr. Ban" for Ban Ki-moon); among several, the one
        mentioned last (two Kims, two Smiths)."""
        parts = name.split()
        best: tuple[tuple[int, int, int], _Entry] | None = None
        # a match shares the last word (the same name, a surname) or the first (a family name
        # written first): only those entries are read, not every one
        if parts:
            found = {e.id: e for e in self._by_last.get(parts[-1], ())}
            # a name of several words matches by its first word only a one-word name, which is
            # filed under its last word too: not every person of that first name is read
            first = self._by_first if len(parts) == 1 else self._by_last
            found.update((e.id, e) for e in first.get(parts[0], ()))
            candidates = [(int(e.id[2:]) - 1, e) for e in found.values()]
        else:
            candidates = list(enumerate(self.entries))
        for position, entry in candidates:
            if entry.kind is not SpeakerKind.PERSON:
                continue
            their = entry.name.split()
            short, full = (parts, their) if len(parts) == 1 else (their, parts)
            if entry.name == name:
                rank = 3
            elif parts[-1] == their[-1] and (len(parts) == 1 or len(their) == 1):
                rank = 2
            elif len(short) == 1 and _family_name_first(full) and short[0] == full[0]:
                rank = 1
            else:
                continue
            key = (rank, self._latest_mention(entry), position)
            if best is None or key > best[0]:
                best = (key, entry)
        if best is None:
            return self._new(name, SpeakerKind.PERSON)
        entry = best[1]
        if len(parts) > len(entry.name.split()):
            entry.name = name
            self._index(entry)
        return entry

    def knows_surname(self, word: str) -> bool:
        """True when a person of the article has a full name ending in ``word`` ("Okafor")."""
        return any(len(e.name.split()) > 1 for e in self._by_last.get(word, ()))

    def _org(self, name: str) -> _Entry:
        """The organisation of this name: one entry per body, named by its fullest name in the text."""
        bare = re.sub(r"^[Tt]he\s+", "", name).strip()
        full = self.aliases.get(acronym_key(bare), bare)
        keys = {acronym_key(full), acronym_key(bare), initials(full)} | self._shorts(full)
        # a match shares a key with this name (the same acronym key included): only the bodies
        # filed under these keys are read, the first met in the text first
        found = {e.id: e for key in keys for e in self._by_key.get(key, ())}
        for entry in sorted(found.values(), key=lambda e: int(e.id[2:])):
            if entry.kind is not SpeakerKind.ORGANISATION:
                continue
            theirs = self._org_keys(entry.name)
            if acronym_key(entry.name) == acronym_key(full) or (
                keys & theirs and (" " not in bare or " " not in entry.name)
            ):
                if len(full) > len(entry.name):
                    entry.name = full  # a body is called by the fullest name the article gives it
                    self._index(entry)
                return entry
        return self._new(full, SpeakerKind.ORGANISATION)

    def note(self, phrase: Phrase, text: str, *, salient: bool = True) -> None:
        """Record a person or body the text mentions without quoting, as an antecedent for later words.

        A person named outside subject position (``salient=False``: "he spoke to reporter Joe
        Ames") is a candidate for a later "he" or "she" only behind the people already in view.
        """
        if phrase.kind not in ("person", "organisation"):
            return
        if salient or phrase.kind != "person" or not phrase.name:
            self.resolve(phrase, text, speaking=False)
            return
        if self._one_word_reading(phrase, text).kind != "person":
            return  # "Polling shows …": no person to note
        entry = self._person(phrase.name)
        if phrase.role and phrase.role not in entry.roles and plausible_role(phrase.role):
            self._add_role(entry, phrase.role)  # "an explosion that Mayor Bill de Blasio described as …"
        entry.gender = entry.gender or gender_evidence(phrase.span.of(text), entry.name, entry.roles)
        entry.mentions.append(phrase.span)
        self.people.to_front(entry)
        if self.last_person is None:
            self.last_person = entry

    def _one_word_reading(self, phrase: Phrase, text: str) -> Phrase:
        """A one-word "person" that no person of the article is called: an outlet or platform
        the source registry knows ("Politico", "Xinhua", "Twitter") is that body ("Bloomberg"
        after "Michael Bloomberg" stays the man); a word that is no first name and that the text
        also writes in lower case ("Polling shows …" beside "earlier polling") is a common word
        opening a sentence: the words stay the mention, with no person named."""
        name = phrase.name or ""
        if phrase.kind != "person" or not name or " " in name or phrase.role:
            return phrase
        people = (*self._by_last.get(name, ()), *self._by_first.get(name, ()))
        if any(e.kind is SpeakerKind.PERSON for e in people):
            return phrase
        if known_outlet(name):
            return attrs.evolve(phrase, kind="organisation", head=name.lower())
        lower = name.lower()
        if name.isalpha() and lower != name and lower not in first_names() and _written_lower(text, lower):
            return Phrase(phrase.span, "anonymous", name=name, head=lower)
        return phrase

    def resolve(
        self, phrase: Phrase, text: str, *, forward: bool = False, speaking: bool = True
    ) -> str | None:
        """Resolve a phrase to a speaker id (None when it cannot be), recording the mention.

        With ``forward`` (a headline), a descriptor with no speaker before it waits
        for the first fitting speaker after it.  ``speaking`` marks the speaker as one
        the article quotes (only those are reported).
        """
        entry: _Entry | None = None
        phrase = self._one_word_reading(phrase, text)
        if phrase.kind == "person" and phrase.name:
            entry = self._person(phrase.name)
            if phrase.role and phrase.role not in entry.roles and plausible_role(phrase.role):
                self._add_role(entry, phrase.role)
            entry.gender = entry.gender or gender_evidence(phrase.span.of(text), entry.name, entry.roles)
            self.last_person = entry
            self.people.to_end(entry)
            self._settle("person", entry)
        elif phrase.kind == "organisation" and phrase.name:
            entry = self._org(phrase.name)
            if phrase.place:
                entry.places.add(phrase.place)
            self.last_org = self.last_group = entry
            self._settle("organisation", entry)
        elif phrase.kind == "pronoun":
            if phrase.pronoun in ("he", "she"):
                entry = self._agreeing("f" if phrase.pronoun == "she" else "m")
            elif phrase.pronoun == "it":
                entry = self.last_org
            elif phrase.pronoun == "they":
                entry = self.last_group
        elif phrase.kind == "descriptor":
            entry = self._by_role(phrase.head)
            if entry is None and phrase.head not in RELATIONS:
                entry = _may_hold(phrase.head, self.last_person)
            if entry is None or forward:
                self.pending.append((phrase, "person"))
                return None
        elif phrase.kind == "org-descriptor":
            # the latest body that speaks (read from the end: the latest is usually near it)
            voiced = (e for e in reversed(self.entries) if e.kind is SpeakerKind.ORGANISATION and e.speaks)
            entry = next(voiced, None) or self.last_org
            if entry is not None and _not_the_state(phrase, entry.name):
                # "the government" is no body that is not a state's ("the United Nations", a company)
                entry = next(
                    (
                        e
                        for e in reversed(self.entries)
                        if e.kind is SpeakerKind.ORGANISATION and not _not_the_state(phrase, e.name)
                    ),
                    None,
                )
            if phrase.name:  # "the Israeli military" points back only to the latest body it fits
                entry = self._latest_body_named(phrase)
            if entry is None or forward:
                self.pending.append((phrase, "organisation"))
                return None
        elif phrase.kind == "anonymous":
            entry = self._new(phrase.name or phrase.span.of(text), SpeakerKind.ANONYMOUS)
            if phrase.head in ANONYMOUS_PLURALS:
                self.last_group = entry  # "officials said … they added"
        if entry is None:
            return None
        entry.mentions.append(phrase.span)
        entry.speaks = entry.speaks or speaking
        return entry.id

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

    def _by_role(self, head: str | None) -> _Entry | None:
        if not head:
            return None
        # the latest person a role of whom names the head (RoleIndex reads the role words holding it)
        people = (e for e in self._roles.holding(head) if e.kind is SpeakerKind.PERSON)
        entry = max(people, key=lambda e: int(e.id[2:]), default=None)
        if entry is not None and (entry is self.last_person or _may_hold(head, self.last_person) is None):
            return entry  # the last person named cannot hold this post: the one who does
        return None

    def _add_role(self, entry: _Entry, role: str) -> None:
        """Give an entry a role, filed under the role's words (see :meth:`_by_role`)."""
        entry.roles.append(role)
        self._roles.add(entry, role)

    def _settle(self, kind: str, entry: _Entry) -> None:
        def fits(phrase: Phrase, waits_for: str) -> bool:
            if waits_for != kind or not self._may_name(phrase, entry):
                return False
            if _not_the_state(phrase, entry.name):
                return False  # "the government" waits for a state's body, not any body named later
            return kind != "person" or _may_hold(phrase.head, entry) is entry

        # only the descriptors that may fit are read (factcheck.extraction.lookups), in order
        pending = self.pending
        fitting = [
            i for i in self._waiting.candidates(pending, kind, self._spelled_head(entry)) if fits(*pending[i])
        ]
        if fitting:
            waiting = [pending[i][0] for i in fitting]
            entry.speaks = True
            entry.mentions.extend(p.span for p in waiting)
            gone = set(fitting)
            self.pending = [item for i, item in enumerate(pending) if i not in gone]
            self.settled.extend((p.span, entry.id) for p in waiting)

    def finish(self) -> None:
        """Close the article: a descriptor that names its own body ("the Brazilian air force")
        and that no later name fitted becomes that body; one that names an office ("the Saudi
        King", "the U.S. District Judge") becomes a person known by it, and a later bare "the
        king" is that person."""
        offices: list[_Entry] = []
        left: list[tuple[Phrase, str]] = []
        for phrase, kind in self.pending:
            entry: _Entry | None = None
            if kind == "organisation" and phrase.name:
                # "the Pakistani army … the Pakistani military": one body of one place and kind
                entry = self._latest_body_named(phrase)
                if entry is None:
                    entry = self._org(phrase.name)
                    entry.places |= {
                        NATIONALITIES.get(w.lower(), w) for w in phrase.name.split()[:-1] if _is_cap(w)
                    }
            elif kind == "person" and phrase.role and any(_is_cap(w) for w in phrase.role.split()):
                entry = self._new(phrase.role, SpeakerKind.PERSON)
                self._add_role(entry, phrase.role)
                offices.append(entry)
            elif kind == "person" and phrase.head:
                entry = next((e for e in reversed(offices) if phrase.head in e.name.lower()), None)
                if entry is None and phrase.head in OFFICE_HEADS:
                    # "The minister said …" and no minister named anywhere: one person, known by the post
                    entry = self._new(f"the {phrase.head}", SpeakerKind.OFFICE)
                    self._add_role(entry, phrase.role or phrase.head)
                    offices.append(entry)
            if entry is None:
                left.append((phrase, kind))
                continue
            entry.speaks = True
            entry.mentions.append(phrase.span)
            self.settled.append((phrase.span, entry.id))
        self.pending = left

    def add_role(self, speaker_id: str, role: str) -> None:
        """Record a role given to a speaker elsewhere (an appositive, "X is a spokesman")."""
        # ids are "sp1", "sp2", … in the order of the entries (see _new): read the one, not all
        number = speaker_id[2:]
        if speaker_id.startswith("sp") and number.isdigit() and 0 < int(number) <= len(self.entries):
            entry = self.entries[int(number) - 1]
            if entry.id == speaker_id and role not in entry.roles and plausible_role(role):
                self._add_role(entry, role)

    def speakers(self) -> list[Speaker]:
        """The resolved speakers, as model values."""
        return [s for s, e in zip(self.entities(), self.entries, strict=True) if e.speaks]

    def entities(self) -> list[Speaker]:
        """Every person, body, office and unnamed source met, speaking or not, as model values."""
        return [
            Speaker(
                id=e.id,
                name=e.name,
                kind=e.kind,
                gender=e.gender if e.kind is SpeakerKind.PERSON else None,
                role=e.roles[0] if e.roles else None,
                roles=e.roles,
                organisation=e.organisation,
                # Span order, read as (start, end) pairs: attrs' own comparison is many times slower
                mentions=sorted(set(e.mentions), key=lambda m: (m.start, m.end)),
            )
            for e in self.entries
        ]

    def names(self) -> Iterable[tuple[str, str]]:
        """(id, name) of every speaker."""
        return ((e.id, e.name) for e in self.entries)
