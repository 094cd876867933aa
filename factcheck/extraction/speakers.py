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
Anonymous sources are kept as anonymous, never guessed.  The entries and the tables that find
them are :class:`factcheck.extraction.speaker_book.SpeakerBook`; who is in view and the look-ups a
descriptor or pronoun is resolved by are :class:`factcheck.extraction.speaker_view.SpeakerView`,
which the registry builds on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from factcheck.extraction.bodies import (
    NATIONALITIES,
)
from factcheck.extraction.body_fit import STATE_HEADS, _not_the_state
from factcheck.extraction.descriptor_fit import gender_clash, owned_by, owned_by_body, owned_post, voice_of
from factcheck.extraction.generations import generation_of_role
from factcheck.extraction.name_pieces import fit_name
from factcheck.extraction.one_word_bodies import body_by_context, business_role
from factcheck.extraction.org_voice import SPOKES_NOUNS, spokes_voice
from factcheck.extraction.phrase_base import Phrase, _is_cap
from factcheck.extraction.report_owner import work_done, work_noun
from factcheck.extraction.speaker_entry import _Entry
from factcheck.extraction.speaker_fit import (
    _RELATIVE,
    _TRADE_BODY,
    KIN_GROUPS,
    _country,
    _knighted,
    _may_hold,
    _names_another,
    _of_kind,
    _outlet_for_another,
    _same_sentence_after,
    _unnamed_noun,
    _written_lower,
    known_outlet,
    plausible_role,
)
from factcheck.extraction.speaker_view import SpeakerView, _told_gender, _unnamed_holder
from factcheck.extraction.speaker_words import (
    ANONYMOUS_PLURALS,
    HONORIFIC_GENDER,
    OFFICE_HEADS,
    RELATIONS,
    first_names,
    gender_evidence,
)
from factcheck.extraction.statement_owner import STATEMENT_REACH as _STATEMENT_REACH
from factcheck.extraction.statement_owner import statement_made
from factcheck.model import Span, Speaker, SpeakerKind

#: "Asked by" right before an unnamed source: who puts the question, not who answers it.
_ASKED_BY = re.compile(r"\b[Aa]sked\s+by\s+$")


