"""Look-ups of the speaker registry that stay cheap in a long text: the descriptors waiting for the
speaker they point to, filed so that a newly named speaker reads only those it may settle; the
people in view, in the order a pronoun looks back through them; the people by the words of their
roles, and the bodies by the head of their names.  Each replaces a scan of every entry, which made
a text's cost grow with its square; each gives the registry what the scan found.

:class:`~factcheck.extraction.speakers.SpeakerRegistry` keeps a list of waiting descriptors ("the
Iraqi ministry", "the minister") and, each time a person or a body is named, tests every one of
them.  In a long text that list grows with the text (a named descriptor no body fits waits to the
end), so the tests grew with its square.  Most of them cannot succeed: a descriptor waiting for a
body is never settled by a person, and a named one ("the Iraqi ministry") only by a body whose
name's head is of the kind it names (:func:`~factcheck.extraction.body_fit.descriptor_kin`; the
registry's ``_may_name`` turns the others down on that comparison first).  :class:`WaitingIndex`
files each waiting descriptor under what it waits for and the heads of its kind, so the registry
tests only the candidates, in the list's order, with the same test: the same ones settle.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from typing import Generic, TypeVar

from factcheck.extraction.phrase_base import Phrase

__all__ = ["HeadIndex", "PeopleInView", "RoleIndex", "WaitingIndex"]

T = TypeVar("T", bound=Hashable)


class WaitingIndex:
    """Positions in a registry's list of waiting ``(descriptor, kind waited for)`` pairs, filed by
    the kind waited for and, for a named descriptor whose kind of body is known, by each head of
    that kind; the others (no name, or a kind that may not decide) are open to every speaker.

    The index follows one list object: items appended to it are filed when next asked; a list
    put in its place (after some were settled) is filed again from the start.
    """

    def __init__(self, kin: Callable[[str], frozenset[str] | None]) -> None:
        """``kin``: the kinds of body a descriptor's name can point to (None: any may)."""
        self._kin = kin
        self._source: Sequence[tuple[Phrase, str]] | None = None
        self._read = 0
        self._open: dict[str, list[int]] = {}
        self._by_head: dict[tuple[str, str], list[int]] = {}

    def candidates(self, pending: Sequence[tuple[Phrase, str]], kind: str, head: str) -> list[int]:
        """The positions in ``pending``, in order, of the descriptors a speaker of ``kind`` whose
        name's head is ``head`` may settle; every other one waits for another kind of speaker, or
        names a kind of body that ``head`` is not."""
        if pending is not self._source:
            self._source, self._read = pending, 0
            self._open, self._by_head = {}, {}
        for position in range(self._read, len(pending)):
            phrase, waits_for = pending[position]
            kin = self._kin(phrase.name) if phrase.name else None
            if kin is None:
                self._open.setdefault(waits_for, []).append(position)
            else:
                for each in kin:
                    self._by_head.setdefault((waits_for, each), []).append(position)
        self._read = len(pending)
        found = self._open.get(kind, [])
        headed = self._by_head.get((kind, head))
        return sorted(found + headed) if headed else list(found)


