"""The speaker registry's look-ups for long texts (factcheck.extraction.lookups and the registry's
indexes) decide what the scans they replace decided: the descriptors a newly named speaker settles,
the latest body a named descriptor may name, the person a post names, the people a name may be,
and the order of the people in view.  Each look-up is checked against its scan at every call, on
the public news-attribution articles and the first forty of polnear/dev joined into one long text
(so descriptors wait across many articles), and on a report written for the test.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from factcheck.extraction import extract_report
from factcheck.extraction.body_fit import _not_the_state
from factcheck.extraction.lookups import PeopleInView
from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.post_holders import post_named_apart
from factcheck.extraction.speaker_book import _bare, _title_word
from factcheck.extraction.speaker_entry import _Entry
from factcheck.extraction.speaker_fit import (
    _may_hold,
    _names_another,
    _of_kind,
    _outlet_for_another,
    _same_sentence_after,
)
from factcheck.extraction.speaker_words import RELATIONS
from factcheck.extraction.speakers import SpeakerRegistry
from factcheck.model import Document, SpeakerKind

WRITTEN = (
    "BAGHDAD (Reuters) - The Iraqi ministry said on Sunday that 40 people had died in the blast. "
    "Iraq's Ministry of Health gave no figure for the wounded.\n\n"
    "The Brazilian air force said it had found wreckage. The airline TAM said it was cooperating, and "
    "Brazil's Air Force Command said the search would go on.\n\n"
    "Prime Minister Ana Ruiz told reporters the inquiry would be independent. The minister said "
    "she had asked the Pakistani army for help. Tom Beck, a spokesman for the army, said the "
    "request had been received. Ruiz added: “We will not wait.” The Pakistani military said "
    "later that it had sent a team.\n"
)


def _checked(monkeypatch: pytest.MonkeyPatch, calls: Counter[str]) -> None:
    """Wrap the registry's look-ups so that each call is compared with the scan it replaced."""
    latest_body_named = SpeakerRegistry._latest_body_named
    settle = SpeakerRegistry._settle
    person = SpeakerRegistry._person
    to_end, to_front = PeopleInView.to_end, PeopleInView.to_front
    by_role = SpeakerRegistry._by_role

    def scanned_by_role(
        self: SpeakerRegistry, head: str | None, text: str = "", at: int = 0
    ) -> _Entry | None:
        found = by_role(self, head, text, at)
        if head:
            scan = (e for e in reversed(self.entries) if e.kind is SpeakerKind.PERSON)
            named = (
                e
                for e in scan
                if any(head in r.lower() or head in map(_title_word, r.split()) for r in e.roles)
            )
            latest = next(named, None)
            if latest is not None and latest is not self.last_person:
                # every post but a relation may be held by someone else than the last person named
                post = head not in RELATIONS
                apart = bool(text) and post_named_apart(text, head, self.last_person, at)
                latest = latest if _may_hold(head, self.last_person, any_post=post) is None or apart else None
            assert found is latest
            calls["by role"] += 1
        return found

    def scanned_latest(self: SpeakerRegistry, phrase: Phrase) -> _Entry | None:
        found = latest_body_named(self, phrase)
        scan = (e for e in reversed(self.entries) if self._body_before(e))
        assert found is next((e for e in scan if self._may_name(phrase, e)), None)
        calls["latest body"] += 1
        return found

    def scanned_settle(self: SpeakerRegistry, kind: str, entry: _Entry, text: str = "", at: int = -1) -> None:
        body = kind == "organisation"
        expected = [
            p.span
            for p, waits_for in self.pending
            if waits_for == kind
            and self._may_name(p, entry)
            and not _not_the_state(p, entry.name)
            and not (body and _outlet_for_another(p, entry.name))
            and not (body and not _of_kind(p.head, entry))
            and not (body and _same_sentence_after(text, p.span.end, at))
            and not (kind == "person" and _names_another(p.role, entry.name))
            and (kind != "person" or _may_hold(p.head, entry) is entry)
        ]
        before = len(self.settled)
        settle(self, kind, entry, text, at)
        assert [span for span, _ in self.settled[before:]] == expected
        calls["settle"] += 1
        calls["settled"] += len(expected)

    def scanned_person(
        self: SpeakerRegistry,
        name: str,
        *,
        given: bool = False,
        titled: bool = False,
        generation: str | None = None,
    ) -> _Entry:
        parts = name.split()
        if len(parts) > 1:
            bare = _bare(parts)  # "Joseph R. Biden Jr." is filed under "Biden"
            read = {id(e) for e in (*self._by_last.get(bare[-1], ()), *self._by_last.get(parts[0], ()))}
            # a person of that first name not read is one no rank takes: a longer name, not this one
            for other in self._by_first.get(parts[0], ()):
                if id(other) not in read:
                    assert other.kind is not SpeakerKind.PERSON or (
                        len(other.name.split()) > 1 and other.name != name
                    )
                    calls["people not read"] += 1
        return person(self, name, given=given, titled=titled, generation=generation)

    def mirrored(view: PeopleInView[_Entry]) -> list[_Entry]:
        return view.__dict__.setdefault("mirror", [])  # type: ignore[no-any-return]

    def checked_to_end(view: PeopleInView[_Entry], entry: _Entry) -> None:
        to_end(view, entry)
        mirror = mirrored(view)
        if entry in mirror:
            mirror.remove(entry)
        mirror.append(entry)
        assert view.latest(8) == mirror[-8:][::-1] and len(view) == len(mirror)
        calls["people moved"] += 1

    def checked_to_front(view: PeopleInView[_Entry], entry: _Entry) -> None:
        to_front(view, entry)
        mirror = mirrored(view)
        if entry not in mirror:
            mirror.insert(0, entry)
        assert view.latest(8) == mirror[-8:][::-1] and len(view) == len(mirror)

    monkeypatch.setattr(SpeakerRegistry, "_latest_body_named", scanned_latest)
    monkeypatch.setattr(SpeakerRegistry, "_settle", scanned_settle)
    monkeypatch.setattr(SpeakerRegistry, "_by_role", scanned_by_role)
    monkeypatch.setattr(SpeakerRegistry, "_person", scanned_person)
    monkeypatch.setattr(PeopleInView, "to_end", checked_to_end)
    monkeypatch.setattr(PeopleInView, "to_front", checked_to_front)