@attrs.define
class SpeakerRegistry(SpeakerView):
    """The speakers of one document, resolved in reading order."""

    pending: list[tuple[Phrase, str]] = attrs.field(factory=list)
    settled: list[tuple[Span, str]] = attrs.field(factory=list)

    def note(self, phrase: Phrase, text: str, *, salient: bool = True, in_view: bool = True) -> None:
        """Record a person or body the text mentions without quoting, as an antecedent for later words.

        A person named outside subject position (``salient=False``: "he spoke to reporter Joe
        Ames") is a candidate for a later "he" or "she" only behind the people already in view;
        one named only as an owner (``in_view=False``: "Tomás Arriaga's strike") is known by
        name, so that "Arriaga" later finds him, and taken up by no pronoun or descriptor.
        """
        if phrase.kind not in ("person", "organisation"):
            return
        if salient or phrase.kind != "person" or not phrase.name:
            self.resolve(phrase, text, speaking=False)
            return
        if self._one_word_reading(phrase, text).kind != "person":
            return  # "Polling shows …": no person to note
        entry = self._person(phrase.name, given=_knighted(phrase, text))
        if phrase.role and phrase.role not in entry.roles and plausible_role(phrase.role):
            self._add_role(entry, phrase.role)  # "an explosion that Mayor Bill de Blasio described as …"
        entry.gender = entry.gender or gender_evidence(phrase.span.of(text), entry.name, entry.roles)
        entry.mentions.append(phrase.span)
        if not in_view:
            self._owners.append(entry)
            return
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
        if phrase.kind != "person" or not name or " " in name:
            return phrase
        if phrase.role:
            if business_role(phrase.role):  # "carmaker Ford said": the company
                return attrs.evolve(phrase, kind="organisation", role=None, head=None)
            return phrase
        people = (*self._by_last.get(name, ()), *self._by_first.get(name, ()))
        if any(e.kind is SpeakerKind.PERSON for e in people):
            return phrase
        if known_outlet(name):
            return attrs.evolve(phrase, kind="organisation", head=name.lower())
        if body_by_context(text, phrase.span.start, phrase.span.end):
            # "Ford said on Tuesday it would invest …": a body, though a person may be named Ford later
            return attrs.evolve(phrase, kind="organisation", head=None)
        body = self.body_opening_with(name)
        if body is not None:  # "Northland said" after "Northland Telecom Inc. reported …"
            return attrs.evolve(phrase, kind="organisation", name=body.name)
        lower = name.lower()
        if name.isalpha() and lower != name and lower not in first_names() and _written_lower(text, lower):
            return Phrase(phrase.span, "anonymous", name=name, head=lower)
        return phrase

    def _short_body_name(self, phrase: Phrase, text: str) -> Phrase:
        """A "person" of several words that opens the name of a body named before, and no first
        name opens, is that body ("Mesa Vista will hold two meetings" after "The Mesa Vista
        Unified School District"): no person "Mesa Vista" (frag20). Not when the words stand
        alone more than twice: "British Columbia", named alone a dozen times, is a province as
        well as the opening of "British Columbia Liberal Party"."""
        name = phrase.name or ""
        if (
            phrase.kind != "person"
            or " " not in name
            or phrase.role
            or name.split()[0].lower() in first_names()
        ):
            return phrase
        body = self.body_opening_with(name.split()[0])
        if body is None or not body.name.startswith(name + " "):
            return phrase
        alone = re.findall(
            rf"(?<![\w-]){re.escape(name)}(?!\s+{re.escape(body.name[len(name) :].strip())})", text
        )
        if len(alone) > 2:
            return phrase
        return attrs.evolve(phrase, kind="organisation", name=body.name)

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
        phrase = self._short_body_name(phrase, text)
        known = phrase.kind == "person" and any(
            e.kind is SpeakerKind.PERSON for e in self._by_last.get(phrase.name or "", ())
        )
        fit = fit_name(phrase, text, speaking=speaking, known=known)
        if fit is None:
            return None  # "residents of Sheung Shui and Tuen Mun": no speaker "Tuen Mun"
        phrase = fit  # "the far-right National Front": the National Front, no person "Front"
        if phrase.kind == "person" and phrase.name:
            titled = phrase.span.of(text).split(None, 1)[0].strip(".").lower() in HONORIFIC_GENDER
            entry = self._person(
                phrase.name,
                given=_knighted(phrase, text),
                titled=titled,
                generation=generation_of_role(phrase.role),  # "the elder Delgado"
            )
            if phrase.role and phrase.role not in entry.roles and plausible_role(phrase.role):
                self._add_role(entry, phrase.role)
            entry.gender = entry.gender or gender_evidence(phrase.span.of(text), entry.name, entry.roles)
            self.last_person = entry
            self.people.to_end(entry)
            self._settle("person", entry, text, phrase.span.start)
        elif phrase.kind == "organisation" and phrase.name:
            entry = self._org(phrase.name)
            if phrase.place:
                entry.places.add(phrase.place)
            if phrase.head:
                entry.kinds.add(phrase.head)  # "campaign group River Action", "Lumen, a battery startup"
                if _TRADE_BODY.search(phrase.span.of(text)):
                    entry.kinds.add("association")  # "industry body SIAM" speaks for companies, is none
            self.last_org = self.last_group = entry
            self._settle("organisation", entry, text, phrase.span.start)
            self._voice = spokes_voice(phrase.span.of(text), entry, phrase.span.end) or self._voice
        elif phrase.kind == "pronoun":
            if phrase.pronoun in ("he", "she"):
                gender = "f" if phrase.pronoun == "she" else "m"
                at = phrase.span.start
                # "Kowalski wept in court. She said …": the subject just before; "The other vote
                # came from Linda Haskett. She wrote …": the one person the sentence before names
                entry = self._subject_before(gender, text, at) or self._sole_named_before(gender, text, at)
                if entry is not None:
                    # now in view
                    self.people.to_end(entry)
                    self.last_person = entry
                entry = (
                    entry
                    or self._voiced(gender, text, at)
                    or self._unnamed_person(gender, text, at)
                    or self._agreeing(gender)
                )
                if entry is not None and entry.gender not in (None, gender) and entry.mentions:
                    # "Marta took over … Her father is less sure. He …": a relative of the other
                    # gender named since the last mention is the "he", no one the text names
                    since = text[max(m.end for m in entry.mentions) : phrase.span.start]
                    if _RELATIVE[gender].search(since):
                        entry = None
                if entry is None and not self.people.latest(1):
                    # no one in view: an owner named before may be meant ("Jacinda Ardern's
                    # government lost its majority. … she said")
                    entry = next((e for e in reversed(self._owners) if e.gender in (None, gender)), None)
            elif phrase.pronoun == "it":
                entry = self.last_org
            elif phrase.pronoun == "they":
                entry = self.last_group
        elif phrase.kind == "descriptor":
            spokes = self._voiced(None, text, phrase.span.start) if phrase.head in SPOKES_NOUNS else None
            entry = (
                spokes
                or self._of_age(text, phrase)
                or self._unnamed(phrase.head)
                or self._by_role(phrase.head, text, phrase.span.start)
            )
            words = phrase.span.of(text)
            of_owner = owned_post(words) and phrase.head not in RELATIONS
            if entry is None and phrase.head not in RELATIONS and not owned_by_body(words):
                entry = _may_hold(phrase.head, self.last_person, any_post=of_owner)
            if (
                entry is not None
                and entry.kind is SpeakerKind.PERSON
                and (
                    gender_clash(words, _told_gender(entry, text))
                    or (of_owner and owned_by(words, entry.name))
                )
            ):
                # "The agency's spokesman said" is no woman named before, nor "Ahmed's lawyer" Ahmed
                entry = None
            if entry is None and of_owner and not forward and self._past_the_lede() and not voice_of(words):
                # "Its chief executive said", "Ahmed's lawyer said": a post of its owner that no
                # one in view holds: an unnamed source, whom a later "the lawyer" takes up (before
                # anyone is in view or has spoken, a lede's "the province's health minister says"
                # waits for the name that follows)
                entry = self._new(words, SpeakerKind.ANONYMOUS)
                self._unnamed_by_noun[_unnamed_noun(entry.name)] = entry
            if entry is None or forward:
                self.pending.append((phrase, "person"))
                return None
            if speaking and entry.kind is SpeakerKind.PERSON and entry in self.people:
                # "the chancellor said …. Asked …, he replied": the person a descriptor names as a
                # speaker is the latest in view, as when named
                self.people.to_end(entry)
                self.last_person = entry
        elif phrase.kind == "org-descriptor" and phrase.head in KIN_GROUPS:
            # "her family said", "Scott's family": the people of a household, unnamed; no body
            entry = self._new(phrase.name or phrase.span.of(text), SpeakerKind.ANONYMOUS)
        elif (
            phrase.kind == "org-descriptor"
            and (noun := work_noun(phrase.span.of(text))) in self._works
            and phrase.span.of(text).lower().startswith("the ")
            and phrase.span.start - self._statements_at.get(noun, phrase.span.start) <= _STATEMENT_REACH
        ):
            entry = self._works[noun]  # "The report found …": the author of the report named before
        elif phrase.kind == "org-descriptor" and (owned := self.owner_of_work(phrase.span.of(text))):
            entry = owned  # "according to Kessler's annual report": the company named before
        elif phrase.kind == "org-descriptor":
            # the body that speaks, mentioned last, of a kind the descriptor's noun allows ("the
            # federal agency" is no "data firm"): "The BCA said … The agency said" is the BCA
            # even when a group first named after it has spoken since (latest_voiced_body)
            voiced = [
                e for e in self.entries if self._body_before(e) and e.speaks and _of_kind(phrase.head, e)
            ]
            last = self.last_org
            if last is not None and not (self._body_before(last) and _of_kind(phrase.head, last)):
                last = None
            entry = max(voiced, key=self._latest_mention, default=None) or last
            # "the authority" after "the Lake Tanganyika Authority": a body the text named or
            # called by the noun comes first; a country is no body a descriptor points back to
            entry = self._called(phrase, text) or (None if entry is None or _country(entry.name) else entry)
            if entry is not None and _not_the_state(phrase, entry.name):
                # "the government" is no body that is not a state's ("the United Nations", a company)
                entry = next(
                    (
                        e
                        for e in reversed(self.entries)
                        if e.kind is SpeakerKind.ORGANISATION
                        and not _not_the_state(phrase, e.name)
                        and not _country(e.name)
                    ),
                    None,
                )
            if phrase.name:  # "the Israeli military" points back only to the latest body it fits
                entry = self._latest_body_named(phrase)
            if entry is None or forward:
                self.pending.append((phrase, "organisation"))
                return None
        elif phrase.kind == "anonymous" and (author := self._work_author(phrase.span.of(text))):
            entry = author  # "according to a new report by Oxfam South Africa and a local partner"
        elif phrase.kind == "anonymous" and (owner := self.owner_of_data(phrase.span.of(text))):
            entry = owner  # "according to NBS data": the bureau's
        elif phrase.kind == "anonymous" and (pair := self._pair_of_post(phrase.span.of(text))):
            entry = pair  # "The two ministers said": the later-named of the two ministers named
        elif phrase.kind == "anonymous" and (named := self._storm_person(phrase)):
            entry = named  # "Storm Uru said" after "Olympic rower Storm Uru": the person, no storm
        elif phrase.kind == "anonymous":
            entry = self._new(phrase.name or phrase.span.of(text), SpeakerKind.ANONYMOUS)
            self._unnamed_by_noun[_unnamed_noun(entry.name)] = entry
            if phrase.head in ANONYMOUS_PLURALS:
                self.last_group = entry  # "officials said … they added"
        if entry is None:
            return None
        if phrase.kind in ("person", "organisation") and (said := statement_made(text, phrase.span)):
            self._works[said] = entry  # "X said in a statement …": a later "the statement said" is X's
            self._statements_at[said] = phrase.span.end
        if phrase.kind == "organisation" and (made := work_done(text, phrase.span.end)):
            # a body's work only: "Ms Okafor studied law …. The study, published by …" is no study
            # of hers (review18)
            self._works[made] = entry  # "The Washington Post analysed …. The analysis found": the Post's
        entry.mentions.append(phrase.span)
        entry.speaks = entry.speaks or speaking
        if entry.speaks and entry.kind is SpeakerKind.ANONYMOUS:
            latest = self._unnamed_speaking
            if latest is None or int(entry.id[2:]) > int(latest.id[2:]):
                self._unnamed_speaking = entry
        return entry.id

    def _settle(self, kind: str, entry: _Entry, text: str = "", at: int = -1) -> None:
        def fits(phrase: Phrase, waits_for: str) -> bool:
            if waits_for != kind or not self._may_name(phrase, entry):
                return False
            if kind == "organisation" and _same_sentence_after(text, phrase.span.end, at):
                return False  # "The club said it wants someone with Premier League experience"
            if _not_the_state(phrase, entry.name):
                return False  # "the government" waits for a state's body, not any body named later
            if kind == "organisation" and _outlet_for_another(phrase, entry.name):
                return False  # "the regulator found …" is not the BBC its minister later speaks to
            if kind == "organisation" and not _of_kind(phrase.head, entry):
                return False  # "the provincial transport department says …" waits for no university
            if kind == "person" and _names_another(phrase.role, entry.name):
                return False  # "Minister for Finance Paschal Donovan" is no Mary Byrne named later
            if kind == "person" and _unnamed_holder(text, phrase, at):
                return False  # "the head of a milk producers' association" is no minister named later
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
        bodies: list[tuple[str | None, _Entry]] = []  # the bodies named descriptors became, by head
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
                bodies.append((phrase.head, entry))
            elif (
                kind == "organisation" and phrase.head and not phrase.place and phrase.head not in STATE_HEADS
            ):
                # "the Vereinigung Cockpit union said … the union said": the body named before
                entry = next((e for head, e in reversed(bodies) if head == phrase.head), None)
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
