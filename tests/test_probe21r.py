"""Speaker rules found on the twentieth session's scored probes (issue 12), each on sentences
written for it, with a near miss that keeps its speaker."""

from __future__ import annotations

import factcheck
from factcheck.extraction.compound_posts import compound_post
from factcheck.testing import quote_speakers


def _speaker_of(text: str, words: str) -> str | None:
    """The name of the speaker of the one quote whose words start with ``words``."""
    found = {q: s for q, s in quote_speakers(factcheck.check_text(text)).items() if q.startswith(words)}
    assert len(found) == 1, found
    return next(iter(found.values()))


def test_a_hyphenated_post_of_a_body_is_the_named_persons_post() -> None:
    text = (
        "Nurses vote to strike\n\n"
        '"This offer would leave our members worse off than they were in 2019," Anne-Sophie Tremblay, '
        "secretary-treasurer of the Prairie Nurses Federation, said in a statement.\n"
    )
    assert _speaker_of(text, "This offer") == "Anne-Sophie Tremblay"
    text = (
        "The Lakeshore Water Board (LWB) opened a new plant on Friday. Mr Kofi Mensah-Bonsu, "
        "Director-General of the LWB, said the plant would serve 40,000 homes.\n"
    )
    assert _speaker_of(text, "the plant would serve") == "Kofi Mensah-Bonsu"


def test_a_hyphenated_word_that_is_no_post_is_no_post() -> None:
    assert compound_post("secretary-treasurer")
    assert compound_post("Editor-in-Chief")
    assert not compound_post("Labour-run")
    assert not compound_post("Chief-Moon")  # a surname with a post in it
    assert not compound_post("co-op")
    # near miss: a hyphenated surname before "of" is still the person's name
    text = '"We were never consulted," Dana Chief-Moon of the Kainai Council said on Tuesday.\n'
    assert _speaker_of(text, "We were never") == "Dana Chief-Moon"


def test_a_statement_or_report_from_a_body_is_the_bodys() -> None:
    text = (
        "Waiting lists grow\n\n"
        "A statement from Eastmoor Community Health Trust said waiting times had fallen to 11 weeks.\n\n"
        "A 2021 report by the Harlow Policy Institute found that one in five clinics had closed.\n\n"
        "A Gallup poll showed that most patients were satisfied.\n"
    )
    assert _speaker_of(text, "waiting times") == "Eastmoor Community Health Trust"
    assert _speaker_of(text, "one in five") == "Harlow Policy Institute"
    assert _speaker_of(text, "most patients") == "Gallup"


def test_a_document_without_its_issuer_stays_unnamed() -> None:
    # near misses: a document dated by its day, and one told by a place, name no body
    text = "Rents rise\n\nA Monday statement said rents had risen by 6% in a year.\n"
    assert _speaker_of(text, "rents had risen") != "Monday"
    text = "Crops fail\n\nA U.S. report said yields had fallen by a third.\n"
    assert _speaker_of(text, "yields had fallen") != "U.S."


def test_a_body_told_by_who_runs_it_points_to_the_body_named_later() -> None:
    text = (
        "Bills to rise\n\n"
        "Householders in Eastvale will pay 5 per cent more from April.\n\n"
        "The Labour-run authority says it must close a gap of £9 million over two years.\n\n"
        "Eastvale Borough Council said the choices had been painful.\n"
    )
    assert _speaker_of(text, "it must close") == "Eastvale Borough Council"


def test_a_name_after_the_modifier_is_the_bodys_name() -> None:
    # "the Gulf-based Norvian news agency" is named by its nationality, not by the place it is based
    text = (
        "Profits fall\n\n"
        "The Gulf-based Norvian news agency said profits had fallen by a fifth.\n\n"
        "Shares in Corvid Mining rose.\n"
    )
    assert _speaker_of(text, "profits had fallen") == "Norvian news agency"
    # near miss: a modifier without capitals stays in the name, as before
    text = "Jets scrambled\n\nThe state-run Norvian news agency said two jets had been scrambled.\n"
    assert _speaker_of(text, "two jets") == "state-run Norvian news agency"


_COURT = (
    "Charity founder jailed\n\n"
    "The court heard from Rachel Ibarra, who chaired the charity's board. \"I sat in my car and "
    'cried," Ibarra said.\n\n'
    "Monica Lindqvist, in a navy jacket, wept as she addressed the judge. She said she was "
    '"ashamed every single day."\n\n'
    '"I let down everyone who trusted me," she said.\n'
)


def test_a_pronoun_takes_up_the_subject_of_the_sentence_before() -> None:
    assert _speaker_of(_COURT, "she was") == "Monica Lindqvist"
    assert _speaker_of(_COURT, "I let down") == "Monica Lindqvist"
    text = (
        "Farm loses its milk sales\n\n"
        "Mary Holt runs the dairy with her sister, Joan Pell-Rivers, who keeps the books.\n\n"
        '"We will fight this," Mary said.\n\n'
        "Joan remembers it differently. She says she was doing the arithmetic.\n"
    )
    assert _speaker_of(text, "she was doing") == "Joan Pell-Rivers"


def test_a_pronoun_after_another_name_keeps_the_speaker() -> None:
    # near misses: another person named between the subject and the pronoun, and a subject
    # the article never named in full, leave the pronoun to the speaker before
    text = (
        "Charity founder jailed\n\n"
        "The court heard from Rachel Ibarra, who chaired the charity's board. \"I sat in my car and "
        'cried," Ibarra said.\n\n'
        "Lindqvist wept. Ibarra told the judge she was still angry.\n"
    )
    assert _speaker_of(text, "she was still") == "Rachel Ibarra"
    text = (
        "Charity founder jailed\n\n"
        "The court heard from Rachel Ibarra, who chaired the charity's board. \"I sat in my car and "
        'cried," Ibarra said.\n\n'
        "Lindqvist wept in court. She said the money was gone.\n"
    )
    assert _speaker_of(text, "the money was gone") == "Rachel Ibarra"


def test_a_full_stop_after_an_abbreviation_ends_no_sentence() -> None:
    # "Sen. Paul Ortega, he would …" is no sentence opening with Ortega as its subject
    text = (
        "Businessman backs Lowry\n\n"
        'Mark Halloran, a businessman, praised the governor. "He works hard," Halloran said.\n\n'
        "Halloran said that in a race between Lowry and Sen. Paul Ortega, he would back the governor. "
        'He went on to call Ortega "the worst politician in Nevada."\n'
    )
    assert _speaker_of(text, "the worst politician") == "Mark Halloran"


_DAIRY = (
    "Dairy cleared to sell milk again\n\n"
    "The letter arrived in February, and Julia Marsh read it at the mailbox.\n\n"
    "Julia is 48. Her sister, Kate Marsh-Olsen, is two years younger and keeps the books.\n\n"
    '"I handed it to her and she read it twice," Julia told me.\n\n'
    "Julia says she sleeps better now. Kate is not so sure.\n\n"
    '"Every time the phone rings and it is a state number," she said, "my stomach drops."\n'
)


def test_the_doubt_flag_agrees_with_a_subject_just_before() -> None:
    report = factcheck.check_text(_DAIRY)
    quote = next(q for q in report.quotes if q.span.of(_DAIRY).startswith("Every time"))
    assert quote_speakers(report)[quote.span.of(_DAIRY)] == "Kate Marsh-Olsen"
    assert quote.doubt is None  # the second reading no longer weighs Julia, the last speaker
