"""Speakers: names with titles and roles, surnames, pronouns, descriptors, anonymous sources.

Sentences are written for these tests in the style of wire copy, unless they say they come from
the seed article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import QuoteKind, Report, SpeakerKind
from factcheck.extraction.phrases import parse_phrase
from factcheck.extraction.speaker_fit import plausible_role
from factcheck.extraction.speakers import SpeakerRegistry


def extract(text: str) -> Report:
    return factcheck.extract(factcheck.Document(text=text))


def speaker_names(report: Report) -> list[str | None]:
    out = []
    for q in report.quotes:
        speaker = report.speaker(q.speaker)
        out.append(speaker.name if speaker else None)
    return out


def test_title_before_name_is_the_role() -> None:
    phrase = parse_phrase(*(lambda s: (s, 0, len(s)))("Deputy Foreign Minister Oleg Syromolotov"))
    assert phrase is not None
    assert (phrase.kind, phrase.name, phrase.role) == (
        "person",
        "Oleg Syromolotov",
        "Deputy Foreign Minister",
    )


def test_possessive_country_before_a_title() -> None:
    text = "Zimbabwe's Central Bank Governor Gideon Gono"
    phrase = parse_phrase(text, 0, len(text))
    assert phrase is not None and (phrase.name, phrase.role) == ("Gideon Gono", "Central Bank Governor")


def test_appositive_role_after_the_name() -> None:
    text = (
        "Arms talks\n\n"
        "Oleg Syromolotov, Russia's deputy foreign minister, said the talks would resume in June.\n"
    )
    report = extract(text)
    (speaker,) = report.speakers
    assert speaker.name == "Oleg Syromolotov"
    assert speaker.role == "Russia's deputy foreign minister"


def test_surname_pronoun_and_descriptor_resolve_to_one_person() -> None:
    text = (
        "Minister on migration\n\n"
        "Interior Minister Nancy Faeser said the new rules would take effect in March.\n\n"
        "“Nobody will be turned away at the border without a hearing,” Faeser said.\n\n"
        "She added that the government would hire 500 more case workers.\n\n"
        "“We owe people a quick answer,” the minister told reporters.\n"
    )
    report = extract(text)
    people = [s for s in report.speakers if s.kind is SpeakerKind.PERSON]
    assert [s.name for s in people] == ["Nancy Faeser"]
    assert set(speaker_names(report)) == {"Nancy Faeser"}
    mentions = {report.words(m) for m in people[0].mentions}
    assert {"Faeser", "She", "the minister"} <= mentions


def test_a_post_goes_only_to_a_person_who_holds_it() -> None:
    # wire style: the Senate leader is named; "the minister" later is someone else, unnamed
    text = (
        "Tax bill\n\n"
        "Senate Majority Leader John Cornyn said on Tuesday the bill could pass next week.\n\n"
        "“We are very close,” the senator told reporters.\n\n"
        "The minister said: “Prices rose by 5 percent this year.”\n"
    )
    report = extract(text)
    by_quote = {report.words(q.span)[:12]: report.speaker(q.speaker) for q in report.quotes}
    senator = by_quote["We are very "]
    assert senator is not None and senator.name == "John Cornyn"  # Senate leader: "the senator"
    minister = by_quote["Prices rose "]
    assert minister is None or minister.name != "John Cornyn"


def test_the_spokeswoman_and_the_official_resolve_to_the_named_spokeswoman() -> None:
    text = (
        "Border row\n\n"
        "Foreign Ministry spokeswoman Maria Zakharova said the claims were false. "
        "“This is a provocation,” the spokeswoman told a briefing. "
        "The official noted that talks would go on.\n"
    )
    report = extract(text)
    assert speaker_names(report) == ["Maria Zakharova"] * 3
    (person,) = report.speakers
    assert {report.words(m) for m in person.mentions} >= {"the spokeswoman", "The official"}


def test_descriptors_from_the_seed_resolve_to_the_diplomat(seed_text: str) -> None:
    report = extract(seed_text)
    (person,) = [s for s in report.speakers if s.kind is SpeakerKind.PERSON]
    mentions = {report.words(m) for m in person.mentions}
    assert {"the diplomat", "The Russian diplomat", "The Russian official", "Senior diplomat"} <= mentions


def test_he_goes_to_the_nearest_person_not_the_first() -> None:
    text = (
        "Two economists\n\n"
        "Economist Paul Grant said growth would slow. Analyst James Hollis disagreed.\n\n"
        "“The figures for the last quarter are better than anyone expected,” he said.\n"
    )
    report = extract(text)
    direct = [q for q in report.quotes if q.kind is QuoteKind.DIRECT]
    assert report.speaker(direct[0].speaker).name == "James Hollis"  # type: ignore[union-attr]


def test_it_goes_to_the_organisation() -> None:
    text = (
        "Aid agency appeal\n\n"
        "The World Food Programme said it needed 40 million dollars to feed refugees. It warned that "
        "rations would be cut in May.\n"
    )
    report = extract(text)
    assert speaker_names(report) == ["World Food Programme", "World Food Programme"]
    assert report.speakers[0].kind is SpeakerKind.ORGANISATION


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (  # an unnamed group
            "Flood warning\n\nSenior officials said on Monday that the river would crest within two "
            "days. “We have moved 40,000 people to shelters,” they said.\n",
            "Senior officials",
            SpeakerKind.ANONYMOUS,
        ),
        (  # the nearest body, not the person named between
            "Talks stall\n\nThe Foreign Ministry said the talks had stalled. Minister Ivan Petrov met "
            "the envoy on Tuesday. “There is no date for a new round,” they said in a statement.\n",
            "Foreign Ministry",
            SpeakerKind.ORGANISATION,
        ),
    ],
)
def test_they_goes_to_the_group_or_body_that_spoke_last(text: str, name: str, kind: SpeakerKind) -> None:
    report = extract(text)
    assert speaker_names(report) == [name, name]
    assert [s.kind for s in report.speakers if s.name == name] == [kind]


def test_they_with_nobody_before_it_stays_unresolved() -> None:
    text = "Strike\n\n“We will not go back to work until the pay offer improves,” they said.\n"
    assert speaker_names(extract(text)) == [None]


def test_a_place_after_an_unnamed_source_is_not_a_speaker() -> None:
    text = (
        "Unrest\n\n"
        "Officials in Kabul said the road had reopened. Police in Lagos said 12 people were arrested. "
        "UNICEF Representative in Zimbabwe Roeland Monasch said the clinics were short of nurses.\n"
    )
    assert speaker_names(extract(text)) == ["Officials", "Police", "Roeland Monasch"]
    text = "Unrest\n\nOfficials in Kabul and Kandahar said the roads were shut.\n"
    assert speaker_names(extract(text)) == ["Officials"]
    text = "Vote\n\nVoting ended in Ohio and Trump said he had won the state easily.\n"
    assert speaker_names(extract(text)) == ["Trump"]


def test_acronym_and_full_name_are_one_body() -> None:
    text = (
        "Hunger report\n\n"
        "The Food and Agriculture Organization (FAO) said 40 million more people went hungry. "
        "The FAO warned that prices would rise again.\n"
    )
    report = extract(text)
    assert [s.name for s in report.speakers] == ["Food and Agriculture Organization"]


def test_anonymous_sources_stay_anonymous() -> None:
    text = (
        "Cabinet split\n\n"
        "A senior official said the cabinet would meet again on Friday. Diplomats said the vote had "
        "been delayed.\n"
    )
    report = extract(text)
    kinds = [report.speaker(q.speaker).kind for q in report.quotes]  # type: ignore[union-attr]
    assert kinds == [SpeakerKind.ANONYMOUS, SpeakerKind.ANONYMOUS]
    assert report.speaker(report.quotes[0].speaker).name == "A senior official"  # type: ignore[union-attr]


def test_spokesman_for_a_body_speaks_for_it() -> None:
    text = "Crash\n\nA spokesman for the Civil Aviation Authority said the runway had been closed.\n"
    report = extract(text)
    assert speaker_names(report) == ["Civil Aviation Authority"]


def test_organisation_speaker_from_descriptor() -> None:
    text = (
        "Health ministry\n\n"
        "The Health Ministry said 12 people had died. The ministry added that hospitals were coping.\n"
    )
    assert speaker_names(extract(text)) == ["Health Ministry", "Health Ministry"]


def test_a_qualified_body_with_no_name_in_the_article_is_that_body() -> None:
    text = (
        "Crash\n\n"
        "According to the Brazilian air force, military aircraft found wreckage of the plane. "
        "TAM Airlines said it had no news of the crew.\n"
    )
    assert speaker_names(extract(text)) == ["Brazilian air force", "TAM Airlines"]


def test_a_qualified_body_waits_only_for_a_body_of_its_kind_and_place() -> None:
    text = (
        "Iraq\n\n"
        "According to the Iraqi army, 30 militants were killed in the raid. "
        "The Iraqi Red Crescent said 12 civilians were hurt in the fighting.\n\n"
        "The Israeli military said two rockets were fired from Gaza overnight. "
        "The Israel Defense Forces (IDF) later said both were intercepted over the sea.\n"
    )
    assert speaker_names(extract(text)) == [
        "Iraqi army",
        "Iraqi Red Crescent",
        "Israel Defense Forces",
        "Israel Defense Forces",
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # the place of a possessive name fits a nationality
            "Iraq\n\nIraq's Ministry of Health said 20 people had died. “The toll may rise further,” the "
            "Iraqi ministry said.\n",
            ["Ministry of Health", "Ministry of Health"],
        ),
        (  # a UN descriptor fits the UN body of its topic, not the last one to speak
            "Aid\n\nThe UN refugee agency UNHCR said the camps were full. The World Food Programme said "
            "rations were cut. “The situation is dire now,” the UN refugee agency said.\n",
            ["UNHCR", "UNHCR", "World Food Programme"],
        ),
        (  # an acronym with no name spelled out is not the U.S. military
            "Strike\n\nUSAID said aid was on the way to the region. “We will strike back hard,” the U.S. "
            "military said.\n",
            ["U.S. military", "USAID"],
        ),
        (  # Austrian is not Australian
            "Troops\n\nThe Australian Defence Force said it was ready to deploy. “We are not involved in "
            "this,” the Austrian army said.\n",
            ["Austrian army", "Australian Defence Force"],
        ),
        (  # two descriptors of one place and kind are one body
            "Pakistan\n\nAccording to the Pakistani army, 30 militants were killed. “We will go on,” the "
            "Pakistani military said.\n",
            ["Pakistani army", "Pakistani army"],
        ),
        (  # a ministry of defence is not the army
            "Afghanistan\n\nThe Afghan Ministry of Defence said the town was surrounded. “We retook the "
            "town,” the Afghan army said.\n",
            ["Afghan army", "Afghan Ministry of Defence"],
        ),
    ],
)
def test_a_qualified_body_fits_only_its_place_kind_and_topic(text: str, names: list[str]) -> None:
    assert speaker_names(extract(text)) == names


def test_a_qualified_body_takes_the_name_that_fits_it_later() -> None:
    text = (
        "Refugees\n\n"
        "The UN refugee agency says 11 million people are refugees. William Spindler is a spokesman "
        "for the UNHCR.\n"
    )
    assert speaker_names(extract(text)) == ["UNHCR"]


def test_a_family_name_written_first_is_the_later_mention() -> None:
    text = (
        "UN chief in Haiti\n\n"
        "U.N. Secretary-General Ban Ki-moon said the relief effort would be expanded. "
        "“This is a major catastrophe,” Mr. Ban said.\n\n"
        "Chinese President Xi Jinping said trade would keep growing. “We will open wider,” Xi said.\n"
    )
    report = extract(text)
    assert sorted(speaker_names(report)) == ["Ban Ki-moon", "Ban Ki-moon", "Xi Jinping", "Xi Jinping"]
    assert [(s.name, s.role) for s in report.speakers] == [
        ("Ban Ki-moon", "U.N. Secretary-General"),
        ("Xi Jinping", "Chinese President"),
    ]


def test_a_title_that_is_also_a_surname_ends_a_name() -> None:
    text = (
        "Books\n\nStephen King said the new novel had sold a million copies. Former Prime Minister "
        "John Major said he had read it twice. Senator Angus King said the bill would pass.\n"
    )
    assert speaker_names(extract(text)) == ["Stephen King", "John Major", "Angus King"]


def test_an_office_with_no_name_is_the_speaker_known_by_it() -> None:
    text = (
        "Oil\n\nThe Saudi King said oil output would rise next year. “We will help our brothers,” "
        "the king said.\n"
    )
    report = extract(text)
    assert speaker_names(report) == ["Saudi King", "Saudi King"]
    assert [(s.name, s.role) for s in report.speakers] == [("Saudi King", "Saudi King")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # two Kims: the one named last
            "Korea\n\nKim Jong Un said the test was a success. His sister Kim Yo Jong said the talks "
            "were over. “We are ready for anything,” Kim said.\n",
            "Kim Yo Jong",
        ),
        (  # a surname written last beats a family name written first
            "Business\n\nMa Ying-jeou visited Beijing on Monday. Jack Ma said the firm would grow. "
            "“We will hire more staff,” Ma said.\n",
            "Jack Ma",
        ),
        (
            "Vote\n\nLee Anderson said the bill was wrong. Barbara Lee said it would pass. "
            "“It will pass this week,” Lee said.\n",
            "Barbara Lee",
        ),
    ],
)
def test_a_short_name_goes_to_the_best_and_latest_fit(text: str, name: str) -> None:
    report = extract(text)
    direct = [q for q in report.quotes if q.kind is QuoteKind.DIRECT]
    assert report.speaker(direct[0].speaker).name == name  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("words", "name", "role"),
    [
        ("Former U.S. President Barack Obama", "Barack Obama", "Former U.S. President"),
        ("Saudi Crown Prince Mohammed bin Salman", "Mohammed bin Salman", "Saudi Crown Prince"),
        ("Prince Harry", "Prince Harry", None),
    ],
)
def test_qualifiers_between_titles_are_the_role(words: str, name: str, role: str | None) -> None:
    phrase = parse_phrase(words, 0, len(words))
    assert phrase is not None and (phrase.name, phrase.role) == (name, role)


@pytest.mark.parametrize(
    ("words", "name", "role"),
    [
        # market-report style: the analyst and the firm they speak from
        ("Analyst Jane Roe of Northgate Bank", "Jane Roe", "Analyst, Northgate Bank"),
        ("economist John Smith of Moody's Analytics", "John Smith", "economist, Moody's Analytics"),
        ("Maria Lopez of Riverside Tenants Union", "Maria Lopez", "Riverside Tenants Union"),
    ],
)
def test_a_named_person_of_a_body_is_that_person(words: str, name: str, role: str) -> None:
    phrase = parse_phrase(words, 0, len(words))
    assert phrase is not None and (phrase.kind, phrase.name, phrase.role) == ("person", name, role)


def test_a_body_named_with_of_stays_a_body() -> None:
    for words in ("Bank of America", "University of Toronto"):
        phrase = parse_phrase(words, 0, len(words))
        assert phrase is not None and phrase.kind == "organisation"


def test_several_words_before_a_title_are_the_role() -> None:
    text = (
        "Summit\n\nSouth Korean President Moon Jae-in said the summit had gone well. "
        "“We agreed on a great deal,” Moon said. Apple CEO Tim Cook said sales were strong.\n"
    )
    report = extract(text)
    assert [(s.name, s.role) for s in report.speakers] == [
        ("Moon Jae-in", "South Korean President"),
        ("Tim Cook", "Apple CEO"),
    ]


def test_a_headline_above_a_defined_acronym_is_not_part_of_the_name() -> None:
    text = "Flu\n\nThe World Health Organization (WHO) says that 71 people have died from the disease.\n"
    assert speaker_names(extract(text)) == ["World Health Organization"]


def test_a_weekday_after_a_name_is_not_part_of_it() -> None:
    text = (
        "Growth forecast\n\n"
        "The International Monetary Fund Wednesday said the world economy would grow 3 percent.\n"
    )
    assert speaker_names(extract(text)) == ["International Monetary Fund"]


def test_possessive_inside_an_organisation_name_is_kept() -> None:
    text = "Cholera\n\nThe United Nations Children's Fund says the epidemic is worsening in the north.\n"
    assert speaker_names(extract(text)) == ["United Nations Children's Fund"]


def test_honorific_of_any_length_is_dropped_so_the_person_is_one() -> None:
    text = (
        "Poverty report\n\n"
        "Martin Ravallion works for the World Bank. Mister Ravallion says poverty has been cut in half "
        "over twenty years.\n"
    )
    report = extract(text)
    assert speaker_names(report) == ["Martin Ravallion"]


def test_full_stop_is_not_part_of_the_speaker_words() -> None:
    text = "Bombing\n\nAt least 21 people were killed in the blast, according to the Health Ministry.\n"
    report = extract(text)
    (quote,) = report.quotes
    assert quote.mention is not None and report.words(quote.mention) == "the Health Ministry"


def test_news_agencies_are_organisations() -> None:
    text = "Quake\n\nThe Associated Press reported that rescue teams had reached the town overnight.\n"
    report = extract(text)
    assert [(s.name, s.kind) for s in report.speakers] == [("Associated Press", SpeakerKind.ORGANISATION)]


def test_the_fullest_name_of_a_body_is_its_name() -> None:
    text = (
        "IMF: Growth to slow\n\n"
        "The International Monetary Fund said growth would slow. The IMF added that risks remained high.\n"
    )
    report = extract(text)
    assert {s.name for s in report.speakers} == {"International Monetary Fund"}
    assert report.speaker(report.claims[0].speaker).name == "International Monetary Fund"  # type: ignore[union-attr]


def test_headline_attribution_forms() -> None:
    says = extract("UNHCR Says Refugee Numbers Highest in Five Years\n\nThe agency said numbers rose.\n")
    assert says.words(says.claims[0].span) == "Refugee Numbers Highest in Five Years"
    assert says.speaker(says.claims[0].speaker).name == "UNHCR"  # type: ignore[union-attr]
    after = extract(
        "Talks will resume in June, minister says\n\nForeign Minister Ana Ruiz said talks would resume.\n"
    )
    assert after.words(after.claims[0].span) == "Talks will resume in June"
    assert after.speaker(after.claims[0].speaker).name == "Ana Ruiz"  # type: ignore[union-attr]


def test_a_country_before_a_headline_colon_is_a_place() -> None:
    report = extract(
        "Indonesia: Initial Tests Show 2 More People Died of Bird Flu\n\n"
        "Indonesian health officials say initial tests show another two people have died of bird flu.\n"
    )
    assert report.claims[0].speaker is None
    org = extract("UNAIDS: Sharp Drop in New Infections\n\nUNAIDS says new infections continue to fall.\n")
    assert org.speaker(org.claims[0].speaker).name == "UNAIDS"  # type: ignore[union-attr]


def test_an_anonymous_source_is_an_entity_but_no_named_speaker_in_the_json() -> None:
    text = (
        "Police said on Sunday that 14 people had been arrested after the march.\n\n"
        "“We will not tolerate violence,” Mayor Ana Ruiz told reporters."
    )
    report = extract(text)
    out = factcheck.serialize.report_to_dict(report)
    by_mention = {q["mention"]: q for q in out["quotes"]}
    police = by_mention["Police"]
    assert police["speaker"] is None
    assert report.speaker(police["entity"]).kind is SpeakerKind.ANONYMOUS
    assert police["found"] == "explicit"
    mayor = by_mention["Mayor Ana Ruiz"]
    assert mayor["speaker"] == mayor["entity"] is not None
    assert report.speaker(mayor["entity"]).name == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Senator Maria Lopez spoke in Ohio.\n\n“The bill is dead,” she said.", "pronoun"),
        ("Mayor Ana Ruiz visited the site.\n\n“The bill is dead,” the mayor said.", "descriptor"),
        ("“The bill is dead,” Senator Maria Lopez said.", "explicit"),
        (
            "“The bill is dead,” Senator Maria Lopez said.\n\n“We will start again in January.”",
            "continued",
        ),
        ("The bill died in committee.\n\n“We will start again in January.”", "none"),
    ],
)
def test_every_quote_says_how_its_speaker_was_found(text: str, found: str) -> None:
    report = extract(text)
    assert report.quotes[-1].found.value == found


def _speaker_of_last_quote(text: str) -> tuple[str | None, str | None, str | None]:
    report = extract(text)
    speaker = report.speaker(report.quotes[-1].speaker)
    return (speaker.name, speaker.role, speaker.kind.value) if speaker else (None, None, None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Budget row\n\nWhen Denise Hall took office, debt was low. “We fixed it in a year,” Hall said.",
            "Denise Hall",
        ),
        ("Budget row\n\nMeanwhile Smith said the vote would go ahead on Friday.", "Smith"),
        (
            "Budget row\n\nREAD MORE: Senate passes bill\n\n“This is a great day,” Senator Amy Lee said.",
            "Amy Lee",
        ),
        (
            "Budget row\n\nIn March Walter Ames said the plant would close by the end of the year.",
            "Walter Ames",
        ),
    ],
)
def test_a_word_that_opens_a_sentence_is_not_part_of_the_name(text: str, name: str) -> None:
    assert _speaker_of_last_quote(text)[0] == name


def test_a_description_between_commas_after_a_name_is_the_role() -> None:
    text = "Budget row\n\nJane Doe, the Riverside MP, said the cuts would close three clinics."
    assert _speaker_of_last_quote(text) == ("Jane Doe", "Riverside MP", "person")


def test_a_post_with_nobody_named_is_one_office_speaker() -> None:
    text = 'Prices\n\nThe minister said on Monday: "Prices rose by 5 percent this year."'
    assert _speaker_of_last_quote(text) == ("the minister", "minister", "office")


def test_she_prefers_the_woman_mentioned_last_and_he_the_man() -> None:
    text = (
        "Talks stall\n\nSenator Amy Lee met Governor Tom Baker on Monday. "
        "“We agreed on nothing,” she said. “Nothing at all,” he said later."
    )
    report = extract(text)
    names = [report.speaker(q.speaker).name for q in report.quotes]
    assert names == ["Amy Lee", "Tom Baker"]
    assert {s.name: s.gender for s in report.speakers} == {"Amy Lee": "f", "Tom Baker": "m"}


def test_an_honorific_gives_gender_where_the_first_name_does_not() -> None:
    text = (
        "Talks stall\n\nMrs. Okonkwo met Jordan Reyes, the union's negotiator, on Monday. "
        "“We agreed on nothing,” she said."
    )
    assert _speaker_of_last_quote(text)[0] == "Okonkwo"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "WASHINGTON (Reuters) - U.S. President Donald Trump said on Tuesday the tariffs would stay.",
            "Donald Trump",
            "U.S. President",
        ),
        (
            "WASHINGTON (Reuters) - The No. 2 Senate Republican John Cornyn said the bill would pass.",
            "John Cornyn",
            "No. 2 Senate Republican",
        ),
        (
            "LONDON/NEW YORK (Reuters) - Bank of England Governor Andrew Bailey said rates would stay high.",
            "Andrew Bailey",
            "Bank of England Governor",
        ),
    ],
)
def test_wire_dateline_is_not_part_of_the_speaker(text: str, name: str, role: str) -> None:
    assert _speaker_of_last_quote(text)[:2] == (name, role)


def test_an_honorific_full_stop_does_not_end_the_attribution() -> None:
    text = "Vaccines\n\n“We are not there yet,” said Dr. Helen Ford. “But we are close.”"
    report = extract(text)
    (quote,) = report.quotes
    assert report.speaker(quote.speaker).name == "Helen Ford"
    assert len(quote.pieces) == 2


@pytest.mark.benchmark_data
def test_every_public_dev_article_extracts_with_its_speakers_named(benchmarks: Path) -> None:
    # every quote's speaker is one of the report's entities, and a name is never a sentence fragment
    for path in sorted((benchmarks / "polnear" / "dev").glob("*.txt")):
        report = factcheck.extract(factcheck.Document(text=path.read_text(encoding="utf-8")))
        ids = {s.id for s in report.speakers}
        for quote in report.quotes:
            assert quote.speaker is None or quote.speaker in ids, path.name
        for speaker in report.speakers:
            assert len(speaker.name.split()) <= 12 and "\n" not in speaker.name, (path.name, speaker.name)


def test_transcript_labels_attribute_each_turn() -> None:
    text = (
        "Debate night\n\n"
        "The moderator, Chris Wallace, pressed Governor Mike Pence on the result.\n\n"
        "WALLACE: Will you accept the result of the election?\n\n"
        "PENCE: We will look at the result when it comes, and we will respect it.\n\n"
        "READ MORE: Full transcript of the debate"
    )
    report = extract(text)
    got = [(report.words(q.span), report.speaker(q.speaker).name, q.found.value) for q in report.quotes]
    assert got == [
        ("Will you accept the result of the election?", "Chris Wallace", "label"),
        ("We will look at the result when it comes, and we will respect it.", "Mike Pence", "label"),
    ]


def test_labels_in_title_case_attribute_each_turn_of_a_transcript() -> None:
    text = (
        "Talk show transcript\n\n"
        "Host Dana Whitlow spoke with the economist Omar Haddad about ferry fares.\n\n"
        "Whitlow: So the fares will go up again in the spring, is that right?\n\n"
        "Haddad: They will, and I think the rise is long overdue for the islands.\n"
    )
    report = extract(text)
    got = [(report.words(q.span), report.speaker(q.speaker).name, q.found.value) for q in report.quotes]  # type: ignore[union-attr]
    assert got == [
        ("So the fares will go up again in the spring, is that right?", "Dana Whitlow", "label"),
        ("They will, and I think the rise is long overdue for the islands.", "Omar Haddad", "label"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a list of figures by name
        "Delegate count\n\nAna Ruiz: 1,769.\n\nTom Baker: 1,501.\n",
        # headings of an explainer, whose paragraphs name the person in the third person
        "Plans compared\n\nAna Ruiz: Ferry fares. Mayor Ana Ruiz would freeze ferry fares for two years "
        "and pay for it from the port budget.\n\n"
        "Tom Baker: Bridges. Councillor Tom Baker wants the old bridge rebuilt before new lines are laid.\n",
        # a form's fields
        "Profile\n\nName: Gabriela Hoff is a nurse who works nights at the county hospital.\n\n"
        "Pay: She earns far less than she did five years ago at the clinic.\n",
    ],
)
def test_a_title_case_name_and_colon_that_opens_no_turn(text: str) -> None:
    report = extract(text)
    assert not [q for q in report.quotes if q.found.value == "label"]


def test_labels_of_a_transcript_quoted_whole_attribute_each_turn() -> None:
    # a site quoting an interview paragraph by paragraph: each turn opens with a mark, none closes
    text = (
        "Interview\n\n"
        "Governor Mike Pence spoke to Chris Wallace on Sunday about the debate.\n\n"
        '"WALLACE: Will your running mate accept the result of the election?\n\n'
        '"PENCE: We will look at the result when it comes. And we will respect the will of the people.\n\n'
        '"WALLACE: Governor, thank you for your time.'
    )
    report = extract(text)
    got = [(report.words(q.span)[:20], report.speaker(q.speaker).name, q.found.value) for q in report.quotes]
    assert got == [
        ("Will your running ma", "Chris Wallace", "label"),
        ("We will look at the ", "Mike Pence", "label"),
        ("Governor, thank you ", "Chris Wallace", "label"),
    ]


def test_a_digest_name_line_attributes_the_quote_under_it() -> None:
    text = (
        "Market views\n\n"
        "JANE ROE, CHIEF STRATEGIST, RIVERSIDE BANK:\n\n"
        "“The rally has further to run, but not much further than the end of the year.”"
    )
    assert _speaker_of_last_quote(text) == ("Jane Roe", "Chief Strategist, Riverside Bank", "person")
    assert extract(text).quotes[-1].found.value == "label"


def test_a_signed_quote_is_its_signers() -> None:
    text = (
        "Readers respond\n\n“I have never seen petrol prices like this in my life.” ― Maria Lopez, 34, Ohio"
    )
    report = extract(text)
    (quote,) = report.quotes
    assert (report.speaker(quote.speaker).name, quote.found.value) == ("Maria Lopez", "label")


@pytest.mark.parametrize(
    ("line", "signed"), [("- Sanders.", True), ("— Sanders", True), ("- the end.", False)]
)
def test_a_quote_signed_on_the_line_below_is_its_signers(line: str, signed: bool) -> None:
    # A fact-check column prints the claim it checks as a quoted paragraph, signed below.
    text = (
        "Fact check: the debate\n\nSen. Bernie Sanders and Hillary Clinton traded claims on health care.\n\n"
        "“The idea that I would cut the program while we wait is just not accurate.”\n\n"
        f"{line}\n\nThe senator exaggerates: he wrote one amendment to the law."
    )
    report = extract(text)
    quote = report.quotes[0]
    speaker = report.speaker(quote.speaker)
    assert (speaker.name if speaker else None, quote.found.value == "label") == (
        ("Bernie Sanders", True) if signed else (None, False)
    )


def test_a_capitalised_section_line_is_no_label() -> None:
    text = "Budget\n\nUPDATE: The vote was moved to Friday.\n\nWATCH: The mayor's speech in full."
    assert extract(text).quotes == ()


@pytest.mark.parametrize("verb", ["quoted", "recalled"])
def test_quoted_as_saying_credits_the_person_quoted(verb: str) -> None:
    text = f'Budget\n\nThe paper {verb} Finance Minister Tom Baker as saying: "The deficit will fall in May."'
    report = extract(text)
    (quote,) = report.quotes
    assert report.speaker(quote.speaker).name == "Tom Baker"


@pytest.mark.parametrize(
    ("first", "descriptor", "name"),
    [
        ("Acme Corp cut 300 jobs on Monday.", "The company", "Acme Corp"),
        ("The Riverside Gazette reported the cuts first.", "The newspaper", "Riverside Gazette"),
    ],
)
def test_a_company_or_newspaper_descriptor_goes_to_the_body_named_before(
    first: str, descriptor: str, name: str
) -> None:
    text = f"Jobs\n\n{first} {descriptor} said the market for its products had collapsed."
    assert _speaker_of_last_quote(text)[0] == name


def test_the_entity_layer_holds_every_person_and_body_with_their_mentions() -> None:
    text = (
        "Port deal\n\n"
        "Mayor Ana Ruiz met executives of the Riverside Port Authority on Monday. "
        "The authority said the deal would create 400 jobs.\n\n"
        "Councillor Tom Baker was not at the meeting."
    )
    report = extract(text)
    by_name = {e.name: e for e in report.entities}
    assert {"Ana Ruiz", "Riverside Port Authority", "Tom Baker"} <= set(by_name)
    authority = by_name["Riverside Port Authority"]
    assert report.speaker(authority.id) == authority  # it speaks: a speaker and an entity, one id
    assert report.mentions_of(authority.id) == ["Riverside Port Authority", "The authority"]
    baker = by_name["Tom Baker"]
    assert report.speaker(baker.id) is None and baker.id.startswith("e")
    assert report.entity(baker.id) == baker and (baker.role, baker.gender) == ("Councillor", "m")
    out = factcheck.serialize.report_to_dict(report)
    assert {e["name"] for e in out["entities"]} == set(by_name)


def test_numbered_unnamed_officials_are_apart_from_each_other_and_from_a_named_analyst() -> None:
    text = (
        "Talks\n\nWASHINGTON (Reuters) - The first U.S. official said the talks had stalled. "
        "The second U.S. official said a deal was still possible. "
        "Analyst Jane Roe said the talks were doomed."
    )
    report = extract(text)
    speakers = [report.speaker(q.speaker) for q in report.quotes]
    assert [s.name for s in speakers] == ["The first U.S. official", "The second U.S. official", "Jane Roe"]
    assert [s.kind for s in speakers[:2]] == [SpeakerKind.ANONYMOUS, SpeakerKind.ANONYMOUS]


def test_a_relative_pronoun_speaks_for_the_name_before_it() -> None:
    text = (
        "Campaign\n\n“It sounds abnormal,” said Jeff Weaver, who said business executives often "
        "fail to understand politics."
    )
    report = extract(text)
    last = report.quotes[-1]
    assert (report.speaker(last.speaker).name, report.words(last.mention)) == ("Jeff Weaver", "who")
    text = "Storm\n\nThe storm, which forecasters said could bring 20 inches of rain, reached the coast."
    report = extract(text)
    assert [report.words(q.mention) for q in report.quotes] == ["forecasters"]


@pytest.mark.parametrize("kicker", ["Factbox", "Exclusive", "Analysis", "Instant View"])
def test_a_headline_kicker_is_no_speaker(kicker: str) -> None:
    text = f"{kicker}: Port Deal Would Create 400 Jobs\n\nThe port authority said the deal was signed."
    report = extract(text)
    assert kicker not in {e.name for e in report.entities}
    assert [s.name for s in report.speakers] != [kicker]


def test_a_title_case_headline_may_end_with_a_full_stop() -> None:
    text = "Mayor Wins Second Term in Landslide Vote.\n\nAna Ruiz won 62 percent of the vote on Tuesday."
    report = extract(text)
    assert report.document.title == "Mayor Wins Second Term in Landslide Vote."
    sentence = "The mayor won a second term in a landslide vote.\n\nAna Ruiz won 62 percent on Tuesday."
    assert extract(sentence).document.title is None


def test_a_second_verb_joined_by_but_or_and_keeps_the_subject() -> None:
    # Canadian-press style: the named head of a body welcomes one thing and warns of another
    text = (
        "Hospital funding\n\n"
        "The association's president, Anthony Dale, welcomed the funding but warned that it "
        "would not end hallway care on its own.\n\n"
        "Finance critic Jane Ames said the plan was late and added that costs would keep rising.\n"
    )
    report = extract(text)
    by_words = {report.words(q.span): report.speaker(q.speaker) for q in report.quotes}
    warned = by_words["it would not end hallway care on its own"]
    added = by_words["costs would keep rising"]
    assert warned is not None and warned.name == "Anthony Dale"
    assert added is not None and added.name == "Jane Ames"


def test_an_opening_word_alone_before_a_comma_is_no_speaker() -> None:
    text = (
        "Court file stays sealed\n\nA judge rejected the request on Tuesday. However, Maria Lopez's "
        'filing said that was not her view and dismissed those reports as "old and misread statements."'
    )
    report = factcheck.check_text(text)
    assert all(s.name != "However" for s in report.speakers)
    # an acronym that spells an opening word is still a body
    text = (
        "Flu deaths\n\nThe health secretary said 20 deaths were confirmed while the World Health "
        "Organization (WHO) says that 71 people have died of the disease."
    )
    report = factcheck.check_text(text)
    last = report.quotes[-1]
    assert text[last.span.start : last.span.end].startswith("71 people")
    speaker = report.speaker(last.speaker)
    assert speaker is not None and speaker.name == "World Health Organization"


def test_a_short_subject_before_an_aside_cue_opens_the_reported_clause() -> None:
    text = (
        "Markets wobble\n\nJaime Ortega, the fund's chief economist, says growth will slow. "
        "The risks, he says, are clearest in the housing market, where lenders have faltered."
    )
    report = factcheck.check_text(text)
    last = report.quotes[-1]
    assert text[last.span.start : last.span.end].startswith("The risks, he says, are clearest")
    speaker = report.speaker(last.speaker)
    assert speaker is not None and speaker.name == "Jaime Ortega"


def test_an_adverb_between_subject_and_cue_is_skipped_but_a_name_ending_in_ly_is_not() -> None:
    text = (
        "Bribery probe\n\nThe Interior Ministry flatly denied that its officials had taken bribes. "
        "Senator Ann Kelly said that the inquiry would go on."
    )
    report = factcheck.check_text(text)
    said = {text[q.span.start : q.span.end]: report.speaker(q.speaker) for q in report.quotes}
    ministry = said["its officials had taken bribes"]
    assert ministry is not None and ministry.name == "Interior Ministry"
    kelly = said["the inquiry would go on"]
    assert kelly is not None and kelly.name == "Ann Kelly"


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Her attorney said that the charges against her client were false.", "Her attorney"),
        ("The pollster said that the race had tightened since the debate.", "The pollster"),
        ("His wife said that he would not run for a third term.", "His wife"),
        # a campaign or a family speaks as a body
        ("The campaign said that the rally had drawn more than 5,000 people.", "The campaign"),
        ("The family said that they were grateful for the support of the town.", "The family"),
    ],
)
def test_a_person_noun_of_everyday_news_makes_a_speaker_phrase(sentence: str, mention: str) -> None:
    text = f"Court fight\n\nMaria Lopez sued the city in March. {sentence}"
    report = factcheck.check_text(text)
    last = report.quotes[-1]
    assert last.mention is not None and text[last.mention.start : last.mention.end] == mention


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Mr. Trump, in a brief interview on Saturday, said his plane was a great aircraft.", "Trump"),
        ("Senator Dianne Feinstein last week said the emails were not marked secret.", "Dianne Feinstein"),
    ],
)
def test_an_interview_aside_or_a_time_between_subject_and_cue_is_skipped(sentence: str, name: str) -> None:
    text = f"Campaign trail\n\nThe race tightened in Ohio. {sentence}"
    report = factcheck.check_text(text)
    speaker = report.speaker(report.quotes[-1].speaker)
    assert speaker is not None and speaker.name.endswith(name)


def test_spokesmen_are_an_anonymous_group() -> None:
    text = "Guantanamo\n\nWhite House and Pentagon spokesmen said the ban stopped the planning work."
    report = factcheck.check_text(text)
    last = report.quotes[-1]
    assert last.mention is not None and "spokesmen" in text[last.mention.start : last.mention.end]


def test_a_participle_cue_after_a_direct_quote_takes_the_quotes_speaker() -> None:
    text = (
        "Convention plans\n\nPaul Manafort took over the team in March. “My job is to secure the "
        "nomination and that is what we will do,” he vowed, adding he intended to work closely with "
        "the campaign manager."
    )
    report = factcheck.check_text(text)
    last = report.quotes[-1]
    assert text[last.span.start : last.span.end].startswith("he intended to work closely")
    speaker = report.speaker(last.speaker)
    assert speaker is not None and speaker.name == "Paul Manafort"


@pytest.mark.parametrize(
    ("sentence", "content", "mention"),
    [
        (
            "He did express concern that donors would divert money to Senate contests.",
            "donors would divert money to Senate contests",
            "He",
        ),
        (
            "Aides raised the possibility that the vote would be delayed until June.",
            "the vote would be delayed until June",
            "Aides",
        ),
    ],
)
def test_a_verb_and_a_noun_of_thinking_take_a_that_clause(sentence: str, content: str, mention: str) -> None:
    text = f"Senate map\n\nJon Tester said the race was close. {sentence}"
    report = factcheck.check_text(text)
    last = report.quotes[-1]
    assert text[last.span.start : last.span.end] == content
    assert last.mention is not None and text[last.mention.start : last.mention.end] == mention


def test_and_inside_a_bodys_name_does_not_split_it() -> None:
    text = (
        "Hunger report\n\nThe Food and Agriculture Organization says 963 million people went hungry "
        "last year. The F.A.O. says cereal output may rise by one percent.\n\nThe Department of Health "
        "and Human Services said the rule would take effect in May. Clinton and Trump said the debate "
        "would go ahead."
    )
    report = factcheck.check_text(text)
    names = [n.name if (n := report.speaker(q.speaker)) else None for q in report.quotes]
    assert names[:3] == [
        "Food and Agriculture Organization",
        "Food and Agriculture Organization",
        "Department of Health and Human Services",
    ]
    assert names[3] != "Clinton and Trump"


def test_a_body_described_by_an_appositive_speaks_as_that_body() -> None:
    text = (
        "Visa checks\n\nThe Federal Aviation Administration, the agency that oversees air travel, said "
        "it was taking steps to review the airline's records.\n\nUnited States Citizenship and "
        "Immigration Services, the agency that runs the visa program, said it would tighten vetting."
    )
    report = factcheck.check_text(text)
    names = [n.name if (n := report.speaker(q.speaker)) else None for q in report.quotes]
    assert names == ["Federal Aviation Administration", "United States Citizenship and Immigration Services"]


@pytest.mark.parametrize(
    ("phrase", "kind", "name"),
    [
        ("the senator from Ohio", "descriptor", None),
        ("the two senators from Ohio", "anonymous", "the two senators from Ohio"),
    ],
)
def test_a_place_after_from_is_not_the_speakers_name(phrase: str, kind: str, name: str | None) -> None:
    parsed = parse_phrase(phrase, 0, len(phrase))
    assert parsed is not None and (parsed.kind, parsed.name) == (kind, name)


@pytest.mark.parametrize(
    "name", ["Immigration and Customs Enforcement", "the Centers for Disease Control and Prevention"]
)
def test_capitalised_words_joined_by_and_without_a_first_name_are_a_body(name: str) -> None:
    parsed = parse_phrase(name, 0, len(name))
    assert parsed is not None and parsed.kind == "organisation"
    couple = "John Smith and Mary Jones"
    assert (parse_phrase(couple, 0, len(couple)) or parsed).kind == "person"


def test_a_post_finds_the_person_a_title_named_outside_speech() -> None:
    text = (
        "Chelsea blast\n\nThe blast was caused by an explosion that Mayor Bill de Blasio described as "
        "an intentional act. Police Commissioner James O'Neill spoke next.\n\nAt a press conference, "
        "the mayor also said that it was too early to tell who was behind it."
    )
    report = factcheck.check_text(text)
    speaker = report.speaker(report.quotes[-1].speaker)
    assert speaker is not None and (speaker.name, speaker.role) == ("Bill de Blasio", "Mayor")


def test_an_abbreviated_title_names_its_post() -> None:
    text = (
        "Senate race\n\nSen. Ted Cruz campaigned in Iowa with his wife, Heidi Cruz, on Monday. "
        "The senator said that the state would decide the race."
    )
    report = factcheck.check_text(text)
    speaker = report.speaker(report.quotes[-1].speaker)
    assert speaker is not None and speaker.name == "Ted Cruz"


def test_the_vice_president_is_not_the_president() -> None:
    text = (
        "Convention night\n\nPresident Barack Obama spoke first. Vice President Joe Biden followed "
        "him. Obama said that the party was united. The vice president said that the nominee was "
        "unfit for office."
    )
    report = factcheck.check_text(text)
    speaker = report.speaker(report.quotes[-1].speaker)
    assert speaker is not None and speaker.name == "Joe Biden"


def test_a_name_before_a_gloss_in_brackets_is_the_cited_source() -> None:
    text = (
        "Quake toll\n\nAccording to the RAI (Italian public broadcasting service) and press agencies, "
        "at least 1,500 people have been injured.\n\nAccording to HuffPo: “Senator Tim Kaine (D-Va.) "
        "has had a mixed record on the issue for much of his career.”"
    )
    report = factcheck.check_text(text)
    said = {text[q.span.start : q.span.end]: report.speaker(q.speaker) for q in report.quotes}
    rai = said["at least 1,500 people have been injured"]
    assert rai is not None and rai.name == "RAI"
    names = [s.name for s in said.values() if s is not None]
    assert "Tim Kaine" not in names  # a bracket inside the quotation glosses no source


@pytest.mark.parametrize(
    ("role", "plausible"),
    [
        ("Atlantic City Mayor", True),
        ("chief executive of Showtime", True),
        ("conservative icon who founded the institute and is a committeeman", True),
        ("Republican expert on political messaging", True),
        ("Clinton has been attacked on speeches by", False),
        ("Carson endorsed", False),
        ("delegate lead for", False),
        ("he is also most able candidate", False),
    ],
)
def test_a_role_is_a_description_not_a_clause_that_ran_into_a_name(role: str, plausible: bool) -> None:
    assert plausible_role(role) is plausible


def test_a_clause_before_a_name_is_not_kept_as_the_persons_role() -> None:
    text = (
        "Wall Street ties\n\nClinton has been attacked on the speeches by Bernie Sanders, who cites "
        "them as evidence of her close ties to the banks. Sanders said the speeches showed who she "
        "really worked for."
    )
    report = factcheck.check_text(text)
    sanders = next(s for s in report.entities if s.name == "Bernie Sanders")
    assert sanders.role is None


def test_he_never_means_a_place_while_a_person_is_in_view() -> None:
    # "New Hampshire" read as a name in subject position must not take a later "he"
    text = "Ted Cruz campaigned in the snow. New Hampshire voted on Tuesday. He said the count was fair."
    registry = SpeakerRegistry()
    for name in ("Ted Cruz", "New Hampshire"):
        at = text.index(name)
        phrase = parse_phrase(text, at, at + len(name))
        assert phrase is not None
        registry.note(phrase, text)
    at = text.index("He said")
    pronoun = parse_phrase(text, at, at + 2)
    assert pronoun is not None
    resolved = registry.resolve(pronoun, text)
    assert [e.name for e in registry.entries if e.id == resolved] == ["Ted Cruz"]


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [("Republicans", "anonymous"), ("Both", "anonymous"), ("R-Ky.", "anonymous"), ("Calif.", "anonymous")],
)
def test_one_word_that_names_no_person_is_no_person(phrase: str, kind: str) -> None:
    parsed = parse_phrase(phrase, 0, len(phrase))
    assert parsed is not None and parsed.kind == kind


def test_a_party_and_state_tag_after_a_name_is_skipped() -> None:
    text = 'Senate fight\n\nThe bill stalled on Tuesday.\n\n"We will fight," Sen. Harry Reid (D-Nev.) said.'
    report = factcheck.check_text(text)
    speaker = report.speaker(report.quotes[-1].speaker)
    assert speaker is not None and speaker.name == "Harry Reid"
    # the short quotation is speech, read with its marks, not a reported clause holding a mark
    assert report.quotes[-1].kind is QuoteKind.DIRECT


def test_a_one_word_outlet_is_a_body_unless_a_person_has_that_name() -> None:
    text = (
        "Campaign money\n\nPolitico reported that the campaign had raised $5 million in May. "
        "Former mayor Michael Bloomberg spoke in Denver. Bloomberg said that the race was close."
    )
    report = factcheck.check_text(text)
    said = {text[q.span.start : q.span.end]: report.speaker(q.speaker) for q in report.quotes}
    politico = said["the campaign had raised $5 million in May"]
    assert politico is not None and politico.kind.value == "organisation"
    bloomberg = said["the race was close"]
    assert bloomberg is not None and bloomberg.name == "Michael Bloomberg"


def test_a_common_word_opening_a_sentence_is_no_person() -> None:
    text = (
        "Turnout\n\nPolling suggests that turnout will be high in the suburbs. Earlier polling had "
        "shown a close race. Senator Ann Green said that the count would take days."
    )
    report = factcheck.check_text(text)
    people = [s.name for s in report.entities if s.kind.value == "person"]
    assert "Polling" not in people and "Ann Green" in people


def test_she_goes_back_past_three_men_to_the_woman_before_them() -> None:
    text = (
        "Council vote\n\nMaria Lopez opened the meeting. John Smith, Robert Jones and David Brown "
        "each spoke against the plan. She said that the vote would go ahead in June."
    )
    registry = SpeakerRegistry()
    for name in ("Maria Lopez", "John Smith", "Robert Jones", "David Brown"):
        at = text.index(name)
        phrase = parse_phrase(text, at, at + len(name))
        assert phrase is not None
        registry.note(phrase, text)
    at = text.index("She said")
    pronoun = parse_phrase(text, at, at + 3)
    assert pronoun is not None
    resolved = registry.resolve(pronoun, text)
    assert [e.name for e in registry.entries if e.id == resolved] == ["Maria Lopez"]


def test_a_signature_followed_by_spaces_still_signs_its_quote() -> None:
    # pages pasted from social media leave spaces, no-break ones too, after the name
    text = (
        "Readers respond\n\n"
        "“He never answers a question without scaring people first.” ― Esther Lane\u00a0\n"
        "“Mostly he promotes fear, and that is a disgrace.” ― Carla Ruiz \n"
        "“How did we get this low? I am ashamed of the campaign.”\u00a0― Ana Diaz\n"
    )
    report = extract(text)
    assert [(report.speaker(q.speaker).name, q.found.value) for q in report.quotes] == [
        ("Esther Lane", "label"),
        ("Carla Ruiz", "label"),
        ("Ana Diaz", "label"),
    ]


@pytest.mark.parametrize(
    "opening", ["Like Senator Corker", "Unlike his rival", "Despite the vote", "Amid the protests"]
)
def test_a_participle_takes_the_subject_after_a_fronted_phrase(opening: str) -> None:
    # "Like Corker, Menendez rejected …, arguing that …": Menendez argues, not Corker
    text = (
        f"Council\n\n{opening}, Sen. Bob Menendez rejected the notion that the bill was dead, "
        "arguing that there is room for the administration in the sanctions regime."
    )
    report = extract(text)
    arguing = next(q for q in report.quotes if q.cue == "arguing")
    assert report.speaker(arguing.speaker).name == "Bob Menendez"


def test_the_government_is_a_state_body_never_an_international_one() -> None:
    text = (
        "Quake\n\nThe United Nations said 3,000 people had died in the first two days.\n\n"
        "The government said its search for survivors would go on through the night."
    )
    report = extract(text)
    government = report.quotes[-1]
    assert report.words(government.mention or government.span) == "The government"
    assert government.speaker is None or report.speaker(government.speaker).name != "United Nations"
    text += "\n\nThe Ministry of Health said clinics were full. The government said more aid was coming."
    report = extract(text)
    assert report.speaker(report.quotes[-1].speaker).name == "Ministry of Health"