class PeopleInView(Generic[T]):
    """The people of an article in the order a "he" or "she" looks back through them: moved to the
    end when named as a subject, put at the front when first named elsewhere.  The registry kept
    them in a list, found and moved by a scan of it (a scan per name: its square in a long text);
    here each move and test costs the same whatever the length, in the same order.

    The order is that of a list in which :meth:`to_end` removes an entry and appends it and
    :meth:`to_front` inserts a new one at index 0: the entries put at the front, the latest put
    there first, then the others in the order they were last moved to the end.
    """

    def __init__(self) -> None:
        """No one in view."""
        self._front: dict[T, None] = {}  # in the order put there: the list's front, reversed
        self._back: dict[T, None] = {}  # in the order last moved to the end

    def __contains__(self, entry: object) -> bool:
        """True when the entry was ever put in view (entries never leave it)."""
        return entry in self._back or entry in self._front

    def __len__(self) -> int:
        """How many people are in view."""
        return len(self._front) + len(self._back)

    def to_end(self, entry: T) -> None:
        """Move the entry (or put it, when new) to the end: the latest in view."""
        self._front.pop(entry, None)
        self._back.pop(entry, None)
        self._back[entry] = None

    def to_front(self, entry: T) -> None:
        """Put a new entry at the front, behind every one in view (one in view stays where it is)."""
        if entry not in self:
            self._front[entry] = None

    def latest(self, count: int) -> list[T]:
        """The last ``count`` entries of the order, the latest first."""
        found: list[T] = []
        for entry in itertools.chain(reversed(self._back), self._front):
            if len(found) == count:
                break
            found.append(entry)
        return found


class RoleIndex(Generic[T]):
    """Entries by the words of their roles, for "the minister" to find the latest person whose role
    holds "minister" ("Prime Minister") or has it as a title word ("Sen." for "senator")."""

    def __init__(self, title_word: Callable[[str], str]) -> None:
        """``title_word``: a role word as a title, lower case ("Sen." -> "senator")."""
        self._title_word = title_word
        self._by_word: dict[str, list[T]] = {}  # by lower-cased word of a role
        self._words: list[str] = []  # those words, in the order first met
        self._by_title: dict[str, list[T]] = {}
        self._holding: dict[str, tuple[int, list[str]]] = {}  # per head: words read, words holding it
        self._roles: list[tuple[T, str]] = []  # every role given, for a head of several words

    def add(self, entry: T, role: str) -> None:
        """File the entry under the words of a role it was given."""
        self._roles.append((entry, role))
        for word in role.lower().split():
            if word not in self._by_word:
                self._words.append(word)
            self._by_word.setdefault(word, []).append(entry)
        for word in role.split():
            self._by_title.setdefault(self._title_word(word), []).append(entry)

    def holding(self, head: str) -> Iterator[T]:
        """Every entry one of whose roles, lower-cased, holds ``head`` (one word: it then lies in one
        word of the role) or has it as a title word; an entry may come more than once.  Each role
        word is tested once for each head asked about (a head of several words reads every role)."""
        if any(c.isspace() for c in head):  # no title word holds a space
            return (entry for entry, role in self._roles if head in role.lower())
        read, words = self._holding.get(head, (0, []))
        words.extend(w for w in self._words[read:] if head in w)
        self._holding[head] = (len(self._words), words)
        return itertools.chain(self._by_title.get(head, ()), *(self._by_word[w] for w in words))


class HeadIndex(Generic[T]):
    """Entries by the head of their name as ``head_of`` reads it, filed when next asked (an entry
    renamed is added again: filed under its new head too, its old one only adds a candidate); when
    ``reading`` (what the heads are read with: the article's aliases) changes, ``everyone`` is filed
    again from the start."""

    def __init__(
        self, head_of: Callable[[T], str], everyone: Callable[[], Iterable[T]], reading: Callable[[], object]
    ) -> None:
        """How an entry's head is read, every entry to file, and what the heads are read with."""
        self._head_of, self._everyone, self._reading = head_of, everyone, reading
        self._read_with: object = None
        self._by_head: dict[str, list[T]] = {}
        self._unfiled: list[T] = []

    def add(self, entry: T) -> None:
        """File a new or renamed entry."""
        self._unfiled.append(entry)

    def under(self, heads: Iterable[str]) -> list[T]:
        """The entries filed under any of the heads, each once."""
        if self._reading() != self._read_with:
            self._read_with, self._by_head, self._unfiled = self._reading(), {}, list(self._everyone())
        for entry in self._unfiled:
            self._by_head.setdefault(self._head_of(entry), []).append(entry)
        self._unfiled = []
        return list({id(e): e for head in heads for e in self._by_head.get(head, ())}.values())
