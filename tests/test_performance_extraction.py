"""The speed-ups of extraction read the same text the same way as the plain scan they replace."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from factcheck.api import extract
from factcheck.extraction.bodies import _family_name_first, _fold_un, initials
from factcheck.extraction.body_fit import _may_name
from factcheck.extraction.figures import _Scanner, extract_figures
from factcheck.extraction.generations import fits_generation, generation_of
from factcheck.extraction.nicknames import squeeze_name
from factcheck.extraction.phrase_base import Phrase
from factcheck.extraction.phrases import acronym_key
from factcheck.extraction.speaker_book import _bare, _particle_surname
from factcheck.extraction.speaker_entry import _Entry
from factcheck.extraction.speaker_words import first_names
from factcheck.extraction.speakers import SpeakerRegistry
from factcheck.model import Document, Span, SpeakerKind
from factcheck.serialize import report_to_dict

NEWS = (
    "Nearly two-thirds of the 1,200 voters polled said prices had risen by more than 5 percent, "
    "while a few thousand protesters marched on Tuesday. The ministry spent $4.5bn, up from "
    "three hundred and twenty million euros in 2019; between 10 and 12 per cent of it went on "
    "roads. Temperatures fell to minus 12 degrees and a barrel of oil cost US$80. Scores of "
    "officials, some 40 in all, signed. One in five said the rate was -0.3%, or so it seemed."
)


def _skipped_tokens_read_nothing(text: str) -> int:
    """Try a figure at every token the scan skips; return how many such tokens there were."""
    scanner = _Scanner(text, 0.05)
    starts = set(scanner.candidates())
    skipped = 0
    for i in range(scanner.n):
        if i in starts or i in scanner.blocked:
            continue
        skipped += 1
        assert scanner.try_at(i) == i + 1, (scanner.toks[i].text, text[:80])
        assert scanner.found == [], (scanner.toks[i].text, text[:80])
    return skipped


def test_the_scan_skips_most_tokens_and_none_that_start_a_figure() -> None:
    skipped = _skipped_tokens_read_nothing(NEWS)
    scanner = _Scanner(NEWS, 0.05)
    assert skipped > scanner.n // 2  # most words of news start no figure
    values = [f.value for f in extract_figures(NEWS)]
    assert 1200 in values and 4.5e9 in values and 3.2e8 in values and -12 in values


@pytest.mark.benchmark_data
def test_no_skipped_token_starts_a_figure_in_public_articles(benchmarks: Path) -> None:
    files = sorted((benchmarks / "polnear" / "dev").glob("*.txt"))
    files += sorted((benchmarks / "news-attribution").glob("*.txt"))
    assert files
    for path in files:
        _skipped_tokens_read_nothing(path.read_text(encoding="utf-8"))


# ------------------------------------------------------------------ the speaker registry's look-ups


def _person_scan(
    self: SpeakerRegistry,
    name: str,
    *,
    given: bool = False,
    titled: bool = False,
    generation: str | None = None,
) -> _Entry:
    """The registry's person look-up as a plain scan of every entry (what the dictionaries replace)."""
    name = squeeze_name(name)
    wanted = generation_of(name) or generation
    whole = name.split()
    parts = _bare(whole)
    best: tuple[tuple[int, int, int], _Entry] | None = None
    given_of = [
        e
        for e in self.entries
        if len(parts) == 1
        and e.kind is SpeakerKind.PERSON
        and len(_bare(e.name.split())) > 1
        and _bare(e.name.split())[0] == parts[0]
    ]
    lone = not titled and len(given_of) == 1 and len(whole) == 1 and parts[0].lower() in first_names()
    for position, entry in enumerate(self.entries):
        if entry.kind is not SpeakerKind.PERSON:
            continue
        their = _bare(entry.name.split())
        short, full = (parts, their) if len(parts) == 1 else (their, parts)
        same_generation = fits_generation(wanted, entry.name)
        if same_generation is False:
            continue
        if entry.name == name or (same_generation and parts[-1] == their[-1]):
            rank = 3
        elif parts[-1] == their[-1] and (len(parts) == 1 or len(their) == 1):
            rank = 2
        elif len(short) == 1 and (given or _family_name_first(full) or lone) and short[0] == full[0]:
            rank = 1
        elif _particle_surname(parts, their):
            rank = 2
        else:
            continue
        key = (rank, max((m.start for m in entry.mentions), default=-1), position)
        if best is None or key > best[0]:
            best = (key, entry)
    if best is None:
        return self._new(name, SpeakerKind.PERSON)
    found = best[1]
    if len(whole) > len(found.name.split()):
        found.name = name
    return found


