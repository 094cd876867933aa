"""The speaker book of one document: its speakers' entries and the tables that find them.

An entry is a person, a body or an unnamed source the text names; the book files people by the
first and last words of their names, bodies by acronym, initials and the head of their name,
people by the words of their roles, and finds the entry a name, a surname ("Monasch"), a family
name written first ("Mr. Ban") or a named descriptor ("the Iraqi ministry") stands for.  What a
phrase means (a pronoun, a descriptor, a pending reference) is read by
:class:`factcheck.extraction.speakers.SpeakerRegistry`, which builds on this book: the look-ups
change for speed, the rules for accuracy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from factcheck.extraction.bodies import (
    KNOWN_ACRONYMS,
    _family_name_first,
    _fold_name,
    _name_head,
    initials,
)
from factcheck.extraction.body_fit import _may_name, descriptor_kin
from factcheck.extraction.body_names import body_by_its_words, owned_work
from factcheck.extraction.generations import fits_generation, generation_of
from factcheck.extraction.lookups import HeadIndex, RoleIndex, WaitingIndex
from factcheck.extraction.nicknames import squeeze_name
from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.phrases import acronym_key
from factcheck.extraction.speaker_entry import _Entry
from factcheck.extraction.speaker_words import SUFFIXES, first_names
from factcheck.model import SpeakerKind

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
    # British, Irish and Commonwealth titles: "Cllr Tom Brannigan" is "the Labour councillor"
    "cllr": "councillor",
    # US city and state titles: "Ald. Rosa Hernández" (Chicago), "Del. Ana Ortiz" (Virginia)
    "ald": "alderman",
    "del": "delegate",
    "coun": "councillor",
    "insp": "inspector",
    "det": "detective",
    # a judge of a superior court is "Justice Grace Mwangi" in Commonwealth courts: "the judge"
    "justice": "judge",
}


#: A source of data named by its owner: "NBS data", "the Eurostat figures", "ONS statistics".
_BODY_DATA = re.compile(
    r"^(?:[Tt]he\s+)?(?:latest\s+|new\s+|official\s+)?(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,5}?)(?:[’']s)?\s+(?:own\s+|latest\s+|"
    r"official\s+|new\s+)?(?:data|figures|statistics|numbers|estimates|records)$"
)
#: A work of a body named after "by": "a report published on Thursday by the Rivers Alive Trust".
_BODY_WORK = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:new\s+|latest\s+|annual\s+)?(?:report|study|survey|analysis|review|audit)\s+"
    r"(?:(?:published|released|issued|commissioned|conducted)\s+(?:(?:on|this|last)\s+\w+\s+)?)?by\s+(?:the\s+)?"
    # an adjective or two of the body's own: "an analysis by the nonpartisan Legislative Fiscal Bureau"
    r"(?:(?:nonpartisan|non-partisan|independent|bipartisan|state|state's|federal|provincial|city's|"
    r"county's|official)\s+){0,2}"
    r"(?P<owner>[A-Z][\w&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.-]*){1,6})$"
)


def _title_word(word: str) -> str:
    """A role word, lower case, an abbreviated title written out ("Sen." -> "senator")."""
    bare = word.lower().strip(".,()")
    return TITLE_ABBREVIATIONS.get(bare, bare)


def _bare(words: list[str]) -> list[str]:
    """A name's words without a generational suffix: "Biden Jr." is matched as "Biden"."""
    return words[:-1] if len(words) > 1 and words[-1].lower().rstrip(",") in SUFFIXES else words


#: Words that open a surname of two words or more: "Ó Flaithearta", "Van Hollen", "de Blasio".
SURNAME_PARTICLES = frozenset(
    "ó o ní nic mac mc de di da du del della der den van von le la al el bin ben ibn ter ten abu".split()
)


def _particle_surname(one: list[str], other: list[str]) -> bool:
    """True when the shorter of two names is a surname that opens with a particle and ends the
    longer one ("Ó Flaithearta" and "Seán Ó Flaithearta")."""
    short, full = sorted((one, other), key=len)
    if not 1 < len(short) < len(full):
        return False
    # a particle may open the surname in capitals ("Van der Hoeven said" after "Maarten van der
    # Hoeven") or stand inside it ("Sánchez de la Vega" of "Mauricio Sánchez de la Vega")
    same = all(
        a == b or (a.lower() == b.lower() and a.lower() in SURNAME_PARTICLES)
        for a, b in zip(short, full[-len(short) :], strict=True)
    )
    return same and any(w.lower() in SURNAME_PARTICLES for w in short[:-1])


