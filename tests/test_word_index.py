"""The word index of a text, the words a pattern needs, and the gates put in front of patterns."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

import factcheck
from factcheck.extraction import antecedents, clause_cues, cue_words, named_intro, questions, speech_patterns
from factcheck.serialize import report_to_dict
from factcheck.word_index import FOLDING, WordGate, WordIndex, required_words, word_index
from plugins import (
    attribution,
    numeric_dated,
    numeric_multiple_levels,
    numeric_scopes,
    numeric_share_rest,
    numeric_targets,
    that_time,
)

#: The gates of the library's patterns, by name.
GATES = {
    "CUE_GATE": cue_words.CUE_GATE,
    "STANCE_GATE": cue_words.STANCE_GATE,
    "ACCORDING_GATE": speech_patterns.ACCORDING_GATE,
    "_ASKED_GATE": questions._ASKED_GATE,
    "CALLED_NAME_GATE": antecedents.CALLED_NAME_GATE,
    "_NAMED_BEFORE_GATE": named_intro._NAMED_BEFORE_GATE,
    "_REST_COLON_GATE": numeric_share_rest._REST_COLON_GATE,
    "_VERB_GATE": numeric_multiple_levels._VERB_GATE,
    "_AS_MUCH_GATE": numeric_multiple_levels._AS_MUCH_GATE,
    "_NATIONAL_GATE": numeric_scopes._NATIONAL_GATE,
    "_LOCAL_GATE": numeric_scopes._LOCAL_GATE,
    "_THAT_TIME_GATE": that_time._THAT_TIME_GATE,
    "_DAY_GATE": numeric_dated._DAY_GATE,
    "_ADJECTIVE_THAT_GATE": clause_cues._ADJECTIVE_THAT_GATE,
    "CITED_GATE": attribution.CITED_GATE,
    "_AIM_GATE": numeric_targets._AIM_GATE,
}

NEWS = (
    "WASHINGTON (AP) — Sen. Ana Ruiz (D-N.M.) said on Tuesday that the state's budget had doubled. "
    "“We will not back down,” Ruiz told reporters, adding that prices rose 4% a year ago. "
    "Asked about the plan, a retired nurse named Ellen Ford said it was twice as costly as in Ohio. "
    "Turnout nationwide fell, according to the county clerk; the rest was split: 12% each. "
    "A man known to neighbours as Tito praised the re-elected mayor on May 3 that season. "
    "Smaller parties shared the remainder: 9%. The bridge opened in 1998. Ruiz is certain that "
    "rents were twice as high as in Ohio, up from last year’s 4.8 million against a target of 500 homes. "
    "Lee’s claim that “the agency misled the public” was rejected."
)
#: With letters that re.IGNORECASE reads as ASCII ones: every case-blind gate stays open.
FOLDED = NEWS + " ſAID the KING of Oslo, İNDEED \u212aelvin’s rule."


def _windows(text: str) -> list[tuple[int, int]]:
    """Sentence windows of a text, and windows whose ends cut words."""
    out, start = [], 0
    for m in re.finditer(r"[.!?;:]\s+", text):
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(text)))
    # windows that end where a name or a figure starts, as the rules read before one
    for m in re.finditer(r"\b[A-Z\d]", text):
        out.append((max(0, m.start() - 80), m.start()))
    pick = random.Random(24)
    for _ in range(60):
        a = pick.randrange(len(text))
        out.append((a, min(len(text), a + pick.randrange(1, 140))))
    return out


def test_folding_holds_every_letter_ignorecase_matches_to_ascii() -> None:
    text = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    assert set(re.findall(r"(?i)[a-z0-9_]", text)) == set(FOLDING)


def test_word_characters_are_what_the_index_reads_them_as() -> None:
    # the index tests ``str.isalnum`` or "_" for ``\\w``, and finds words in the lower-cased text:
    # both hold only if a character and its one-character lower case are word characters or not alike
    word = re.compile(r"\w")
    for code in range(0x110000):
        char = chr(code)
        is_word = word.match(char) is not None
        assert is_word == (char.isalnum() or char == "_"), hex(code)
        low = char.lower()
        if len(low) == 1:
            assert is_word == (word.match(low) is not None), hex(code)


def test_the_index_reads_words_lower_cased_with_their_places() -> None:
    text = "“Don’t,” said Zoë Müller-Lüdenscheidt. THE U.N.-backed plan: SAID, said."
    index = WordIndex(text)
    assert index.words_in() == {
        "don",
        "t",
        "said",
        "zoë",
        "müller",
        "lüdenscheidt",
        "the",
        "u",
        "n",
        "backed",
        "plan",
    }
    places = [m.start() for m in re.finditer(r"(?i)\bsaid\b", text)]
    assert len(places) == 3
    assert index.positions("said") == places
    assert index.positions("SAID") == places
    assert index.positions("backed") == [text.index("backed")]
    # a window cuts words as a pattern searched with pos and endpos sees them
    at = text.index("Müller")
    assert index.words_in(at + 1, at + 4) == {"üll"}
    assert index.words_in(0, 4) == {"don"}
    assert index.words_in(0, 3) == {"do"}
    assert not index.folds
    assert WordIndex("ſaid").folds and WordIndex("the \u212aing").folds
    # "İ" lower-cases to two characters: the places of the lower-cased text no longer agree
    assert index.aligned and not WordIndex("İstanbul said").aligned
    assert WordGate(re.compile(r"\bsaid\b")).may_match("İstanbul wrote")


def test_holds_finds_whole_words_and_cut_pieces_in_a_window() -> None:
    text = "The unsaid word was said twice; saidx."
    index = WordIndex(text)
    said = frozenset({"said"})
    first = text.index("said ")
    assert index.holds(said)
    assert index.holds(said, first, first + 4)
    assert not index.holds(said, 0, first)  # "unsaid" is another word
    assert not index.holds(said, first + 1, first + 8)
    cut = text.index("saidx")
    assert index.holds(said, cut, cut + 4)  # "saidx" cut to "said" by the window's end
    assert re.compile(r"\bsaid\b").search(text, cut, cut + 4) is not None
    # and the gate says so too, at either end of the window
    gate = WordGate(re.compile(r"\bsaid\b"))
    assert gate.may_match(text, cut, cut + 4)
    assert gate.search(text, cut, cut + 4) is not None
    assert not gate.may_match(text, cut, cut + 3)
    later = WordIndex("xsaid now")
    assert later.holds(said, 1, 9) and not later.holds(said, 0, 9)
    assert WordGate(re.compile(r"said\b")).needs is None  # "xsaid" matches it
    assert WordGate(re.compile(r"(?<![\w])said\b")).may_match("xsaid now", 1, 9)


def test_required_words_are_read_from_the_pattern() -> None:
    def needs(pattern: str, flags: int = 0) -> list[set[str]] | None:
        found = required_words(re.compile(pattern, flags))
        return None if found is None else [set(words) for words in found]

    assert needs(r"\b(?:said|says)\b") == [{"said", "says"}]
    assert needs(r"\b[Aa]sked\b") == [{"asked"}]
    assert needs(r"\baccording to\b", re.I) == [{"according"}]
    assert needs(r"\b(?:shared|took)\s+(?:the\s+)?(?:rest|remainder)\s*:") == [
        {"shared", "took"},
        {"rest", "remainder"},
    ]
    assert needs(r"\bcountry-?wide\b") == [{"country", "countrywide"}]
    assert needs(r"\b(?:\bfoo\b|\bbar\b)") == [{"foo", "bar"}]
    assert needs(r"(?<![\w.])U\.S\.") == [{"u"}]
    assert needs(r"\b(?:a|an)\s+(?:\w+\s+){0,3}?(?:named|called)\s+$") == [{"named", "called"}]
    # a part repeated at least once: what one round needs, its edges bounded by the rounds around it
    assert needs(r"(?:\s+(?:has|had))+\s*$") == [{"has", "had"}]
    assert needs(r"\b(?:(?:has|had)-)+x") == [{"has", "had"}]
    assert needs(r"(?:(?:has|had)\s+)+") is None  # "xhas " matches
    assert needs(r"(?:\s+has)+") is None  # " hasx" matches
    # the common word is dropped when a rarer set is needed too
    assert needs(r"\bthe\s+(?:state|city)\b") == [{"state", "city"}]


@pytest.mark.parametrize(
    "pattern",
    [
        r"said",  # no boundary: "unsaid" matches
        r"\bsaid",
        r"(?:foo|\bbar\b)",
        r"\b(?:said|\w+ed)\b",  # a branch with no literal word
        r"\b(?:19|20)\d\d\b",
        r"\d+\s*percent",
        r"\bcafé\b",  # not an ASCII word
    ],
)
def test_patterns_needing_no_whole_word_get_no_gate(pattern: str) -> None:
    assert required_words(re.compile(pattern)) is None
    assert WordGate(re.compile(pattern)).may_match("nothing here")


def test_an_ascii_pattern_gets_no_gate() -> None:
    assert required_words(re.compile(r"\bsaid\b", re.ASCII)) is None
    assert required_words(re.compile(r"(?a)\bsaid\b")) is None
    # under re.ASCII "é" is no word character, so the pattern matches inside "ésaid"
    assert re.compile(r"\bsaid\b", re.ASCII).search("ésaid")


def test_a_case_blind_gate_opens_on_a_text_with_a_folding_letter() -> None:
    gate = WordGate(re.compile(r"\bsaid\b", re.I))
    assert not gate.may_match("She spoke.")
    assert gate.may_match("ſaid she.")
    assert gate.pattern.search("ſaid she.")
    sensitive = WordGate(re.compile(r"\bsaid\b"))
    assert not sensitive.may_match("ſaid she.")


@pytest.mark.parametrize("name", sorted(GATES))
def test_module_gates_need_words_and_never_shut_on_a_match(name: str) -> None:
    gate = GATES[name]
    assert gate.needs is not None
    for text in (NEWS, FOLDED):
        for start, end in _windows(text):
            if gate.pattern.search(text, start, end) is not None:
                assert gate.may_match(text, start, end), (name, text[start:end])
            found = [(m.span(), m.groups()) for m in gate.finditer(text, start, end)]
            assert found == [(m.span(), m.groups()) for m in gate.pattern.finditer(text, start, end)]


def test_each_module_gate_shuts_somewhere_and_its_pattern_matches_somewhere() -> None:
    for name, gate in GATES.items():
        assert any(not gate.may_match(NEWS, s, e) for s, e in _windows(NEWS)), name
        assert any(gate.pattern.search(NEWS, s, e) for s, e in _windows(NEWS)), name


def test_module_gates_never_shut_on_a_match_in_public_articles(benchmarks: Path) -> None:
    files = sorted((benchmarks / "polnear" / "dev").glob("*.txt"))
    files += sorted((benchmarks / "news-attribution").glob("*.txt"))
    if not files:
        pytest.skip("public benchmarks not found")
    for f in files:
        text = f.read_text(encoding="utf-8")
        windows = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?\n]*", text)]
        for name, gate in GATES.items():
            for start, end in windows:
                if not gate.may_match(text, start, end):
                    assert gate.pattern.search(text, start, end) is None, (name, f.name, start)


def test_nothing_is_kept_from_one_document_for_the_next() -> None:
    first = "“We are ready,” the mayor said on Monday. Costs rose 5% nationwide."
    second = "“We are ready,” the mayor smiled on Monday. Costs rose 5% in the city."
    # the same places, other words: each text is read for itself
    assert word_index(first) is not word_index(second)
    assert word_index(first) is word_index(first)
    at = first.index("said")
    assert cue_words.CUE_GATE.may_match(first, at, at + 4)
    assert not cue_words.CUE_GATE.may_match(second, at, at + 6)
    assert word_index(second).words_in(at, at + 6) == {"smiled"}
    # two documents checked one after the other give the reports each gives alone
    one, two = factcheck.check_text(first), factcheck.check_text(second)
    word_index.cache_clear()
    assert report_to_dict(factcheck.check_text(second)) == report_to_dict(two)
    word_index.cache_clear()
    assert report_to_dict(factcheck.check_text(first)) == report_to_dict(one)
    assert one.quotes and not two.quotes
