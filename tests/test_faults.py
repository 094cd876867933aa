"""The fault injectors (bench/fault_injectors.py) make the fault they name, at the site they report.

Every article here is written for the test, in the style of a news report.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest

from factcheck.api import extract
from factcheck.manager import get_plugin_manager
from factcheck.model import Document

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def faults() -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("fault_injectors", BENCH / "fault_injectors.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["fault_injectors"] = module  # dataclasses look their module up while defined
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


def inject(faults: ModuleType, kind: str, text: str) -> list[object]:
    report = extract(Document(text=text, path="t.txt"), get_plugin_manager())
    article = faults._Article("t.txt", text, report)
    found: list[object] = faults.INJECTORS[kind](article, random.Random(1))
    return found


def only(found: list[object]) -> object:
    assert len(found) == 1, found
    return found[0]


def changed_words(original: str, faulted: str) -> tuple[str, str]:
    """The differing middle of two texts."""
    start = 0
    while start < min(len(original), len(faulted)) and original[start] == faulted[start]:
        start += 1
    end = 0
    while end < min(len(original), len(faulted)) - start and original[-1 - end] == faulted[-1 - end]:
        end += 1
    return original[start : len(original) - end], faulted[start : len(faulted) - end]


RESTATED = (
    "Flooding closes schools across the county\n\n"
    "The storm closed 240 schools on Monday, officials said. Crews worked through the night.\n\n"
    "By Tuesday the 240 schools were still shut, and parents were told to keep children home.\n"
)


def test_restated_changes_the_later_mention_beyond_rounding(faults: ModuleType) -> None:
    fault = only(inject(faults, "restated", RESTATED))
    later = RESTATED.index("240 schools were")
    assert fault.original_site.start == later  # type: ignore[attr-defined]
    old, _ = changed_words(RESTATED, fault.text)  # type: ignore[attr-defined]
    assert old in "240" and old  # only digits of the later mention changed
    value = float(fault.site.of(fault.text))  # type: ignore[attr-defined]
    assert abs(value - 240) / 240 >= 0.15
    assert fault.text.count("240 schools") == 1  # type: ignore[attr-defined]


def test_restated_needs_the_same_counted_noun(faults: ModuleType) -> None:
    text = (
        "Flooding closes schools\n\n"
        "The storm closed 240 schools on Monday. By Tuesday 240 buses had been moved to higher ground.\n"
    )
    assert inject(faults, "restated", text) == []


def test_restated_leaves_years_and_dates_alone(faults: ModuleType) -> None:
    text = (
        "Budget talks resume\n\n"
        "The 2016 budget was signed on Nov. 12 after a long fight. "
        "Talks on the 2016 budget resumed on Nov. 12 of the next year.\n"
    )
    assert inject(faults, "restated", text) == []


def test_part_whole_makes_the_part_larger_than_its_whole(faults: ModuleType) -> None:
    text = "Senate vote\n\nSeven of the 12 committee members voted for the bill on Thursday.\n"
    fault = only(inject(faults, "part-whole", text))
    part = int(fault.site.of(fault.text).replace(",", ""))  # type: ignore[attr-defined]
    assert part > 12
    assert fault.text.endswith(" of the 12 committee members voted for the bill on Thursday.\n")  # type: ignore[attr-defined]


def test_part_whole_skips_sections_and_years(faults: ModuleType) -> None:
    text = "Law\n\nSection 3 of the 1964 act, and Article 2 of 10 rules, were cited.\n"
    assert inject(faults, "part-whole", text) == []


def test_shares_pass_one_hundred_percent(faults: ModuleType) -> None:
    text = "Poll\n\nClinton leads Trump 48 percent to 41 percent among likely voters, the poll found.\n"
    fault = only(inject(faults, "shares", text))
    assert fault.original_site.of(text) == "41"  # type: ignore[attr-defined]
    new = float(fault.site.of(fault.text))  # type: ignore[attr-defined]
    assert 108 <= 48 + new <= 120


def test_shares_leave_a_change_from_one_rate_to_another(faults: ModuleType) -> None:
    text = "Taxes\n\nThe plan would cut the top rate from 39.6 percent to 25 percent, aides said.\n"
    assert inject(faults, "shares", text) == []


def test_shares_leave_a_range_of_one_share(faults: ModuleType) -> None:
    # round 4: the bounds of one share, not two shares face to face
    forecast = (
        "Results\n\nThe company now expects revenue to grow by a forecast of 1% to 3.5% this year, "
        "compared with 2% to 4% before.\n"
    )
    assert inject(faults, "shares", forecast) == []
    emissions = "Climate\n\nEmissions in 2030 would be only 2% to 9% lower than in 2019, the report said.\n"
    assert inject(faults, "shares", emissions) == []
    # a trailing contest, the smaller share first, is still two shares of one vote
    trailing = "Poll\n\nThe mayor trailed 36 percent to 51 percent, the poll found.\n"
    assert only(inject(faults, "shares", trailing)).original_site.of(trailing) == "36"  # type: ignore[attr-defined]


def test_multiple_breaks_a_stated_double(faults: ModuleType) -> None:
    text = (
        "Jobs\n\n"
        "Youth unemployment stood at 10.8 percent, more than double the national rate of 5.6 percent.\n"
    )
    larger, smaller = inject(faults, "multiple", text)
    assert larger.original_site.of(text) == "10.8"  # type: ignore[attr-defined]
    new = float(larger.site.of(larger.text))  # type: ignore[attr-defined]
    assert 5.6 < new < 5.6 * 1.5
    # round 5: the other side of the same multiple, the smaller figure changed so that 10.8 is no
    # longer "more than double" it
    assert smaller.original_site.of(text) == "5.6"  # type: ignore[attr-defined]
    new = float(smaller.site.of(smaller.text))  # type: ignore[attr-defined]
    assert 10.8 / 2 < new < 10.8 / 1.2


def test_multiple_needs_figures_that_give_the_multiple(faults: ModuleType) -> None:
    text = (
        "Jobs\n\nYouth unemployment doubled in the region, to 10.8 percent against 9.6 percent nationally.\n"
    )
    assert inject(faults, "multiple", text) == []


def test_paraphrase_changes_the_figure_outside_the_quote(faults: ModuleType) -> None:
    text = (
        "Bridge repairs\n\n"
        "“We will spend $4.35 million on the bridge this year,” Mayor Ana Ortiz said on Monday.\n\n"
        "The city will spend $4.35 million on repairs, according to the plan.\n"
    )
    fault, quoted = inject(faults, "paraphrase", text)
    assert fault.original_site.start == text.rindex("4.35")  # type: ignore[attr-defined]
    assert "“We will spend $4.35 million" in fault.text  # type: ignore[attr-defined]
    # round 5: the quote's figure changed where the text repeats it later
    assert quoted.original_site.start == text.index("4.35")  # type: ignore[attr-defined]
    assert quoted.note.endswith("(in the quote)")  # type: ignore[attr-defined]
    assert "The city will spend $4.35 million" in quoted.text  # type: ignore[attr-defined]
    # a quote that gives the writer's figure after it is a later mention (the restated kind's site)
    before = (
        "Bridge repairs\n\n"
        "The city will spend $4.35 million on repairs, according to the plan.\n\n"
        "“We will spend $4.35 million on the bridge this year,” Mayor Ana Ortiz said on Monday.\n"
    )
    [writer] = inject(faults, "paraphrase", before)
    assert not writer.note.endswith("(in the quote)")  # type: ignore[attr-defined]


def test_headline_changes_the_headline_figure(faults: ModuleType) -> None:
    text = (
        "Storm leaves 1,250 homes without power\n\n"
        "A storm on Sunday left 1,250 homes without power across the valley, the utility said.\n"
    )
    fault = only(inject(faults, "headline", text))
    assert fault.original_site.end <= text.index("\n")  # type: ignore[attr-defined]
    assert "left 1,250 homes" in fault.text  # type: ignore[attr-defined]
    assert not fault.text.startswith("Storm leaves 1,250")  # type: ignore[attr-defined]


def test_attribution_removed_only_where_nothing_else_names_the_speaker(faults: ModuleType) -> None:
    text = (
        "Council delays vote\n\n"
        "The council put off the vote until March. "
        "“We need more time to read the report,” said Harriet Okonkwo, a council member.\n\n"
        "The report runs to 300 pages.\n"
    )
    fault = only(inject(faults, "attribution", text))
    assert "Okonkwo" not in fault.text  # type: ignore[attr-defined]
    assert "“We need more time to read the report.”" in fault.text  # type: ignore[attr-defined]
    # the paragraph after names her: a reader takes the quote for hers
    named_again = text.replace(
        "The report runs", "Okonkwo has sat on the council since 2010.\n\nThe report runs"
    )
    assert inject(faults, "attribution", named_again) == []


def test_format_like_keeps_the_writing_of_the_number(faults: ModuleType) -> None:
    assert faults.format_like("4,350", 5437.5) == "5,438"
    assert faults.format_like("10.8", 6.5) == "6.5"
    assert faults.changed_value("240", 1.25) == "300"
    assert faults.changed_value("2", 1.25) is None  # 2.5 rounds back to 2: no clear change


def test_restated_leaves_spans_of_time_and_wage_rates_alone(faults: ModuleType) -> None:
    text = (
        "Posts flood social sites\n\n"
        "One tag drew 2 million posts in 10 hours, the company said. "
        "Another tag gained 900,000 posts in 10 hours after the attack.\n\n"
        "Workers there earn $15 an hour, the union said. "
        "The city council voted to keep the wage at $15 an hour next year.\n"
    )
    assert inject(faults, "restated", text) == []


def test_restated_keeps_a_frequency(faults: ModuleType) -> None:
    text = (
        "A veteran dies every 72 minutes, report finds\n\n"
        "The report found that a veteran dies every 72 minutes across the country. "
        "Advocates said that one death every 72 minutes was a national emergency.\n"
    )
    assert len(inject(faults, "restated", text)) == 1


def test_attribution_is_not_cut_at_a_middle_initial(faults: ModuleType) -> None:
    text = (
        "Agency answers audit\n\n"
        "The audit found gaps in training. "
        '"We take every finding seriously," said spokesman Paul Dreyer, referring to John F. Amsel.\n'
    )
    assert all("John F" not in f.note for f in inject(faults, "attribution", text))  # type: ignore[attr-defined]


def test_a_removed_attribution_still_named_by_a_chain_is_not_counted(faults: ModuleType) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("faults_bench", BENCH / "faults.py")
        assert spec is not None and spec.loader is not None
        bench = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(bench)
    finally:
        sys.path.remove(str(BENCH))
    from factcheck.model import Span

    def chained(text: str, quote: str) -> bool:
        start = text.index(quote)
        return bool(bench._chained(text, Span(start, start + len(quote))))

    # a run of quotes closed by one attribution: a reader takes both for the same speaker
    run = "Budget\n\n“We cut what we could.” “The rest is up to the council,” the mayor added.\n"
    assert chained(run, "We cut what we could.")
    # a quote right after a sentence reporting speech continues it
    reported = "Budget\n\nThe mayor will cut 40 jobs, the paper reported. “We had no other choice here.”\n"
    assert chained(reported, "We had no other choice here.")
    # the writer's own lead-in names nobody: the quote is attributed to no one
    alone = "Budget\n\nThe library will close in June. “We had no other choice here.”\n\nThe vote is soon.\n"
    assert not chained(alone, "We had no other choice here.")
    # a paragraph break does not end the chain: the quote opening the next paragraph continues it
    across = "Budget\n\nThe mayor will cut 40 jobs, the paper reported.\n\n“We had no other choice here.”\n"
    assert chained(across, "We had no other choice here.")
    # a place named "the United States" states nothing
    place = "Budget\n\nShe is the first mayor born outside the United States.\n\n“We had no choice.”\n"
    assert not chained(place, "We had no choice.")


def test_a_figure_ending_a_sentence_is_a_quantity(faults: ModuleType) -> None:
    text = (
        "Recount ends\n\n"
        "“We counted 1,250 ballots by hand and found no error,” clerk Dana Whitfield said.\n\n"
        "The county had expected to count far more than the 1,250.\n"
    )
    fault = inject(faults, "paraphrase", text)[0]
    assert fault.original_site.start == text.rindex("1,250")  # type: ignore[attr-defined]


def test_a_title_case_headline_figure_is_no_name(faults: ModuleType) -> None:
    text = (
        "Storm Leaves 1,250 Homes Without Power\n\n"
        "A storm on Sunday left 1,250 homes without power across the valley, the utility said.\n"
    )
    fault = only(inject(faults, "headline", text))
    assert fault.original_site.end <= text.index("\n")  # type: ignore[attr-defined]
    # in a sentence, a capitalised word before a figure is still a name ("Route 66", "Group of 20")
    assert inject(faults, "headline", "Storm hits Route 66\n\nThe storm closed Route 66 for a day.\n") == []


def test_a_headline_stacks_a_modifier_before_what_it_counts(faults: ModuleType) -> None:
    text = (
        "Mill lays off 340 factory workers\n\n"
        "The paper mill laid off 340 workers on Friday, citing falling orders.\n"
    )
    assert only(inject(faults, "headline", text)).original_site.end <= text.index("\n")  # type: ignore[attr-defined]


def test_a_possessive_whole_counts_what_follows_it(faults: ModuleType) -> None:
    text = (
        "Inspectors visit schools\n\n"
        "Inspectors will visit all 62 of the county's schools this spring. The tour starts in March.\n\n"
        "Each of the 62 schools will get a written report by June.\n"
    )
    fault = only(inject(faults, "restated", text))
    assert fault.original_site.start == text.rindex("62")  # type: ignore[attr-defined]


def test_multiple_needs_figures_that_count_one_thing(faults: ModuleType) -> None:
    text = (
        "Premiums\n\n"
        "Some 30 million more families gained cover, yet those who work 60 hours a week saw "
        "their premiums doubled.\n"
    )
    assert inject(faults, "multiple", text) == []


def test_multiple_breaks_a_fraction_told_as_a_share(faults: ModuleType) -> None:
    text = (
        "Poll\n\n"
        "Among likely voters, about two-thirds, 66 percent, back the new bridge. "
        "The rest are split.\n"
    )
    fault = only(inject(faults, "multiple", text))
    new = float(fault.site.of(fault.text))  # type: ignore[attr-defined]
    assert abs(new - 66) >= 0.3 * 66
    assert inject(faults, "multiple", text.replace("66 percent", "41 percent")) == []


def test_attribution_site_where_the_speaker_is_named_only_far_away(faults: ModuleType) -> None:
    text = (
        "Council delays vote\n\n"
        "Harriet Okonkwo, a council member, asked for the delay on Monday.\n\n"
        "The report runs to 300 pages and covers the bus depot.\n\n"
        "Its authors spent two years on it.\n\n"
        "“We need more time to read the report,” Okonkwo said.\n\n"
        "The vote is now set for March.\n"
    )
    fault = only(inject(faults, "attribution", text))
    assert "“We need more time to read the report.”" in fault.text  # type: ignore[attr-defined]
    near = text.replace("Its authors spent two years on it.", "Okonkwo read it twice.")
    assert inject(faults, "attribution", near) == []


def test_attribution_site_where_a_pronoun_or_a_quotation_run_may_name_the_speaker(faults: ModuleType) -> None:
    text = (
        "Council delays vote\n\n"
        "Harriet Okonkwo, a council member, asked for the delay on Monday.\n\n"
        "The report runs to 300 pages and covers the bus depot.\n\n"
        "Its authors spent two years on it.\n\n"
        "“We need more time to read the report,” Okonkwo said.\n\n"
        "The vote is now set for March.\n"
    )
    assert len(inject(faults, "attribution", text)) == 1
    # "she" in the paragraph before may be Okonkwo: a reader may take the quote for hers
    she = text.replace("Its authors spent two years on it.", "She has read half of it, aides say.")
    assert inject(faults, "attribution", she) == []
    # a quotation of hers in the paragraph before: a run of quotation paragraphs is one speaker's
    run = text.replace(
        "Its authors spent two years on it.",
        "“I have read half of it,” Okonkwo told reporters.\n\n“The rest is tables.”",
    )
    assert all("We need more time" not in f.note for f in inject(faults, "attribution", run))  # type: ignore[attr-defined]


def test_restated_reads_a_distinctive_amount_told_twice(faults: ModuleType) -> None:
    text = (
        "Campaign rent\n\n"
        "The campaign paid $148,362 in rent to the owner's company in May, filings show. "
        "Aides did not comment.\n\n"
        "The filings list the May payment of $148,362.\n"
    )
    fault = only(inject(faults, "restated", text))
    assert fault.original_site.start == text.rindex("148,362")  # type: ignore[attr-defined]
    # a round amount is no distinctive one: two mentions of "$150" need a counted noun
    assert inject(faults, "restated", text.replace("148,362", "150")) == []


def test_paraphrase_reads_the_quotes_figure_told_again_with_another_hedge(faults: ModuleType) -> None:
    text = (
        "Shelters\n\n"
        "“We have taken in more than 400 families since the flood,” Mayor Ana Ortiz said on Monday.\n\n"
        "The city's shelters now house 400 families, according to its own count.\n"
    )
    fault = only(inject(faults, "paraphrase", text))
    assert fault.original_site.start == text.rindex("400")  # type: ignore[attr-defined]
    new = fault.note.split(" -> ")[1].split()[0]  # type: ignore[attr-defined]
    # "more than 400" is contradicted only from below: a larger figure would agree with it
    assert float(new) < 400, fault.note  # type: ignore[attr-defined]


def test_headline_reads_the_body_telling_its_figure_in_words(faults: ModuleType) -> None:
    text = "5 things to watch in tonight's debate\n\nHere are five things to watch for tonight in Miami.\n"
    fault = only(inject(faults, "headline", text))
    assert fault.original_site.end <= text.index("\n")  # type: ignore[attr-defined]
    assert "five things" in fault.text  # type: ignore[attr-defined]


def test_headline_leaves_two_lower_bounds_alone(faults: ModuleType) -> None:
    # "more than 100" and "more than a hundred": no change of the headline's bound contradicts the body's
    text = (
        "More than 100 delegates may break with him\n\n"
        "Already more than a hundred delegates are ready to break with him, aides said.\n"
    )
    assert inject(faults, "headline", text) == []


def test_headline_reads_its_own_figure_written_in_words(faults: ModuleType) -> None:
    text = "Five key votes to watch this week\n\nHere are five key votes to watch in the state house.\n"
    fault = only(inject(faults, "headline", text))
    assert fault.original_site.end <= text.index("\n")  # type: ignore[attr-defined]
    assert fault.text.split()[0] in {"Three", "Seven", "Four", "Six", "Eight"}  # type: ignore[attr-defined]
    assert "here are five key votes" in fault.text.lower()  # type: ignore[attr-defined]
    # a span of time in words is left alone
    assert (
        inject(
            faults, "headline", "With two months to go, the race tightens\n\nThere are two months to go.\n"
        )
        == []
    )


def test_the_bench_counts_sites_per_folder_and_in_total(tmp_path: Path) -> None:
    """bench/faults.py reports each folder apart and the sum over all (round 5)."""
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("faults_bench", BENCH / "faults.py")
        assert spec is not None and spec.loader is not None
        bench = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(bench)
    finally:
        sys.path.remove(str(BENCH))
    probes = Path(__file__).resolve().parent / "data" / "probe_articles"
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    for name, folder in (("jobs_canada_youth", one), ("results_telecom_q3", one), ("bushfire_nsw", two)):
        (folder / f"{name}.txt").write_text(
            (probes / f"{name}.txt").read_text(encoding="utf-8"), encoding="utf-8"
        )
    result = bench.run([one, two], ["headline"], 0, 13)
    per = result["per_corpus"]
    assert set(per) == {str(one), str(two)}
    [row] = result["rows"]
    sites = [per[str(f)]["headline"][0] for f in (one, two)]
    assert sites[0] > 0 and sites[1] > 0  # each folder has headline figures the body gives again
    assert sum(sites) == row[1]  # the folders' sites add up to the kind's
    assert sum(per[str(f)]["headline"][2] for f in (one, two)) == row[5]  # and so do the flagged


def test_the_first_half_of_a_game_is_no_multiple(faults: ModuleType) -> None:
    text = (
        "Rivervale beats Harbor 71-64\n\n"
        "Rivervale led for most of the first half behind guard Tomas Ruiz, who finished with 24 points "
        "and 12 rebounds.\n"
    )
    assert inject(faults, "multiple", text) == []
    # the same two figures beside a stated multiple are a site
    text = text.replace("led for most of the first half behind", "scored twice as many points as")
    assert inject(faults, "multiple", text)


def test_restated_reads_an_amount_in_pounds_or_euros(faults: ModuleType) -> None:
    # round 9: a number after "£" or "€" is money, as one after "$" is
    text = (
        "Council rent\n\n"
        "The council paid £148,362 in rent to the owner's company in May, filings show. "
        "Aides did not comment.\n\n"
        "The filings list the May payment of £148,362.\n"
    )
    fault = only(inject(faults, "restated", text))
    assert fault.original_site.start == text.rindex("148,362")  # type: ignore[attr-defined]
    assert only(inject(faults, "restated", text.replace("£", "€")))