@attrs.define
class SpeakerBook:
    """The entries of one document's speakers and their look-up tables."""

    entries: list[_Entry] = attrs.field(factory=list)
    aliases: dict[str, str] = attrs.field(factory=dict)
    #: The outlet that published the article ("" when unknown), never what "the agency" means.
    publisher: str = ""
    #: The lookup tables (see :meth:`_index`): people by first and by last word of their names,
    #: bodies by acronym key, initials and defined acronym.  Keys of a name an entry has since
    #: outgrown stay; every candidate is tested in full, so a stale key costs a test, not a result.
    _by_first: dict[str, list[_Entry]] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    _by_last: dict[str, list[_Entry]] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    _by_key: dict[str, list[_Entry]] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    #: Bodies of a name of several words by its first word ("Northland" of "Northland Telecom Inc").
    _by_opening: dict[str, list[_Entry]] = attrs.field(factory=dict, init=False, repr=False, eq=False)
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
            words = _bare(entry.name.split())
            if words:
                self._by_first.setdefault(words[0], []).append(entry)
                self._by_last.setdefault(words[-1], []).append(entry)
        elif entry.kind is SpeakerKind.ORGANISATION:
            for key in self._org_keys(entry.name):
                self._by_key.setdefault(key, []).append(entry)
            words = entry.name.split()
            if len(words) > 1:
                self._by_opening.setdefault(words[0], []).append(entry)
            self._bodies.add(entry)

    def _latest_body_named(self, phrase: Phrase) -> _Entry | None:
        """The latest body :meth:`_may_name` finds the named descriptor may name (None: none); when
        it names a kind of body, only the bodies whose name's head is of that kind are read."""
        kin = descriptor_kin(phrase.name) if phrase.name else None
        bodies: Iterator[_Entry] = (e for e in reversed(self.entries) if e.kind is SpeakerKind.ORGANISATION)
        if kin is not None:  # every other body fails _may_name on the head
            bodies = iter(sorted(self._bodies.under(kin), key=lambda e: int(e.id[2:]), reverse=True))
        return next((e for e in bodies if self._body_before(e) and self._may_name(phrase, e)), None)

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

    def _person(
        self, name: str, *, given: bool = False, titled: bool = False, generation: str | None = None
    ) -> _Entry:
        """The person of this name: the same name, else a surname match ("Monasch"), else a
        family name written first ("Mr. Ban" for Ban Ki-moon) or, with ``given`` (a knight's or
        dame's title before one name: "Sir Keir" for Keir Starmer), a given name; among several,
        the one mentioned last (two Kims, two Smiths); a known given name alone and untitled, the one
        person of that given name.  A generation (a suffix, or ``generation`` from "the elder") never
        finds a person of another one, and finds its own first ("Delgado Sr." is not "Frank Delgado
        Jr.")."""
        name = squeeze_name(name)  # the blank a nickname left: "Sharon        Ellery"
        wanted = generation_of(name) or generation
        whole = name.split()
        parts = _bare(whole)
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
        # a known given name alone is the one person of the article with that given name ("Anna
        # said" after "Anna Kowalski"): only when no other has it
        given_of = [
            e
            for _, e in candidates
            if len(parts) == 1
            and e.kind is SpeakerKind.PERSON
            and len(its := _bare(e.name.split())) > 1
            and its[0] == parts[0]
        ]
        lone_given = (
            not titled and len(given_of) == 1 and len(whole) == 1 and parts[0].lower() in first_names()
        )
        for position, entry in candidates:
            if entry.kind is not SpeakerKind.PERSON:
                continue
            their = _bare(entry.name.split())
            short, full = (parts, their) if len(parts) == 1 else (their, parts)
            same_generation = fits_generation(wanted, entry.name)
            if same_generation is False:
                continue  # "Delgado Sr." after "Frank Delgado Jr.": the father, not the son
            if entry.name == name or (same_generation and parts[-1] == their[-1]):
                rank = 3  # "Donald Trump" and "Donald Trump Jr." are two people
            elif parts[-1] == their[-1] and (len(parts) == 1 or len(their) == 1):
                rank = 2
            elif (
                len(short) == 1 and (given or _family_name_first(full) or lone_given) and short[0] == full[0]
            ):
                rank = 1
            elif _particle_surname(parts, their):
                rank = 2  # "Ó Flaithearta" is Seán Ó Flaithearta, "Van Hollen" Chris Van Hollen
            else:
                continue
            key = (rank, self._latest_mention(entry), position)
            if best is None or key > best[0]:
                best = (key, entry)
        if best is None:
            return self._new(name, SpeakerKind.PERSON)
        entry = best[1]
        if len(whole) > len(entry.name.split()):
            entry.name = name
            self._index(entry)
        return entry

    def body_opening_with(self, word: str) -> _Entry | None:
        """The latest body whose name of several words opens with ``word`` ("Northland" of
        "Northland Telecom Inc."), None when there is none."""
        found = self._by_opening.get(word)
        return found[-1] if found else None

    def known_person(self, name: str) -> _Entry | None:
        """The one person of the article ``name`` already names, creating none: the same name, a
        surname of one person, or a given name only one person has; None when there is none or
        several."""
        words = _bare(name.split())
        if not words:
            return None
        people = [e for e in self._by_last.get(words[-1], ()) if e.kind is SpeakerKind.PERSON]
        if len(words) > 1:
            people = [e for e in people if _bare(e.name.split()) == words]
        elif not people:
            people = [
                e
                for e in self._by_first.get(words[0], ())
                if e.kind is SpeakerKind.PERSON and len(_bare(e.name.split())) > 1
            ]
        return people[0] if len({e.id for e in people}) == 1 else None

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

    def owner_of_data(self, words: str) -> _Entry | None:
        """The body a source of data names as its owner ("NBS data", "the Eurostat figures",
        "the ministry's own statistics" are no source of their own): an organisation the article
        named before, by its name or acronym; or the author named after "by" of a report, study,
        survey or analysis ("a survey by the Getúlio Vargas Foundation").  None when none."""
        found = _BODY_DATA.match(words)
        if found is None:
            work = _BODY_WORK.match(words)
            if work is None:
                return None
            owner = work["owner"]  # "an analysis by Lee Epstein": a person's work is the person's
            return self._person(owner) if owner.split()[0].lower() in first_names() else self._org(owner)
        named = self._body_named(found["owner"])
        if named is None and body_by_its_words(found["owner"]):
            return self._org(found["owner"])  # "according to U.S. Census Bureau data": the bureau's
        return named

    def owner_of_work(self, words: str) -> _Entry | None:
        """The body named before that owns a document by a possessive ("according to Kessler's
        annual report", "Acme's filing showed"), by its name, acronym or first words ("Kessler"
        for "Kessler Industrie AG"), or None."""
        owner = owned_work(words)
        if owner is None:
            return None
        lead = owner.split()
        return self._body_named(owner) or next(
            (
                e
                for e in reversed(self.entries)
                if e.kind is SpeakerKind.ORGANISATION and e.name.split()[: len(lead)] == lead
            ),
            None,
        )

    def _body_named(self, bare: str) -> _Entry | None:
        """The latest organisation the article named by this name, its acronym or a short form."""
        full = self.aliases.get(acronym_key(bare), bare)
        keys = {acronym_key(full), acronym_key(bare)} | self._shorts(full)
        return next(
            (
                e
                for e in reversed(self.entries)
                if e.kind is SpeakerKind.ORGANISATION
                and (acronym_key(e.name) in keys or keys & self._org_keys(e.name))
            ),
            None,
        )

    def _body_before(self, entry: _Entry) -> bool:
        """True for a body a descriptor may point back to: not the article's own publisher ("the
        agency said" in a Reuters story that cites "analysts polled by Reuters" is another agency)."""
        return entry.kind is SpeakerKind.ORGANISATION and entry.name.casefold() != self.publisher.casefold()

    def _add_role(self, entry: _Entry, role: str) -> None:
        """Give an entry a role, filed under the role's words (see :meth:`_by_role`)."""
        entry.roles.append(role)
        self._roles.add(entry, role)
