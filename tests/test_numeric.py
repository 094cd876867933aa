"""The numeric checker on real news sentences: each check with a correct case and a wrong case.

Unit tests build the figures from the model over the sentence (spans found with
``str.find``), reading hedges as the figure extractor documents (``TOLERANCE``);
end-to-end tests run the real extractor through the ``run_checker`` fixture.
Where a sentence was altered to make the wrong case, the test says which number.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from factcheck_plugins import numeric
from factcheck_plugins.numeric import judge
from factcheck_plugins.numeric_relations import TextIndex, find_relations, rounding_unit

from factcheck.model import Document, Figure, Report, Span, Status, Verdict
from factcheck.sentences import split_sentences

TOL = 0.05  # the extractor's documented default band for "around"/"almost" (factcheck.extraction.figures)


def band(value: float, hedge: str | None) -> dict[str, Any]:
    if hedge in ("over", "more than"):
        return {"lower": value, "upper": None, "lower_closed": False}
    if hedge == "at least":
        return {"lower": value, "upper": None}
    if hedge in ("almost", "nearly"):
        return {"lower": value * (1 - TOL), "upper": value, "upper_closed": False}
    if hedge in ("around", "about", "some"):
        return {"lower": value * (1 - TOL), "upper": value * (1 + TOL)}
    return {"lower": value, "upper": value}


def report(text: str, *specs: tuple[Any, ...]) -> Report:
    """Figures ``(words, value[, hedge[, is_percent]])``, each after the previous one of the same words."""
    figures = []
    seen: dict[str, int] = {}
    for n, spec in enumerate(specs):
        words, value = spec[0], float(spec[1])
        hedge = spec[2] if len(spec) > 2 else None
        start = text.find(words, seen.get(words, 0))
        assert start >= 0, words
        seen[words] = start + 1
        figures.append(
            Figure(
                id=f"f{n + 1}",
                span=Span(start, start + len(words)),
                value=value,
                hedge=hedge,
                is_percent=len(spec) > 3 and bool(spec[3]),
                **band(value, hedge),
            )
        )
    return Report(document=Document(text=text), figures=sorted(figures, key=lambda f: f.span.start))


def only(verdicts: list[Verdict], relation: str) -> list[Verdict]:
    return [v for v in verdicts if v.data["relation"] == relation]


def words(rep: Report, verdict: Verdict) -> list[str]:
    return [rep.words(span) for span in verdict.evidence]


SEED = Path(__file__).resolve().parent.parent / "seeds" / "rt-2018-05-12-syromolotov.txt"
SEED_FIGURES = (
    ("Over 4,000", 4000, "over"),
    ("over 4,000", 4000, "over"),
    ("almost 3,000", 3000, "almost"),
    ("around 3,700", 3700, "around"),
)


# ---------------------------------------------------------------- the seed


def test_seed_parts_and_restatement_pass() -> None:
    text = SEED.read_text(encoding="utf-8")
    rep = report(text, *SEED_FIGURES)
    verdicts = judge(rep)
    parts = only(verdicts, "part-whole")
    assert sorted(words(rep, v)[0] for v in parts) == ["almost 3,000", "around 3,700"]
    assert all(words(rep, v)[1] == "over 4,000" for v in parts)
    assert {v.status for v in parts} == {Status.PASS}
    (restated,) = only(verdicts, "restatement")
    assert restated.status is Status.PASS
    assert words(rep, restated) == ["Over 4,000", "over 4,000"]
    assert "almost 3,000" in parts[0].summary + parts[1].summary
    assert all(v.data["figures"] and "numbers" in v.data for v in verdicts)


@pytest.mark.parametrize("part", ["almost 5,000", "almost 9,000"])
def test_seed_part_past_an_open_whole_warns(part: str) -> None:
    # The seed with one number changed: "almost 3,000 of these people" -> "almost 5,000" / "almost 9,000".
    # "over 4,000" has no upper end, so whether the part fits depends on how far "over" reaches: warn.
    text = SEED.read_text(encoding="utf-8").replace("almost 3,000", part)
    value = float(part.split()[1].replace(",", ""))
    rep = report(text, *SEED_FIGURES[:2], (part, value, "almost"), SEED_FIGURES[3])
    verdict = next(v for v in only(judge(rep), "part-whole") if part in v.summary)
    assert verdict.status is Status.WARN
    assert "hedge" in verdict.summary + verdict.details


def test_seed_restatement_disagreeing_warns() -> None:
    # The seed with the quote's figure changed: "over 4,000 Russian citizens who have left" -> "around 3,000".
    # A restatement is inferred (the text never says the two are one quantity), so it warns, never fails.
    text = SEED.read_text(encoding="utf-8").replace("about over 4,000", "about around 3,000")
    rep = report(text, SEED_FIGURES[0], ("around 3,000", 3000, "around"), *SEED_FIGURES[2:])
    (restated,) = only(judge(rep), "restatement")
    assert restated.status is Status.WARN
    assert "citizens russian" in restated.details
    assert words(rep, restated) == ["Over 4,000", "around 3,000"]


def test_hedge_band_decides_warn() -> None:
    # The seed with "around 3,700" changed to "around 3,900": [3705, 4095] may or may not be under 4,000.
    text = SEED.read_text(encoding="utf-8").replace("around 3,700", "around 3,900")
    rep = report(text, *SEED_FIGURES[:3], ("around 3,900", 3900, "around"))
    verdict = next(v for v in only(judge(rep), "part-whole") if "3,900" in v.summary)
    assert verdict.status is Status.WARN
    assert "hedge" in verdict.summary + verdict.details


# ---------------------------------------------------------------- part and whole


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        # Wikinews, 2009 swine flu: "at least 20 of the deaths" back to "at least 100 deaths".
        (
            "Mexican officials reported that at least 100 deaths in their country were linked to the flu. "
            "The health secretary said that at least 20 of the deaths have been confirmed.",
            (("at least 100", 100, "at least"), ("at least 20", 20, "at least")),
            Status.PASS,
        ),
        # The same with one number changed (20 -> 120): the part's least value exceeds... nothing bounds
        # "at least 100" above, so it still fits; change the whole to a bare 100 instead.
        (
            "Mexican officials reported that 100 deaths in their country were linked to the flu. "
            "The health secretary said that at least 120 of the deaths have been confirmed.",
            (("100", 100), ("at least 120", 120, "at least")),
            Status.FAIL,
        ),
        # VOA, UNAIDS 2012: "Thirteen of these countries" back to "25 countries".
        (
            "Today we are reporting a drop in new infections across 25 countries since 2001. "
            "Thirteen of these countries are in sub-Saharan Africa.",
            (("25", 25), ("Thirteen", 13)),
            Status.PASS,
        ),
        # Altered: "Thirteen" -> "Thirty".
        (
            "Today we are reporting a drop in new infections across 25 countries since 2001. "
            "Thirty of these countries are in sub-Saharan Africa.",
            (("25", 25), ("Thirty", 30)),
            Status.FAIL,
        ),
        # "out of": written in the style of a wire report.
        (
            "Rescuers found 26 survivors out of 173 people on board.",
            (("26", 26), ("173", 173)),
            Status.PASS,
        ),
        # Altered: "26" -> "276".
        (
            "Rescuers found 276 survivors out of 173 people on board.",
            (("276", 276), ("173", 173)),
            Status.FAIL,
        ),
        # "including": the style of an AP casualty report.
        (
            "More than 300 people were wounded in the attacks, including 22 foreigners.",
            (("More than 300", 300, "more than"), ("22", 22)),
            Status.PASS,
        ),
        # "Of the N, ...": Spanair crash, 2008.
        (
            "Of the 172 people on board, 153 died and 19 were injured.",
            (("172", 172), ("153", 153), ("19", 19)),
            Status.PASS,
        ),
        # Altered: "153" -> "183".
        (
            "Of the 172 people on board, 183 died and 19 were injured.",
            (("172", 172), ("183", 183), ("19", 19)),
            Status.FAIL,
        ),
        # "of them" in the sentence that opens with the part.
        (
            "Police detained 58 people on Sunday. Twelve of them were minors.",
            (("58", 58), ("Twelve", 12)),
            Status.PASS,
        ),
    ],
)
def test_part_whole(text: str, specs: tuple[tuple[Any, ...], ...], expected: Status) -> None:
    rep = report(text, *specs)
    parts = only(judge(rep), "part-whole")
    assert parts, "no part-whole relation found"
    worst = Status.FAIL if any(v.status is Status.FAIL for v in parts) else parts[0].status
    assert worst is expected, [v.summary for v in parts]


def test_pronoun_does_not_reach_an_unrelated_figure() -> None:
    # Wikinews, Mumbai 2008: "them" are the gunmen, not the "three locations" of the sentence before.
    text = (
        "The attackers have taken hostages at three locations. It is still unclear how many gunmen "
        "there were, but police say that at least nine of them have been killed in fighting."
    )
    rep = report(text, ("three", 3), ("at least nine", 9, "at least"))
    assert only(judge(rep), "part-whole") == []


# ---------------------------------------------------------------- restatement


def test_headline_restated_in_body() -> None:
    # VOA, 2006: headline "Baghdad Bombings Kill 21" and the lead's "at least 21 people".
    text = (
        "Baghdad Bombings Kill 21\n\nBomb blasts in Baghdad have killed at least 21 people, as violence rose."
    )
    rep = report(text, ("21", 21), ("at least 21", 21, "at least"))
    (restated,) = only(judge(rep), "restatement")
    assert restated.status is Status.PASS


def test_close_figures_of_different_things_are_not_restatements() -> None:
    # VOA, 2006: two different tolls, killed and wounded, close in value.
    text = (
        "Bomb blasts in Baghdad have killed at least 21 people. An earlier blast in Baghdad killed "
        "eight people and wounded at least 28 others near a bus station."
    )
    rep = report(text, ("at least 21", 21, "at least"), ("eight", 8), ("at least 28", 28, "at least"))
    assert only(judge(rep), "restatement") == []


def test_restatement_found_past_a_table_of_other_figures() -> None:
    # VOA, 2006 (the Baghdad toll) restated after a long table of other counts, as in a
    # transcript or a report with an appendix: the rule compares figures of close value
    # however far apart; the table's counts (20,000 to 27,000 voters) may restate each
    # other but never the toll.
    rows = [f"District {n}: {20_000 + 1_000 * (n % 8):,} voters registered." for n in range(1, 120)]
    text = (
        "Bomb blasts in Baghdad have killed at least 21 people near a bus station.\n\n"
        + "\n".join(rows)
        + "\n\nThe blasts near the bus station killed 23 people, police said."  # toll altered: 23
    )
    specs: list[tuple[Any, ...]] = [("at least 21", 21, "at least")]
    specs += [(f"{20_000 + 1_000 * (n % 8):,}", 20_000 + 1_000 * (n % 8)) for n in range(1, 120)]
    table = report(text, *specs)
    start = text.rindex("23 people")  # "23" is also inside "23,000", so placed by hand
    toll = Figure(id="toll", span=Span(start, start + 2), value=23, lower=23, upper=23)
    rep = Report(document=table.document, figures=(*table.figures, toll))
    ids = {rep.figures[0].id, toll.id}
    restated = only(judge(rep), "restatement")
    of_toll = [v for v in restated if ids & set(v.data["figures"])]
    assert [v.data["figures"] for v in of_toll] == [[rep.figures[0].id, toll.id]]
    assert of_toll[0].status is Status.PASS


def test_sentence_of_agrees_with_the_sentences(seed_text: str) -> None:
    # The seed article: every figure-sized span is placed in the sentence that holds its start.
    index = TextIndex.build(seed_text, [])
    for start in range(0, len(seed_text), 7):
        span = Span(start, start)
        holding = [i for i, s in enumerate(index.sentences) if s.start <= start < s.end]
        assert index.sentence_of(span) == (holding[0] if holding else -1)


# ---------------------------------------------------------------- shares


@pytest.mark.parametrize(
    ("share", "expected"),
    [("88 percent", Status.PASS), ("78 percent", Status.FAIL)],  # 78 is the altered number
)
def test_share_of_whole(share: str, expected: Status) -> None:
    # Spanair crash, 2008: 153 of the 173 people on board died; 153/173 = 88.4%.
    text = f"Officials said 153 of the 173 people on board, or {share}, were killed."
    rep = report(text, ("153", 153), ("173", 173), (share, float(share.split()[0]), None, True))
    (ratio,) = only(judge(rep), "share-ratio")
    assert ratio.status is expected
    assert "153" in ratio.details and "173" in ratio.details


def test_shares_of_one_whole_add_up() -> None:
    # VOA, UNHCR 2007 (both sentences as published): 40 + 25 = 65 percent of the world's refugees.
    text = (
        "Spindler says 40 percent of the world's refugees now are in the Middle East. "
        "About 25 percent of the world's refugees are in Africa."
    )
    rep = report(text, ("40 percent", 40, None, True), ("About 25 percent", 25, "about", True))
    (total,) = only(judge(rep), "share-sum")
    assert total.status is Status.PASS


def test_shares_of_one_whole_past_100_fail_in_one_sentence() -> None:
    # A poll sentence in wire style, altered ("41 percent" -> "61 percent") so the parts pass 100%.
    good = "In the poll, 52 percent of voters backed the plan and 41 percent of voters opposed it."
    bad = good.replace("41 percent", "61 percent")
    for text, expected in ((good, Status.PASS), (bad, Status.FAIL)):
        other = "41 percent" if text is good else "61 percent"
        rep = report(text, ("52 percent", 52, None, True), (other, float(other.split()[0]), None, True))
        (total,) = only(judge(rep), "share-sum")
        assert total.status is expected


@pytest.mark.parametrize(
    ("change", "value", "expected", "phrase"),
    [
        ("6.9 percentage points", 6.9, Status.PASS, "agrees"),
        ("33 percent", 33.0, Status.PASS, "agrees"),
        ("6.9 percent", 6.9, Status.FAIL, "percentage points"),  # altered: "percentage points" -> "percent"
    ],
)
def test_percentage_points_and_percent(change: str, value: float, expected: Status, phrase: str) -> None:
    # CDC style: adult smoking fell from 20.9 percent in 2005 to 14 percent in 2017.
    text = f"Adult smoking fell from 20.9 percent in 2005 to 14 percent in 2017, a drop of {change}."
    rep = report(
        text,
        ("20.9 percent", 20.9, None, True),
        ("14 percent", 14, None, True),
        (
            change.split(" percent")[0] + (" percent" if change.endswith(" percent") else ""),
            value,
            None,
            True,
        ),
    )
    (verdict,) = only(judge(rep), "change")
    assert verdict.status is expected
    assert phrase in verdict.summary


# ---------------------------------------------------------------- stated arithmetic


@pytest.mark.parametrize(("to", "expected"), [("149", Status.PASS), ("159", Status.FAIL)])  # 159 is altered
def test_cause_taking_toll_from_a_to_b(to: str, expected: Status) -> None:
    # Wikinews, Mumbai 2008.
    text = f"24 bodies were found in the Oberoi Trident, taking the number of dead from 125 to {to}."
    rep = report(text, ("24", 24), ("125", 125), (to, float(to)))
    (verdict,) = only(judge(rep), "change")
    assert verdict.status is expected


@pytest.mark.parametrize(
    ("rise", "expected"),
    [("25 percent", Status.PASS), ("35 percent", Status.WARN), ("45 percent", Status.FAIL)],
)
def test_percent_rise(rise: str, expected: Status) -> None:
    # Business-wire style; the wrong cases change "25" to "35" (within what the rounding of
    # "1.2 million" allows: 16-35%, so warn) and to "45" (fail).
    text = f"Sales rose from 1.2 million units to 1.5 million units last year, a {rise} rise."
    rep = report(
        text, ("1.2 million", 1.2e6), ("1.5 million", 1.5e6), (rise, float(rise.split()[0]), None, True)
    )
    (verdict,) = only(judge(rep), "change")
    assert verdict.status is expected


@pytest.mark.parametrize(("gain", "expected"), [("1.2 million", Status.PASS), ("2.2 million", Status.FAIL)])
def test_increase_of(gain: str, expected: Status) -> None:
    # UNHCR style; the wrong case changes "1.2 million" to "2.2 million".
    text = f"The number of refugees rose from 8.7 million to 9.9 million, an increase of {gain}."
    rep = report(text, ("8.7 million", 8.7e6), ("9.9 million", 9.9e6), (gain, float(gain.split()[0]) * 1e6))
    (verdict,) = only(judge(rep), "change")
    assert verdict.status is expected


@pytest.mark.parametrize(("to", "expected"), [("2,400", Status.PASS), ("3,400", Status.FAIL)])
def test_doubled(to: str, expected: Status) -> None:
    # Health-ministry style; the wrong case changes "2,400" to "3,400" (x2.8, not x2).
    text = f"The number of cholera cases has doubled from 1,200 to {to} in a week."
    rep = report(text, ("1,200", 1200), (to, float(to.replace(",", ""))))
    (verdict,) = only(judge(rep), "multiple")
    assert verdict.status is expected


@pytest.mark.parametrize(("total", "expected"), [("53", Status.PASS), ("63", Status.FAIL)])
def test_total(total: str, expected: Status) -> None:
    # VOA, Baghdad 2006, with the total made explicit; the wrong case changes "53" to "63".
    text = f"Two car bombs killed 13 people and wounded 40 others, a total of {total} casualties."
    rep = report(text, ("13", 13), ("40", 40), (total, float(total)))
    (verdict,) = only(judge(rep), "total")
    assert verdict.status is expected
    assert verdict.data["numbers"]["sum"] == 53


# ---------------------------------------------------------------- helpers and robustness


def test_rounding_unit_reads_the_digits() -> None:
    text = "about 4,000 and 35 percent and 2.2 million"
    rep = report(text, ("4,000", 4000), ("35 percent", 35, None, True), ("2.2 million", 2.2e6))
    units = [rounding_unit(f, text) for f in rep.figures]
    assert units == [50.0, 0.5, pytest.approx(50_000.0)]


def test_sentences_skip_abbreviations() -> None:
    text = "Mr. Ban said the U.N. will help. Aid is arriving."
    assert [text[s.start : s.end].strip() for s in split_sentences(text)] == [
        "Mr. Ban said the U.N. will help.",
        "Aid is arriving.",
    ]


ARMY_TOTAL = (
    "Militants killed 14 soldiers and 9 police officers in the attack near the border {when},"
    " a total of {total} members of the security forces, the army said."
)


@pytest.mark.parametrize(("total", "expected"), [("23", Status.PASS), ("25", Status.FAIL)])
@pytest.mark.parametrize(
    "text",
    [
        # "Aug. 3" does not end the sentence
        ARMY_TOTAL.replace("{when}", "late on Aug. 3"),
        # hard-wrapped, as plain-text wire feeds come: a line starting in lowercase goes on
        # with the sentence of the line before
        ARMY_TOTAL.replace("{when}", "on Wednesday").replace("near the border", "near\nthe border"),
    ],
)
def test_total_across_an_abbreviation_and_a_wrapped_line(text: str, total: str, expected: Status) -> None:
    # AP style, with the wrong case changing 23 to 25: the total is checked against both addends.
    text = text.format(total=total)
    rep = report(text, ("14", 14), ("9", 9), (total, float(total)))
    (verdict,) = only(judge(rep), "total")
    assert verdict.status is expected


@pytest.mark.parametrize(("part", "expected"), [("300", Status.PASS), ("1,300", Status.FAIL)])
def test_part_read_across_a_title_abbreviation(part: str, expected: Status) -> None:
    # Wire copy with the wrong case changing 300 to 1,300: "Gov. Jay Inslee" does not end the
    # sentence, so "of them" finds its whole, 1,200 residents, in the same sentence.
    text = (
        "The flood forced 1,200 residents from their homes in the county, Gov. Jay Inslee said,"
        f" and {part} of them spent the night in shelters."
    )
    rep = report(text, ("1,200", 1200), (part, float(part.replace(",", ""))))
    (verdict,) = only(judge(rep), "part-whole")
    assert verdict.status is expected


def test_total_inside_a_quotation_adds_only_its_own_sentence() -> None:
    # Each sentence of a quotation is a sentence to the numeric rules: the five attacks of the
    # first quoted sentence are not an addend of the total in the second.
    text = (
        '"There were five attacks in the capital last week. Car bombs killed 13 people and wounded'
        ' 40 others, a total of 53 casualties," the police chief said.'
    )
    rep = report(text, ("five", 5), ("13", 13), ("40", 40), ("53", 53))
    (verdict,) = only(judge(rep), "total")
    assert verdict.status is Status.PASS
    assert verdict.data["figures"] == ["f2", "f3", "f4"]


def test_no_figures_no_verdicts_and_odd_text() -> None:
    assert judge(Report(document=Document(text=""))) == []
    text = "of them of the out of , a total of from to"
    assert find_relations(text, []) == []


# ---------------------------------------------------------------- end to end


def test_seed_end_to_end(run_checker: Any, seed_text: str) -> None:
    rep = run_checker(seed_text, numeric.check_numeric)
    mine = [v for v in rep.verdicts if v.checker == "numeric"]
    if not rep.figures:
        pytest.skip("the figure extractor finds no figures yet")
    passes = [v for v in mine if v.status is Status.PASS]
    described = {tuple(rep.words(s) for s in v.evidence) for v in passes}
    assert ("almost 3,000",) != ()
    assert any("almost 3,000" in w and "over 4,000" in w for w in described)
    assert any("around 3,700" in w and "over 4,000" in w for w in described)
    assert any(w == ("Over 4,000", "over 4,000") for w in described)
    assert not [v for v in mine if v.status is Status.FAIL]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the 172 people on board, 153 died and 19 were injured.", Status.PASS),
        ("Of the 172 people on board, 183 died and 19 were injured.", Status.FAIL),  # 153 -> 183
        (
            "24 bodies were found in the hotel, taking the number of dead from 125 to 149. Police said more.",
            Status.PASS,
        ),
        (
            "24 bodies were found in the hotel, taking the number of dead from 125 to 159. Police said more.",
            Status.FAIL,
        ),  # 149 -> 159
    ],
)
def test_end_to_end_sentences(run_checker: Any, text: str, expected: Status) -> None:
    rep = run_checker(text, numeric.check_numeric)
    if len(rep.figures) < 3:
        pytest.skip("the figure extractor does not find these figures yet")
    statuses = {v.status for v in rep.verdicts if v.checker == "numeric"}
    assert expected in statuses
    if expected is Status.PASS:
        assert Status.FAIL not in statuses


@pytest.mark.benchmark_data
def test_no_fail_on_public_articles(run_checker: Any, benchmarks: Path) -> None:
    fails = []
    for path in sorted((benchmarks / "news-attribution").glob("*.txt")):
        rep = run_checker(path.read_text(encoding="utf-8"), numeric.check_numeric)
        fails += [(path.name, v.summary) for v in rep.verdicts if v.status is Status.FAIL]
    assert fails == []


# ------------------------------------------------ restatement or contrast (judged on polnear/train)

WAGE_HEADLINE = "Wage fight heads to the statehouse\n\n"


def _numeric(text: str) -> list[Verdict]:
    import factcheck

    return [v for v in factcheck.check(text).verdicts if v.checker == "numeric"]


def test_one_subject_giving_two_figures_for_one_quantity_warns() -> None:
    text = WAGE_HEADLINE + (
        "Governor Maria Lopez has said she would back a $12 minimum wage across the state by 2020.\n\n"
        "In her speech on Tuesday, Lopez again called for a $15 minimum wage across the state by 2020."
    )
    [verdict] = _numeric(text)
    assert verdict.status is Status.WARN and "one quantity twice" in verdict.summary


def test_two_subjects_with_two_figures_are_a_contrast() -> None:
    # The same frame as above, but each sentence is about someone else, named far from the figure.
    text = WAGE_HEADLINE + (
        "Governor Maria Lopez, who faces a tough re-election fight against two challengers this fall, "
        "has said she would back a $12 minimum wage across the state.\n\n"
        "State Senator Tom Reed, who has campaigned on the issue in every county for over a year, "
        "started a petition to support a $15 minimum wage across the state."
    )
    # each figure has its holder (round 5: Lopez's $12, Reed's $15): two holders are never one
    # quantity, so the pair is not compared at all
    assert _numeric(text) == []
    # a figure with no holder (the campaign's petition) is compared, and the subjects still differ
    text = text.replace("State Senator Tom Reed, who has", "State Senator Tom Reed's campaign, which has")
    [verdict] = _numeric(text)
    assert verdict.status is Status.UNKNOWN and "different subjects" in verdict.summary
    assert "Maria Lopez" in verdict.details and "Tom Reed" in verdict.details


def test_counted_words_that_differ_on_both_sides_are_a_contrast() -> None:
    text = WAGE_HEADLINE + (
        "The company allows just 12 weeks of unpaid leave for new parents, the employee said.\n\n"
        "A spokeswoman noted that the company offers new parents eight weeks of paid leave."
    )
    [verdict] = _numeric(text)
    assert verdict.status is Status.UNKNOWN and "unpaid against paid" in verdict.details


def test_small_counts_are_never_a_restatement_warning() -> None:
    text = WAGE_HEADLINE + (
        "Here are three reasons the reform campaign should be optimistic about the vote.\n\n"
        "And here are four reasons the reform campaign should be worried about the vote."
    )
    [verdict] = _numeric(text)
    assert verdict.status is Status.UNKNOWN and "counts below 10" in verdict.details


@pytest.mark.parametrize(("window", "compared"), [("in the past ", False), ("in ", True)])
def test_a_window_of_years_looked_back_over_is_not_a_quantity(window: str, compared: bool) -> None:
    text = WAGE_HEADLINE + (
        f"Turnout in the county primary was the second highest {window}28 years, election officials said.\n\n"
        f"Nearly 12% of eligible voters also turned out, the second highest turnout {window}24 years."
    )
    assert bool(_numeric(text)) is compared