def _org_scan(self: SpeakerRegistry, name: str) -> _Entry:
    """The registry's body look-up as a plain scan of every entry."""
    bare = re.sub(r"^[Tt]he\s+", "", name).strip()
    full = self.aliases.get(acronym_key(bare), bare)

    def shorts(long_name: str) -> set[str]:
        return {s for s, long in self.aliases.items() if _fold_un(long) == _fold_un(long_name)}

    keys = {acronym_key(full), acronym_key(bare), initials(full)} | shorts(full)
    for entry in self.entries:
        if entry.kind is not SpeakerKind.ORGANISATION:
            continue
        theirs = {acronym_key(entry.name)} | shorts(entry.name)
        if " " in entry.name:
            theirs.add(initials(entry.name))
        if acronym_key(entry.name) == acronym_key(full) or (
            keys & theirs and (" " not in bare or " " not in entry.name)
        ):
            if len(full) > len(entry.name):
                entry.name = full
            return entry
    return self._new(full, SpeakerKind.ORGANISATION)


SPEAKERS_NEWS = (
    "U.N. Secretary-General Ban Ki-moon said on Monday that talks would resume. “We are ready,” Mr. Ban "
    "told reporters.\n\n"
    "The Food and Agriculture Organization (FAO) said prices rose 4 percent. “Stocks are low,” the FAO "
    "said in a statement. The U.N. Food and Agriculture Organization added that rains had failed.\n\n"
    "John Smith, a farmer, said his crop was lost. Mary Smith, the mayor, said the town would help. "
    "“We will rebuild,” Smith said.\n\n"
    "Interior Minister Ahmed Karim said the army had moved in. Karim added that 40 people were held. "
    "Kim Jong-un said nothing. Kim was later seen at a parade, the agency said."
)


def _may_name_in_full(self: SpeakerRegistry, phrase: Phrase, entry: _Entry) -> bool:
    """The registry's descriptor test without the kind of body read first: the full test each time."""
    return True if not phrase.name else _may_name(phrase, entry, self.aliases)


def test_a_body_of_another_kind_is_turned_down_as_the_full_test_turns_it_down() -> None:
    registry = SpeakerRegistry(aliases={"IDF": "Israel Defense Forces", "MSF": "Doctors Without Borders"})
    bodies = [
        _Entry(id=f"sp{i}", name=name, kind=SpeakerKind.ORGANISATION)
        for i, name in enumerate(
            [
                "Iraq's Ministry of Health",
                "Israel Defense Forces",
                "IDF",
                "UNHCR",
                "World Food Programme",
                "USAID",
                "MSF",
                "Brazilian Air Force",
                "TAM",
                "the Afghan army",
            ],
            start=1,
        )
    ]
    bodies[1].places.add("Israel")
    descriptors = [
        "Iraqi ministry",
        "health ministry",
        "Israeli military",
        "UN refugee agency",
        "U.N. food agency",
        "Brazilian air force",
        "Afghan army",
        "aid group",
        "agency",
        "Kremlin's press office",
    ]
    pairs = 0
    for name in descriptors:
        phrase = Phrase(Span(0, len(name)), "org-descriptor", name=name, head=name.split()[-1].lower())
        for entry in bodies:
            full = _may_name(phrase, entry, registry.aliases)
            assert registry._may_name(phrase, entry) == full, (name, entry.name)
            pairs += registry._may_name(phrase, entry)
    assert 0 < pairs < len(descriptors) * len(bodies)  # some fit, most do not


def _reports(texts: list[str]) -> list[dict[str, Any]]:
    return [report_to_dict(extract(Document(text=t))) for t in texts]


def _with_scans(monkeypatch: pytest.MonkeyPatch, texts: list[str]) -> list[dict[str, Any]]:
    with monkeypatch.context() as patch:
        patch.setattr(SpeakerRegistry, "_person", _person_scan)
        patch.setattr(SpeakerRegistry, "_org", _org_scan)
        patch.setattr(SpeakerRegistry, "_may_name", _may_name_in_full)
        return _reports(texts)


def test_registry_lookups_find_what_a_scan_of_every_entry_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    indexed = _reports([SPEAKERS_NEWS])[0]
    mentions = {s["name"]: len(s["mentions"]) for s in indexed["speakers"]}
    # "Mr. Ban" is Ban Ki-moon (a family name written first), "Karim" the minister, "Smith" the
    # Smith named last, and the FAO one body under its acronym and its full name
    assert mentions["Ban Ki-moon"] == 2 and mentions["Ahmed Karim"] == 2 and mentions["Mary Smith"] == 2
    assert mentions["Food and Agriculture Organization"] == 3
    assert [indexed] == _with_scans(monkeypatch, [SPEAKERS_NEWS])


@pytest.mark.benchmark_data
def test_registry_lookups_agree_with_a_scan_on_public_articles(
    benchmarks: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = sorted((benchmarks / "news-attribution").glob("*.txt"))
    files += sorted((benchmarks / "polnear" / "dev").glob("*.txt"))[:40]
    texts = [p.read_text(encoding="utf-8") for p in files]
    assert texts
    assert _reports(texts) == _with_scans(monkeypatch, texts)