def test_look_ups_decide_what_their_scans_decided_on_a_long_text(
    benchmarks: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [*sorted((benchmarks / "news-attribution").glob("*.txt"))]
    paths += sorted((benchmarks / "polnear" / "dev").glob("*.txt"))[:40]
    articles = [p.read_text(encoding="utf-8") for p in paths]
    text = "\n\n".join(a.strip() for a in articles) + "\n"
    calls: Counter[str] = Counter()
    _checked(monkeypatch, calls)
    report = extract_report(Document(text=text))
    assert report.quotes and len(text) > 150_000
    # every look-up was exercised, and descriptors waited and were settled across the articles
    looked_up = ("latest body", "settle", "people moved", "people not read", "by role")
    assert min(calls[k] for k in looked_up) > 10, calls
    assert calls["settled"] > 0, calls


def test_look_ups_on_a_written_report(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: Counter[str] = Counter()
    _checked(monkeypatch, calls)
    report = extract_report(Document(text=WRITTEN))
    said = {report.words(q.span): report.speaker(q.speaker) for q in report.quotes if q.speaker}
    # the Iraqi ministry waits for the body it names, named later: the Ministry of Health
    assert said["40 people had died in the blast"].name == "Ministry of Health"  # type: ignore[union-attr]
    assert calls["latest body"] > 0 and calls["settled"] > 0, calls


def test_people_in_view_keep_the_order_of_the_list_they_replace() -> None:
    view: PeopleInView[str] = PeopleInView()
    listed: list[str] = []
    # a news story's people as the registry meets them: named as subjects (to the end) or named
    # in passing (to the front, when new)
    for move, name in [
        ("end", "Ruiz"), ("front", "Ames"), ("end", "Beck"), ("front", "Okafor"), ("front", "Ruiz"),
        ("end", "Ames"), ("end", "Ruiz"), ("front", "Lee"), ("end", "Okafor"), ("end", "Beck"),
    ]:  # fmt: skip
        if move == "end":
            view.to_end(name)
            if name in listed:
                listed.remove(name)
            listed.append(name)
        else:
            view.to_front(name)
            if name not in listed:
                listed.insert(0, name)
        for count in (1, 3, 8):
            assert view.latest(count) == listed[-count:][::-1]
    assert listed == ["Lee", "Ames", "Ruiz", "Okafor", "Beck"]
    assert "Lee" in view and "Kim" not in view and len(view) == 5
